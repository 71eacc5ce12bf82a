"""Guard rails that hold: the layers, found from the code itself.

- The core (catalogue, flow, content, store, details, report, desk …) never imports Qt, and
  importing it never imports pydantic either (pydantic is loaded only to validate a file).
  Each package is imported in a fresh interpreter and sys.modules is checked.
- No import cycles, between packages or between modules, counting every import (also the
  ones inside functions).
- No step id in the generic layers (ui, store, report): what makes a step special is a feature
  declared in its content file.
- One theme: no style sheet set anywhere but wizard/ui/theme.py.
- The command-line modules do not load the window code unless they need it.
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "wizard"

CORE = ["wizard.catalogue", "wizard.typed_data", "wizard.messages", "wizard.changes",
        "wizard.validation", "wizard.flow", "wizard.content", "wizard.store", "wizard.details",
        "wizard.report", "wizard.checks"]
WINDOW = ("wizard.ui.wizard", "wizard.ui.step_page", "wizard.ui.welcome_page",
          "wizard.ui.widgets", "wizard.app")


def modules_after(code: str) -> set[str]:
    result = subprocess.run([sys.executable, "-c", code + "\nimport json, sys\n"
                             "print(json.dumps(sorted(sys.modules)))"],
                            capture_output=True, text=True, cwd=ROOT, check=True)
    return set(json.loads(result.stdout.strip().splitlines()[-1]))


@pytest.mark.parametrize("package", CORE)
def test_core_package_imports_neither_qt_nor_pydantic(package):
    loaded = modules_after(f"import {package}")
    assert not {m for m in loaded if m.startswith(("PySide6", "shiboken6"))}, package
    assert "pydantic" not in loaded, f"{package} imports pydantic at start-up"


def test_the_check_would_see_a_qt_import(tmp_path):
    (tmp_path / "probe_qt_mod.py").write_text("import PySide6.QtCore\n", encoding="utf-8")
    loaded = modules_after(f"import sys; sys.path.insert(0, {str(tmp_path)!r}); import probe_qt_mod")
    assert "PySide6.QtCore" in loaded


def test_checking_content_stays_without_qt():
    loaded = modules_after("from wizard.checks import check_content_folder\n"
                           "check_content_folder('resources/content')")
    assert not {m for m in loaded if m.startswith("PySide6")}


def test_exporting_a_summary_does_not_load_the_window_code(tmp_path):
    code = (f"from wizard.export import export_summary\n"
            f"export_summary({str(tmp_path / 'd')!r}, None, {str(tmp_path / 'x.pdf')!r}, 'zh_CN')")
    loaded = modules_after(code)
    assert not set(WINDOW) & loaded and "PySide6.QtWidgets" not in loaded


# --- imports as a graph ----------------------------------------------------------------------
def imports_of(path: Path) -> set[str]:
    """Every wizard module a file imports, at the top or inside a function."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    module = ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("wizard")}
        elif isinstance(node, ast.ImportFrom) and node.module:
            base = node.module
            if node.level:
                base = ".".join([*module.split(".")[: -node.level], node.module])
            if base.startswith("wizard"):
                found.add(base)
                found |= {f"{base}.{a.name}" for a in node.names}
    return found


def graph(level: int) -> dict[str, set[str]]:
    """Module (or package, at `level` name parts) -> what it imports, inside wizard/."""
    names = {".".join(p.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__"): p
             for p in PACKAGE.rglob("*.py")}

    def cut(name: str) -> str:
        return ".".join(name.split(".")[:level])

    edges: dict[str, set[str]] = {}
    for name, path in names.items():
        targets = {t for t in imports_of(path) if t in names}
        edges.setdefault(cut(name), set()).update(cut(t) for t in targets if cut(t) != cut(name))
    return edges


def cycle_in(edges: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(edges.get(node, ())):
            if state.get(nxt) == 1:
                return [*stack[stack.index(nxt):], nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(edges):
        if node not in state and (found := visit(node)):
            return found
    return None


@pytest.mark.parametrize("level", [2, 3])
def test_no_import_cycles(level):
    """level 2: packages (wizard.ui, wizard.store, wizard.app …); level 3: modules."""
    assert cycle_in(graph(level)) is None, " -> ".join(cycle_in(graph(level)))


def test_the_cycle_check_finds_a_cycle():
    assert cycle_in({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert cycle_in({"a": {"b"}, "b": set()}) is None


# --- what the generic layers may not say ----------------------------------------------------
STEP_ID = re.compile(r"""["'](S[1-9]|R[1-9]|C[1-9])["']""")


def test_no_step_id_in_the_generic_layers():
    found = [f"{p.relative_to(ROOT)}:{n}: {line.strip()}"
             for folder in ("ui", "store", "report")
             for p in sorted((PACKAGE / folder).rglob("*.py"))
             for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
             if STEP_ID.search(line)]
    assert found == []


def test_style_sheets_only_in_the_theme():
    found = [str(p.relative_to(ROOT)) for p in [*PACKAGE.rglob("*.py"), *(ROOT / "tests").rglob("*.py")]
             if "setStyleSheet(" in p.read_text(encoding="utf-8")
             and p.name != "theme.py" and p.resolve() != Path(__file__).resolve()]
    assert found == []
