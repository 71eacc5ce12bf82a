"""Which interview questions can still change the plan.

A question is asked only if, given the answers to the questions before it, some answers to it
(with some answers to the questions still open) lead to a different plan. This is decided by
enumerating the small, finite space of situations, so it follows the rules in plan.py
exactly and can never drift from them.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import lru_cache
from itertools import product

from wizard.flow.plan import signature_of
from wizard.flow.questions import QUESTION_ORDER, QUESTIONS, Route


@lru_cache(maxsize=4096)
def _is_relevant(question: str, fixed: tuple[tuple[str, str], ...], override: str | None) -> bool:
    fixed_map = dict(fixed)
    free = [q for q in QUESTION_ORDER if q != question and q not in fixed_map]
    for completion in product(*(QUESTIONS[q] for q in free)):
        base = {**fixed_map, **dict(zip(free, completion, strict=True))}
        seen = set()
        for value in QUESTIONS[question]:
            base[question] = value
            seen.add(signature_of(tuple(base[q] for q in QUESTION_ORDER), override))
            if len(seen) > 1:
                return True
    return False


def is_relevant(question: str, answers: Mapping[str, str], override: Route | None = None) -> bool:
    before = QUESTION_ORDER[: QUESTION_ORDER.index(question)]
    fixed = tuple((q, answers[q]) for q in before if q in answers)
    return _is_relevant(question, fixed, override)


def iter_relevant(answers: Mapping[str, str], override: Route | None = None) -> Iterator[str]:
    """The questions to ask, in order, decided one at a time (callers often need one)."""
    return (q for q in QUESTION_ORDER if is_relevant(q, answers, override))


def relevant_questions(answers: Mapping[str, str], override: Route | None = None) -> list[str]:
    return list(iter_relevant(answers, override))


def unanswered_relevant(answers: Mapping[str, str], override: Route | None = None) -> list[str]:
    return [q for q in relevant_questions(answers, override) if q not in answers]
