"""Only questions that can still change the plan are asked; navigation follows the plan."""

from __future__ import annotations

from itertools import product

from hypothesis import given, settings
from hypothesis import strategies as st

from wizard.flow import QUESTION_ORDER, Answers, plan, relevant_questions
from wizard.flow.interview import is_relevant
from wizard.flow.navigation import (
    DETAILS,
    ROUTE,
    SUMMARY,
    WELCOME,
    next_page,
    path_to,
    question_key,
)
from wizard.flow.plan import plan_signature
from wizard.flow.situation import ANSWER_VALUES

answers_strategy = st.fixed_dictionaries(
    {}, optional={q: st.sampled_from(v) for q, v in ANSWER_VALUES.items()})


def interview(full: dict[str, str], override=None) -> tuple[list[str], Answers]:
    """Answer as the wizard asks, from a full set of true answers."""
    answers, asked = Answers(), []
    page = next_page(WELCOME, answers, override, plan(answers.situation(override)))
    while page.startswith("q:"):
        q = page[2:]
        asked.append(q)
        setattr(answers, q, full[q])
        page = next_page(page, answers, override, plan(answers.situation(override)))
    assert page == ROUTE
    return asked, answers


def test_irrelevant_question_cannot_change_the_plan():
    answers = Answers(legal_person_account="yes", trust_level_l2="yes",
                      provincial_login_initialized="yes")
    assert not is_relevant("operator_personal_account", answers)
    assert not is_relevant("verification_means", answers)
    assert not is_relevant("unit_hrss_account", answers)


def test_no_account_is_never_asked_about_its_trust_level():
    assert "trust_level_l2" not in relevant_questions(Answers(legal_person_account="no"))


@settings(max_examples=150, deadline=None)
@given(st.fixed_dictionaries({q: st.sampled_from(v) for q, v in ANSWER_VALUES.items()}),
       st.sampled_from([None, "S", "R"]))
def test_interview_reaches_the_true_plan(full, override):
    asked, answers = interview(full, override)
    truth = plan_signature(Answers(**full).situation(override))
    assert plan_signature(answers.situation(override)) == truth
    assert asked == [q for q in QUESTION_ORDER if q in asked]  # in order, none twice


def test_every_skipped_question_is_truly_irrelevant_exhaustively():
    # For every true situation, changing any question the interview skipped changes nothing.
    for values in product(*ANSWER_VALUES.values()):
        full = dict(zip(ANSWER_VALUES, values, strict=True))
        asked, _ = interview(full)
        for q in set(QUESTION_ORDER) - set(asked):
            for v in ANSWER_VALUES[q]:
                changed = Answers(**{**full, q: v}).situation()
                assert plan_signature(changed) == plan_signature(Answers(**full).situation())


@settings(max_examples=60, deadline=None)
@given(answers_strategy)
def test_path_to_summary_visits_each_planned_step_once(given_answers):
    answers = Answers(**given_answers)
    p = plan(answers.situation())
    path = path_to(SUMMARY, answers, None, p)
    if path == [WELCOME]:  # open questions remain: the path stops at the first one
        return
    steps = [k[5:] for k in path if k.startswith("step:")]
    assert steps == p.step_ids


def test_edit_from_summary_returns_to_summary():
    answers = Answers(legal_person_account="no", verification_means="none",
                      operator_personal_account="none", unit_hrss_account="no",
                      authorization="not_started")
    p = plan(answers.situation())
    page = question_key("unit_hrss_account")
    assert next_page(page, answers, None, p, returning_to_summary=True) == SUMMARY


def test_switching_route_asks_the_new_routes_questions():
    answers = Answers(legal_person_account="yes", trust_level_l2="yes",
                      provincial_login_initialized="yes")
    p = plan(answers.situation("R"))
    assert next_page(ROUTE, answers, "R", p) == question_key("operator_personal_account")


# --- the optional employer-details page --------------------------------------------------------
def _route_r():
    answers = Answers(legal_person_account="no", verification_means="none",
                      operator_personal_account="none", unit_hrss_account="no",
                      authorization="not_started")
    return answers, plan(answers.situation())


def test_details_page_comes_once_between_the_route_and_the_first_step():
    answers, p = _route_r()
    assert next_page(ROUTE, answers, None, p) == DETAILS
    assert next_page(DETAILS, answers, None, p) == "step:R1"
    assert next_page(ROUTE, answers, None, p, details_seen=True) == "step:R1"
    assert path_to(SUMMARY, answers, None, p)[:-1].count(DETAILS) == 1
    assert DETAILS not in path_to(SUMMARY, answers, None, p, details_seen=True)


def test_open_questions_still_come_before_the_details_page():
    answers = Answers(legal_person_account="yes", trust_level_l2="yes",
                      provincial_login_initialized="yes")
    p = plan(answers.situation("R"))
    assert next_page(ROUTE, answers, "R", p) == question_key("operator_personal_account")


def test_details_detour_from_the_summary_or_r5_and_back():
    answers, p = _route_r()
    assert next_page(SUMMARY, answers, None, p) is None
    for origin in (SUMMARY, "step:R5"):
        assert next_page(origin, answers, None, p, details_seen=True, detour=origin) == DETAILS
        assert next_page(DETAILS, answers, None, p, details_seen=True, detour=origin) == origin


def test_resuming_on_the_details_page_finds_it_even_when_seen():
    answers, p = _route_r()
    for seen in (False, True):
        path = path_to(DETAILS, answers, None, p, details_seen=seen)
        assert path[-2:] == [ROUTE, DETAILS]
    assert path_to("step:R2", answers, None, p, details_seen=True)[-3:] == [
        ROUTE, "step:R1", "step:R2"]
