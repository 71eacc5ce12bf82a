"""Kiosk mode: nothing of a visitor outlives the visit, and nobody leaves without the PIN."""

from __future__ import annotations

import dataclasses
import json
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication, QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWizard

from tests.ui_helpers import click, click_next, keyboard_walk, mouse_walk
from wizard.__main__ import main
from wizard.app import ensure_app
from wizard.content import load_content
from wizard.selftest import SCENARIOS
from wizard.store.admin import AdminSettings, hash_pin, load_admin_settings, verify_pin
from wizard.ui.kiosk import STAFF_EXIT_KEYS, CountdownDialog, start_kiosk
from wizard.ui.widgets import LinkRow

UNIT = "测试访客单位XYZ"
USCC = "91440101MA59XXXX0X"  # checked loosely: kept as typed when it looks like a code
MOBILE = "13912345678"
PIN = "2468"


@pytest.fixture
def private_dirs(tmp_path, monkeypatch):
    """Every folder the program could write to (temp, cache, config, home) inside tmp_path,
    so the scan below sees all of it."""
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(tmp))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    for var in ("HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        folder = tmp_path / var.lower()
        folder.mkdir()
        monkeypatch.setenv(var, str(folder))
    return tmp_path


def make_kiosk(qtbot, **settings):
    ensure_app()
    admin = AdminSettings(kiosk=True, **settings)
    wizard = start_kiosk(load_content(), admin, "zh_CN")

    def let_go(w):  # the test is over: let the fixture close it
        w.kiosk.may_close = True

    qtbot.addWidget(wizard, before_close_func=let_go)
    wizard.resize(1024, 600)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def visit(qtbot, wizard, stop_at: str = "step:R6") -> None:
    """A visitor answers, types the unit's details, copies its code and ticks steps."""
    answers = SCENARIOS["route-r"].answers
    mouse_walk(qtbot, wizard, answers, stop_at="details")
    page = wizard.currentPage()
    for name, text in (("unit_name", UNIT), ("uscc", USCC), ("operator_mobile", MOBILE)):
        edit = page.edits[name]
        click(qtbot, edit)
        if text.isascii():
            qtbot.keyClicks(edit, text)
        else:  # Chinese arrives from the input method as a committed string
            event = QInputMethodEvent()
            event.setCommitString(text)
            QApplication.sendEvent(edit, event)
    assert wizard.session.progress.employer.unit_name == UNIT
    click_next(qtbot, wizard)
    mouse_walk(qtbot, wizard, answers, stop_at="step:R5")
    box = wizard.currentPage().codes_box
    click(qtbot, next(iter(box.copy_buttons.values())))  # the code on the clipboard
    assert QGuiApplication.clipboard().text()
    if stop_at != "step:R5":
        mouse_walk(qtbot, wizard, answers, stop_at=stop_at)


def secrets_of_the_visit() -> list[str]:
    return [UNIT, USCC, MOBILE, "legal_person_account", "not_started", "R5"]


def files_containing(root: Path, needles: list[str]) -> list[str]:
    found = []
    for path in root.rglob("*"):
        if not path.is_file():
            continue
        data = path.read_bytes()
        for needle in needles:
            if needle.encode("utf-8") in data or needle.encode("utf-16-le") in data:
                found.append(f"{path}: {needle}")
    return found


def assert_wiped(wizard, roots: list[Path]) -> None:
    assert wizard.current_key() == "welcome"
    assert wizard.currentPage().isVisible()
    p = wizard.session.progress
    assert p.answers == {} and p.employer.is_empty() and not p.steps
    assert not p.employer_page_seen
    shown = "\n".join(w.text() for w in wizard.findChildren(QLabel))
    edits = "\n".join(w.text() for w in wizard.findChildren(QLineEdit))
    for needle in (UNIT, USCC, MOBILE):
        assert needle not in shown and needle not in edits
    assert QGuiApplication.clipboard().text() == ""
    for root in roots:
        assert files_containing(root, secrets_of_the_visit()) == []
    assert wizard.isVisible() and wizard.kiosk is not None  # still a kiosk


def shorten_idle(wizard, idle_ms: int = 200, countdown_s: float = 0.2) -> None:
    kiosk = wizard.kiosk
    kiosk.watcher.timer.setInterval(idle_ms)
    settings = dataclasses.replace(kiosk.settings)
    object.__setattr__(settings, "countdown_seconds", countdown_s)  # below the clamp: tests only
    kiosk.settings = settings


def test_idle_countdown_wipes_everything_of_the_visitor(qtbot, private_dirs, isolated_data):
    wizard = make_kiosk(qtbot)
    visit(qtbot, wizard)
    assert wizard.session.store is None  # held in memory only
    shorten_idle(wizard)
    qtbot.keyClick(wizard.currentPage(), Qt.Key.Key_Shift)  # any input: the idle time counts
    qtbot.waitUntil(lambda: wizard.kiosk.countdown is not None
                    and wizard.kiosk.countdown.isVisible(), timeout=5000)
    assert "还在使用吗" in wizard.kiosk.countdown.question.text()
    qtbot.waitUntil(lambda: wizard.kiosk.visits_ended == 1, timeout=5000)
    assert_wiped(wizard, [private_dirs, isolated_data])
    assert not isolated_data.exists() or not any(isolated_data.rglob("*"))


def test_finish_button_on_the_summary_wipes_at_once(qtbot, private_dirs, isolated_data):
    wizard = make_kiosk(qtbot)
    visit(qtbot, wizard, stop_at="summary")
    summary = wizard.currentPage()
    assert summary.key == "summary" and summary.clear_button is not None
    assert UNIT in "\n".join(w.text() for w in summary.findChildren(QLabel))
    # No PDF file and no clipboard text could outlive the visit: only 打印 is offered.
    assert summary.actions is not None
    assert summary.actions.pdf_button.isHidden() and summary.actions.copy_button.isHidden()
    assert summary.actions.print_button.isVisibleTo(summary)
    assert not wizard.button(QWizard.WizardButton.FinishButton).isVisible()
    click(qtbot, summary.clear_button)
    assert wizard.kiosk.visits_ended == 1
    assert_wiped(wizard, [private_dirs, isolated_data])


def test_continue_keeps_the_visit(qtbot):
    wizard = make_kiosk(qtbot)
    mouse_walk(qtbot, wizard, SCENARIOS["route-r"].answers, stop_at="details")
    shorten_idle(wizard, countdown_s=60)
    qtbot.keyClick(wizard.currentPage(), Qt.Key.Key_Shift)
    qtbot.waitUntil(lambda: wizard.kiosk.countdown is not None
                    and wizard.kiosk.countdown.isVisible(), timeout=5000)
    dialog = wizard.kiosk.countdown
    assert dialog.continue_button.hasFocus() or dialog.continue_button.isDefault()
    click(qtbot, dialog.continue_button)
    assert wizard.kiosk.countdown is None and wizard.kiosk.visits_ended == 0
    assert wizard.current_key() == "details"
    assert wizard.session.progress.answers
    assert wizard.kiosk.watcher.timer.isActive()  # counting again


def test_countdown_end_button_and_esc(qtbot):
    wizard = make_kiosk(qtbot)
    mouse_walk(qtbot, wizard, SCENARIOS["route-r"].answers, stop_at="route")
    shorten_idle(wizard, countdown_s=60)
    wizard.kiosk.ask_still_there()
    qtbot.keyClick(wizard.kiosk.countdown, Qt.Key.Key_Escape)  # someone is there
    assert wizard.kiosk.visits_ended == 0 and wizard.current_key() == "route"
    wizard.kiosk.ask_still_there()
    assert isinstance(wizard.kiosk.countdown, CountdownDialog)
    click(qtbot, wizard.kiosk.countdown.end_button)
    assert wizard.kiosk.visits_ended == 1 and wizard.current_key() == "welcome"


def test_an_untouched_kiosk_asks_nobody(qtbot):
    wizard = make_kiosk(qtbot)
    assert not wizard.kiosk.watcher.timer.isActive()  # armed by the first input only
    click(qtbot, wizard.welcome.language_buttons["zh_CN"])
    assert wizard.kiosk.watcher.timer.isActive()


def test_close_alt_f4_and_esc_do_not_leave(qtbot):
    wizard = make_kiosk(qtbot)
    wizard.showFullScreen()
    qtbot.waitExposed(wizard)
    assert wizard.isFullScreen()
    mouse_walk(qtbot, wizard, SCENARIOS["route-s-init"].answers, stop_at="step:S3")
    assert not wizard.close()  # the window's close button
    event = QCloseEvent()
    QApplication.sendEvent(wizard, event)  # what Alt+F4 becomes on Windows
    assert not event.isAccepted()
    qtbot.keyClick(wizard, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(wizard.currentPage(), Qt.Key.Key_Escape)
    wizard.reject()
    assert wizard.isVisible() and wizard.isFullScreen()
    assert wizard.current_key() == "step:S3"
    assert wizard.session.progress.answers  # nothing lost either
    assert not wizard.button(QWizard.WizardButton.CancelButton).isVisible()  # 保存并退出


def staff_keys(qtbot, wizard) -> None:
    mods = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
            | Qt.KeyboardModifier.ShiftModifier)
    assert STAFF_EXIT_KEYS == "Ctrl+Alt+Shift+Q"
    if not wizard.isActiveWindow():  # shortcuts work in the active window, as on a kiosk
        with qtbot.waitActive(wizard):
            wizard.activateWindow()
    qtbot.keyClick(wizard.currentPage(), Qt.Key.Key_Q, mods)


def test_staff_exit_needs_the_right_pin(qtbot, private_dirs):
    wizard = make_kiosk(qtbot, pin_hash=hash_pin(PIN))
    visit(qtbot, wizard, stop_at="step:R5")
    staff_keys(qtbot, wizard)
    dialog = wizard.kiosk.staff_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.pin.echoMode() == QLineEdit.EchoMode.Password
    qtbot.keyClicks(dialog.pin, "1357")
    click(qtbot, dialog.ok)
    assert dialog.pin.text() == ""
    qtbot.waitUntil(lambda: not dialog.checking)  # checked off the GUI thread
    assert dialog.error.isVisible() and "不对" in dialog.error.text()
    assert wizard.isVisible() and not wizard.kiosk.may_close
    qtbot.keyClicks(dialog.pin, PIN[:-1])  # almost
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.checking)
    assert wizard.isVisible()
    qtbot.keyClicks(dialog.pin, PIN)
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=3000)
    assert wizard.kiosk.may_close
    assert wizard.session.progress.answers == {}  # wiped before leaving
    assert files_containing(private_dirs, secrets_of_the_visit()) == []


