"""In-process measurements, run by benchmarks/run.py in a child process of its own.

    python benchmarks/inproc.py switch          one walk of the longest route, timing every Next
    python benchmarks/inproc.py content N       load + validate the content N times
    python benchmarks/inproc.py save N          save a half-done progress N times

Each prints one JSON object on its last line of output.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

LONGEST = "route-r"  # Route R from nothing: the most pages (7 questions, R1–R7, C1–C5)


def half_done_progress():
    """Route R from nothing, R1–R4 done, the user on R5 (as a returning user would be)."""
    from wizard.selftest import SCENARIOS
    from wizard.store import Progress

    progress = Progress(answers=dict(SCENARIOS[LONGEST].answers))
    day = date.today() - timedelta(days=3)
    for step in ("R1", "R2", "R3", "R4"):
        progress.set_status(step, "done", day)
    progress.current_page = "step:R5"
    return progress


def _ms(ns: int) -> float:
    return ns / 1e6


def measure_switches() -> dict:
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QWizard

    from wizard.app import ensure_app
    from wizard.content import load_content
    from wizard.flow.journey import SUMMARY
    from wizard.selftest import SCENARIOS
    from wizard.store import ProfileStore
    from wizard.ui.autopilot import answer_page
    from wizard.ui.session import Session
    from wizard.ui.wizard import GuideWizard

    class PaintSpy(QObject):
        """Tells when the current page's content has painted (its scrolling body, watched
        right after the click)."""

        def __init__(self):
            super().__init__()
            self.painted = False

        def watch(self, page) -> None:
            self.painted = False
            page.scroll.widget().installEventFilter(self)

        def eventFilter(self, obj, event) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.painted = True
            return False

    app = ensure_app()
    data = Path(tempfile.mkdtemp(prefix="wengang-bench-"))
    try:
        store = ProfileStore(data)
        opened = store.open()
        wizard = GuideWizard(Session(load_content(), store, opened.profile), opened.notices)
        spy = PaintSpy()
        wizard.resize(1024, 700)
        wizard.show()
        spy.watch(wizard.currentPage())
        while not spy.painted:
            app.processEvents()
        # A person reads the first page before the first click; the program uses that time
        # to warm up (GuideWizard._warm_up). Half a second of idle stands in for the reading.
        idle_until = time.perf_counter() + 0.5
        while time.perf_counter() < idle_until:
            app.processEvents()
            time.sleep(0.005)
        scenario = SCENARIOS[LONGEST]
        next_button = wizard.button(QWizard.WizardButton.NextButton)
        switches = []
        for _ in range(60):
            key = wizard.current_key()
            if key == SUMMARY:
                break
            # The user's own action (a choice, a tick) is not part of the switch.
            answer_page(wizard, scenario.answers, scenario.route)
            app.processEvents()
            start = time.perf_counter_ns()
            next_button.click()
            target = wizard.current_key()
            spy.watch(wizard.currentPage())
            deadline = start + 5_000_000_000
            while not spy.painted and time.perf_counter_ns() < deadline:
                app.processEvents()
            end = time.perf_counter_ns()
            if target == key or not spy.painted:
                raise RuntimeError(f"Next on {key} did not paint a new page")
            switches.append({"from": key, "to": target, "ms": _ms(end - start)})
        else:
            raise RuntimeError("the walk never reached the summary")
        wizard.close()
        return {"route": LONGEST, "switches": switches}
    finally:
        shutil.rmtree(data, ignore_errors=True)
        QApplication.processEvents()


def measure_content(n: int) -> dict:
    """A normal start's content load (the validated cache) n times, and the first start's full
    validation of every language (no cache) once."""
    cache = tempfile.mkdtemp(prefix="wengang-bench-cache-")
    os.environ["WENGANG_CACHE_DIR"] = cache
    start = time.perf_counter_ns()
    from wizard.content import load_content

    imported = time.perf_counter_ns()
    try:
        t0 = time.perf_counter_ns()
        content = load_content()
        validation = _ms(time.perf_counter_ns() - t0)
        times = []
        for _ in range(n):
            t0 = time.perf_counter_ns()
            content = load_content()
            times.append(_ms(time.perf_counter_ns() - t0))
    finally:
        shutil.rmtree(cache, ignore_errors=True)
    return {"import_ms": _ms(imported - start), "validation_ms": validation, "first_ms": times[0],
            "runs_ms": times, "steps": len(content.steps)}


def measure_save(n: int) -> dict:
    from wizard.store import ProfileStore

    data = Path(tempfile.mkdtemp(prefix="wengang-bench-"))
    try:
        store = ProfileStore(data)
        profile = store.new_profile()
        profile.progress = half_done_progress()
        times = []
        for _ in range(n):
            t0 = time.perf_counter_ns()
            ok = store.save(profile)
            times.append(_ms(time.perf_counter_ns() - t0))
            if not ok:
                raise RuntimeError(f"save failed: {store.last_error}")
        return {"runs_ms": times, "bytes": store.path_of(profile.id).stat().st_size}
    finally:
        shutil.rmtree(data, ignore_errors=True)


def main(argv: list[str]) -> int:
    what = argv[0] if argv else "switch"
    n = int(argv[1]) if len(argv) > 1 else 20
    if what == "switch":
        result = measure_switches()
    elif what == "content":
        result = measure_content(n)
    elif what == "save":
        result = measure_save(n)
    else:
        print(f"unknown measurement {what!r}", file=sys.stderr)
        return 2
    print(json.dumps(result, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
