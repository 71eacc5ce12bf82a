"""The routing rules of the guide, one named test per rule, and invariants over the whole space
of situations (issue "Advice true to the guide")."""

from __future__ import annotations

from itertools import product

import pytest

from wizard.catalogue import catalogue
from wizard.flow import QUESTION_ORDER, QUESTIONS, Situation, plan, situation_of
from wizard.flow.plan import AUTH_STEPS, R_STEPS, S_STEPS, VERIFYING_MEANS, all_reason_codes

C_STEPS = list(catalogue().phase("C").steps)


def every_situation():
    for values in product(*QUESTIONS.values(), (None, "S", "R")):
        yield Situation(values[-1], **dict(zip(QUESTIONS, values[:-1], strict=True)))


ALL = list(every_situation())


def s(**kw) -> Situation:
    base = dict(legal_person_account="no", trust_level_l2="no", verification_means="none",
                provincial_login_initialized="no", operator_personal_account="none",
                unit_hrss_account="no", authorization="not_started")
    override = kw.pop("route_override", None)
    return Situation(override, **{**base, **kw})


def test_space_is_complete():
    assert len(ALL) == 3 * 3 * 5 * 3 * 4 * 3 * 5 * 3


def test_the_rules_name_exactly_the_catalogues_route_steps():
    assert catalogue().phase("S").steps == S_STEPS and catalogue().phase("R").steps == R_STEPS


def normalised(sit: Situation) -> dict[str, str]:
    a = dict(zip(QUESTION_ORDER, sit.values, strict=True))
    if a["legal_person_account"] == "no":
        a["trust_level_l2"] = a["provincial_login_initialized"] = "no"
    if a["operator_personal_account"] in ("none", "unverified") or a["unit_hrss_account"] == "no":
        a["authorization"] = "not_started"
    return a


def test_invariants_everywhere():
    codes = set()
    for sit in ALL:
        p = plan(sit)
        _check_invariants(sit, p)
        codes |= {p.route_reason, *(e.reason for e in p.entries)}
    assert codes <= all_reason_codes()


def _check_invariants(sit: Situation, p) -> None:
    ids = p.step_ids
    a = normalised(sit)
    assert ids[-len(C_STEPS):] == C_STEPS, sit
    assert len(ids) == len(set(ids)), sit
    # Steps keep the domain map's order (R1 before S4 on route S is the one interleave).
    order = ["S1", "S2", "S3", "R1", "S4", "S5", "R2", "R3", "R4", "R5", "R6", "R7", *C_STEPS]
    assert ids == sorted(ids, key=order.index)
    other = "R" if p.route == "S" else "S"
    assert not any(i.startswith(other) and not (other == "R" and i == "R1") for i in ids)
    assert all(e.reason for e in p.entries)
    route_steps = [e.step_id for e in p.entries if e.step_id not in C_STEPS]
    assert len(route_steps) == len(set(route_steps))
    # "unsure" never silently skips: an unsure answer keeps its step, flagged check-first.
    for e in p.entries:
        if e.check_first or e.waiting or e.fallback_route:
            assert e.included
    if sit.route_override:
        assert p.route == sit.route_override
    already = a["legal_person_account"] == "yes" and a["trust_level_l2"] == "yes"
    means = a["verification_means"] in VERIFYING_MEANS
    maybe = "no" not in (a["legal_person_account"], a["trust_level_l2"]) and \
        "unsure" in (a["legal_person_account"], a["trust_level_l2"])
    assert p.s_possible == (already or means or maybe)
    if sit.route_override is None:
        assert p.route == ("S" if p.s_possible else "R")
    assert (p.route_warning is not None) == (p.route == "S" and not p.s_possible)
    if p.route == "S":
        needs_init = a["provincial_login_initialized"] != "yes" and a["unit_hrss_account"] != "yes"
        assert ("S4" in ids) == ("S5" in ids) == needs_init
        assert ("R1" in ids) == (needs_init and a["operator_personal_account"] != "verified")
        if "R1" in ids:
            assert p.entry("R1").check_first == p.entry("S4").check_first
    else:
        auth = a["authorization"]
        expected = {"not_started": AUTH_STEPS, "unsure": AUTH_STEPS, "bound_not_applied": ("R5", "R6"),
                    "applied_waiting": ("R6",), "done": ()}[auth]
        assert [x for x in ids if x in AUTH_STEPS] == list(expected)
        assert all(p.entry(x).check_first == (auth == "unsure") for x in expected)


