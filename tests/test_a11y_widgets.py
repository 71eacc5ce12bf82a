"""The small widgets as a screen reader gets them, through QAccessible (the tree AT-SPI and UI
Automation export): links are links, disclosures say open or closed, messages are announced,
long texts can be reached with Tab, pictures are described, and swiping scrolls."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible, QAccessibleActionInterface, QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from wizard.content import Link
from wizard.ui.widgets import Disclosure, LinkOpener, LinkRow

LINK = Link(label="登录页", url="https://ggfw.hrss.gd.gov.cn/isso/login.html")


def iface(widget: QWidget):
    found = QAccessible.queryAccessibleInterface(widget)
    assert found is not None, f"{widget} has no accessible interface"
    return found


def name(widget: QWidget) -> str:
    return iface(widget).text(QAccessible.Text.Name)


@pytest.fixture
def announcements(monkeypatch) -> list[tuple[str, str]]:
    """Every announcement the widgets send (object, message), as the platform bridge gets it."""
    said: list[tuple[str, str]] = []
    real = QAccessible.updateAccessibility

    def spy(event):
        if event.type() == QAccessible.Event.Announcement:
            said.append((type(event.object()).__name__, event.message()))
        real(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(spy))
    return said


def shown(qtbot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


# --- links ------------------------------------------------------------------------------------
def test_the_address_is_a_link_that_says_its_url_and_opens(qtbot, monkeypatch):
    opened = []
    opener = LinkOpener()
    monkeypatch.setattr(opener, "open", lambda url: opened.append(url) or True)
    row = shown(qtbot, LinkRow(LINK, opener, online=True))
    address = row.address
    link = iface(address)
    assert link.role() == QAccessible.Role.Link
    assert link.text(QAccessible.Text.Name) == LINK.url
    assert LINK.label in link.text(QAccessible.Text.Description)
    assert link.state().focusable and link.state().linked
    actions = link.actionInterface()
    assert actions.actionNames()[0] == QAccessibleActionInterface.pressAction()
    actions.doAction(QAccessibleActionInterface.pressAction())  # a screen reader's "activate"
    assert opened == [LINK.url]
    address.setFocus()
    qtbot.keyClick(address, Qt.Key.Key_Return)  # and the keyboard
    assert opened == [LINK.url, LINK.url]
    # In keyboard order it comes first, before 在浏览器打开 / 复制链接 / 用手机打开.
    assert address.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert address.nextInFocusChain() is row.buttons_in_order()[0]


def test_without_a_browser_the_address_is_text_not_a_link(qtbot):
    opener = LinkOpener()
    opener.allow_browser = False
    row = shown(qtbot, LinkRow(LINK, opener, online=True))
    assert iface(row.address).role() != QAccessible.Role.Link
    assert LINK.url in name(row.address)


# --- disclosures -------------------------------------------------------------------------------
def test_a_disclosure_is_a_button_that_says_open_or_closed(qtbot, announcements):
    box = Disclosure("怎么查？")
    box.body_layout.addWidget(QLabel("看营业执照右上角的 18 位代码。"))
    shown(qtbot, box)
    button = iface(box.button)
    assert button.role() == QAccessible.Role.Button  # not a check box
    assert button.text(QAccessible.Text.Name) == "怎么查？"
    state = button.state()
    assert state.expandable and state.collapsed and not state.expanded
    assert not state.checkable
    button.actionInterface().doAction(QAccessibleActionInterface.pressAction())
    assert box.body.isVisible()
    state = iface(box.button).state()
    assert state.expanded and not state.collapsed
    # The opened text is said (AT-SPI has no event for the expanded state).
    assert any("看营业执照右上角的 18 位代码。" in text for _obj, text in announcements)
    qtbot.keyClick(box.button, Qt.Key.Key_Space)
    assert not box.body.isVisible() and iface(box.button).state().collapsed


# --- announcements -----------------------------------------------------------------------------
def test_copied_is_announced(qtbot, announcements):
    row = shown(qtbot, LinkRow(LINK, LinkOpener(), online=True))
    qtbot.mouseClick(row.copy_button, Qt.MouseButton.LeftButton)
    assert row.copied.text() == "已复制"
    assert ("QPushButton", "已复制") in announcements


def test_summary_messages_are_announced(qtbot, isolated_data, announcements, tmp_path):
    from tests.ui_helpers import make_wizard, mouse_walk
    from wizard.selftest import SCENARIOS

    wizard = make_wizard(qtbot, isolated_data)
    mouse_walk(qtbot, wizard, SCENARIOS["route-s-init"].answers)
    actions = wizard.currentPage().actions
    actions.copy_text()
    assert announcements and announcements[-1][1] == actions.message.text()
    assert actions.save_pdf(str(tmp_path / "summary.pdf"))
    assert announcements[-1][1] == actions.message.text()


# --- pictures ----------------------------------------------------------------------------------
def test_the_viewer_image_has_a_name_and_a_description(qtbot, content):
    from wizard.content.pictures import Picture
    from wizard.ui.picture import PictureViewer

    drawing = Picture("S3", drawing=content.drawings["S3"])
    viewer = PictureViewer(drawing, "示意图：登录", "示意图", "登录页，红框 1 是单位登录", None)
    shown(qtbot, viewer)
    image = iface(viewer.area.view)
    assert image.role() == QAccessible.Role.Graphic
    assert image.text(QAccessible.Text.Name) == "示意图：登录"
    assert image.text(QAccessible.Text.Description) == "登录页，红框 1 是单位登录"


# --- long texts that can be reached ---------------------------------------------------------
def test_readable_text_is_a_tab_stop_that_reads_in_full_with_its_numbers(qtbot):
    from wizard.ui.widgets import ReadableText

    page = QWidget()
    lay = QVBoxLayout(page)
    before = QPushButton("上一个")
    text = ReadableText(["打开登录页。", "点【单位登录】。"], numbered=True)
    after = QPushButton("下一个")
    for w in (before, text, after):
        lay.addWidget(w)
    shown(qtbot, page)
    with qtbot.waitActive(page):
        page.activateWindow()
    before.setFocus()
    qtbot.waitUntil(before.hasFocus)
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is text
    spoken = name(text)
    assert "1. 打开登录页。" in spoken and "2. 点【单位登录】。" in spoken
    assert iface(text).state().focusable and iface(text).state().focused
    qtbot.keyClick(text, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is after


def test_readable_text_shows_where_the_focus_is(qtbot):
    from wizard.ui.widgets import ReadableText

    text = shown(qtbot, ReadableText(["一段很长的说明文字。"]))
    blurred = text.grab().toImage()
    text.setFocus()
    qtbot.waitUntil(text.hasFocus)
    focused = text.grab().toImage()
    assert focused != blurred
    assert any(focused.pixelColor(x, 1) == QColor("#ffdd00") for x in range(focused.width()))


# --- touch ------------------------------------------------------------------------------------
def swipe_area(qtbot, first: QWidget | None = None):
    """A swipe-scrollable area of 50 lines (after `first`), shown; and a touch screen."""
    from wizard.ui.widgets import swipe_scrollable

    area = QScrollArea()
    column = QWidget()
    lay = QVBoxLayout(column)
    for w in [first] if first is not None else []:
        lay.addWidget(w)
    for i in range(50):
        lay.addWidget(QLabel(f"第 {i + 1} 行"))
    area.setWidget(column)
    area.resize(300, 200)
    swipe_scrollable(area)
    shown(qtbot, area)
    return area, QTest.createTouchDevice(), area.window().windowHandle()


def test_swiping_scrolls_a_scroll_area(qtbot):
    area, device, window = swipe_area(qtbot)
    bar = area.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    start = area.viewport().mapTo(area.window(), QPoint(150, 170))
    QTest.touchEvent(window, device).press(0, start, window).commit()
    for step in range(1, 11):  # a finger moving up over 160 ms (real touch events)
        QTest.touchEvent(window, device).move(0, start - QPoint(0, 14 * step), window).commit()
        QTest.qWait(16)
    QTest.touchEvent(window, device).release(0, start - QPoint(0, 140), window).commit()
    qtbot.waitUntil(lambda: bar.value() > 0)


def test_a_tap_still_presses_a_button_in_a_swipe_scrollable_area(qtbot):
    button = QPushButton("我已完成这一步")
    area, device, window = swipe_area(qtbot, button)
    at = button.mapTo(area.window(), button.rect().center())
    with qtbot.waitSignal(button.clicked):
        QTest.touchEvent(window, device).press(0, at, window).commit()
        QTest.touchEvent(window, device).release(0, at, window).commit()
    assert area.verticalScrollBar().value() == 0


# --- disabled controls look disabled ------------------------------------------------------------
def test_a_disabled_button_looks_disabled(qtbot):
    from wizard.ui.theme import apply_look

    apply_look(QApplication.instance(), 1.0, False)  # the program's own look, through the theme
    row = QWidget()
    lay = QVBoxLayout(row)
    enabled, disabled = QPushButton("A−"), QPushButton("A−")
    disabled.setEnabled(False)
    lay.addWidget(enabled)
    lay.addWidget(disabled)
    shown(qtbot, row)
    assert enabled.grab().toImage() != disabled.grab().toImage()


# --- a screen reader must not crash the program ------------------------------------------------
# Qt's own interface for a QScrollArea (QAccessibleAbstractScrollArea::child) reads its list
# of children without a bounds check: a reader that counted the children while the scroll
# bar showed and asks for the last one after it went away (every page change can do that)
# crashes the program. Run in a child process, so a crash fails the test instead of pytest.
SCROLL_CHILD = """
import sys
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QVBoxLayout, QWidget
from wizard.ui import picture, widgets
app = QApplication([])
kind = sys.argv[1]
if kind == "page":
    area = widgets.ScrollArea()
