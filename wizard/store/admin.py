"""Settings a service centre's administrator puts in a file for every user of the computer.

The file is `admin.json` in the site config folder (platformdirs: on Windows
C:\\ProgramData\\wengang-wizard, on Linux /etc/xdg/wengang-wizard). No file: the defaults.
A file that exists but cannot be used fails closed (read_admin_settings): the kiosk starts in
its safest form and staff are told why. One wrong ordinary value costs only that key. Unknown
keys are ignored, so later versions can add settings. No Qt here.

No pydantic at start-up either: AdminSettings is a dataclass whose annotations pydantic checks
(wizard/validation.py, imported on first use) the first time this program version sees the
file's bytes. Bytes found clean and in their normal form are remembered by digest
(wizard/store/checked.py) and later rebuilt directly, as the profiles are.
"""

from __future__ import annotations

import dataclasses
import logging
import math
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

from annotated_types import Ge, Le

from wizard.catalogue import catalogue
from wizard.files import PROBLEM_TEXTS, fill_in, parse_json, problem_of, read_limited
from wizard.paths import APP_NAME
from wizard.store.checked import Checked

log = logging.getLogger(__name__)

ADMIN_FILE = "admin.json"


FONT_SCALE_MIN, FONT_SCALE_MAX = 1.0, 2.0
IDLE_RANGE = (30, 86_400)  # seconds without input before 还在使用吗？
COUNTDOWN_RANGE = (5, 600)  # seconds the question waits for an answer
_CLAMPED = {"idle_timeout_seconds": IDLE_RANGE, "countdown_seconds": COUNTDOWN_RANGE}


@dataclass(frozen=True)
class AdminSettings:
    """Every key, its default and its meaning is in README ("Kiosk mode / 自助机模式")."""

    __pydantic_config__ = {"extra": "ignore"}  # noqa: RUF012

    schema_version: int = 1
    screenshots_dir: str | None = None  # a folder of real screenshots named S3.png, C2.jpg …
    # A content root (catalogue.json and one folder per language) instead of the program's
    # own; --content ROOT wins. One that fails the check falls back to the program's own.
    content_dir: str | None = None
    # Kiosk mode (a self-service machine in a service hall); --kiosk turns it on as well.
    kiosk: bool = False
    idle_timeout_seconds: float = 180  # clamped to IDLE_RANGE
    countdown_seconds: float = 30  # clamped to COUNTDOWN_RANGE
    allow_browser: bool = False  # kiosk only: may links open the system browser?
    allow_print: bool = True  # kiosk only: may the summary be printed?
    font_scale: Annotated[float, Ge(FONT_SCALE_MIN), Le(FONT_SCALE_MAX)] = 1.0
    high_contrast: bool = False
    language: str | None = None  # zh_CN, zh_HK or en; None: the system's language
    pin_hash: str | None = None  # staff exit from kiosk mode; make it with --hash-pin

    def __post_init__(self) -> None:
        """Seconds are clamped however the settings are made: a few seconds would wipe a visit
        while the visitor reads, days would never wipe it."""
        for name in ("font_scale", *_CLAMPED):
            value = getattr(self, name)
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                if math.isnan(value):
                    raise ValueError(f"{name}: not a number")
                low, high = _CLAMPED.get(name, (value, value))
                clamped = float(min(max(value, low), high))
                if clamped != value:
                    log.warning("admin settings: %s %s changed to %s (allowed %s to %s)",
                                name, value, clamped, low, high)
                object.__setattr__(self, name, clamped)


FIELDS = tuple(f.name for f in dataclasses.fields(AdminSettings))


def _language_problem(value: Any) -> str | None:
    codes = catalogue().language_codes
    if value is not None and value not in codes:
        return f"language must be one of {', '.join(codes)}"
    return None


# Rules beyond the annotations, checked before pydantic sees the data.
_RULES = {"language": _language_problem}


def admin_settings_path() -> Path:
    from platformdirs import site_config_dir

    return Path(site_config_dir(APP_NAME, appauthor=False)) / ADMIN_FILE


@dataclass(frozen=True)
class AdminProblem:
    """Why admin.json cannot be used as written: `code` is a key of files.PROBLEM_TEXTS."""

    path: Path
    code: str
    args: tuple[str, ...] = ()

    def text(self) -> str:
        """In Simplified Chinese, for the log (the UI translates code and args itself)."""
        return f"{self.path}: {fill_in(PROBLEM_TEXTS[self.code], self.args)}"


@dataclass(frozen=True)
class AdminRead:
    settings: AdminSettings
    problem: AdminProblem | None = None  # set: the settings are the safest ones, say so to staff


# A file that exists but cannot be used must not turn a kiosk into an open desktop: these keys
# then take the value that keeps a visitor's data in memory and on screen only.
SAFEST = {"kiosk": True, "allow_browser": False, "allow_print": False}
ADMIN_FILE_LIMIT = 64_000
# Notepad saves "ANSI" as GBK on a Chinese Windows; GB18030 reads it (and is a superset).
ADMIN_ENCODINGS = ("utf-8", "gb18030")


