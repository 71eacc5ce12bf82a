"""The side panel as a task list (issue 17): every row one can go to is a link — a step left
for later is one click away, not only reachable with Back — for the mouse, the keyboard and a
screen reader (role link, the row's words as its name). Going there walks the journey
(wizard/flow/journey.py), so Back afterwards goes where the path says."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from tests.ui_helpers import NEXT, click, make_wizard, mouse_walk
from wizard.flow.journey import path_to, step_key
from wizard.selftest import SCENARIOS
from wizard.ui.journey import TaskLink
from wizard.ui.widgets import plain_text

BACK = NEXT.BackButton
LATER = NEXT.CustomButton1


def role(widget) -> QAccessible.Role:
    return QAccessible.queryAccessibleInterface(widget).role()


def walk_leaving_r2_for_later(qtbot, wizard) -> None:
    mouse_walk(qtbot, wizard, SCENARIOS["route-r"].answers, stop_at="step:R2")
    click(qtbot, wizard.button(LATER))  # 稍后再做
    assert wizard.current_key() == "step:R3"
    click(qtbot, wizard.currentPage().done_box)
    click(qtbot, wizard.button(NEXT))
    assert wizard.current_key() == "step:R4"


def active_at_r4(qtbot, data):
    """At R4 with R2 left for later, the window active (keys go to it)."""
    wizard = make_wizard(qtbot, data)
    walk_leaving_r2_for_later(qtbot, wizard)
    with qtbot.waitActive(wizard):
        wizard.activateWindow()
    return wizard


def test_rows_are_links_except_the_current_one(qtbot, isolated_data):
    wizard = make_wizard(qtbot, isolated_data)
    walk_leaving_r2_for_later(qtbot, wizard)
    rows = wizard.side.rows
    assert not isinstance(rows["R4"], TaskLink)  # one is there already
    for row_id in ("interview", "route", "R1", "R2", "R3", "R5", "C5", "summary"):
        row = rows[row_id]
        assert isinstance(row, TaskLink) and row.isVisible(), row_id
        assert role(row) == QAccessible.Role.Link
        assert QAccessible.queryAccessibleInterface(row).text(QAccessible.Text.Name) == plain_text(row)
        assert row.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert "稍后再做" in plain_text(rows["R2"])


def test_with_a_step_left_for_later_the_panel_says_a_click_goes_back(qtbot, isolated_data):
    """An older user may not know the rows click: once a step waits for later, a line says so."""
    wizard = make_wizard(qtbot, isolated_data)
    mouse_walk(qtbot, wizard, SCENARIOS["route-r"].answers, stop_at="step:R2")
    assert wizard.side.hint is None or not wizard.side.hint.isVisible()  # nothing left for later
    click(qtbot, wizard.button(LATER))
    hint = wizard.side.hint
    assert hint is not None and hint.isVisible() and "点它的名字" in plain_text(hint)
    click(qtbot, wizard.side.rows["R2"])
    click(qtbot, wizard.currentPage().done_box)
    click(qtbot, wizard.button(NEXT))
    assert not wizard.side.hint.isVisible()  # done now: nothing waits


def test_a_step_left_for_later_is_one_click_away_and_back_still_follows_the_path(qtbot, isolated_data):
    wizard = make_wizard(qtbot, isolated_data)
    walk_leaving_r2_for_later(qtbot, wizard)
    click(qtbot, wizard.side.rows["R2"])
    assert wizard.current_key() == "step:R2"
    progress = wizard.session.progress
    assert wizard.journey.history == path_to(step_key("R2"), progress)
    assert [wizard.keys[i] for i in wizard.visitedIds()] == wizard.journey.history  # QWizard agrees
    click(qtbot, wizard.currentPage().done_box)
    click(qtbot, wizard.button(NEXT))
    assert wizard.current_key() == "step:R3"
    click(qtbot, wizard.button(BACK))
    click(qtbot, wizard.button(BACK))
    assert wizard.current_key() == "step:R1"


def test_enter_or_space_on_a_link_goes_there(qtbot, isolated_data):
    wizard = active_at_r4(qtbot, isolated_data)
    wizard.side.rows["R1"].setFocus()
    qtbot.keyClick(wizard.side.rows["R1"], Qt.Key.Key_Return)
    assert wizard.current_key() == "step:R1"
    wizard.side.rows["summary"].setFocus()
    qtbot.keyClick(wizard.side.rows["summary"], Qt.Key.Key_Space)
    assert wizard.current_key() == "summary"


def test_a_screen_reader_presses_the_link(qtbot, isolated_data):
    wizard = make_wizard(qtbot, isolated_data)
    walk_leaving_r2_for_later(qtbot, wizard)
    link = QAccessible.queryAccessibleInterface(wizard.side.rows["R2"]).actionInterface()
    link.doAction(link.actionNames()[0])  # Press
    assert wizard.current_key() == "step:R2"


def test_tab_reaches_the_side_panel(qtbot, isolated_data):
    wizard = active_at_r4(qtbot, isolated_data)
    wizard.button(NEXT).setFocus()
    for _ in range(120):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if isinstance(QApplication.focusWidget(), TaskLink):
            break
    assert isinstance(QApplication.focusWidget(), TaskLink)


def test_every_link_is_a_tab_stop_before_the_page_as_on_screen(qtbot, isolated_data):
    """The accessible tab order (GuideWizard.tab_stops): the side panel's links first, top to
    bottom, then the page from its title; Shift+Tab from the title reaches the last link."""
    wizard = active_at_r4(qtbot, isolated_data)
    stops = wizard.tab_stops()
    links = [row for row in wizard.side.rows.values() if isinstance(row, TaskLink)]
    assert len(links) >= 8 and stops[:len(links)] == links
    heading = wizard.currentPage().heading
    assert stops[len(links)] is heading
    assert QApplication.focusWidget() is heading  # arrived: the title has the focus
    qtbot.keyClick(heading, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is links[-1]
    qtbot.keyClick(links[-1], Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is heading


def test_a_link_followed_by_keyboard_lands_on_the_page_title(qtbot, isolated_data):
    wizard = active_at_r4(qtbot, isolated_data)
    wizard.side.rows["R2"].setFocus()
    qtbot.keyClick(wizard.side.rows["R2"], Qt.Key.Key_Return)
    assert wizard.current_key() == "step:R2"
    assert QApplication.focusWidget() is wizard.currentPage().heading  # where one is now


def test_no_link_to_where_one_cannot_go_yet(qtbot, isolated_data):
    wizard = make_wizard(qtbot, isolated_data)
    click(qtbot, wizard.button(NEXT))  # the first question: the route is not known yet
    rows = wizard.side.rows
    assert not isinstance(rows["interview"], TaskLink)  # the current row
    for row_id in ("steps", "summary"):  # the steps' placeholder and the summary
        if row_id in rows:
            assert not isinstance(rows[row_id], TaskLink), row_id


def test_from_the_summary_to_a_step_left_for_later(qtbot, isolated_data):
    wizard = make_wizard(qtbot, isolated_data)
    walk_leaving_r2_for_later(qtbot, wizard)
    click(qtbot, wizard.side.rows["summary"])
    assert wizard.current_key() == "summary"
    click(qtbot, wizard.side.rows["R2"])
    assert wizard.current_key() == "step:R2"
    click(qtbot, wizard.button(BACK))
    assert wizard.current_key() == "step:R1"
