"""The service-centre desk's core, no Qt: the table's rows (table.py), lists of employers in
from and out to Excel (lists_in.py, lists_out.py, messages.py) and applying an imported list
(apply.py). The desk window, its table model and the batch PDF are built on this in wizard.ui.

The list modules load when first used (PEP 562): opening the desk needs only the table.
"""

from __future__ import annotations

import importlib

_EXPORTS = {
    "MergeInto": "lists_in", "NewEmployer": "lists_in", "Preview": "lists_in",
    "PreviewRow": "lists_in", "find_columns": "lists_in", "preview_list": "lists_in",
    "MOBILE_KEY": "lists_out", "Column": "lists_out", "export_table": "lists_out",
    "ListRefused": "messages", "Message": "messages", "Refusal": "messages", "RowIssue": "messages",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    if name in _EXPORTS:
        return getattr(importlib.import_module(f"wizard.desk.{_EXPORTS[name]}"), name)
    if name in ("lists_in", "lists_out", "messages", "table", "apply"):
        return importlib.import_module(f"wizard.desk.{name}")
    raise AttributeError(f"module 'wizard.desk' has no attribute {name!r}")
