"""Progress on disk: one UTF-8 JSON file in the data folder, saved after every change."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from wizard.store.files import set_aside, write_atomic
from wizard.store.progress import SCHEMA_VERSION, Progress, now

log = logging.getLogger(__name__)
PROGRESS_FILE = "progress.json"


@dataclass
class Loaded:
    progress: Progress
    notice: str | None = None  # one sentence for the user when something was wrong


class ProgressStore:
    def __init__(self, data_dir: Path):
        self.data_dir = Path(data_dir)
        self.path = self.data_dir / PROGRESS_FILE
        self.last_error: str | None = None

    def load(self) -> Loaded:
        if not self.path.exists():
            return Loaded(Progress())
        try:
            raw = self.path.read_text(encoding="utf-8")
            data = json.loads(raw)
            if isinstance(data, dict) and data.get("schema_version", 0) > SCHEMA_VERSION:
                return Loaded(Progress(), "进度文件来自更新版本的程序，本次不会改动它；请更新本程序。")
            return Loaded(Progress.model_validate(data))
        except (OSError, UnicodeDecodeError, ValueError, ValidationError) as exc:
            log.warning("progress file %s is damaged: %s", self.path, exc)
            try:
                kept = set_aside(self.path)
            except OSError:
                return Loaded(Progress(), "上次的进度文件已损坏且无法移走，本次从头开始。")
            return Loaded(Progress(), f"上次的进度文件已损坏，已另存为 {kept.name}，本次从头开始。")

    def save(self, progress: Progress) -> bool:
        """Save atomically; on failure remember why and return False (never raise)."""
        progress.updated_at = now()
        try:
            write_atomic(self.path, progress.model_dump_json(indent=2))
        except OSError as exc:
            log.warning("could not save progress to %s: %s", self.path, exc)
            self.last_error = str(exc)
            return False
        self.last_error = None
        return True

    def clear(self) -> None:
        self.path.unlink(missing_ok=True)
