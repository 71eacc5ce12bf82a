"""Settings a service centre's administrator puts in a file for every user of the computer.

The file is `admin.json` in the site config folder (platformdirs: on Windows
C:\\ProgramData\\wengang-wizard, on Linux /etc/xdg/wengang-wizard). No file: the defaults.
A file that exists but cannot be used fails closed (read_admin_settings): the kiosk starts in
its safest form and staff are told why. One wrong ordinary value costs only that key. Unknown
keys are ignored, so later versions can add settings. No Qt here.
"""

from __future__ import annotations

import logging
import math
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

from annotated_types import Ge, Le, Predicate

from wizard.catalogue import catalogue
from wizard.files import PROBLEM_TEXTS, fill_in, problem_of, read_json
from wizard.paths import APP_NAME

log = logging.getLogger(__name__)

ADMIN_FILE = "admin.json"


FONT_SCALE_MIN, FONT_SCALE_MAX = 1.0, 2.0
IDLE_RANGE = (30, 86_400)  # seconds without input before 还在使用吗？
COUNTDOWN_RANGE = (5, 600)  # seconds the question waits for an answer


def _is_number(value: float) -> bool:
    return not math.isnan(value)


def _known_language(value: str) -> bool:
    return value in catalogue().language_codes


Seconds = Annotated[float, Predicate(_is_number)]  # then clamped (AdminSettings.__post_init__)
FontScale = Annotated[float, Ge(FONT_SCALE_MIN), Le(FONT_SCALE_MAX)]
LanguageCode = Annotated[str, Predicate(_known_language)]  # zh_CN, zh_HK or en


@dataclass(frozen=True)
class AdminSettings:
    """Every key, its default and its meaning is in README ("Kiosk mode / 自助机模式").
    A plain dataclass: a start without admin.json needs no pydantic; a file is validated
    against these annotations (wizard/validation.py)."""

    __pydantic_config__ = {"extra": "ignore"}  # noqa: RUF012 (read by pydantic)

    schema_version: int = 1
    screenshots_dir: str | None = None  # a folder of real screenshots named S3.png, C2.jpg …
    # Kiosk mode (a self-service machine in a service hall); --kiosk turns it on as well.
    kiosk: bool = False
    idle_timeout_seconds: Seconds = 180  # clamped to IDLE_RANGE
    countdown_seconds: Seconds = 30  # clamped to COUNTDOWN_RANGE
    allow_browser: bool = False  # kiosk only: may links open the system browser?
    allow_print: bool = True  # kiosk only: may the summary be printed?
    font_scale: FontScale = 1.0
    high_contrast: bool = False
    language: LanguageCode | None = None  # zh_CN, zh_HK or en; None: the system's language
    pin_hash: str | None = None  # staff exit from kiosk mode; make it with --hash-pin

    def __post_init__(self) -> None:
        """A few seconds would wipe a visit while the visitor reads; days would never wipe it.
        Clamped however the settings are made."""
        for name, (low, high) in (("idle_timeout_seconds", IDLE_RANGE),
                                  ("countdown_seconds", COUNTDOWN_RANGE)):
            value = getattr(self, name)
            clamped = min(max(value, low), high)
            if clamped != value:
                log.warning("admin settings: %s %s changed to %s (allowed %s to %s)",
                            name, value, clamped, low, high)
                object.__setattr__(self, name, clamped)


def _validated(data: dict) -> AdminSettings:
    from wizard.validation import validate

    return validate(AdminSettings, data)


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


def read_admin_settings(path: Path | None = None) -> AdminRead:
    """The admin settings, failing closed: no file gives the defaults (an ordinary desktop); a
    file that exists but cannot be read, decoded or parsed gives SAFEST and the problem."""
    path = Path(path) if path is not None else admin_settings_path()
    try:
        data = read_json(path, ADMIN_FILE_LIMIT, ADMIN_ENCODINGS)
    except FileNotFoundError as exc:
        if not os.path.lexists(path):
            return AdminRead(AdminSettings())
        return _fail_closed(AdminProblem(path, "unreadable", (exc.strerror or "",)))  # dead link
    except (OSError, ValueError) as exc:
        return _fail_closed(AdminProblem(path, *problem_of(exc)))
    if not isinstance(data, dict):
        return _fail_closed(AdminProblem(path, "not_object"))
    return _checked(data, path)


def load_admin_settings(path: Path | None = None) -> AdminSettings:
    return read_admin_settings(path).settings


def _fail_closed(problem: AdminProblem, valid: dict | None = None) -> AdminRead:
    log.error("admin settings %s; running as a kiosk in its safest form (nothing saved, "
              "no browser, no printing)", problem.text())
    return AdminRead(_validated({**(valid or {}), **SAFEST}), problem)


def _checked(data: dict, path: Path) -> AdminRead:
    """One wrong ordinary value costs only that key (it gets its default, and a log line): a
    kiosk with a mistyped font_scale must still start as a kiosk. A wrong value of a key in
    SAFEST fails closed, keeping the valid keys (so a valid pin_hash still lets staff out)."""
    from pydantic import ValidationError  # a file to check: pydantic is needed anyway

    bad: dict[str, str] = {}
    while True:
        try:
            settings = _validated(data)
            break
        except ValidationError as exc:
            errors = {str(e["loc"][0]): e["msg"] for e in exc.errors() if e.get("loc")}
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
        return _fail_closed(AdminProblem(path, "bad_value", (key, bad[key])), data)
    return AdminRead(settings)


def choose_screenshots_dir(option: str | None, settings: AdminSettings) -> Path | None:
    """The command line (--screenshots DIR) wins over the admin file."""
    chosen = option or settings.screenshots_dir
    return Path(chosen).expanduser() if chosen else None


# --- the staff PIN for leaving kiosk mode: wizard/store/staff_pin.py ------------------------
from wizard.store.staff_pin import hash_pin, verify_pin  # noqa: E402  (kept importable from here)

__all__ = ["AdminSettings", "admin_settings_path", "choose_screenshots_dir", "hash_pin",
           "load_admin_settings", "verify_pin"]
