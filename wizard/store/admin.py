"""Settings a service centre's administrator puts in a file for every user of the computer.

The file is `admin.json` in the site config folder (platformdirs: on Windows
C:\\ProgramData\\wengang-wizard, on Linux /etc/xdg/wengang-wizard). It is read tolerantly: a
missing or damaged file gives the defaults (and a log line), never a refusal to start.
Unknown keys are ignored, so later versions can add settings. No Qt here.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from wizard.catalogue import catalogue
from wizard.paths import APP_NAME

log = logging.getLogger(__name__)

ADMIN_FILE = "admin.json"


FONT_SCALE_MIN, FONT_SCALE_MAX = 1.0, 2.0


class AdminSettings(BaseModel):
    """Every key, its default and its meaning is in README ("Kiosk mode / 自助机模式")."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    schema_version: int = 1
    screenshots_dir: str | None = None  # a folder of real screenshots named S3.png, C2.jpg …
    # Kiosk mode (a self-service machine in a service hall); --kiosk turns it on as well.
    kiosk: bool = False
    idle_timeout_seconds: float = Field(default=180, gt=0, le=86_400)
    countdown_seconds: float = Field(default=30, gt=0, le=600)
    allow_browser: bool = False  # kiosk only: may links open the system browser?
    allow_print: bool = True  # kiosk only: may the summary be printed?
    font_scale: float = Field(default=1.0, ge=FONT_SCALE_MIN, le=FONT_SCALE_MAX)
    high_contrast: bool = False
    language: str | None = None  # zh_CN, zh_HK or en; None: the system's language
    pin_hash: str | None = None  # staff exit from kiosk mode; make it with --hash-pin

    @field_validator("language")
    @classmethod
    def _known_language(cls, value: str | None) -> str | None:
        codes = catalogue().language_codes
        if value is not None and value not in codes:
            raise ValueError(f"language must be one of {', '.join(codes)}")
        return value


def admin_settings_path() -> Path:
    from platformdirs import site_config_dir

    return Path(site_config_dir(APP_NAME, appauthor=False)) / ADMIN_FILE


def load_admin_settings(path: Path | None = None) -> AdminSettings:
    path = Path(path) if path is not None else admin_settings_path()
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        return AdminSettings()
    except (OSError, UnicodeDecodeError) as exc:
        log.warning("admin settings %s cannot be read (%s); using defaults", path, exc)
        return AdminSettings()
    try:
        data = json.loads(raw)
    except ValueError as exc:
        log.warning("admin settings %s are damaged; using defaults: %s", path, exc)
        return AdminSettings()
    if not isinstance(data, dict):
        log.warning("admin settings %s are not a JSON object; using defaults", path)
        return AdminSettings()
    return _tolerant(data, path)


def _tolerant(data: dict, path: Path) -> AdminSettings:
    """One wrong value costs only that key (it gets its default), never the others: a kiosk
    with a mistyped font_scale must still start as a kiosk."""
    for _ in range(len(data) + 1):
        try:
            return AdminSettings.model_validate(data)
        except ValidationError as exc:
            bad = {str(e["loc"][0]) for e in exc.errors() if e.get("loc")} & set(data)
            if not bad:
                break
            log.warning("admin settings %s: ignoring %s (%s)", path, ", ".join(sorted(bad)), exc)
            data = {k: v for k, v in data.items() if k not in bad}
    return AdminSettings()


def choose_screenshots_dir(option: str | None, settings: AdminSettings) -> Path | None:
    """The command line (--screenshots DIR) wins over the admin file."""
    chosen = option or settings.screenshots_dir
    return Path(chosen).expanduser() if chosen else None


# --- the staff PIN for leaving kiosk mode: wizard/store/staff_pin.py ------------------------
from wizard.store.staff_pin import hash_pin, verify_pin  # noqa: E402  (kept importable from here)

__all__ = ["AdminSettings", "admin_settings_path", "choose_screenshots_dir", "hash_pin",
           "load_admin_settings", "verify_pin"]
