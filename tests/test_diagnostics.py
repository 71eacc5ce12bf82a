"""Nothing fails silently (issue 14): the log, crash traces, unexpected errors, option mistakes.

The log never holds what a user typed: a whole walk with employer details, a failing PDF save
named after the employer, a damaged profile and a slot that raises with the details in its
message are all logged, and the log is searched for every detail afterwards.
"""

from __future__ import annotations

import json
import logging
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from tests.test_details_ui import to_details, type_in
from tests.ui_helpers import mouse_walk
from wizard.selftest import SCENARIOS
from wizard.ui import diagnostics

UNIT = "测试日志单位甲乙有限公司"
USCC = "9144030071526726XG"
MANAGEMENT = "GD778899"
OPERATOR = "王小明"
MOBILE = "13912345678"
SECRETS = [UNIT, USCC, MANAGEMENT, OPERATOR, MOBILE]
log = logging.getLogger("tests.diagnostics")


def log_text(folder: Path) -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(folder.glob("wizard.log*")))


def boxes(name: str = "unexpectedError") -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() + [
        c for t in QApplication.topLevelWidgets() for c in t.findChildren(QMessageBox)]
        if isinstance(w, QMessageBox) and w.objectName() == name and w.isVisible()]


# --- the log file --------------------------------------------------------------------------------
def test_the_log_is_private_rotates_and_keeps_early_records(tmp_path):
    diagnostics.begin()
    log.warning("before the folder is known")
    path = diagnostics.log_to_folder(tmp_path)
    assert path == tmp_path / "wizard.log" and diagnostics.log_path() == path
    assert "before the folder is known" in path.read_text(encoding="utf-8")
    for n in range(4000):
        log.info("line %d %s", n, "x" * 200)
    files = sorted(p.name for p in tmp_path.glob("wizard.log*"))
    assert files == ["wizard.log", "wizard.log.1", "wizard.log.2"]  # never more
    total = sum(p.stat().st_size for p in tmp_path.glob("wizard.log*"))
    assert total <= 3 * (diagnostics.LOG_BYTES + 1024)
    if os.name == "posix":
        for p in [*tmp_path.glob("wizard.log*"), tmp_path / "crash.log"]:
            assert stat.S_IMODE(p.stat().st_mode) == 0o600, p


def test_a_native_crash_leaves_its_trace_in_crash_log(tmp_path):
    code = ("import faulthandler, sys; sys.path.insert(0, sys.argv[2]);"
            "from wizard.ui import diagnostics; from pathlib import Path;"
            "diagnostics.begin(); diagnostics.log_to_folder(Path(sys.argv[1]));"
            "faulthandler._sigsegv()")
    root = Path(__file__).resolve().parent.parent
    result = subprocess.run([sys.executable, "-c", code, str(tmp_path), str(root)],
                            capture_output=True, timeout=120, check=False)
    assert result.returncode != 0
    crash = (tmp_path / "crash.log").read_text(encoding="utf-8")
    assert "Fatal Python error" in crash and "Segmentation fault" in crash


def test_the_redactor_drops_typed_values_and_pydantic_inputs():
    from pydantic import ValidationError

    from wizard.store.document import ProfileMeta
    from wizard.validation import validate

    redactor = diagnostics.Redactor()
    redactor.sources.append(lambda: [UNIT, None, "x"])
    try:
        validate(ProfileMeta, {"name": "甲", "uscc": f"{UNIT}{MOBILE}"})
    except ValidationError as exc:
        error = exc
    record = logging.LogRecord("t", logging.WARNING, __file__, 1, "damaged: %s (%s, %s)",
                               (error, f"D:/{UNIT}.pdf", f"手机 {MOBILE} 代码 {USCC}"), None)
    redactor.filter(record)
    text = record.getMessage()
    assert "uscc" in text and "string_too_long" in text  # where and what kind, not the value
    for secret in (UNIT, MOBILE, USCC):
        assert secret not in text
    assert text.count(diagnostics.MASK) >= 3


