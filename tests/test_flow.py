"""The routing rules of the guide, checked over the whole space of situations."""

from __future__ import annotations

from itertools import product

from wizard.flow import ALL_STEP_IDS, QUESTION_ORDER, REASON_CODES, Answers, Situation, plan
from wizard.flow.plan import C_STEPS, VERIFYING_MEANS
from wizard.flow.situation import ANSWER_VALUES


def every_situation():
    for values in product(*ANSWER_VALUES.values(), (None, "S", "R")):
        yield Situation(**dict(zip(ANSWER_VALUES, values[:-1], strict=True)),
                        route_override=values[-1])


ALL = list(every_situation())


def s(**kw) -> Situation:
    base = dict(legal_person_account="no", trust_level_l2="no", verification_means="none",
                provincial_login_initialized="no", operator_personal_account="none",
                unit_hrss_account="no", authorization="not_started")
    return Situation(**{**base, **kw})


def test_reason_codes_are_exactly_what_the_rules_produce():
    from wizard.flow.plan import all_reason_codes

    assert all_reason_codes() == REASON_CODES


def test_space_is_complete():
    assert len(ALL) == 3 * 3 * 5 * 3 * 4 * 3 * 3 * 3




def test_invariants_everywhere():
    for sit in ALL:
        _check_invariants(sit)


def _check_invariants(sit: Situation) -> None:
    p = plan(sit)
    ids = p.step_ids
    assert ids[-5:] == list(C_STEPS), sit
    assert len(ids) == len(set(ids)), sit
    assert set(ids) <= set(ALL_STEP_IDS)
    # Steps keep the domain map's order (R1 before S4 on route S is the one interleave).
    order = ["S1", "S2", "S3", "R1", "S4", "S5", "R2", "R3", "R4", "R5", "R6", "R7", *C_STEPS]
    assert ids == sorted(ids, key=order.index)
    other = "R" if p.route == "S" else "S"
    assert not any(i.startswith(other) and not (other == "R" and i == "R1") for i in ids)
    assert all(e.reason for e in p.entries)
    # Every step of the route is accounted for, included or skipped, exactly once.
    route_steps = [e.step_id for e in p.entries if not e.step_id.startswith("C")]
    assert len(route_steps) == len(set(route_steps))
    # "unsure" never silently skips: an unsure answer keeps its step, flagged check-first.
    for e in p.entries:
        if e.check_first:
            assert e.included
    if sit.route_override:
        assert p.route == sit.route_override
    s_possible = (sit.legal_person_account == "yes" and sit.trust_level_l2 == "yes") or (
        sit.verification_means in VERIFYING_MEANS)
    assert p.s_possible == s_possible
    if sit.route_override is None:
        assert p.route == ("S" if s_possible else "R")
    assert (p.route_warning is not None) == (p.route == "S" and not s_possible)


# --- one named case per rule -------------------------------------------------------------

def test_route_s_from_nothing():
    p = plan(s(verification_means="bank_certificate"))
    assert p.route == "S" and p.route_reason == "route.S.can_reach_l2"
    assert p.step_ids == ["S1", "S2", "S3", "R1", "S4", "S5", *C_STEPS]


def test_route_s_already_initialised():
    p = plan(s(legal_person_account="yes", trust_level_l2="yes",
               provincial_login_initialized="yes"))
    assert p.step_ids == ["S3", *C_STEPS]
    assert p.route_reason == "route.S.already_l2"


def test_route_r_from_nothing():
    p = plan(s())
    assert p.route == "R" and p.route_reason == "route.R.no_means"
    assert p.step_ids == ["R1", "R2", "R3", "R4", "R5", "R6", "R7", *C_STEPS]


def test_route_r_waiting_for_sms_resumes_at_r6():
    p = plan(s(operator_personal_account="verified", unit_hrss_account="yes",
               authorization="applied_waiting"))
    assert p.step_ids == ["R6", "R7", *C_STEPS]


def test_route_r_authorised_goes_straight_to_login():
    p = plan(s(operator_personal_account="verified", unit_hrss_account="yes",
               authorization="done"))
    assert p.step_ids == ["R7", *C_STEPS]


def test_unsure_about_means_goes_route_r_with_its_own_reason():
    assert plan(s(verification_means="unsure")).route_reason == "route.R.means_unsure"


def test_s1_skipped_only_with_an_account():
    assert "S1" not in plan(s(legal_person_account="yes", verification_means="both")).step_ids
    e = plan(s(legal_person_account="unsure", verification_means="both")).entry("S1")
    assert e.included and e.check_first


def test_s2_skipped_only_at_l2_and_unsure_checks_first():
    at_l2 = s(legal_person_account="yes", trust_level_l2="yes")
    assert "S2" not in plan(at_l2).step_ids
    e = plan(s(legal_person_account="yes", trust_level_l2="unsure",
               verification_means="e_business_license")).entry("S2")
    assert e.included and e.check_first


def test_no_account_means_not_l2_and_never_initialised():
    # Contradictory answers cannot skip steps: a missing account is neither L2 nor used.
    p = plan(s(legal_person_account="no", trust_level_l2="yes",
               provincial_login_initialized="yes", verification_means="both"))
    assert p.step_ids[:2] == ["S1", "S2"] and "S4" in p.step_ids


def test_r1_comes_before_s4_unless_operator_verified():
    base = dict(legal_person_account="yes", trust_level_l2="yes")
    for op in ("unverified", "forgotten", "none"):
        ids = plan(s(**base, operator_personal_account=op)).step_ids
        assert ids.index("R1") == ids.index("S4") - 1
    assert "R1" not in plan(s(**base, operator_personal_account="verified")).step_ids


def test_s5_only_with_s4():
    initialised = s(legal_person_account="yes", trust_level_l2="yes",
                    provincial_login_initialized="yes")
    assert "S4" not in plan(initialised).step_ids and "S5" not in plan(initialised).step_ids
    e = plan(s(legal_person_account="yes", trust_level_l2="yes",
               provincial_login_initialized="unsure")).entry("S4")
    assert e.included and e.check_first


def test_r2_skipped_only_with_unit_account():
    assert "R2" not in plan(s(unit_hrss_account="yes")).step_ids
    e = plan(s(unit_hrss_account="unsure")).entry("R2")
    assert e.included and e.check_first


def test_override_wins_and_warns_when_impossible():
    p = plan(s(route_override="S"))
    assert p.route == "S" and p.route_warning == "warning.S_not_possible"
    p = plan(s(legal_person_account="yes", trust_level_l2="yes", route_override="R"))
    assert p.route == "R" and p.route_reason == "route.R.chosen" and p.route_warning is None


def test_answers_fill_unasked_questions_neutrally():
    sit = Answers(legal_person_account="yes").situation()
    assert sit.legal_person_account == "yes" and sit.trust_level_l2 == "unsure"
    assert QUESTION_ORDER[0] == "legal_person_account"
