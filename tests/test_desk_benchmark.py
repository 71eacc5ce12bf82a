"""The desk's benchmark harness runs and reports every figure (budgets are its job, not the
tests'); its made-up employers look like a service centre's."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from datetime import date
from numbers import Real
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))


def _positive(value) -> bool:
    return isinstance(value, Real) and not isinstance(value, bool) and value > 0


def test_the_desk_harness_runs_in_quick_mode(tmp_path):
    out = tmp_path / "desk.json"
    proc = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "run.py"), "--desk", "--quick",
                           "--json", str(out)], cwd=ROOT, capture_output=True, text=True,
                          encoding="utf-8", timeout=900)
    assert proc.returncode in (0, 1), proc.stdout + proc.stderr  # 1: a budget is over
    assert "opening" in proc.stdout or "start → first paint" in proc.stdout
    result = json.loads(out.read_text(encoding="utf-8"))
    f = result["figures"]
    assert f["first_page"] == {"one": "welcome", "desk": "desk"}
    assert f["employers"] == 1000 and f["sort_filter_ms"]["employers"] == 1000
    assert f["sort_filter_ms"]["import_rows"] == 1000
    for figure in (f["start_s"]["one"], f["start_s"]["desk"], f["sort_filter_ms"]["max"],
                   f["sort_filter_ms"]["import_preview_s"], f["sort_filter_ms"]["rows_ms"]):
        assert _positive(figure)
    assert len(f["sort_filter_ms"]["sort_ms"]) == 18  # every column, both ways
    assert set(result["budgets"]) == {"desk_start_extra_ms", "desk_memory_extra_mib",
                                      "desk_sort_filter_max_ms", "desk_import_preview_s"}
    assert result["all_budgets_hold"] == (proc.returncode == 0)


def test_made_up_employers_are_varied_and_valid():
    import desk_data

    from wizard.content import load_content
    from wizard.desk.table import count, desk_rows
    from wizard.details.codes import is_valid_uscc

    made = desk_data.employers(200, date(2026, 11, 23))
    assert len({p.name for p in made}) == 200
    assert all(is_valid_uscc(p.meta.uscc) for p in made if p.meta.uscc)
    rows = desk_rows(load_content(), made, date(2026, 11, 23))
    states = Counter(r.state for r in rows)
    assert set(states) == {"not_started", "in_progress", "waiting", "done"}
    assert count(rows).oldest_wait is not None
