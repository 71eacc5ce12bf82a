"""One employer's progress: answers, where they are, each step's status, and the optional
employer details. Plain dataclasses; wizard/store/document.py validates them (pydantic reads
the annotations below) and migrates older files.

Deliberately holds no personal secrets: there is no field for passwords, SMS codes,
verification codes or ID numbers (a test walks the schema to keep it that way).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date, datetime, timezone
from typing import Annotated, Literal

from annotated_types import MaxLen, Predicate

from wizard.flow.plan import Plan, plan
from wizard.flow.questions import AnswerValues, Route, check_answer
from wizard.flow.situation import situation_of

StepStatus = Literal["todo", "done", "later"]

# Times are aware and in a sane range: a hand-edited naive time would break every comparison,
# and year 1 or 9999 every date calculation. Anything else makes the file count as damaged.
EARLIEST_YEAR, LATEST_YEAR = 2000, 2200


def _sane_time(value: datetime) -> bool:
    return value.tzinfo is not None and value.utcoffset() is not None \
        and EARLIEST_YEAR <= value.year <= LATEST_YEAR


def _sane_day(value: date) -> bool:
    return EARLIEST_YEAR <= value.year <= LATEST_YEAR


Timestamp = Annotated[datetime, Predicate(_sane_time)]
Day = Annotated[date, Predicate(_sane_day)]
PAGE_KEY_MAX = 80


def now() -> datetime:
    return datetime.now(timezone.utc).replace(microsecond=0)  # noqa: UP017 (3.10 readers)


@dataclass
class StepRecord:
    __pydantic_config__ = {"extra": "forbid"}  # noqa: RUF012 (read by pydantic)

    status: StepStatus = "todo"
    changed_on: Day | None = None  # the day it was ticked done (or put off)


@dataclass
class EmployerDetails:
    """Optional, only what the user chooses to enter; used in the summary and where a step
    searches by the unit's codes. No ID-card number, no password, no code of any kind but the
    employer's public registration codes."""

    __pydantic_config__ = {"extra": "forbid", "str_strip_whitespace": True}  # noqa: RUF012

    unit_name: Annotated[str, MaxLen(100)] | None = None
    uscc: Annotated[str, MaxLen(18)] | None = None  # 统一社会信用代码
    org_code: Annotated[str, MaxLen(10)] | None = None  # 组织机构代码 (old licences)
    management_code: Annotated[str, MaxLen(20)] | None = None  # 单位管理码
    operator_name: Annotated[str, MaxLen(40)] | None = None
    operator_mobile: Annotated[str, MaxLen(11)] | None = None

    def is_empty(self) -> bool:
        return not any(getattr(self, f.name) for f in fields(self))


@dataclass
class Progress:
    __pydantic_config__ = {"extra": "forbid"}  # noqa: RUF012

    updated_at: Timestamp = field(default_factory=now)
    answers: AnswerValues = field(default_factory=dict)
    route_override: Route | None = None
    current_page: Annotated[str, MaxLen(PAGE_KEY_MAX)] = "welcome"
    steps: dict[Annotated[str, MaxLen(16)], StepRecord] = field(default_factory=dict)
    # The day the application was submitted (recorded by the step with the application_date
    # feature), to count the days waited for the office's answer.
    applied_on: Day | None = None
    employer: EmployerDetails = field(default_factory=EmployerDetails)
    employer_page_seen: bool = False  # the optional details page is offered once

    def plan(self) -> Plan:
        return plan(situation_of(self.answers, self.route_override))

    def set_answer(self, question: str, value: str) -> None:
        check_answer(question, value)
        self.answers[question] = value

    def status(self, step_id: str) -> StepStatus:
        record = self.steps.get(step_id)
        return record.status if record else "todo"

    def set_status(self, step_id: str, status: StepStatus, today: date | None = None) -> None:
        self.steps[step_id] = StepRecord(status=status, changed_on=today or date.today())

    def days_waited(self, today: date | None = None) -> int | None:
        if self.applied_on is None:
            return None
        return max(0, ((today or date.today()) - self.applied_on).days)

    def has_started(self) -> bool:
        return bool(self.answers) or self.current_page != "welcome"
