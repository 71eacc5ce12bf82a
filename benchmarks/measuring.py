"""What every benchmark here shares: children started and timed, the machine described,
budgets judged. (run.py and desk.py both read it; neither reads the other's internals.)"""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MARK = "WENGANG_FIRST_PAINT"
CHILD_TIMEOUT_S = 120


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONUNBUFFERED"] = "1"
    env.pop("WENGANG_BENCH_FIRST_PAINT", None)
    return env


def run_child(args: list[str], env: dict[str, str]) -> tuple[int, str, int, float | None]:
    """Run one child; return (start ns, its output, exit code, its own max RSS in MiB)."""
    start = time.time_ns()
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env,
                            cwd=ROOT)
    killer = threading.Timer(CHILD_TIMEOUT_S, proc.kill)
    killer.start()
    try:
        if hasattr(os, "wait4"):
            output = proc.stdout.read()
            _, status, usage = os.wait4(proc.pid, 0)
            proc.returncode = os.waitstatus_to_exitcode(status)
            rss = usage.ru_maxrss / 1024  # KiB on Linux
            if sys.platform == "darwin":
                rss = usage.ru_maxrss / (1024 * 1024)  # bytes on macOS
        else:  # Windows: no per-child rusage in the standard library
            output, _ = proc.communicate()
            rss = None
    finally:
        killer.cancel()
        proc.stdout.close()
    return start, output.decode("utf-8", "replace"), proc.returncode, rss


def first_paint(args: list[str], env: dict[str, str]) -> tuple[float, float | None, str]:
    start, output, code, rss = run_child(args, {**env, "WENGANG_BENCH_FIRST_PAINT": "1"})
    line = next((x for x in output.splitlines() if x.startswith(MARK)), None)
    if code != 0 or line is None:
        raise SystemExit(f"{' '.join(args)} failed (exit {code}):\n{output}")
    _, painted_ns, page = line.split()[:3]
    return (int(painted_ns) - start) / 1e9, rss, page


def machine() -> dict:
    try:
        from importlib.metadata import version

        pyside = version("PySide6-Essentials")
    except Exception:
        try:
            import PySide6

            pyside = PySide6.__version__
        except Exception:
            pyside = "?"
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"platform": platform.platform(), "cpu": cpu, "cpu_count": os.cpu_count(),
            "python": platform.python_version(), "pyside6": pyside}


def judge(budgets: dict, values: dict) -> dict:
    """Each budget (key -> (what, limit, unit)) with its value and whether it holds."""
    return {key: {"what": what, "limit": limit, "unit": unit, "value": values[key],
                  "ok": values[key] is not None and values[key] <= limit}
            for key, (what, limit, unit) in budgets.items()}


def limit_text(value: float, unit: str, extra: bool = False) -> str:
    """A budget as a table says it (declared once, in the budgets dictionary)."""
    return f"≤ {'+' if extra else ''}{value:g} {unit}"


def columns(rows: list[tuple[str, ...]]) -> str:
    """Rows as aligned columns, the first row a heading underlined."""
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def report(result: dict, path: Path, shown: str) -> int:
    """Write the figures to `path`, print the table; 0 when every budget holds."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    m = result["machine"]
    print(f"{result['date']} · {m['platform']} · {m['cpu']} × {m['cpu_count']} · "
          f"Python {m['python']} · PySide6 {m['pyside6']} · {result['runs']} runs each"
          + (", frozen" if "frozen" in result else ""))
    print(shown)
    print(f"figures written to {path}")
    return 0 if result["all_budgets_hold"] else 1