# --- the walk: nothing the user typed reaches the log -----------------------------------------------
@pytest.mark.qt_no_exception_capture
def test_a_full_walk_with_details_logs_none_of_them(qtbot, isolated_data, tmp_path):
    diagnostics.begin()
    diagnostics.log_to_folder(isolated_data)
    wizard, page = to_details(qtbot, isolated_data)
    diagnostics.watch_session(wizard.session)
    for name, text in (("unit_name", UNIT), ("uscc", USCC), ("management_code", MANAGEMENT),
                       ("operator_name", OPERATOR), ("operator_mobile", MOBILE)):
        type_in(qtbot, page, name, text)
    assert wizard.session.progress.employer.operator_mobile == MOBILE
    mouse_walk(qtbot, wizard, SCENARIOS["route-r"].answers)
    summary = wizard.currentPage()
    # A PDF save that fails, to a file named after the employer (as the suggested name is).
    assert not summary.actions.save_pdf(str(tmp_path / "没有这个文件夹" / f"{UNIT}.pdf"))
    # A damaged profile whose values are the details.
    bad = isolated_data / "profiles" / "0123456789ab.json"
    bad.write_text(json.dumps({"format": "wengang-wizard-profile", "schema_version": 2,
                               "profile": {"name": UNIT, "uscc": f"{USCC}{MOBILE}{OPERATOR}"},
                               "progress": {"steps": MANAGEMENT}}, ensure_ascii=False), "utf-8")
    wizard.session.store.scan()
    # A bug whose message quotes the details.
    button = QPushButton()
    button.clicked.connect(lambda: (_ for _ in ()).throw(ValueError(f"{UNIT} {MOBILE} {USCC}")))
    press(button)
    for box in boxes():
        box.done(0)

    text = log_text(isolated_data)
    for expected in ("could not save the summary PDF", "0123456789ab.json is damaged",
                     "unexpected error", "ValueError"):
        assert expected in text, expected
    found = [s for s in SECRETS if s in text or s in (isolated_data / "crash.log").read_text("utf-8")]
    assert found == []


def test_the_program_logs_to_its_data_folder(tmp_path, monkeypatch):
    from wizard import app

    monkeypatch.setenv(app.FIRST_PAINT_ENV, "1")  # quit after the first painted page
    monkeypatch.setenv("WENGANG_LANG", "zh_CN")
    monkeypatch.setattr("wizard.store.admin.admin_settings_path", lambda: tmp_path / "none.json")
    try:
        assert app.run(data_dir=str(tmp_path / "data")) == 0
    finally:
        for window in QApplication.topLevelWidgets():
            window.close()
    text = (tmp_path / "data" / "wizard.log").read_text(encoding="utf-8")
    assert "wengang-wizard" in text and "started" in text and "PySide6" in text
    assert (tmp_path / "data" / "crash.log").exists()


# --- unexpected errors --------------------------------------------------------------------------------
def press(button: QPushButton) -> None:
    """Click as a user does, inside a running event loop: PySide6 before 6.11 raises a slot's
    exception back into a click() or processEvents() called from Python, and hands it to
    sys.excepthook only from exec() (as in the program)."""
    loop = QEventLoop()
    QTimer.singleShot(0, button.click)
    QTimer.singleShot(0, loop.quit)
    loop.exec()


def raising_button(message: str = "boom") -> QPushButton:
    button = QPushButton("x")

    def slot():
        raise RuntimeError(message)

    button.clicked.connect(slot)
    return button


@pytest.mark.qt_no_exception_capture
def test_a_slot_that_raises_shows_a_calm_dialog_and_writes_the_log(qtbot, tmp_path):
    diagnostics.begin()
    path = diagnostics.log_to_folder(tmp_path)
    button = raising_button()
    qtbot.addWidget(button)
    button.show()
    press(button)  # returns: the message does not block the program
    [box] = boxes()
    assert "意外的问题" in box.windowTitle() + box.text()
    assert "您的进度已经保存" in box.text() and str(path) in box.text()
    assert "RuntimeError: boom" in log_text(tmp_path) and "Traceback" in log_text(tmp_path)
    press(button)  # again, while the message is open: logged, not a second message
    assert len(boxes()) == 1
    assert "the same unexpected error again (2 times)" in log_text(tmp_path)
    box.done(0)
    press(button)
    assert len(boxes()) == 1  # after OK, a new error is said again
    boxes()[0].done(0)
    assert button.isEnabled()  # and the program carries on


@pytest.mark.qt_no_exception_capture
def test_the_dialog_speaks_the_users_language(qtbot, tmp_path):
    from wizard.app import apply_language, ensure_app

    app = ensure_app()
    diagnostics.begin()
    diagnostics.log_to_folder(tmp_path)
    apply_language(app, "en")
    try:
        button = raising_button()
        qtbot.addWidget(button)
        press(button)
        [box] = boxes()
        assert "Your progress is saved" in box.text() and "wizard.log" in box.text()
        box.done(0)
    finally:
        apply_language(app, "zh_CN")


