"""What one user chose about the look and the language, remembered between starts.

`settings.json` in the data folder (beside `profiles/`), written atomically. Never used in
kiosk mode: a kiosk takes font scale, contrast and language from the admin settings and keeps
nothing of a visitor. Read tolerantly: a missing or damaged file gives the defaults. No Qt here.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

from annotated_types import Ge
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from wizard.catalogue import catalogue
from wizard.files import read_json, write_atomic
from wizard.store.admin import FONT_SCALE_MAX, FONT_SCALE_MIN

log = logging.getLogger(__name__)

SETTINGS_FILE = "settings.json"


@dataclass(frozen=True)
class WindowPlace:
    """The window as the user left it: its normal (not maximised) geometry in screen pixels,
    and whether it was maximised. Put back on a screen that exists (wizard/ui/window_place.py)."""

    x: int
    y: int
    width: Annotated[int, Ge(1)]
    height: Annotated[int, Ge(1)]
    maximized: bool = False


class UserSettings(BaseModel):
    # New keys are optional and unknown keys ignored, so an older program reads a newer file
    # (dropping what it does not know): no schema_version bump for an added optional key.
    model_config = ConfigDict(extra="ignore")

    schema_version: int = 1
    font_scale: float = Field(default=1.0, ge=FONT_SCALE_MIN, le=FONT_SCALE_MAX)
    high_contrast: bool = False
    language: str | None = None  # the last language chosen in the wizard
    window: WindowPlace | None = None  # not in kiosk mode (nothing is read or kept there)

    @field_validator("window", mode="wrap")
    @classmethod
    def _forget_a_bad_place(cls, value, handler):
        """A damaged place costs only the place, not the text size or the language."""
        try:
            return handler(value)
        except ValidationError as exc:
            log.warning("user settings: window place ignored: %s", exc)
            return None


def settings_path(data_dir: Path) -> Path:
    return Path(data_dir) / SETTINGS_FILE


def load_user_settings(data_dir: Path) -> UserSettings:
    path = settings_path(data_dir)
    try:
        data = read_json(path, 64_000)
        settings = UserSettings.model_validate(data)
    except FileNotFoundError:
        return UserSettings()
    except (OSError, ValueError, ValidationError) as exc:
        log.warning("user settings %s ignored: %s", path, exc)
        return UserSettings()
    if settings.language not in (None, *catalogue().language_codes):
        settings = settings.model_copy(update={"language": None})
    return settings


def save_user_settings(data_dir: Path, settings: UserSettings) -> bool:
    try:
        write_atomic(settings_path(data_dir), settings.model_dump_json(indent=2) + "\n")
    except OSError as exc:
        log.warning("user settings cannot be saved in %s: %s", data_dir, exc)
        return False
    return True
