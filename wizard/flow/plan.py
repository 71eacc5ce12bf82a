"""The routing rules of the official guide, as one pure function.

Route S (广东省统一身份认证) is preferred whenever it is possible, because it needs no office
review and no waiting; otherwise Route R (广东人社统一认证). Every step of the chosen route and
of the confirmation gets an entry with a reason code; the content files hold the wording of
each code, so the reasons are translatable data, not strings in code.
"""

from __future__ import annotations

from functools import lru_cache

from pydantic import BaseModel, ConfigDict

from wizard.flow.situation import Route, Situation

S_STEPS = ("S1", "S2", "S3", "S4", "S5")
R_STEPS = ("R1", "R2", "R3", "R4", "R5", "R6", "R7")
C_STEPS = ("C1", "C2", "C3", "C4", "C5")
ALL_STEP_IDS = S_STEPS + R_STEPS + C_STEPS
VERIFYING_MEANS = frozenset({"bank_certificate", "e_business_license", "both"})


class PlanEntry(BaseModel):
    model_config = ConfigDict(frozen=True)

    step_id: str
    included: bool
    reason: str  # a key of the content's "reasons" table
    # The answer was "unsure": the page first says how to check whether it is already done.
    check_first: bool = False


class Plan(BaseModel):
    model_config = ConfigDict(frozen=True)

    route: Route
    route_reason: str
    route_warning: str | None = None
    s_possible: bool
    entries: tuple[PlanEntry, ...]

    @property
    def step_ids(self) -> list[str]:
        return [e.step_id for e in self.entries if e.included]

    @property
    def skipped(self) -> list[PlanEntry]:
        return [e for e in self.entries if not e.included]

    def entry(self, step_id: str) -> PlanEntry | None:
        return next((e for e in self.entries if e.step_id == step_id), None)


def _normalise(s: Situation) -> tuple[str, ...]:
    return _normalise_values(s.legal_person_account, s.trust_level_l2, s.verification_means,
                             s.provincial_login_initialized, s.operator_personal_account,
                             s.unit_hrss_account, s.authorization, s.route_override or "")


def _normalise_values(lpa: str, l2: str, means: str, init: str, operator: str, unit: str,
                      auth: str, override: str) -> tuple[str, ...]:
    # A legal-person account that does not exist yet is neither at L2 nor used before.
    if lpa == "no":
        l2 = init = "no"
    return (lpa, l2, means, init, operator, unit, auth, override)


Entry = tuple[str, bool, str, bool]  # step id, included, reason code, check first


@lru_cache(maxsize=8192)
def _compute(key: tuple[str, ...]) -> tuple[str, str, str, bool, tuple[Entry, ...]]:
    lpa, l2, means, init, operator, unit, auth, override = key
    already_l2 = lpa == "yes" and l2 == "yes"
    s_possible = already_l2 or means in VERIFYING_MEANS

    if override == "S":
        route, reason = "S", "route.S.chosen"
        warning = "" if s_possible else "warning.S_not_possible"
    elif override == "R":
        route, reason, warning = "R", "route.R.chosen", ""
    elif already_l2:
        route, reason, warning = "S", "route.S.already_l2", ""
    elif means in VERIFYING_MEANS:
        route, reason, warning = "S", "route.S.can_reach_l2", ""
    elif means == "unsure":
        route, reason, warning = "R", "route.R.means_unsure", ""
    else:
        route, reason, warning = "R", "route.R.no_means", ""

    entries: list[Entry] = []

    def add(step: str, included: bool, code: str, check: bool = False) -> None:
        entries.append((step, included, code, check))

    def operator_account() -> None:
        if operator == "verified":
            add("R1", False, "R1.skip.verified")
        else:
            add("R1", True, f"R1.in.{operator}")

    if route == "S":
        add("S1", lpa != "yes", f"S1.{'skip' if lpa == 'yes' else 'in'}.{lpa}", lpa == "unsure")
        add("S2", l2 != "yes", f"S2.{'skip' if l2 == 'yes' else 'in'}.{l2}", l2 == "unsure")
        add("S3", True, "S3.in.always")
        needs_init = init != "yes"
        if needs_init:
            operator_account()
        else:
            add("R1", False, "R1.skip.no_init")
        add("S4", needs_init, f"S4.{'in' if needs_init else 'skip'}.{init}", init == "unsure")
        add("S5", needs_init, "S5.in.after_init" if needs_init else "S5.skip.no_init")
    else:
        operator_account()
        has_unit = unit == "yes"
        add("R2", not has_unit, f"R2.{'skip' if has_unit else 'in'}.{unit}", unit == "unsure")
        for step in ("R3", "R4", "R5"):
            add(step, auth == "not_started", f"auth.{auth}")
        add("R6", auth != "done", f"auth.{auth}")
        add("R7", True, "R7.in.always")
    for step in C_STEPS:
        add(step, True, "confirm.always")
    return route, reason, warning, s_possible, tuple(entries)


def plan(situation: Situation) -> Plan:
    route, reason, warning, s_possible, entries = _compute(_normalise(situation))
    return Plan(
        route=route,
        route_reason=reason,
        route_warning=warning or None,
        s_possible=s_possible,
        entries=tuple(
            PlanEntry(step_id=s, included=i, reason=r, check_first=c) for s, i, r, c in entries
        ),
    )


def plan_signature(situation: Situation) -> tuple:
    """What the user would see change: route and the included steps with their check flags."""
    return _signature(_normalise(situation))


def signature_of(answers: tuple[str, ...], override: str | None) -> tuple:
    """plan_signature of plain answer values in question order (no model built)."""
    return _signature(_normalise_values(*answers, override or ""))


def _signature(key: tuple[str, ...]) -> tuple:
    route, _, _, _, entries = _compute(key)
    return route, tuple((s, c) for s, i, _, c in entries if i)


def all_reason_codes() -> frozenset[str]:
    """Every reason code the rules can produce, found by running them over every situation.

    Too slow for every start (it is checked by a test instead): REASON_CODES below must equal it.
    """
    from itertools import product

    from wizard.flow.situation import ANSWER_VALUES

    keys = {_normalise_values(*values) for values in product(*ANSWER_VALUES.values(), ("", "S", "R"))}
    compute = _compute.__wrapped__  # not through the cache: these would evict the live plans
    codes: set[str] = set()
    for key in keys:
        _, reason, warning, _, entries = compute(key)
        codes.add(reason)
        if warning:
            codes.add(warning)
        codes.update(r for _, _, r, _ in entries)
    return frozenset(codes)


# Every reason code plan() can produce; the content validator demands a text for each.
# Written out (not computed at import) to keep start-up fast; test_flow checks it is exact.
REASON_CODES: frozenset[str] = frozenset({
    "route.S.already_l2", "route.S.can_reach_l2", "route.S.chosen", "warning.S_not_possible",
    "route.R.chosen", "route.R.means_unsure", "route.R.no_means",
    "S1.in.no", "S1.in.unsure", "S1.skip.yes",
    "S2.in.no", "S2.in.unsure", "S2.skip.yes",
    "S3.in.always",
    "S4.in.no", "S4.in.unsure", "S4.skip.yes",
    "S5.in.after_init", "S5.skip.no_init",
    "R1.in.forgotten", "R1.in.none", "R1.in.unverified", "R1.skip.no_init", "R1.skip.verified",
    "R2.in.no", "R2.in.unsure", "R2.skip.yes",
    "auth.applied_waiting", "auth.done", "auth.not_started",
    "R7.in.always",
    "confirm.always",
})
