"""What each page contributes to the side panel and to the summary — the pure half of the
page contract (wizard/ui/page_base.py holds the Qt half). Pure: no Qt, no sentences of the
program's own (those are message codes); content texts are already in the user's language.

The side panel, the summary page, the PDF, the copied text and the desk all read these, so a
new page kind adds its part here once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from wizard.content.model import Content, Link
from wizard.flow.interview import relevant_questions
from wizard.flow.journey import DETAILS, ROUTE, SUMMARY, WELCOME, PageKey, all_page_keys
from wizard.flow.plan import Plan
from wizard.report.status import ShownStatus, shown_status, waiting_step
from wizard.store.progress import EmployerDetails, Progress

LOGIN_URL = "https://ggfw.hrss.gd.gov.cn/isso/login.html"


@dataclass(frozen=True)
class Context:
    """Everything a part is computed from."""

    content: Content
    progress: Progress
    plan: Plan
    today: date
    current: PageKey = WELCOME  # the page shown now (the side panel marks it)

    @staticmethod
    def of(content: Content, progress: Progress, today: date | None = None,
           current: PageKey = WELCOME) -> Context:
        return Context(content, progress, progress.plan(), today or date.today(), current)

    @property
    def route_known(self) -> bool:
        """The route is only known once the interview is over."""
        return self.current in (ROUTE, DETAILS, SUMMARY) or self.current.kind == "step"


# --- the side panel --------------------------------------------------------------------------
SidebarState = ShownStatus | str  # "current" besides the shown statuses


@dataclass(frozen=True)
class SidebarEntry:
    id: str  # one row per id: every question page shares the interview's row
    title: str  # content text, or a message code (a "sidebar." code) the UI words
    state: str  # "done" | "current" | "waiting" | "later" | "todo"
    number: int | None = None  # the step's number on the route


def _fixed_row(row_id: str, is_current: bool, done: bool) -> SidebarEntry:
    return SidebarEntry(row_id, f"sidebar.{row_id}",
                        "current" if is_current else ("done" if done else "todo"))


def sidebar_entry(key: PageKey, ctx: Context) -> SidebarEntry | None:
    cur = ctx.current
    if key.kind == "question":
        return _fixed_row("interview", cur.kind == "question", ctx.route_known)
    if key == ROUTE:
        return _fixed_row("route", cur == ROUTE, cur == DETAILS or cur == SUMMARY or cur.kind == "step")
    if key.kind == "step":
        ids = ctx.plan.step_ids
        if not ctx.route_known:
            return SidebarEntry("steps", "sidebar.steps", "todo") if key.id == ids[0] else None
        if key.id not in ids:
            return None
        status = shown_status(ctx.content, ctx.progress, ctx.plan, key.id)
        state = "current" if cur == key and status != "done" else status
        return SidebarEntry(key.id, ctx.content.steps[key.id].short_title, state,
                            ids.index(key.id) + 1)
    if key == SUMMARY:
        return _fixed_row("summary", cur == SUMMARY, False)
    return None  # the welcome and details pages have no row


def sidebar(ctx: Context) -> list[SidebarEntry]:
    """The side panel's rows, top to bottom (steps in the plan's order)."""
    keys = [k for k in all_page_keys(tuple(ctx.content.steps)) if k.kind != "step"]
    steps = [PageKey("step", s) for s in ctx.plan.step_ids]
    ordered = [*keys[: keys.index(SUMMARY)], *steps, SUMMARY]
    rows: dict[str, SidebarEntry] = {}
    for key in ordered:
        entry = sidebar_entry(key, ctx)
        if entry is not None and entry.id not in rows:
            rows[entry.id] = entry
    return list(rows.values())


# --- the summary -----------------------------------------------------------------------------
@dataclass(frozen=True)
class StepRow:
    step_id: str
    title: str
    status: ShownStatus
    changed_on: date | None
    instructions: tuple[str, ...] = ()  # only for steps still to do
    links: tuple[Link, ...] = ()


@dataclass(frozen=True)
class AnswerRow:
    question_id: str
    question: str
    answer: str


@dataclass(frozen=True)
class RoutePart:
    route: str
    name: str
    reason: str


@dataclass(frozen=True)
class SummaryFacts:
    generated_on: date
    unit_name: str | None
    uscc: str | None
    employer: EmployerDetails
    route: RoutePart
    steps: list[StepRow]
    next_text: str  # what to do next, in one or two sentences (content's words)
    waiting: bool
    applied_on: date | None
    days_waited: int | None
    deadline_text: str
    deadline_detail: str
    help_line: str
    edition: str
    login_url: str = LOGIN_URL
    answers: list[AnswerRow] = field(default_factory=list)

    @property
    def remaining(self) -> list[StepRow]:
        return [s for s in self.steps if s.status != "done"]


def instruction_text(text: str, ctx: Context, step_id: str) -> str:
    """An instruction as shown: {next_step} becomes the title of the page after this step."""
    if "{next_step}" not in text:
        return text
    following = ctx.plan.next_step(step_id)
    title = ctx.content.steps[following].title if following else ""
    return text.replace("{next_step}", title)


def summary_part(key: PageKey, ctx: Context):
    """The page's part of the summary: a StepRow, an AnswerRow, the RoutePart, the employer
    details, or None."""
    c, p = ctx.content, ctx.progress
    if key.kind == "question":
        value = p.answers.get(key.id)
        if value is None or key.id not in relevant_questions(p.answers, p.route_override):
            return None
        return AnswerRow(key.id, c.question(key.id).title, c.option_label(key.id, value))
    if key == ROUTE:
        return RoutePart(ctx.plan.route, c.texts.routes[ctx.plan.route].name,
                         c.texts.reasons[ctx.plan.route_reason])
    if key == DETAILS:
        return p.employer
    if key.kind == "step" and key.id in ctx.plan.step_ids:
        step = c.steps[key.id]
        status = shown_status(c, p, ctx.plan, key.id)
        record = p.steps.get(key.id)
        todo = status != "done"
        return StepRow(key.id, step.title, status,
                       record.changed_on if record and not todo else None,
                       tuple(instruction_text(t, ctx, key.id) for t in step.instructions)
                       if todo else (), step.links if todo else ())
    return None


def summary_facts(content: Content, progress: Progress, today: date | None = None,
                  day_format: Callable[[date], str] = date.isoformat) -> SummaryFacts:
    """The whole summary, from the parts of every page in journey order. `day_format` writes
    a date in the reader's language (the Qt layer passes its own)."""
    ctx = Context.of(content, progress, today, SUMMARY)
    steps = [PageKey("step", s) for s in ctx.plan.step_ids]
    questions = [k for k in all_page_keys(()) if k.kind == "question"]
    answers = [a for a in (summary_part(k, ctx) for k in questions) if a is not None]
    rows = [summary_part(k, ctx) for k in steps]
    texts = content.texts
    pending = [r for r in rows if r.status != "done"]
    days = progress.days_waited(ctx.today)
    applied = progress.applied_on
    waiting = waiting_step(content, progress, ctx.plan) is not None
    if pending and pending[0].status == "waiting" and applied is None:
        next_text = texts.waiting_no_date
    elif pending and pending[0].status == "waiting":
        next_text = (texts.summary.next_step_waiting.replace("{date}", day_format(applied))
                     .replace("{days}", str(days)))
    elif pending:
        next_text = texts.summary.next_step_todo.replace("{step}", pending[0].title)
    else:
        next_text = texts.summary.all_done
    employer = summary_part(DETAILS, ctx)
    return SummaryFacts(
        generated_on=ctx.today, unit_name=employer.unit_name, uscc=employer.uscc,
        employer=employer, route=summary_part(ROUTE, ctx), steps=rows, next_text=next_text,
        waiting=waiting, applied_on=applied, days_waited=days,
        deadline_text=texts.deadline.text, deadline_detail=texts.deadline.detail,
        help_line=texts.summary.help_line, edition=content.edition, answers=answers)


