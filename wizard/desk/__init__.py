"""The service-centre desk's core: lists of employers in from and out to Excel. No Qt.

The desk window, its table model and the batch PDF are built on this in wizard.ui.
"""

from wizard.desk.lists_in import (
    MergeInto,
    NewEmployer,
    Preview,
    PreviewRow,
    find_columns,
    preview_list,
)
from wizard.desk.lists_out import MOBILE_KEY, Column, export_table
from wizard.desk.messages import ListRefused, Message, Refusal, RowIssue

__all__ = ["MOBILE_KEY", "Column", "ListRefused", "MergeInto", "Message", "NewEmployer", "Preview",
           "PreviewRow", "Refusal", "RowIssue", "export_table", "find_columns", "preview_list"]
