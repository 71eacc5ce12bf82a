"""The user's account situation, as answered in the interview."""

from __future__ import annotations

from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict

YesNoUnsure = Literal["yes", "no", "unsure"]
VerificationMeans = Literal["bank_certificate", "e_business_license", "both", "none", "unsure"]
OperatorAccount = Literal["verified", "unverified", "forgotten", "none"]
Authorization = Literal["done", "applied_waiting", "not_started"]
Route = Literal["S", "R"]


class Situation(BaseModel):
    """Everything that decides the route; exactly the interview's answers plus an override."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    legal_person_account: YesNoUnsure
    trust_level_l2: YesNoUnsure
    verification_means: VerificationMeans
    provincial_login_initialized: YesNoUnsure
    operator_personal_account: OperatorAccount
    unit_hrss_account: YesNoUnsure
    authorization: Authorization
    route_override: Route | None = None


# The interview fields and their allowed values, in the order they are asked.
ANSWER_VALUES: dict[str, tuple[str, ...]] = {
    name: get_args(field.annotation)
    for name, field in Situation.model_fields.items()
    if name != "route_override"
}

# Used for questions the interview never asked: by construction they cannot change the plan.
NEUTRAL_DEFAULTS: dict[str, str] = {
    "legal_person_account": "unsure",
    "trust_level_l2": "unsure",
    "verification_means": "unsure",
    "provincial_login_initialized": "unsure",
    "operator_personal_account": "none",
    "unit_hrss_account": "unsure",
    "authorization": "not_started",
}


class Answers(BaseModel):
    """A partly answered interview: None means "not asked (yet)"."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    legal_person_account: YesNoUnsure | None = None
    trust_level_l2: YesNoUnsure | None = None
    verification_means: VerificationMeans | None = None
    provincial_login_initialized: YesNoUnsure | None = None
    operator_personal_account: OperatorAccount | None = None
    unit_hrss_account: YesNoUnsure | None = None
    authorization: Authorization | None = None

    def given(self) -> dict[str, str]:
        return {k: v for k, v in self.model_dump().items() if v is not None}

    def situation(self, route_override: Route | None = None) -> Situation:
        values = {**NEUTRAL_DEFAULTS, **self.given()}
        return Situation(**values, route_override=route_override)
