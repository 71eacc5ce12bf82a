"""A list of employers from .xlsx or .csv, read into a preview. Writes nothing; no Qt, no store.

`preview_list(path, existing)` reads the file, finds the header row by its names, checks each
row with the employer-details checks and sorts every row into one action:

- "create": a new employer.
- "merge": the same employer as an existing one — the same 统一社会信用代码, or the same
  normalised name (wizard.store.names) where the row or the employer has no code. A code
  decides before a name. A merge never changes the existing employer's name and never
  overwrites anything: it only fills what the employer has empty (its code, the contact, the
  mobile, the note). `Preview.merges` holds what each merge brings; which of those blanks are
  really empty is for whoever applies it to decide, field by field.
- "duplicate": a later row for an employer an earlier row of the file already creates or
  merges (`same_as` is that row); it is folded into it the same way, filling blanks only.
- "conflict": the same name as an employer (existing or earlier in the file) that has another
  code; most likely a typo in one of the codes, so the row is left out for the user to check.
- "skip": no name, and no code of a known employer.

Every problem is a code (wizard.desk.messages), never a sentence. A file that cannot be used
raises ListRefused with one code. Rows are numbered as a spreadsheet shows them.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import logging
import os
import re
import stat
import sys
import unicodedata
import zipfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any, Literal

from wizard.desk.lists_out import FORMULA_START
from wizard.desk.messages import ListRefused, Message, Refusal, RowIssue
from wizard.details.codes import MOBILE_LENGTH, USCC_LENGTH, check_mobile, check_uscc, normalise_code
from wizard.files import TooLarge, read_limited
from wizard.store.names import NAME_LIMIT, clean_text, name_key, normalise_name

log = logging.getLogger(__name__)

MAX_BYTES = 20 * 2**20  # a list of 5,000 employers is well under 1 MB, even with styles
MAX_UNPACKED_BYTES = 50 * 2**20  # a workbook's parts unpacked: refuses a zip bomb unopened
MAX_ROWS = 5000  # employers in one list
HEADER_SEARCH_ROWS = 20  # the header may follow a title and notes
EMPTY_ROWS_END = 1000  # so many empty rows in a row end the list (sheets formatted to the end)
DELIMITERS = (",", ";", "\t")

Action = Literal["create", "merge", "duplicate", "conflict", "skip"]
FIELDS = ("name", "uscc", "operator_name", "operator_mobile", "note")
# Stored lengths (wizard.store: ProfileMeta, EmployerDetails); the name's comes from names.py.
LIMITS = {"name": NAME_LIMIT, "uscc": USCC_LENGTH, "operator_name": 40,
          "operator_mobile": MOBILE_LENGTH, "note": 200}

# Header names, compared after header_keys(): most specific first, so where two columns
# could serve a field, the one named higher up here does.
ALIASES: dict[str, tuple[str, ...]] = {
    "name": ("单位名称", "单位全称", "用人单位名称", "参保单位名称", "企业名称", "公司名称",
             "用人单位", "参保单位", "单位", "名称", "employername", "unitname", "companyname",
             "organisationname", "organizationname", "employer", "company", "unit",
             "organisation", "organization", "name"),
    "uscc": ("统一社会信用代码", "社会信用代码", "统一信用代码", "信用代码", "统一代码",
             "unifiedsocialcreditcode", "socialcreditcode", "unifiedcreditcode", "creditcode",
             "uscc"),
    "operator_name": ("经办人", "联系人", "经办人姓名", "联系人姓名", "operatorname", "operator",
                      "contactperson", "contactname", "contact"),
    "operator_mobile": ("经办人手机", "经办人手机号", "经办人手机号码", "联系人手机", "联系人手机号",
                        "联系人手机号码", "手机", "手机号", "手机号码", "联系手机", "移动电话",
                        "经办人电话", "联系人电话", "联系电话", "电话", "电话号码", "联系方式",
                        "mobile", "mobilephone", "mobileno", "mobilenumber", "cellphone",
                        "phone", "phonenumber", "telephone", "tel"),
    "note": ("备注", "备注说明", "说明", "note", "notes", "remark", "remarks", "comment",
             "comments", "memo"),
}
_RANK = {alias: (f, rank) for f, names in ALIASES.items() for rank, alias in enumerate(names)}
_BRACKETED = re.compile(r"[(\[【〔<《{][^)\]】〕>》}]*[)\]】〕>》}]")
_ALTERNATIVES = re.compile(r"[/|\n]")

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"Rar!", b"7z\xbc\xaf", b"\x1f\x8b",
                 b"{\\rtf", b"BM")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")
_ESCAPED_FORMULA = tuple("'" + c for c in FORMULA_START)


# --- results ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class PreviewRow:
    """One row of the file as it will be used, and what will happen to it."""

    line: int
    action: Action
    name: str
    uscc: str | None = None
    operator_name: str | None = None
    operator_mobile: str | None = None
    note: str | None = None
    issues: tuple[Message, ...] = ()
    existing_id: str | None = None  # merge, and duplicate or conflict of an existing employer
    same_as: int | None = None  # duplicate: the earlier row it is folded into


@dataclass(frozen=True)
class NewEmployer:
    name: str
    uscc: str | None
    operator_name: str | None
    operator_mobile: str | None
    note: str | None
    lines: tuple[int, ...]  # the rows it comes from, first the one that creates it


@dataclass(frozen=True)
class MergeInto:
    """What rows bring to an existing employer: each field only where it has none yet. `uscc`
    is set only when the employer has no code."""

    existing_id: str
    uscc: str | None
    operator_name: str | None
    operator_mobile: str | None
    note: str | None
    lines: tuple[int, ...]


@dataclass(frozen=True)
class Preview:
    kind: Literal["xlsx", "csv"]
    header_line: int
    columns: Mapping[str, str]  # field -> the header as written in the file
    rows: tuple[PreviewRow, ...]
    new: tuple[NewEmployer, ...]
    merges: tuple[MergeInto, ...]
    sheet: str | None = None  # xlsx: the sheet read
    encoding: str | None = None  # csv
    delimiter: str | None = None  # csv

    def count(self, action: Action) -> int:
        return sum(r.action == action for r in self.rows)


# --- headers ----------------------------------------------------------------------------------
def header_keys(cell: Any) -> list[str]:
    """A header cell as comparable keys: NFKC, case-folded, without bracketed remarks such as
    "（必填）" and without spaces or punctuation; one key per "/"-separated alternative."""
    if cell is None:
        return []
    text = unicodedata.normalize("NFKC", str(cell)).casefold()
    keys = []
    for part in _ALTERNATIVES.split(text):
        key = "".join(c for c in _BRACKETED.sub("", part) if c.isalnum())
        if key:
            keys.append(key)
    return keys


def find_columns(cells: Sequence[Any]) -> dict[str, int]:
    """field -> column index for a header row: the best-ranked column for each field, each
    column for one field only; unknown columns are left out."""
    candidates = []
    for index, cell in enumerate(cells):
        for key in header_keys(cell):
            if key in _RANK:
                field_name, rank = _RANK[key]
                candidates.append((rank, index, field_name))
    found: dict[str, int] = {}
    used: set[int] = set()
    for _rank, index, field_name in sorted(candidates):
        if field_name not in found and index not in used:
            found[field_name] = index
            used.add(index)
    return found


# --- reading the file -------------------------------------------------------------------------
Rows = Iterator[tuple[int, Sequence[Any]]]  # (row number as a spreadsheet shows it, cells)


@dataclass
class _Table:
    rows: Rows  # the rows after the header
    header_line: int
    columns: dict[str, int]
    header: Sequence[Any]
    sheet: str | None = None
    encoding: str | None = None
    delimiter: str | None = None


def _read(path: Path) -> bytes:
    try:
        info = os.stat(path)
    except OSError:
        raise ListRefused(Refusal.UNREADABLE) from None
    if not stat.S_ISREG(info.st_mode):  # a folder, or a FIFO that would block the read
        raise ListRefused(Refusal.UNREADABLE)
    try:
        data = read_limited(path, MAX_BYTES)
    except TooLarge:
        raise ListRefused(Refusal.TOO_BIG, max_mb=MAX_BYTES // 2**20) from None
    except OSError:
        raise ListRefused(Refusal.UNREADABLE) from None
    if not data:
        raise ListRefused(Refusal.EMPTY_FILE)
    return data


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _header_in(rows: Rows) -> tuple[int, dict[str, int], Sequence[Any]] | bool:
    """The header among the first rows, or whether those rows held anything at all."""
    seen = False
    for line, cells in itertools.islice(rows, HEADER_SEARCH_ROWS):
        seen = seen or not all(_blank(c) for c in cells)
        columns = find_columns(cells)
        if "name" in columns:
            return line, columns, cells
    return seen


def _guarded(rows: Iterable[Sequence[Any]]) -> Rows:
    """Numbered rows of a workbook; any failure inside openpyxl is a damaged file."""
    it = iter(rows)
    for line in itertools.count(1):
        try:
            cells = next(it)
        except StopIteration:
            return
        except Exception as exc:  # openpyxl raises many kinds on broken XML or zips
            log.info("list workbook unreadable at row %d: %r", line, exc)
            raise ListRefused(Refusal.DAMAGED) from None
        yield line, cells


def _is_workbook(data: bytes, names: set[str]) -> bool:
    """An Office Open XML workbook, wherever its main part is (the content types name it)."""
    if "xl/workbook.xml" in names:
        return True
    if "[Content_Types].xml" not in names:
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            types = archive.read("[Content_Types].xml")
    except Exception:  # a bad CRC, bad deflate data, a newer zip version …
        raise ListRefused(Refusal.DAMAGED) from None
    return re.search(rb"spreadsheetml\.(sheet|template)\.main|macroEnabled(\.template)?\.main\+xml",
                     types) is not None


def _xlsx_table(data: bytes) -> _Table:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            parts = archive.infolist()
    except Exception:  # BadZipFile, and NotImplementedError for a newer zip version …
        raise ListRefused(Refusal.DAMAGED) from None
    # zipfile never unpacks more than a part's declared size, so this bounds the work
    if sum(p.file_size for p in parts) > MAX_UNPACKED_BYTES:
        raise ListRefused(Refusal.TOO_BIG, max_mb=MAX_BYTES // 2**20)
    if not _is_workbook(data, {p.filename for p in parts}):  # .xlsb, .ods, .docx, any other zip
        raise ListRefused(Refusal.UNSUPPORTED)
    from openpyxl import load_workbook  # imported when a workbook is read: ~0.1 s

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True, keep_links=False)
        sheets = list(workbook.worksheets)
    except Exception as exc:
        log.info("list workbook unreadable: %r", exc)
        raise ListRefused(Refusal.DAMAGED) from None
    seen = False
    for sheet in sheets:
        try:
            sheet.reset_dimensions()  # do not trust the stored size: read what is there
            rows = _guarded(sheet.iter_rows(min_row=1, values_only=True))
        except Exception:
            raise ListRefused(Refusal.DAMAGED) from None
        found = _header_in(rows)
        if isinstance(found, tuple):
            return _Table(rows, *found, sheet=sheet.title)
        seen = seen or found
    if seen:
        raise ListRefused(Refusal.NO_HEADER, rows_searched=HEADER_SEARCH_ROWS)
    raise ListRefused(Refusal.EMPTY_FILE)


def _refuse_binary(data: bytes, path: Path) -> None:
    if data.startswith(_OLE):
        if "EncryptionInfo".encode("utf-16-le") in data:
            raise ListRefused(Refusal.ENCRYPTED)
        # the stream names of Excel 97–2003 (and Excel 5) in the compound file's directory
        if any(f"{n}\0".encode("utf-16-le") in data for n in ("Workbook", "Book")):
            raise ListRefused(Refusal.OLD_EXCEL)
        raise ListRefused(Refusal.UNSUPPORTED)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        raise ListRefused(Refusal.DAMAGED)  # a workbook that is not even a zip
    if data.startswith(_BINARY_MAGIC) or path.suffix.lower() in (".xls", ".xlsb", ".ods"):
        raise ListRefused(Refusal.UNSUPPORTED)


def _decode(data: bytes) -> tuple[str, str]:
    """The text and its encoding: a BOM decides; else UTF-8, else GB18030 (Excel's "CSV" on
    Chinese Windows), else refused."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        tries = ["utf-16"]  # Excel's "Unicode text"
    elif data.startswith(codecs.BOM_UTF8):
        tries = ["utf-8-sig"]
    elif b"\0" in data:
        raise ListRefused(Refusal.UNSUPPORTED)
    else:
        tries = ["utf-8", "gb18030"]
    for encoding in tries:
        try:
            text = data.decode(encoding).rstrip("\x1a")  # DOS end-of-file mark
        except UnicodeDecodeError:
            continue
        if _CONTROL.search(text):
            raise ListRefused(Refusal.UNSUPPORTED)  # binary that happens to decode
        return text, encoding
    raise ListRefused(Refusal.ENCODING)


