"""The desk's table: one row per employer, its counts, its filter and its sort. No Qt.

Every row is derived from the report layer (wizard.report: `whereabouts()` for where the
employer stands, `shown_status()` for a step's status), so the desk, the welcome page, the
side panel and the summary never disagree. The next action is the summary's next step: the
first step of the plan not done (wizard.report.facts.summary_facts does the same).

Rows carry ids and codes, never sentences: the Qt model (wizard/ui/desk_model.py) words them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal

from wizard.content.model import Content
from wizard.report.facts import whereabouts
from wizard.report.status import ShownStatus, shown_status
from wizard.store.names import fold
from wizard.store.profiles import Profile

State = Literal["not_started", "in_progress", "waiting", "done", "read_only"]
STATES: tuple[State, ...] = ("not_started", "in_progress", "waiting", "done")  # the filter's
# What to do next: start; answer the questions; do a step (next_step); wait for the SMS;
# nothing (all done); update the program (the file is from a newer one).
NextKind = Literal["start", "interview", "step", "waiting", "done", "update_program"]
# The table's columns, in order (the Qt model gives each a heading): what a clerk acts on
# first; the route and the code last, where a narrow screen scrolls to them.
COLUMNS = ("name", "step", "status", "days", "next", "last_visit", "done", "route", "uscc")
# Where an employer stands before and after the steps, ranked to sort with the steps.
_PLACE_RANK = {"not_started": 0, "interview": 1, "route": 2, "details": 3, "summary": 10_000}
_STATUS_RANK = {"todo": 0, "later": 1, "waiting": 2, "done": 3}


@dataclass(frozen=True)
class DeskRow:
    id: str
    name: str
    uscc: str  # "" when none was given
    note: str
    operator_name: str
    operator_mobile: str
    state: State
    place: str  # whereabouts().state, or "read_only"
    route: str | None  # once the interview has decided it
    step_id: str | None  # the step they left off at (place "step" or "waiting")
    step_status: ShownStatus | None  # that step's status as shown everywhere
    step_rank: int  # where `place`/`step_id` comes on the way (for sorting)
    days_waited: int | None  # waiting for the SMS, since the application date
    last_visit: datetime  # when their progress last changed (aware)
    next_kind: NextKind
    next_step: str | None  # the step to do next (next_kind "step")
    done: bool  # every step of the plan done
    search_text: str  # folded name, code and note (`matches`)
    name_sort: str  # the name folded, made once: sorting is hot


def matches(query: str, *fields: str) -> bool:
    """Whether any field holds the query, ignoring case, widths and spaces ("" matches
    everything)."""
    q = fold(query)
    return not q or any(q in fold(f) for f in fields)


def _step_order(content: Content) -> dict[str, int]:
    return {step_id: n for n, step_id in enumerate(content.steps)}


def _plan_of(progress, plans: dict | None):
    """progress.plan(), made once per distinct set of answers (a plan depends on nothing else;
    a service centre's employers share a handful)."""
    if plans is None:
        return progress.plan()
    key = (tuple(sorted(progress.answers.items())), progress.route_override)
    plan = plans.get(key)
    if plan is None:
        plan = plans[key] = progress.plan()
    return plan


def desk_row(content: Content, profile: Profile, today: date, plans: dict | None = None,
             order: dict[str, int] | None = None) -> DeskRow:
    meta, progress = profile.meta, profile.progress
    employer = progress.employer
    uscc = meta.uscc or employer.uscc or ""
    common: dict[str, Any] = {
        "id": profile.id, "name": profile.name, "uscc": uscc, "note": meta.note or "",
        "operator_name": employer.operator_name or "",
        "operator_mobile": employer.operator_mobile or "",
        "last_visit": progress.updated_at,
        "search_text": " ".join(fold(x) for x in (profile.name, uscc, meta.note or "")),
        # Stored names are normalised already (wizard.store.names): folding is enough to sort.
        "name_sort": fold(profile.name),
    }
    if profile.read_only:
        return DeskRow(**common, state="read_only", place="read_only", route=None, step_id=None,
                       step_status=None, step_rank=-1, days_waited=None,
                       next_kind="update_program", next_step=None, done=False)
    plan = _plan_of(progress, plans)
    where = whereabouts(content, progress, today, plan)
    order = order if order is not None else _step_order(content)
    step_status = None
    if where.step_id is not None:
        step_status = shown_status(content, progress, plan, where.step_id)
        step_rank = 100 + order[where.step_id]
    else:
        step_rank = _PLACE_RANK.get(where.state, 0)
    next_step = None
    if where.state == "not_started":
        state, next_kind = "not_started", "start"
    elif where.route is None:
        state, next_kind = "in_progress", "interview"
    else:
        pending = next(((s, st) for s in plan.step_ids
                        if (st := shown_status(content, progress, plan, s)) != "done"), None)
        if pending is None:
            state, next_kind = "done", "done"
        elif pending[1] == "waiting":
            state, next_kind = "waiting", "waiting"
        else:
            state, next_kind, next_step = "in_progress", "step", pending[0]
    if where.state == "waiting":
        state = "waiting"
    return DeskRow(**common, state=state, place=where.state, route=where.route,
                   step_id=where.step_id, step_status=step_status, step_rank=step_rank,
                   days_waited=where.days_waited if where.state == "waiting" else None,
                   next_kind=next_kind, next_step=next_step, done=where.finished)


def desk_rows(content: Content, profiles: Iterable[Profile], today: date) -> list[DeskRow]:
    plans: dict = {}
    order = _step_order(content)
    return [desk_row(content, p, today, plans, order) for p in profiles]


# --- the count line ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Counts:
    total: int
    done: int
    waiting: int
    oldest_wait: int | None  # days, of those waiting with a known application date
    not_started: int
    in_progress: int


def count(rows: Sequence[DeskRow]) -> Counts:
    by_state = {s: 0 for s in (*STATES, "read_only")}
    for row in rows:
        by_state[row.state] += 1
    waited = [r.days_waited for r in rows if r.state == "waiting" and r.days_waited is not None]
    return Counts(len(rows), by_state["done"], by_state["waiting"], max(waited, default=None),
                  by_state["not_started"], by_state["in_progress"])


def deadline_day(content: Content, today: date) -> date | None:
    """This year's usual deadline (the catalogue's month and day; 29 February is the 28th in
    other years), or None when the content gives none."""
    if content.usual_deadline is None:
        return None
    month, day = content.usual_deadline
    try:
        return date(today.year, month, day)
    except ValueError:
        return date(today.year, month, day - 1)


def days_left(content: Content, today: date) -> int | None:
    """Days from today to this year's usual deadline (0 on the day, negative once it passed)."""
    day = deadline_day(content, today)
    return None if day is None else (day - today).days


# --- filter and sort -----------------------------------------------------------------------------
@dataclass(frozen=True)
class Filter:
    state: State | None = None  # None: every employer
    waited_more_than: int | None = None  # days: only those waiting longer
    query: str = ""  # part of the name, the code or the note

    def accepts(self, row: DeskRow) -> bool:
        if self.state is not None and row.state != self.state:
            return False
        if self.waited_more_than is not None and (
                row.state != "waiting" or row.days_waited is None
                or row.days_waited <= self.waited_more_than):
            return False
        q = fold(self.query)
        return not q or q in row.search_text


def sort_key(row: DeskRow, column: str) -> Any:
    """The value a column sorts by (None: no value; such rows go last either way)."""
    if column == "name":
        return row.name_sort
    if column == "uscc":
        return row.uscc or None
    if column == "route":
        return row.route
    if column == "step":
        return row.step_rank
    if column == "status":
        return _STATUS_RANK[row.step_status] if row.step_status else None
    if column == "days":
        return row.days_waited
    if column == "last_visit":
        return row.last_visit
    if column == "next":
        return (row.next_kind, row.next_step or "")
    if column == "done":
        return row.done
    raise KeyError(column)


def sorted_rows(rows: Sequence[DeskRow], column: str, descending: bool = False) -> list[DeskRow]:
    """The rows by a column; ties by name; rows without a value last in either order."""
    by_name = sorted(rows, key=lambda r: r.name_sort)
    keyed = [(sort_key(r, column), r) for r in by_name]
    present = [kr for kr in keyed if kr[0] is not None]
    missing = [r for k, r in keyed if k is None]
    present.sort(key=lambda kr: kr[0], reverse=descending)  # stable: ties stay by name
    return [r for _, r in present] + missing
