"""Benchmark harness: the program against a bare QWizard, and the budgets it must keep.

    uv run python benchmarks/run.py            # 10 whole-process runs each, alternating
    uv run python benchmarks/run.py --quick    # 2 runs each: checks the harness works
    uv run python benchmarks/run.py --desk     # the desk: 1,000 employers (benchmarks/desk.py)
    uv run --group build python benchmarks/run.py --frozen
                                               # the PyInstaller one-folder program against a
                                               # frozen bare wizard (builds both: minutes)

Standard library plus the program only. Prints a table, writes benchmarks/results.json
(or --json PATH) and exits 0 only when every budget holds. See BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from measuring import (  # noqa: E402
    child_env,
    columns,
    first_paint,
    judge,
    limit_text,
    machine,
    report,
    run_child,
)

BASELINE = HERE / "baseline_wizard.py"
BASELINE_SPEC = HERE / "baseline_wizard.spec"
FROZEN_BUILD = ROOT / "build" / "bench-frozen"  # both bundles and PyInstaller's work folders
INPROC = HERE / "inproc.py"

# name: (what, limit, unit or "×"). Ratios are program ÷ baseline.
BUDGETS = {
    "start_ratio": ("start to first paint (half-done Route R), program ÷ baseline", 1.5, "×"),
    "peak_memory_ratio": ("peak memory (half-done Route R), program ÷ baseline", 1.4, "×"),
    "start_empty_ratio": ("start to first paint (empty data folder), program ÷ baseline", 1.5, "×"),
    "peak_memory_empty_ratio": ("peak memory (empty data folder), program ÷ baseline", 1.4, "×"),
    "page_switch_median_ms": ("page switch, median", 10.0, "ms"),
    "page_switch_max_ms": ("page switch, max", 30.0, "ms"),
    "content_load_ms": ("content load + validation, median", 20.0, "ms"),
    "save_ms": ("one progress save, median", 5.0, "ms"),
}


def inproc(what: str, n: int, env: dict[str, str]) -> dict:
    _, output, code, _ = run_child([sys.executable, str(INPROC), what, str(n)], env)
    lines = [x for x in output.splitlines() if x.startswith("{")]
    if code != 0 or not lines:
        raise SystemExit(f"inproc.py {what} failed (exit {code}):\n{output}")
    return json.loads(lines[-1])


def write_half_done(data: Path) -> None:
    """Route R, R1–R4 done, the user on R5: the returning user's start."""
    sys.path.insert(0, str(HERE))
    import inproc as bench_inproc

    from wizard.store import ProfileStore

    store = ProfileStore(data)
    profile = store.new_profile()
    profile.progress = bench_inproc.half_done_progress()
    if not store.save(profile):
        raise SystemExit(f"could not write the progress file in {data}")


def paired_starts(program, baseline: list[str], runs: int, env: dict[str, str], progress,
                  what: str) -> dict:
    """Start → first paint and peak memory, program and baseline alternating, medians and
    ratios. `program(i)` gives the command of run i. One unmeasured start of each first: it
    fills the (fresh) cache folder, as the first start of an installed program does once, and
    warms the disk cache for both alike."""
    first_paint(program(-1), env)
    first_paint(baseline, env)
    starts: dict[str, list[float]] = {"program": [], "baseline": []}
    rss: dict[str, list[float]] = {"program": [], "baseline": []}
    pages: set[str] = set()
    for i in range(runs):
        for name, args in (("program", program(i)), ("baseline", baseline)):
            seconds, mib, page = first_paint(args, env)
            starts[name].append(seconds)
            if mib is not None:
                rss[name].append(mib)
            if name == "program":
                pages.add(page)
        progress(f"{what}: run {i + 1}/{runs}: program {starts['program'][-1]:.3f} s, "
                 f"baseline {starts['baseline'][-1]:.3f} s")
    sp, sb = (statistics.median(starts[k]) for k in ("program", "baseline"))
    rp, rb = (statistics.median(rss[k]) if rss[k] else None for k in ("program", "baseline"))
    return {
        "start_s": {"program": sp, "baseline": sb, "ratio": sp / sb, "first_page": sorted(pages),
                    "program_runs": starts["program"], "baseline_runs": starts["baseline"]},
        "peak_memory_mib": {"program": rp, "baseline": rb, "ratio": rp / rb if rp and rb else None,
                            "program_runs": rss["program"], "baseline_runs": rss["baseline"]},
    }


