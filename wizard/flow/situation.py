"""The user's account situation: every question answered, plus an optional route override."""

from __future__ import annotations

from collections.abc import Mapping

from wizard.flow.questions import NEUTRAL_DEFAULTS, QUESTION_ORDER, Route, check_answer


class Situation:
    """Everything that decides the route: an answer to every question, and the route the user
    chose over the recommended one (None: follow the recommendation). Immutable."""

    __slots__ = ("route_override", "values")

    def __init__(self, route_override: Route | None = None, **answers: str):
        missing = [q for q in QUESTION_ORDER if q not in answers]
        extra = [q for q in answers if q not in QUESTION_ORDER]
        if missing or extra:
            raise ValueError(f"a situation answers every question (missing {missing}, "
                             f"unknown {extra})")
        for q in QUESTION_ORDER:
            check_answer(q, answers[q])
        if route_override not in (None, "S", "R"):
            raise ValueError(f"no such route: {route_override!r}")
        object.__setattr__(self, "values", tuple(answers[q] for q in QUESTION_ORDER))
        object.__setattr__(self, "route_override", route_override)

    def __setattr__(self, name, value):
        raise AttributeError("a Situation cannot be changed")

    def __getattr__(self, name: str) -> str:
        try:
            return self.values[QUESTION_ORDER.index(name)]
        except ValueError:
            raise AttributeError(name) from None

    def __eq__(self, other) -> bool:
        return isinstance(other, Situation) and (self.values, self.route_override) == (
            other.values, other.route_override)

    def __hash__(self) -> int:
        return hash((self.values, self.route_override))

    def __repr__(self) -> str:
        pairs = ", ".join(f"{q}={v!r}" for q, v in zip(QUESTION_ORDER, self.values, strict=True))
        return f"Situation({pairs}, route_override={self.route_override!r})"


def situation_of(answers: Mapping[str, str], route_override: Route | None = None) -> Situation:
    """A partly answered interview as a whole situation: unasked questions take the neutral
    default (which, by construction of the interview, cannot change the plan)."""
    return Situation(route_override, **{**NEUTRAL_DEFAULTS, **answers})
