"""Nothing fails silently: the log, native crash traces, unexpected errors and usage errors.

- The log: Python `logging` to `wizard.log` in the data folder (RotatingFileHandler, LOG_BYTES
  x (1 + LOG_BACKUPS), created 0600), and `faulthandler` to `crash.log` beside it. Records
  from before the data folder is locked are held in memory and written once it is.
- Never in the log: what a user typed. Every record passes `Redactor`: the current employer's
  details and profile (`watch_session`) and anything shaped like a mobile, a USCC or an ID
  number become "[…]", and pydantic errors lose the input they quote. No log line of the
  program names a password, an SMS code or a verification code: the program has none.
- Kiosk mode keeps no log on disk: the machine is shared by strangers, and a log is the one
  file a redaction mistake would leave behind. Records go to stderr only (when there is one),
  exception messages withheld; crash traces (code locations only) to stderr too.
- `sys.excepthook` (PySide6 hands it every exception raised in a slot): the error is logged and
  a calm dialog says what happened, whether progress is saved and where the log is; the event
  loop keeps running. Before the loop runs (start-up) the dialog waits for OK.
- Qt's own warnings go to the log too (qInstallMessageHandler).
- A mistyped option in the windowed program (no console: `sys.stderr` is None) shows
  argparse's message in a box instead of vanishing.
"""

from __future__ import annotations

import argparse
import dataclasses
import faulthandler
import io
import logging
import logging.handlers
import os
import re
import sys
import threading
import traceback
from collections import deque
from collections.abc import Callable, Iterable
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

from wizard.files import FILE_MODE, POSIX, PROBLEM_TEXTS, fill_in

log = logging.getLogger(__name__)

LOG_FILE = "wizard.log"
CRASH_FILE = "crash.log"
LOG_BYTES = 256 * 1024
LOG_BACKUPS = 2
MASK = "[…]"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

# Shapes of personal data the program could meet, masked wherever they appear in a record.
_PATTERNS = [
    re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)"),  # a mainland mobile number
    re.compile(r"(?<![0-9A-Za-z])[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}"
               r"(?![0-9A-Za-z])"),  # a unified social credit code
    re.compile(r"(?<!\d)\d{17}[\dXx](?!\d)"),  # an ID card number
]


# --- redaction -----------------------------------------------------------------------------------
def _safe_message(exc: BaseException, withhold: bool) -> str:
    if withhold:
        return "(message withheld in kiosk mode)"
    try:
        from pydantic import ValidationError
    except ImportError:  # pragma: no cover
        ValidationError = ()
    if isinstance(exc, ValidationError):  # its str() quotes the input: say where, not what
        return "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['type']}"
                         for e in exc.errors(include_input=False, include_url=False))
    return str(exc)


def format_exception(exc: BaseException, withhold: bool = False) -> str:
    """A traceback (code locations, and messages unless `withhold`), causes first."""
    chain, seen = [], set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        chain.append(exc)
        exc = exc.__cause__ or (None if exc.__suppress_context__ else exc.__context__)
    parts = []
    for e in reversed(chain):
        frames = "".join(traceback.format_tb(e.__traceback__))
        parts.append(f"Traceback (most recent call last):\n{frames}"
                     f"{type(e).__qualname__}: {_safe_message(e, withhold)}")
    return "\n\nThe above led to:\n\n".join(parts)


class Redactor(logging.Filter):
    """Rewrites each record so no user-typed value reaches a handler (see the module doc)."""

    def __init__(self) -> None:
        super().__init__()
        self.sources: list[Callable[[], Iterable[str | None]]] = []
        self.withhold_messages = False  # kiosk mode: exception messages are not kept at all

    def secrets(self) -> list[str]:
        found: set[str] = set()
        for source in self.sources:
            try:
                found.update(s.strip() for s in source() if isinstance(s, str))
            except Exception:  # a source must never stop a record
                continue
        return sorted((s for s in found if len(s) >= 2), key=len, reverse=True)

    def mask(self, text: str) -> str:
        for secret in self.secrets():
            text = text.replace(secret, MASK)
        for pattern in _PATTERNS:
            text = pattern.sub(MASK, text)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "_redacted", False):
            return True
        if isinstance(record.args, tuple):
            record.args = tuple(_safe_message(a, self.withhold_messages)
                                if isinstance(a, BaseException) else a for a in record.args)
        try:
            message = record.getMessage()
        except Exception:  # a bad format string: keep what can be kept
            message = str(record.msg)
        record.msg, record.args = self.mask(message), None
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = self.mask(format_exception(record.exc_info[1],
                                                         self.withhold_messages))
            record.exc_info = None
        record._redacted = True
        return True


