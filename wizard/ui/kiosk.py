"""Kiosk mode: a self-service machine in a service hall, a stranger every few minutes.

- Full screen; the window's close button, Alt+F4 and Esc do nothing (GuideWizard asks
  `kiosk.may_close`). Staff leave with STAFF_EXIT_KEYS and the PIN whose PBKDF2 hash is
  `pin_hash` in the admin settings (no hash: no exit from inside the program).
- The visitor's progress lives only in memory: the Session has no store, so nothing of the
  visit is ever written to disk and the normal profiles are neither read nor shown (and the
  normal data folder's lock is not taken: a kiosk shares nothing with a normal start).
- A visit starts with the first touch, click or key. After `idle_timeout_seconds` without
  input, a large dialog asks 还在使用吗？ for `countdown_seconds`; no answer (or 结束并清除)
  ends the visit: every page is emptied, the session starts afresh, the clipboard is cleared,
  language, text size and contrast go back to the admin defaults and the welcome page returns.
  The summary's 完成并清除我的信息 (and Finish) does the same at once.
- Links open no browser unless `allow_browser`: they show their QR code and address only.

What an application cannot do: stop Ctrl+Alt+Del, the Windows key, task switching or a
power button. The kiosk's operating-system account must be locked down (README).
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from wizard.changes import Change
from wizard.content import Content
from wizard.flow.journey import SUMMARY
from wizard.store.admin import AdminSettings
from wizard.store.document import DEFAULT_NAME, ProfileMeta
from wizard.store.profiles import Profile, new_id
from wizard.store.progress import Progress
from wizard.store.staff_pin import PinGuard, pin_hash_problem, verify_pin
from wizard.ui.display import Display
from wizard.ui.session import Session
from wizard.ui.widgets import label
from wizard.ui.words import say

log = logging.getLogger(__name__)

STAFF_EXIT_KEYS = "Ctrl+Alt+Shift+Q"

_INPUT_EVENTS = frozenset({
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseMove,
    QEvent.Type.MouseButtonDblClick, QEvent.Type.KeyPress, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TabletPress,
    QEvent.Type.InputMethod,
})


TOUCH_MM = 9  # the least height of anything a fingertip presses


def touch_px(widget: QWidget) -> int:
    """TOUCH_MM in the widget's pixels (from the screen's logical DPI, so at any scaling)."""
    return math.ceil(TOUCH_MM / 25.4 * widget.logicalDpiY())


class TouchSizes(QObject):
    """Every button of the kiosk (the pages', the footer's, the dialogs') is at least TOUCH_MM
    high: set when it is shown and after each restyle (text size, contrast), both of which
    come after the style sheet set its own minimum height."""

    def eventFilter(self, obj, event) -> bool:
        if event.type() in (QEvent.Type.Show, QEvent.Type.StyleChange) \
                and isinstance(obj, QAbstractButton):
            need = touch_px(obj)
            if obj.minimumHeight() < need:
                obj.setMinimumHeight(need)
        return False


class IdleWatcher(QObject):
    """Watches every input event of the application; `idle` after `seconds` without one.

    Armed by the first input (the start of a visit), so an untouched kiosk shows no dialog."""

    idle = Signal()

    def __init__(self, seconds: float, parent: QObject | None = None):
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(max(1, round(seconds * 1000)))
        self.timer.timeout.connect(self.idle.emit)
        self.paused = False

    def eventFilter(self, _obj, event) -> bool:
        if not self.paused and event.type() in _INPUT_EVENTS:
            self.timer.start()
        return False

    def pause(self) -> None:
        self.paused = True
        self.timer.stop()

    def resume(self) -> None:
        """Count again from now (after 继续使用)."""
        self.paused = False
        self.timer.start()

    def disarm(self) -> None:
        """After a reset: wait for the next visitor's first input."""
        self.paused = False
        self.timer.stop()


class CountdownDialog(QDialog):
    """还在使用吗？ in large type, with the seconds left and two large buttons."""

    STILL_HERE, END, EXPIRED = 1, 2, 3

    def __init__(self, seconds: float, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("kioskCountdown")
        self.setModal(True)
        self.setWindowTitle(self.tr("还在使用吗？"))
        self.seconds = seconds
        self.deadline = time.monotonic() + seconds
        lay = QVBoxLayout(self)
        lay.setContentsMargins(40, 32, 40, 32)
        lay.setSpacing(18)
        self.question = label(self.tr("还在使用吗？"), role="big")
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.addWidget(self.question)
        self.count = label("", role="big")
        self.count.setObjectName("countdownSeconds")
        self.count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.addWidget(self.count)
        self.explain = label(self.tr("没有人操作时，您在这里填写和选择的内容会被清除，回到开始页。"
                                     "还要用，请点“继续使用”。"))
        self.explain.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.addWidget(self.explain)
        row = QHBoxLayout()
        row.setSpacing(24)
        self.continue_button = QPushButton(self.tr("继续使用"))
        self.continue_button.setObjectName("kioskContinue")
        self.continue_button.setProperty("primary", True)
        self.continue_button.setAccessibleName(self.tr("继续使用"))
        self.continue_button.setDefault(True)
        self.continue_button.clicked.connect(lambda: self.done(self.STILL_HERE))
        self.end_button = QPushButton(self.tr("结束并清除"))
        self.end_button.setObjectName("kioskEnd")
        self.end_button.setAccessibleName(self.tr("结束并清除我的信息"))
        self.end_button.clicked.connect(lambda: self.done(self.END))
        for b in (self.continue_button, self.end_button):
            b.setMinimumHeight(64)
            b.setMinimumWidth(200)
            row.addWidget(b)
        lay.addLayout(row)
        self.expire = QTimer(self)
        self.expire.setSingleShot(True)
        self.expire.setInterval(max(1, round(seconds * 1000)))
        self.expire.timeout.connect(lambda: self.done(self.EXPIRED))
        self.tick = QTimer(self)
        self.tick.setInterval(min(1000, max(50, round(seconds * 250))))
        self.tick.timeout.connect(self._show_left)
        self._show_left()
        self.continue_button.setFocus()

    def start(self) -> None:
        self.deadline = time.monotonic() + self.seconds
        self._show_left()
        self.expire.start()
        self.tick.start()
        self.open()
        self.continue_button.setFocus()

    def seconds_left(self) -> int:
        return max(0, math.ceil(self.deadline - time.monotonic()))

    def _show_left(self) -> None:
        left = self.seconds_left()
        self.count.setText(self.tr("%1 秒").replace("%1", str(left)))
        self.count.setAccessibleName(self.tr("还剩 %1 秒").replace("%1", str(left)))

    def reject(self) -> None:  # Esc: someone is there
        self.done(self.STILL_HERE)

    def done(self, result: int) -> None:
        self.expire.stop()
        self.tick.stop()
        super().done(result)


class PinCheck(QObject):
    """verify_pin on a worker thread (PBKDF2 takes up to about a second on a slow PC): the
    window keeps painting and answering meanwhile. `finished` arrives on the GUI thread."""

    finished = Signal(bool)

    def start(self, pin: str, pin_hash: str) -> None:
        threading.Thread(target=self._run, args=(pin, pin_hash), name="staff-pin",
                         daemon=True).start()

    def _run(self, pin: str, pin_hash: str) -> None:
        try:
            right = verify_pin(pin, pin_hash)
        except Exception:  # verify_pin does not raise; if it ever did, the try is simply wrong
            log.exception("kiosk staff exit: the PIN check failed")
            right = False
        try:
            self.finished.emit(right)
        except RuntimeError:  # the dialog (and this object) is gone: the try was counted
            pass


class StaffExitDialog(QDialog):
    """Staff only: the PIN (never stored; compared with the admin file's PBKDF2 hash).

    Every try is counted by the controller's PinGuard, so cancelling and reopening the dialog
    gives no fresh tries. A malformed pin_hash is said in plain words instead of asking."""

    def __init__(self, pin_hash: str | None, guard: PinGuard, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("kioskStaffExit")
        self.setModal(True)
        self.setWindowTitle(self.tr("工作人员退出自助机模式"))
        self.pin_hash = pin_hash
        self.guard = guard
        self.checking = False
        self.checker = PinCheck(self)
        self.checker.finished.connect(self._checked)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(28, 20, 28, 20)
        lay.setSpacing(12)
        lay.addWidget(label(self.tr("工作人员退出自助机模式"), role="title"))
        self.pin = QLineEdit()
        self.pin.setObjectName("staffPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(64)
        self.pin.setAccessibleName(self.tr("工作人员 PIN"))
        self.error = label("")
        self.error.setObjectName("staffPinError")
        self.error.setVisible(False)
        self.problem = label("")
        self.problem.setObjectName("staffPinProblem")
        row = QHBoxLayout()
        # Enter in the PIN field presses this default button: one try per Enter.
        self.ok = QPushButton(self.tr("退出自助机模式"))
        self.ok.setObjectName("staffExitOk")
        self.ok.setAccessibleName(self.tr("退出自助机模式"))
        self.ok.setDefault(True)
        self.ok.clicked.connect(self.check)
        self.cancel = QPushButton(self.tr("取消"))
        self.cancel.setAccessibleName(self.tr("取消"))
        self.cancel.setAutoDefault(False)
        self.cancel.clicked.connect(self.reject)
        problem = pin_hash_problem(pin_hash)
        self.asks_pin = bool(pin_hash) and problem is None
        if self.asks_pin:
            caption = label(self.tr("请输入工作人员 PIN："))
            caption.setBuddy(self.pin)
            lay.addWidget(caption)
            lay.addWidget(self.pin)
            lay.addWidget(self.error)
            row.addWidget(self.ok)
        else:
            self.problem.setText(self._problem_text(problem) if pin_hash else self.tr(
                "这台自助机没有设置工作人员 PIN（admin.json 里的 pin_hash），"
                "所以不能在程序里退出。设置方法见使用说明。"))
            lay.addWidget(self.problem)
            self.ok.setVisible(False)
            self.pin.setVisible(False)
        row.addStretch(1)
        row.addWidget(self.cancel)
        lay.addLayout(row)
        self._show_if_resting()
        (self.pin if self.asks_pin and self.pin.isEnabled() else self.cancel).setFocus()

    def _problem_text(self, problem: str | None) -> str:
        reasons = {
            "not_ascii": self.tr("里面有中文、全角等非英文字符"),
            "fields": self.tr("应当是用 $ 隔开的四段"),
            "scheme": self.tr("开头不是 pbkdf2_sha256"),
            "iterations": self.tr("第二段的次数应在 10000 到 1000000 之间"),
            "salt": self.tr("第三段不是 16 到 128 位的十六进制数"),
            "digest": self.tr("第四段不是 64 位的十六进制数"),
        }
        return self.tr("admin.json 里的 pin_hash 不是 --hash-pin 生成的值（%1），所以不能在程序里"
                       "退出。请管理员用 --hash-pin 重新生成后写进 admin.json。"
                       ).replace("%1", reasons.get(problem or "", problem or ""))

    def _show_if_resting(self) -> bool:
        """While the exit rests: say for how long, and take no PIN."""
        left = self.guard.seconds_left()
        if left <= 0 or not self.asks_pin:
            return False
        self.error.setText(self.tr("PIN 错误次数太多。请 %1 分钟后再试。")
                           .replace("%1", str(math.ceil(left / 60))))
        self.error.setVisible(True)
        self.pin.setEnabled(False)
        self.ok.setEnabled(False)
        self.cancel.setFocus()
        return True

    def check(self) -> None:
        """Start checking the typed PIN (on a worker thread); one check at a time."""
        if self.checking or not self.asks_pin or not self.pin.text():
            return
        pin = self.pin.text()
        self.pin.clear()  # not kept a moment longer than needed
        if not self.guard.attempt():
            self._show_if_resting()
            return
        self.checking = True
        self.pin.setEnabled(False)
        self.ok.setEnabled(False)
        self.error.setText(self.tr("正在核对…"))
        self.error.setVisible(True)
        self.checker.start(pin, self.pin_hash)

    def _checked(self, right: bool) -> None:
        self.checking = False
        if right:
            self.guard.succeeded()
            self.accept()
            return
        log.warning("kiosk staff exit: wrong PIN (%d of %d)", self.guard.tries, self.guard.max_tries)
        self.pin.setEnabled(True)
        self.ok.setEnabled(True)
        if self._show_if_resting():
            log.warning("kiosk staff exit: too many wrong PINs, resting %d s", self.guard.lockout_s)
            return
        self.error.setText(self.tr("PIN 不对，请再试。"))
        self.pin.setFocus()


def fresh_profile() -> Profile:
    return Profile(new_id(), ProfileMeta(name=DEFAULT_NAME), Progress())


class KioskController(QObject):
    """Turns a GuideWizard into a kiosk: blocks leaving, watches idleness, ends visits."""

    visit_ended = Signal()

    def __init__(self, wizard, settings: AdminSettings, language: str, admin_problem=None,
                 staff_notices=()):
        super().__init__(wizard)
        self.wizard = wizard
        self.settings = settings
        self.language = language  # the language every visit starts in
        self.may_close = False
        self.visits_ended = 0
        self.countdown: CountdownDialog | None = None
        self.staff_dialog: StaffExitDialog | None = None
        self.pin_guard = PinGuard()  # counts across dialogs and visits
        self._ending = False
        if pin_hash_problem(settings.pin_hash):
            log.error("admin settings: pin_hash is not a --hash-pin value (%s); "
                      "staff cannot leave kiosk mode from the program",
                      pin_hash_problem(settings.pin_hash))
        wizard.kiosk = self
        wizard.opener.allow_browser = settings.allow_browser
        # No 保存并退出 (nothing is saved, nobody leaves) and no Finish: the summary's own
        # 完成并清除我的信息 says what finishing means here.
        b = QWizard.WizardButton
        wizard.setButtonLayout([b.CustomButton2, b.CustomButton3, b.Stretch, b.BackButton,
                                b.CustomButton1, b.NextButton])
        if SUMMARY in wizard.pages:  # else the wizard connects it when it makes the summary
            wizard.pages[SUMMARY].clear_requested.connect(self.end_visit)
        self.watcher = IdleWatcher(settings.idle_timeout_seconds, self)
        self.watcher.idle.connect(self.ask_still_there)
        QApplication.instance().installEventFilter(self.watcher)
        self.touch_sizes = TouchSizes(self)
        QApplication.instance().installEventFilter(self.touch_sizes)
        self.staff_shortcut = QShortcut(QKeySequence(STAFF_EXIT_KEYS), wizard)
        self.staff_shortcut.activated.connect(self.ask_staff_pin)
        wizard.destroyed.connect(self._forget)
        # admin.json could not be used (store/admin.py: the safest settings): staff are told at
        # start and on the staff exit screen.
        self.admin_problem = admin_problem
        self.admin_notice = show_admin_problem(wizard, admin_problem) if admin_problem else None
        # For staff only (e.g. a content folder that failed the check): on the staff exit screen.
        self.staff_notices = list(staff_notices)

    def _forget(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.watcher)
            app.removeEventFilter(self.touch_sizes)

    # --- idle -------------------------------------------------------------------------------
    def ask_still_there(self) -> None:
        if self.countdown is not None or self.may_close:
            return
        self.watcher.pause()
        self.countdown = CountdownDialog(self.settings.countdown_seconds, self.wizard)
        self.countdown.finished.connect(self._countdown_finished)
        self.countdown.start()

    def _countdown_finished(self, result: int) -> None:
        dialog, self.countdown = self.countdown, None
        if dialog is not None:
            dialog.finished.disconnect(self._countdown_finished)
            dialog.deleteLater()
        if result == CountdownDialog.STILL_HERE:
            self.watcher.resume()
        else:
            self.end_visit()

    # --- the end of a visit: nothing of it remains --------------------------------------------
    def end_visit(self) -> None:
        if self._ending:  # a dialog closed below may report back: one reset is enough
            return
        self._ending = True
        try:
            self._end_visit()
        finally:
            self._ending = False

    def _end_visit(self) -> None:
        wizard = self.wizard
        self._close_popups()
        session: Session = wizard.session
        session.profile = fresh_profile()
        for page in wizard.pages.values():  # the page contract: no visitor text in any widget
            page.reset()
        wizard.welcome.notices = []
        wizard.restart_journey()
        wizard.display.set(self.settings.font_scale, self.settings.high_contrast,
                           remember=False)
        if wizard.language() != self.language:
            wizard.set_language(self.language)
        session.changed.emit(Change("profile"))
        clear_clipboard()
        self.watcher.disarm()
        self.visits_ended += 1
        log.info("kiosk: visit ended, everything of it wiped")
        self.visit_ended.emit()

    def _close_popups(self) -> None:
        if self.countdown is not None:
            self.countdown.finished.disconnect(self._countdown_finished)
            self.countdown.done(CountdownDialog.END)
            self.countdown.deleteLater()
            self.countdown = None
        for menu in self.wizard.findChildren(QMenu):
            menu.close()
        for dialog in self.wizard.findChildren(QDialog):
            if dialog is not self.staff_dialog and dialog.isVisible():
                dialog.done(QDialog.DialogCode.Rejected)
                dialog.deleteLater()

    # --- staff exit ---------------------------------------------------------------------------
    def ask_staff_pin(self) -> None:
        if self.staff_dialog is not None:
            return
        self.watcher.pause()
        self.staff_dialog = StaffExitDialog(self.settings.pin_hash, self.pin_guard, self.wizard)
        self.staff_dialog.finished.connect(self._staff_finished)
        if self.admin_problem is not None:
            add_admin_problem(self.staff_dialog, self.admin_problem)
        for notice in reversed(self.staff_notices):
            add_staff_note(self.staff_dialog, say(notice), "staffNotice")
        self.staff_dialog.open()

    def _staff_finished(self, result: int) -> None:
        dialog, self.staff_dialog = self.staff_dialog, None
        if dialog is not None:
            dialog.deleteLater()
        if result == QDialog.DialogCode.Accepted:
            self.leave()
            return
        self.watcher.resume()

    def leave(self) -> None:
        """Staff gave the right PIN: wipe the visit, then let the window close."""
        self.end_visit()
        self.watcher.pause()
        self.may_close = True
        self.wizard.close()


def clear_clipboard() -> None:
    clipboard = QGuiApplication.clipboard()
    clipboard.clear(QClipboard.Mode.Clipboard)
    if clipboard.supportsSelection():
        clipboard.clear(QClipboard.Mode.Selection)


def show_admin_problem(wizard, problem) -> QMessageBox:
    """Said once at start, over the kiosk: which file, what is wrong, what the program does."""
    from wizard.ui.diagnostics import admin_problem_text

    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Kiosk", "管理员设置有误"),
                      admin_problem_text(problem), QMessageBox.StandardButton.Ok, wizard)
    box.setObjectName("adminProblem")
    box.open()
    return box


def add_admin_problem(dialog: QDialog, problem) -> None:
    from wizard.ui.diagnostics import admin_problem_text

    add_staff_note(dialog, admin_problem_text(problem), "adminProblemText")


def add_staff_note(dialog: QDialog, text: str, name: str) -> None:
    """A note for staff under the staff exit screen's title."""
    note = label(text)
    note.setObjectName(name)
    layout = dialog.layout()
    layout.insertWidget(1, note)
    width = max(dialog.sizeHint().width(), 560)  # a top-level window ignores height-for-width
    dialog.resize(width, layout.totalHeightForWidth(width))


def start_kiosk(content: Content, settings: AdminSettings, language: str,
                content_for: Callable[[str], Content] | None = None, admin_problem=None,
                staff_notices=()):
    """The wizard in kiosk mode, built but not shown (the app shows it full screen).
    `admin_problem`: why admin.json could not be used (the settings are then the safest);
    `staff_notices`: Messages for staff, shown on the staff exit screen."""
    from wizard.ui.wizard import GuideWizard

    display = Display(settings.font_scale, settings.high_contrast)  # nothing remembered
    wizard = GuideWizard(Session(content, None, fresh_profile()), None,
                         content_for=content_for, display=display)
    display.setParent(wizard)
    KioskController(wizard, settings, language, admin_problem, staff_notices)
    return wizard
