"""Importing a list of employers (.xlsx, .csv) into a preview: headers, encodings, duplicates,
warnings and refusals. Nothing here writes a profile; the preview is all the module gives."""

from __future__ import annotations

import csv
import os
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE as _XML_ILLEGAL

from wizard.desk import Refusal, RowIssue, find_columns, lists_in, preview_list
from wizard.desk.messages import ListRefused

HUAWEI = "914403001922038216"
TENCENT = "9144030071526726XG"
STDNUM_EXAMPLE = "91110000600037341L"
BAD_CHECK = "914403001922038217"  # Huawei's code with the last character changed
ID_NUMBER = "11010519491231002X"  # the example ID-card number of GB 11643

CN_HEADER = ["单位名称", "统一社会信用代码", "联系人", "手机", "备注"]


def write_xlsx(path: Path, rows: list[list], title_rows: int = 0) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "名单"
    for _ in range(title_rows):
        ws.append(["2025 年稳岗返还 服务名单"])
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def write_csv(path: Path, rows: list[list], encoding: str = "utf-8", delimiter: str = ",") -> Path:
    text = "\r\n".join(delimiter.join(str(c) for c in row) for row in rows) + "\r\n"
    path.write_bytes(text.encode(encoding))
    return path


def actions(preview) -> list[tuple[int, str]]:
    return [(r.line, r.action) for r in preview.rows]


def codes(row) -> set[str]:
    return {m.code for m in row.issues}


def issues_of(row) -> list[tuple[str, dict]]:
    return [(m.code, dict(m.params)) for m in row.issues]


# --- header mapping ---------------------------------------------------------------------------
@pytest.mark.parametrize("header, field", [
    ("单位名称", "name"), (" 单位 名称 ", "name"), ("单位名称（必填）", "name"), ("单位名称*", "name"),
    ("*单位名称：", "name"), ("用人单位名称", "name"), ("Employer name", "name"),
    ("Unit Name", "name"), ("COMPANY NAME (required)", "name"), ("单位名称/Employer name", "name"),
    ("统一社会信用代码", "uscc"), ("统一社会信用代码(18位)", "uscc"), ("ＵＳＣＣ", "uscc"),
    ("Unified social credit code", "uscc"), ("Credit-Code", "uscc"),
    ("联系人", "operator_name"), ("经办人", "operator_name"), ("Operator", "operator_name"),
    ("Contact person", "operator_name"),
    ("手机", "operator_mobile"), ("经办人手机号码", "operator_mobile"), ("Mobile", "operator_mobile"),
    ("Phone number", "operator_mobile"),
    ("备注", "note"), ("Notes", "note"), ("Remark", "note"), ("【选填】备注", "note"),
])
def test_a_header_is_recognised(header, field):
    assert find_columns(["序号", header, "地址"]) == {field: 1}


def test_unknown_headers_are_ignored():
    assert find_columns(["序号", "地址", "Email", None, 12]) == {}


def test_the_more_specific_header_wins():
    # 手机 ranks above 联系电话; 单位名称 above a bare 名称; each column serves one field
    assert find_columns(["联系电话", "名称", "手机", "单位名称"]) == {"operator_mobile": 2, "name": 3}


def test_chinese_headers_xlsx(tmp_path):
    path = write_xlsx(tmp_path / "list.xlsx", [
        CN_HEADER,
        ["广州市甲有限公司", HUAWEI, "张三", "13812345678", "下周二来"],
        ["乙公司", "", "", "", ""],
    ])
    preview = preview_list(path, [])
    assert preview.kind == "xlsx" and preview.sheet == "名单" and preview.header_line == 1
    assert actions(preview) == [(2, "create"), (3, "create")]
    first = preview.rows[0]
    assert (first.name, first.uscc, first.operator_name, first.operator_mobile, first.note) == (
        "广州市甲有限公司", HUAWEI, "张三", "13812345678", "下周二来")
    assert first.issues == ()
    assert [n.name for n in preview.new] == ["广州市甲有限公司", "乙公司"]
    assert preview.new[1].uscc is None and preview.merges == ()