def _csv_rows(text: str, delimiter: str) -> Rows:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    line = 0
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error:
            raise ListRefused(Refusal.DAMAGED) from None
        line += 1
        yield line, cells


def _csv_table(data: bytes) -> _Table:
    text, encoding = _decode(data)
    delimiters = DELIMITERS
    sep = re.match(r"sep=(.)[ \t]*\r?\n", text, re.IGNORECASE)  # Excel's hint line, hidden by Excel
    if sep:
        text, delimiters = text[sep.end():], (sep.group(1),)
    if not text.strip("".join(DELIMITERS) + " \r\n\"'"):
        raise ListRefused(Refusal.EMPTY_FILE)
    best = None
    for delimiter in delimiters:  # the header decides: the split that finds the most columns
        found = _header_in(_csv_rows(text, delimiter))
        if isinstance(found, tuple) and (best is None or len(found[1]) > len(best[1][1])):
            best = (delimiter, found)
    if best is None:
        raise ListRefused(Refusal.NO_HEADER, rows_searched=HEADER_SEARCH_ROWS)
    delimiter, (header_line, columns, header) = best
    rows = _csv_rows(text, delimiter)
    for _ in range(header_line):
        next(rows)
    return _Table(rows, header_line, columns, header, encoding=encoding, delimiter=delimiter)


