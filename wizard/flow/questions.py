"""The interview's questions and their answers, declared once.

The order is the order they are asked in. Everything else — the situation, the saved answers'
schema, the content check of questions.json, the interview's relevance — is derived from this.
Adding a question (or a value) changes the saved answers' schema: bump the profile schema
version and add a migration (wizard/store/document.py; tests/test_saved_schema.py insists).
"""

from __future__ import annotations

from typing import Literal

from typing_extensions import TypedDict

QUESTIONS: dict[str, tuple[str, ...]] = {
    "legal_person_account": ("yes", "no", "unsure"),
    "trust_level_l2": ("yes", "no", "unsure"),
    "verification_means": ("bank_certificate", "e_business_license", "both", "none", "unsure"),
    "provincial_login_initialized": ("yes", "no", "unsure"),
    "operator_personal_account": ("verified", "unverified", "forgotten", "none"),
    "unit_hrss_account": ("yes", "no", "unsure"),
    "authorization": ("done", "applied_waiting", "bound_not_applied", "not_started", "unsure"),
}
QUESTION_ORDER: tuple[str, ...] = tuple(QUESTIONS)

# For questions the interview never asked: by construction they cannot change the plan.
NEUTRAL_DEFAULTS: dict[str, str] = {
    "legal_person_account": "unsure",
    "trust_level_l2": "unsure",
    "verification_means": "unsure",
    "provincial_login_initialized": "unsure",
    "operator_personal_account": "none",
    "unit_hrss_account": "unsure",
    "authorization": "not_started",
}

Route = Literal["S", "R"]
ROUTES: tuple[str, ...] = ("S", "R")

# The saved answers: any subset of the questions, each with one of its values. pydantic
# validates it (typing_extensions' TypedDict: pydantic needs it on Python < 3.12).
AnswerValues = TypedDict(
    "AnswerValues", {q: Literal[values] for q, values in QUESTIONS.items()}, total=False)
AnswerValues.__pydantic_config__ = {"extra": "forbid"}


def check_answer(question: str, value: str) -> None:
    """ValueError unless `value` is an answer to `question`."""
    if question not in QUESTIONS:
        raise ValueError(f"no such question: {question!r}")
    if value not in QUESTIONS[question]:
        raise ValueError(f"{value!r} is not an answer to {question}")