def admin_key(raw: bytes) -> str:
    """The record's key for these admin.json bytes (apart from the profiles' digests)."""
    from wizard.validation import digest

    return "admin.json:" + digest(raw)


def read_admin_settings(path: Path | None = None, checked: Checked | None = None) -> AdminRead:
    """The admin settings, failing closed: no file gives the defaults (an ordinary desktop); a
    file that exists but cannot be read, decoded or parsed gives SAFEST and the problem.
    `checked`: the record of bytes this program version found clean (None: validate always)."""
    path = Path(path) if path is not None else admin_settings_path()
    try:
        raw = read_limited(path, ADMIN_FILE_LIMIT)
        data = parse_json(raw, ADMIN_ENCODINGS)
    except FileNotFoundError as exc:
        if not os.path.lexists(path):
            return AdminRead(AdminSettings())
        return _fail_closed(AdminProblem(path, "unreadable", (exc.strerror or "",)))  # dead link
    except (OSError, ValueError) as exc:
        return _fail_closed(AdminProblem(path, *problem_of(exc)))
    if not isinstance(data, dict):
        return _fail_closed(AdminProblem(path, "not_object"))
    known = {k: v for k, v in data.items() if k in FIELDS}
    key = admin_key(raw) if checked is not None else ""
    # The keys that fail closed are never taken unchecked, whatever the record says.
    if key in (checked or ()) and all(type(known.get(k, False)) is bool for k in SAFEST):
        return AdminRead(AdminSettings(**known))
    read = _checked(data, path)
    if checked is not None and read.problem is None and _normal_form(known, read.settings):
        checked.add(key)
        checked.flush()
    return read


def load_admin_settings(path: Path | None = None) -> AdminSettings:
    return read_admin_settings(path).settings


def _normal_form(known: dict, settings: AdminSettings) -> bool:
    """True when the file's known keys hold exactly the values validation gave (nothing
    coerced, clamped or dropped): such bytes can later be rebuilt without validation."""
    def same(given: Any, value: Any) -> bool:
        return given == value and (type(given) is type(value)
                                   or (type(given) is int and type(value) is float))
    return all(same(v, getattr(settings, k)) for k, v in known.items())


def _fail_closed(problem: AdminProblem, valid: AdminSettings | None = None) -> AdminRead:
    log.error("admin settings %s; running as a kiosk in its safest form (nothing saved, "
              "no browser, no printing)", problem.text())
    return AdminRead(dataclasses.replace(valid or AdminSettings(), **SAFEST), problem)


def _checked(data: dict, path: Path) -> AdminRead:
    """One wrong ordinary value costs only that key (it gets its default, and a log line): a
    kiosk with a mistyped font_scale must still start as a kiosk. A wrong value of a key in
    SAFEST fails closed, keeping the valid keys (so a valid pin_hash still lets staff out)."""
    from wizard.validation import validate

    bad: dict[str, str] = {}
    for key, rule in _RULES.items():
        problem = rule(data[key]) if key in data else None
        if problem:
            bad[key] = problem
    for key in bad:
        log.warning("admin settings %s: %s ignored (%s)", path, key, bad[key])
    data = {k: v for k, v in data.items() if k not in bad}
    while True:
        try:
            settings = validate(AdminSettings, data)
            break
        except ValueError as exc:  # pydantic's ValidationError
            errors = {str(e["loc"][0]): e["msg"] for e in getattr(exc, "errors", list)()
                      if e.get("loc")}
            wrong = set(errors) & set(data)
            if not wrong:  # not expected with these flat fields; never loop, fail closed
                return _fail_closed(AdminProblem(path, "bad_value", ("?", str(exc)[:80])))
            for key in sorted(wrong):
                log.warning("admin settings %s: %s ignored (%s)", path, key, errors[key])
                bad[key] = errors[key]
            data = {k: v for k, v in data.items() if k not in wrong}
    unsafe = sorted(set(bad) & set(SAFEST))
    if unsafe:
        key = unsafe[0]
        return _fail_closed(AdminProblem(path, "bad_value", (key, bad[key])), settings)
    return AdminRead(settings)


def choose_screenshots_dir(option: str | None, settings: AdminSettings) -> Path | None:
    """The command line (--screenshots DIR) wins over the admin file."""
    return _chosen_folder(option, settings.screenshots_dir)


def choose_content_dir(option: str | None, settings: AdminSettings) -> Path | None:
    """The content root: --content ROOT wins over the admin file's content_dir; None: the
    program's own."""
    return _chosen_folder(option, settings.content_dir)


def _chosen_folder(option: str | None, setting: str | None) -> Path | None:
    chosen = option or setting
    return Path(chosen).expanduser() if chosen else None


# --- the staff PIN for leaving kiosk mode: wizard/store/staff_pin.py ------------------------
from wizard.store.staff_pin import hash_pin, verify_pin  # noqa: E402  (kept importable from here)

__all__ = ["AdminSettings", "admin_settings_path", "choose_content_dir", "choose_screenshots_dir",
           "hash_pin", "load_admin_settings", "verify_pin"]