# --- rows ---------------------------------------------------------------------------------------
def _text(value: Any) -> str:
    """A cell as text: numbers without a trailing ".0", dates without midnight, and without the
    apostrophe that an export (wizard.desk.lists_out) puts before text Excel would run."""
    if isinstance(value, str):
        return value[1:] if value.startswith(_ESCAPED_FORMULA) else value
    if value is None or isinstance(value, bool):
        return "" if value is None else str(value)
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e21:
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(" ", "minutes")
    if isinstance(value, (date, time)):
        return value.isoformat()
    return str(value)


@dataclass
class _Row:
    line: int
    values: dict[str, str | None]
    issues: list[Message] = field(default_factory=list)

    @property
    def key(self) -> str:
        return name_key(self.values["name"]) if self.values["name"] else ""

    def issue(self, code: RowIssue, **params: Any) -> None:
        self.issues.append(Message(code, params))


def _limited(row: _Row, name: str, raw: Any) -> str | None:
    text = clean_text(_text(raw), sys.maxsize)
    if len(text) > LIMITS[name]:
        text = text[: LIMITS[name]].rstrip()
        row.issue(RowIssue.SHORTENED, field=name, limit=LIMITS[name])
    return text or None


def _parse(line: int, cells: Mapping[str, Any]) -> _Row:
    row = _Row(line, dict.fromkeys(FIELDS))
    raw_name = clean_text(_text(cells.get("name")), sys.maxsize)
    name = normalise_name(raw_name)
    if name != raw_name:
        row.issue(RowIssue.SHORTENED, field="name", limit=NAME_LIMIT)
    row.values["name"] = name or None
    raw_code = cells.get("uscc")
    if not _blank(raw_code):
        if isinstance(raw_code, (int, float)) and not isinstance(raw_code, bool):
            row.issue(RowIssue.USCC_WAS_NUMBER)
        check = check_uscc(clean_text(_text(raw_code), 100))
        if not check.keep:  # an ID-card number: neither kept nor repeated anywhere
            row.issue(RowIssue.USCC_NOT_KEPT, reason="id_number")
        else:
            if check.level == "warn":
                row.issue(RowIssue.USCC_CHECK, messages=check.messages)
            if len(check.value) > USCC_LENGTH:
                row.issue(RowIssue.USCC_NOT_KEPT, reason="too_long")
            else:
                row.values["uscc"] = check.value or None
    row.values["operator_name"] = _limited(row, "operator_name", cells.get("operator_name"))
    mobile = check_mobile(clean_text(_text(cells.get("operator_mobile")), 100))
    if mobile.level == "warn":
        row.issue(RowIssue.MOBILE_CHECK, messages=mobile.messages)
    if len(mobile.value) > MOBILE_LENGTH:
        row.issue(RowIssue.MOBILE_NOT_KEPT)
    else:
        row.values["operator_mobile"] = mobile.value or None
    row.values["note"] = _limited(row, "note", cells.get("note"))
    return row


