"""The profile file: one employer's name and progress, versioned and migrated.

    {"format": "wengang-wizard-profile", "schema_version": 3,
     "profile": {"name": …, "uscc": …, "note": …, "created_at": …},
     "progress": {…Progress…}}

It is also the export format (an export is a copy of it).

The rule for SCHEMA_VERSION (as napari's settings): bump it whenever a change to the saved
models would make an older program reject or misread a file this one writes — a new field, a
new answer value, a new question, a renamed or retyped field — and add the migration from the
previous version to MIGRATIONS. tests/test_saved_schema.py compares the models' JSON Schema
with the committed snapshot of the current version (schemas/profile-v<N>.json) and fails on
any difference until both are done; `uv run python tools/schemas.py` writes the new snapshot.
An older program shows a newer file read-only ("请更新本程序") instead of calling it damaged.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Annotated, Any, Literal

from annotated_types import MaxLen, MinLen

from wizard.store.names import STORED_NAME_MAX
from wizard.store.progress import Progress, Timestamp, now
from wizard.typed_data import from_plain, to_plain

FORMAT = "wengang-wizard-profile"
SCHEMA_VERSION = 3
DEFAULT_NAME = "我的单位"  # a single employer who never named it (shown as the journey's unit)


@dataclass
class ProfileMeta:
    """Who this progress is for. Only what the user typed: a name, optionally the public code."""

    __pydantic_config__ = {"extra": "forbid", "str_strip_whitespace": True}  # noqa: RUF012

    name: Annotated[str, MinLen(1), MaxLen(STORED_NAME_MAX)]
    uscc: Annotated[str, MaxLen(18)] | None = None  # 统一社会信用代码
    note: Annotated[str, MaxLen(200)] | None = None
    created_at: Timestamp = field(default_factory=now)


@dataclass
class ProfileDocument:
    """The file on disk (and the export), current version."""

    __pydantic_config__ = {"extra": "forbid"}  # noqa: RUF012

    format: Literal[FORMAT]
    schema_version: Literal[SCHEMA_VERSION]  # a literal, so an older or newer file never passes
    profile: ProfileMeta
    progress: Progress


class NewerFile(Exception):
    """Written by a newer program: left untouched, shown read-only."""

    def __init__(self, name: str | None):
        super().__init__(name)
        self.name = name


class Damaged(ValueError):
    """Not a profile document this program can use."""


# --- migrations: schema_version N -> a function turning a version-N document into N+1 -------
def _v1_to_v2(data: dict) -> dict:
    """Version 1 was a bare Progress in progress.json: wrap it in a profile."""
    progress = dict(data)
    employer = progress.get("employer")
    employer = employer if isinstance(employer, dict) else {}
    name = employer.get("unit_name")
    uscc = employer.get("uscc")
    return {
        "format": FORMAT,
        "schema_version": 2,
        "profile": {
            "name": name if isinstance(name, str) and name.strip() else DEFAULT_NAME,
            "uscc": uscc if isinstance(uscc, str) else None,
            "note": None,
            "created_at": progress.get("updated_at") or now().isoformat(),
        },
        "progress": progress,
    }


def _v2_to_v3(data: dict) -> dict:
    """Version 3: the progress lost its own schema_version (one version for the file), the
    application date became `applied_on`, and the authorisation answer gained two values."""
    progress = dict(data.get("progress") or {}) if isinstance(data.get("progress"), dict) \
        else data.get("progress")
    if isinstance(progress, dict):
        progress.pop("schema_version", None)
        if "authorization_applied_on" in progress:
            progress["applied_on"] = progress.pop("authorization_applied_on")
        if isinstance(progress.get("answers"), dict):  # unasked questions: absent, not null
            progress["answers"] = {k: v for k, v in progress["answers"].items() if v is not None}
    return {**data, "schema_version": 3, "progress": progress}


MIGRATIONS: dict[int, Callable[[dict], dict]] = {1: _v1_to_v2, 2: _v2_to_v3}


def upgrade(data: dict) -> dict:
    """Bring a document of any older version up to SCHEMA_VERSION (NewerFile if newer)."""
    version = data.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise Damaged(f"schema_version {version!r} is not a version")
    if version > SCHEMA_VERSION:
        raise NewerFile(name_in(data))
    while version < SCHEMA_VERSION:
        data = MIGRATIONS[version](data)
        if data.get("schema_version") != version + 1:
            raise Damaged(f"migration from {version} did not give {version + 1}")
        version += 1
    return data


def name_in(data: Any) -> str | None:
    """The profile's name, if a (possibly damaged) document still shows it."""
    if isinstance(data, dict):
        meta = data.get("profile")
        name = meta.get("name") if isinstance(meta, dict) else None
        if isinstance(name, str) and name.strip():
            from wizard.store.names import normalise_name

            return normalise_name(name)[:STORED_NAME_MAX] or None
    return None


def document_from_data(data: Any, trusted: bool = False) -> ProfileDocument:
    """A current document from parsed JSON: migrated, then validated in full (pydantic) unless
    `trusted` (these exact bytes were validated by this program version before). Raises Damaged
    or NewerFile."""
    if not isinstance(data, dict):
        raise Damaged("not a JSON object")
    version = data.get("schema_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > SCHEMA_VERSION:
        raise NewerFile(name_in(data))
    if isinstance(version, int) and version >= 2 and data.get("format") != FORMAT:
        raise Damaged("not a profile document")
    data = upgrade(data)
    if trusted:
        return from_plain(ProfileDocument, data)
    from wizard.validation import validate

    try:
        document = validate(ProfileDocument, data)
    except ValueError as exc:  # pydantic's ValidationError is a ValueError
        raise Damaged(str(exc)) from None
    from wizard.store.names import normalise_name

    document.profile.name = normalise_name(document.profile.name) or DEFAULT_NAME
    return document


def is_normal_form(data: Any, document: ProfileDocument) -> bool:
    """True when `data` is exactly what dump_document writes for `document`: such bytes can
    later be rebuilt without validation."""
    return data == to_plain(document)


def dump_document(meta: ProfileMeta, progress: Progress) -> str:
    document = ProfileDocument(FORMAT, SCHEMA_VERSION, meta, progress)
    return json.dumps(to_plain(document), ensure_ascii=False, indent=2) + "\n"
