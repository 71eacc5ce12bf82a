"""Start the program: QApplication, translations, fonts, content, progress, the window."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from wizard.content import Content, ContentError, load_content
from wizard.paths import content_dir, default_data_dir, illustrations_dir
from wizard.store import ProgressStore

log = logging.getLogger(__name__)


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
    install_translators(app)
    from wizard.ui.style import apply_style

    apply_style(app)
    return app


def install_translators(app: QApplication, language: str = "zh_CN") -> None:
    """Qt's own strings (下一步, 上一步, 取消 …) come from Qt's bundled qtbase translation."""
    if getattr(app, "_wizard_translators", None):
        return
    translators = []
    qt = QTranslator(app)
    if qt.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
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


def run(data_dir: str | None = None, content_folder: str | None = None) -> int:
    app = ensure_app()
    try:
        content = load_checked_content(Path(content_folder) if content_folder else None)
    except ContentError as error:
        QMessageBox.critical(None, "内容文件有误", content_error_text(error))
        return 2
    from wizard.ui.session import Session
    from wizard.ui.wizard import GuideWizard

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
    return app.exec()