@pytest.mark.qt_no_exception_capture
def test_kiosk_errors_tell_staff_and_keep_nothing_on_disk(qtbot, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    diagnostics.begin()
    diagnostics.no_log_file(kiosk=True)
    button = raising_button(f"{UNIT} {MOBILE}")
    qtbot.addWidget(button)
    press(button)
    [box] = boxes()
    assert "工作人员" in box.text() and "wizard.log" not in box.text()
    box.done(0)
    err = capsys.readouterr().err
    assert "RuntimeError" in err and "withheld" in err
    assert UNIT not in err and MOBILE not in err
    assert list(tmp_path.rglob("*")) == []


def test_a_failed_start_is_said_and_exits_1(monkeypatch, tmp_path):
    from wizard.__main__ import main

    shown = []
    monkeypatch.setattr(diagnostics, "show_error_dialog",
                        lambda title, text, wait=False: shown.append((title, text, wait)))

    def broken_run(*_a, **_k):
        diagnostics.begin()
        diagnostics.log_to_folder(tmp_path)
        raise KeyError("a bug at start")

    monkeypatch.setattr("wizard.app.run", broken_run)
    assert main([]) == 1
    [(title, text, wait)] = shown
    assert "意外" in title
    assert wait and "没能启动" in text and str(tmp_path / "wizard.log") in text
    assert "KeyError" in log_text(tmp_path) and "could not start" in log_text(tmp_path)


# --- a mistyped option in the windowed program ----------------------------------------------------
def test_without_a_console_a_mistyped_option_is_shown_in_a_box(monkeypatch):
    from wizard.__main__ import main

    shown = []
    monkeypatch.setattr(diagnostics, "has_console", lambda: False)
    monkeypatch.setattr(diagnostics, "show_usage_box",
                        lambda text, is_error: shown.append((text, is_error)))
    assert main(["--kisok"]) == 2
    [(text, is_error)] = shown
    assert is_error and "--kisok" in text and "usage: wengang-wizard" in text
    shown.clear()
    assert main(["--help"]) == 0
    assert shown[0][1] is False and "--check-content" in shown[0][0]


def test_with_a_console_argparse_prints_as_before(monkeypatch, capsys):
    from wizard.__main__ import main

    monkeypatch.setattr(diagnostics, "show_usage_box", lambda *a: pytest.fail("no box"))
    with pytest.raises(SystemExit) as stop:
        main(["--kisok"])
    assert stop.value.code == 2 and "--kisok" in capsys.readouterr().err


def test_no_console_means_no_stderr(monkeypatch):
    assert diagnostics.has_console()
    monkeypatch.setattr(sys, "stderr", None)  # pythonw, and the windowed PyInstaller program
    assert not diagnostics.has_console()


def test_the_usage_box(qtbot, monkeypatch):
    seen = []
    monkeypatch.setenv("WENGANG_LANG", "zh_CN")  # not the test machine's locale
    monkeypatch.setattr(QMessageBox, "exec", lambda box: seen.append(box) or 0)
    diagnostics.show_usage_box("usage: wengang-wizard [-h]\nerror: unrecognized arguments: --kisok",
                               True)
    [box] = seen
    assert "命令行选项有误" in box.text() and "--kisok" in box.informativeText()
    assert box.icon() == QMessageBox.Icon.Warning


def test_the_session_is_watched_whatever_its_records_are_made_of():
    """The details may be pydantic models (now) or plain dataclasses (the core's plan)."""
    from dataclasses import dataclass
    from types import SimpleNamespace

    @dataclass
    class Employer:
        unit_name: str | None = UNIT
        operator_mobile: str | None = MOBILE

    session = SimpleNamespace(progress=SimpleNamespace(employer=Employer()),
                              profile=SimpleNamespace(meta=SimpleNamespace(name=OPERATOR)),
                              store=None)
    diagnostics.begin()
    diagnostics.watch_session(session)
    record = logging.LogRecord("t", logging.INFO, __file__, 1, "%s/%s/%s",
                               (UNIT, OPERATOR, "甲"), None)
    diagnostics._State.redactor.filter(record)
    assert record.getMessage() == f"{diagnostics.MASK}/{diagnostics.MASK}/甲"


def test_qt_warnings_reach_the_log(qapp, tmp_path):
    from PySide6.QtCore import qWarning

    diagnostics.begin()
    diagnostics.log_to_folder(tmp_path)
    qWarning("a Qt plugin is missing")
    assert "WARNING qt: a Qt plugin is missing" in log_text(tmp_path)
