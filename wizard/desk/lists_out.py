"""The desk's table written to .xlsx or .csv. No Qt; the UI gives the headers in its language.

Layout, both formats: the export date on the first line ("<caption>", date), then (xlsx: after
an empty line) the column headers and one line per employer. The operator's mobile column is
written only when asked. The file is written whole or not at all (write_atomic_bytes).

- .xlsx: dates are real dates; the header row is bold, frozen and filtered; the export time
  is also the workbook's "created" property. Text is always text, never a formula.
- .csv: UTF-8 with a BOM (so Excel opens Chinese correctly), comma-separated, CRLF. Text that
  Excel would run as a formula (starting with = + - @) gets a leading apostrophe.
Excel has no time zones: an aware time is written in this computer's local time.
"""

from __future__ import annotations

import codecs
import csv
import io
import os
import re
import stat
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from wizard.desk.messages import ListRefused, Refusal
from wizard.files import write_atomic_bytes

MOBILE_KEY = "operator_mobile"
Value = str | int | float | bool | date | datetime | None

# XML 1.0 cannot hold these (openpyxl refuses them), UTF-8 cannot hold lone surrogates.
_UNWRITABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_SHEET_TITLE_BAD = re.compile(r"[\[\]:*?/\\]")
HEADER_ROW = 3  # xlsx: date line, empty line, headers


@dataclass(frozen=True)
class Column:
    key: str  # what the column shows, e.g. "name", "operator_mobile"
    header: str  # its heading, in the user's language


def _plain(value: Value) -> Value:
    if isinstance(value, str):
        return _UNWRITABLE.sub("", value)
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone().replace(tzinfo=None)
    return value


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _xlsx(headers: list[str], body: list[list[Value]], exported: date, caption: str,
          title: str | None) -> bytes:
    from openpyxl import Workbook  # imported on first export: ~0.1 s
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    if title and (title := _SHEET_TITLE_BAD.sub("", title).strip("' ")[:31]):
        sheet.title = title
    sheet.append([caption, exported])
    sheet.append([])
    sheet.append(headers)
    for cell in sheet[HEADER_ROW]:
        cell.font = Font(bold=True)
    for line, row in enumerate(body, HEADER_ROW + 1):
        sheet.append(row)
        for column, value in enumerate(row, 1):
            if isinstance(value, str) and value.startswith("="):
                # openpyxl takes "=…" for a formula; it is the user's text
                sheet.cell(line, column).data_type = "s"
    last = get_column_letter(max(len(headers), 1))
    sheet.freeze_panes = f"A{HEADER_ROW + 1}"
    sheet.auto_filter.ref = f"A{HEADER_ROW}:{last}{HEADER_ROW + len(body)}"
    for i, header in enumerate(headers):
        shown = [header, *(str(row[i]) for row in body[:200] if row[i] is not None)]
        sheet.column_dimensions[get_column_letter(i + 1)].width = min(max(map(_width, shown)) + 2, 60)
    sheet.column_dimensions["A"].width = max(sheet.column_dimensions["A"].width or 0, _width(caption) + 2)
    created = exported if isinstance(exported, datetime) else datetime.combine(exported, datetime.min.time())
    workbook.properties.created = created
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def _csv_cell(value: Value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(" ", "seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return str(value)


def _csv(headers: list[str], body: list[list[Value]], exported: date, caption: str) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow([caption, _csv_cell(exported)])
    writer.writerow([_csv_cell(h) for h in headers])
    writer.writerows([_csv_cell(v) for v in row] for row in body)
    return codecs.BOM_UTF8 + out.getvalue().encode("utf-8")


def _check_target(path: Path) -> None:
    """Only a new file or an existing regular file is written: never a folder, a link (which
    the replace would swap for a file) or a device."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise ListRefused(Refusal.CANNOT_WRITE, reason=exc.strerror or type(exc).__name__) from None
    if not stat.S_ISREG(info.st_mode):
        raise ListRefused(Refusal.NOT_A_FILE)


def export_table(path: Path, columns: Sequence[Column], rows: Sequence[Sequence[Value]], *,
                 exported: date, date_caption: str, include_mobile: bool = False,
                 sheet_title: str | None = None) -> None:
    """Write the table to `path`, .xlsx or .csv by its suffix. Each row has one value per column.

    Raises ListRefused: UNSUPPORTED (another suffix), NOT_A_FILE, CANNOT_WRITE (reason).
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise ListRefused(Refusal.UNSUPPORTED)
    _check_target(path)
    kept = [i for i, c in enumerate(columns) if include_mobile or c.key != MOBILE_KEY]
    headers = [str(_plain(columns[i].header)) for i in kept]
    body = [[_plain(row[i]) for i in kept] for row in rows]
    caption = str(_plain(date_caption))
    exported = _plain(exported)
    if suffix == ".xlsx":
        data = _xlsx(headers, body, exported, caption, sheet_title)
    else:
        data = _csv(headers, body, exported, caption)
    try:
        write_atomic_bytes(path, data)
    except OSError as exc:
        raise ListRefused(Refusal.CANNOT_WRITE, reason=exc.strerror or type(exc).__name__) from None
