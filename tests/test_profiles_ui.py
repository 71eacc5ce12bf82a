"""The employer list on the welcome page, switching, export/import, and the save warning."""

from __future__ import annotations

import errno
import json
import os
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from tests.ui_helpers import click, make_wizard, mouse_walk
from wizard.selftest import SCENARIOS
from wizard.store import ProfileStore, Progress

SHOTS = os.environ.get("WENGANG_PROFILE_SHOTS")  # a folder: save PNGs there to look at


def visible_text(widget) -> str:
    return "\n".join(w.text() for w in widget.findChildren(QLabel) if w.isVisibleTo(widget))


def waiting(applied: date) -> Progress:
    p = Progress(answers=dict(SCENARIOS["route-r"].answers))
    for s in ("R1", "R2", "R3", "R4", "R5"):
        p.set_status(s, "done", applied)
    p.applied_on = applied
    p.current_page = "step:R6"
    return p


NAMES = ["广州市越秀区好味道餐饮有限公司", "佛山市南海区示例五金制品厂", "深圳市福田区某某科技有限公司",
         "东莞市长安镇精密模具有限公司", "中山市小榄镇灯饰商行", "珠海市香洲区海风贸易有限公司",
         "江门市蓬江区家家乐超市", "惠州市惠城区顺达物流有限公司", "肇庆市端州区文具店",
         "汕头市龙湖区玩具有限公司", "湛江市赤坎区海鲜大排档", "韶关市浈江区五金交电商店"]


def seed(data: Path, n: int, today: date) -> list:
    store = ProfileStore(data)
    made = []
    for k in range(n):
        profile = store.new_profile(NAMES[k], "91440101MA5CKT8N0N" if k % 2 == 0 else None,
                                    "下周二再来" if k == 1 else None)
        if k % 3 == 0:
            profile.progress = waiting(today - timedelta(days=3 + k))
        elif k % 3 == 1:
            profile.progress.answers["legal_person_account"] = "yes"
            profile.progress.current_page = "q:trust_level_l2"
        assert store.save(profile)
        made.append(profile)
    return made


