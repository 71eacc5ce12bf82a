"""admin.json fails closed (issue 14, items 2 and 11).

A file that exists but cannot be used starts the kiosk in its safest form — nothing saved, no
browser, no printing — and says so to staff, naming the file and the problem. A file Notepad
saved as "ANSI" (GBK) is read. Kiosk timeouts are clamped to sane ranges.
"""

from __future__ import annotations

import json
import os

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox

from tests.test_kiosk import PIN, make_kiosk, staff_keys
from tests.test_safe_read import finishes, put
from wizard.content import load_content
from wizard.store.admin import AdminSettings, load_admin_settings, read_admin_settings
from wizard.ui.kiosk import start_kiosk

posix_only = pytest.mark.skipif(os.name != "posix", reason="FIFOs and symlinks are POSIX")


def write(path, text: str, encoding: str = "utf-8") -> None:
    path.write_bytes(text.encode(encoding))


BROKEN = {
    "trailing-comma": ('{"kiosk": false, "allow_browser": true,}', "JSON 格式错误：第 1 行"),
    "duplicate-key": ('{"kiosk": true, "allow_browser": false, "kiosk": false}', "两个“kiosk”"),
    "single-quotes": ("{'kiosk': false}", "JSON 格式错误"),
    "not-an-object": ('["kiosk", false]', "最外层应该是一个对象"),
    "kiosk-not-a-boolean": ('{"kiosk": "off please"}', "“kiosk”的值不对"),
    "empty": ("", "JSON 格式错误"),
}


def assert_safest(read, path, words: str) -> None:
    s = read.settings
    assert s.kiosk and not s.allow_browser and not s.allow_print
    assert read.problem is not None
    text = read.problem.text()
    assert str(path) in text and words in text, text


@pytest.mark.parametrize("kind", BROKEN)
def test_a_file_that_cannot_be_used_starts_the_safest_kiosk(tmp_path, kind, caplog):
    path = tmp_path / "admin.json"
    text, words = BROKEN[kind]
    write(path, text)
    read = read_admin_settings(path)
    assert_safest(read, path, words)
    assert load_admin_settings(path).kiosk  # the old entry point fails closed too
    assert str(path) in caplog.text  # and the log says so


def test_a_file_that_cannot_be_decoded(tmp_path):
    path = tmp_path / "admin.json"
    path.write_bytes(b'{"kiosk": false, "language": "\xff\xff"}')  # neither UTF-8 nor GB18030
    assert_safest(read_admin_settings(path), path, "文字编码")


@pytest.mark.parametrize("kind", ["deep", "huge-number", pytest.param("fifo", marks=posix_only),
                                  "folder", pytest.param("device", marks=posix_only)])
def test_hostile_files_start_the_safest_kiosk_without_hanging(tmp_path, kind):
    path = tmp_path / "admin.json"
    put(kind, path)
    read = finishes(lambda: read_admin_settings(path))
    assert read.settings.kiosk and read.problem is not None and str(path) in read.problem.text()


def test_an_unreadable_file_starts_the_safest_kiosk(tmp_path, monkeypatch):
    path = tmp_path / "admin.json"
    write(path, '{"kiosk": false}')
    real_open = os.open

    def denied(p, *a, **k):  # the tests may run as root, for whom chmod 000 changes nothing
        if str(p) == str(path):
            raise PermissionError(13, "Permission denied", str(p))
        return real_open(p, *a, **k)

    monkeypatch.setattr(os, "open", denied)
    assert_safest(read_admin_settings(path), path, "Permission denied")


@pytest.mark.skipif(os.name != "posix", reason="symlinks")
def test_a_link_to_nowhere_is_not_a_missing_file(tmp_path):
    path = tmp_path / "admin.json"
    path.symlink_to(tmp_path / "gone.json")
    assert_safest(read_admin_settings(path), path, "无法读取")


def test_no_file_is_the_ordinary_desktop(tmp_path):
    read = read_admin_settings(tmp_path / "admin.json")
    assert read.problem is None and read.settings == AdminSettings()


def test_notepad_ansi_gbk_and_bom_files_are_read(tmp_path):
    path = tmp_path / "admin.json"
    doc = {"kiosk": True, "screenshots_dir": "D:\\截图\\稳岗", "allow_print": False}
    for encoding, prefix in (("gbk", b""), ("gb18030", b""), ("utf-8", b"\xef\xbb\xbf"),
                             ("utf-16", b"")):
        path.write_bytes(prefix + json.dumps(doc, ensure_ascii=False).encode(encoding))
        read = read_admin_settings(path)
        assert read.problem is None, (encoding, read.problem)
        assert read.settings.screenshots_dir == "D:\\截图\\稳岗" and read.settings.kiosk


