"""The user's progress: answers, where they are, and each step's status and date.

Deliberately holds no personal secrets: there is no field for passwords, SMS codes,
verification codes or ID numbers (a test walks the schema to keep it that way).
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from wizard.flow import Answers, Plan, plan
from wizard.flow.situation import Route

SCHEMA_VERSION = 1
StepStatus = Literal["todo", "done", "later"]


def now() -> datetime:
    return datetime.now(timezone.utc).replace(microsecond=0)  # noqa: UP017 (3.10 readers)


class StepRecord(BaseModel):
    model_config = ConfigDict(extra="forbid")

    status: StepStatus = "todo"
    changed_on: date | None = None  # the day it was ticked done (or put off)


class EmployerDetails(BaseModel):
    """Optional, only what the user chooses to enter; used in the summary and at R5.

    The least the job needs: no ID-card number, no password, no code of any kind but the
    employer's public registration codes.
    """

    model_config = ConfigDict(extra="forbid", validate_assignment=True, str_strip_whitespace=True)

    unit_name: str | None = Field(default=None, max_length=100)
    uscc: str | None = Field(default=None, max_length=18)  # 统一社会信用代码
    org_code: str | None = Field(default=None, max_length=10)  # 组织机构代码 (old licences)
    management_code: str | None = Field(default=None, max_length=20)  # 单位管理码
    operator_name: str | None = Field(default=None, max_length=40)
    operator_mobile: str | None = Field(default=None, max_length=11)

    def is_empty(self) -> bool:
        return not any(self.model_dump().values())


class Progress(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    schema_version: int = SCHEMA_VERSION
    updated_at: datetime = Field(default_factory=now)
    answers: Answers = Field(default_factory=Answers)
    route_override: Route | None = None
    current_page: str = "welcome"
    steps: dict[str, StepRecord] = Field(default_factory=dict)
    # The day the authorisation code was applied for (R5), to count the days waited.
    authorization_applied_on: date | None = None
    employer: EmployerDetails = Field(default_factory=EmployerDetails)
    employer_page_seen: bool = False  # the optional details page is offered once

    def plan(self) -> Plan:
        return plan(self.answers.situation(self.route_override))

    def status(self, step_id: str) -> StepStatus:
        record = self.steps.get(step_id)
        return record.status if record else "todo"

    def set_status(self, step_id: str, status: StepStatus, today: date | None = None) -> None:
        self.steps[step_id] = StepRecord(status=status, changed_on=today or date.today())

    def shown_status(self, step_id: str) -> str:
        """The status a user is shown: "done", "waiting" (R6 until the SMS), "later" or "todo"."""
        status = self.status(step_id)
        if status != "done" and step_id == "R6" and self.is_waiting_for_sms():
            return "waiting"
        return status

    def is_waiting_for_sms(self) -> bool:
        """Between applying for the authorisation code and doing 授权码实名 (R6)."""
        p = self.plan()
        return "R6" in p.step_ids and self.status("R6") != "done" and (
            self.status("R5") == "done" or self.answers.authorization == "applied_waiting"
        )

    def days_waited(self, today: date | None = None) -> int | None:
        if self.authorization_applied_on is None:
            return None
        return max(0, ((today or date.today()) - self.authorization_applied_on).days)

    def has_started(self) -> bool:
        return bool(self.answers.given()) or self.current_page != "welcome"
