"""Start the program: QApplication, translations, fonts, content, progress, the window."""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QLibraryInfo, QLocale, QObject, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from wizard.content import Content, ContentError, load_content
from wizard.paths import (
    app_icon_path,
    bundle_dir,
    content_dir,
    default_data_dir,
    illustrations_dir,
    is_frozen,
)
from wizard.store import ProgressStore

log = logging.getLogger(__name__)

# Hidden, for benchmarks/run.py: quit right after the first painted page and print one line
# "WENGANG_FIRST_PAINT <wall-clock ns> <page key>". benchmarks/baseline_wizard.py does the same.
FIRST_PAINT_ENV = "WENGANG_BENCH_FIRST_PAINT"


class _FirstPaint(QObject):
    """On the first paint of the shown page, let it finish, report the time and quit."""

    def __init__(self, page, app: QApplication):
        super().__init__(app)
        self.page, self.app, self.seen = page, app, False
        page.installEventFilter(self)
        QTimer.singleShot(30_000, lambda: app.exit(3))  # never hang a benchmark

    def eventFilter(self, obj, event) -> bool:
        if not self.seen and event.type() == QEvent.Type.Paint:
            self.seen = True
            QTimer.singleShot(0, self._report)  # after this paint (and its flush) completes
        return False

    def _report(self) -> None:
        print(f"WENGANG_FIRST_PAINT {time.time_ns()} {self.page.objectName()}", flush=True)
        self.app.exit(0)


def data_dir_from(option: str | None) -> Path:
    if option:
        return Path(option)
    env = os.environ.get("WENGANG_WIZARD_DATA_DIR")
    return Path(env) if env else default_data_dir()


def ensure_app() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        app.setApplicationName("wengang-wizard")
    if not getattr(app, "_wizard_styled", False):  # a new stylesheet re-polishes every widget
        install_translators(app)
        if app.windowIcon().isNull():
            app.setWindowIcon(QIcon(str(app_icon_path())))
        from wizard.ui.style import apply_style

        apply_style(app)
        app._wizard_styled = True
    return app


def qt_translation_dirs() -> list[str]:
    """Where Qt's own .qm files are: Qt's configured path; in a frozen bundle also the bundle's
    PySide6 folder, in both layouts PyInstaller uses (PySide6/Qt/translations on Linux and
    macOS, PySide6/translations on Windows), should its runtime qt.conf not take effect."""
    dirs = [QLibraryInfo.path(QLibraryInfo.TranslationsPath)]
    if is_frozen():
        base = bundle_dir() / "PySide6"
        dirs += [str(base / "Qt" / "translations"), str(base / "translations")]
    return dirs


def install_translators(app: QApplication, language: str = "zh_CN") -> None:
    """Qt's own strings (下一步, 上一步, 取消 …) come from Qt's bundled qtbase translation."""
    if getattr(app, "_wizard_translators", None):
        return
    translators = []
    qt = QTranslator(app)
    if any(qt.load(QLocale(language), "qtbase", "_", d) for d in qt_translation_dirs()):
        app.installTranslator(qt)
        translators.append(qt)
    else:
        log.warning("Qt translation qtbase_%s not found", language)
    app._wizard_translators = translators


def load_checked_content(folder: Path | None = None) -> Content:
    return load_content(folder or content_dir("zh_CN"), illustrations_dir())


def content_error_text(error: ContentError) -> str:
    lines = "\n".join(f"• {p}" for p in error.problems[:40])
    more = f"\n……另有 {len(error.problems) - 40} 个问题" if len(error.problems) > 40 else ""
    return (f"向导的内容文件有问题，程序无法启动。请联系提供本程序的工作人员。\n\n"
            f"内容文件夹：{error.folder}\n\n{lines}{more}")


def configure_screenshots(option: str | None) -> Path | None:
    """Real screenshots: --screenshots DIR, else `screenshots_dir` in the admin settings file."""
    from wizard.store.admin import choose_screenshots_dir, load_admin_settings
    from wizard.ui.picture import configure_pictures

    folder = choose_screenshots_dir(option, load_admin_settings())
    if folder is not None:
        log.info("real screenshots from %s", folder)
    configure_pictures(folder)
    return folder


def run(data_dir: str | None = None, content_folder: str | None = None,
        screenshots: str | None = None) -> int:
    app = ensure_app()
    try:
        content = load_checked_content(Path(content_folder) if content_folder else None)
    except ContentError as error:
        QMessageBox.critical(None, "内容文件有误", content_error_text(error))
        return 2
    from wizard.ui.session import Session
    from wizard.ui.wizard import GuideWizard

    configure_screenshots(screenshots)
    store = ProgressStore(data_dir_from(data_dir))
    loaded = store.load()
    session = Session(content, store, loaded.progress)
    wizard = GuideWizard(session, loaded.notice)
    screen = app.primaryScreen().availableGeometry() if app.primaryScreen() else None
    width, height = 1024, 700
    if screen is not None:
        width, height = min(width, screen.width()), min(height, screen.height())
    wizard.resize(width, height)
    wizard.show()
    if os.environ.get(FIRST_PAINT_ENV):
        _FirstPaint(wizard.currentPage(), app)  # shown, not painted yet: that needs the loop
    return app.exec()