def test_a_wrong_safety_value_keeps_the_valid_pin(tmp_path):
    from wizard.store.admin import hash_pin

    path = tmp_path / "admin.json"
    stored = hash_pin(PIN)
    write(path, json.dumps({"kiosk": "yes please", "pin_hash": stored, "font_scale": 1.5}))
    read = read_admin_settings(path)
    assert_safest(read, path, "“kiosk”的值不对")
    assert read.settings.pin_hash == stored and read.settings.font_scale == 1.5  # staff can leave


def test_a_wrong_ordinary_value_costs_only_that_key(tmp_path):
    path = tmp_path / "admin.json"
    write(path, json.dumps({"kiosk": False, "font_scale": 9}))
    read = read_admin_settings(path)
    assert read.problem is None and not read.settings.kiosk and read.settings.font_scale == 1.0


# --- item 11: kiosk timeouts -------------------------------------------------------------------
@pytest.mark.parametrize("given, idle, countdown", [
    ({"idle_timeout_seconds": 1, "countdown_seconds": 0.5}, 30, 5),
    ({"idle_timeout_seconds": 0, "countdown_seconds": -3}, 30, 5),
    ({"idle_timeout_seconds": 1e12, "countdown_seconds": 1e9}, 86_400, 600),
    ({"idle_timeout_seconds": 45, "countdown_seconds": 7}, 45, 7),
])
def test_kiosk_timeouts_are_clamped(tmp_path, given, idle, countdown):
    path = tmp_path / "admin.json"
    write(path, json.dumps({"kiosk": True, **given}))
    s = load_admin_settings(path)
    assert (s.idle_timeout_seconds, s.countdown_seconds) == (idle, countdown)
    assert AdminSettings(**given).idle_timeout_seconds == idle  # however it is made


# --- what staff see -------------------------------------------------------------------------------
def broken_admin(tmp_path, monkeypatch, text='{"kiosk": false,}'):
    path = tmp_path / "admin.json"
    write(path, text)
    monkeypatch.setattr("wizard.store.admin.admin_settings_path", lambda: path)
    return path


def test_the_program_starts_the_safest_kiosk_and_writes_nothing(tmp_path, monkeypatch):
    from wizard import app

    path = broken_admin(tmp_path, monkeypatch)
    started = []
    monkeypatch.setattr(app, "run_kiosk", lambda *a, **k: started.append((a, k)) or 0)
    monkeypatch.setenv("WENGANG_LANG", "zh_CN")
    assert app.run(data_dir=str(tmp_path / "data")) == 0
    [(args, kwargs)] = started
    settings = args[2]
    assert settings.kiosk and not settings.allow_browser and not settings.allow_print
    assert str(path) in kwargs["admin_problem"].text()
    assert not (tmp_path / "data").exists()  # no data folder, no lock, no log on disk


def test_staff_see_the_problem_at_start_and_on_the_exit_screen(qtbot, tmp_path):
    path = tmp_path / "admin.json"
    write(path, '{"kiosk": false, "allow_browser": true,}')
    read = read_admin_settings(path)
    wizard = start_kiosk(load_content(), read.settings, "zh_CN",
                         admin_problem=read.problem)
    qtbot.addWidget(wizard, before_close_func=lambda w: setattr(w.kiosk, "may_close", True))
    wizard.show()
    qtbot.waitExposed(wizard)
    notice = wizard.kiosk.admin_notice
    assert isinstance(notice, QMessageBox) and notice.isVisible()
    assert str(path) in notice.text() and "JSON 格式错误" in notice.text()
    assert "不保存" in notice.text()
    notice.accept()
    staff_keys(qtbot, wizard)
    dialog = wizard.kiosk.staff_dialog
    shown = "\n".join(w.text() for w in dialog.findChildren(QLabel) if w.isVisible())
    assert str(path) in shown and "JSON 格式错误" in shown
    assert not wizard.opener.allow_browser


def test_no_notice_when_the_file_is_fine(qtbot):
    wizard = make_kiosk(qtbot)
    assert wizard.kiosk.admin_notice is None
