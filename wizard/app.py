"""Start the program: QApplication, translations, fonts, content, progress, the window."""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from wizard.content import Content, ContentError, load_content
from wizard.content.choice import choose_content
from wizard.paths import data_dir_from
from wizard.store import ProfileStore
from wizard.ui.about import Running
from wizard.ui.locale import apply_language, startup_language
from wizard.ui.qapp import ensure_app

log = logging.getLogger(__name__)

# Hidden, for benchmarks/run.py: quit right after the first painted page and print one line
# "WENGANG_FIRST_PAINT <wall-clock ns> <page key>". benchmarks/baseline_wizard.py does the same.
FIRST_PAINT_ENV = "WENGANG_BENCH_FIRST_PAINT"
FIRST_PAINT_MODULES_ENV = "WENGANG_BENCH_MODULES"  # and write the names of every imported module


class _FirstPaint(QObject):
    """On the first paint of the shown page, let it finish, report the time and quit."""

    def __init__(self, page, app: QApplication, safety_ms: int = 30_000):
        super().__init__(app)
        self.page, self.app, self.seen = page, app, False
        page.installEventFilter(self)
        # Never hang a benchmark; stopped once painted (fired later, outside a running loop,
        # app.exit() would make every later event loop return at once).
        self.safety = QTimer(self)
        self.safety.setSingleShot(True)
        self.safety.timeout.connect(lambda: app.exit(3))
        self.safety.start(safety_ms)

    def eventFilter(self, obj, event) -> bool:
        if not self.seen and event.type() == QEvent.Type.Paint:
            self.seen = True
            self.safety.stop()
            QTimer.singleShot(0, self._report)  # after this paint (and its flush) completes
        return False

    def _report(self) -> None:
        print(f"WENGANG_FIRST_PAINT {time.time_ns()} {self.page.objectName()}", flush=True)
        modules = os.environ.get(FIRST_PAINT_MODULES_ENV)
        if modules:  # what was imported before the first paint (tests/test_start_imports.py)
            Path(modules).write_text("\n".join(sorted(sys.modules)), encoding="utf-8")
        self.app.exit(0)


def content_loader(root: Path | None):
    """Content per language from the root chosen at start (wizard/content/choice.py)."""
    def load(language: str) -> Content:
        return load_content(Path(root) if root else None, language)
    return load


def content_error_text(error: ContentError) -> str:
    lines = "\n".join(f"• {p}" for p in error.problems[:40])
    more = ("\n" + QCoreApplication.translate("App", "……另有 %1 个问题")
            .replace("%1", str(len(error.problems) - 40)) if len(error.problems) > 40 else "")
    head = QCoreApplication.translate(
        "App", "向导的内容文件有问题，程序无法启动。请联系提供本程序的工作人员。")
    folder = QCoreApplication.translate("App", "内容文件夹：%1").replace("%1", str(error.folder))
    return f"{head}\n\n{folder}\n\n{lines}{more}"


def configure_screenshots(option: str | None, settings=None) -> Path | None:
    """Real screenshots: --screenshots DIR, else `screenshots_dir` in the admin settings file."""
    from wizard.store.admin import choose_screenshots_dir, load_admin_settings

    folder = choose_screenshots_dir(option, settings or load_admin_settings())
    if folder is not None:
        log.info("real screenshots from %s", folder)
    # The picture module (and QtSvg) loads with the first step page; its default is "no
    # override folder", so it is only imported here when there is something to set.
    if folder is not None or "wizard.ui.picture" in sys.modules:
        from wizard.ui.picture import configure_pictures

        configure_pictures(folder)
    return folder


BUSY_EXIT = 4  # another program already uses the data folder


def tell_busy(lock) -> None:
    """Say that the data folder is in use: on stderr, and in a window when one can be seen."""
    text = lock.busy_text()
    log.warning("data folder %s is locked by %s", lock.data_dir, lock.holder())
    print(text, file=sys.stderr, flush=True)
    if QApplication.platformName() not in ("offscreen", "minimal"):  # nobody could click OK
        QMessageBox.warning(None, QCoreApplication.translate("App", "程序已经打开"), text)