def both_starts(program_command, baseline: list[str], runs: int, env: dict[str, str], progress,
                scratch: Path, label: str = "") -> dict[str, dict]:
    """A half-done Route R, then an empty data folder (a new one for every run), each against
    the baseline. `program_command(data)` is the program's command for a data folder."""
    half = scratch / "half-done"
    write_half_done(half)
    return {
        "half_done": paired_starts(lambda i: program_command(half), baseline, runs, env, progress,
                                   f"{label}start, half-done"),
        "empty": paired_starts(lambda i: program_command(scratch / f"empty-{i + 1}"), baseline,
                               runs, env, progress, f"{label}start, empty data folder"),
    }


def measure(runs: int, switch_walks: int, repeats: int, progress) -> dict:
    env = child_env()
    scratch = Path(tempfile.mkdtemp(prefix="wengang-bench-"))
    # A cache folder of its own: the user's is shared with every other checkout on the machine.
    env["WENGANG_CACHE_DIR"] = str(scratch / "cache")
    try:
        starts = both_starts(lambda data: [sys.executable, "-m", "wizard", "--data-dir", str(data)],
                             [sys.executable, str(BASELINE)], runs, env, progress, scratch)
        switches = []
        for i in range(switch_walks):
            switches += inproc("switch", 0, env)["switches"]
            progress(f"page-switch walk {i + 1}/{switch_walks}")
        content = inproc("content", repeats, env)
        save = inproc("save", repeats, env)
        progress("content load and save")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

    def med(xs):
        return statistics.median(xs) if xs else None

    switch_ms = [s["ms"] for s in switches]
    per_page: dict[str, list[float]] = {}
    for s in switches:
        per_page.setdefault(f"{s['from']} → {s['to']}", []).append(s["ms"])
    return {
        "start_s": starts["half_done"]["start_s"],
        "peak_memory_mib": starts["half_done"]["peak_memory_mib"],
        "start_empty_s": starts["empty"]["start_s"],
        "peak_memory_empty_mib": starts["empty"]["peak_memory_mib"],
        "page_switch_ms": {"median": med(switch_ms), "max": max(switch_ms),
                           "switches": len(switch_ms), "walks": switch_walks,
                           "route": "route-r (Route R from nothing)",
                           "per_page_median": {k: med(v) for k, v in per_page.items()}},
        "content_load_ms": {"median": med(content["runs_ms"]), "first": content["first_ms"],
                            "import_ms": content["import_ms"], "runs": len(content["runs_ms"])},
        "save_ms": {"median": med(save["runs_ms"]), "max": max(save["runs_ms"]),
                    "runs": len(save["runs_ms"]), "bytes": save["bytes"]},
    }


# --- the frozen one-folder program against a frozen bare wizard -----------------------------
def frozen_executables() -> tuple[Path, Path]:
    suffix = ".exe" if sys.platform == "win32" else ""
    dist = FROZEN_BUILD / "dist"
    return (dist / "wengang-wizard" / f"wengang-wizard{suffix}",
            dist / "baseline-wizard" / f"baseline-wizard{suffix}")


def build_frozen(progress) -> None:
    """Both bundles with PyInstaller, each from its spec (build.spec is the release build's)."""
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        raise SystemExit("--frozen needs PyInstaller: uv run --group build python "
                         "benchmarks/run.py --frozen") from None
    for name, spec in (("program", ROOT / "build.spec"), ("baseline", BASELINE_SPEC)):
        progress(f"building the frozen {name} ({spec.name}); this takes minutes")
        started = time.monotonic()
        done = subprocess.run(
            [sys.executable, "-m", "PyInstaller", str(spec), "--noconfirm", "--log-level", "WARN",
             "--distpath", str(FROZEN_BUILD / "dist"), "--workpath", str(FROZEN_BUILD / f"work-{name}")],
            cwd=ROOT, capture_output=True, text=True)
        if done.returncode != 0:
            raise SystemExit(f"PyInstaller failed for {spec.name}:\n{done.stdout}{done.stderr}")
        progress(f"built the frozen {name} in {time.monotonic() - started:.0f} s")


