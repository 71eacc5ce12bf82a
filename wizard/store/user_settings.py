"""What one user chose about the look and the language, remembered between starts.

`settings.json` in the data folder (beside `profiles/`), written atomically. Never used in
kiosk mode: a kiosk takes font scale, contrast and language from the admin settings and keeps
nothing of a visitor. Read tolerantly: a missing or damaged file gives the defaults. No Qt here.
Plain dataclasses: bytes this program version wrote or already validated (`Checked`) are read
without pydantic, as the progress files are; anything else is validated in full.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Annotated, Any

from annotated_types import Ge, Le

from wizard.catalogue import catalogue
from wizard.files import parse_json, read_limited, write_atomic
from wizard.store.admin import FONT_SCALE_MAX, FONT_SCALE_MIN
from wizard.store.checked import Checked
from wizard.typed_data import from_plain, to_plain

log = logging.getLogger(__name__)

SETTINGS_FILE = "settings.json"
SETTINGS_LIMIT = 64_000


@dataclass(frozen=True)
class WindowPlace:
    """The window as the user left it: its normal (not maximised) geometry in screen pixels,
    and whether it was maximised. Put back on a screen that exists (wizard/ui/window_place.py)."""

    x: int
    y: int
    width: Annotated[int, Ge(1)]
    height: Annotated[int, Ge(1)]
    maximized: bool = False


@dataclass(frozen=True)
class UserSettings:
    # New keys are optional and unknown keys ignored, so an older program reads a newer file
    # (dropping what it does not know): no schema_version bump for an added optional key.
    __pydantic_config__ = {"extra": "ignore"}  # noqa: RUF012 (read by pydantic)

    schema_version: int = 1
    font_scale: Annotated[float, Ge(FONT_SCALE_MIN), Le(FONT_SCALE_MAX)] = 1.0
    high_contrast: bool = False
    language: str | None = None  # the last language chosen in the wizard
    window: WindowPlace | None = None  # not in kiosk mode (nothing is read or kept there)


def settings_path(data_dir: Path) -> Path:
    return Path(data_dir) / SETTINGS_FILE


def _dump(settings: UserSettings) -> bytes:
    return (json.dumps(to_plain(settings), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _validated(data: Any) -> UserSettings:
    """Checked in full; a damaged window place costs only the place, not the text size or the
    language."""
    from pydantic import ValidationError

    from wizard.validation import validate

    try:
        return validate(UserSettings, data)
    except ValidationError as exc:
        if not (isinstance(data, dict) and "window" in data
                and all(e["loc"][:1] == ("window",) for e in exc.errors())):
            raise
        log.warning("user settings: window place ignored: %s", exc)
        return validate(UserSettings, {k: v for k, v in data.items() if k != "window"})


def load_user_settings(data_dir: Path, checked: Checked | None = None) -> UserSettings:
    from wizard.validation import digest

    path = settings_path(data_dir)
    checked = checked if checked is not None else Checked(None)
    try:
        raw = read_limited(path, SETTINGS_LIMIT)
        data = parse_json(raw)
        key = digest(raw)
        if key in checked:
            settings = from_plain(UserSettings, data)
        else:
            settings = _validated(data)
            if raw == _dump(settings):  # exactly what save writes: trusted from now on
                checked.add(key)
    except FileNotFoundError:
        return UserSettings()
    except (OSError, ValueError) as exc:  # pydantic's ValidationError is a ValueError
        log.warning("user settings %s ignored: %s", path, exc)
        return UserSettings()
    if settings.language not in (None, *catalogue().language_codes):
        settings = replace(settings, language=None)
    return settings


def save_user_settings(data_dir: Path, settings: UserSettings, checked: Checked | None = None) -> bool:
    raw = _dump(settings)
    try:
        write_atomic(settings_path(data_dir), raw.decode("utf-8"))
    except OSError as exc:
        log.warning("user settings cannot be saved in %s: %s", data_dir, exc)
        return False
    if checked is not None:
        from wizard.validation import digest

        checked.add(digest(raw))
        checked.flush()
    return True


def update_user_settings(data_dir: Path, checked: Checked | None, **changes) -> bool:
    """Change some settings and keep the rest, written as this program's own (checked) bytes."""
    from dataclasses import replace

    return save_user_settings(data_dir, replace(load_user_settings(data_dir, checked), **changes),
                              checked)
