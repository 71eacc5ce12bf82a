"""Profiles: one employer each, one JSON file each, so damage to one never touches another.

Layout of the data folder (no Qt here; the Qt layer adds `wizard.lock` beside `profiles/`):

    <data>/profiles/<id>.json                 one file per employer; id = 12 hex digits
    <data>/profiles/<id>.json.<time>.bak      a damaged file, set aside (never deleted)
    <data>/progress.json.migrated.bak         the single-file layout of version 1, once migrated

A profile file, schema_version 2, is also the export format (an export is a copy of it):

    {"format": "wengang-wizard-profile", "schema_version": 2,
     "profile": {"name": …, "uscc": …, "note": …, "created_at": …},
     "progress": {…Progress, without its own schema_version…}}

Reading a file: at most MAX_FILE_BYTES, UTF-8, JSON, an object; a newer schema_version is left
untouched and shown read-only; an older one is upgraded through MIGRATIONS step by step; then
pydantic validates the whole document. Anything else is "damaged": the file is renamed to
`<name>.<time>.bak`, one sentence names the profile, and every other profile still loads.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from wizard.store.files import (
    MAX_FILE_BYTES,
    TooLarge,
    ensure_private_dir,
    parse_json,
    read_limited,
    set_aside,
    write_atomic,
)
from wizard.store.progress import Progress, now

log = logging.getLogger(__name__)

FORMAT = "wengang-wizard-profile"
SCHEMA_VERSION = 2  # of the profile file; version 1 was the single progress.json
PROFILES_DIR = "profiles"
LEGACY_FILE = "progress.json"  # version 1: one file, one employer
DEFAULT_NAME = "我的单位"
ClashChoice = Literal["ask", "replace", "keep_both"]


class ProfileMeta(BaseModel):
    """Who this progress is for. Only what the user typed: a name, optionally the public code."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True, str_strip_whitespace=True)

    name: str = Field(min_length=1, max_length=100)
    uscc: str | None = Field(default=None, max_length=18)  # 统一社会信用代码
    note: str | None = Field(default=None, max_length=200)
    created_at: datetime = Field(default_factory=now)

    @field_validator("uscc", "note", mode="before")
    @classmethod
    def _blank_is_none(cls, value: Any) -> Any:
        return None if isinstance(value, str) and not value.strip() else value


class ProfileDocument(BaseModel):
    """The file on disk (and the export), current version, validated as a whole."""

    model_config = ConfigDict(extra="forbid")

    format: Literal["wengang-wizard-profile"]
    schema_version: Literal[2]
    profile: ProfileMeta
    progress: Progress


@dataclass
class Profile:
    """One employer's profile in memory. `read_only`: written by a newer program, never saved."""

    id: str
    meta: ProfileMeta
    progress: Progress = field(default_factory=Progress)
    read_only: bool = False

    @property
    def name(self) -> str:
        return self.meta.name


@dataclass
class Scan:
    profiles: list[Profile]  # most recently updated first
    notices: list[str]  # one sentence each, for the user


@dataclass
class Opened:
    profile: Profile  # the one to continue: the most recent, or a new one not saved yet
    profiles: list[Profile]
    notice: str | None = None


@dataclass
class ImportResult:
    status: Literal["imported", "clash"]
    profile: Profile | None = None  # the saved profile ("imported")
    existing: Profile | None = None  # the profile of the same name ("clash", or the one replaced)


class ImportRefused(Exception):
    """An import that was not done; str() is one sentence in Chinese for the user."""


class NewerFile(Exception):
    def __init__(self, name: str | None):
        super().__init__(name)
        self.name = name


# --- migrations -------------------------------------------------------------------------------

def _v1_to_v2(data: dict) -> dict:
    """Version 1 was a bare Progress in progress.json: wrap it in a profile."""
    progress = {k: v for k, v in data.items() if k != "schema_version"}
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


# schema_version N -> a function turning a version-N document into version N+1.
MIGRATIONS: dict[int, Callable[[dict], dict]] = {1: _v1_to_v2}


def upgrade(data: dict) -> dict:
    """Bring a document of any older version up to SCHEMA_VERSION (NewerFile if newer)."""
    version = data.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ValueError(f"schema_version {version!r} is not a version")
    if version > SCHEMA_VERSION:
        raise NewerFile(_name_in(data))
    while version < SCHEMA_VERSION:
        data = MIGRATIONS[version](data)
        if data.get("schema_version") != version + 1:
            raise ValueError(f"migration from {version} did not give {version + 1}")
        version += 1
    return data


def _name_in(data: Any) -> str | None:
    """The profile's name, if a (possibly damaged) document still shows it."""
    if isinstance(data, dict):
        meta = data.get("profile")
        name = meta.get("name") if isinstance(meta, dict) else None
        if isinstance(name, str) and name.strip():
            return name.strip()[:100]
    return None


def parse_document(raw: bytes) -> ProfileDocument:
    """Bytes -> a valid current document. Raises ValueError (damaged) or NewerFile."""
    data = parse_json(raw)
    if not isinstance(data, dict):
        raise ValueError("not a JSON object")
    return ProfileDocument.model_validate(upgrade(data))


