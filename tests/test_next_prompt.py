"""Next on a step page is never a disabled button without a reason (issue 17, GOV.UK: avoid
disabled buttons): pressed without the tick, the page asks whether the step is done or should be
left for later — inline, by keyboard as well as by mouse, and said to a screen reader."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui_helpers import NEXT, click, make_wizard, mouse_walk
from wizard.selftest import SCENARIOS
from wizard.ui import next_prompt
from wizard.ui.widgets import plain_text


def at_first_step(qtbot, data, spoken=None, monkeypatch=None):
    if monkeypatch is not None:
        monkeypatch.setattr(next_prompt.accessible, "announce",
                            lambda widget, text, assertive=False: spoken.append(text))
    wizard = make_wizard(qtbot, data)
    mouse_walk(qtbot, wizard, SCENARIOS["route-r"].answers, stop_at="step:R1")
    assert wizard.current_key() == "step:R1"
    return wizard


def test_next_is_never_disabled_on_a_step_and_asks_when_the_tick_is_missing(
        qtbot, isolated_data, monkeypatch):
    spoken: list[str] = []
    wizard = at_first_step(qtbot, isolated_data, spoken, monkeypatch)
    page = wizard.currentPage()
    assert wizard.button(NEXT).isEnabled()
    assert not page.next_prompt.isVisible()
    click(qtbot, wizard.button(NEXT))
    assert wizard.current_key() == "step:R1"  # not moved on
    prompt = page.next_prompt
    assert prompt.isVisible()
    asked = plain_text(prompt.question)
    assert "这一步做完了吗" in asked and "我已完成这一步" in asked
    assert spoken and "这一步做完了吗" in spoken[-1]  # a screen reader hears the question
    assert prompt.done_button.isVisible() and prompt.later_button.isVisible()
    assert page.session.progress.status("R1") == "todo"  # nothing decided for the user


@pytest.mark.parametrize("answer, status", [("done_button", "done"), ("later_button", "later")])
def test_either_answer_decides_the_step_and_goes_on(qtbot, isolated_data, answer, status):
    wizard = at_first_step(qtbot, isolated_data)
    page = wizard.currentPage()
    click(qtbot, wizard.button(NEXT))
    click(qtbot, getattr(page.next_prompt, answer))  # 做完了 / 稍后再做
    assert page.session.progress.status("R1") == status
    assert wizard.current_key() == "step:R2"


def test_coming_back_the_question_is_asked_afresh(qtbot, isolated_data):
    wizard = at_first_step(qtbot, isolated_data)
    page = wizard.currentPage()
    click(qtbot, wizard.button(NEXT))
    click(qtbot, page.next_prompt.later_button)
    click(qtbot, wizard.button(wizard.WizardButton.BackButton))
    assert wizard.current_key() == "step:R1" and not page.next_prompt.isVisible()


def test_ticking_answers_the_question(qtbot, isolated_data):
    wizard = at_first_step(qtbot, isolated_data)
    page = wizard.currentPage()
    click(qtbot, wizard.button(NEXT))
    click(qtbot, page.done_box)
    assert not page.next_prompt.isVisible()
    click(qtbot, wizard.button(NEXT))
    assert wizard.current_key() == "step:R2"


def test_the_question_by_keyboard_alone(qtbot, isolated_data):
    wizard = at_first_step(qtbot, isolated_data)
    with qtbot.waitActive(wizard):
        wizard.activateWindow()
    page = wizard.currentPage()
    assert QApplication.focusWidget() is page.heading  # arrived: the title
    wizard.button(NEXT).setFocus()
    qtbot.keyClick(wizard.button(NEXT), Qt.Key.Key_Space)
    prompt = page.next_prompt
    assert QApplication.focusWidget() is prompt.question  # the question is read first
    qtbot.keyClick(prompt.question, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is prompt.done_button
    qtbot.keyClick(prompt.done_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is prompt.later_button
    qtbot.keyClick(prompt.later_button, Qt.Key.Key_Space)
    assert wizard.current_key() == "step:R2"
    assert page.session.progress.status("R1") == "later"
    assert QApplication.focusWidget() is wizard.currentPage().heading  # the next page's title


def test_the_question_speaks_each_language(qtbot, isolated_data):
    wizard = at_first_step(qtbot, isolated_data)
    click(qtbot, wizard.button(NEXT))
    wizard.set_language("en")
    page = wizard.currentPage()
    click(qtbot, wizard.button(NEXT))
    assert "Have you done this step?" in plain_text(page.next_prompt.question)
    wizard.set_language("zh_CN")
