"""Which picture a step shows: a real screenshot from the override folder, or our drawing.

No Qt here. Whether an image file actually decodes is asked through `can_load`, which the
Qt layer supplies (wizard/ui/picture.py); everything else (names, sizes, dates, alt texts) is
decided here and logged, never shown to the citizen as an error.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

log = logging.getLogger(__name__)

MAX_OVERRIDE_BYTES = 20 * 1024 * 1024  # a bigger "screenshot" is a mistake, not a picture
OVERRIDE_SUFFIXES = (".png", ".jpg", ".jpeg")


@dataclass(frozen=True)
class Picture:
    """What to show for a step: a screenshot file, or our drawing's SVG text."""

    step_id: str
    path: Path | None = None  # a real screenshot the service centre put in the folder
    drawing: str | None = None  # else the step's drawing (wizard/content/drawings.py)
    file_date: date | None = None  # the screenshot file's date

    @property
    def is_override(self) -> bool:
        return self.path is not None

    @property
    def is_drawing(self) -> bool:
        return self.path is None


def override_candidates(step_id: str, folder: Path) -> list[Path]:
    """Files in `folder` named like the step (S3.png, S3.JPG, s3.jpeg …), best first."""
    try:
        entries = sorted(p for p in folder.iterdir() if p.is_file())
    except OSError:
        return []
    found = []
    for suffix in OVERRIDE_SUFFIXES:
        for p in entries:
            if p.stem.upper() == step_id.upper() and p.suffix.lower() == suffix:
                found.append(p)
    return found


def usable_override(step_id: str, folder: Path | None,
                    can_load: Callable[[Path], bool] | None = None) -> Path | None:
    """The override file for a step if there is one that is small enough and loads."""
    if folder is None:
        return None
    folder = Path(folder)
    if not folder.is_dir():
        log.info("screenshots folder %s does not exist; using the drawings", folder)
        return None
    for path in override_candidates(step_id, folder):
        try:
            size = path.stat().st_size
        except OSError as exc:
            log.warning("screenshot %s cannot be read (%s); using the drawing", path, exc)
            continue
        if size > MAX_OVERRIDE_BYTES:
            log.warning("screenshot %s is %d bytes (more than 20 MB); using the drawing",
                        path, size)
            continue
        if size == 0:
            log.warning("screenshot %s is empty; using the drawing", path)
            continue
        if can_load is not None and not can_load(path):
            log.warning("screenshot %s is not a readable image; using the drawing", path)
            continue
        return path
    return None


def file_date(path: Path) -> date | None:
    try:
        return datetime.fromtimestamp(path.stat().st_mtime).date()
    except OSError:
        return None


def resolve_picture(step_id: str, drawing: str | None, screenshots_dir: Path | None = None,
                    can_load: Callable[[Path], bool] | None = None) -> Picture | None:
    """The picture for a step: a usable screenshot first, else its drawing, else None."""
    override = usable_override(step_id, screenshots_dir, can_load)
    if override is not None:
        return Picture(step_id, path=override, file_date=file_date(override))
    return Picture(step_id, drawing=drawing) if drawing else None
