"""Where resources and data live, the same from source and from a frozen bundle."""

from __future__ import annotations

import sys
from pathlib import Path

APP_NAME = "wengang-wizard"


def resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)  # set by PyInstaller in a frozen program
    base = Path(bundle) if bundle else Path(__file__).resolve().parent.parent
    return base / "resources"


def content_dir(language: str = "zh_CN") -> Path:
    return resources_dir() / "content" / language


def illustrations_dir() -> Path:
    return resources_dir() / "illustrations"


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))
