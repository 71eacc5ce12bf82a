"""Settings a service centre's administrator puts in a file for every user of the computer.

The file is `admin.json` in the site config folder (platformdirs: on Windows
C:\\ProgramData\\wengang-wizard, on Linux /etc/xdg/wengang-wizard). It is read tolerantly: a
missing or damaged file gives the defaults (and a log line), never a refusal to start.
Unknown keys are ignored, so later versions can add settings. No Qt here.
"""

from __future__ import annotations

import logging
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from wizard.paths import APP_NAME

log = logging.getLogger(__name__)

ADMIN_FILE = "admin.json"


class AdminSettings(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)

    schema_version: int = 1
    screenshots_dir: str | None = None  # a folder of real screenshots named S3.png, C2.jpg …


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
        return AdminSettings.model_validate_json(raw)
    except ValidationError as exc:
        log.warning("admin settings %s are damaged; using defaults: %s", path, exc)
        return AdminSettings()


def choose_screenshots_dir(option: str | None, settings: AdminSettings) -> Path | None:
    """The command line (--screenshots DIR) wins over the admin file."""
    chosen = option or settings.screenshots_dir
    return Path(chosen).expanduser() if chosen else None
