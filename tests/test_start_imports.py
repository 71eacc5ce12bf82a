"""Only what the first page needs is imported before it paints (issue 19).

The program is started as a user starts it (`python -m wizard`, offscreen) with the hidden
first-paint hook of wizard/app.py, which writes the names in sys.modules at the moment the first
page has painted. They are checked against what the welcome page needs: a module added to the
start path — another page kind, pydantic, the PDF, QR or network code, the desk — fails here
until it is deliberately allowed (and measured with benchmarks/run.py). Both starts the
benchmark measures: an empty data folder, and a half-done Route R.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# The program's own modules a first paint may need; everything else of wizard/ waits.
ALLOWED_WIZARD = frozenset("""
wizard wizard.app wizard.catalogue wizard.changes wizard.files wizard.messages wizard.paths
wizard.typed_data wizard.validation
wizard.content wizard.content.choice wizard.content.links wizard.content.loader wizard.content.model
wizard.flow wizard.flow.interview wizard.flow.journey wizard.flow.plan wizard.flow.questions
wizard.flow.situation
wizard.report wizard.report.facts wizard.report.status
wizard.store wizard.store.admin wizard.store.checked wizard.store.document wizard.store.names
wizard.store.profiles wizard.store.progress wizard.store.staff_pin wizard.store.user_settings
wizard.ui wizard.ui.about wizard.ui.about_window wizard.ui.accessible wizard.ui.diagnostics
wizard.ui.display wizard.ui.instance_lock wizard.ui.journey wizard.ui.locale wizard.ui.page_base
wizard.ui.qapp wizard.ui.question_page wizard.ui.session wizard.ui.theme wizard.ui.welcome_page
wizard.ui.widgets wizard.ui.window_place wizard.ui.wizard wizard.ui.words
""".split())
# Packages from outside the standard library (top-level names).
ALLOWED_PACKAGES = frozenset({"PySide6", "shiboken6", "shibokensupport", "signature_bootstrap",
                              "platformdirs", "annotated_types", "typing_extensions"})
ALLOWED_QT = frozenset({"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets"})
# Heavy parts of the standard library nothing on the way to the first page needs.
HEAVY_STDLIB = frozenset({"asyncio", "concurrent", "email", "http", "multiprocessing", "sqlite3",
                          "ssl", "unittest", "xml", "pydoc", "decimal", "csv", "urllib.request"})


def modules_at_first_paint(data: Path, tmp_path: Path) -> tuple[str, set[str]]:
    out = tmp_path / "modules.txt"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WENGANG_BENCH_FIRST_PAINT": "1",
           "WENGANG_BENCH_MODULES": str(out)}
    proc = subprocess.run([sys.executable, "-m", "wizard", "--data-dir", str(data)], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    page = next(line.split()[2] for line in proc.stdout.splitlines()
                if line.startswith("WENGANG_FIRST_PAINT"))
    return page, set(out.read_text(encoding="utf-8").split())


def not_allowed(modules: set[str]) -> list[str]:
    stdlib = set(sys.stdlib_module_names)
    wrong = []
    for name in sorted(modules):
        top = name.split(".")[0]
        if name.startswith("wizard"):
            ok = name in ALLOWED_WIZARD
        elif top == "PySide6" and name.startswith("PySide6.Qt"):
            ok = name in ALLOWED_QT
        elif top in stdlib or top.startswith("_") or name in sys.builtin_module_names:
            ok = not any(name == h or name.startswith(h + ".") for h in HEAVY_STDLIB)
        else:
            ok = top in ALLOWED_PACKAGES
        if not ok:
            wrong.append(name)
    return wrong


def half_done(data: Path) -> None:
    """Route R, R1–R4 done, on R5 — written as the program writes it, and known as checked
    (as after the program's own save), like benchmarks/run.py's start."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from inproc import half_done_progress
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    from wizard.paths import cache_dir
    from wizard.store import ProfileStore
    from wizard.store.checked import Checked

    store = ProfileStore(data, Checked(cache_dir()))
    profile = store.new_profile()
    profile.progress = half_done_progress()
    assert store.save(profile)


@pytest.mark.parametrize("start", ["empty", "half-done"])
def test_only_what_the_first_page_needs_is_imported_before_it_paints(tmp_path, content, start):
    # `content` filled the cache of validated content, as the first start on a machine does.
    data = tmp_path / "data"
    if start == "half-done":
        half_done(data)
    modules_at_first_paint(data, tmp_path)  # a first start may validate and record the files
    page, modules = modules_at_first_paint(data, tmp_path)
    assert page == "welcome"
    assert "wizard.ui.welcome_page" in modules and "PySide6.QtWidgets" in modules  # it worked
    assert not_allowed(modules) == []
    assert "pydantic" not in modules and "pydantic_core" not in modules


def test_the_check_catches_what_the_first_page_does_not_need():
    assert not_allowed({"wizard.ui.step_page", "pydantic", "PySide6.QtSvg", "email.message",
                        "openpyxl", "segno", "wizard.desk", "wizard.ui.wizard", "json"}) == [
        "PySide6.QtSvg", "email.message", "openpyxl", "pydantic", "segno", "wizard.desk",
        "wizard.ui.step_page"]