def shot(wizard, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        for _ in range(3):
            QApplication.processEvents()
        wizard.grab().save(str(Path(SHOTS) / f"{name}.png"))


def test_one_profile_simply_continues_with_a_link_for_another(qtbot, isolated_data):
    today = date(2026, 11, 23)
    seed(isolated_data, 1, today)
    wizard = make_wizard(qtbot, isolated_data, today=lambda: today)
    welcome = wizard.welcome
    shot(wizard, "profiles-1")
    assert welcome.profile_list is None and welcome.resume_button is not None
    assert welcome.other_unit_button.text() == "为另一家单位办理"
    click(qtbot, welcome.resume_button)
    assert wizard.current_key() == "step:R6"


def test_list_with_three_profiles_shows_route_progress_and_search(qtbot, isolated_data):
    today = date(2026, 11, 23)
    made = seed(isolated_data, 3, today)
    wizard = make_wizard(qtbot, isolated_data, today=lambda: today)
    plist = wizard.welcome.profile_list
    shot(wizard, "profiles-3")
    assert plist is not None and len(plist.cards) == 3
    card = plist.cards[made[0].id]
    assert "授权码实名 · 等待审核短信，已等待 3 天" in card.status.text()
    assert "人社统一认证" in card.status.text()
    assert "已完成 5/12 步" in visible_text(card)
    assert not wizard.button(wizard.WizardButton.NextButton).isEnabled()  # choose on the page
    plist.search.insert("佛山")  # typed (QTest cannot type Chinese)
    assert plist.visible_names() == [NAMES[1]]
    plist.search.clear()
    qtbot.keyClicks(plist.search, "91440101")  # by 统一社会信用代码
    assert sorted(plist.visible_names()) == sorted([NAMES[0], NAMES[2]])
    plist.search.insert("不存在")
    assert plist.visible_names() == [] and plist.nothing_found.isVisibleTo(plist)


def test_twelve_profiles_fit_and_scroll(qtbot, isolated_data):
    today = date(2026, 11, 23)
    seed(isolated_data, 12, today)
    wizard = make_wizard(qtbot, isolated_data, today=lambda: today)
    shot(wizard, "profiles-12")
    plist = wizard.welcome.profile_list
    assert len(plist.cards) == 12
    for card in plist.cards.values():  # nothing cut off sideways
        assert card.width() <= wizard.welcome.scroll.viewport().width()
    wizard.welcome.scroll.verticalScrollBar().setValue(600)
    shot(wizard, "profiles-12-scrolled")


def test_switch_continues_that_employer(qtbot, isolated_data):
    today = date(2026, 11, 23)
    made = seed(isolated_data, 3, today)
    wizard = make_wizard(qtbot, isolated_data, today=lambda: today)
    card = wizard.welcome.profile_list.cards[made[1].id]
    click(qtbot, card.continue_button)
    assert wizard.session.profile.id == made[1].id
    assert wizard.current_key() == "q:trust_level_l2"
    assert NAMES[1] in wizard.side.widget().findChild(QLabel, "journeyUnit").text()
    # Changes go to that employer's own file only.
    others = {p.id: ProfileStore(isolated_data).path_of(p.id).read_bytes() for p in made
              if p.id != made[1].id}
    click(qtbot, wizard.currentPage().buttons["no"])
    saved = json.loads(ProfileStore(isolated_data).path_of(made[1].id).read_text("utf-8"))
    assert saved["progress"]["answers"]["trust_level_l2"] == "no"
    for pid, data in others.items():
        assert ProfileStore(isolated_data).path_of(pid).read_bytes() == data


def test_create_rename_and_delete_with_confirmation(qtbot, isolated_data):
    today = date(2026, 11, 23)
    made = seed(isolated_data, 1, today)
    wizard = make_wizard(qtbot, isolated_data, today=lambda: today)
    click(qtbot, wizard.welcome.other_unit_button)
    plist = wizard.welcome.profile_list
    assert plist.create_form.isVisibleTo(plist)
    shot(wizard, "profiles-create")
    form = plist.create_form
    qtbot.keyClicks(form.uscc, "123")
    click(qtbot, form.ok)
    assert "单位名称" in form.error.text()  # the name first
    form.name.insert("新来的公司")
    click(qtbot, form.ok)
    assert "信用代码" in form.error.text()
    form.uscc.clear()
    click(qtbot, form.ok)
    assert wizard.current_key() == "q:legal_person_account"  # straight into the interview
    assert wizard.session.profile.name == "新来的公司"
    assert len(ProfileStore(isolated_data).scan().profiles) == 2

    wizard.restart()
    plist = wizard.welcome.profile_list
    target = made[0]
    with qtbot.waitActive(wizard):
        wizard.activateWindow()
    click(qtbot, plist.cards[target.id].rename_button)
    assert QApplication.focusWidget() is plist.rename_form.name  # typing goes to the name at once
    plist.rename_form.name.end(False)
    plist.rename_form.name.insert("（越秀店）")
    click(qtbot, plist.rename_form.ok)
    renamed = NAMES[0] + "（越秀店）"
    assert ProfileStore(isolated_data).load(target.id).name == renamed
    assert "已保存" in visible_text(wizard.welcome)

    plist = wizard.welcome.profile_list
    card = plist.cards[target.id]
    click(qtbot, card.delete_button)
    assert card.confirm_box.isVisibleTo(card)
    assert renamed in card.confirm_box.text.text() and renamed in card.confirm_delete.accessibleName()
    shot(wizard, "profiles-delete-confirm")
    assert ProfileStore(isolated_data).load(target.id) is not None  # nothing before confirming
    click(qtbot, card.confirm_delete)
    assert ProfileStore(isolated_data).load(target.id) is None
    assert [p.name for p in ProfileStore(isolated_data).scan().profiles] == ["新来的公司"]


def test_export_then_import_with_clash_through_the_page(qtbot, isolated_data, tmp_path,
                                                        monkeypatch):
    today = date(2026, 11, 23)
    made = seed(isolated_data, 2, today)
    wizard = make_wizard(qtbot, isolated_data, today=lambda: today)
    plist = wizard.welcome.profile_list
    exported = tmp_path / "usb" / "export.json"
    monkeypatch.setattr("wizard.ui.profiles.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(exported), ""))
    click(qtbot, plist.cards[made[0].id].export_button)
    assert exported.exists() and "已把" in plist.message.text.text()

    monkeypatch.setattr("wizard.ui.profiles.QFileDialog.getOpenFileName",
                        lambda *a, **k: (str(exported), ""))
    click(qtbot, plist.import_button)
    assert plist.clash_box.isVisibleTo(plist)  # asks; nothing written yet
    assert NAMES[0] in plist.clash_box.text.text()
    shot(wizard, "profiles-import-clash")
    assert len(ProfileStore(isolated_data).scan().profiles) == 2
    click(qtbot, plist.keep_both_button)
    names = {p.name for p in ProfileStore(isolated_data).scan().profiles}
    assert names == {NAMES[0], NAMES[1], NAMES[0] + "（2）"}

    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    plist = wizard.welcome.profile_list
    assert plist.import_from(bad) is False
    assert "无法导入“bad.json”" in plist.message.text.text()
    assert len(ProfileStore(isolated_data).scan().profiles) == 3


def test_damaged_profile_is_told_and_the_others_are_listed(qtbot, isolated_data):
    today = date(2026, 11, 23)
    seed(isolated_data, 3, today)
    bad = isolated_data / "profiles" / "badbadbadbad.json"
    bad.write_bytes(b"\x00" * 100)
    wizard = make_wizard(qtbot, isolated_data, today=lambda: today)
    text = visible_text(wizard.welcome)
    assert "“badbadbadbad.json”的文件已损坏" in text.replace(" ", "")
    assert len(wizard.welcome.profile_list.cards) == 3


def test_save_failure_warns_persistently_retries_and_recovers(qtbot, isolated_data,
                                                               monkeypatch):
    today = date(2026, 11, 23)
    made = seed(isolated_data, 1, today)
    before = ProfileStore(isolated_data).path_of(made[0].id).read_bytes()
    wizard = make_wizard(qtbot, isolated_data, today=lambda: today)

    def full(*_a, **_k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("wizard.store.profiles.write_atomic", full)
    click(qtbot, wizard.welcome.resume_button)
    page = wizard.currentPage()
    page.tick()  # a change: its save fails
    warning = wizard.side.save_warning
    assert warning.isVisibleTo(wizard) and "无法保存" in warning.text()
    assert wizard.session.retry_timer.isActive()
    shot(wizard, "save-warning")
    wizard.next()  # still visible on the next page
    assert wizard.side.save_warning.isVisibleTo(wizard)
    assert ProfileStore(isolated_data).path_of(made[0].id).read_bytes() == before  # unharmed
    monkeypatch.undo()  # the disk has room again
    wizard.session.retry_timer.timeout.emit()  # what the timer does every 10 s
    assert not wizard.session.retry_timer.isActive()
    assert not wizard.side.save_warning.isVisibleTo(wizard)
    saved = ProfileStore(isolated_data).load(made[0].id).progress
    assert saved.status("R6") == "done"


@pytest.mark.parametrize("count", [0, 1])
def test_walk_still_works_with_the_profile_store(qtbot, isolated_data, count):
    seed(isolated_data, count, date.today())
    wizard = make_wizard(qtbot, isolated_data)
    if count:
        wizard.session.reset()
    keys = mouse_walk(qtbot, wizard, SCENARIOS["route-s-init"].answers)
    assert keys[-1] == "summary"