# --- normalising --------------------------------------------------------------------------------
def test_no_legal_person_account_means_not_l2_and_never_initialised():
    p = plan(s(legal_person_account="no", trust_level_l2="yes",
               provincial_login_initialized="yes", verification_means="both", unit_hrss_account="no"))
    assert p.step_ids[:2] == ["S1", "S2"] and "S4" in p.step_ids


@pytest.mark.parametrize("operator, unit", [("none", "yes"), ("unverified", "yes"),
                                            ("verified", "no"), ("forgotten", "no")])
def test_binding_needs_a_verified_account_and_a_unit_account(operator, unit):
    for auth in QUESTIONS["authorization"]:
        p = plan(s(operator_personal_account=operator, unit_hrss_account=unit, authorization=auth))
        assert [x for x in p.step_ids if x in AUTH_STEPS] == list(AUTH_STEPS)
        assert p.entry("R3").reason == "auth.not_started"


def test_the_authorisation_question_is_not_asked_when_binding_is_impossible():
    from wizard.flow import relevant_questions

    answers = dict(legal_person_account="no", verification_means="none",
                   operator_personal_account="none", unit_hrss_account="yes")
    assert "authorization" not in relevant_questions(answers)
    answers["operator_personal_account"] = "verified"
    assert "authorization" in relevant_questions(answers)


# --- the route ---------------------------------------------------------------------------------
def test_rule_1_an_account_at_l2_goes_route_s():
    p = plan(s(legal_person_account="yes", trust_level_l2="yes"))
    assert p.route == "S" and p.route_reason == "route.S.already_l2"


def test_rule_2_a_means_to_reach_l2_goes_route_s():
    for means in VERIFYING_MEANS:
        p = plan(s(verification_means=means))
        assert p.route == "S" and p.route_reason == "route.S.can_reach_l2"


@pytest.mark.parametrize("lpa, l2", [("unsure", "unsure"), ("yes", "unsure"), ("unsure", "yes")])
def test_rule_3_an_account_that_may_be_at_l2_goes_route_s_checking_first(lpa, l2):
    p = plan(s(legal_person_account=lpa, trust_level_l2=l2, verification_means="none"))
    assert p.route == "S" and p.route_reason == "route.S.check_first"
    assert p.route_warning is None
    for step in ("S1", "S2"):
        entry = p.entry(step)
        if entry.included:
            assert entry.check_first and entry.fallback_route == "R"
    assert any(p.entry(x).included for x in ("S1", "S2"))


@pytest.mark.parametrize("lpa, l2", [("no", "unsure"), ("unsure", "no"), ("yes", "no")])
def test_rule_3_needs_no_answer_saying_no(lpa, l2):
    assert plan(s(legal_person_account=lpa, trust_level_l2=l2, verification_means="none")).route == "R"


def test_rule_4_unsure_means_go_route_r_with_the_hint():
    p = plan(s(verification_means="unsure"))
    assert p.route == "R" and p.route_reason == "route.R.means_unsure"


def test_rule_5_otherwise_route_r():
    p = plan(s())
    assert p.route == "R" and p.route_reason == "route.R.no_means"
    assert p.step_ids == ["R1", "R2", "R3", "R4", "R5", "R6", "R7", *C_STEPS]


def test_override_wins_and_warns_when_impossible():
    p = plan(s(route_override="S"))
    assert p.route == "S" and p.route_warning == "warning.S_not_possible"
    p = plan(s(legal_person_account="yes", trust_level_l2="yes", route_override="R"))
    assert p.route == "R" and p.route_reason == "route.R.chosen" and p.route_warning is None


# --- route S ------------------------------------------------------------------------------------
def test_route_s_from_nothing():
    p = plan(s(verification_means="bank_certificate"))
    assert p.step_ids == ["S1", "S2", "S3", "R1", "S4", "S5", *C_STEPS]
    assert p.entry("S4").reason == "S4.in.first_login"


def test_initialisation_only_without_an_hrss_unit_account():
    """The guide: first provincial login AND never registered a unit account."""
    p = plan(s(legal_person_account="yes", trust_level_l2="yes", unit_hrss_account="yes",
               operator_personal_account="none"))
    assert p.step_ids == ["S3", *C_STEPS]
    assert p.entry("S4").reason == "S4.skip.unit_account"
    assert not p.entry("R1").included


def test_initialised_before_skips_s4_s5_and_r1():
    p = plan(s(legal_person_account="yes", trust_level_l2="yes",
               provincial_login_initialized="yes"))
    assert p.step_ids == ["S3", *C_STEPS] and p.entry("S4").reason == "S4.skip.initialized"


