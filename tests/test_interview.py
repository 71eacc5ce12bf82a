"""Only questions that can still change the plan are asked; the journey through the pages
(history, detours, reset) follows the plan — all without Qt, property-tested."""

from __future__ import annotations

from itertools import product

from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from wizard.flow import QUESTION_ORDER, QUESTIONS, relevant_questions, situation_of
from wizard.flow.interview import is_relevant
from wizard.flow.journey import (
    DETAILS,
    ROUTE,
    SUMMARY,
    WELCOME,
    Journey,
    PageKey,
    next_page,
    path_to,
    question_key,
    step_key,
)
from wizard.flow.plan import signature_of
from wizard.store.progress import Progress

answers_strategy = st.fixed_dictionaries(
    {}, optional={q: st.sampled_from(v) for q, v in QUESTIONS.items()})


def signature(answers: dict, override=None) -> tuple:
    sit = situation_of(answers, override)
    return signature_of(sit.values, override)


def interview(full: dict[str, str], override=None) -> tuple[list[str], dict]:
    """Answer as the wizard asks, from a full set of true answers."""
    progress = Progress(route_override=override)
    asked = []
    page = next_page(WELCOME, progress)
    while page.kind == "question":
        asked.append(page.id)
        progress.answers[page.id] = full[page.id]
        page = next_page(page, progress)
    assert page == ROUTE
    return asked, progress.answers


def test_irrelevant_question_cannot_change_the_plan():
    answers = dict(legal_person_account="yes", trust_level_l2="yes",
                   provincial_login_initialized="yes")
    assert not is_relevant("operator_personal_account", answers)
    assert not is_relevant("verification_means", answers)
    assert not is_relevant("unit_hrss_account", answers)


def test_no_account_is_never_asked_about_its_trust_level():
    assert "trust_level_l2" not in relevant_questions({"legal_person_account": "no"})


@settings(max_examples=150, deadline=None)
@given(st.fixed_dictionaries({q: st.sampled_from(v) for q, v in QUESTIONS.items()}),
       st.sampled_from([None, "S", "R"]))
def test_interview_reaches_the_true_plan(full, override):
    asked, answers = interview(full, override)
    assert signature(answers, override) == signature(full, override)
    assert asked == [q for q in QUESTION_ORDER if q in asked]  # in order, none twice


def test_every_skipped_question_is_truly_irrelevant_exhaustively():
    # For every true situation, changing any question the interview skipped changes nothing.
    for values in product(*QUESTIONS.values()):
        full = dict(zip(QUESTIONS, values, strict=True))
        asked, _ = interview(full)
        for q in set(QUESTION_ORDER) - set(asked):
            for v in QUESTIONS[q]:
                assert signature({**full, q: v}) == signature(full)


@settings(max_examples=60, deadline=None)
@given(answers_strategy)
def test_path_to_summary_visits_each_planned_step_once(given_answers):
    progress = Progress(answers=dict(given_answers))
    path = path_to(SUMMARY, progress)
    if path == [WELCOME]:  # open questions remain: the path stops at the first one
        return
    assert [k.id for k in path if k.kind == "step"] == progress.plan().step_ids


def route_r() -> Progress:
    return Progress(answers=dict(legal_person_account="no", verification_means="none",
                                 operator_personal_account="none", unit_hrss_account="no"))


def test_edit_from_summary_returns_to_summary():
    assert next_page(question_key("unit_hrss_account"), route_r(), returning_to_summary=True) == SUMMARY


def test_switching_route_asks_the_new_routes_questions():
    progress = Progress(answers=dict(legal_person_account="yes", trust_level_l2="yes",
                                     provincial_login_initialized="yes"), route_override="R")
    assert next_page(ROUTE, progress) == question_key("operator_personal_account")


def test_switching_route_from_a_check_page_lands_on_the_new_routes_first_question():
    """S1/S2's one-click switch to route R: the interview never asked route R's questions, so
    no path reaches the route page yet; the switch lands there (not on the welcome page) and
    its Next asks them."""
    progress = Progress(answers=dict(legal_person_account="unsure", trust_level_l2="unsure",
                                     verification_means="none", provincial_login_initialized="yes"))
    journey = Journey(lambda: progress)
    journey.walk_to(step_key("S1"))
    assert journey.current == step_key("S1")
    progress.route_override = "R"
    journey.switch_route()
    assert journey.current == ROUTE and journey.next_key() == question_key("operator_personal_account")
    journey.forward()
    assert journey.back() == ROUTE  # Back from the new questions returns to the route page
    progress.answers.update(operator_personal_account="verified", unit_hrss_account="yes",
                            authorization="not_started")
    journey.switch_route()  # nothing left to ask: the route page, which now says route R
    assert journey.current == ROUTE and progress.plan().route == "R"


