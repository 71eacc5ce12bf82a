"""Exporting the desk's table to .xlsx and .csv: read back with openpyxl and Python's csv module."""

from __future__ import annotations

import csv
import io
import os
import zipfile
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from openpyxl import load_workbook

from wizard.desk import Column, Refusal, export_table, preview_list
from wizard.desk.messages import ListRefused

COLUMNS = [Column("name", "单位名称"), Column("uscc", "统一社会信用代码"),
           Column("operator_mobile", "经办人手机"), Column("days_waited", "已等天数"),
           Column("last_visit", "上次来访")]
ROWS = [
    ["广州市甲有限公司", "914403001922038216", "13812345678", 3, date(2025, 6, 2)],
    ["乙公司（天河）", None, None, None, None],
    ["ABC Trading", "9144030071526726XG", "13912345678", 0, date(2025, 5, 30)],
]
EXPORTED = date(2025, 6, 5)


def export(path: Path, include_mobile: bool = False, rows=ROWS, columns=COLUMNS) -> Path:
    export_table(path, columns, rows, exported=EXPORTED, date_caption="导出日期",
                 include_mobile=include_mobile, sheet_title="单位")
    return path


def read_xlsx(path: Path) -> list[list]:
    wb = load_workbook(path)
    try:
        return [list(r) for r in wb.active.iter_rows(values_only=True)]
    finally:
        wb.close()


def as_read_back(value):
    """openpyxl gives a date cell back as a datetime at midnight."""
    return datetime(value.year, value.month, value.day) if type(value) is date else value


def test_xlsx_reads_back_equal_to_the_table(tmp_path):
    path = export(tmp_path / "desk.xlsx", include_mobile=True)
    lines = read_xlsx(path)
    assert lines[0][:2] == ["导出日期", datetime(2025, 6, 5)]
    assert lines[1] == [None] * len(lines[1])
    assert lines[2] == [c.header for c in COLUMNS]
    assert lines[3:] == [[as_read_back(v) for v in row] for row in ROWS]
    wb = load_workbook(path)
    assert wb.active.title == "单位" and wb.active.freeze_panes == "A4"
    assert wb.properties.created.date() == EXPORTED


def test_the_mobile_column_only_when_asked(tmp_path):
    without = read_xlsx(export(tmp_path / "a.xlsx"))
    assert without[2] == ["单位名称", "统一社会信用代码", "已等天数", "上次来访"]
    assert all("13812345678" not in row and "13912345678" not in row for row in without)
    with_mobile = read_xlsx(export(tmp_path / "b.xlsx", include_mobile=True))
    assert "经办人手机" in with_mobile[2] and with_mobile[3][2] == "13812345678"
    text = export(tmp_path / "c.csv").read_text(encoding="utf-8-sig")
    assert "经办人手机" not in text and "13812345678" not in text
    assert "13812345678" in export(tmp_path / "d.csv", include_mobile=True).read_text(encoding="utf-8-sig")


def test_csv_has_a_bom_the_date_and_reads_back_with_the_csv_module(tmp_path):
    path = export(tmp_path / "desk.csv", include_mobile=True)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # so Excel opens the Chinese correctly
    lines = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert lines[0] == ["导出日期", "2025-06-05"]
    assert lines[1] == [c.header for c in COLUMNS]
    assert lines[2:] == [["" if v is None else str(v) for v in row] for row in ROWS]


def test_an_export_is_a_list_the_import_reads(tmp_path):
    for suffix in ("xlsx", "csv"):
        preview = preview_list(export(tmp_path / f"desk.{suffix}", include_mobile=True), [])
        assert preview.header_line == (3 if suffix == "xlsx" else 2)
        assert [(r.name, r.uscc, r.operator_mobile) for r in preview.rows] == [
            (row[0], row[1], row[2]) for row in ROWS]


