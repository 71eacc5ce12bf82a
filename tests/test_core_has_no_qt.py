"""The core (content, flow, store) must not import Qt: it is tested and used without a window."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

CORE = Path(__file__).resolve().parent.parent / "wizard"


@pytest.mark.parametrize("package", ["content", "desk", "details", "flow", "store"])
def test_core_package_imports_no_qt(package):
    offenders = []
    for path in (CORE / package).rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] in
                          ("PySide6", "PyQt5", "PyQt6", "shiboken6", "wizard.ui")]
    assert offenders == []
