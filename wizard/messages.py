"""Messages from the core to the user, as codes with parameters — never sentences.

The core (store, details, report, desk) says *what* happened; the UI and the PDF say it in the
user's language (wizard/ui/words.py holds the one table of codes and their translatable
wording). Parameters are plain strings: names, file names, numbers, dates as ISO text.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Message:
    code: str
    params: tuple[tuple[str, str], ...] = ()

    def param(self, name: str, default: str = "") -> str:
        return next((v for k, v in self.params if k == name), default)

    def __str__(self) -> str:  # for logs and tests; users see the translated words
        return self.code + "".join(f" {k}={v}" for k, v in self.params)


def msg(code: str, **params: object) -> Message:
    return Message(code, tuple((k, str(v)) for k, v in params.items()))
