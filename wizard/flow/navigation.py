"""All branching of the wizard in one pure function: which page comes after which.

Pages are named by keys: "welcome", "q:<question id>", "route", "details", "step:<step id>",
"summary". "details" is the optional employer-details page: offered once, between the route
page and the first step, and reachable again as a detour from the summary or from R5.
The Qt wizard's nextId() only translates these keys to page ids.
"""

from __future__ import annotations

from wizard.flow.interview import QUESTION_ORDER, iter_relevant, unanswered_relevant
from wizard.flow.plan import Plan
from wizard.flow.situation import Answers, Route

WELCOME, ROUTE, DETAILS, SUMMARY = "welcome", "route", "details", "summary"


def question_key(question_id: str) -> str:
    return f"q:{question_id}"


def step_key(step_id: str) -> str:
    return f"step:{step_id}"


def all_page_keys() -> list[str]:
    from wizard.flow.plan import ALL_STEP_IDS

    return [
        WELCOME,
        *(question_key(q) for q in QUESTION_ORDER),
        ROUTE,
        DETAILS,
        *(step_key(s) for s in ALL_STEP_IDS),
        SUMMARY,
    ]


def next_page(
    current: str,
    answers: Answers,
    override: Route | None,
    plan: Plan,
    returning_to_summary: bool = False,
    details_seen: bool = False,
    detour: str | None = None,
) -> str | None:
    """The key of the page after `current`; None after the summary.

    `details_seen`: the employer-details page was offered already, so the route page leads
    straight to the first step. `detour`: the page (the summary, or R5) from which the user
    asked to fill in the employer details; it leads to the details page and back.
    """
    if detour is not None and detour != DETAILS:
        if current == detour:
            return DETAILS
        if current == DETAILS:
            return detour
    if current == WELCOME:
        first = next(iter_relevant(answers, override), None)
        return question_key(first) if first else ROUTE
    if current.startswith("q:"):
        if returning_to_summary:  # editing one answer: ask only what became open, then back
            open_questions = unanswered_relevant(answers, override)
            return question_key(open_questions[0]) if open_questions else SUMMARY
        after = QUESTION_ORDER.index(current[2:])
        later = next((q for q in iter_relevant(answers, override)
                      if QUESTION_ORDER.index(q) > after), None)
        if later:
            return question_key(later)
        open_questions = unanswered_relevant(answers, override)
        return question_key(open_questions[0]) if open_questions else ROUTE
    if current == ROUTE:
        # A switched route may need answers the interview did not ask for yet.
        open_questions = unanswered_relevant(answers, override)
        if open_questions:
            return question_key(open_questions[0])
        return step_key(plan.step_ids[0]) if details_seen else DETAILS
    if current == DETAILS:
        return step_key(plan.step_ids[0])
    if current.startswith("step:"):
        ids = plan.step_ids
        step = current[5:]
        if step in ids and ids.index(step) + 1 < len(ids):
            return step_key(ids[ids.index(step) + 1])
        return SUMMARY
    return None


def path_to(target: str, answers: Answers, override: Route | None, plan: Plan,
            details_seen: bool = False) -> list[str]:
    """The pages from the welcome page to `target` as the wizard would visit them.

    Used to resume: walking this path rebuilds the wizard's history, so Back works.
    Returns just [WELCOME] when the target is no longer on the path (the plan changed).
    Resuming on the details page itself goes through it even when it was seen before.
    """
    seen = details_seen and target != DETAILS
    path = [WELCOME]
    while path[-1] != target:
        nxt = next_page(path[-1], answers, override, plan, details_seen=seen)
        if nxt is None or nxt in path:
            return [WELCOME]
        path.append(nxt)
    return path
