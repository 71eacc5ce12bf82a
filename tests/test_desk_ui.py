"""The service-centre desk: the table (model/view, sort and filter through the proxy), opening an
employer where they left off and coming back, lists in (preview first) and out (read back
with openpyxl), the batch PDF (read back with pdftotext), and where the desk never appears."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from tests.test_profiles_ui import NAMES, seed
from tests.ui_helpers import click
from wizard.content import load_content
from wizard.desk.messages import Message, Refusal
from wizard.desk.table import COLUMNS
from wizard.flow.journey import WELCOME
from wizard.store import Profile, ProfileStore
from wizard.store.document import ProfileMeta
from wizard.store.profiles import Opened
from wizard.ui.desk import DeskWindow, open_desk
from wizard.ui.desk_dialogs import ExportChoice
from wizard.ui.desk_model import headings
from wizard.ui.desk_words import say_list
from wizard.ui.session import Session
from wizard.ui.wizard import GuideWizard

TODAY = date(2026, 11, 23)
HUAWEI = "914403001922038216"
TENCENT = "9144030071526726XG"
BAD_CHECK = "914403001922038217"


def make_desk(qtbot, data: Path, today: date = TODAY) -> DeskWindow:
    store = ProfileStore(data)
    opened = store.open()
    session = Session(load_content(), store, opened.profile, lambda: today)
    wizard = GuideWizard(session, opened.notices)
    qtbot.addWidget(wizard)
    desk = open_desk(wizard, opened)
    assert desk is not None
    qtbot.addWidget(desk)
    desk.resize(1024, 600)
    desk.show()
    qtbot.waitExposed(desk)
    return desk


def shown_cells(desk: DeskWindow) -> list[list[str]]:
    proxy = desk.proxy
    return [[proxy.index(r, c).data() for c in range(proxy.columnCount())]
            for r in range(proxy.rowCount())]


def row_of(desk: DeskWindow, name: str) -> int:
    return desk.shown_names().index(name)


def files_of(data: Path) -> dict[str, bytes]:
    return {str(p.relative_to(data)): p.read_bytes() for p in sorted(data.rglob("*.json"))
            if p.is_file()}


# --- the table ------------------------------------------------------------------------------------
def test_every_employer_with_its_state_and_the_count_line(qtbot, isolated_data):
    seed(isolated_data, 12, TODAY)
    desk = make_desk(qtbot, isolated_data)
    assert desk.model.rowCount() == 12 and desk.proxy.columnCount() == len(COLUMNS)
    assert [desk.proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(len(COLUMNS))] == [
        headings()[c] for c in COLUMNS]
    cells = {name: dict(zip(COLUMNS, row, strict=True))
             for name, row in zip(desk.shown_names(), shown_cells(desk), strict=True)}
    first = cells[NAMES[0]]
    assert [first[c] for c in ("name", "uscc", "route", "step", "days", "next", "done")] == [
        NAMES[0], "91440101MA5CKT8N0N", "人社统一认证", "授权码实名", "3", "等审核短信", ""]
    assert "等待短信" in first["status"]
    assert (cells[NAMES[1]]["step"], cells[NAMES[1]]["next"]) == ("了解情况", "回答几个问题")
    assert (cells[NAMES[2]]["step"], cells[NAMES[2]]["next"]) == ("还没开始", "开始办理")
    assert desk.counts.text() == ("共 12 家单位：已完成 0 家 · 等待短信 4 家（最久已等 12 天） · "
                                  "办理中 4 家 · 还没开始 4 家")
    # the days left to the catalogue's usual deadline, with the content's own caveat
    assert "近几年都在 12 月 31 日前截止" in desk.deadline.text()
    assert "按2026年12月31日算，还剩 38 天" in desk.deadline.text()


def test_sort_and_filter_through_the_proxy_model(qtbot, isolated_data):
    seed(isolated_data, 12, TODAY)  # waiting: NAMES[0], [3], [6], [9] for 3, 6, 9, 12 days
    desk = make_desk(qtbot, isolated_data)
    days = COLUMNS.index("days")
    desk.view.sortByColumn(days, Qt.SortOrder.DescendingOrder)  # as a click on the heading
    assert desk.shown_names()[:4] == [NAMES[9], NAMES[6], NAMES[3], NAMES[0]]
    assert [c[days] for c in shown_cells(desk)][:5] == ["12", "9", "6", "3", ""]
    desk.proxy.sort(days, Qt.SortOrder.AscendingOrder)
    assert desk.shown_names()[:4] == [NAMES[0], NAMES[3], NAMES[6], NAMES[9]]
    desk.proxy.sort(COLUMNS.index("name"), Qt.SortOrder.AscendingOrder)
    assert desk.shown_names() == sorted(NAMES)
    # filter: by state, by days waited, by search, combined
    desk.state_box.setCurrentIndex(desk.state_box.findData("waiting"))
    assert sorted(desk.shown_names()) == sorted([NAMES[0], NAMES[3], NAMES[6], NAMES[9]])
    desk.days_box.setValue(6)  # more than 6 days
    assert sorted(desk.shown_names()) == sorted([NAMES[6], NAMES[9]])
    assert desk.hint.text().startswith("按筛选显示 2 家（共 12 家）。")  # how many the filter left
    desk.state_box.setCurrentIndex(desk.state_box.findData(None))
    assert sorted(desk.shown_names()) == sorted([NAMES[6], NAMES[9]])  # the days still hold
    desk.days_box.setValue(0)
    desk.state_box.setCurrentIndex(desk.state_box.findData("not_started"))
    assert sorted(desk.shown_names()) == sorted([NAMES[k] for k in (2, 5, 8, 11)])
    desk.state_box.setCurrentIndex(0)
    desk.search.insert("佛山")  # typed (QTest cannot type Chinese)
    assert desk.shown_names() == [NAMES[1]]
    desk.search.clear()
    qtbot.keyClicks(desk.search, "91440101")  # by the code
    assert sorted(desk.shown_names()) == sorted(NAMES[k] for k in range(0, 12, 2))
    desk.search.insert("不存在")
    assert desk.shown_names() == [] and desk.nothing_found.isVisibleTo(desk)
    desk.search.clear()
    assert len(desk.shown_names()) == 12 and not desk.nothing_found.isVisibleTo(desk)
    assert desk.hint.text().startswith("双击一行")


def test_a_sort_keeps_the_selection(qtbot, isolated_data):
    seed(isolated_data, 12, TODAY)
    desk = make_desk(qtbot, isolated_data)
    desk.view.selectRow(row_of(desk, NAMES[4]))
    desk.view.sortByColumn(COLUMNS.index("last_visit"), Qt.SortOrder.AscendingOrder)
    assert [desk.profiles[i].name for i in desk.selected_ids()] == [NAMES[4]]


# --- opening an employer and coming back ------------------------------------------------------------
def test_a_wizard_never_shown_can_switch_to_another_employer(qtbot, isolated_data):
    """The desk opens first, the wizard stays hidden until an employer is opened: switching
    then once looped for ever (QWizard had no page yet, so Next did nothing)."""
    made = seed(isolated_data, 3, TODAY)
    store = ProfileStore(isolated_data)
    opened = store.open()
    wizard = GuideWizard(Session(load_content(), store, opened.profile, lambda: TODAY))
    qtbot.addWidget(wizard)
    other = next(p for p in opened.profiles if p.id == made[1].id)
    wizard.session.switch_to(other)
    wizard.resume()
    assert wizard.current_key() == "q:trust_level_l2"


def double_click(qtbot, desk: DeskWindow, name: str) -> None:
    index = desk.proxy.index(row_of(desk, name), 1)
    rect = desk.view.visualRect(index)
    qtbot.mouseClick(desk.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(desk.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_double_click_or_enter_opens_where_they_left_off_and_closing_comes_back(qtbot, isolated_data):
    made = seed(isolated_data, 12, TODAY)
    made[1].progress.updated_at = datetime(2026, 1, 5, 9, 30, tzinfo=UTC)  # long ago
    assert ProfileStore(isolated_data).save(made[1], touch=False)
    desk = make_desk(qtbot, isolated_data)
    wizard = desk.wizard
    double_click(qtbot, desk, NAMES[3])
    assert wizard.isVisible() and not desk.isVisible()
    assert wizard.session.profile.id == made[3].id and wizard.current_key() == "step:R6"
    wizard.close()  # 保存并退出
    assert desk.isVisible() and not wizard.isVisible()
    visit = COLUMNS.index("last_visit")
    before = shown_cells(desk)[row_of(desk, NAMES[1])][visit]
    with qtbot.waitActive(desk):  # a key goes to the window in front
        desk.activateWindow()
    desk.view.setFocus()
    desk.view.setCurrentIndex(desk.proxy.index(row_of(desk, NAMES[1]), 0))
    qtbot.keyClick(desk.view, Qt.Key.Key_Return)
    assert wizard.isVisible() and wizard.current_key() == "q:trust_level_l2"
    assert wizard.session.profile.id == made[1].id
    click(qtbot, wizard.currentPage().buttons["no"])  # a change, saved at once
    wizard.close()
    assert desk.isVisible()
    assert shown_cells(desk)[row_of(desk, NAMES[1])][visit] != before  # the desk is up to date
    # a new employer starts at the first question, not on the welcome page
    desk.view.setCurrentIndex(desk.proxy.index(row_of(desk, NAMES[2]), 0))
    click(qtbot, desk.open_button)
    assert wizard.current_key() == "q:legal_person_account"


def test_the_welcome_page_offers_the_way_back_to_the_desk(qtbot, isolated_data):
    made = seed(isolated_data, 12, TODAY)
    desk = make_desk(qtbot, isolated_data)
    wizard = desk.wizard
    assert desk.open_employer(made[0].id)
    wizard.walk_to(WELCOME)
    plist = wizard.welcome.profile_list
    assert list(plist.cards) == [made[0].id]  # only the employer being helped, not twelve cards
    assert plist.search.isHidden()
    click(qtbot, plist.back_to_desk)
    assert desk.isVisible() and not wizard.isVisible()


def test_a_damaged_file_is_named_and_every_other_employer_listed(qtbot, isolated_data):
    seed(isolated_data, 3, TODAY)
    (isolated_data / "profiles" / "badbadbadbad.json").write_bytes(b"\x00" * 100)
    desk = make_desk(qtbot, isolated_data)
    assert "“badbadbadbad.json”的文件已损坏" in desk.notice_box.text.text().replace(" ", "")
    assert desk.notice_box.isVisibleTo(desk) and desk.model.rowCount() == 3


def test_a_file_from_a_newer_program_is_listed_but_not_opened(qtbot, isolated_data):
    seed(isolated_data, 2, TODAY)
    newer = {"format": "wengang-wizard-profile", "schema_version": 99,
             "profile": {"name": "新版本的单位"}, "progress": {}}
    (isolated_data / "profiles" / "aaaaaaaaaaaa.json").write_text(json.dumps(newer), "utf-8")
    desk = make_desk(qtbot, isolated_data)
    assert "新版本的单位" in desk.shown_names()
    assert not desk.open_employer("aaaaaaaaaaaa")
    assert "请更新本程序" in desk.message.text.text() and not desk.wizard.isVisible()


# --- lists in ----------------------------------------------------------------------------------------
def write_csv(path: Path, rows: list[list[str]], encoding: str) -> Path:
    text = "\r\n".join(",".join(r) for r in rows) + "\r\n"
    path.write_bytes(text.encode(encoding))
    return path


LIST = [["单位名称", "统一社会信用代码", "联系人", "手机", "备注"],
        [NAMES[0], "", "张三", "13812345678", ""],  # same name as an employer: merged
        ["江门市新会区陈皮商行", BAD_CHECK, "", "1381234567", "周五来"],  # new, two warnings
        ["江门市新会区陈皮商行", "", "李四", "", ""],  # the same again in the file
        ["", "", "王五", "", ""]]  # no name: left out


@pytest.mark.parametrize("encoding", ["gb18030", "utf-8-sig"])
def test_an_import_is_previewed_and_written_only_when_confirmed(qtbot, isolated_data, tmp_path,
                                                                encoding):
    made = seed(isolated_data, 12, TODAY)
    desk = make_desk(qtbot, isolated_data)
    before = files_of(isolated_data)
    dialog = desk.preview_import(write_csv(tmp_path / "名单.csv", LIST, encoding))
    assert dialog is not None and dialog.isVisible()
    assert "会新建 1 家单位，补充 1 家已有单位的信息" in dialog.summary.text()
    assert "1 行要核对" in dialog.summary.text() and "1 行不导入" in dialog.summary.text()
    cells = [dict(zip(dialog.keys, r, strict=True)) for r in dialog.model.rows]
    outcomes = {r["line"]: r["outcome"] for r in cells}
    assert outcomes == {"2": "补充已有单位", "3": "新建", "4": "和第 3 行是同一家", "5": "不导入"}
    dialog.view.setCurrentIndex(dialog.proxy.index(0, 0))
    assert dialog.detail.text() == f"第 2 行：补充到“{NAMES[0]}”。"
    warnings = {r["line"]: r["issues"] for r in cells}
    assert "校验位" in warnings["3"] and "手机号码" in warnings["3"]
    assert "没有单位名称" in warnings["5"]
    dialog.only_flagged.setChecked(True)
    assert dialog.shown_lines() == [3, 5]
    assert files_of(isolated_data) == before  # nothing written by the preview
    dialog.accept()
    assert desk.model.rowCount() == 13
    again = {p.name: p for p in ProfileStore(isolated_data).scan().profiles}
    new = again["江门市新会区陈皮商行"]
    assert (new.meta.uscc, new.meta.note, new.progress.employer.operator_name) == (
        BAD_CHECK, "周五来", "李四")
    assert again[NAMES[0]].progress.employer.operator_mobile == "13812345678"
    assert again[NAMES[0]].progress.applied_on == made[0].progress.applied_on  # nothing else touched
    assert "新建 1 家单位，补充了 1 家单位的信息" in desk.message.text.text()


def test_what_to_check_is_seen_without_scrolling_sideways(qtbot, isolated_data, tmp_path):
    seed(isolated_data, 12, TODAY)
    desk = make_desk(qtbot, isolated_data)  # 1024 x 600, the smallest screen supported
    dialog = desk.preview_import(write_csv(tmp_path / "名单.csv", LIST, "utf-8"))
    qtbot.waitExposed(dialog)
    view, column = dialog.view, dialog.keys.index("issues")
    seen = view.viewport().width() - view.columnViewportPosition(column)
    assert seen >= view.fontMetrics().horizontalAdvance("单") * 12  # the start of every warning


def test_cancel_writes_nothing(qtbot, isolated_data, tmp_path):
    seed(isolated_data, 2, TODAY)
    desk = make_desk(qtbot, isolated_data)
    before = files_of(isolated_data)
    dialog = desk.preview_import(write_csv(tmp_path / "l.csv", LIST, "utf-8"))
    dialog.reject()
    assert files_of(isolated_data) == before and desk.model.rowCount() == 2


def test_an_xlsx_list_with_english_headers_is_read(qtbot, isolated_data, tmp_path):
    seed(isolated_data, 2, TODAY)
    desk = make_desk(qtbot, isolated_data)
    wb = Workbook()
    for row in (["Remarks", "Mobile", "Employer name", "Credit code"], ["x", "", "Acme Ltd", HUAWEI]):
        wb.active.append(row)
    wb.save(tmp_path / "list.xlsx")
    dialog = desk.preview_import(tmp_path / "list.xlsx")
    assert [[dict(zip(dialog.keys, r, strict=True))[k] for k in ("outcome", "name", "uscc")]
            for r in dialog.model.rows] == [["新建", "Acme Ltd", HUAWEI]]


def test_a_malformed_xlsx_is_refused_with_one_sentence(qtbot, isolated_data, tmp_path):
    seed(isolated_data, 2, TODAY)
    desk = make_desk(qtbot, isolated_data)
    before = files_of(isolated_data)
    bad = tmp_path / "名单.xlsx"
    bad.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    assert desk.preview_import(bad) is None
    said = desk.message.text.text()
    assert said == say_list(Message(Refusal.DAMAGED)) and desk.message.isVisibleTo(desk)
    assert said.count("。") == 1 and said.endswith("。")  # one sentence
    assert files_of(isolated_data) == before


# --- lists out ---------------------------------------------------------------------------------------
def read_back(path: Path) -> list[list]:
    sheet = load_workbook(path).active
    return [list(r) for r in sheet.iter_rows(values_only=True)]


def as_shown(value) -> str:
    return "" if value is None else str(value)


def test_the_export_reads_back_equal_to_the_table(qtbot, isolated_data, tmp_path):
    seed(isolated_data, 12, TODAY)
    desk = make_desk(qtbot, isolated_data)
    desk.state_box.setCurrentIndex(desk.state_box.findData("waiting"))
    desk.view.sortByColumn(COLUMNS.index("days"), Qt.SortOrder.DescendingOrder)
    assert desk.export_to(tmp_path / "out.xlsx")
    rows = read_back(tmp_path / "out.xlsx")
    assert rows[0][0] == "导出日期" and rows[0][1].date() == TODAY
    assert rows[2] == [headings()[c] for c in COLUMNS]  # the columns shown, no mobile
    assert [[as_shown(v) for v in r] for r in rows[3:]] == shown_cells(desk)
    assert isinstance(rows[3][COLUMNS.index("days")], int)  # a number Excel can sort
    # csv: UTF-8 with a BOM, the same table
    assert desk.export_to(tmp_path / "out.csv")
    raw = (tmp_path / "out.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert lines[0] == ["导出日期", TODAY.isoformat()]
    assert lines[1] == [headings()[c] for c in COLUMNS] and lines[2:] == shown_cells(desk)


def test_the_mobile_column_only_when_ticked(qtbot, isolated_data, tmp_path, monkeypatch):
    made = seed(isolated_data, 2, TODAY)
    made[0].progress.employer.operator_mobile = "13812345678"
    ProfileStore(isolated_data).save(made[0], touch=False)
    desk = make_desk(qtbot, isolated_data)
    target = tmp_path / "out.xlsx"
    monkeypatch.setattr("wizard.ui.desk.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), ""))

    def export(tick: bool) -> list[list]:
        def run(dialog):
            assert "需要保护的信息" in dialog.warning.text.text()
            dialog.mobile.setChecked(tick)
            return QDialog.DialogCode.Accepted

        monkeypatch.setattr(ExportChoice, "exec", run)
        click(qtbot, desk.export_button)
        return read_back(target)

    plain = export(False)
    assert headings()["operator_mobile"] not in plain[2]
    assert "13812345678" not in {v for row in plain for v in row}
    with_mobile = export(True)
    assert with_mobile[2][-1] == headings()["operator_mobile"]
    assert "13812345678" in [row[-1] for row in with_mobile[3:]]


def test_the_export_dialog_says_the_file_holds_personal_data(qtbot):
    dialog = ExportChoice(12)
    qtbot.addWidget(dialog)
    assert "12 家单位" in dialog.intro.text()
    assert "需要保护的信息" in dialog.warning.text.text() and "手机" not in dialog.warning.text.text()
    dialog.mobile.setChecked(True)
    assert "手机号码" in dialog.warning.text.text()
    assert dialog.suffix == ".xlsx"
    dialog.csv.setChecked(True)
    assert dialog.suffix == ".csv"


# --- the batch PDF -----------------------------------------------------------------------------------
@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils (pdftotext) is installed by .ci/run")
def test_the_batch_pdf_names_every_selected_employer(qtbot, isolated_data, tmp_path, monkeypatch):
    seed(isolated_data, 12, TODAY)
    desk = make_desk(qtbot, isolated_data)
    chosen = [NAMES[0], NAMES[1], NAMES[2], NAMES[7]]
    selection = desk.view.selectionModel()
    selection.clear()  # the first row is selected when the desk opens
    for name in chosen:
        selection.select(desk.proxy.index(row_of(desk, name), 0),
                         selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
    target = tmp_path / "all.pdf"
    monkeypatch.setattr("wizard.ui.desk.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), ""))
    click(qtbot, desk.pdf_button)
    text = subprocess.run(["pdftotext", "-layout", str(target), "-"], capture_output=True,
                          text=True, check=True).stdout
    for name in chosen:
        assert name in text.replace(" ", ""), name
    for name in set(NAMES) - set(chosen):
        assert name not in text.replace(" ", "")
    assert text.count("第 1 页") == len(chosen)  # one page group per employer
    assert "已把 4 家单位的总结存成一个 PDF" in desk.message.text.text()


def test_pdf_without_a_selection_says_what_to_do(qtbot, isolated_data):
    seed(isolated_data, 2, TODAY)
    desk = make_desk(qtbot, isolated_data)
    desk.view.clearSelection()
    click(qtbot, desk.pdf_button)
    assert "请先在表格里选中" in desk.message.text.text()


# --- where the desk never appears --------------------------------------------------------------------
def test_no_desk_with_one_employer(qtbot, isolated_data):
    seed(isolated_data, 1, TODAY)
    store = ProfileStore(isolated_data)
    opened = store.open()
    wizard = GuideWizard(Session(load_content(), store, opened.profile))
    qtbot.addWidget(wizard)
    assert open_desk(wizard, opened) is None


def start_program(tmp_path, monkeypatch, capsys, admin: dict) -> str:
    from wizard import app

    monkeypatch.setenv(app.FIRST_PAINT_ENV, "1")  # quit after the first painted window
    monkeypatch.setenv("WENGANG_LANG", "zh_CN")
    settings = tmp_path / "admin.json"
    settings.write_text(json.dumps(admin), "utf-8")
    monkeypatch.setattr("wizard.store.admin.admin_settings_path", lambda: settings)
    earlier = {id(w) for w in QApplication.topLevelWidgets() if isinstance(w, DeskWindow)}
    try:
        assert app.run(data_dir=str(tmp_path / "data")) == 0
        desks = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, DeskWindow) and id(w) not in earlier]
    finally:
        for window in QApplication.topLevelWidgets():
            window.close()
    line = next(x for x in capsys.readouterr().out.splitlines() if x.startswith("WENGANG_FIRST_PAINT"))
    return line.split()[2] + (" with a desk" if desks else "")


def test_the_program_opens_onto_the_desk_from_two_employers(tmp_path, monkeypatch, capsys):
    seed(tmp_path / "data", 1, TODAY)
    assert start_program(tmp_path, monkeypatch, capsys, {}) == "welcome"
    seed(tmp_path / "data", 2, TODAY)
    assert start_program(tmp_path, monkeypatch, capsys, {}) == "desk with a desk"


def test_never_a_desk_in_kiosk_mode(tmp_path, monkeypatch, capsys):
    seed(tmp_path / "data", 12, TODAY)
    shown = start_program(tmp_path, monkeypatch, capsys, {"kiosk": True})
    assert shown == "welcome"


def test_open_desk_refuses_a_kiosk_wizard(qtbot):
    from wizard.store.admin import AdminSettings
    from wizard.ui.kiosk import start_kiosk

    wizard = start_kiosk(load_content(), AdminSettings(kiosk=True), "zh_CN")
    qtbot.addWidget(wizard, before_close_func=lambda w: setattr(w.kiosk, "may_close", True))

    opened = Opened(wizard.session.profile, [Profile(f"p{n}", ProfileMeta(name=f"甲{n}")) for n in range(3)])
    assert open_desk(wizard, opened) is None


def test_a_double_click_opens_the_employer_once(qtbot, isolated_data, monkeypatch):
    """A double-click also activates the row (Qt sends both): the employer is opened once."""
    seed(isolated_data, 3, TODAY)
    desk = make_desk(qtbot, isolated_data)
    opened = []
    real = desk.open_employer
    monkeypatch.setattr(desk, "open_employer", lambda pid: opened.append(pid) or real(pid))
    view = desk.view
    rect = view.visualRect(desk.proxy.index(0, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # as a mouse
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # does
    assert len(opened) == 1, opened