def test_english_shuffled_extra_columns_and_a_title_above_the_header(tmp_path):
    path = write_xlsx(tmp_path / "list.xlsx", [
        [],
        ["No.", "Remarks", "Mobile", "Address", "Company name (required)", "USCC", "Contact"],
        [1, "call first", 13912345678, "Tianhe", "Alpha Trading Ltd", TENCENT, "Li Si"],
    ], title_rows=1)
    preview = preview_list(path, [])
    assert preview.header_line == 3
    assert preview.columns == {"note": "Remarks", "operator_mobile": "Mobile",
                               "name": "Company name (required)", "uscc": "USCC",
                               "operator_name": "Contact"}
    row = preview.rows[0]
    assert row.line == 4 and row.action == "create"
    # the mobile came as a number from Excel: read as its digits
    assert (row.name, row.uscc, row.operator_name, row.operator_mobile, row.note) == (
        "Alpha Trading Ltd", TENCENT, "Li Si", "13912345678", "call first")


def test_the_first_sheet_with_a_header_is_used(tmp_path):
    wb = Workbook()
    wb.active.title = "说明"
    wb.active.append(["请在下一张表填写"])
    ws = wb.create_sheet("单位")
    ws.append(CN_HEADER)
    ws.append(["甲公司", HUAWEI])
    wb.save(tmp_path / "two.xlsx")
    preview = preview_list(tmp_path / "two.xlsx", [])
    assert preview.sheet == "单位" and [r.name for r in preview.rows] == ["甲公司"]


