"""Everyone can use the wizard: names for screen readers, the keyboard, big text, contrast."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QWidget,
    QWizard,
)

from tests.ui_helpers import NEXT, click, click_next, make_wizard
from wizard.selftest import SCENARIOS
from wizard.ui.display import Display
from wizard.ui.widgets import Disclosure, LinkRow, plain_text

INTERACTIVE = (QAbstractButton, QLineEdit, QAbstractSpinBox, QComboBox)


def spoken_name(widget: QWidget) -> str:
    """What a screen reader says for the control (its accessible name, else Qt's fallback:
    the button's text, the buddy label …)."""
    iface = QAccessible.queryAccessibleInterface(widget)
    return (iface.text(QAccessible.Text.Name) if iface is not None else "").strip()


def interactive(root: QWidget) -> list[QWidget]:
    found = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible():
            continue
        if isinstance(w, INTERACTIVE) or w.focusPolicy() & Qt.FocusPolicy.TabFocus:
            if isinstance(w.parent(), QAbstractSpinBox):  # the spin box's own line edit
                continue
            found.append(w)
    return found


def unnamed(root: QWidget) -> list[str]:
    out = []
    for w in interactive(root):
        if not spoken_name(w):
            out.append(f"{type(w).__name__} {w.objectName()!r} text={getattr(w, 'text', str)()!r}")
    return out


def open_everything(page: QWidget) -> None:
    """Open the page's disclosures (怎么查？ 遇到问题？ …) so what is inside is audited too."""
    for d in page.findChildren(Disclosure):
        if not d.button.isChecked():
            d.button.click()


def audit(wizard, where: str, problems: list[str]) -> None:
    page = wizard.currentPage()
    open_everything(page)
    QApplication.processEvents()
    problems += [f"{where}: {p}" for p in unnamed(wizard)]
    for radio in page.findChildren(QRadioButton):  # an option also announces its question
        if radio.isVisible() and not radio.accessibleDescription():
            problems.append(f"{where}: option {radio.text()!r} does not say its question")


def walk(qtbot, wizard, scenario, on_page) -> list[str]:
    """Like a user with a mouse; `on_page(wizard, key)` runs on every page first."""
    keys = []
    for _ in range(60):
        key = wizard.current_key()
        keys.append(key)
        on_page(wizard, key)
        if key == "summary":
            return keys
        page = wizard.currentPage()
        if key.kind == "question":
            click(qtbot, page.buttons[scenario.answers[key.id]])
        elif key == "route" and scenario.route:
            click(qtbot, page.route_buttons[scenario.route])
        elif key.kind == "step":
            click(qtbot, page.done_box)
        click_next(qtbot, wizard)
    raise AssertionError("never reached the summary")


@pytest.mark.parametrize("name", list(SCENARIOS))
def test_every_control_on_every_page_has_a_name(qtbot, isolated_data, name):
    wizard = make_wizard(qtbot, isolated_data)
    problems: list[str] = []
    keys = walk(qtbot, wizard, SCENARIOS[name], lambda w, k: audit(w, k, problems))
    assert keys[-1] == "summary"
    assert problems == [], "\n".join(problems)


def test_dialogs_and_profile_list_have_names(qtbot, isolated_data):
    from wizard.ui.picture import PictureViewer
    from wizard.ui.qr import QrDialog

    wizard = make_wizard(qtbot, isolated_data)
    problems: list[str] = []
    walk(qtbot, wizard, SCENARIOS["route-s-init"],
         lambda w, k: k == "step:S3" and _audit_s3_dialogs(qtbot, w, problems))
    # The welcome page with several employers (the service centre's list).
    wizard.session.store.new_profile("第二家单位")
    wizard.restart()
    wizard.welcome.manage_profiles(creating=True)
    problems += [f"profiles: {p}" for p in unnamed(wizard)]
    assert wizard.welcome.profile_list is not None
    assert problems == [], "\n".join(problems)
    assert PictureViewer and QrDialog


def _audit_s3_dialogs(qtbot, wizard, problems: list[str]) -> None:
    page = wizard.currentPage()
    row = page.findChildren(LinkRow)[0]
    click(qtbot, row.phone_button)
    problems += [f"QR dialog: {p}" for p in unnamed(row.qr_dialog)]
    row.qr_dialog.accept()
    page.picture.open_viewer()
    problems += [f"picture viewer: {p}" for p in unnamed(page.picture.viewer)]
    page.picture.viewer.accept()


def test_kiosk_pages_and_dialogs_have_names(qtbot):
    from tests.test_kiosk import make_kiosk, staff_keys
    from wizard.store.admin import hash_pin

    wizard = make_kiosk(qtbot, pin_hash=hash_pin("2468"))
    problems: list[str] = []
    walk(qtbot, wizard, SCENARIOS["route-r"], lambda w, k: audit(w, k, problems))
    wizard.kiosk.ask_still_there()
    problems += [f"countdown: {p}" for p in unnamed(wizard.kiosk.countdown)]
    click(qtbot, wizard.kiosk.countdown.continue_button)
    staff_keys(qtbot, wizard)
    problems += [f"staff exit: {p}" for p in unnamed(wizard.kiosk.staff_dialog)]
    wizard.kiosk.staff_dialog.reject()
    assert problems == [], "\n".join(problems)


def test_the_audit_catches_an_unnamed_control(qtbot, isolated_data):
    wizard = make_wizard(qtbot, isolated_data)
    from PySide6.QtWidgets import QToolButton

    bare = QToolButton(wizard.currentPage().scroll.widget())  # no text, no name
    bare.show()
    assert any("QToolButton" in p for p in unnamed(wizard))


# --- text size, contrast, and fitting 1024×600 -----------------------------------------------
def inside(wizard, widget) -> bool:
    top_left = widget.mapTo(wizard, QPoint(0, 0))
    return wizard.rect().contains(QRect(top_left, widget.size()))


def check_fits(wizard, key: str, problems: list[str]) -> None:
    QApplication.processEvents()
    buttons = [wizard.button(b) for b in (
        QWizard.WizardButton.CancelButton, QWizard.WizardButton.CustomButton2,
        QWizard.WizardButton.CustomButton3, QWizard.WizardButton.BackButton,
        QWizard.WizardButton.CustomButton1,
        QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton)]
    shown = [b for b in buttons if b.isVisible()]
    for b in shown:
        if not inside(wizard, b):
            problems.append(f"{key}: button {b.text()!r} leaves the window")
        if b.width() < b.minimumSizeHint().width():
            problems.append(f"{key}: button {b.text()!r} cut short ({b.width()} px)")
    rects = sorted((QRect(b.mapTo(wizard, QPoint(0, 0)), b.size()) for b in shown),
                   key=lambda r: r.x())
    for a, b in itertools.pairwise(rects):
        if a.intersects(b):
            problems.append(f"{key}: buttons overlap")
    page = wizard.currentPage()
    footer = getattr(page, "done_box", None)
    if footer is not None and footer.isVisible():
        if not inside(wizard, footer):
            problems.append(f"{key}: 我已完成这一步 leaves the window")
        if footer.width() < footer.minimumSizeHint().width():
            problems.append(f"{key}: 我已完成这一步 cut short")
    # Text scrolls inside the page: the page never needs more room than the window gives.
    if page.height() < page.minimumSizeHint().height():
        problems.append(f"{key}: the page is taller than its room")
    for w in page.findChildren(QLabel):
        if w.isVisible() and not w.wordWrap() and w.width() < w.minimumSizeHint().width():
            problems.append(f"{key}: label {w.text()!r} cut short")


@pytest.mark.parametrize("scale", [1.5, 2.0])
@pytest.mark.parametrize("name", ["route-s", "route-r"])
def test_big_text_fits_1024x600(qtbot, isolated_data, name, scale):
    wizard = make_wizard(qtbot, isolated_data, display=Display(scale))
    wizard.resize(1024, 600)
    qtbot.waitUntil(lambda: wizard.size().width() == 1024)
    assert QApplication.font().pointSize() == round(12 * scale)
    problems: list[str] = []
    keys = walk(qtbot, wizard, SCENARIOS[name], lambda w, k: check_fits(w, k, problems))
    assert keys[-1] == "summary"
    assert wizard.size().width() == 1024 and wizard.size().height() == 600
    assert problems == [], "\n".join(problems)


def test_text_size_keys_and_welcome_control_are_remembered(qtbot, isolated_data):
    from wizard.app import remembered_display
    from wizard.store.user_settings import load_user_settings

    wizard = make_wizard(qtbot, isolated_data,
                         display=remembered_display(isolated_data,
                                                    load_user_settings(isolated_data)))
    with qtbot.waitActive(wizard):
        wizard.activateWindow()
    base = QApplication.font().pointSize()
    qtbot.keyClick(wizard.currentPage(), Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert wizard.display.scale == 1.25
    assert QApplication.font().pointSize() > base
    click(qtbot, wizard.welcome.display_row.bigger)  # the 字号 control on the welcome page
    assert wizard.display.scale == 1.5
    assert wizard.welcome.display_row.size_label.text() == "150%"
    qtbot.keyClick(wizard.currentPage(), Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert wizard.display.scale == 1.25
    click(qtbot, wizard.welcome.display_row.contrast)
    assert wizard.display.high_contrast
    assert "#ffdd00" in QApplication.instance().styleSheet()
    saved = load_user_settings(isolated_data)
    assert (saved.font_scale, saved.high_contrast) == (1.25, True)
    wizard.close()
    again = make_wizard(qtbot, isolated_data,
                        display=remembered_display(isolated_data,
                                                   load_user_settings(isolated_data)))
    assert again.display.scale == 1.25 and again.display.high_contrast
    assert again.welcome.display_row.contrast.isChecked()
    qtbot.keyClick(again.currentPage(), Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    for _ in range(10):
        again.display.bigger()
    assert again.display.scale == 2.0 and not again.welcome.display_row.bigger.isEnabled()


def test_language_is_remembered(qtbot, isolated_data, monkeypatch):
    from wizard.app import remember_language
    from wizard.store.user_settings import load_user_settings
    from wizard.ui.locale import startup_language

    wizard = make_wizard(qtbot, isolated_data)
    wizard.language_changed.connect(lambda code: remember_language(isolated_data, code))
    click(qtbot, wizard.welcome.language_buttons["zh_HK"])
    assert load_user_settings(isolated_data).language == "zh_HK"
    monkeypatch.delenv("WENGANG_LANG", raising=False)
    assert startup_language(None, load_user_settings(isolated_data).language) == "zh_HK"
    assert startup_language("en", "zh_HK") == "en"  # --lang still wins
    click(qtbot, wizard.welcome.language_buttons["zh_CN"])


def shown_words(widget: QLabel) -> str:
    if widget.textFormat() != Qt.TextFormat.RichText:
        return widget.text()
    doc = QTextDocument()
    doc.setHtml(widget.text())
    return doc.toPlainText()


def test_status_is_never_colour_alone(qtbot, isolated_data):
    wizard = make_wizard(qtbot, isolated_data)
    walk(qtbot, wizard, SCENARIOS["route-s-init"], lambda w, k: None)
    for row in wizard.side.rows.values():
        text = plain_text(row)  # a row one can go to is a link: its title is marked up
        assert text[0] in "✔▶○◔↷" and " · " in text  # an icon and a word
        assert row.accessibleName() == text == shown_words(row)  # a reader hears what is shown
    assert wizard.button(NEXT) is not None