def run(data_dir: str | None = None, content_folder: str | None = None,
        screenshots: str | None = None, language: str | None = None, kiosk: bool = False) -> int:
    from wizard.paths import cache_dir
    from wizard.store.admin import choose_content_dir, read_admin_settings
    from wizard.store.checked import Checked
    from wizard.store.user_settings import load_user_settings
    from wizard.ui import diagnostics

    diagnostics.begin()
    app = ensure_app()
    checked = Checked(cache_dir())
    # Fails closed: a broken file gives the safest kiosk.
    admin_read = read_admin_settings(checked=checked)
    admin = admin_read.settings
    kiosk = kiosk or admin.kiosk
    folder = data_dir_from(data_dir)
    if kiosk:  # the admin's language for every visitor; the user's files are never read
        diagnostics.no_log_file(kiosk=True)
        user = None
        language = startup_language(language or admin.language)
    else:
        user = load_user_settings(folder, checked)
        language = startup_language(language, user.language)
    apply_language(app, language)
    try:
        choice = choose_content(choose_content_dir(content_folder, admin), language)
    except ContentError as error:  # the program's own content is broken: nothing to show
        QMessageBox.critical(None, QCoreApplication.translate("App", "内容文件有误"),
                             content_error_text(error))
        return 2
    content, load = choice.content, content_loader(choice.root)
    notices = [choice.fallback.notice(content.edition)] if choice.fallback else []
    running = Running(choice.root, notices[0] if notices else None)  # for the About window
    configure_screenshots(screenshots, admin)
    if kiosk:
        return run_kiosk(app, content, admin, language, load, admin_problem=admin_read.problem,
                         staff_notices=notices, running=running)
    from wizard.ui.instance_lock import InstanceLock, LockState
    from wizard.ui.session import Session
    from wizard.ui.wizard import GuideWizard

    lock = InstanceLock(folder, app)
    if lock.acquire() is LockState.BUSY:  # before anything is read or written
        tell_busy(lock)
        return BUSY_EXIT
    diagnostics.log_to_folder(folder)
    diagnostics.log_start(language, kiosk=False)
    store = ProfileStore(folder, checked)
    lock.guard(store)  # no profile written without the lock (retaken if start-up could not)
    opened = store.open()
    session = Session(content, store, opened.profile)
    diagnostics.watch_session(session)
    # Staff see a content folder that failed the check on the welcome page.
    wizard = GuideWizard(session, [*notices, *opened.notices], content_for=load,
                         display=remembered_display(folder, user, checked))
    wizard.help.running = running
    wizard.language_changed.connect(lambda code: remember_language(folder, code, checked))
    app.aboutToQuit.connect(lock.release)
    from wizard.ui.window_place import remember_place, restore_place

    maximized = restore_place(wizard, user.window)  # where it was left, on a screen there is
    screen = app.primaryScreen().availableGeometry() if app.primaryScreen() else None
    width, height = 1024, 700
    if screen is not None:
        width, height = min(width, screen.width()), min(height, screen.height())
    if user.window is None:
        wizard.resize(width, height)
    remember_place(wizard, folder, checked)
    desk = None
    if len(opened.profiles) > 1:  # the service-centre desk first (loaded only then)
        from wizard.ui.desk import open_desk

        desk = open_desk(wizard, opened)
        desk.resize(width, height)
        desk.show()
    else:
        wizard.showMaximized() if maximized else wizard.show()
    if os.environ.get(FIRST_PAINT_ENV):  # shown, not painted yet: that needs the loop
        _FirstPaint(desk.body if desk is not None else wizard.currentPage(), app)
    return app.exec()


def remembered_display(folder: Path, user, checked=None):
    """Text size and contrast as the user left them, remembered again at every change."""
    from wizard.store.user_settings import update_user_settings
    from wizard.ui.display import Display

    def remember(scale: float, high_contrast: bool) -> None:
        update_user_settings(folder, checked, font_scale=scale, high_contrast=high_contrast)

    return Display(user.font_scale, user.high_contrast, remember=remember)


def remember_language(folder: Path, language: str, checked=None) -> None:
    from wizard.store.user_settings import update_user_settings

    update_user_settings(folder, checked, language=language)


def run_kiosk(app: QApplication, content: Content, admin, language: str, load,
              admin_problem=None, staff_notices=(), running=None) -> int:
    """Full screen, nothing of a visitor kept (wizard/ui/kiosk.py); no data folder, no lock,
    no log file."""
    from wizard.ui import diagnostics
    from wizard.ui.kiosk import start_kiosk

    diagnostics.log_start(language, kiosk=True)
    wizard = start_kiosk(content, admin, language, content_for=load, admin_problem=admin_problem,
                         staff_notices=staff_notices)
    if running is not None:
        wizard.help.running = running
    diagnostics.watch_session(wizard.session)
    wizard.showFullScreen()
    if os.environ.get(FIRST_PAINT_ENV):
        _FirstPaint(wizard.currentPage(), app)
    return app.exec()