def measure_frozen(runs: int, progress) -> dict:
    """Start → first paint and peak memory of the two bundles, as measure() does for the
    program run from source."""
    program_exe, baseline_exe = frozen_executables()
    for exe in (program_exe, baseline_exe):
        if not exe.is_file():
            raise SystemExit(f"no frozen bundle at {exe}; run --frozen without --no-build")
    env = child_env()
    scratch = Path(tempfile.mkdtemp(prefix="wengang-bench-frozen-"))
    env["WENGANG_CACHE_DIR"] = str(scratch / "cache")
    try:
        return both_starts(lambda data: [str(program_exe), "--data-dir", str(data)],
                           [str(baseline_exe)], runs, env, progress, scratch, "frozen ")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def within(key: str, value: float | None) -> bool:
    return value is not None and value <= BUDGETS[key][1]


def limit(key: str) -> str:
    return limit_text(*BUDGETS[key][1:])


# Each kind of start with its two budgets (start ratio, memory ratio).
START_BUDGETS = {"half_done": ("start_ratio", "peak_memory_ratio"),
                 "empty": ("start_empty_ratio", "peak_memory_empty_ratio")}


def start_rows(kind: str, start: dict, memory: dict) -> list[tuple[str, ...]]:
    """Two table rows: start → first paint and peak memory of one kind of start."""
    mem, (start_key, memory_key) = memory, START_BUDGETS[kind]
    what = kind.replace("_", "-")
    return [
        (f"start → first paint, {what}", f"{start['program'] * 1000:.0f} ms",
         f"{start['baseline'] * 1000:.0f} ms", f"{start['ratio']:.2f} ×", limit(start_key),
         "ok" if within(start_key, start["ratio"]) else "OVER"),
        (f"peak memory, {what}", f"{mem['program']:.1f} MiB" if mem["program"] else "n/a",
         f"{mem['baseline']:.1f} MiB" if mem["baseline"] else "n/a",
         f"{mem['ratio']:.2f} ×" if mem["ratio"] else "n/a", limit(memory_key),
         "ok" if within(memory_key, mem["ratio"]) else "OVER"),
    ]


def frozen_table(figures: dict) -> str:
    rows = [("frozen one-folder bundle (median)", "program", "baseline", "ratio", "budget", "")]
    for start, f in figures.items():
        rows += start_rows(start, f["start_s"], f["peak_memory_mib"])
    return columns(rows)


def frozen_budgets_hold(figures: dict) -> bool:
    return all(within(START_BUDGETS[kind][0], f["start_s"]["ratio"])
               and within(START_BUDGETS[kind][1], f["peak_memory_mib"]["ratio"])
               for kind, f in figures.items())


def check_budgets(f: dict) -> dict:
    values = {
        "start_ratio": f["start_s"]["ratio"],
        "peak_memory_ratio": f["peak_memory_mib"]["ratio"],
        "start_empty_ratio": f["start_empty_s"]["ratio"],
        "peak_memory_empty_ratio": f["peak_memory_empty_mib"]["ratio"],
        "page_switch_median_ms": f["page_switch_ms"]["median"],
        "page_switch_max_ms": f["page_switch_ms"]["max"],
        "content_load_ms": f["content_load_ms"]["median"],
        "save_ms": f["save_ms"]["median"],
    }
    return judge(BUDGETS, values)


