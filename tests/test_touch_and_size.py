"""A finger on a kiosk and 200 % text: swiping scrolls every scroll area (real touch events),
buttons are big enough for a fingertip, nothing needs a hover or a right click, and at 200 %
in English nothing is cut off at the right."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QScroller,
    QWidget,
)

from tests.test_accessibility import open_everything, walk
from tests.test_reader import english_wizard
from tests.ui_helpers import make_wizard
from wizard.selftest import SCENARIOS
from wizard.ui.autopilot import drive


def swipe_up(qtbot, area: QAbstractScrollArea, distance: int = 150) -> None:
    """A finger pressed low in the area, moved up over about 160 ms, lifted (real touch events)."""
    device = QTest.createTouchDevice()
    window = area.window().windowHandle()
    viewport = area.viewport()
    start = viewport.mapTo(area.window(), QPoint(viewport.width() // 2, viewport.height() - 20))
    QTest.touchEvent(window, device).press(0, start, window).commit()
    for step in range(1, 11):
        QTest.touchEvent(window, device).move(0, start - QPoint(0, distance * step // 10),
                                             window).commit()
        QTest.qWait(16)
    QTest.touchEvent(window, device).release(0, start - QPoint(0, distance), window).commit()


def scroll_areas(wizard) -> list[QAbstractScrollArea]:
    return [a for a in wizard.findChildren(QAbstractScrollArea)
            if not isinstance(a.parent(), QAbstractScrollArea)]


def test_swiping_scrolls_the_page(qtbot, isolated_data):
    wizard = make_wizard(qtbot, isolated_data)
    drive(wizard, SCENARIOS["route-s-init"].answers, stop_at="step:S3")
    bar = wizard.currentPage().scroll.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    swipe_up(qtbot, wizard.currentPage().scroll)
    qtbot.waitUntil(lambda: bar.value() > 0)


def test_every_scroll_area_takes_a_swipe(qtbot, isolated_data):
    wizard = make_wizard(qtbot, isolated_data)
    drive(wizard, SCENARIOS["route-s-init"].answers, stop_at="step:S3")
    page = wizard.currentPage()
    page.picture.open_viewer()
    viewer = page.picture.viewer
    areas = scroll_areas(wizard) + scroll_areas(viewer)
    assert wizard.side in areas and page.scroll in areas and viewer.area in areas
    for area in areas:
        assert QScroller.hasScroller(area.viewport()), f"{type(area).__name__} takes no swipe"
    # The zoomed picture pans under a finger too.
    viewer.set_zoom(3.0)
    QApplication.processEvents()
    bar = viewer.area.verticalScrollBar()
    before = bar.value()
    swipe_up(qtbot, viewer.area)
    qtbot.waitUntil(lambda: bar.value() > before)
    viewer.reject()


def min_touch_px(widget: QWidget) -> int:
    return math.ceil(9 / 25.4 * widget.logicalDpiY())  # 9 mm at the screen's logical DPI


@pytest.mark.parametrize("scale", [1.0, 1.25])
def test_kiosk_buttons_are_at_least_9_mm_high(qtbot, scale):
    from tests.test_kiosk import make_kiosk

    wizard = make_kiosk(qtbot, font_scale=scale)
    need = min_touch_px(wizard)
    small: set[str] = set()
    scenario = SCENARIOS["route-r"]
    for stop in ["welcome", "q:legal_person_account", "route", "details", "step:R5", "step:R6",
                 "summary"]:
        if stop != "welcome":
            drive(wizard, scenario.answers, stop_at=stop)
        page = wizard.currentPage()
        open_everything(page)
        QApplication.processEvents()
        footer = [b for b in wizard.findChildren(QAbstractButton) if not page.isAncestorOf(b)
                  and not wizard.side.isAncestorOf(b)]
        for button in page.findChildren(QAbstractButton) + footer:
            if button.isVisible() and button.height() < need:
                small.add(f"{stop}: {type(button).__name__} {button.text()!r} "
                          f"{button.height()} px < {need} px")
    assert not small, "\n".join(sorted(small))


def test_nothing_needs_a_right_click(qtbot, isolated_data):
    wizard = make_wizard(qtbot, isolated_data)
    for stop in ["q:legal_person_account", "route", "details", "step:R5", "summary"]:
        drive(wizard, SCENARIOS["route-r"].answers, stop_at=stop)
        for w in wizard.currentPage().findChildren(QWidget):
            assert w.contextMenuPolicy() != Qt.ContextMenuPolicy.CustomContextMenu, w


# --- 200 % text in English ----------------------------------------------------------------------
def clipped_at_the_right(wizard) -> list[str]:
    page = wizard.currentPage()
    viewport = page.scroll.viewport()
    room = QRect(QPoint(0, 0), viewport.size())
    out = []
    body = page.scroll.widget()
    if body.width() > viewport.width():
        out.append(f"the page is {body.width()} px wide in {viewport.width()} px")
    for w in page.column.findChildren(QWidget) + page.footer_box.findChildren(QWidget):
        if not w.isVisible() or w.width() == 0:
            continue
        where = QRect(w.mapTo(viewport, QPoint(0, 0)), QWidget.size(w)) if page.scroll.isAncestorOf(w) \
            else QRect(w.mapTo(page, QPoint(0, 0)), QWidget.size(w))
        right = room.right() if page.scroll.isAncestorOf(w) else page.rect().right()
        if where.right() > right + 1:
            text = w.text() if isinstance(w, (QLabel, QAbstractButton)) else w.objectName()
            out.append(f"{type(w).__name__} {text[:40]!r} ends at {where.right()} > {right}")
    return out


@pytest.mark.parametrize("name", ["route-r", "route-s"])
def test_200_percent_english_is_not_cut_off_at_the_right(qtbot, tmp_path, name):
    wizard = english_wizard(qtbot, tmp_path)
    wizard.display.set(2.0, False, remember=False)
    wizard.resize(1024, 600)
    qtbot.waitUntil(lambda: wizard.width() == 1024)
    problems: list[str] = []

    def check(w, key):
        open_everything(w.currentPage())
        QApplication.processEvents()
        problems.extend(f"{key}: {p}" for p in clipped_at_the_right(w))

    assert walk(qtbot, wizard, SCENARIOS[name], check)[-1] == "summary"
    assert problems == [], "\n".join(problems)
