"""The routing rules of the official guide, as one pure function: Situation -> Plan.

Route S (广东省统一身份认证) is preferred whenever it may work, because it needs no office review
and no waiting; otherwise Route R (广东人社统一认证). Every step of the chosen route and of the
confirmation gets an entry with a reason code; the content files hold the wording of each
code, so reasons are translatable data, not strings in code. The confirmation phase takes its
steps from the catalogue; the login routes' steps are named by the rules below.

The rules (the guide, and the issue "Advice true to the guide"):
  normalise  no legal-person account -> neither at L2 nor ever logged in by it; binding needs
             a verified personal account and an HRSS unit account, so without either the
             authorisation cannot have started.
  route      1. account at L2 -> S; 2. a means to reach L2 (网银证书 / 电子营业执照) -> S;
             3. an account that may already be at L2 (some answer "unsure", none "no") -> S,
                checking first (minutes) before Route R (days); 4. means unsure -> R; 5. R.
  S          S1 without an account, S2 below L2, S3 always; initialisation (S4, S5) only at the
             first provincial login of a unit that never registered an HRSS unit account, with
             the operator's personal account (R1) prepared before it.
  R          R1 unless the operator's account is verified, R2 without a unit account, then by
             how far the authorisation got: R3 R4 R5 R6, R5 R6, R6 (waiting), none; "unsure"
             shows all four, each saying how to tell it is done. R7 always.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from wizard.flow.questions import NEUTRAL_DEFAULTS, QUESTION_ORDER, Route
from wizard.flow.situation import Situation

S_STEPS = ("S1", "S2", "S3", "S4", "S5")
R_STEPS = ("R1", "R2", "R3", "R4", "R5", "R6", "R7")
AUTH_STEPS = ("R3", "R4", "R5", "R6")
VERIFYING_MEANS = frozenset({"bank_certificate", "e_business_license", "both"})


@dataclass(frozen=True)
class PlanEntry:
    step_id: str
    included: bool
    reason: str  # a key of the content's "reasons" table
    # The answer was "unsure": the page first says how to check whether it is already done.
    check_first: bool = False
    # The interview says the outside event this step waits for has started (the code was
    # applied for): the step is in its waiting state from the start.
    waiting: bool = False
    # The route to switch to when checking this step shows the chosen route cannot work (the
    # account that "may be at L2" is not): the page offers it in one click.
    fallback_route: Route | None = None


@dataclass(frozen=True)
class Plan:
    route: Route
    route_reason: str
    route_warning: str | None
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

    def next_step(self, step_id: str) -> str | None:
        """The step after `step_id` in this plan (None after the last)."""
        ids = self.step_ids
        return ids[ids.index(step_id) + 1] if step_id in ids and ids.index(step_id) + 1 < len(ids) \
            else None


def confirmation_steps() -> tuple[str, ...]:
    from wizard.catalogue import catalogue

    return catalogue().phase("C").steps


Key = tuple[str, ...]  # the normalised answers in question order, then the override ("" for none)
Entry = tuple[str, bool, str, bool, bool, str | None]  # step, included, reason, check, waiting, fallback


def normalise(values: tuple[str, ...], override: str) -> Key:
    a = dict(zip(QUESTION_ORDER, values, strict=True))
    if a["legal_person_account"] == "no":
        a["trust_level_l2"] = a["provincial_login_initialized"] = "no"
    if a["operator_personal_account"] in ("none", "unverified") or a["unit_hrss_account"] == "no":
        a["authorization"] = "not_started"
    return (*(a[q] for q in QUESTION_ORDER), override)


@lru_cache(maxsize=8192)
def _compute(key: Key) -> tuple[str, str, str, bool, tuple[Entry, ...]]:
    lpa, l2, means, init, operator, unit, auth, override = key
    already_l2 = lpa == "yes" and l2 == "yes"
    can_reach_l2 = means in VERIFYING_MEANS
    may_be_l2 = "no" not in (lpa, l2) and "unsure" in (lpa, l2)
    s_possible = already_l2 or can_reach_l2 or may_be_l2

    if override == "S":
        route, reason = "S", "route.S.chosen"
        warning = "" if s_possible else "warning.S_not_possible"
    elif override == "R":
        route, reason, warning = "R", "route.R.chosen", ""
    elif already_l2:
        route, reason, warning = "S", "route.S.already_l2", ""
    elif can_reach_l2:
        route, reason, warning = "S", "route.S.can_reach_l2", ""
    elif may_be_l2:
        route, reason, warning = "S", "route.S.check_first", ""
    elif means == "unsure":
        route, reason, warning = "R", "route.R.means_unsure", ""
    else:
        route, reason, warning = "R", "route.R.no_means", ""

    entries: list[Entry] = []

    def add(step: str, included: bool, code: str, check: bool = False, waiting: bool = False,
            fallback: str | None = None):
        entries.append((step, included, code, check, waiting, fallback))

    def yes_no(step: str, answer: str, fallback: str | None = None) -> None:
        """A step needed unless the answer is "yes"; "unsure" checks first."""
        add(step, answer != "yes", f"{step}.{'skip' if answer == 'yes' else 'in'}.{answer}",
            answer == "unsure", fallback=fallback if answer == "unsure" else None)

    if route == "S":
        # Checking whether the account is (at) L2 may show Route S cannot work: offer Route R.
        fallback = "R" if reason == "route.S.check_first" else None
        yes_no("S1", lpa, fallback)
        yes_no("S2", l2, fallback)
        add("S3", True, "S3.in.always")
        needs_init = init != "yes" and unit != "yes"
        if needs_init:
            unsure = "unsure" in (init, unit)
            if operator == "verified":
                add("R1", False, "R1.skip.verified")
            else:
                add("R1", True, f"R1.in.{operator}", unsure)
            add("S4", True, "S4.in.unsure" if unsure else "S4.in.first_login", unsure)
            add("S5", True, "S5.in.after_init")
        else:
            why = "initialized" if init == "yes" else "unit_account"
            add("R1", False, "R1.skip.no_init")
            add("S4", False, f"S4.skip.{why}")
            add("S5", False, "S5.skip.no_init")
    else:
        if operator == "verified":
            add("R1", False, "R1.skip.verified")
        else:
            add("R1", True, f"R1.in.{operator}")
        yes_no("R2", unit)
        needed = {"not_started": AUTH_STEPS, "unsure": AUTH_STEPS, "bound_not_applied": ("R5", "R6"),
                  "applied_waiting": ("R6",), "done": ()}[auth]
        for step in AUTH_STEPS:
            add(step, step in needed, f"auth.{auth}", auth == "unsure",
                auth == "applied_waiting" and step == "R6")
        add("R7", True, "R7.in.always")
    for step in confirmation_steps():
        add(step, True, "confirm.always")
    return route, reason, warning, s_possible, tuple(entries)


def plan(situation: Situation) -> Plan:
    route, reason, warning, s_possible, entries = _compute(
        normalise(situation.values, situation.route_override or ""))
    return Plan(route=route, route_reason=reason, route_warning=warning or None,
                s_possible=s_possible,
                entries=tuple(PlanEntry(*entry) for entry in entries))


def signature_of(values: tuple[str, ...], override: str | None) -> tuple:
    """What the user would see change: the route and the included steps with their flags."""
    route, _, _, _, entries = _compute(normalise(values, override or ""))
    return route, tuple((s, c, w, f) for s, i, _, c, w, f in entries if i)


def all_reason_codes() -> frozenset[str]:
    """Every reason code the rules can produce, found by running them over every situation.

    The content check demands a text for each; run once per validation (it is cached)."""
    return _all_reason_codes()


@lru_cache(maxsize=1)
def _all_reason_codes() -> frozenset[str]:
    from itertools import product

    from wizard.flow.questions import QUESTIONS

    keys = {normalise(values, override) for values in product(*QUESTIONS.values())
            for override in ("", "S", "R")}
    compute = _compute.__wrapped__  # not through the cache: these would evict the live plans
    codes: set[str] = set()
    for key in keys:
        _, reason, warning, _, entries = compute(key)
        codes.add(reason)
        if warning:
            codes.add(warning)
        codes.update(entry[2] for entry in entries)
    return frozenset(codes)


def neutral_situation() -> Situation:
    return Situation(None, **NEUTRAL_DEFAULTS)
