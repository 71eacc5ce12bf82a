#!/usr/bin/env python3
# /// script
# requires-python = ">=3.11"
# dependencies = []
# ///
"""The release build: bundle → check → installer. The same steps on Windows and in CI (.ci/run).

    uv run tools/release.py              # all three
    uv run tools/release.py bundle       # or check, or installer: one step
    uv run tools/release.py constraints  # refresh constraints.txt after changing pyproject.toml
    uv run tools/release.py lowest       # CI: the self-test and tests at the lowest allowed versions

bundle     a fresh environment (build/release-venv) with exactly the versions in constraints.txt,
           then PyInstaller with build.spec → dist/wengang-wizard/
check      the frozen program: --version (its first line) equals pyproject.toml's, --self-test
           (the windowed executable, offscreen), --check-content of the bundled content root
installer  makensis installer/wengang-wizard.nsi with the bundle as payload →
           dist/wengang-wizard-<version>-setup.exe on Windows. Elsewhere the payload is the
           Linux bundle: the result (build/installer-check/) only shows that the script compiles.

Standard library only, so `uv run` needs nothing but a Python 3.11+.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAME = "wengang-wizard"
CONSTRAINTS = ROOT / "constraints.txt"
CONSTRAINTS_COMMAND = "uv run tools/release.py constraints"
NSIS_SCRIPT = ROOT / "installer" / f"{NAME}.nsi"
RELEASE_VENV = ROOT / "build" / "release-venv"
LOWEST_VENV = ROOT / "build" / "lowest-venv"
DIST = ROOT / "dist"
BUNDLE = DIST / NAME
IS_WIN = sys.platform == "win32"
SIGN_ENV = "WENGANG_SIGN_COMMAND"  # e.g. signtool sign /sha1 <thumbprint> /fd SHA256 /tr <url> /td SHA256


# ---- project facts (build.spec uses these too) ----

def pyproject() -> dict:
    with open(ROOT / "pyproject.toml", "rb") as f:
        return tomllib.load(f)


def project_version() -> str:
    return pyproject()["project"]["version"]


def lowest_python(requires_python: str) -> str:
    """">=3.11,<3.14" -> "3.11": release builds use the oldest Python the project supports."""
    match = re.search(r">=\s*(\d+\.\d+)", requires_python)
    if not match:
        raise SystemExit(f"release: requires-python {requires_python!r} has no lower bound")
    return match.group(1)


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """"1.2.3rc1" -> (1, 2, 3, 0): Windows wants four 16-bit numbers."""
    numbers = [int(m.group()) for part in version.split(".")[:4] if (m := re.match(r"\d+", part))]
    numbers = [*numbers, 0, 0, 0, 0][:4]
    if any(not 0 <= n <= 0xFFFF for n in numbers):
        raise SystemExit(f"release: version {version!r} does not fit Windows version info")
    return tuple(numbers)


# ---- exact pins ----

def normalize(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;]+)\s*(;.*)?$")


def read_pins(text: str) -> dict[str, set[str]]:
    """constraints.txt -> {normalized name: pinned versions} (one per platform/Python marker).
    Anything but `name==version [; marker]` lines and comments is refused: no URLs, no options."""
    pins: dict[str, set[str]] = {}
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split(" #", 1)[0].strip()
        if not line or line.startswith("#"):
            continue
        match = PIN.match(line)
        if not match:
            raise SystemExit(f"release: {CONSTRAINTS.name} line {number} is not an exact pin: {raw!r}")
        pins.setdefault(normalize(match.group(1)), set()).add(match.group(2))
    return pins


def unpinned(installed: dict[str, str], pins: dict[str, set[str]]) -> list[str]:
    """Installed packages whose version is not the pinned one (or that are not pinned)."""
    return sorted(f"{name}=={version} (pinned: {', '.join(sorted(pins.get(name, ()))) or 'nothing'})"
                  for name, version in installed.items() if version not in pins.get(name, ()))


def constraints_args(output: Path) -> list[str]:
    """One universal resolution of the runtime dependencies and the build group (PyInstaller),
    for every platform and Python the project allows: exact pins, no index URLs, no hashes."""
    return ["uv", "pip", "compile", "pyproject.toml", "--group", "build", "--universal",
            "--python-version", lowest_python(pyproject()["project"]["requires-python"]),
            "--custom-compile-command", CONSTRAINTS_COMMAND, "--quiet", "--output-file", str(output)]


# ---- running things ----

def run(args: list, **kwargs) -> subprocess.CompletedProcess:
    print("$", " ".join(str(a) for a in args), flush=True)
    return subprocess.run([str(a) for a in args], cwd=ROOT, check=True, **kwargs)


def venv_python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if IS_WIN else "bin/python")


def executables(bundle: Path) -> tuple[Path, Path]:
    """(windowed, console) executables of the one-folder bundle."""
    suffix = ".exe" if IS_WIN else ""
    return bundle / f"{NAME}{suffix}", bundle / f"{NAME}-cli{suffix}"


def installed_versions(venv: Path) -> dict[str, str]:
    out = run(["uv", "pip", "freeze", "--python", venv_python(venv), "--exclude-editable"],
              capture_output=True, text=True).stdout
    return {normalize(m.group(1)): m.group(2) for line in out.splitlines() if (m := PIN.match(line))}


def find_makensis() -> Path:
    found = shutil.which("makensis")
    candidates = [Path(found)] if found else []
    if IS_WIN:  # the NSIS installer does not put itself on PATH
        candidates += [Path(os.environ.get(var, "")) / "NSIS" / "makensis.exe"
                       for var in ("ProgramFiles(x86)", "ProgramFiles")]
    for path in candidates:
        if path.is_file():
            return path
    raise SystemExit("release: makensis not found. Install NSIS 3: Debian/Ubuntu `apt-get install "
                     "nsis`, Windows https://nsis.sourceforge.io (or `choco install nsis`).")


def installer_output(version: str) -> Path:
    if IS_WIN:
        return DIST / f"{NAME}-{version}-setup.exe"
    return ROOT / "build" / "installer-check" / f"{NAME}-{version}-setup-linux-payload-CHECK-ONLY.exe"


def makensis_args(makensis: Path, version: str, payload: Path, output: Path,
                  sign: str | None = None) -> list[str]:
    # `-` options work on every platform (`/` only on Windows); -WX: a warning fails the build.
    return [str(makensis), "-V2", "-WX", "-INPUTCHARSET", "UTF8", f"-DVERSION={version}",
            "-DVERSION4=" + ".".join(map(str, version_tuple(version))),
            f"-DPAYLOAD={payload.resolve()}", f"-DOUTFILE={output.resolve()}",
            *([] if IS_WIN else ["-DCOMPRESSOR=zlib"]), *([f"-DSIGN={sign}"] if sign else []),
            str(NSIS_SCRIPT)]


# ---- the steps ----

def step_constraints() -> None:
    run(constraints_args(CONSTRAINTS))
    pins = read_pins(CONSTRAINTS.read_text(encoding="utf-8"))
    print(f"{CONSTRAINTS.name}: {len(pins)} packages pinned")


def fresh_venv(venv: Path) -> Path:
    """A new environment with the oldest Python the project allows; returns its python."""
    if venv.exists():
        shutil.rmtree(venv)
    run(["uv", "venv", "--quiet", "--python", lowest_python(pyproject()["project"]["requires-python"]),
         venv])
    return venv_python(venv)


def step_lowest() -> None:
    """The lowest versions pyproject.toml allows must work: the runtime and dev dependencies,
    whatever they are, at their lower bounds (`lowest-direct`; what they pull in at its newest),
    in an environment of their own (never the project's .venv or uv.lock); then the self-test
    and the tests (the self-test alone passed with PySide6 6.6, whose QLockFile the lock needs)."""
    python = fresh_venv(LOWEST_VENV)
    run(["uv", "pip", "install", "--quiet", "--python", python, "--resolution", "lowest-direct",
         "--requirements", "pyproject.toml", "--group", "dev", "--editable", "."])
    run(["uv", "pip", "list", "--python", python])
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run([python, "-m", "wizard", "--self-test"], env=env)
    run([python, "-m", "pytest", "-q", "-p", "no:cacheprovider"], env=env)


def step_bundle() -> None:
    run(["uv", "pip", "install", "--quiet", "--python", fresh_venv(RELEASE_VENV),
         "--constraints", CONSTRAINTS, "--group", "build", "--editable", "."])
    wrong = unpinned(installed_versions(RELEASE_VENV), read_pins(CONSTRAINTS.read_text(encoding="utf-8")))
    if wrong:
        raise SystemExit(f"release: not the pinned versions: {wrong}; refresh with `{CONSTRAINTS_COMMAND}`")
    run([venv_python(RELEASE_VENV), "-m", "PyInstaller", "build.spec", "--noconfirm"])


def step_check() -> None:
    windowed, console = executables(BUNDLE)
    expected = f"{NAME} {project_version()}"
    # The first line is the program and its version; the lines after it (content edition, data
    # folder, log file) are for support staff.
    said = run([console, "--version"], capture_output=True, text=True).stdout.strip()
    said = said.splitlines()[0] if said else ""
    if said != expected:
        raise SystemExit(f"release: the frozen program says {said!r}, pyproject.toml {expected!r}")
    print(said)
    # The windowed executable: on Windows it cannot print, its exit code still counts.
    run([windowed, "--self-test"], env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    run([console, "--check-content", BUNDLE / "_internal" / "resources" / "content"])  # every language


def step_installer() -> None:
    """With WENGANG_SIGN_COMMAND set (README, "Sign the program"), the two executables are signed
    before they go into the installer, and makensis signs the uninstaller and the installer."""
    sign = os.environ.get(SIGN_ENV, "").strip() or None
    if sign:
        for exe in executables(BUNDLE):
            print(f"$ {sign} {exe}", flush=True)
            subprocess.run(f'{sign} "{exe}"', shell=True, cwd=ROOT, check=True)
    output = installer_output(project_version())
    output.parent.mkdir(parents=True, exist_ok=True)
    run(makensis_args(find_makensis(), project_version(), BUNDLE, output, sign))
    print(f"installer {output}: {output.stat().st_size / 2**20:.1f} MB")


STEPS = {"bundle": step_bundle, "check": step_check, "installer": step_installer}  # in order
TOOLS = {"constraints": step_constraints, "lowest": step_lowest}  # one at a time, on demand


def timed(name: str, step) -> None:
    started = time.monotonic()
    print(f"\n=== release: {name} ===", flush=True)
    step()
    print(f"=== release: {name} done in {time.monotonic() - started:.0f} s ===", flush=True)


def main(argv: list[str]) -> int:
    if len(argv) == 1 and argv[0] in TOOLS:
        timed(argv[0], TOOLS[argv[0]])
        return 0
    if any(name not in STEPS for name in argv):
        print(__doc__)
        return 2
    for name in argv or list(STEPS):
        timed(name, STEPS[name])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
