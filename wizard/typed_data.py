"""Plain JSON data <-> the program's dataclasses, without pydantic.

The saved and content models are standard dataclasses whose annotations pydantic validates
(wizard/validation.py). Validating costs importing pydantic and building its schemas — too
slow for every start. Data this program version has already validated (the caches in
wizard/validation.py) is therefore rebuilt here from its plain JSON form, trusting it, and
models are written back to plain JSON here too.

Handles exactly the types the models use: dataclasses, Annotated, Literal, Optional/unions
with None, tuple[X, ...], list[X], dict[str, X], TypedDicts (kept as dicts), str, int, float,
bool, date and datetime (ISO 8601).
"""

from __future__ import annotations

import dataclasses
import types
import typing
from datetime import date, datetime
from functools import cache
from typing import Any, Union, get_args, get_origin

_TYPED_DICT_MARK = "__total__"


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls, include_extras=False)


def from_plain(tp: Any, value: Any) -> Any:
    """Build a value of type `tp` from its plain JSON form (assumed already valid)."""
    origin = get_origin(tp)
    if origin is typing.Annotated:  # pragma: no cover - get_type_hints strips these
        return from_plain(get_args(tp)[0], value)
    if origin in (Union, types.UnionType):
        if value is None:
            return None
        inner = [a for a in get_args(tp) if a is not type(None)]
        return from_plain(inner[0], value)
    if origin is typing.Literal or tp in (str, int, float, bool, Any):
        return value
    if origin is tuple:
        return tuple(from_plain(get_args(tp)[0], v) for v in value)
    if origin is list:
        return [from_plain(get_args(tp)[0], v) for v in value]
    if origin is dict:
        item = get_args(tp)[1]
        return {k: from_plain(item, v) for k, v in value.items()}
    if tp is datetime:
        return datetime.fromisoformat(value)
    if tp is date:
        return date.fromisoformat(value)
    if dataclasses.is_dataclass(tp):
        hints = _hints(tp)
        return tp(**{k: from_plain(hints[k], v) for k, v in value.items()})
    if isinstance(tp, type) and hasattr(tp, _TYPED_DICT_MARK):
        return dict(value)
    raise TypeError(f"from_plain: unsupported type {tp!r}")


def to_plain(value: Any) -> Any:
    """A dataclass (or anything inside one) as plain JSON data; field order is kept."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (tuple, list)):
        return [to_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: to_plain(v) for k, v in value.items()}
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return value