# --- CSV encodings and delimiters ----------------------------------------------------------------
@pytest.mark.parametrize("encoding, shown", [
    ("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("gb18030", "gb18030"), ("utf-16", "utf-16"),
])
def test_csv_encodings(tmp_path, encoding, shown):
    rows = [CN_HEADER, ["广州市䶮记有限公司", HUAWEI, "欧阳娜娜", "13812345678", "（备注）"]]
    path = write_csv(tmp_path / "list.csv", rows, encoding)
    if encoding == "gb18030":  # as Excel saves it on Chinese Windows: not valid UTF-8
        with pytest.raises(UnicodeDecodeError):
            path.read_bytes().decode("utf-8")
    preview = preview_list(path, [])
    assert preview.kind == "csv" and preview.encoding == shown
    row = preview.rows[0]
    assert (row.name, row.uscc, row.operator_name, row.note) == (
        "广州市䶮记有限公司", HUAWEI, "欧阳娜娜", "（备注）")


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_csv_delimiters(tmp_path, delimiter):
    rows = [["序号", *CN_HEADER], ["1", "甲公司, 天河", HUAWEI, "张三", "13812345678", "备注"]]
    if delimiter == ",":
        rows[1][1] = '"甲公司, 天河"'
    path = write_csv(tmp_path / "list.csv", rows, "gb18030", delimiter)
    preview = preview_list(path, [])
    assert preview.delimiter == delimiter
    assert preview.rows[0].name == "甲公司, 天河" and preview.rows[0].uscc == HUAWEI


def test_csv_sep_line_and_quoted_newlines(tmp_path):
    path = tmp_path / "list.csv"
    path.write_text('sep=;\r\n单位名称;备注\r\n"甲公司";"第一行\n第二行"\r\n', encoding="utf-8-sig")
    preview = preview_list(path, [])
    assert preview.delimiter == ";" and preview.header_line == 1  # Excel hides the sep line
    assert preview.rows[0].name == "甲公司" and preview.rows[0].note == "第一行 第二行"


def test_csv_in_an_unknown_encoding_is_refused(tmp_path):
    path = tmp_path / "list.csv"
    path.write_bytes("单位名称\r\n".encode("gb18030") + b"\xff\xfe\xfd\x80\r\n")
    with pytest.raises(ListRefused) as refused:
        preview_list(path, [])
    assert refused.value.code is Refusal.ENCODING


# --- normalised values and per-row warnings ------------------------------------------------------
def test_values_are_cleaned(tmp_path):
    path = write_xlsx(tmp_path / "list.xlsx", [
        CN_HEADER,
        ["  广州市\u200b甲  有限公司\t", "9144 0300 7152 6726 xg", " 张\u00a0三 ", "138-1234-5678",
         "甲" * 250],
    ])
    row = preview_list(path, []).rows[0]
    assert row.name == "广州市甲 有限公司"
    assert row.uscc == TENCENT and row.operator_name == "张 三" and row.operator_mobile == "13812345678"
    assert row.note == "甲" * 200
    assert [(m.code, dict(m.params)) for m in row.issues] == [
        (RowIssue.SHORTENED, {"field": "note", "limit": 200})]


def test_code_and_mobile_checks_give_warnings(tmp_path):
    path = write_xlsx(tmp_path / "list.xlsx", [
        CN_HEADER,
        ["甲公司", BAD_CHECK, "", "1381234567", ""],
        ["乙公司", "91440300715267260XG", "", "+86 13812345678 转 8", ""],
    ])
    first, second = preview_list(path, []).rows
    assert codes(first) == {RowIssue.USCC_CHECK, RowIssue.MOBILE_CHECK}
    assert first.uscc == BAD_CHECK and first.operator_mobile == "1381234567"  # kept: only advice
    uscc_check = next(m for m in first.issues if m.code is RowIssue.USCC_CHECK)
    from wizard.ui.words import say

    assert any("校验位" in say(m) for m in uscc_check.params["messages"])
    # too long for the store: left out, with the reason
    assert second.uscc is None and second.operator_mobile is None
    assert codes(second) == {RowIssue.USCC_CHECK, RowIssue.USCC_NOT_KEPT, RowIssue.MOBILE_CHECK,
                             RowIssue.MOBILE_NOT_KEPT}
    assert second.action == "create"


def test_an_id_card_number_is_never_kept_nor_repeated(tmp_path):
    path = write_xlsx(tmp_path / "list.xlsx", [CN_HEADER, ["甲公司", ID_NUMBER, "", "", ""]])
    preview = preview_list(path, [])
    row = preview.rows[0]
    assert row.uscc is None
    assert issues_of(row) == [(RowIssue.USCC_NOT_KEPT, {"reason": "id_number"})]
    assert ID_NUMBER not in repr(preview) and ID_NUMBER[:17] not in repr(preview)


def test_a_code_stored_as_a_number_by_excel_is_flagged(tmp_path):
    path = write_xlsx(tmp_path / "list.xlsx", [CN_HEADER, ["甲公司", 914403001922038216, "", "", ""]])
    row = preview_list(path, []).rows[0]
    assert RowIssue.USCC_WAS_NUMBER in codes(row)


def test_rows_without_a_name_are_left_out_and_empty_rows_ignored(tmp_path):
    path = write_xlsx(tmp_path / "list.xlsx", [
        CN_HEADER, ["", "", "", "", ""], ["", "", "张三", "", ""], [None, None, None], ["甲公司"],
    ])
    preview = preview_list(path, [])
    assert actions(preview) == [(3, "skip"), (5, "create")]
    assert codes(preview.rows[0]) == {RowIssue.NO_NAME}


# --- duplicates ------------------------------------------------------------------------------------
EXISTING = [("p1", "广州市甲有限公司", HUAWEI), ("p2", "乙 公司", None), ("p3", "丙公司", TENCENT)]


def test_duplicates_of_existing_employers_are_merged(tmp_path):
    path = write_xlsx(tmp_path / "list.xlsx", [
        CN_HEADER,
        ["甲公司（旧名）", HUAWEI, "张三", "", ""],  # same code, another name
        ["乙公司", "", "", "13812345678", "二楼"],  # same normalised name, no code anywhere
        ["ＡＢＣ Trading", "", "", "", ""],  # new
        ["乙公司", STDNUM_EXAMPLE, "", "", ""],  # same name again: p2 has no code yet
        ["丙公司", HUAWEI.replace("9144", "9111"), "", "", ""],  # same name, another code
    ])
    preview = preview_list(path, EXISTING)
    assert actions(preview) == [(2, "merge"), (3, "merge"), (4, "create"), (5, "duplicate"),
                                (6, "conflict")]
    by_line = {r.line: r for r in preview.rows}
    assert by_line[2].existing_id == "p1"
    assert issues_of(by_line[2]) == [
        (RowIssue.NAME_DIFFERS, {"existing_name": "广州市甲有限公司"})]
    assert by_line[3].existing_id == "p2" and by_line[5].existing_id == "p2"
    assert by_line[5].same_as == 3
    assert by_line[6].existing_id == "p3"
    assert issues_of(by_line[6])[-1] == (
        RowIssue.SAME_NAME_OTHER_CODE, {"existing_name": "丙公司"})
    # What a merge fills in: the blanks of the existing employer; its code only when it has none
    merges = {m.existing_id: m for m in preview.merges}
    assert set(merges) == {"p1", "p2"}
    assert merges["p1"].uscc is None and merges["p1"].operator_name == "张三"
    assert merges["p1"].lines == (2,)
    assert (merges["p2"].uscc, merges["p2"].operator_mobile, merges["p2"].note) == (
        STDNUM_EXAMPLE, "13812345678", "二楼")
    assert merges["p2"].lines == (3, 5)
    assert [n.name for n in preview.new] == ["ABC Trading"]


def test_a_code_matches_before_a_name(tmp_path):
    # The row's name is p2's, its code p1's: the code decides.
    path = write_xlsx(tmp_path / "list.xlsx", [CN_HEADER, ["乙公司", HUAWEI]])
    preview = preview_list(path, EXISTING)
    assert preview.rows[0].existing_id == "p1" and preview.rows[0].action == "merge"


def test_a_row_with_only_a_known_code_merges(tmp_path):
    path = write_xlsx(tmp_path / "list.xlsx", [CN_HEADER, ["", TENCENT, "王五"]])
    preview = preview_list(path, EXISTING)
    assert actions(preview) == [(2, "merge")]
    assert preview.merges[0].existing_id == "p3" and preview.merges[0].operator_name == "王五"


def test_duplicates_inside_the_file_are_created_once(tmp_path):
    path = write_csv(tmp_path / "list.csv", [
        CN_HEADER,
        ["甲公司", HUAWEI, "", "", ""],
        ["丁公司", "", "", "", ""],
        ["甲 公司（分部）", HUAWEI, "张三", "13812345678", ""],  # same code
        ["丁  公司", "", "李四", "", "再来"],  # same normalised name
        ["丁公司", TENCENT, "", "", ""],  # same name, gives 丁公司 its code
        ["丁公司", STDNUM_EXAMPLE, "", "", ""],  # same name, now another code
    ])
    preview = preview_list(path, [])
    assert actions(preview) == [(2, "create"), (3, "create"), (4, "duplicate"), (5, "duplicate"),
                                (6, "duplicate"), (7, "conflict")]
    assert [r.same_as for r in preview.rows] == [None, None, 2, 3, 3, None]
    assert issues_of(preview.rows[5]) == [
        (RowIssue.SAME_NAME_OTHER_CODE, {"line": 3})]
    first, second = preview.new
    assert (first.name, first.uscc, first.operator_name, first.operator_mobile, first.lines) == (
        "甲公司", HUAWEI, "张三", "13812345678", (2, 4))
    assert (second.name, second.uscc, second.operator_name, second.note, second.lines) == (
        "丁公司", TENCENT, "李四", "再来", (3, 5, 6))


def test_the_preview_writes_nothing(tmp_path):
    path = write_xlsx(tmp_path / "list.xlsx", [CN_HEADER, ["甲公司"]])
    before = {p: p.stat().st_mtime_ns for p in tmp_path.iterdir()}
    preview_list(path, EXISTING)
    assert {p: p.stat().st_mtime_ns for p in tmp_path.iterdir()} == before


# --- refusals: one code each ---------------------------------------------------------------------
def refusal(path: Path) -> Refusal:
    with pytest.raises(ListRefused) as refused:
        preview_list(path, [])
    return refused.value.code


def test_a_malformed_xlsx_is_refused(tmp_path):
    good = write_xlsx(tmp_path / "good.xlsx", [CN_HEADER, ["甲公司"]]).read_bytes()
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(good[: len(good) // 2])
    assert refusal(cut) is Refusal.DAMAGED
    garbage = tmp_path / "garbage.xlsx"
    garbage.write_bytes(b"PK\x03\x04" + os.urandom(2000))
    assert refusal(garbage) is Refusal.DAMAGED
    not_zip = tmp_path / "text.xlsx"
    not_zip.write_text("单位名称\n甲公司\n", encoding="utf-8")
    assert refusal(not_zip) is Refusal.DAMAGED


def rewritten_xlsx(tmp_path: Path, change=lambda name, data: (name, data), **extra: bytes) -> Path:
    """A one-employer workbook with each part passed through `change`, and `extra` parts."""
    good = write_xlsx(tmp_path / "good.xlsx", [CN_HEADER, ["甲公司"]])
    out = tmp_path / "changed.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(*change(item.filename, src.read(item)))
        for name, data in extra.items():
            dst.writestr(name, data)
    return out


def test_broken_xml_inside_a_workbook_is_refused(tmp_path):
    broken = rewritten_xlsx(tmp_path, lambda name, data: (
        name, data[: len(data) // 2] if name == "xl/worksheets/sheet1.xml" else data))
    assert refusal(broken) is Refusal.DAMAGED


def test_a_workbook_part_under_another_name_is_found_by_its_content_type(tmp_path):
    renamed = rewritten_xlsx(tmp_path, lambda name, data: (
        name.replace("workbook.xml", "book.xml"), data.replace(b"xl/workbook.xml", b"xl/book.xml")))
    assert [r.name for r in preview_list(renamed, []).rows] == ["甲公司"]


def test_a_zip_part_needing_a_newer_unzip_is_damaged(tmp_path):
    """Found by mutating bytes: zipfile raises NotImplementedError for a part whose central-
    directory entry asks for a newer zip version."""
    renamed = rewritten_xlsx(tmp_path, lambda name, data: (
        name.replace("workbook.xml", "book.xml"), data.replace(b"xl/workbook.xml", b"xl/book.xml")))
    data = bytearray(renamed.read_bytes())
    name = b"[Content_Types].xml"
    entry = data.index(b"PK\x01\x02")
    while data[entry + 46: entry + 46 + len(name)] != name:  # its central-directory entry
        entry = data.index(b"PK\x01\x02", entry + 4)
    data[entry + 6] = 99  # version needed to extract: 9.9
    renamed.write_bytes(bytes(data))
    assert refusal(renamed) is Refusal.DAMAGED


def test_other_zip_files_are_not_lists(tmp_path):
    ods = tmp_path / "list.xlsx"
    with zipfile.ZipFile(ods, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", "<x/>")
    assert refusal(ods) is Refusal.UNSUPPORTED


def ole_file(*stream_names: str) -> bytes:
    """The start of an OLE2 compound file and its directory entry names (UTF-16LE): what an
    encrypted .xlsx and an old .xls look like to the detector."""
    data = bytearray(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    for name in ("Root Entry", *stream_names):
        entry = name.encode("utf-16-le").ljust(64, b"\0")
        data += entry + bytes(64)
    return bytes(data)


def test_an_encrypted_workbook_and_an_old_xls_are_named(tmp_path):
    encrypted = tmp_path / "locked.xlsx"
    encrypted.write_bytes(ole_file("EncryptionInfo", "EncryptedPackage"))
    assert refusal(encrypted) is Refusal.ENCRYPTED
    old = tmp_path / "old.xls"
    old.write_bytes(ole_file("Workbook", "\x05SummaryInformation"))
    assert refusal(old) is Refusal.OLD_EXCEL


def test_binary_and_empty_files_are_refused(tmp_path):
    png = tmp_path / "list.csv"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    assert refusal(png) is Refusal.UNSUPPORTED
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert refusal(empty) is Refusal.EMPTY_FILE
    blank = tmp_path / "blank.csv"
    blank.write_text("\ufeff\r\n ,,\r\n", encoding="utf-8")
    assert refusal(blank) is Refusal.EMPTY_FILE


def test_no_header_and_no_rows(tmp_path):
    no_header = write_csv(tmp_path / "a.csv", [["名字", "代码"], ["甲公司", HUAWEI]])
    with pytest.raises(ListRefused) as refused:
        preview_list(no_header, [])
    assert refused.value.code is Refusal.NO_HEADER
    assert refused.value.params == {"rows_searched": lists_in.HEADER_SEARCH_ROWS}
    only_header = write_xlsx(tmp_path / "b.xlsx", [CN_HEADER, [None, None]])
    assert refusal(only_header) is Refusal.NO_ROWS


def test_too_many_rows(tmp_path):
    rows = [CN_HEADER] + [[f"公司{i}"] for i in range(lists_in.MAX_ROWS + 1)]
    with pytest.raises(ListRefused) as refused:
        preview_list(write_csv(tmp_path / "many.csv", rows), [])
    assert refused.value.code is Refusal.TOO_MANY_ROWS
    assert refused.value.params == {"limit": lists_in.MAX_ROWS}
    ok = write_csv(tmp_path / "max.csv", rows[: lists_in.MAX_ROWS + 1])
    assert len(preview_list(ok, []).rows) == lists_in.MAX_ROWS


def test_a_long_run_of_empty_rows_ends_the_list(tmp_path, monkeypatch):
    monkeypatch.setattr(lists_in, "EMPTY_ROWS_END", 5)
    path = write_xlsx(tmp_path / "list.xlsx",
                      [CN_HEADER, ["甲公司"], *[[None] * 6 + ["x"]] * 5, ["乙公司"]])
    assert [r.name for r in preview_list(path, []).rows] == ["甲公司"]


def test_too_big(tmp_path, monkeypatch):
    monkeypatch.setattr(lists_in, "MAX_BYTES", 1000)
    path = write_csv(tmp_path / "big.csv", [CN_HEADER] + [["甲公司" * 20]] * 20)
    with pytest.raises(ListRefused) as refused:
        preview_list(path, [])
    assert refused.value.code is Refusal.TOO_BIG and "max_mb" in refused.value.params


def test_a_zip_bomb_is_too_big(tmp_path, monkeypatch):
    monkeypatch.setattr(lists_in, "MAX_UNPACKED_BYTES", 100_000)
    path = rewritten_xlsx(tmp_path, **{"xl/media/padding.bin": bytes(200_000)})
    assert path.stat().st_size < 100_000
    assert refusal(path) is Refusal.TOO_BIG


def test_a_folder_and_a_missing_file_are_unreadable(tmp_path):
    assert refusal(tmp_path) is Refusal.UNREADABLE
    assert refusal(tmp_path / "missing.csv") is Refusal.UNREADABLE


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX only")
def test_a_fifo_is_refused_without_waiting(tmp_path):
    fifo = tmp_path / "list.csv"
    os.mkfifo(fifo)
    assert refusal(fifo) is Refusal.UNREADABLE


def test_dates_and_numbers_in_cells_read_as_text(tmp_path):
    path = write_xlsx(tmp_path / "list.xlsx", [
        ["单位名称", "备注"], [12345, datetime(2025, 6, 3)], ["甲", 1.5]])
    rows = preview_list(path, []).rows
    assert [(r.name, r.note) for r in rows] == [("12345", "2025-06-03"), ("甲", "1.5")]


# --- whatever a file holds: a preview or one refusal, never another exception ---------------------
cell_text = st.one_of(st.none(), st.integers(), st.floats(allow_nan=False, allow_infinity=False),
                      st.text(max_size=30), st.sampled_from([HUAWEI, ID_NUMBER, "13812345678",
                                                             "甲公司", " 甲 公司 ", "=1+2"]))
header_cell = st.sampled_from([*CN_HEADER, "Employer name", "USCC", "Mobile", "序号", "", None])


def preview_or_refusal(path: Path, existing=EXISTING) -> None:
    try:
        preview = preview_list(path, existing)
    except ListRefused as refused:
        assert isinstance(refused.code, Refusal)
        return
    assert preview.rows
    assert len(preview.new) + len(preview.merges) <= len(preview.rows)
    for row in preview.rows:
        assert row.action in ("create", "merge", "duplicate", "conflict", "skip")
        assert row.uscc is None or len(row.uscc) <= 18
        assert row.operator_mobile is None or len(row.operator_mobile) <= 11


@given(st.binary(max_size=400), st.sampled_from([b"", b"PK\x03\x04", "单位名称,手机\n".encode()]),
       st.sampled_from([".csv", ".xlsx", ".txt"]))
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_bytes_give_a_preview_or_one_refusal(tmp_path, data, start, suffix):
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(start + data)
    preview_or_refusal(path)


@given(st.lists(header_cell, min_size=1, max_size=6),
       st.lists(st.lists(cell_text, max_size=7), max_size=8), st.sampled_from([",", ";", "\t"]))
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_table_gives_a_preview_or_one_refusal(tmp_path, header, rows, delimiter):
    with (tmp_path / "fuzz.csv").open("w", encoding="gb18030", errors="replace", newline="") as f:
        csv.writer(f, delimiter=delimiter).writerows([header, *rows])
    preview_or_refusal(tmp_path / "fuzz.csv")
    clean = [[_XML_ILLEGAL.sub("", c) if isinstance(c, str) else c for c in row] for row in rows]
    preview_or_refusal(write_xlsx(tmp_path / "fuzz.xlsx", [header, *clean]))


@given(st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.integers(0, 255)), min_size=1, max_size=4))
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_a_workbook_with_changed_bytes_gives_a_preview_or_one_refusal(tmp_path, changes):
    path = tmp_path / "list.xlsx"
    if not path.exists():
        write_xlsx(path, [CN_HEADER, *[[f"公司{i}", HUAWEI, "13812345678"] for i in range(20)]])
        (tmp_path / "good.bin").write_bytes(path.read_bytes())
    data = bytearray((tmp_path / "good.bin").read_bytes())
    for where, byte in changes:
        data[int(where * len(data))] = byte
    path.write_bytes(bytes(data))
    preview_or_refusal(path)