# --- the log ----------------------------------------------------------------------------------------
class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Every log file is created 0600, as every other file of the data folder."""

    def _open(self):
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, FILE_MODE)
        if POSIX:
            os.fchmod(fd, FILE_MODE)
        return open(fd, self.mode, encoding=self.encoding, errors=self.errors)


class _Stderr(logging.StreamHandler):
    """Whatever sys.stderr is at the time of the record (it is replaced in tests)."""

    @property
    def stream(self):
        return sys.stderr

    @stream.setter
    def stream(self, _value) -> None:
        pass


class _Held(logging.Handler):
    """Records from before the data folder is known and locked (the newest HELD of them)."""

    HELD = 1000

    def __init__(self) -> None:
        super().__init__()
        self.records: deque[logging.LogRecord] = deque(maxlen=self.HELD)

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


class _State:
    redactor = Redactor()
    handlers: list[logging.Handler] = []  # noqa: RUF012 (installed by this module, on root)
    held: _Held | None = None
    log_path: Path | None = None
    crash_file = None
    saved: Callable[[], bool] = staticmethod(lambda: True)
    kiosk = False
    qt_handler = None


def _install(handler: logging.Handler) -> None:
    handler.addFilter(_State.redactor)
    handler.setFormatter(logging.Formatter(_FORMAT))
    logging.getLogger().addHandler(handler)
    _State.handlers.append(handler)


def begin() -> None:
    """At start: log to stderr (if any) and hold records in memory until the folder is known."""
    end()
    _State.saved = lambda: True
    root = logging.getLogger()
    if root.level == logging.NOTSET or root.level > logging.INFO:
        root.setLevel(logging.INFO)
    if sys.stderr is not None:
        console = _Stderr()
        console.setLevel(logging.WARNING)
        _install(console)
    _State.held = _Held()
    _install(_State.held)
    install_excepthook()
    _route_qt_messages()


def _route_qt_messages() -> None:
    """Qt's own warnings (a missing plugin, font or printer) into the log: the windowed program
    has no console to print them on."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    qt_log = logging.getLogger("qt")
    levels = {QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
              QtMsgType.QtFatalMsg: logging.CRITICAL}

    def handler(kind, _context, message: str) -> None:
        if kind in levels:
            qt_log.log(levels[kind], "%s", message)

    _State.qt_handler = handler  # referenced here: Qt keeps only a borrowed pointer
    qInstallMessageHandler(handler)


def log_to_folder(data_dir: Path) -> Path | None:
    """After the data folder is locked: the log file and the crash file there. None if the
    folder cannot be written (the program still runs; records then go to stderr only)."""
    from wizard.files import ensure_private_dir

    held, _State.held = _State.held, None
    try:
        ensure_private_dir(Path(data_dir))
        path = Path(data_dir) / LOG_FILE
        handler = PrivateRotatingFileHandler(path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS,
                                             encoding="utf-8", delay=False)
    except OSError as exc:
        log.warning("no log file in the data folder: %s", exc.strerror or exc)
        _release(held, to=None)
        return None
    _install(handler)
    _release(held, to=handler)
    _State.log_path = path
    _enable_faulthandler(Path(data_dir) / CRASH_FILE)
    return path


def no_log_file(kiosk: bool = True) -> None:
    """Kiosk mode: what was held in memory is dropped, exception messages are withheld from
    now on, and crash traces go to stderr, if any."""
    _release(_State.held, to=None)
    _State.held = None
    _State.kiosk = _State.redactor.withhold_messages = kiosk
    if sys.stderr is not None:
        try:
            faulthandler.enable(sys.stderr, all_threads=True)
        except (AttributeError, ValueError, io.UnsupportedOperation):
            pass


def _release(held: _Held | None, to: logging.Handler | None) -> None:
    """Stop holding records; hand those held to `to` (None: they are dropped)."""
    if held is None:
        return
    logging.getLogger().removeHandler(held)
    if held in _State.handlers:
        _State.handlers.remove(held)
    for record in held.records if to is not None else ():
        to.handle(record)
    held.records.clear()
    held.close()


def _enable_faulthandler(path: Path) -> None:
    try:
        if path.exists() and path.stat().st_size > LOG_BYTES:
            path.unlink()  # old crashes: the log says when they were
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, FILE_MODE)
        if _State.crash_file is not None:
            _State.crash_file.close()
        _State.crash_file = open(fd, "a", encoding="utf-8")
        faulthandler.enable(_State.crash_file, all_threads=True)
    except OSError as exc:
        log.warning("no crash file: %s", exc.strerror or exc)


def log_path() -> Path | None:
    return _State.log_path


