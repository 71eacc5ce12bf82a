"""The facts of a summary, computed once from content and progress. No Qt here.

Only what the user entered or chose, and the guide's own texts: nothing here can hold a
secret, because the progress model has no field for one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from wizard.content import Content, Link
from wizard.store import Progress

LOGIN_URL = "https://ggfw.hrss.gd.gov.cn/isso/login.html"


@dataclass(frozen=True)
class StepRow:
    step_id: str
    title: str
    status: str  # "done" | "waiting" | "later" | "todo"
    changed_on: date | None
    instructions: tuple[str, ...] = ()  # only for steps still to do
    links: tuple[Link, ...] = ()


@dataclass(frozen=True)
class SummaryFacts:
    generated_on: date
    unit_name: str | None
    uscc: str | None
    route: str
    route_name: str
    route_reason: str
    steps: list[StepRow]
    next_text: str  # what to do next, in one or two sentences
    waiting: bool
    applied_on: date | None
    days_waited: int | None
    deadline_text: str
    deadline_detail: str
    help_line: str
    login_url: str = LOGIN_URL
    answers: list[tuple[str, str]] = field(default_factory=list)  # question, chosen answer

    @property
    def remaining(self) -> list[StepRow]:
        return [s for s in self.steps if s.status != "done"]


def format_day(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def summary_facts(content: Content, progress: Progress, today: date | None = None,
                  day_format: Callable[[date], str] = format_day) -> SummaryFacts:
    """`day_format` writes a date in the reader's language (the Qt layer passes its own)."""
    from wizard.flow import relevant_questions

    today = today or date.today()
    plan = progress.plan()
    texts = content.texts
    waiting = progress.is_waiting_for_sms()
    rows = []
    for step_id in plan.step_ids:
        step = content.steps[step_id]
        status = progress.shown_status(step_id)
        record = progress.steps.get(step_id)
        rows.append(StepRow(
            step_id=step_id,
            title=step.title,
            status=status,
            changed_on=record.changed_on if record and status == "done" else None,
            instructions=step.instructions if status != "done" else (),
            links=step.links if status != "done" else (),
        ))
    pending = [r for r in rows if r.status != "done"]
    days = progress.days_waited(today)
    applied = progress.authorization_applied_on
    if pending and pending[0].status == "waiting":
        next_text = (texts.summary.next_step_waiting
                     .replace("{date}", day_format(applied) if applied else "—")
                     .replace("{days}", str(days if days is not None else "—")))
    elif pending:
        next_text = texts.summary.next_step_todo.replace("{step}", pending[0].title)
    else:
        next_text = texts.summary.all_done
    answers = [
        (content.question(q).title, content.option_label(q, getattr(progress.answers, q)))
        for q in relevant_questions(progress.answers, progress.route_override)
        if getattr(progress.answers, q) is not None
    ]
    employer = progress.employer
    return SummaryFacts(
        generated_on=today,
        unit_name=employer.unit_name or None,
        uscc=employer.uscc or None,
        route=plan.route,
        route_name=texts.routes[plan.route].name,
        route_reason=texts.reasons[plan.route_reason],
        steps=rows,
        next_text=next_text,
        waiting=waiting,
        applied_on=applied,
        days_waited=days,
        deadline_text=texts.deadline.text,
        deadline_detail=texts.deadline.detail,
        help_line=texts.summary.help_line,
        answers=answers,
    )
