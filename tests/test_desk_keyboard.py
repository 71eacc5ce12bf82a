"""The desk by keyboard alone and with a screen reader: every control and text is named and
reached by Tab in the order of the screen, the table says what it holds, Ctrl+F searches,
Enter opens; the import preview and the export dialog focus where their words begin."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

from tests.test_accessibility import spoken_name, unnamed
from tests.test_desk_ui import TODAY, make_desk, write_csv
from tests.test_keyboard import describe, ring_pixels
from tests.test_profiles_ui import NAMES, seed
from wizard.ui.desk_dialogs import ExportChoice
from wizard.ui.widgets import ReadableText

KEY = Qt.Key


def focus_problem(window: QWidget) -> str | None:
    """Why the focus is lost or invisible now, or None (a table shows its current row)."""
    w = QApplication.focusWidget()
    if w is None:
        return "the focus is lost"
    if w.window() is not window:
        return f"the focus is outside the window: {describe(w)}"
    if not w.isVisible() or w.visibleRegion().isEmpty():
        return f"the focus is on a hidden widget: {describe(w)}"
    if isinstance(w, QAbstractItemView):
        return None if w.currentIndex().isValid() else f"a table without a current row: {describe(w)}"
    if ring_pixels(w) == 0:
        return f"the focused widget shows no focus ring: {describe(w)}"
    return None


def press(qtbot, window: QWidget, key, modifier=Qt.KeyboardModifier.NoModifier) -> QWidget:
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifier)
    QApplication.processEvents()
    problem = focus_problem(window)
    assert problem is None, f"after {key.name}: {problem}"
    return QApplication.focusWidget()


def tab_round(qtbot, window: QWidget) -> list[QWidget]:
    """Every stop Tab makes from the focus until it comes back to it."""
    start = QApplication.focusWidget()
    stops = [start]
    for _ in range(40):
        stops.append(press(qtbot, window, KEY.Key_Tab))
        if stops[-1] is start:
            return stops[:-1]
    raise AssertionError("Tab never came back: " + ", ".join(describe(w) for w in stops))


def said(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name) + "\n" + iface.text(QAccessible.Text.Description)


def in_screen_order(window: QWidget, stops: list[QWidget]) -> bool:
    """Going round from the top-most stop: top to bottom, then left to right (widgets on one
    line share about their middle)."""
    def place(w: QWidget):
        middle = w.mapTo(window, w.rect().center())
        return (middle.y() // 20, middle.x())
    first = stops.index(min(stops, key=place))
    return stops[first:] + stops[:first] == sorted(stops, key=place)


def test_the_desk_by_keyboard_alone(qtbot, isolated_data):
    seed(isolated_data, 12, TODAY)
    desk = make_desk(qtbot, isolated_data)
    with qtbot.waitActive(desk):
        desk.activateWindow()
    # Arrival: the table, which says its name and the count line.
    assert QApplication.focusWidget() is desk.view
    assert "全部单位" in spoken_name(desk.view) and desk.counts.text() in said(desk.view)
    assert unnamed(desk) == []
    # Tab goes round everything, in the order of the screen: texts included.
    stops = tab_round(qtbot, desk)
    for must in (desk.title, desk.counts, desk.deadline, desk.search, desk.state_box, desk.days_box,
                 desk.view, desk.hint, desk.open_button, desk.new_button, desk.import_button,
                 desk.export_button, desk.pdf_button):
        assert any(s is must or must.isAncestorOf(s) for s in stops), describe(must)
    tops = [s.parentWidget() if s.parentWidget() in (desk.days_box, desk.state_box) else s for s in stops]
    assert in_screen_order(desk, tops), ", ".join(describe(w) for w in tops)
    for text in (desk.title, desk.counts, desk.deadline, desk.hint):
        assert isinstance(text, ReadableText) and spoken_name(text) == text.text()
    # Ctrl+F searches; what matches nothing is said where the hint was; Tab on to the table.
    desk.view.setFocus()
    assert press(qtbot, desk, KEY.Key_F, Qt.KeyboardModifier.ControlModifier) is desk.search
    desk.search.insert("没有这家")  # (QTest types ASCII only)
    assert desk.nothing_found.isVisible() and not desk.hint.isVisible()
    for _ in range(len(NAMES[1])):
        qtbot.keyClick(desk.search, KEY.Key_Backspace)
    desk.search.insert(NAMES[1])
    assert desk.shown_names() == [NAMES[1]]
    focus = desk.search
    while focus is not desk.view:
        focus = press(qtbot, desk, KEY.Key_Tab)
    press(qtbot, desk, KEY.Key_Down)
    qtbot.keyClick(desk.view, KEY.Key_Return)
    wizard = desk.wizard
    assert wizard.isVisible() and wizard.session.profile.name == NAMES[1]
    # In the wizard the focus lands on the page's title, as on every page
    with qtbot.waitActive(wizard):
        wizard.activateWindow()
    assert QApplication.focusWidget() is wizard.currentPage().heading, describe(QApplication.focusWidget())
    wizard.close()  # 保存并退出: back on the desk, on the table
    with qtbot.waitActive(desk):
        desk.activateWindow()
    assert QApplication.focusWidget() is desk.view and focus_problem(desk) is None


def test_the_export_dialog_starts_with_what_it_exports(qtbot):
    dialog = ExportChoice(12)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    assert QApplication.focusWidget() is dialog.intro and "12 家单位" in spoken_name(dialog.intro)
    assert unnamed(dialog) == []
    stops = tab_round(qtbot, dialog)
    assert in_screen_order(dialog, stops), ", ".join(describe(w) for w in stops)
    assert dialog.warning.text in stops and dialog.mobile in stops and dialog.ok in stops
    dialog.intro.setFocus()
    qtbot.keyClick(dialog.intro, KEY.Key_Return)  # Enter is the default button
    assert dialog.result() == dialog.DialogCode.Accepted


@pytest.mark.parametrize("language", ["zh_CN", "en"])
@pytest.mark.parametrize("tick_first", [False, True])
def test_the_export_dialog_shows_its_whole_warning(qtbot, language, tick_first):
    from wizard.app import ensure_app
    from wizard.ui.locale import apply_language

    apply_language(ensure_app(), language)  # English wraps the longer warning onto more lines
    dialog = ExportChoice(12)
    qtbot.addWidget(dialog)
    dialog.mobile.setChecked(tick_first)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.mobile.setChecked(not tick_first)  # the warning changes while it is seen
    QApplication.processEvents()
    for text in dialog.findChildren(ReadableText):
        assert text.height() >= text.heightForWidth(text.width()), text.text()
        top_left = text.mapTo(dialog, text.rect().topLeft())
        assert dialog.rect().contains(text.rect().translated(top_left))


def test_the_import_preview_starts_on_its_first_row_and_says_what_it_will_do(qtbot, isolated_data,
                                                                              tmp_path):
    seed(isolated_data, 3, TODAY)
    desk = make_desk(qtbot, isolated_data)
    path = write_csv(tmp_path / "list.csv", [["单位名称", "统一社会信用代码"], ["新的一家有限公司", ""],
                                             [NAMES[0], ""]], "utf-8")
    dialog = desk.preview_import(path)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    assert QApplication.focusWidget() is dialog.view and dialog.view.currentIndex().row() == 0
    assert dialog.summary.text() in said(dialog.view)  # how many new, merged, to check
    assert unnamed(dialog) == []
    stops = tab_round(qtbot, dialog)
    assert dialog.summary in stops and dialog.detail in stops and dialog.import_button in stops
    assert in_screen_order(dialog, stops), ", ".join(describe(w) for w in stops)
    dialog.view.setFocus()
    press(qtbot, dialog, KEY.Key_Down)
    assert "第 3 行" in spoken_name(dialog.detail) and "补充到" in spoken_name(dialog.detail)


def buttons_fit(window: QWidget, buttons) -> list[str]:
    problems = []
    rects = []
    for b in buttons:
        at = b.mapTo(window, b.rect().topLeft())
        rect = b.rect().translated(at)
        if rect.left() < 0 or rect.right() > window.width():  # (the desk may scroll downwards)
            problems.append(f"{b.text()!r} leaves the window at the side")
        if b.width() < b.minimumSizeHint().width():
            problems.append(f"{b.text()!r} cut short")
        problems += [f"{b.text()!r} overlaps another" for r in rects if r.intersects(rect)]
        rects.append(rect)
    return problems


@pytest.mark.parametrize("language", ["zh_CN", "en"])
@pytest.mark.parametrize("scale", [1.0, 1.5, 2.0])
def test_big_text_desk_fits_1024x600(qtbot, isolated_data, language, scale):
    from wizard.app import ensure_app
    from wizard.content import load_content
    from wizard.store import ProfileStore
    from wizard.ui.desk import open_desk
    from wizard.ui.display import Display
    from wizard.ui.locale import apply_language
    from wizard.ui.session import Session
    from wizard.ui.wizard import GuideWizard

    apply_language(ensure_app(), language)
    seed(isolated_data, 12, TODAY)
    store = ProfileStore(isolated_data)
    opened = store.open()
    wizard = GuideWizard(Session(load_content(None, language), store, opened.profile, lambda: TODAY),
                         opened.notices, display=Display(scale))
    qtbot.addWidget(wizard)
    desk = open_desk(wizard, opened)
    qtbot.addWidget(desk)
    desk.resize(1024, 600)
    desk.show()
    qtbot.waitExposed(desk)
    QApplication.processEvents()
    assert (desk.width(), desk.height()) == (1024, 600)
    buttons = [desk.open_button, desk.new_button, desk.import_button, desk.export_button, desk.pdf_button]
    assert buttons_fit(desk, buttons) == []
    if scale == 1.0:  # one row, each button as wide as its words
        assert len({b.mapTo(desk, b.rect().topLeft()).y() for b in buttons}) == 1
        assert all(b.width() == b.sizeHint().width() for b in buttons)
    view = desk.view  # never squeezed: three whole rows at least (the desk scrolls, if need be)
    assert view.rowViewportPosition(2) + view.rowHeight(2) <= view.viewport().height()
    desk.pdf_button.setFocus(Qt.FocusReason.TabFocusReason)  # Tab to the last button: seen
    QApplication.processEvents()
    assert not desk.pdf_button.visibleRegion().isEmpty()
    assert desk.pdf_button.visibleRegion().boundingRect() == desk.pdf_button.rect()
    dialog = ExportChoice(12, desk)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() <= desk.width()
    assert buttons_fit(dialog, [dialog.ok]) == []
