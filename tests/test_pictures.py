"""Step pictures: every step has a drawing, drawn by the program from its description and the
catalogue's label spellings; real screenshots from the override folder replace it and fall back
safely; the viewer zooms."""

from __future__ import annotations

import copy
import dataclasses
import json
import logging
import os
import shutil
import xml.etree.ElementTree as ET
from datetime import date

import pytest
from PySide6.QtCore import QByteArray, QPoint, QPointF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QWheelEvent
from PySide6.QtSvg import QSvgRenderer

from wizard.catalogue import catalogue
from wizard.content import drawings as gen
from wizard.content.pictures import MAX_OVERRIDE_BYTES, Picture, resolve_picture
from wizard.files import read_json
from wizard.paths import content_root
from wizard.store.admin import (
    AdminSettings,
    choose_screenshots_dir,
    load_admin_settings,
)
from wizard.validation import validate

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def spec():
    return read_json(content_root() / gen.SCHEMATICS_FILE)


def draw(data, cat=None):
    """(drawings, problems) of parsed schematics.json, as the content check draws them."""
    problems: list[str] = []

    def checked(tp, d):
        try:
            return validate(tp, d)
        except ValueError as exc:
            problems.append(str(exc))
            return None

    drawings, found = gen.draw_all(data, cat or catalogue(), checked)
    return drawings, problems + found


def problems(data, cat=None) -> list[str]:
    return draw(data, cat)[1]


@pytest.fixture(autouse=True)
def fresh_pictures():
    from wizard.ui.picture import configure_pictures

    configure_pictures(None)
    yield
    configure_pictures(None)


