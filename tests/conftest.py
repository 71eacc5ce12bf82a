"""Test-wide setup: offscreen Qt, CJK font choice, and data folders that are never the user's."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


# One cache folder for the whole run (validated content is shared, like on a real machine);
# never the user's own.
_CACHE = Path(os.environ.setdefault("WENGANG_CACHE_DIR", str(
    Path(__import__("tempfile").mkdtemp(prefix="wengang-test-cache-")))))


@pytest.fixture(autouse=True)
def isolated_data(tmp_path, monkeypatch):
    """Every test gets its own data folder; the real user data folder is never touched."""
    data = tmp_path / "data"
    monkeypatch.setenv("WENGANG_WIZARD_DATA_DIR", str(data))
    monkeypatch.setattr("wizard.paths.default_data_dir", lambda: data)
    return data


@pytest.fixture(scope="session")
def content():
    from wizard.content import load_content

    return load_content(None, "zh_CN")


@pytest.fixture(scope="session", autouse=True)
def qt_application():
    """One QApplication for the whole run, made first: a command-line test (--help, --hash-pin)
    would otherwise make a bare QCoreApplication that the window tests cannot use."""
    from wizard.app import ensure_app

    return ensure_app()


@pytest.fixture(autouse=True)
def simplified_chinese_again(qt_application):
    """A test that switched the application's language (a command-line test follows the test
    machine's locale) leaves Simplified Chinese, which the other tests expect."""
    yield
    if getattr(qt_application, "_wizard_language", "zh_CN") != "zh_CN":
        from wizard.ui.locale import apply_language

        apply_language(qt_application, "zh_CN")


@pytest.fixture(autouse=True)
def no_lasting_diagnostics():
    """A test that starts the program (wizard.app.run) leaves no log handler or crash file."""
    yield
    if "wizard.ui.diagnostics" in sys.modules:
        sys.modules["wizard.ui.diagnostics"].end()