def test_text_that_looks_like_a_formula_stays_text(tmp_path):
    rows = [['=HYPERLINK("http://evil.example","点我")', "+86 138", "-1", "@SUM(A1)"]]
    columns = [Column(f"c{i}", f"列{i}") for i in range(4)]
    xlsx = export(tmp_path / "f.xlsx", rows=rows, columns=columns)
    assert read_xlsx(xlsx)[3] == rows[0]
    with zipfile.ZipFile(xlsx) as z:
        sheet = z.read("xl/worksheets/sheet1.xml").decode("utf-8")
    assert "<f>" not in sheet and "<f " not in sheet
    text = export(tmp_path / "f.csv", rows=rows, columns=columns).read_text(encoding="utf-8-sig")
    # Excel would run them: a leading apostrophe makes each plain text there
    assert list(csv.reader(io.StringIO(text)))[2] == ["'" + v for v in rows[0]]


def test_formula_like_names_survive_an_export_and_import(tmp_path):
    rows = [["=1+2", "+86 13812345678"], ["-甲公司", None], ["'引号公司", None]]
    columns = [Column("name", "单位名称"), Column("operator_mobile", "手机")]
    for suffix in ("xlsx", "csv"):
        path = export(tmp_path / f"f.{suffix}", include_mobile=True, rows=rows, columns=columns)
        preview = preview_list(path, [])
        assert [r.name for r in preview.rows] == ["=1+2", "-甲公司", "'引号公司"]


def test_control_characters_and_surrogates_do_not_break_the_export(tmp_path):
    rows = [["甲\x00公司\x1b", "备注\ud800", 1.5, True, datetime(2025, 6, 1, 9, 30,
                                                            tzinfo=timezone(timedelta(hours=8)))]]
    columns = [Column(f"c{i}", f"列{i}") for i in range(5)]
    back = read_xlsx(export(tmp_path / "x.xlsx", rows=rows, columns=columns))[3]
    assert back[:4] == ["甲公司", "备注", 1.5, True]
    assert back[4] == rows[0][4].astimezone().replace(tzinfo=None)  # Excel has no time zones
    text = export(tmp_path / "x.csv", rows=rows, columns=columns).read_text(encoding="utf-8-sig")
    assert list(csv.reader(io.StringIO(text)))[2][:4] == ["甲公司", "备注", "1.5", "True"]


def test_a_failed_write_leaves_the_old_file_and_no_temp_file(tmp_path, monkeypatch):
    path = tmp_path / "desk.xlsx"
    path.write_bytes(b"old")

    def fail(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(ListRefused) as refused:
        export(path)
    assert refused.value.code is Refusal.CANNOT_WRITE
    assert refused.value.params == {"reason": "No space left on device"}
    assert path.read_bytes() == b"old" and os.listdir(tmp_path) == ["desk.xlsx"]


def test_a_folder_or_a_link_is_never_replaced(tmp_path):
    folder = tmp_path / "desk.csv"
    folder.mkdir()
    with pytest.raises(ListRefused) as refused:
        export(folder)
    assert refused.value.code is Refusal.NOT_A_FILE
    target = tmp_path / "target.csv"
    target.write_text("keep", encoding="utf-8")
    link = tmp_path / "link.csv"
    link.symlink_to(target)
    with pytest.raises(ListRefused) as refused:
        export(link)
    assert refused.value.code is Refusal.NOT_A_FILE
    assert target.read_text(encoding="utf-8") == "keep" and link.is_symlink()


def test_an_unknown_format_is_refused(tmp_path):
    with pytest.raises(ListRefused) as refused:
        export(tmp_path / "desk.txt")
    assert refused.value.code is Refusal.UNSUPPORTED
    assert not (tmp_path / "desk.txt").exists()


def test_an_existing_file_is_replaced_whole(tmp_path):
    path = tmp_path / "desk.csv"
    path.write_text("x" * 100_000, encoding="utf-8")
    export(path)
    assert len(path.read_bytes()) < 1000