def png(path, size=(64, 40), color="#3366cc"):
    image = QImage(*size, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    assert image.save(str(path))
    return path


def drawing_of(content, step_id: str) -> Picture:
    return Picture(step_id, drawing=content.drawings[step_id])


# --- the drawings -----------------------------------------------------------------------------
def test_every_step_names_its_drawing_in_every_language(content):
    from wizard.content import load_content

    for language in catalogue().language_codes:
        c = load_content(None, language)
        for step_id in catalogue().step_ids:
            assert c.steps[step_id].illustration == step_id
            assert c.drawings[step_id] == content.drawings[step_id]  # the portal is Chinese
            assert c.steps[step_id].illustration_alt.strip()


def test_every_drawing_renders(qapp, content):
    for step_id in catalogue().step_ids:
        renderer = QSvgRenderer(QByteArray(content.drawings[step_id].encode("utf-8")))
        assert renderer.isValid(), step_id
        assert renderer.defaultSize().width() == 680
        image = QImage(renderer.defaultSize(), QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        reds = sum(1 for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)
                   if image.pixelColor(x, y).name() == gen.RED)
        assert reds > 50, f"{step_id}: no red highlight drawn"


def test_the_descriptions_have_no_problems(spec):
    drawings, found = draw(spec)
    assert found == [] and sorted(drawings) == sorted(catalogue().step_ids)


def test_respelling_a_label_in_the_catalogue_respells_every_drawing_of_it(spec):
    """The one line of catalogue.json is all it takes: no drawing file to regenerate."""
    cat = catalogue()
    label = cat.labels["provincial_identity"]
    respelled = dataclasses.replace(cat, labels={**cat.labels, "provincial_identity":
                                                 dataclasses.replace(label, portal="省统一认证")})
    before, _ = draw(spec)
    after, found = draw(spec, respelled)
    assert found == []
    changed = sorted(name for name in before if before[name] != after[name])
    assert "S3" in changed and all(">省统一认证<" in after[name] for name in changed)
    assert all(f">{label.portal}<" in before[name] for name in changed)


def test_generator_is_deterministic(spec):
    assert draw(spec)[0] == draw(copy.deepcopy(spec))[0]


def test_a_label_that_does_not_fit_is_reported(spec):
    cat = catalogue()
    label = cat.labels["subsidy_confirmation"]
    long = dataclasses.replace(cat, labels={**cat.labels, "subsidy_confirmation": dataclasses.replace(
        label, portal="失业保险稳岗补贴信息确认（这是一段很长很长的新名字）")})
    assert any("放不下" in p for p in problems(spec, long))


def test_descriptions_cover_every_step_and_numbers_match_instructions(spec, content):
    assert sorted(spec["steps"]) == sorted(catalogue().step_ids)
    for step_id, s in spec["steps"].items():
        count = len(content.steps[step_id].instructions)
        numbers = [h["n"] for h in s["highlights"]]
        assert numbers, step_id
        assert all(1 <= n <= count for n in numbers), f"{step_id}: {numbers} vs {count}"


def test_drawings_use_the_portal_words(content):
    """Each drawing shows the labels its step's instructions name, as the catalogue spells them."""
    words = {
        "S1": ["legal_person_login", "wechat_scan", "bank_certificate", "ca_certificate",
               "account_password", "register_now"],
        "S2": ["account_management", "identity_verification"],
        "S3": ["unit_login", "provincial_identity", "legal_person_login", "wechat_scan"],
        "R2": ["unit_registration", "unit_staff_info", "unit_info"],
        "R3": ["account_admin", "sub_account_info"],
        "R4": ["account_admin", "parent_account_info"],
        "R5": ["real_name_auth", "apply_unit_auth_code", "auth_code_real_name"],
        "R6": ["real_name_auth", "auth_code_real_name"],
        "R7": ["personal_login", "login_for_selected_unit"],
        "C2": [("online_services", "social_security", "unemployment_insurance")],
        "C3": ["subsidy_confirmation"],
        "C4": ["unit_handling"],
        "C5": ["submit"],
    }
    labels = catalogue().labels
    for step_id, expected in words.items():
        svg = content.drawings[step_id]
        for ids in expected:
            shown = gen.PATH_SEPARATOR.join(labels[i].portal for i in (ids if isinstance(ids, tuple)
                                                                        else (ids,)))
            assert f">{shown}<" in svg, f"{step_id}: {shown}"


def test_drawings_write_only_the_guides_labels(content):
    """Words in a drawing are the guide's portal labels, site names and addresses; anything else
    on the page is a grey placeholder, never an invented word."""
    for step_id in catalogue().step_ids:
        root = ET.fromstring(content.drawings[step_id])
        words = [t.text for t in root.iter(f"{SVG}text")]
        assert not [w for w in words if "【" in w or "】" in w], step_id
        for invented in ("新增", "通过", "上传材料", "提交申请", "参保人数", "返还金额", "跳转", "登录"):
            assert invented not in words, f"{step_id}: {invented}"


@pytest.mark.parametrize("kind, label, why", [
    ("button", "新增", "门户标签"), ("text", "参保人数", "门户标签"), ("tab", "个人中心", "门户标签"),
    ("menu", "首页", "门户标签"), ("header", "某某网", "门户标签"), ("page", "某某网页", "网址"),
    ("text", "【online_services】 → 首页", "门户标签"), ("button", "【no_such_label】", "no_such_label"),
    ("button", "单位登录", "门户标签"),  # the spelling itself, not the label's id: not followed
    ("arrow", "跳转", "箭头"),
])
def test_an_invented_word_in_a_drawing_is_reported(spec, kind, label, why):
    changed = copy.deepcopy(spec)
    changed["steps"]["R3"]["elements"].append(
        {"kind": kind, "x": 10, "y": 40, "w": 200, "h": 30, "label": label})
    found = problems(changed)
    assert any(label in p and why in p for p in found), found


@pytest.mark.parametrize("element", [
    {"kind": "button", "x": "left", "y": 0, "w": 10, "h": 10},
    {"kind": "sparkle", "x": 0, "y": 0, "w": 10, "h": 10},
    {"kind": "box", "x": 0, "y": 0, "w": 10, "h": 10, "fill": '"/><image href="file:///etc"'},
    {"kind": "box", "x": 0, "y": 0, "w": 10, "h": 10, "fill": "#zzzzzz"},
    {"kind": "box", "x": 0, "y": 0, "w": 10, "h": 10, "onload": "x"},
])
def test_a_malformed_element_is_a_problem_not_a_crash_or_markup(spec, element):
    changed = copy.deepcopy(spec)
    changed["steps"]["R3"]["elements"].append(element)
    drawings, found = draw(changed)
    assert found and "R3" not in drawings


def test_a_broken_schematics_file_fails_the_content_check_in_words(tmp_path):
    from wizard.content.validate import check_root

    root = tmp_path / "content"
    shutil.copytree(content_root(), root)
    data = json.loads((root / gen.SCHEMATICS_FILE).read_text("utf-8"))
    data["steps"]["C3"]["highlights"][0]["el"] = "no-such-element"
    del data["steps"]["C5"]
    (root / gen.SCHEMATICS_FILE).write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    found = check_root(root).problems
    assert any("schematics.json" in p and "no-such-element" in p for p in found), found
    assert any("steps/C5.json" in p and "C5" in p for p in found), found
    (root / gen.SCHEMATICS_FILE).unlink()
    assert any(p.startswith("schematics.json") for p in check_root(root).problems)


def test_svg_text_uses_simplified_chinese_fonts_and_says_schematic(content):
    for step_id in catalogue().step_ids:
        root = ET.fromstring(content.drawings[step_id])
        texts = list(root.iter(f"{SVG}text"))
        assert texts
        assert {t.get("font-family") for t in texts} == {gen.FONT}
        assert "示意图" in [t.text for t in texts]


# --- which picture: override folder and its fallbacks -----------------------------------------
def test_no_override_folder_gives_the_drawing(content):
    pic = resolve_picture("S3", content.drawings["S3"], None)
    assert pic.drawing == content.drawings["S3"] and pic.is_drawing and pic.path is None


def test_override_replaces_the_drawing(qapp, tmp_path, content):
    from wizard.ui.picture import image_loads

    png(tmp_path / "S3.png")
    pic = resolve_picture("S3", content.drawings["S3"], tmp_path, image_loads)
    assert pic.is_override and pic.path == tmp_path / "S3.png"
    assert pic.file_date == date.today()
    assert resolve_picture("C2", content.drawings["C2"], tmp_path, image_loads).is_drawing


def test_override_jpeg_and_any_case(qapp, tmp_path):
    from wizard.ui.picture import image_loads

    png(tmp_path / "c4.JPG")
    pic = resolve_picture("C4", "<svg/>", tmp_path, image_loads)
    assert pic.is_override


@pytest.mark.parametrize("damage", ["missing_folder", "corrupt", "truncated", "empty", "oversize"])
def test_bad_override_falls_back_to_the_drawing_and_is_logged(qapp, tmp_path, caplog, damage, content):
    from wizard.ui.picture import image_loads

    folder = tmp_path / "shots"
    folder.mkdir()
    target = folder / "S3.png"
    if damage == "missing_folder":
        folder = tmp_path / "nowhere"
    elif damage == "corrupt":
        target.write_bytes(b"this is not a picture at all" * 10)
    elif damage == "truncated":
        good = png(tmp_path / "good.png", (400, 300)).read_bytes()
        target.write_bytes(good[: len(good) // 3])
    elif damage == "empty":
        target.write_bytes(b"")
    elif damage == "oversize":
        png(target)
        with open(target, "r+b") as f:
            f.truncate(MAX_OVERRIDE_BYTES + 1)
    with caplog.at_level(logging.INFO):
        pic = resolve_picture("S3", content.drawings["S3"], folder, image_loads)
    assert pic.is_drawing and pic.drawing == content.drawings["S3"]
    assert caplog.records, "the fallback must be logged"


# --- the picture on the page -------------------------------------------------------------------
def test_picture_widget_is_lazy_captioned_and_described(qtbot, content):
    from wizard.ui.picture import StepPicture

    step = content.steps["S3"]
    pic = StepPicture("S3", step.title, content.drawings["S3"], step.illustration_alt)
    qtbot.addWidget(pic)
    assert not pic.loaded  # nothing read until shown
    pic.show()
    qtbot.waitExposed(pic)
    assert pic.loaded
    assert pic.caption.text().startswith("示意图")
    assert pic.button.accessibleName().startswith(f"示意图：{step.title}")
    desc = pic.button.accessibleDescription()
    assert desc.startswith("示意图：") and "【单位登录】" in desc
    assert pic.button.focusPolicy() == Qt.FocusPolicy.StrongFocus


def test_picture_widget_shows_real_screenshot_with_its_date(qtbot, tmp_path, content):
    from wizard.ui.picture import StepPicture, configure_pictures

    png(tmp_path / "R3.png", (1200, 700))
    stamp = 1_700_000_000  # 2023-11-14
    os.utime(tmp_path / "R3.png", (stamp, stamp))
    configure_pictures(tmp_path)
    pic = StepPicture("R3", "用单位账号发起绑定申请", content.drawings["R3"])
    qtbot.addWidget(pic)
    pic.ensure_loaded()
    day = date.fromtimestamp(stamp).isoformat()
    assert pic.picture.is_override
    assert f"实际截图 · 文件日期 {day}" in pic.caption.text()
    assert pic.button.accessibleDescription().startswith("实际截图")
    # a wide screenshot is shown at the text column's width at most
    assert pic.button.display_size(2000).width() <= 680


def test_picture_widget_falls_back_on_a_broken_screenshot(qtbot, tmp_path, content):
    from wizard.ui.picture import StepPicture, configure_pictures

    (tmp_path / "C4.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 100)
    configure_pictures(tmp_path)
    pic = StepPicture("C4", "核对单位的返还信息", content.drawings["C4"])
    qtbot.addWidget(pic)
    pic.ensure_loaded()
    assert pic.picture.is_drawing and pic.caption.text().startswith("示意图")


def test_drawings_render_crisp_and_are_cached(qapp, content):
    from wizard.ui.picture import render

    drawing = drawing_of(content, "S3")
    one = render(drawing, QSize(680, 330), 2.0)
    assert (one.width(), one.height()) == (1360, 660)
    assert one.devicePixelRatio() == 2.0
    assert render(drawing_of(content, "S3"), QSize(680, 330), 2.0).cacheKey() == one.cacheKey()
    assert render(drawing, QSize(680, 330), 1.5).width() == 1020
    assert render(drawing_of(content, "S1"), QSize(680, 330), 2.0).cacheKey() != one.cacheKey()


def test_every_step_page_shows_its_picture(qtbot, isolated_data):
    from tests.ui_helpers import make_wizard
    from wizard.ui.step_page import StepPage

    wizard = make_wizard(qtbot, isolated_data)
    for step_id in catalogue().step_ids:
        page = wizard.page_for(f"step:{step_id}")
        assert isinstance(page, StepPage)
        page.rebuild()
        page.picture.ensure_loaded()
        assert page.picture.picture.drawing == wizard.session.content.drawings[step_id]
        # the picture comes right after the numbered instructions
        index = page.content.indexOf(page.picture)
        instructions = page.content.itemAt(index - 1).widget().accessibleName().splitlines()
        count = len(wizard.session.content.steps[step_id].instructions)
        assert index > 0 and instructions[-count].startswith("1. ")
        assert instructions[-1].startswith(f"{count}. ")


# --- the viewer ----------------------------------------------------------------------------------
def test_enter_opens_viewer_which_zooms_and_closes_with_esc(qtbot, content):
    from wizard.ui.picture import StepPicture

    pic = StepPicture("C4", "核对单位的返还信息", content.drawings["C4"])
    qtbot.addWidget(pic)
    pic.show()
    qtbot.waitExposed(pic)
    pic.button.setFocus()
    qtbot.keyClick(pic.button, Qt.Key.Key_Return)
    viewer = pic.viewer
    assert viewer is not None and viewer.isVisible()
    qtbot.waitExposed(viewer)
    assert viewer.fitting
    fitted = viewer.area.view.size()
    assert fitted.width() <= viewer.area.viewport().width()
    assert fitted.height() <= viewer.area.viewport().height()
    qtbot.mouseClick(viewer.actual_button, Qt.MouseButton.LeftButton)
    assert viewer.zoom == 1.0 and viewer.area.view.width() == 680
    qtbot.mouseClick(viewer.double_button, Qt.MouseButton.LeftButton)
    assert viewer.zoom == 2.0 and viewer.area.view.width() == 1360
    assert viewer.zoom_label.text() == "200%"
    wheel = QWheelEvent(QPointF(50, 50), QPointF(50, 50), QPoint(0, 0), QPoint(0, -120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    viewer.area.wheelEvent(wheel)
    assert viewer.zoom == pytest.approx(1.6)
    bar = viewer.area.horizontalScrollBar()
    bar.setValue(100)
    viewer.area.pan(QPoint(-40, 0))  # dragging left moves the picture left
    assert bar.value() == 140
    qtbot.mouseClick(viewer.fit_button, Qt.MouseButton.LeftButton)
    assert viewer.fitting
    qtbot.keyClick(viewer, Qt.Key.Key_Escape)
    assert not viewer.isVisible()


def test_clicking_the_picture_opens_the_viewer(qtbot, content):
    from wizard.ui.picture import StepPicture

    pic = StepPicture("S1", "注册单位的法人账号", content.drawings["S1"])
    qtbot.addWidget(pic)
    pic.show()
    qtbot.waitExposed(pic)
    qtbot.mouseClick(pic.button, Qt.MouseButton.LeftButton)
    assert pic.viewer.isVisible()
    assert pic.viewer.windowTitle() == "示意图：注册单位的法人账号"
    pic.viewer.reject()


# --- admin settings and the command line -------------------------------------------------------
def test_admin_settings_tolerant(tmp_path, caplog):
    assert load_admin_settings(tmp_path / "none.json") == AdminSettings()
    bad = tmp_path / "bad.json"
    bad.write_text("{ not json", encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        assert load_admin_settings(bad).screenshots_dir is None  # and the kiosk fails closed
    assert caplog.records
    good = tmp_path / "admin.json"
    good.write_text(json.dumps({"schema_version": 1, "screenshots_dir": "D:/截图",
                                "kiosk": True}), encoding="utf-8")
    assert load_admin_settings(good).screenshots_dir == "D:/截图"


def test_command_line_wins_over_admin_file(tmp_path):
    settings = AdminSettings(screenshots_dir=str(tmp_path / "admin"))
    assert choose_screenshots_dir(None, settings) == tmp_path / "admin"
    assert choose_screenshots_dir(str(tmp_path / "cli"), settings) == tmp_path / "cli"
    assert choose_screenshots_dir(None, AdminSettings()) is None


def test_screenshots_option_is_threaded_to_the_pictures(tmp_path, monkeypatch):
    from wizard import app
    from wizard.__main__ import build_parser
    from wizard.ui import picture

    assert build_parser().parse_args(["--screenshots", str(tmp_path)]).screenshots == str(tmp_path)
    admin = tmp_path / "admin.json"
    admin.write_text(json.dumps({"screenshots_dir": str(tmp_path / "from-file")}), "utf-8")
    monkeypatch.setattr("wizard.store.admin.admin_settings_path", lambda: admin)
    assert app.configure_screenshots(None) == tmp_path / "from-file"
    assert picture._Config.screenshots_dir == tmp_path / "from-file"
    assert app.configure_screenshots(str(tmp_path / "cli")) == tmp_path / "cli"
    assert picture._Config.screenshots_dir == tmp_path / "cli"