def log_start(language: str, kiosk: bool) -> None:
    """One line for support: versions and platform (no user, host or folder names)."""
    import platform

    from PySide6 import __version__ as pyside_version

    from wizard import __version__

    log.info("wengang-wizard %s started%s: Python %s, PySide6 %s, %s, language %s", __version__,
             " in kiosk mode" if kiosk else "", platform.python_version(), pyside_version,
             platform.platform(terse=True), language)


def end() -> None:
    """Undo begin() (tests; the program simply exits)."""
    if _Reporter.replaced is not None:
        sys.excepthook, threading.excepthook = _Reporter.replaced
        _Reporter.replaced = None
    for handler in _State.handlers:
        logging.getLogger().removeHandler(handler)
        handler.close()
    _State.handlers, _State.held, _State.log_path, _State.kiosk = [], None, None, False
    _State.redactor.sources = []
    _State.redactor.withhold_messages = False
    if _State.qt_handler is not None:
        from PySide6.QtCore import qInstallMessageHandler

        qInstallMessageHandler(None)
        _State.qt_handler = None
    if _State.crash_file is not None:
        _State.crash_file.close()
        _State.crash_file = None
        if sys.__stderr__ is not None:
            faulthandler.enable(sys.__stderr__, all_threads=True)
        else:
            faulthandler.disable()


def _strings(record) -> list[str]:
    """Every text field of a dataclass or a plain object."""
    if dataclasses.is_dataclass(record):
        values = dataclasses.asdict(record).values()
    else:
        values = vars(record).values()
    return [v for v in values if isinstance(v, str)]


def watch_session(session) -> None:
    """Mask this session's employer details and profile in every record; the error dialog
    asks it whether progress is saved."""
    def secrets() -> list[str]:
        return [*_strings(session.progress.employer), *_strings(session.profile.meta)]

    _State.redactor.sources.append(secrets)
    _State.saved = lambda: session.store is not None and not session.save_failing()


# --- unexpected errors ------------------------------------------------------------------------------
def show_error_dialog(title: str, text: str, wait: bool = False) -> None:
    """A calm message over the active window. `wait`: block until OK (start-up failed, the
    program is about to end); otherwise the event loop, and the program, carry on."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QMessageBox

    if QApplication.instance() is None:
        return
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok,
                      QApplication.activeWindow())
    box.setObjectName("unexpectedError")
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # the log's path
    _Reporter.open_box = box
    box.finished.connect(lambda _r: setattr(_Reporter, "open_box", None))
    if not wait:
        box.open()
    elif QApplication.platformName() not in ("offscreen", "minimal"):  # nobody could click OK
        box.exec()


def error_texts(kiosk: bool, saved: bool, path: Path | None,
                starting: bool = False) -> tuple[str, str]:
    """The dialog's title and text: what happened, whether progress is saved, where the log is.
    `starting`: the program could not start (and is about to end)."""
    from PySide6.QtCore import QCoreApplication as Q

    title = Q.translate("Diagnostics", "出了一个意外的问题")
    if starting:
        lines = [Q.translate("Diagnostics", "程序遇到了一个意外的问题，没能启动。已经保存的进度不受影响。"),
                 Q.translate("Diagnostics", "请再打开一次；如果还是不行，请联系技术支持。")]
    elif kiosk:
        lines = [Q.translate("Diagnostics", "程序遇到了一个意外的问题，刚才的操作可能没有完成。"),
                 Q.translate("Diagnostics", "可以继续使用。如果问题再次出现，请告诉工作人员。")]
    else:
        lines = [Q.translate("Diagnostics", "程序遇到了一个意外的问题，刚才的操作可能没有完成。"),
                 Q.translate("Diagnostics", "您的进度已经保存，可以继续使用。") if saved else
                 Q.translate("Diagnostics", "最近的修改可能没有保存，请检查后再继续。"),
                 Q.translate("Diagnostics", "如果问题再次出现，请关闭程序后重新打开。")]
    if path is not None and not kiosk:
        lines.append(Q.translate("Diagnostics", "问题已经记录在这个文件里：%1\n联系技术支持时，"
                                 "请把它发给他们（里面没有单位名称、代码、手机号码或密码）。")
                     .replace("%1", str(path)))
    return title, "\n\n".join(lines)


class _Reporter:
    present: Callable[[str, str], None] = staticmethod(show_error_dialog)
    open_box = None
    last_signature: tuple | None = None
    repeats = 0
    replaced: tuple | None = None  # the hooks before install_excepthook, for end()


def report_unexpected(exc_type, exc, tb) -> None:
    """sys.excepthook: log the error (repeats counted, not copied) and tell the user once."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    if exc.__traceback__ is None:
        exc = exc.with_traceback(tb)
    last = traceback.extract_tb(tb)[-1] if tb is not None else None
    signature = (exc_type, last.filename if last else None, last.lineno if last else None)
    if signature == _Reporter.last_signature:
        _Reporter.repeats += 1
        if _Reporter.repeats & (_Reporter.repeats - 1) == 0:  # the 2nd, 3rd, 5th, 9th … time
            log.error("the same unexpected error again (%d times)", _Reporter.repeats + 1)
    else:
        _Reporter.last_signature, _Reporter.repeats = signature, 0
        log.critical("unexpected error", exc_info=(exc_type, exc, tb))
    if _Reporter.open_box is not None:  # one message at a time, however many errors
        return
    try:
        _Reporter.present(*error_texts(_State.kiosk, _State.saved(), _State.log_path))
    except Exception:  # the report must never raise in turn
        log.exception("could not show the error message")


