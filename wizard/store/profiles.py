"""Profiles: one employer each, one JSON file each, so damage to one never touches another.

Layout of the data folder (no Qt here; the Qt layer adds `wizard.lock` beside `profiles/`):

    <data>/profiles/<id>.json                 one file per employer; id = 12 hex digits
    <data>/profiles/<id>.json.<time>.bak      a damaged file, set aside (never deleted)
    <data>/progress.json.migrated.bak         the single-file layout of version 1, once migrated

Reading a file: at most MAX_FILE_BYTES, UTF-8, JSON, an object; a newer schema_version is left
untouched and shown read-only; an older one is migrated (wizard/store/document.py); then it is
validated whole — unless these exact bytes were validated by this program version before
(wizard/validation.py `Checked`), which is what makes start-up fast. Anything else is
"damaged": the file is renamed to `<name>.<time>.bak`, one message names the profile, and
every other profile still loads. Messages are codes (wizard/messages.py), never sentences.
"""

from __future__ import annotations

import hashlib
import logging
import os
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from wizard.files import (
    MAX_FILE_BYTES,
    TooLarge,
    ensure_private_dir,
    parse_json,
    read_limited,
    set_aside,
    write_atomic,
)
from wizard.messages import Message, msg
from wizard.store.checked import Checked
from wizard.store.document import (
    DEFAULT_NAME,
    Damaged,
    NewerFile,
    ProfileMeta,
    document_from_data,
    dump_document,
    is_normal_form,
    name_in,
)
from wizard.store.names import normalise_name, same_name, unique_name
from wizard.store.progress import Progress, now
from wizard.validation import digest

log = logging.getLogger(__name__)

PROFILES_DIR = "profiles"
LEGACY_FILE = "progress.json"  # version 1: one file, one employer
ClashChoice = Literal["ask", "replace", "keep_both"]


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
    notices: list[Message]


@dataclass
class Opened:
    profile: Profile  # the one to continue: the most recent, or a new one not saved yet
    profiles: list[Profile]
    notices: list[Message] = field(default_factory=list)


@dataclass
class ImportResult:
    status: Literal["imported", "clash"]
    profile: Profile | None = None  # the saved profile ("imported")
    existing: Profile | None = None  # the profile of the same name ("clash", or the one replaced)


class ImportRefused(Exception):
    """An import that was not done; `message` says why."""

    def __init__(self, message: Message):
        super().__init__(str(message))
        self.message = message


def new_id() -> str:
    return uuid.uuid4().hex[:12]


def _parse_json(raw: bytes):
    """Safe JSON (wizard/files.py): anything unusable is a damaged file."""
    try:
        return parse_json(raw)
    except ValueError as exc:
        raise Damaged(f"not JSON: {exc}") from None


