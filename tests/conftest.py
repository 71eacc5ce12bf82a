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
    from wizard.paths import content_dir, illustrations_dir

    return load_content(content_dir("zh_CN"), illustrations_dir())


@pytest.fixture(autouse=True)
def no_lasting_diagnostics():
    """A test that starts the program (wizard.app.run) leaves no log handler or crash file."""
    yield
    if "wizard.diagnostics" in sys.modules:
        sys.modules["wizard.diagnostics"].end()