def _rows(table: _Table) -> Iterator[_Row]:
    empty_run = 0
    count = 0
    for line, cells in table.rows:
        values = {f: cells[i] if i < len(cells) else None for f, i in table.columns.items()}
        if all(_blank(v) for v in values.values()):
            empty_run += 1
            if empty_run >= EMPTY_ROWS_END:
                return
            continue
        empty_run = 0
        count += 1
        if count > MAX_ROWS:
            raise ListRefused(Refusal.TOO_MANY_ROWS, limit=MAX_ROWS)
        yield _parse(line, values)


# --- matching -----------------------------------------------------------------------------------
@dataclass
class _Target:
    """An employer rows can be folded into: an existing one, or one the file creates."""

    key: str
    code: str | None
    existing_id: str | None = None
    existing_name: str | None = None
    lines: list[int] = field(default_factory=list)
    values: dict[str, str | None] = field(default_factory=lambda: dict.fromkeys(FIELDS))

    def other(self) -> dict[str, Any]:
        return {"existing_name": self.existing_name} if self.existing_id else {"line": self.lines[0]}


class _Index:
    def __init__(self) -> None:
        self.by_code: dict[str, _Target] = {}
        self.by_name: dict[str, list[_Target]] = {}

    def add(self, target: _Target) -> None:
        if target.code:
            self.by_code.setdefault(target.code, target)
        if target.key:
            self.by_name.setdefault(target.key, []).append(target)

    def find(self, row: _Row) -> tuple[_Target | None, Literal["code", "name", "conflict", None]]:
        code = row.values["uscc"]
        if code and code in self.by_code:
            return self.by_code[code], "code"
        candidates = self.by_name.get(row.key, []) if row.key else []
        if not candidates:
            return None, None
        if not code:
            return candidates[0], "name"
        without_code = [t for t in candidates if not t.code]
        return (without_code[0], "name") if without_code else (candidates[0], "conflict")

    def fold(self, target: _Target, row: _Row) -> None:
        """Fill the target's blanks from the row; a code it gains is indexed."""
        for name in FIELDS[1:]:
            if target.values[name] is None and row.values[name] is not None:
                if name == "uscc":
                    if target.code:
                        continue
                    target.code = row.values["uscc"]
                    self.by_code.setdefault(target.code, target)
                target.values[name] = row.values[name]
        target.lines.append(row.line)


