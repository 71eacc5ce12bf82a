"""The window, walked by pytest-qt from the welcome page to the summary."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWizard

from tests.ui_helpers import (
    NEXT,
    click,
    click_next,
    keyboard_walk,
    make_wizard,
    mouse_walk,
    steps_of,
)
from wizard.selftest import SCENARIOS
from wizard.ui.widgets import LinkRow

C = ["C1", "C2", "C3", "C4", "C5"]


def visible_text(widget) -> str:
    return "\n".join(w.text() for w in widget.findChildren(QLabel) if w.isVisibleTo(widget))


@pytest.mark.parametrize("name, expected", [
    ("route-s", ["S1", "S2", "S3", "R1", "S4", "S5", *C]),
    ("route-s-init", ["S3", *C]),
    ("route-r", ["R1", "R2", "R3", "R4", "R5", "R6", "R7", *C]),
])
def test_walk_to_summary(qtbot, isolated_data, name, expected):
    wizard = make_wizard(qtbot, isolated_data)
    keys = mouse_walk(qtbot, wizard, SCENARIOS[name].answers)
    assert steps_of(keys) == expected
    assert keys[-1] == "summary"
    summary = visible_text(wizard.currentPage())
    assert "全部完成" in summary
    assert "12 月 31 日" in summary  # the deadline, from content
    # The journey panel lists exactly the plan's steps, each marked done with a word.
    panel = wizard.side
    for step in expected:
        assert "已完成" in panel.rows[step].text() and "✔" in panel.rows[step].text()


def test_route_r_resumed_at_r6_after_closing_and_reopening(qtbot, isolated_data):
    applied = date(2026, 11, 20)
    wizard = make_wizard(qtbot, isolated_data, today=lambda: applied)
    keys = mouse_walk(qtbot, wizard, SCENARIOS["route-r"].answers, stop_at="step:R6")
    assert steps_of(keys) == ["R1", "R2", "R3", "R4", "R5", "R6"]
    page = wizard.currentPage()
    assert "等待" in visible_text(page) and page.close_for_now is not None
    click(qtbot, page.close_for_now)  # "先关闭程序，收到短信再回来"
    assert not wizard.isVisible()

    later = applied + timedelta(days=3)
    reopened = make_wizard(qtbot, isolated_data, today=lambda: later)
    assert reopened.current_key() == "welcome"
    welcome_text = visible_text(reopened.currentPage())
    assert "已等待 3 天" in welcome_text
    click(qtbot, reopened.welcome.resume_button)
    assert reopened.current_key() == "step:R6"
    assert "已等待 3 天" in visible_text(reopened.currentPage())
    assert "2026年11月20日" in visible_text(reopened.currentPage())
    assert "等待短信" not in reopened.side.rows["R6"].text()  # it is current now
    assert "当前" in reopened.side.rows["R6"].text()
    # Back still works after resuming: the history was rebuilt along the route.
    click(qtbot, reopened.button(QWizard.WizardButton.BackButton))
    assert reopened.current_key() == "step:R5"
    assert "等待短信" in reopened.side.rows["R6"].text()


def test_applied_waiting_answer_resumes_at_r6(qtbot, isolated_data):
    wizard = make_wizard(qtbot, isolated_data)
    keys = mouse_walk(qtbot, wizard, SCENARIOS["route-r-wait"].answers, stop_at="step:R6")
    assert steps_of(keys) == ["R6"]
    page = wizard.currentPage()
    assert "正在等待" in visible_text(page)
    assert page.applied_edit is not None  # asks for the date it was applied for
    page.applied_edit.setDate(page.applied_edit.date().addDays(-2))
    assert wizard.session.progress.days_waited() == 2


def test_an_application_date_in_the_future_is_refused_and_a_saved_one_is_a_mistake(qtbot,
                                                                                  isolated_data):
    """Issue 14 item 11: latest = today in the picker; a loaded future date is shown to correct."""
    today = date(2026, 11, 20)
    wizard = make_wizard(qtbot, isolated_data, today=lambda: today)
    mouse_walk(qtbot, wizard, SCENARIOS["route-r-wait"].answers, stop_at="step:R6")
    edit = wizard.currentPage().applied_edit
    assert edit.maximumDate().toPython() == today
    edit.setDate(edit.date().addDays(-2))
    assert wizard.session.progress.applied_on == today - timedelta(days=2)
    edit.setDate(edit.date().addDays(7))  # five days ahead: the picker stops at today
    assert edit.date().toPython() == today and wizard.session.progress.applied_on == today

    wizard.close()
    [file] = (isolated_data / "profiles").glob("*.json")
    saved = json.loads(file.read_text(encoding="utf-8"))
    saved["progress"]["applied_on"] = "2026-12-25"  # a wrong clock, or a hand edit
    file.write_text(json.dumps(saved), encoding="utf-8")
    reopened = make_wizard(qtbot, isolated_data, today=lambda: today)
    click(qtbot, reopened.welcome.resume_button)
    page = reopened.currentPage()
    assert reopened.current_key() == "step:R6"
    assert "2026年12月25日，在今天之后" in visible_text(page)
    assert page.applied_edit.date().toPython() == today
    assert reopened.session.progress.applied_on == date(2026, 12, 25)  # shown, never silently changed


def test_progress_is_saved_after_every_change(qtbot, isolated_data):
    wizard = make_wizard(qtbot, isolated_data)
    click_next(qtbot, wizard)
    click(qtbot, wizard.currentPage().buttons["no"])
    [file] = (isolated_data / "profiles").glob("*.json")  # one employer, one file
    saved = json.loads(file.read_text(encoding="utf-8"))["progress"]
    assert saved["answers"]["legal_person_account"] == "no"
    assert saved["current_page"] == "q:legal_person_account"


def test_later_marks_the_step_and_moves_on(qtbot, isolated_data):
    wizard = make_wizard(qtbot, isolated_data)
    mouse_walk(qtbot, wizard, SCENARIOS["route-s-init"].answers, stop_at="step:S3")
    later = wizard.button(QWizard.WizardButton.CustomButton1)
    assert later.isVisible() and later.text() == "稍后再做"
    click(qtbot, later)
    assert wizard.current_key() == "step:C1"
    assert wizard.session.progress.status("S3") == "later"
    assert "稍后再做" in wizard.side.rows["S3"].text()


def test_unsure_answer_shows_how_to_check_first(qtbot, isolated_data):
    answers = {**SCENARIOS["route-s"].answers, "legal_person_account": "unsure"}
    wizard = make_wizard(qtbot, isolated_data)
    mouse_walk(qtbot, wizard, answers, stop_at="step:S1")
    text = visible_text(wizard.currentPage())
    assert "不确定" in text and "如果这一步已经做过" in text
    assert wizard.session.content.steps["S1"].check_first in text


MAY_BE_AT_L2 = dict(legal_person_account="unsure", trust_level_l2="unsure", verification_means="none",
                    provincial_login_initialized="yes", operator_personal_account="verified",
                    unit_hrss_account="yes", authorization="not_started")


@pytest.mark.parametrize("step", ["S1", "S2"])
def test_a_may_be_at_l2_check_page_says_how_to_check_and_switches_to_route_r(qtbot, isolated_data,
                                                                             step):
    """Rule 3: route S checking first; when the check fails, route R is one click away."""
    wizard = make_wizard(qtbot, isolated_data)
    mouse_walk(qtbot, wizard, MAY_BE_AT_L2, stop_at=f"step:{step}")
    page = wizard.currentPage()
    text = visible_text(page)
    assert wizard.session.plan().route_reason == "route.S.check_first"
    assert wizard.session.content.steps[step].check_first in text
    assert page.switch_button is not None and page.switch_button.isVisibleTo(page)
    assert "广东人社统一认证" in page.switch_button.text()
    click(qtbot, page.switch_button)
    # The route page says the new route; its Next asks route R's own questions (never asked
    # on route S), then comes back to it.
    assert wizard.current_key() == "route"
    assert wizard.session.progress.route_override == "R" and wizard.session.plan().route == "R"
    assert wizard.session.content.texts.reasons["route.R.chosen"] in visible_text(wizard.currentPage())
    assert click_next(qtbot, wizard) == "q:operator_personal_account"
    mouse_walk(qtbot, wizard, MAY_BE_AT_L2, stop_at="route")
    assert "广东人社统一认证" in visible_text(wizard.currentPage())
    keys = mouse_walk(qtbot, wizard, MAY_BE_AT_L2)  # the rest of route R, nothing of route S
    assert steps_of(keys) == ["R3", "R4", "R5", "R6", "R7", *C]


def test_no_switch_where_route_s_works_anyway(qtbot, isolated_data):
    wizard = make_wizard(qtbot, isolated_data)
    mouse_walk(qtbot, wizard, {**MAY_BE_AT_L2, "verification_means": "both"}, stop_at="step:S1")
    assert wizard.currentPage().switch_button is None


def test_route_page_explains_and_switches(qtbot, isolated_data):
    wizard = make_wizard(qtbot, isolated_data)
    answers = SCENARIOS["route-r-chosen"].answers
    mouse_walk(qtbot, wizard, answers, stop_at="route")
    page = wizard.currentPage()
    text = visible_text(page)
    assert "广东省统一身份认证" in text and "（推荐）" in page.route_buttons["S"].text()
    assert wizard.session.content.texts.reasons["route.S.already_l2"] in text
    click(qtbot, page.route_buttons["R"])
    assert wizard.session.progress.route_override == "R"
    # The new route needs answers the interview did not ask: they come next, then the route.
    assert click_next(qtbot, wizard) == "q:operator_personal_account"
    for q in ("operator_personal_account", "unit_hrss_account", "authorization"):
        assert wizard.current_key() == f"q:{q}"
        click(qtbot, wizard.currentPage().buttons[answers[q]])
        click_next(qtbot, wizard)
    assert wizard.current_key() == "route"
    assert "广东人社统一认证" in visible_text(wizard.currentPage())
    assert click_next(qtbot, wizard) == "details"  # the optional employer details, once
    assert click_next(qtbot, wizard) == "step:R7"


def test_impossible_route_is_said_plainly(qtbot, isolated_data):
    wizard = make_wizard(qtbot, isolated_data)
    mouse_walk(qtbot, wizard, SCENARIOS["route-r"].answers, stop_at="route")
    click(qtbot, wizard.currentPage().route_buttons["S"])
    text = visible_text(wizard.currentPage())
    assert wizard.session.content.texts.reasons["warning.S_not_possible"] in text


def test_summary_edit_goes_to_question_and_back(qtbot, isolated_data):
    wizard = make_wizard(qtbot, isolated_data)
    mouse_walk(qtbot, wizard, SCENARIOS["route-r-wait"].answers)
    summary = wizard.currentPage()
    assert set(summary.edit_buttons) >= {"legal_person_account", "authorization"}
    assert "R6" in wizard.side.rows
    click(qtbot, summary.edit_buttons["authorization"])
    assert wizard.current_key() == "q:authorization"
    click(qtbot, wizard.currentPage().buttons["done"])
    assert click_next(qtbot, wizard) == "summary"
    assert wizard.session.progress.answers["authorization"] == "done"
    assert "R6" not in wizard.side.rows  # the changed answer took R6 out of the plan
    assert "R3" not in wizard.side.rows and "R7" in wizard.side.rows


def test_side_panel_marks_current_with_word_and_icon(qtbot, isolated_data):
    wizard = make_wizard(qtbot, isolated_data)
    mouse_walk(qtbot, wizard, SCENARIOS["route-s-init"].answers, stop_at="step:C2")
    rows = wizard.side.rows
    assert rows["C2"].text().startswith("▶") and "当前" in rows["C2"].text()
    assert rows["C3"].text().startswith("○") and "待办" in rows["C3"].text()
    assert rows["S3"].text().startswith("✔") and "已完成" in rows["S3"].text()


def test_damaged_progress_is_told_in_one_sentence(qtbot, isolated_data):
    isolated_data.mkdir(parents=True)
    (isolated_data / "progress.json").write_text("{broken", encoding="utf-8")
    wizard = make_wizard(qtbot, isolated_data)
    assert "已损坏" in visible_text(wizard.currentPage())
    assert any(p.name.endswith(".bak") for p in isolated_data.iterdir())


def test_restart_asks_then_clears(qtbot, isolated_data):
    first = make_wizard(qtbot, isolated_data)
    mouse_walk(qtbot, first, SCENARIOS["route-s-init"].answers, stop_at="step:C1")
    first.close()
    wizard = make_wizard(qtbot, isolated_data)
    welcome = wizard.welcome
    click(qtbot, welcome.restart_button)
    assert welcome.confirm_box.isVisible()
    assert wizard.session.progress.answers  # nothing cleared before confirming
    click(qtbot, welcome.confirm_restart)
    assert wizard.session.progress.answers == {}
    assert welcome.resume_button is None


def test_links_open_only_gov_https(qtbot, isolated_data, monkeypatch):
    opened = []
    monkeypatch.setattr("wizard.ui.widgets.QDesktopServices.openUrl",
                        lambda url: opened.append(url.toString()) or True)
    wizard = make_wizard(qtbot, isolated_data)
    mouse_walk(qtbot, wizard, SCENARIOS["route-s-init"].answers, stop_at="step:S3")
    link_rows = wizard.currentPage().findChildren(LinkRow)
    assert link_rows
    click(qtbot, link_rows[0].open_button)
    assert opened == ["https://ggfw.hrss.gd.gov.cn/isso/login.html"]
    assert wizard.opener.open("https://example.com/phish") is False
    assert len(opened) == 1
    click(qtbot, link_rows[0].copy_button)
    assert QApplication.clipboard().text() == "https://ggfw.hrss.gd.gov.cn/isso/login.html"


def test_no_input_field_for_secrets(qtbot, isolated_data):
    wizard = make_wizard(qtbot, isolated_data)
    keys = mouse_walk(qtbot, wizard, SCENARIOS["route-r"].answers)
    assert keys[-1] == "summary"
    for page in wizard.pages.values():
        for edit in page.findChildren(QLineEdit):
            # Qt's own date editor lines, and the optional employer details: the unit's name
            # and public codes, the operator's name and mobile. None is a password.
            assert edit.echoMode() == QLineEdit.EchoMode.Normal
            if edit.parent().metaObject().className() == "QDateEdit":
                continue
            assert page.key == "details"
            assert edit.objectName() in {
                "employer_unit_name", "employer_uscc", "employer_org_code",
                "employer_management_code", "employer_operator_name",
                "employer_operator_mobile"}


def test_keyboard_only_walk(qtbot, isolated_data):
    """Tab, arrows, Space and Enter alone take the user from welcome to summary."""
    wizard = make_wizard(qtbot, isolated_data)
    with qtbot.waitActive(wizard):
        wizard.activateWindow()
    keyboard_walk(qtbot, wizard, SCENARIOS["route-s-init"].answers)
    assert wizard.current_key() == "summary"
    p = wizard.session.progress
    assert [s for s in p.plan().step_ids if p.status(s) == "done"] == ["S3", *C]


def test_next_waits_for_an_answer(qtbot, isolated_data):
    wizard = make_wizard(qtbot, isolated_data)
    click_next(qtbot, wizard)
    assert not wizard.button(NEXT).isEnabled()
    click(qtbot, wizard.currentPage().buttons["yes"])
    assert wizard.button(NEXT).isEnabled()