def table(result: dict) -> str:
    f, b = result["figures"], result["budgets"]

    def mark(key):
        return "ok" if b[key]["ok"] else "OVER"

    sw = f["page_switch_ms"]
    rows = [
        ("measure (median)", "program", "baseline", "ratio", "budget", ""),
        *start_rows("half_done", f["start_s"], f["peak_memory_mib"]),
        *start_rows("empty", f["start_empty_s"], f["peak_memory_empty_mib"]),
        ("page switch, median", f"{sw['median']:.1f} ms", "", "", limit("page_switch_median_ms"),
         mark("page_switch_median_ms")),
        ("page switch, max", f"{sw['max']:.1f} ms", "", "", limit("page_switch_max_ms"),
         mark("page_switch_max_ms")),
        ("content load + validation", f"{f['content_load_ms']['median']:.2f} ms", "", "",
         limit("content_load_ms"), mark("content_load_ms")),
        ("one progress save", f"{f['save_ms']['median']:.2f} ms", "", "", limit("save_ms"),
         mark("save_ms")),
    ]
    return columns(rows)


def compile_bytecode() -> None:
    """Byte-compile the program and its libraries once, as any installed program has them.

    Without this, a machine with PYTHONDONTWRITEBYTECODE set (this one has) compiles about a
    hundred modules from source at every start, a cost the bare baseline (a handful of
    modules) barely pays and a real install never does (the PyInstaller bundle ships
    bytecode; a normal Python writes it on first start).
    """
    import sysconfig

    targets = [sysconfig.get_paths()["purelib"], str(HERE.parent / "wizard")]
    subprocess.run([sys.executable, "-m", "compileall", "-q", "-j", "0", *targets],
                   check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def desk_benchmark(runs: int, quick: bool, json_path: Path | None, progress) -> int:
    """--desk: the service-centre desk with 1,000 employers (benchmarks/desk.py)."""
    sys.path.insert(0, str(HERE))
    import desk

    progress("byte-compiling the program and its libraries (as installed programs are)")
    compile_bytecode()
    return desk.main(runs, quick, json_path or HERE / "desk-results.json", progress)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="2 runs each (checks the harness)")
    parser.add_argument("--runs", type=int, help="whole-process runs each (default 10)")
    parser.add_argument("--json", type=Path, help="where to write the figures (default "
                        "benchmarks/results.json; with --desk benchmarks/desk-results.json, "
                        "with --frozen benchmarks/results-frozen.json)")
    parser.add_argument("--desk", action="store_true",
                        help="the service-centre desk: 1,000 employers against one (BENCHMARKS.md)")
    parser.add_argument("--frozen", action="store_true",
                        help="the PyInstaller bundle against a frozen bare wizard (builds both)")
    parser.add_argument("--no-build", action="store_true",
                        help="with --frozen: measure the bundles already built")
    args = parser.parse_args(argv)
    runs = args.runs or (2 if args.quick else 10)
    walks, repeats = (1, 5) if args.quick else (5, 50)

    def progress(msg: str) -> None:
        print(f"  … {msg}", file=sys.stderr, flush=True)

    if args.desk:
        return desk_benchmark(runs, args.quick, args.json, progress)
    if args.frozen:
        return main_frozen(args, runs, progress)
    args.json = args.json or HERE / "results.json"
    progress("byte-compiling the program and its libraries (as installed programs are)")
    compile_bytecode()
    figures = measure(runs, walks, repeats, progress)
    budgets = check_budgets(figures)
    result = {
        "date": datetime.now().astimezone().isoformat(timespec="seconds"),
        "machine": machine(),
        "runs": runs,
        "quick": args.quick,
        "figures": figures,
        "budgets": budgets,
        "all_budgets_hold": all(b["ok"] for b in budgets.values()),
    }
    return report(result, args.json, table(result))


def main_frozen(args, runs: int, progress) -> int:
    if not args.no_build:
        build_frozen(progress)
    figures = measure_frozen(runs, progress)
    result = {
        "date": datetime.now().astimezone().isoformat(timespec="seconds"),
        "machine": machine(),
        "runs": runs,
        "frozen": figures,
        "all_budgets_hold": frozen_budgets_hold(figures),
    }
    return report(result, args.json or HERE / "results-frozen.json", frozen_table(figures))


if __name__ == "__main__":
    sys.exit(main())