@pytest.mark.parametrize("init, unit", [("unsure", "no"), ("no", "unsure"), ("unsure", "unsure")])
def test_s4_checks_first_when_either_answer_is_unsure(init, unit):
    p = plan(s(legal_person_account="yes", trust_level_l2="yes", provincial_login_initialized=init,
               unit_hrss_account=unit))
    assert p.entry("S4").included and p.entry("S4").check_first
    assert p.entry("R1").check_first  # nobody registers an account the prompt never asks for


def test_r1_comes_before_s4_unless_operator_verified():
    base = dict(legal_person_account="yes", trust_level_l2="yes")
    for op in ("unverified", "forgotten", "none"):
        ids = plan(s(**base, operator_personal_account=op)).step_ids
        assert ids.index("R1") == ids.index("S4") - 1
    assert "R1" not in plan(s(**base, operator_personal_account="verified")).step_ids


def test_s1_skipped_only_with_an_account():
    assert "S1" not in plan(s(legal_person_account="yes", verification_means="both")).step_ids
    e = plan(s(legal_person_account="unsure", verification_means="both")).entry("S1")
    assert e.included and e.check_first and e.fallback_route is None  # a means: S works anyway


def test_the_unit_account_question_is_asked_on_route_s_when_it_decides_initialisation():
    from wizard.flow import relevant_questions

    answers = dict(legal_person_account="yes", trust_level_l2="yes",
                   provincial_login_initialized="no")
    assert "unit_hrss_account" in relevant_questions(answers)
    answers["provincial_login_initialized"] = "yes"
    assert "unit_hrss_account" not in relevant_questions(answers)


def test_s3s_last_instruction_names_the_page_that_really_comes_next(content):
    from wizard.report.facts import Context, instruction_text
    from wizard.store.progress import Progress

    for answers, following in (
            (dict(legal_person_account="yes", trust_level_l2="yes",
                  provincial_login_initialized="yes"), "C1"),
            (dict(legal_person_account="yes", trust_level_l2="yes", unit_hrss_account="no",
                  provincial_login_initialized="no", operator_personal_account="none"), "R1"),
            (dict(legal_person_account="yes", trust_level_l2="yes", unit_hrss_account="no",
                  provincial_login_initialized="no", operator_personal_account="verified"), "S4")):
        progress = Progress(answers=answers)
        ctx = Context.of(content, progress)
        assert ctx.plan.next_step("S3") == following
        last = instruction_text(content.steps["S3"].instructions[-1], ctx, "S3")
        assert content.steps[following].title in last


# --- route R ------------------------------------------------------------------------------------
def r(**kw) -> Situation:
    return s(operator_personal_account="verified", unit_hrss_account="yes", **kw)


@pytest.mark.parametrize("auth, steps", [
    ("not_started", ["R3", "R4", "R5", "R6"]),
    ("bound_not_applied", ["R5", "R6"]),
    ("applied_waiting", ["R6"]),
    ("done", []),
    ("unsure", ["R3", "R4", "R5", "R6"]),
])
def test_route_r_by_how_far_the_authorisation_got(auth, steps):
    p = plan(r(authorization=auth))
    assert p.step_ids == [*steps, "R7", *C_STEPS]


def test_applied_waiting_is_a_waiting_state_from_the_start():
    p = plan(r(authorization="applied_waiting"))
    assert p.entry("R6").waiting and not p.entry("R6").check_first


def test_unsure_authorisation_checks_every_step_first():
    p = plan(r(authorization="unsure"))
    assert all(p.entry(x).check_first for x in AUTH_STEPS)
    assert p.entry("R3").reason == "auth.unsure"


def test_r2_skipped_only_with_unit_account():
    assert "R2" not in plan(s(unit_hrss_account="yes")).step_ids
    e = plan(s(unit_hrss_account="unsure")).entry("R2")
    assert e.included and e.check_first


def test_answers_fill_unasked_questions_neutrally():
    sit = situation_of({"legal_person_account": "yes"})
    assert sit.legal_person_account == "yes" and sit.trust_level_l2 == "unsure"
    assert QUESTION_ORDER[0] == "legal_person_account"


def test_a_situation_rejects_unknown_answers():
    with pytest.raises(ValueError):
        s(authorization="maybe")
    with pytest.raises(ValueError):
        Situation(None, legal_person_account="yes")
