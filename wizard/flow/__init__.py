"""Pure routing logic: the questions, Situation -> Plan, the interview, the journey through the
pages. No Qt and no pydantic here (tests enforce both)."""

from wizard.flow.interview import relevant_questions, unanswered_relevant
from wizard.flow.plan import Plan, PlanEntry, all_reason_codes, plan
from wizard.flow.questions import QUESTION_ORDER, QUESTIONS, Route
from wizard.flow.situation import Situation, situation_of

__all__ = [
    "QUESTIONS",
    "QUESTION_ORDER",
    "Plan",
    "PlanEntry",
    "Route",
    "Situation",
    "all_reason_codes",
    "plan",
    "relevant_questions",
    "situation_of",
    "unanswered_relevant",
]