def _existing_targets(existing: Iterable[tuple[str, str, str | None]]) -> _Index:
    index = _Index()
    for employer_id, name, uscc in existing:
        code = normalise_code(uscc) if uscc else ""
        index.add(_Target(name_key(name), code or None, employer_id, name))
    return index


def _decide(rows: Iterable[_Row], index: _Index) -> tuple[list[PreviewRow], list[_Target]]:
    shown: list[PreviewRow] = []
    hit: list[_Target] = []  # existing employers merged into, and new ones, in order
    for row in rows:
        target, how = index.find(row)
        action: Action
        if how == "conflict":
            row.issue(RowIssue.SAME_NAME_OTHER_CODE, **target.other())
            action = "conflict"
        elif target is not None:
            if how == "code" and row.key and row.key != target.key:
                row.issue(RowIssue.NAME_DIFFERS, **target.other())
            action = "duplicate" if target.lines else "merge"
            if not target.lines:
                hit.append(target)
        elif not row.key:
            row.issue(RowIssue.NO_NAME)
            action = "skip"
        else:
            target = _Target(row.key, None, values={**dict.fromkeys(FIELDS), "name": row.values["name"]})
            index.add(target)
            hit.append(target)
            action = "create"
        same_as = target.lines[0] if action == "duplicate" else None
        if action in ("create", "merge", "duplicate"):
            index.fold(target, row)
        shown.append(PreviewRow(
            row.line, action, row.values["name"] or "", *(row.values[f] for f in FIELDS[1:]),
            issues=tuple(row.issues), existing_id=target.existing_id if target else None,
            same_as=same_as))
    return shown, hit


def preview_list(path: Path, existing: Iterable[tuple[str, str, str | None]]) -> Preview:
    """Read a list of employers and say what importing it would do; nothing is written.

    `existing`: the employers already there, as (id, name, 统一社会信用代码 or None).
    Raises ListRefused with one code when the file cannot be used.
    """
    path = Path(path)
    data = _read(path)
    if data.startswith(b"PK\x03\x04"):
        kind: Literal["xlsx", "csv"] = "xlsx"
        table = _xlsx_table(data)
    else:
        _refuse_binary(data, path)
        kind = "csv"
        table = _csv_table(data)
    shown, hit = _decide(_rows(table), _existing_targets(existing))
    if not shown:
        raise ListRefused(Refusal.NO_ROWS)
    new = tuple(NewEmployer(t.values["name"] or "", *(t.values[f] for f in FIELDS[1:]), tuple(t.lines))
                for t in hit if t.existing_id is None)
    merges = tuple(MergeInto(t.existing_id, *(t.values[f] for f in FIELDS[1:]), tuple(t.lines))
                   for t in hit if t.existing_id is not None)
    header = {f: clean_text(_text(table.header[i]), 200) for f, i in table.columns.items()}
    return Preview(kind, table.header_line, header, tuple(shown), new, merges,
                   sheet=table.sheet, encoding=table.encoding, delimiter=table.delimiter)
