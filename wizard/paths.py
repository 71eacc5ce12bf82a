"""Where resources and data live, the same from source and from a frozen bundle."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

APP_NAME = "wengang-wizard"
log = logging.getLogger(__name__)


_SOURCE_ROOT = Path(__file__).resolve().parent.parent

# A file with one of these names beside the program makes it portable: progress is kept in
# `data/` beside the program instead of the user data folder. Windows Explorer hides the
# extension of a "new text document", so `portable.txt` counts too.
PORTABLE_MARKERS = ("portable", "portable.txt")


def is_frozen() -> bool:
    """True inside a PyInstaller bundle."""
    return bool(getattr(sys, "frozen", False))


def bundle_dir() -> Path:
    """Where the bundled files are: PyInstaller's `sys._MEIPASS` when frozen (the `_internal`
    folder of a one-folder build), else the source tree. Everything read-only is found from here.
    """
    bundle = getattr(sys, "_MEIPASS", None)  # set by PyInstaller in a frozen program
    return Path(bundle) if bundle else _SOURCE_ROOT


def program_dir() -> Path:
    """The folder the user sees: beside the executable when frozen, else the source tree."""
    return Path(sys.executable).resolve().parent if is_frozen() else _SOURCE_ROOT


def resources_dir() -> Path:
    return bundle_dir() / "resources"


def app_icon_path() -> Path:
    return resources_dir() / "icons" / "app.svg"


def content_root() -> Path:
    """The program's own content: catalogue.json and one folder per language."""
    return resources_dir() / "content"


def content_dir(language: str = "zh_CN") -> Path:
    return content_root() / language


def i18n_dir() -> Path:
    """The program's compiled Qt translations, wizard_<language>.qm."""
    return bundle_dir() / "i18n"


def portable_data_dir() -> Path | None:
    """`<program folder>/data` when a portable marker is beside the program, else None."""
    folder = program_dir()
    if any((folder / name).exists() for name in PORTABLE_MARKERS):
        return folder / "data"
    return None


def default_data_dir() -> Path:
    """The portable folder if marked, else the user data folder. `--data-dir` overrides both."""
    portable = portable_data_dir()
    if portable is not None:
        return portable
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path | None:
    """The program's cache folder: $WENGANG_CACHE_DIR (tests), else the user cache folder."""
    env = os.environ.get("WENGANG_CACHE_DIR")
    if env:
        return Path(env)
    try:
        from platformdirs import user_cache_dir

        return Path(user_cache_dir(APP_NAME, appauthor=False))
    except Exception as exc:  # no home folder, odd platform: then nothing is cached
        log.info("no cache folder: %s", exc)
        return None


def data_dir_from(option: str | None) -> Path:
    """--data-dir, else $WENGANG_WIZARD_DATA_DIR (tests), else the default data folder."""
    if option:
        return Path(option)
    env = os.environ.get("WENGANG_WIZARD_DATA_DIR")
    return Path(env) if env else default_data_dir()
