"""The program's Qt translations: i18n/wizard_<lang>.ts (edited) -> i18n/wizard_<lang>.qm (committed).

    uv run python tools/i18n.py update    # pyside6-lupdate: add new tr() strings, drop vanished ones
    uv run python tools/i18n.py release   # pyside6-lrelease: rebuild every .qm from its .ts
    uv run python tools/i18n.py check     # exit 1 if a .ts is behind the code, has an unfinished
                                          # or empty entry, or a .qm is behind its .ts

The source language of every tr() string is Simplified Chinese, so wizard_zh_CN.ts holds the
same text as its translation. Both tools ship with PySide6-Essentials (pyside6-lupdate and
pyside6-lrelease); the .qm files are committed so a fresh clone runs in every language with
no build step, and tests/test_i18n.py fails when any of them is out of date.
"""

from __future__ import annotations

import filecmp
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "i18n"
sys.path.insert(0, str(ROOT))
from wizard.catalogue import catalogue  # noqa: E402  (the languages are declared once there)

LANGUAGES = catalogue().language_codes
SOURCE_LANGUAGE = "zh_CN"  # the tr() strings are Simplified Chinese


def ts_path(language: str, folder: Path = I18N) -> Path:
    return folder / f"wizard_{language}.ts"


def qm_path(language: str, folder: Path = I18N) -> Path:
    return folder / f"wizard_{language}.qm"


def sources() -> list[Path]:
    """Every Python file of the program (lupdate finds tr() and QCoreApplication.translate())."""
    return sorted((ROOT / "wizard").rglob("*.py"))


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease beside the running Python (the venv), else on PATH."""
    here = Path(sys.executable).parent
    for candidate in (here / name, here / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: it ships with PySide6-Essentials (uv sync)")
    return found


def lupdate(ts_files: list[Path]) -> None:
    files = [str(p.relative_to(ROOT)) for p in sources()]
    subprocess.run([tool("pyside6-lupdate"), *files, "-source-language", "zh_CN",
                    "-locations", "none", "-no-obsolete", "-silent",
                    "-ts", *map(str, ts_files)], cwd=ROOT, check=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {(ctx.findtext("name"), m.findtext("source")): m.find("translation")
            for ctx in root.iter("context") for m in ctx.iter("message")}


def translations(ts: Path) -> dict[str, str]:
    """Source text -> its finished translation, whatever the context (for carry_over)."""
    return {source: tr.text for (_ctx, source), tr in messages(ts).items()
            if tr is not None and tr.get("type") is None and (tr.text or "").strip()}


def carry_over(ts: Path, known: dict[str, str], is_source: bool) -> None:
    """New entries whose text was already translated elsewhere (a string that moved to another
    class or module) keep that translation; in the source language a string is its own."""
    tree = ET.parse(ts)
    changed = False
    for m in tree.getroot().iter("message"):
        tr = m.find("translation")
        if tr is None or tr.get("type") != "unfinished":
            continue
        source = m.findtext("source")
        text = source if is_source else known.get(source)
        if text:
            tr.text = text
            del tr.attrib["type"]
            changed = True
    if changed:
        tree.write(ts, encoding="utf-8", xml_declaration=True)


def problems(ts: Path) -> list[str]:
    """Unfinished, empty or vanished entries, one line each."""
    out = []
    for (ctx, source), tr in messages(ts).items():
        kind = tr.get("type") if tr is not None else "missing"
        if kind in ("unfinished", "obsolete", "vanished", "missing"):
            out.append(f"{ts.name}: {ctx}: {source!r} is {kind}")
        elif not (tr.text or "").strip():
            out.append(f"{ts.name}: {ctx}: {source!r} has an empty translation")
    return out


def stale_ts() -> list[str]:
    """Run lupdate on copies: any entry added or dropped means a .ts is behind the code."""
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        copies = []
        for lang in LANGUAGES:
            copy = ts_path(lang, Path(tmp))
            shutil.copy(ts_path(lang), copy)
            copies.append(copy)
        before = {lang: set(messages(ts_path(lang))) for lang in LANGUAGES}
        lupdate(copies)
        for lang, copy in zip(LANGUAGES, copies, strict=True):
            after = set(messages(copy))
            for ctx, src in sorted(after - before[lang]):
                out.append(f"{copy.name}: new in the code, not in the .ts: {ctx}: {src!r}")
            for ctx, src in sorted(before[lang] - after):
                out.append(f"{copy.name}: in the .ts, gone from the code: {ctx}: {src!r}")
    return out


def stale_qm() -> list[str]:
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        for lang in LANGUAGES:
            fresh = qm_path(lang, Path(tmp))
            lrelease(ts_path(lang), fresh)
            if not qm_path(lang).exists():
                out.append(f"{qm_path(lang).name} is missing: run tools/i18n.py release")
            elif not filecmp.cmp(fresh, qm_path(lang), shallow=False):
                out.append(f"{qm_path(lang).name} is older than its .ts: run tools/i18n.py release")
    return out


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command == "update":
        I18N.mkdir(exist_ok=True)
        known = {lang: translations(ts_path(lang)) for lang in LANGUAGES if ts_path(lang).exists()}
        lupdate([ts_path(lang) for lang in LANGUAGES])
        for lang in LANGUAGES:
            carry_over(ts_path(lang), known.get(lang, {}), lang == SOURCE_LANGUAGE)
        for line in (p for lang in LANGUAGES for p in problems(ts_path(lang))):
            print(line)
        return 0
    if command == "release":
        for lang in LANGUAGES:
            lrelease(ts_path(lang), qm_path(lang))
        return 0
    if command == "check":
        found = [p for lang in LANGUAGES for p in problems(ts_path(lang))] + stale_ts() + stale_qm()
        for line in found:
            print(line)
        return 1 if found else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
