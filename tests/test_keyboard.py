"""A keyboard alone: focus lands somewhere visible and meaningful on every page, Tab follows the
screen, and key presses alone take the user from the welcome page to the summary on both
routes — with a check after every key that the focus is neither lost nor invisible."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QRadioButton,
    QWidget,
    QWizard,
)

from tests.ui_helpers import make_wizard
from wizard.selftest import SCENARIOS
from wizard.ui.autopilot import drive
from wizard.ui.theme import colour
from wizard.ui.widgets import ReadableText

B = QWizard.WizardButton
KEY = Qt.Key


def describe(widget: QWidget | None) -> str:
    if widget is None:
        return "nothing"
    iface = QAccessible.queryAccessibleInterface(widget)
    said = iface.text(QAccessible.Text.Name)[:40] if iface is not None else ""
    return f"{type(widget).__name__} {widget.objectName()!r} {said!r}"


def ring_pixels(widget: QWidget) -> int:
    """Pixels of (about) the focus colour in what the widget shows now: the style may tint it
    a little (Fusion draws its own focus frame over a keyboard-focused radio button)."""
    image = widget.grab().toImage()
    focus = QColor(colour("focus"))
    near = 0
    for y in range(0, image.height(), 2):  # every other pixel is plenty for a 3 px ring
        for x in range(0, image.width(), 2):
            c = image.pixelColor(x, y)
            near += max(abs(c.red() - focus.red()), abs(c.green() - focus.green()),
                        abs(c.blue() - focus.blue())) <= 40
    return near


def focus_problem(wizard) -> str | None:
    """Why the focus is lost or invisible now, or None."""
    w = QApplication.focusWidget()
    if w is None:
        return "the focus is lost"
    if w.window() is not wizard:
        return f"the focus is outside the window: {describe(w)}"
    if not w.isVisible():
        return f"the focus is on a hidden widget: {describe(w)}"
    if isinstance(w, QAbstractScrollArea) or isinstance(w, QWizard) or w is wizard.currentPage():
        return f"the focus is on a container that shows no ring: {describe(w)}"
    if w.visibleRegion().isEmpty():
        return f"the focus is scrolled out of sight: {describe(w)}"
    if ring_pixels(w) == 0:
        return f"the focused widget shows no focus ring: {describe(w)}"
    return None


def active(qtbot, wizard):
    with qtbot.waitActive(wizard):
        wizard.activateWindow()
    return wizard


def press(qtbot, wizard, key, modifier=Qt.KeyboardModifier.NoModifier) -> QWidget:
    qtbot.keyClick(QApplication.focusWidget() or wizard, key, modifier)
    QApplication.processEvents()
    problem = focus_problem(wizard)
    assert problem is None, f"{wizard.current_key()}: after {key.name}: {problem}"
    return QApplication.focusWidget()


def tab_until(qtbot, wizard, wanted, limit=60) -> list[QWidget]:
    """Tab (checking the focus after every press) until `wanted(focus)`; the stops passed."""
    passed = [QApplication.focusWidget()]
    for _ in range(limit):
        if wanted(passed[-1]):
            return passed
        passed.append(press(qtbot, wizard, KEY.Key_Tab))
    raise AssertionError(f"{wizard.current_key()}: Tab never reached it; passed "
                         + ", ".join(describe(w) for w in passed))


# --- focus on arrival ----------------------------------------------------------------------------
def test_focus_on_arrival_is_the_page_heading_and_its_ring_shows(qtbot, isolated_data):
    wizard = active(qtbot, make_wizard(qtbot, isolated_data))
    scenario = SCENARIOS["route-r"]
    seen = []
    for stop in ["welcome", "q:legal_person_account", "route", "details", "step:R1",
                 "step:R5", "summary"]:
        if stop != "welcome":
            drive(wizard, scenario.answers, stop_at=stop)
        QApplication.processEvents()
        page = wizard.currentPage()
        focus = QApplication.focusWidget()
        assert focus is page.heading, f"{stop}: focus on arrival is {describe(focus)}"
        assert isinstance(focus, ReadableText) and focus.visibleRegion().boundingRect() == focus.rect()
        iface = QAccessible.queryAccessibleInterface(focus)
        said = iface.text(QAccessible.Text.Name) + "\n" + iface.text(QAccessible.Text.Description)
        assert page.heading.accessibleName() in said  # the title …
        assert page.purpose and page.purpose in said  # … and what the page is for
        # The ring is seen: the heading looks different with and without the focus.
        with_focus = focus.grab().toImage()
        focus.clearFocus()
        QApplication.processEvents()
        without = focus.grab().toImage()
        assert with_focus != without, f"{stop}: the focus ring does not show"
        assert ring_pixels(focus) == 0 and (focus.setFocus() or True)
        seen.append(stop)
    assert seen[-1] == "summary"


# --- key presses alone, both routes --------------------------------------------------------------
def keyboard_only(qtbot, wizard, scenario) -> dict[str, list[QWidget]]:
    """From the welcome page to the summary with Tab, arrows, Space and Enter; every page's
    Tab stops on the way. Fails on any lost or invisible focus (see press)."""
    stops: dict[str, list[QWidget]] = {}
    assert focus_problem(wizard) is None, f"welcome: {focus_problem(wizard)}"
    press(qtbot, wizard, KEY.Key_Return)  # 开始
    for _ in range(40):
        key = wizard.current_key()
        page = wizard.currentPage()
        assert focus_problem(wizard) is None, f"{key} on arrival: {focus_problem(wizard)}"
        if key == "summary":
            return stops
        if key.kind == "question":
            want = page.buttons[scenario.answers[key.id]]
            stops[key] = tab_until(qtbot, wizard, lambda w: isinstance(w, QRadioButton))
            for _ in range(len(page.buttons)):
                if QApplication.focusWidget() is want:
                    break
                press(qtbot, wizard, KEY.Key_Down)
            press(qtbot, wizard, KEY.Key_Space)
            assert want.isChecked()
        elif key == "route":
            stops[key] = tab_until(qtbot, wizard, lambda w: isinstance(w, QRadioButton))
            radio = QApplication.focusWidget()
            assert radio.isChecked(), f"Tab reached {radio.text()!r}, not the chosen route"
        elif key.kind == "step":
            stops[key] = tab_until(qtbot, wizard, lambda w, tick=page.done_box: w is tick)
            press(qtbot, wizard, KEY.Key_Space)
            assert page.done_box.isChecked()
        press(qtbot, wizard, KEY.Key_Return)
        assert wizard.current_key() != key, f"Enter did not move on from {key}"
    raise AssertionError("the keyboard never reached the summary")


@pytest.mark.parametrize("name", ["route-r", "route-s"])
def test_keys_alone_reach_the_summary_and_focus_is_never_lost(qtbot, isolated_data, name):
    wizard = active(qtbot, make_wizard(qtbot, isolated_data))
    stops = keyboard_only(qtbot, wizard, SCENARIOS[name])
    assert wizard.current_key() == "summary"
    p = wizard.session.progress
    assert all(p.status(s) == "done" for s in p.plan().step_ids)
    assert p.plan().route == SCENARIOS[name].expected_route
    # On the way, Tab passed every step's numbered instructions and the route's step list.
    for key, passed in stops.items():
        if key.kind == "step":
            texts = [w for w in passed if isinstance(w, ReadableText)]
            assert any("\n1. " in w.accessibleName() for w in texts), key


# --- the order of Tab ----------------------------------------------------------------------------
def test_tab_goes_through_the_footer_from_left_to_right(qtbot, isolated_data):
    wizard = active(qtbot, make_wizard(qtbot, isolated_data))
    drive(wizard, SCENARIOS["route-s-init"].answers, stop_at="step:S3")
    page = wizard.currentPage()
    page.tick()  # (Next takes the focus only once it can be pressed)
    footer = [wizard.button(b) for b in (B.CancelButton, B.CustomButton2, B.CustomButton3,  # 帮助
                                          B.BackButton, B.CustomButton1, B.NextButton)]
    xs = [b.mapTo(wizard, b.rect().topLeft()).x() for b in footer]
    assert xs == sorted(xs)  # as on the screen
    page.done_box.setFocus()
    for button in footer:
        reached = press(qtbot, wizard, KEY.Key_Tab)
        assert reached is button, f"Tab reached {describe(reached)}"
    for button in reversed(footer[:-1]):
        assert press(qtbot, wizard, KEY.Key_Backtab) is button


def test_start_comes_after_the_settings_on_the_welcome_page(qtbot, isolated_data):
    wizard = active(qtbot, make_wizard(qtbot, isolated_data))
    welcome = wizard.welcome
    welcome.language_buttons["zh_CN"].setFocus()
    passed = tab_until(qtbot, wizard, lambda w: w is wizard.button(B.NextButton))
    order = [welcome.language_buttons["zh_CN"], welcome.display_row.contrast, welcome.heading,
             wizard.button(B.CancelButton), wizard.button(B.CustomButton2),
             wizard.button(B.NextButton)]
    assert all(w in passed for w in order), [describe(w) for w in passed]
    assert [passed.index(w) for w in order] == sorted(passed.index(w) for w in order)


def test_after_editing_an_answer_the_focus_returns_to_its_edit_button(qtbot, isolated_data):
    wizard = active(qtbot, make_wizard(qtbot, isolated_data))
    drive(wizard, SCENARIOS["route-s-init"].answers)
    summary = wizard.currentPage()
    question = "trust_level_l2"
    summary.edit_buttons[question].setFocus()
    press(qtbot, wizard, KEY.Key_Space)  # 修改
    assert wizard.current_key() == f"q:{question}"
    press(qtbot, wizard, KEY.Key_Return)  # the answer stays: Next goes straight back
    assert wizard.current_key() == "summary"
    assert QApplication.focusWidget() is wizard.summary.edit_buttons[question]
    # and for the employer's details
    wizard.summary.employer.edit_button.setFocus()
    press(qtbot, wizard, KEY.Key_Space)
    assert wizard.current_key() == "details"
    press(qtbot, wizard, KEY.Key_Return)
    assert wizard.current_key() == "summary"
    assert QApplication.focusWidget() is wizard.summary.employer.edit_button


# --- language -----------------------------------------------------------------------------------
def test_ctrl_l_opens_the_language_menu_on_the_current_language(qtbot, isolated_data):
    wizard = active(qtbot, make_wizard(qtbot, isolated_data))
    wizard.set_language("zh_HK")
    opened = []

    def check_menu():
        menu = wizard.language_menu
        qtbot.waitUntil(menu.isVisible)
        opened.append((menu.activeAction(), QAccessible.queryAccessibleInterface(menu)
                       .text(QAccessible.Text.Name)))
        menu.hide()

    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, check_menu)  # the menu runs its own loop while it is open
    qtbot.keyClick(QApplication.focusWidget() or wizard, KEY.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(opened))
    action, name = opened[0]
    assert action is wizard.language_actions["zh_HK"] and action.isChecked()
    assert name == "切換語言"
    wizard.set_language("zh_CN")


def test_the_language_choices_are_one_radio_group(qtbot, isolated_data):
    wizard = active(qtbot, make_wizard(qtbot, isolated_data))
    buttons = wizard.welcome.language_buttons
    for code, button in buttons.items():
        iface = QAccessible.queryAccessibleInterface(button)
        assert iface.role() == QAccessible.Role.RadioButton, code
        assert iface.state().checked == (code == "zh_CN")
    # One tab stop: the chosen language; the arrows choose another, as in a radio group.
    assert [w for w in wizard.tab_stops() if w in buttons.values()] == [buttons["zh_CN"]]
    buttons["zh_CN"].setFocus()
    press(qtbot, wizard, KEY.Key_Right)
    assert wizard.language() == "zh_HK"
    assert QApplication.focusWidget() is wizard.welcome.language_buttons["zh_HK"]
    press(qtbot, wizard, KEY.Key_Left)
    assert wizard.language() == "zh_CN"
    assert QApplication.focusWidget() is wizard.welcome.language_buttons["zh_CN"]


# --- keys that scroll and keys that must not harm -----------------------------------------------
def test_arrows_and_page_down_on_a_text_scroll_the_page(qtbot, isolated_data):
    wizard = active(qtbot, make_wizard(qtbot, isolated_data))
    drive(wizard, SCENARIOS["route-s-init"].answers, stop_at="step:S3")
    bar = wizard.currentPage().scroll.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    heading = QApplication.focusWidget()
    # (Scrolling may take the focused text out of sight, as in a browser: no press() here.)
    qtbot.keyClick(heading, KEY.Key_Down)
    assert bar.value() > 0
    qtbot.keyClick(heading, KEY.Key_PageDown)
    below = bar.value()
    wizard.button(B.BackButton).setFocus()  # from the footer too
    qtbot.keyClick(wizard.button(B.BackButton), KEY.Key_PageDown)
    assert bar.value() > below
    qtbot.keyClick(wizard.button(B.BackButton), KEY.Key_PageUp)
    assert bar.value() < below + bar.pageStep()
    press(qtbot, wizard, KEY.Key_Tab)  # and Tab brings what it reaches back into sight


def test_esc_in_a_field_closes_nothing_and_alt_n_moves_on(qtbot, isolated_data):
    wizard = active(qtbot, make_wizard(qtbot, isolated_data))
    drive(wizard, SCENARIOS["route-s-init"].answers, stop_at="details")
    edit = wizard.currentPage().edits["unit_name"]
    edit.setFocus()
    press(qtbot, wizard, KEY.Key_Escape)  # leaves nothing, closes nothing
    assert wizard.isVisible() and wizard.current_key() == "details"
    press(qtbot, wizard, KEY.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: wizard.current_key() == "step:S3")  # (a mnemonic animates its click)
    assert QApplication.focusWidget() is wizard.currentPage().heading
