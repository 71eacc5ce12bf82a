"""What changed, typed: the session announces each change, and each view decides whether it
has to redraw (a page that does not show an answer ignores an answer's change)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

ChangeKind = Literal[
    "answer",  # key: the question
    "route",  # the route override
    "status",  # key: the step
    "date",  # the application date
    "details",  # key: the employer-details field
    "profile",  # another employer, or this one reset: everything
    "save",  # saving started failing or works again
    "language",  # everything shown in words
    "display",  # text size or contrast
]
EVERYTHING = frozenset({"profile", "language", "display"})


@dataclass(frozen=True)
class Change:
    kind: ChangeKind
    key: str | None = None

    @property
    def is_everything(self) -> bool:
        return self.kind in EVERYTHING