def dump_document(profile: Profile) -> str:
    document = {
        "format": FORMAT,
        "schema_version": SCHEMA_VERSION,
        "profile": profile.meta.model_dump(mode="json"),
        # The file's schema_version governs; Progress's own field is version 1's leftover.
        "progress": profile.progress.model_dump(mode="json", exclude={"schema_version"}),
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _damaged(exc: BaseException) -> bool:
    return isinstance(exc, (OSError, ValueError, RecursionError, TooLarge, ValidationError))


def new_id() -> str:
    return uuid.uuid4().hex[:12]


def same_name(a: str, b: str) -> bool:
    return a.strip().casefold() == b.strip().casefold()


class ProfileStore:
    """All profiles in one data folder. Reading never raises; saving returns False on failure."""

    ORPHAN_TMP_SECONDS = 60  # temp files older than this were left by a crash

    def __init__(self, data_dir: Path):
        self.data_dir = Path(data_dir)
        self.folder = self.data_dir / PROFILES_DIR
        self.legacy_path = self.data_dir / LEGACY_FILE
        self.last_error: str | None = None  # why the last save failed; None after a success

    def path_of(self, profile_id: str) -> Path:
        return self.folder / f"{profile_id}.json"

    # --- reading ------------------------------------------------------------------------
    def open(self) -> Opened:
        """Start-up: migrate, load every profile, and choose the one to continue."""
        self._remove_orphan_temp_files()
        scan = self.scan()
        writable = [p for p in scan.profiles if not p.read_only]
        current = writable[0] if writable else self.new_profile()
        return Opened(current, scan.profiles, " ".join(scan.notices) or None)

    def scan(self) -> Scan:
        notices: list[str] = []
        migrated = self._migrate_legacy(notices)
        profiles: list[Profile] = []
        written: dict[str, int] = {}  # to order saves within the same second
        try:
            candidates = sorted(self.folder.glob("*.json"))
        except OSError as exc:
            log.warning("cannot list %s: %s", self.folder, exc)
            candidates = []
        for path in candidates:
            profile = self._load_file(path, notices)
            if profile is not None:
                profiles.append(profile)
                try:
                    written[profile.id] = path.stat().st_mtime_ns
                except OSError:
                    pass
        if migrated is not None and not any(p.id == migrated.id for p in profiles):
            profiles.append(migrated)  # could not be written yet: kept in memory, saved later
        profiles.sort(key=lambda p: (p.progress.updated_at, written.get(p.id, 0)), reverse=True)
        return Scan(profiles, notices)

    def _load_file(self, path: Path, notices: list[str]) -> Profile | None:
        profile_id = path.name[: -len(".json")]
        name: str | None = None
        try:
            raw = read_limited(path)
            try:
                name = _name_in(parse_json(raw))
            except Exception:  # the name is only for the message; the real parse follows
                name = None
            document = parse_document(raw)
            return Profile(profile_id, document.profile, document.progress)
        except NewerFile as newer:
            log.info("profile %s is from a newer program; left untouched", path)
            shown = newer.name or path.name
            notices.append(f"“{shown}”的文件来自更新版本的程序，本程序不会改动它；请更新本程序。")
            return Profile(profile_id, ProfileMeta(name=shown), Progress(), read_only=True)
        except Exception as exc:
            if not _damaged(exc):
                raise
            log.warning("profile file %s is damaged: %s", path, exc)
            shown = f"“{name}”" if name else f"进度文件 {path.name}"
            try:
                kept = set_aside(path)
            except OSError:
                notices.append(f"{shown}已损坏且无法移走，本次不显示它；其他单位不受影响。")
                return None
            notices.append(f"{shown}已损坏，已另存为 {kept.name}，这家单位要从头开始；其他单位不受影响。")
            return None

    def _migrate_legacy(self, notices: list[str]) -> Profile | None:
        """Version 1's progress.json becomes a profile; the old file is kept as .migrated.bak.

        The profile's id comes from the old file's bytes, so a migration interrupted between
        writing the profile and renaming the old file is finished, never done twice.
        """
        path = self.legacy_path
        if not path.exists() and not path.is_symlink():
            return None
        try:
            raw = read_limited(path)
            data = parse_json(raw)
            if not isinstance(data, dict):
                raise ValueError("not a JSON object")
            document = ProfileDocument.model_validate(upgrade(data))
        except NewerFile:
            notices.append("进度文件来自更新版本的程序，本次不会改动它；请更新本程序。")
            return None
        except Exception as exc:
            if not _damaged(exc):
                raise
            log.warning("progress file %s is damaged: %s", path, exc)
            try:
                kept = set_aside(path)
            except OSError:
                notices.append("上次的进度文件已损坏且无法移走，本次从头开始。")
                return None
            notices.append(f"上次的进度文件已损坏，已另存为 {kept.name}，本次从头开始。")
            return None
        profile = Profile(hashlib.sha256(raw).hexdigest()[:12], document.profile, document.progress)
        if not self.path_of(profile.id).exists() and not self.save(profile, touch=False):
            return profile  # the folder is not writable: use it in memory, the old file stays
        target = path.with_name(f"{path.name}.migrated.bak")
        try:
            if target.exists():
                target = set_aside(path)
            else:
                os.replace(path, target)
        except OSError as exc:
            log.warning("could not rename %s after migrating it: %s", path, exc)
        log.info("migrated %s to profile %s", path, profile.id)  # no name: the log is shared
        return None

    def load(self, profile_id: str) -> Profile | None:
        """One profile, fresh from disk (None if it is gone or damaged)."""
        path = self.path_of(profile_id)
        if not path.exists():
            return None
        return self._load_file(path, [])

    def _remove_orphan_temp_files(self) -> None:
        try:
            for tmp in self.folder.glob(".*.tmp"):
                if time.time() - tmp.stat().st_mtime > self.ORPHAN_TMP_SECONDS:
                    tmp.unlink()
        except OSError:
            pass

    # --- writing --------------------------------------------------------------------------
    def new_profile(self, name: str = DEFAULT_NAME, uscc: str | None = None,
                    note: str | None = None) -> Profile:
        """A new profile in memory; its file is written at its first save."""
        return Profile(new_id(), ProfileMeta(name=name, uscc=uscc, note=note))

    def save(self, profile: Profile, touch: bool = True) -> bool:
        """Write the profile's file atomically; on failure remember why, return False, never raise."""
        if profile.read_only:
            raise ValueError("a profile from a newer program is never written")
        if touch:
            profile.progress.updated_at = now()
        try:
            if not self.data_dir.exists():
                ensure_private_dir(self.data_dir)
            ensure_private_dir(self.folder)
            write_atomic(self.path_of(profile.id), dump_document(profile))
        except OSError as exc:
            log.warning("could not save profile %s: %s", profile.id, exc)
            self.last_error = str(exc) or exc.__class__.__name__
            return False
        self.last_error = None
        return True

    def delete(self, profile_id: str) -> bool:
        try:
            self.path_of(profile_id).unlink(missing_ok=True)
        except OSError as exc:
            log.warning("could not delete profile %s: %s", profile_id, exc)
            return False
        return True

    # --- export and import --------------------------------------------------------------------
    def export_profile(self, profile: Profile, path: Path) -> None:
        """Write one profile to `path` (the versioned profile format). Raises OSError."""
        write_atomic(Path(path), dump_document(profile))

    @staticmethod
    def read_export(path: Path) -> Profile:
        """Read and fully validate an exported file; ImportRefused with a sentence otherwise."""
        path = Path(path)
        try:
            raw = read_limited(path)
        except TooLarge:
            raise ImportRefused(f"无法导入“{path.name}”：文件太大，不是本程序导出的单位文件。") from None
        except OSError:
            raise ImportRefused(f"无法导入“{path.name}”：读不出这个文件。") from None
        try:
            data = parse_json(raw)
            if not isinstance(data, dict) or (data.get("schema_version", 0) >= 2
                                              and data.get("format") != FORMAT):
                raise ValueError("not a profile export")
            document = ProfileDocument.model_validate(upgrade(data))
        except NewerFile:
            raise ImportRefused(f"无法导入“{path.name}”：它来自更新版本的程序，请先更新本程序。") from None
        except (ValueError, RecursionError, TypeError):
            raise ImportRefused(f"无法导入“{path.name}”：文件已损坏，或不是本程序导出的单位文件。") from None
        return Profile(new_id(), document.profile, document.progress)

    def import_profile(self, path: Path, on_clash: ClashChoice = "ask") -> ImportResult:
        """Import an exported profile. A name already in use is never overwritten silently:
        with on_clash="ask" nothing is written and the clash is returned for the user to decide.
        """
        incoming = self.read_export(path)
        profiles = self.scan().profiles
        existing = next((p for p in profiles if not p.read_only
                         and same_name(p.name, incoming.name)), None)
        if existing is not None and on_clash == "ask":
            return ImportResult("clash", existing=existing)
        if existing is not None and on_clash == "replace":
            incoming.id = existing.id
        elif existing is not None:
            taken = {p.name.strip().casefold() for p in profiles}
            n = 2
            while f"{incoming.name}（{n}）".casefold() in taken:
                n += 1
            incoming.meta.name = f"{incoming.name}（{n}）"
        if not self.save(incoming, touch=False):
            raise ImportRefused(f"无法导入“{Path(path).name}”：数据文件夹无法写入。")
        return ImportResult("imported", profile=incoming, existing=existing)


__all__ = ["DEFAULT_NAME", "FORMAT", "MAX_FILE_BYTES", "MIGRATIONS", "SCHEMA_VERSION",
           "ImportRefused", "ImportResult", "Opened", "Profile", "ProfileDocument", "ProfileMeta",
           "ProfileStore", "Scan", "dump_document", "parse_document", "upgrade"]
