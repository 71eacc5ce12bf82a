"""The benchmark harness runs and reports every figure (budgets are its job, not the tests')."""

from __future__ import annotations

import json
import subprocess
import sys
from numbers import Real
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _positive(value) -> bool:
    return isinstance(value, Real) and not isinstance(value, bool) and value > 0


def test_harness_runs_in_quick_mode(tmp_path):
    out = tmp_path / "results.json"
    proc = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "run.py"), "--quick",
                           "--json", str(out)], cwd=ROOT, capture_output=True, text=True,
                          encoding="utf-8", timeout=600)
    # Exit 1 only means a budget is over; anything else is a broken harness.
    assert proc.returncode in (0, 1), proc.stdout + proc.stderr
    assert "start → first paint" in proc.stdout
    result = json.loads(out.read_text(encoding="utf-8"))
    f = result["figures"]
    for figure in (f["start_s"]["program"], f["start_s"]["baseline"], f["start_s"]["ratio"],
                   f["start_empty_s"]["program"], f["start_empty_s"]["ratio"],
                   f["page_switch_ms"]["median"], f["page_switch_ms"]["max"],
                   f["content_load_ms"]["median"], f["save_ms"]["median"]):
        assert _positive(figure)
    if sys.platform != "win32":
        for mem in (f["peak_memory_mib"], f["peak_memory_empty_mib"]):
            assert all(_positive(x) for x in (mem["program"], mem["baseline"], mem["ratio"]))
    for start in (f["start_s"], f["start_empty_s"]):
        assert len(start["program_runs"]) == len(start["baseline_runs"]) == 2
        assert start["first_page"] == ["welcome"]
    assert f["page_switch_ms"]["switches"] >= 18  # every Next of Route R from nothing
    assert set(result["budgets"]) == {"start_ratio", "peak_memory_ratio", "start_empty_ratio",
                                      "peak_memory_empty_ratio", "page_switch_median_ms",
                                      "page_switch_max_ms", "content_load_ms", "save_ms"}
    assert result["all_budgets_hold"] == (proc.returncode == 0)
    assert all(isinstance(b["ok"], bool) for b in result["budgets"].values())
    assert {"platform", "cpu_count", "python", "pyside6"} <= set(result["machine"])


def test_the_first_paint_hook_leaves_no_timer_behind(qtbot):
    """Its safety timer (quit after 30 s if nothing painted) must stop once it reported: fired
    later, app.exit() outside a running loop makes every later event loop return at once."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel

    from wizard import app as app_module

    page = QLabel("x")
    qtbot.addWidget(page)
    hook = app_module._FirstPaint(page, QApplication.instance(), safety_ms=200)
    hook._report = lambda: None  # report nothing, and do not quit the test application
    page.show()
    qtbot.waitUntil(lambda: hook.seen)
    assert not hook.safety.isActive()
    fired = []
    QTimer.singleShot(400, lambda: fired.append(1))  # after the safety timer would have fired
    qtbot.waitUntil(lambda: bool(fired), timeout=3000)