def fatal(exc: BaseException) -> int:
    """Start-up failed with an unexpected error: log it, say so and wait for OK; exit code 1."""
    log.critical("the program could not start", exc_info=(type(exc), exc, exc.__traceback__))
    try:
        from PySide6.QtWidgets import QApplication

        if QApplication.instance() is None:
            QApplication(sys.argv[:1])
        show_error_dialog(*error_texts(_State.kiosk, _State.saved(), _State.log_path,
                                       starting=True), wait=True)
    except Exception:
        log.exception("could not show the error message")
    return 1


def _thread_error(args) -> None:
    log.error("unexpected error in thread %s", getattr(args.thread, "name", "?"),
              exc_info=(args.exc_type, args.exc_value, args.exc_traceback))


def install_excepthook(present: Callable[[str, str], None] | None = None) -> None:
    """Route unexpected errors to report_unexpected; `present` replaces the dialog (tests)."""
    _Reporter.present = present or show_error_dialog
    _Reporter.open_box, _Reporter.last_signature, _Reporter.repeats = None, None, 0
    if sys.excepthook is not report_unexpected:
        _Reporter.replaced = (sys.excepthook, threading.excepthook)
    sys.excepthook = report_unexpected
    threading.excepthook = _thread_error


# --- command-line mistakes in the windowed program ------------------------------------------------
def has_console() -> bool:
    """False in the windowed Windows program (PyInstaller console=False) and under pythonw:
    there sys.stderr is None and anything argparse prints is lost."""
    return sys.stderr is not None


def parse_args(parser: argparse.ArgumentParser, argv: list[str] | None,
               show: Callable[[str, bool], None] | None = None,
               console: bool | None = None) -> argparse.Namespace | int:
    """parser.parse_args, but without a console what it prints (usage and error, or --help,
    --version) is shown in a box and the exit code returned instead of a silent exit."""
    if console if console is not None else has_console():
        return parser.parse_args(argv)
    out = io.StringIO()
    try:
        with redirect_stdout(out), redirect_stderr(out):
            return parser.parse_args(argv)
    except SystemExit as stop:
        code = stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 2)
        (show or show_usage_box)(out.getvalue().strip(), code != 0)
        return code


def show_usage_box(text: str, is_error: bool) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from wizard.ui.locale import apply_language, startup_language
    from wizard.ui.qapp import ensure_app

    app = ensure_app()
    apply_language(app, startup_language())
    box = QMessageBox(QMessageBox.Icon.Warning if is_error else QMessageBox.Icon.Information,
                      QCoreApplication.translate("Diagnostics", "稳岗返还确认向导"), "")
    box.setObjectName("usageBox")
    if is_error:
        box.setText(QCoreApplication.translate(
            "Diagnostics", "命令行选项有误，程序没有启动。正确的用法如下："))
    box.setInformativeText(text)
    box.exec()


def file_problem_text(code: str, args: Iterable[str]) -> str:
    """A files.PROBLEM_TEXTS entry in the user's language, its %1, %2 … filled in."""
    from PySide6.QtCore import QCoreApplication

    return fill_in(QCoreApplication.translate("FileProblem", PROBLEM_TEXTS[code]), args)


def admin_problem_text(problem) -> str:
    """For staff: which file, what is wrong, and what the program does about it."""
    from PySide6.QtCore import QCoreApplication

    return (QCoreApplication.translate(
        "Diagnostics", "管理员设置文件 %1 无法使用：%2。\n\n为了安全，程序以自助机模式运行："
        "不保存任何信息，不打开浏览器，不打印。请改正或删除这个文件，然后重新启动程序。")
        .replace("%1", str(problem.path)).replace("%2", file_problem_text(problem.code,
                                                                            problem.args)))
