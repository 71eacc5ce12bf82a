"""Checking data against the program's models: pydantic validates the models' own annotations
(wizard/store/progress.py, document.py, wizard/content/model.py …). It is imported here, on
first use — never at a start-up where every file read is one this program version has already
checked (wizard/store/checked.py, the content cache in wizard/content/loader.py).
"""

from __future__ import annotations

import hashlib
from functools import cache
from typing import Any


@cache
def adapter(tp: Any):
    from pydantic import TypeAdapter

    return TypeAdapter(tp)


def validate(tp: Any, data: Any) -> Any:
    """`data` as a `tp`, fully checked; raises pydantic's ValidationError (a ValueError)."""
    return adapter(tp).validate_python(data)


def json_schema(tp: Any) -> dict:
    return adapter(tp).json_schema()


def digest(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()