class ProfileStore:
    """All profiles in one data folder. Reading never raises; saving returns False on failure."""

    ORPHAN_TMP_SECONDS = 60  # temp files older than this were left by a crash

    def __init__(self, data_dir: Path, checked: Checked | None = None):
        self.data_dir = Path(data_dir)
        self.folder = self.data_dir / PROFILES_DIR
        self.legacy_path = self.data_dir / LEGACY_FILE
        self.last_error: str | None = None  # why the last save failed; None after a success
        self.checked = checked if checked is not None else Checked(None)
        # Asked before every write: None to go on, or why not (a code kept as last_error).
        # The wizard sets it to its data-folder lock (InstanceLock.guard).
        self.write_guard: Callable[[], str | None] | None = None

    def path_of(self, profile_id: str) -> Path:
        return self.folder / f"{profile_id}.json"

    # --- reading ------------------------------------------------------------------------
    def open(self) -> Opened:
        """Start-up: migrate, load every profile, and choose the one to continue."""
        self._remove_orphan_temp_files()
        scan = self.scan()
        writable = [p for p in scan.profiles if not p.read_only]
        current = writable[0] if writable else self.new_profile()
        return Opened(current, scan.profiles, scan.notices)

    def scan(self) -> Scan:
        notices: list[Message] = []
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
        self.checked.flush()
        return Scan(profiles, notices)

    def _document(self, raw: bytes):
        key = digest(raw)
        data = _parse_json(raw)
        trusted = key in self.checked
        document = document_from_data(data, trusted=trusted)
        if not trusted and is_normal_form(data, document):
            self.checked.add(key)
        return document

    def _load_file(self, path: Path, notices: list[Message]) -> Profile | None:
        profile_id = path.name[: -len(".json")]
        raw = b""
        try:
            raw = read_limited(path)
            document = self._document(raw)
            return Profile(profile_id, document.profile, document.progress)
        except NewerFile as newer:
            log.info("profile %s is from a newer program; left untouched", path)
            shown = newer.name or path.name
            notices.append(msg("store.newer_file", name=shown))
            return Profile(profile_id, ProfileMeta(name=shown), Progress(), read_only=True)
        except (Damaged, TooLarge, OSError) as exc:
            log.warning("profile file %s is damaged: %s", path, exc)
            name = None
            try:
                name = name_in(parse_json(raw)) if raw else None
            except ValueError:
                pass
            try:
                kept = set_aside(path)
            except OSError:
                notices.append(msg("store.damaged_not_moved", name=name or path.name))
                return None
            notices.append(msg("store.damaged_set_aside", name=name or path.name, kept=kept.name))
            return None

    def _migrate_legacy(self, notices: list[Message]) -> Profile | None:
        """Version 1's progress.json becomes a profile; the old file is kept as .migrated.bak.

        The profile's id comes from the old file's bytes, so a migration interrupted between
        writing the profile and renaming the old file is finished, never done twice.
        """
        path = self.legacy_path
        if not path.exists() and not path.is_symlink():
            return None
        try:
            raw = read_limited(path)
            data = _parse_json(raw)
            if isinstance(data, dict) and "format" not in data:
                data.setdefault("schema_version", 1)
            document = document_from_data(data)
        except NewerFile:
            notices.append(msg("store.legacy_newer"))
            return None
        except (Damaged, TooLarge, OSError) as exc:
            log.warning("progress file %s is damaged: %s", path, exc)
            try:
                kept = set_aside(path)
            except OSError:
                notices.append(msg("store.legacy_damaged_not_moved"))
                return None
            notices.append(msg("store.legacy_damaged_set_aside", kept=kept.name))
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
        log.info("migrated %s to profile %s", path, profile.id)
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
        return Profile(new_id(), ProfileMeta(name=normalise_name(name) or DEFAULT_NAME, uscc=uscc,
                                             note=note))

    def save(self, profile: Profile, touch: bool = True) -> bool:
        """Write the profile's file atomically; on failure remember why, return False, never raise."""
        if profile.read_only:
            raise ValueError("a profile from a newer program is never written")
        if self._write_refused():
            return False
        if touch:
            profile.progress.updated_at = now()
        text = dump_document(profile.meta, profile.progress)
        try:
            if not self.data_dir.exists():
                ensure_private_dir(self.data_dir)
            ensure_private_dir(self.folder)
            write_atomic(self.path_of(profile.id), text)
        except OSError as exc:
            log.warning("could not save profile %s: %s", profile.id, exc)
            self.last_error = str(exc) or exc.__class__.__name__
            return False
        self.checked.add(digest(text.encode("utf-8")))
        self.checked.flush()
        self.last_error = None
        return True

    def _write_refused(self) -> bool:
        refused = self.write_guard() if self.write_guard is not None else None
        if refused:
            log.warning("profile not written: %s", refused)
            self.last_error = refused
        return bool(refused)

    def delete(self, profile_id: str) -> bool:
        if self._write_refused():
            return False
        try:
            self.path_of(profile_id).unlink(missing_ok=True)
        except OSError as exc:
            log.warning("could not delete profile %s: %s", profile_id, exc)
            return False
        return True

    # --- export and import --------------------------------------------------------------------
    def export_profile(self, profile: Profile, path: Path) -> None:
        """Write one profile to `path` (the versioned profile format). Raises OSError."""
        write_atomic(Path(path), dump_document(profile.meta, profile.progress))

    @staticmethod
    def read_export(path: Path) -> Profile:
        """Read and fully validate an exported file; ImportRefused with a message otherwise."""
        path = Path(path)
        try:
            raw = read_limited(path)
        except TooLarge:
            raise ImportRefused(msg("import.too_large", file=path.name)) from None
        except OSError:
            raise ImportRefused(msg("import.unreadable", file=path.name)) from None
        try:
            document = document_from_data(_parse_json(raw))
        except NewerFile:
            raise ImportRefused(msg("import.newer", file=path.name)) from None
        except Damaged:
            raise ImportRefused(msg("import.damaged", file=path.name)) from None
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
            incoming.meta.name = unique_name(incoming.name, [p.name for p in profiles])
        if not self.save(incoming, touch=False):
            raise ImportRefused(msg("import.cannot_write", file=Path(path).name))
        return ImportResult("imported", profile=incoming, existing=existing)


__all__ = ["DEFAULT_NAME", "MAX_FILE_BYTES", "ImportRefused", "ImportResult", "Opened", "Profile",
           "ProfileStore", "Scan", "new_id", "same_name"]
