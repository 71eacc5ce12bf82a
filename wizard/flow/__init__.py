"""Pure routing logic: Situation -> Plan. No Qt here (a test enforces it)."""

from wizard.flow.interview import QUESTION_ORDER, relevant_questions, unanswered_relevant
from wizard.flow.plan import ALL_STEP_IDS, REASON_CODES, Plan, PlanEntry, plan
from wizard.flow.situation import Answers, Situation

__all__ = [
    "ALL_STEP_IDS",
    "QUESTION_ORDER",
    "REASON_CODES",
    "Answers",
    "Plan",
    "PlanEntry",
    "Situation",
    "plan",
    "relevant_questions",
    "unanswered_relevant",
]