def test_page_keys_are_typed_and_round_trip_their_saved_text():
    for key in (WELCOME, ROUTE, DETAILS, SUMMARY, step_key("R6"), question_key("authorization")):
        assert PageKey.parse(str(key)) == key and PageKey.parse(str(key)).kind == key.kind
    assert step_key("R6").id == "R6" and question_key("trust_level_l2").kind == "question"
    for bad in ("", "q:", "step:", "elsewhere", "steps:R1"):
        assert PageKey.parse(bad) is None


# --- the optional employer-details page --------------------------------------------------------
def test_details_page_comes_once_between_the_route_and_the_first_step():
    p = route_r()
    assert next_page(ROUTE, p) == DETAILS
    assert next_page(DETAILS, p) == step_key("R1")
    assert next_page(ROUTE, p, details_seen=True) == step_key("R1")
    assert path_to(SUMMARY, p)[:-1].count(DETAILS) == 1
    p.employer_page_seen = True
    assert DETAILS not in path_to(SUMMARY, p)


def test_details_detour_returns_to_its_origin():
    p = route_r()
    for origin in (SUMMARY, step_key("R5")):
        assert next_page(DETAILS, p, details_seen=True, detour=origin) == origin


def test_resuming_on_the_details_page_finds_it_even_when_seen():
    p = route_r()
    for seen in (False, True):
        p.employer_page_seen = seen
        assert path_to(DETAILS, p)[-2:] == [ROUTE, DETAILS]
    assert path_to(step_key("R2"), p)[-3:] == [ROUTE, step_key("R1"), step_key("R2")]


# --- the journey: history, detours, reset -----------------------------------------------------
def test_back_and_forward_walk_the_history():
    p = route_r()
    journey = Journey(lambda: p)
    journey.walk_to(step_key("R2"))
    assert journey.current == step_key("R2")
    journey.back()
    assert journey.current == step_key("R1")
    journey.forward()
    assert journey.current == step_key("R2")
    journey.restart()
    assert journey.history == [WELCOME]


def test_editing_an_answer_from_the_summary_comes_back_to_it():
    p = route_r()
    for s in p.plan().step_ids:
        p.set_status(s, "done")
    journey = Journey(lambda: p)
    journey.walk_to(SUMMARY)
    journey.edit_answer("unit_hrss_account")
    assert journey.current == question_key("unit_hrss_account")
    p.answers["unit_hrss_account"] = "yes"
    assert journey.forward() == SUMMARY


def test_a_detour_to_the_details_comes_back_to_where_it_started():
    p = route_r()
    p.employer_page_seen = True
    journey = Journey(lambda: p)
    journey.walk_to(step_key("R5"))
    journey.take_detour_to_details()
    assert journey.current == DETAILS and journey.detour == step_key("R5")
    assert journey.forward() == step_key("R5")
    assert journey.detour is None and journey.history.count(step_key("R5")) == 1


class JourneyMachine(RuleBasedStateMachine):
    """Any sequence of user actions keeps the history a real path through the pages."""

    def __init__(self):
        super().__init__()
        self.progress = Progress()
        self.journey = Journey(lambda: self.progress)

    @rule(value=st.data())
    def answer_or_tick(self, value):
        key = self.journey.current
        if key.kind == "question":
            self.progress.set_answer(key.id, value.draw(st.sampled_from(QUESTIONS[key.id])))
        elif key.kind == "step":
            self.progress.set_status(key.id, "done")

    @rule()
    def forward(self):
        key = self.journey.current
        if key.kind == "question" and key.id not in self.progress.answers:
            return  # Next waits for an answer
        self.journey.forward()

    @rule()
    def back(self):
        self.journey.back()

    @rule(route=st.sampled_from([None, "S", "R"]))
    @precondition(lambda self: self.journey.current == ROUTE)
    def switch_route(self, route):
        self.progress.route_override = route

    @rule()
    @precondition(lambda self: self.journey.current == SUMMARY or self.journey.current.kind == "step")
    def detour(self):
        self.progress.employer_page_seen = True
        self.journey.take_detour_to_details()

    @rule(question=st.sampled_from(QUESTION_ORDER))
    @precondition(lambda self: self.journey.current == SUMMARY)
    def edit(self, question):
        if question in relevant_questions(self.progress.answers, self.progress.route_override):
            self.journey.edit_answer(question)

    @rule()
    def reset(self):
        self.progress = Progress()
        self.journey.restart()

    @invariant()
    def history_is_sound(self):
        history = self.journey.history
        assert history[0] == WELCOME
        assert len(history) == len(set(history)), history  # no page twice: Back never loops
        assert all(isinstance(k, PageKey) for k in history)
        assert self.journey.detour is None or self.journey.current == DETAILS
        current = self.journey.current
        if current.kind == "step":
            assert current.id in self.progress.plan().step_ids or len(history) > 1

    @invariant()
    def back_always_lands_on_a_page_of_the_history(self):
        before = list(self.journey.history)
        if len(before) > 1:
            assert before[-2] in before


TestJourney = JourneyMachine.TestCase
TestJourney.settings = settings(max_examples=80, stateful_step_count=40, deadline=None)