def test_staff_exit_cancelled_or_without_a_pin_hash_stays(qtbot):
    wizard = make_kiosk(qtbot, pin_hash=hash_pin(PIN))
    staff_keys(qtbot, wizard)
    click(qtbot, wizard.kiosk.staff_dialog.cancel)
    assert wizard.kiosk.staff_dialog is None and wizard.isVisible()

    locked = make_kiosk(qtbot)  # no pin_hash: no way out from inside the program
    staff_keys(qtbot, locked)
    dialog = locked.kiosk.staff_dialog
    assert dialog is not None and not dialog.ok.isVisible() and not dialog.pin.isVisible()
    click(qtbot, dialog.cancel)
    assert locked.isVisible() and not locked.kiosk.may_close


def test_links_show_only_qr_and_address_without_a_browser(qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr("wizard.ui.widgets.QDesktopServices.openUrl",
                        lambda url: opened.append(url) or True)
    wizard = make_kiosk(qtbot)
    mouse_walk(qtbot, wizard, SCENARIOS["route-s-init"].answers, stop_at="step:S3")
    rows = wizard.currentPage().findChildren(LinkRow)
    assert rows
    for row in rows:
        assert row.open_button is None and row.copy_button is None
        assert row.inline_qr is not None and not row.inline_qr.code_image().isNull()
        texts = [w.text() for w in row.findChildren(QLabel)]
        assert row.link.url in texts
    assert wizard.opener.open("https://ggfw.hrss.gd.gov.cn/isso/login.html") is False
    assert opened == []


def test_browser_allowed_by_the_admin(qtbot):
    wizard = make_kiosk(qtbot, allow_browser=True)
    mouse_walk(qtbot, wizard, SCENARIOS["route-s-init"].answers, stop_at="step:S3")
    row = wizard.currentPage().findChildren(LinkRow)[0]
    assert row.open_button is not None and row.inline_qr is None


def test_kiosk_never_shows_or_touches_the_profiles(qtbot, isolated_data):
    from tests.ui_helpers import make_wizard

    normal = make_wizard(qtbot, isolated_data)  # two employers saved the normal way
    mouse_walk(qtbot, normal, SCENARIOS["route-s-init"].answers, stop_at="step:S3")
    normal.session.store.new_profile("另一家单位")
    normal.close()  # all written now
    before = {p: p.read_bytes() for p in isolated_data.rglob("*") if p.is_file()}
    wizard = make_kiosk(qtbot)
    assert wizard.welcome.profile_list is None and wizard.welcome.resume_button is None
    assert wizard.welcome.other_unit_button is None
    visit(qtbot, wizard, stop_at="step:R5")
    wizard.kiosk.end_visit()
    after = {p: p.read_bytes() for p in isolated_data.rglob("*") if p.is_file()}
    assert after == before


def test_reset_restores_the_admin_language_and_text_size(qtbot):
    wizard = make_kiosk(qtbot, font_scale=1.25)
    assert wizard.display.scale == 1.25
    click(qtbot, wizard.welcome.language_buttons["en"])
    assert wizard.language() == "en"
    click(qtbot, wizard.welcome.display_row.bigger)
    assert wizard.display.scale == 1.5
    wizard.kiosk.end_visit()
    assert wizard.language() == "zh_CN" and wizard.display.scale == 1.25
    assert wizard.welcome.language_buttons["zh_CN"].isChecked()


def test_keyboard_only_kiosk_visit(qtbot):
    """Key events only: from the welcome page to the summary, then 完成并清除我的信息."""
    wizard = make_kiosk(qtbot)
    with qtbot.waitActive(wizard):
        wizard.activateWindow()
    keyboard_walk(qtbot, wizard, SCENARIOS["route-s-init"].answers)
    assert wizard.current_key() == "summary"
    button = wizard.currentPage().clear_button
    for _ in range(80):
        if QApplication.focusWidget() is button:
            break
        qtbot.keyClick(QApplication.focusWidget() or wizard, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is button
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert wizard.kiosk.visits_ended == 1 and wizard.current_key() == "welcome"


# --- the admin settings and the PIN hash -------------------------------------------------------
def test_admin_settings_defaults_and_tolerance(tmp_path):
    s = AdminSettings()
    assert (s.kiosk, s.idle_timeout_seconds, s.countdown_seconds, s.allow_browser,
            s.allow_print, s.font_scale, s.language, s.pin_hash, s.high_contrast) == (
        False, 180, 30, False, True, 1.0, None, None, False)
    path = tmp_path / "admin.json"
    path.write_text(json.dumps({"kiosk": True, "font_scale": 9, "language": "fr",
                                "idle_timeout_seconds": 60, "unknown": 1}), encoding="utf-8")
    loaded = load_admin_settings(path)
    # one wrong value costs that key only: the kiosk is still a kiosk
    assert loaded.kiosk and loaded.idle_timeout_seconds == 60
    assert loaded.font_scale == 1.0 and loaded.language is None
    path.write_text("{not json", encoding="utf-8")  # fails closed (tests/test_admin_fail_closed.py)
    broken = load_admin_settings(path)
    assert broken.kiosk and not broken.allow_browser and not broken.allow_print


def test_pin_hash_verifies_only_the_pin():
    stored = hash_pin(PIN)
    assert stored.startswith("pbkdf2_sha256$") and PIN not in stored
    assert verify_pin(PIN, stored)
    assert not verify_pin("2469", stored) and not verify_pin("", stored)
    assert not verify_pin(PIN, None) and not verify_pin(PIN, "garbage")
    assert hash_pin(PIN) != stored  # salted


def test_hash_pin_command_reads_stdin(monkeypatch, capsys):
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO(PIN + "\n"))
    assert main(["--hash-pin"]) == 0
    value = capsys.readouterr().out.strip()
    assert verify_pin(PIN, value)
    monkeypatch.setattr("sys.stdin", io.StringIO("12\n"))
    assert main(["--hash-pin"]) == 2



# --- what a kiosk writes ---------------------------------------------------------------------
def files_under(root: Path) -> set[Path]:
    return {p for p in root.rglob("*") if p.is_file()}


@pytest.mark.parametrize("turned_on", ["--kiosk", "admin.json"])
def test_a_kiosk_start_writes_nothing_but_the_caches(qtbot, private_dirs, monkeypatch, turned_on):
    """The real start (wizard.app.run; kiosk mode from --kiosk, or from the admin file as on a
    real kiosk), a visit and the idle warm-up: the only files written anywhere a program could
    write are in the user cache folder — the validated content cache (the program's own
    content) and, with an admin file, the record that its bytes were checked (digests) —
    nothing of a visitor; no data folder, no lock, no log, nothing in the temp folder."""
    from wizard import app
    from wizard.store.checked import CHECKED_FILE
    from wizard.ui import kiosk as kiosk_module

    monkeypatch.delenv("WENGANG_CACHE_DIR")  # the real user cache folder (in XDG_CACHE_HOME)
    data = private_dirs / "data"
    monkeypatch.setenv("WENGANG_WIZARD_DATA_DIR", str(data))
    admin_file = private_dirs / "config" / "admin.json"
    if turned_on == "admin.json":
        admin_file.parent.mkdir()
        admin_file.write_text('{"kiosk": true, "allow_print": true}', encoding="utf-8")
    monkeypatch.setattr("wizard.store.admin.admin_settings_path", lambda: admin_file)
    started = []
    real_start = kiosk_module.start_kiosk

    def start(*args, **kwargs):
        wizard = real_start(*args, **kwargs)
        started.append(wizard)
        return wizard

    monkeypatch.setattr(kiosk_module, "start_kiosk", start)
    monkeypatch.setattr(type(QApplication.instance()), "exec", lambda self: 0)
    before = files_under(private_dirs)
    assert app.run(kiosk=turned_on == "--kiosk", language="zh_CN") == 0
    [wizard] = started
    assert wizard.kiosk is not None
    qtbot.addWidget(wizard, before_close_func=lambda w: setattr(w.kiosk, "may_close", True))
    qtbot.waitExposed(wizard)
    wizard._warm_up()  # what idle time after the first paint loads and builds
    visit(qtbot, wizard, stop_at="summary")
    click(qtbot, wizard.currentPage().clear_button)
    assert wizard.kiosk.visits_ended == 1
    written = files_under(private_dirs) - before
    cache = private_dirs / "xdg_cache_home" / "wengang-wizard"
    assert written, "the content cache is written on the first start"
    allowed = {cache / CHECKED_FILE} if turned_on == "admin.json" else set()
    assert {p for p in written if not p.is_relative_to(cache / "content")} == allowed
    assert not data.exists()
    # (the content itself names answer values and step ids; what the visitor typed is nowhere)
    assert files_containing(private_dirs, [UNIT, USCC, MOBILE]) == []


def test_a_kiosk_start_makes_only_the_first_page(qtbot):
    """The kiosk's hook on the summary's clear button must not make the summary (and import its
    PDF and QR modules) before the first visitor's first page is on screen."""
    from wizard.flow.journey import SUMMARY, WELCOME

    wizard = make_kiosk(qtbot)
    assert SUMMARY not in wizard.pages
    mouse_walk(qtbot, wizard, SCENARIOS["route-s-init"].answers)
    assert SUMMARY in wizard.pages
    click(qtbot, wizard.summary.clear_button)  # the hook is there once the summary is made
    assert wizard.current_key() == WELCOME and not wizard.session.progress.has_started()
