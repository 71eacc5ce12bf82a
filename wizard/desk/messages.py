"""Every message the desk's lists can give, as a code with parameters, in one place. No Qt.

The core never writes a sentence: the UI turns each code (and its parameters) into one,
translated. A refused file gives exactly one `Refusal`; a row of a list can give several
`RowIssue`s.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Refusal(StrEnum):
    """Why a list was not read, or a table not written. Parameters in brackets."""

    UNREADABLE = "unreadable"  # cannot be opened or read, or is not a regular file
    TOO_BIG = "too_big"  # (max_mb) bigger than any list of employers
    EMPTY_FILE = "empty_file"  # nothing in it
    ENCRYPTED = "encrypted"  # a password-protected workbook: save it without the password
    OLD_EXCEL = "old_excel"  # an Excel 97–2003 .xls: save it as .xlsx or .csv
    UNSUPPORTED = "unsupported"  # not .xlsx or .csv (a .xlsb, .ods, a document, a picture …)
    DAMAGED = "damaged"  # a workbook that cannot be read (a broken zip, broken XML …)
    ENCODING = "encoding"  # text neither in UTF-8 (with or without BOM), UTF-16 nor GB18030
    NO_HEADER = "no_header"  # (rows_searched) no header row with a column for the unit's name
    NO_ROWS = "no_rows"  # a header, but no employer under it
    TOO_MANY_ROWS = "too_many_rows"  # (limit) more employers than one list may hold
    NOT_A_FILE = "not_a_file"  # export: the target exists and is not a regular file (a folder, a link)
    CANNOT_WRITE = "cannot_write"  # (reason) export: the folder cannot be written


class RowIssue(StrEnum):
    """Something to check on one row of an imported list. Parameters in brackets."""

    NO_NAME = "no_name"  # no unit name (and no code of a known employer): the row is left out
    SHORTENED = "shortened"  # (field, limit) text cut to what can be stored
    USCC_CHECK = "uscc_check"  # (messages) the 统一社会信用代码 check's advice; the code is kept
    USCC_NOT_KEPT = "uscc_not_kept"  # (reason: "id_number" | "too_long") the code was left out
    USCC_WAS_NUMBER = "uscc_was_number"  # Excel kept the code as a number: digits may be lost
    MOBILE_CHECK = "mobile_check"  # (messages) the mobile check's advice; the number is kept
    MOBILE_NOT_KEPT = "mobile_not_kept"  # too long for the store: left out (with MOBILE_CHECK)
    NAME_DIFFERS = "name_differs"  # (existing_name) same code as an employer with another name
    SAME_NAME_OTHER_CODE = "same_name_other_code"  # (other: existing_name | line) left out


@dataclass(frozen=True)
class Message:
    code: RowIssue | Refusal
    params: Mapping[str, Any] = field(default_factory=dict)


class ListRefused(Exception):
    """A list that was not read, or a table that was not written: one code for the user."""

    def __init__(self, code: Refusal, **params: Any):
        super().__init__(code.value, params)
        self.code = code
        self.params = params

    @property
    def message(self) -> Message:
        return Message(self.code, self.params)