elif kind == "zoom":
    area = picture.ZoomArea()
else:
    area = QScrollArea()
area.setWidgetResizable(True)
column = QWidget()
lay = QVBoxLayout(column)
for i in range(80):
    lay.addWidget(QLabel(f"line {i}"))
area.setWidget(column)
area.resize(300, 200)
area.show()
app.processEvents()
iface = QAccessible.queryAccessibleInterface(area)
counted = iface.childCount()  # the viewport and the scroll bar, at least
area.resize(300, 3000)  # the bar goes away
for _ in range(5):
    app.processEvents()
for _ in range(100):  # a reader that counted before asks for the last ones it counted
    for index in range(counted - 1, counted + 2):
        iface.child(index)
print("ok", iface.childCount())
"""


@pytest.mark.parametrize("kind", ["page", "zoom"])
def test_asking_a_scroll_area_for_a_child_that_went_away_does_not_crash(kind):
    import os
    import subprocess
    import sys

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", SCROLL_CHILD, kind], capture_output=True,
                          text=True, timeout=120, env=env, cwd=Path(__file__).parent.parent)
    assert done.returncode == 0, f"exit {done.returncode}: {done.stderr[-800:]}"
    assert done.stdout.split()[0] == "ok"


# --- the details page's fields -------------------------------------------------------------------
def test_a_field_says_its_hint_and_a_problem_is_announced(qtbot, isolated_data, announcements):
    from tests.ui_helpers import make_wizard, mouse_walk
    from wizard.selftest import SCENARIOS

    wizard = make_wizard(qtbot, isolated_data)
    mouse_walk(qtbot, wizard, SCENARIOS["route-s"].answers, stop_at="details")
    page = wizard.currentPage()
    edit = page.edits["uscc"]
    hint = "18 位代码，由数字和大写字母组成，一般印在营业执照上"
    assert iface(edit).text(QAccessible.Text.Description) == hint
    name_hint = iface(page.edits["unit_name"]).text(QAccessible.Text.Description)
    assert name_hint == "和营业执照上的名称一样"  # a field without a check says its hint too
    page.type_into("uscc", "91350100M000100Y4")  # one character short
    problem = page.feedback_text("uscc")
    assert problem
    described = iface(edit).text(QAccessible.Text.Description)
    assert hint in described and problem in described
    assert any(problem in text for _obj, text in announcements)


# --- the employer list (wizard/ui/profiles.py) ---------------------------------------------------
def test_profile_form_errors_and_empty_search_are_announced(qtbot, isolated_data, announcements):
    from datetime import date

    from tests.test_profiles_ui import seed
    from tests.ui_helpers import click, make_wizard

    seed(isolated_data, 3, date(2026, 11, 23))  # three employers: the list, with a search
    wizard = make_wizard(qtbot, isolated_data, today=lambda: date(2026, 11, 23))
    wizard.welcome.manage_profiles(creating=True)
    plist = wizard.welcome.profile_list
    click(qtbot, plist.create_form.ok)  # no name
    error = plist.create_form.error.text()
    assert error and any(error == text for _obj, text in announcements)
    plist.search.insert("不存在的单位")
    assert plist.nothing_found.isVisibleTo(plist)
    assert any(plist.nothing_found.text() == text for _obj, text in announcements)


def test_a_readable_title_looks_like_the_label_it_replaces(qtbot):
    from wizard.ui.theme import apply_look
    from wizard.ui.widgets import ReadableText, label

    apply_look(QApplication.instance(), 1.0, False)
    plain = shown(qtbot, label("单位在广东政务服务网有法人账号吗？", role="title"))
    title = shown(qtbot, ReadableText("单位在广东政务服务网有法人账号吗？", role="title"))
    assert title.font().pointSize() == plain.font().pointSize()
    # in a column of the same width, the same lines (and the ring's margin round them)
    assert title.heightForWidth(600 + 2 * title.RING) == plain.heightForWidth(600) + 2 * title.RING
    assert name(title) == "单位在广东政务服务网有法人账号吗？"
