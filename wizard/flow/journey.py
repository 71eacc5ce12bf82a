"""The journey through the wizard's pages: typed page keys, the history Back walks, detours and
reset. Pure: the Qt wizard only mirrors `Journey.history` (wizard/ui/wizard.py).

Pages: the welcome page, one page per interview question, the route page, the optional
employer-details page (offered once, between the route page and the first step, and reachable
again as a detour), one page per step of the plan, and the summary.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal, Protocol

from wizard.flow.interview import iter_relevant, unanswered_relevant
from wizard.flow.plan import Plan
from wizard.flow.questions import QUESTION_ORDER, QUESTIONS

PageKind = Literal["welcome", "question", "route", "details", "step", "summary"]
_PREFIX = {"question": "q:", "step": "step:"}


class PageKey(str):
    """A page's key: its kind and, for questions and steps, the question or step id.

    Saved in the progress as its text ("welcome", "q:<question>", "route", "details",
    "step:<id>", "summary"), so it is a str too; code reads `.kind` and `.id`, never slices.
    """

    __slots__ = ()

    def __new__(cls, kind: str, id: str | None = None) -> PageKey:
        if id is None and kind in _PLAIN:
            return super().__new__(cls, kind)
        if id and kind in _PREFIX:
            return super().__new__(cls, _PREFIX[kind] + id)
        raise ValueError(f"not a page key: {kind!r} {id!r}")

    @property
    def kind(self) -> PageKind:
        for kind, prefix in _PREFIX.items():
            if self.startswith(prefix):
                return kind  # type: ignore[return-value]
        return str(self)  # type: ignore[return-value]

    @property
    def id(self) -> str | None:
        for prefix in _PREFIX.values():
            if self.startswith(prefix):
                return self[len(prefix):]
        return None

    def __repr__(self) -> str:
        return f"PageKey({str(self)!r})"

    @staticmethod
    def parse(text: str) -> PageKey | None:
        """The key saved as `text`; None if it is not a key (a hand-edited or older file)."""
        for kind, prefix in _PREFIX.items():
            if text.startswith(prefix) and len(text) > len(prefix):
                return PageKey(kind, text[len(prefix):])
        return PageKey(text) if text in _PLAIN else None


_PLAIN = ("welcome", "route", "details", "summary")
WELCOME, ROUTE, DETAILS, SUMMARY = (PageKey("welcome"), PageKey("route"), PageKey("details"),
                                    PageKey("summary"))


def question_key(question_id: str) -> PageKey:
    return PageKey("question", question_id)


def step_key(step_id: str) -> PageKey:
    return PageKey("step", step_id)


def all_page_keys(step_ids: tuple[str, ...]) -> list[PageKey]:
    return [WELCOME, *(question_key(q) for q in QUESTIONS), ROUTE, DETAILS,
            *(step_key(s) for s in step_ids), SUMMARY]


class JourneyState(Protocol):
    """What the journey reads of the progress."""

    answers: dict[str, str]
    route_override: str | None
    employer_page_seen: bool

    def plan(self) -> Plan: ...


def next_page(current: PageKey, state: JourneyState, returning_to_summary: bool = False,
              details_seen: bool | None = None, detour: PageKey | None = None) -> PageKey | None:
    """The page after `current`; None after the summary. All of the wizard's branching.

    `details_seen` (default: the progress says so): the route page leads straight to the first
    step. `detour`: the page from which the user asked for the employer details; the details
    page leads back to it.
    """
    answers, override = state.answers, state.route_override
    seen = state.employer_page_seen if details_seen is None else details_seen
    if detour is not None and current == DETAILS:
        return detour
    if current == WELCOME:
        first = next(iter_relevant(answers, override), None)
        return question_key(first) if first else ROUTE
    if current.kind == "question":
        if returning_to_summary:  # editing one answer: ask only what became open, then back
            open_questions = unanswered_relevant(answers, override)
            return question_key(open_questions[0]) if open_questions else SUMMARY
        after = QUESTION_ORDER.index(current.id)
        later = next((q for q in iter_relevant(answers, override)
                      if QUESTION_ORDER.index(q) > after), None)
        if later:
            return question_key(later)
        open_questions = unanswered_relevant(answers, override)
        return question_key(open_questions[0]) if open_questions else ROUTE
    plan = state.plan()
    if current == ROUTE:
        # A switched route may need answers the interview did not ask for yet.
        open_questions = unanswered_relevant(answers, override)
        if open_questions:
            return question_key(open_questions[0])
        return step_key(plan.step_ids[0]) if seen else DETAILS
    if current == DETAILS:
        return step_key(plan.step_ids[0])
    if current.kind == "step":
        following = plan.next_step(current.id)
        return step_key(following) if following else SUMMARY
    return None


def path_to(target: PageKey, state: JourneyState) -> list[PageKey]:
    """The pages from the welcome page to `target` as the wizard would visit them; just
    [WELCOME] when the target is no longer on the path (the plan changed). Resuming on the
    details page itself goes through it even when it was seen before."""
    seen = state.employer_page_seen and target != DETAILS
    path = [WELCOME]
    while path[-1] != target:
        nxt = next_page(path[-1], state, details_seen=seen)
        if nxt is None or nxt in path:
            return [WELCOME]
        path.append(nxt)
    return path


class Journey:
    """Where the user is and how they got there. `history[-1]` is the current page; Back pops.

    A detour (the employer details asked for from the summary or a step) remembers its origin,
    and Next on the details page returns there. Editing one answer from the summary asks only
    what the change opened, then returns to the summary.
    """

    def __init__(self, state: Callable[[], JourneyState]):
        self._state = state
        self.history: list[PageKey] = [WELCOME]
        self.returning_to_summary = False
        self.detour: PageKey | None = None

    @property
    def state(self) -> JourneyState:
        return self._state()

    @property
    def current(self) -> PageKey:
        return self.history[-1]

    def next_key(self) -> PageKey | None:
        detour = self.detour if self.current == DETAILS else None
        return next_page(self.current, self.state, self.returning_to_summary, detour=detour)

    def forward(self) -> PageKey | None:
        """Next: the page after this one. A page already in the history (the route page again
        after the questions a route switch added) is gone back to, so no page is in the history
        twice and Back from it goes where it went before."""
        target = self.next_key()
        if target is None:
            return None
        if target in self.history:
            del self.history[self.history.index(target) + 1:]
        else:
            self.history.append(target)
        self._arrived()
        return target

    def back(self) -> PageKey:
        if len(self.history) > 1:
            self.history.pop()
            self._arrived()
        return self.current

    def restart(self) -> None:
        self.history = [WELCOME]
        self.returning_to_summary = False
        self.detour = None

    def walk_to(self, target: PageKey) -> PageKey:
        """Go to `target` along the path the user would take, so Back still works from there;
        to the welcome page when the target is no longer on any path."""
        self.restart()
        self.history = path_to(target, self.state)
        return self.current

    def switch_route(self) -> PageKey:
        """The route was changed away from the route page (a check page's one-click switch): to
        the route page, which says the new route, as if it had been chosen there. Its Next asks
        what the new route needs that the interview never asked; while such a question is open
        no path reaches the route page, so the way there is the way to the first of them."""
        open_questions = unanswered_relevant(self.state.answers, self.state.route_override)
        if not open_questions:
            return self.walk_to(ROUTE)
        self.walk_to(question_key(open_questions[0]))
        self.history[-1] = ROUTE
        return self.current

    def edit_answer(self, question_id: str) -> None:
        """From the summary: back to one question, then straight back to the summary."""
        target = question_key(question_id)
        if target in self.history:
            del self.history[self.history.index(target) + 1:]
        else:
            self.walk_to(target)
        self.detour = None
        self.returning_to_summary = True

    def take_detour_to_details(self) -> None:
        """From the summary or a step: to the employer-details page, whose Next comes back.
        The caller marks the details page as seen first, so the rebuilt path skips it."""
        origin = self.current
        if origin == DETAILS:
            return
        if DETAILS in self.history:
            self.walk_to(origin)
        self.history.append(DETAILS)
        self.detour = origin

    def _arrived(self) -> None:
        if self.current == SUMMARY or self.current.kind != "question":
            self.returning_to_summary = False
        if self.current != DETAILS:
            self.detour = None
