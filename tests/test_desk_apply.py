"""Applying a confirmed list: new employers become profiles, merges fill blanks only, and one
file that cannot be written touches no other."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from wizard.desk import preview_list
from wizard.desk.apply import apply_preview
from wizard.store import ProfileStore

HUAWEI = "914403001922038216"
TENCENT = "9144030071526726XG"
HEADER = ["单位名称", "统一社会信用代码", "联系人", "手机", "备注"]


def xlsx(path: Path, rows: list[list]) -> Path:
    wb = Workbook()
    for row in [HEADER, *rows]:
        wb.active.append(row)
    wb.save(path)
    return path


def existing(store: ProfileStore) -> dict:
    return {p.id: p for p in store.scan().profiles}


def as_tuples(profiles: dict):
    return [(p.id, p.name, p.meta.uscc) for p in profiles.values()]


def test_new_employers_and_merges_are_written(tmp_path):
    store = ProfileStore(tmp_path / "data")
    kept = store.new_profile("广州市甲有限公司", HUAWEI, "老客户")
    kept.progress.employer.operator_name = "王五"
    blank = store.new_profile("乙 公司")
    for p in (kept, blank):
        assert store.save(p)
    before = {p.id: p.progress.updated_at for p in (kept, blank)}
    profiles = existing(store)
    preview = preview_list(xlsx(tmp_path / "l.xlsx", [
        ["甲公司（旧名）", HUAWEI, "张三", "13812345678", "新备注"],  # merge: only the mobile is new
        ["乙公司", TENCENT, "李四", "13900001111", "二楼"],  # merge: fills everything
        ["丙公司", "", "赵六", "13700002222", "周二来"],  # new
    ]), as_tuples(profiles))
    applied = apply_preview(store, preview, profiles)
    assert [p.name for p in applied.created] == ["丙公司"]
    assert {p.id for p in applied.merged} == {kept.id, blank.id}
    assert (applied.unchanged, applied.not_written, applied.read_only) == (0, 0, 0)
    again = existing(ProfileStore(tmp_path / "data"))  # what is on disk
    first = again[kept.id]
    assert (first.name, first.meta.uscc, first.meta.note) == ("广州市甲有限公司", HUAWEI, "老客户")
    assert first.progress.employer.operator_name == "王五"  # never overwritten
    assert first.progress.employer.operator_mobile == "13812345678"  # a blank, filled
    second = again[blank.id]
    assert (second.name, second.meta.uscc, second.meta.note) == ("乙 公司", TENCENT, "二楼")
    assert (second.progress.employer.operator_name, second.progress.employer.operator_mobile) == (
        "李四", "13900001111")
    for pid, when in before.items():  # a merge is not a visit
        assert again[pid].progress.updated_at == when
    [new] = [p for p in again.values() if p.name == "丙公司"]
    assert (new.meta.uscc, new.meta.note) == (None, "周二来")
    assert (new.progress.employer.operator_name, new.progress.employer.operator_mobile) == (
        "赵六", "13700002222")
    assert not new.progress.has_started()
    # the objects passed in are the ones changed (the open employer's next save keeps it)
    assert profiles[blank.id].meta.uscc == TENCENT


def test_a_code_in_the_details_is_not_added_twice(tmp_path):
    store = ProfileStore(tmp_path / "data")
    p = store.new_profile("甲公司")
    p.progress.employer.uscc = HUAWEI
    assert store.save(p)
    profiles = existing(store)
    preview = preview_list(xlsx(tmp_path / "l.xlsx", [["甲公司", "", "", "", ""]]),
                           [(p.id, p.name, p.meta.uscc or p.progress.employer.uscc)])
    applied = apply_preview(store, preview, profiles)
    assert applied.unchanged == 1 and applied.merged == ()
    assert existing(store)[p.id].meta.uscc is None


def test_one_file_that_cannot_be_written_touches_no_other(tmp_path, monkeypatch):
    store = ProfileStore(tmp_path / "data")
    a = store.new_profile("甲公司")
    assert store.save(a)
    profiles = existing(store)
    preview = preview_list(xlsx(tmp_path / "l.xlsx", [
        ["甲公司", "", "张三", "", ""], ["乙公司", "", "", "", ""], ["丙公司", "", "", "", ""]]),
        as_tuples(profiles))
    real_save = store.save

    def refuse_some(profile, touch=True):
        return False if profile.name in ("甲公司", "乙公司") else real_save(profile, touch)

    monkeypatch.setattr(store, "save", refuse_some)
    applied = apply_preview(store, preview, profiles)
    assert [p.name for p in applied.created] == ["丙公司"] and applied.merged == ()
    assert applied.not_written == 2
    assert profiles[a.id].progress.employer.operator_name is None  # memory is what the disk has
    on_disk = {p.name for p in existing(ProfileStore(tmp_path / "data")).values()}
    assert on_disk == {"甲公司", "丙公司"}


def test_a_file_from_a_newer_program_is_never_merged_into(tmp_path):
    store = ProfileStore(tmp_path / "data")
    a = store.new_profile("甲公司")
    assert store.save(a)
    profiles = existing(store)
    profiles[a.id].read_only = True
    preview = preview_list(xlsx(tmp_path / "l.xlsx", [["甲公司", "", "张三", "", ""]]),
                           as_tuples(profiles))
    applied = apply_preview(store, preview, profiles)
    assert applied.read_only == 1 and applied.merged == ()
    assert existing(store)[a.id].progress.employer.operator_name is None