# --- where an employer stands (the welcome page, the profile list, the desk) ----------------
@dataclass(frozen=True)
class Whereabouts:
    state: str  # "not_started" | "interview" | "route" | "details" | "step" | "waiting" | "summary"
    step_id: str | None = None  # the step (state "step" or "waiting")
    days_waited: int | None = None
    route: str | None = None  # once the interview has decided it
    done: int = 0  # steps done of `total`, once the route is known
    total: int = 0
    finished: bool = False  # every step of the plan is done


def whereabouts(content: Content, progress: Progress, today: date | None = None,
                plan: Plan | None = None) -> Whereabouts:
    """`plan`: progress.plan(), when the caller has it already (the desk, for each employer)."""
    if not progress.has_started():
        return Whereabouts("not_started")
    plan = plan or progress.plan()
    key = PageKey.parse(progress.current_page) or WELCOME
    ids = plan.step_ids
    done = sum(1 for s in ids if progress.status(s) == "done")
    waiting = waiting_step(content, progress, plan)
    route_known = key in (ROUTE, DETAILS, SUMMARY) or key.kind == "step" or waiting is not None
    common = {"route": plan.route if route_known else None, "done": done if route_known else 0,
              "total": len(ids) if route_known else 0,
              "finished": route_known and done == len(ids)}
    if waiting is not None:
        return Whereabouts("waiting", waiting, progress.days_waited(today), **common)
    if key.kind == "step" and key.id in ids:
        return Whereabouts("step", key.id, **common)
    if key.kind == "question" or key == WELCOME:
        return Whereabouts("interview", **common)
    if key.kind == "step":  # a step of the route just left (switched from a check page)
        return Whereabouts("route", **common)
    return Whereabouts(key.kind, **common)
