"""The QApplication, set up once: icon, look and first language."""

from __future__ import annotations

import sys

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from wizard.paths import app_icon_path


def ensure_app(language: str | None = None) -> QApplication:
    """The QApplication, with the program's icon, look and (first) language."""
    from wizard.ui.locale import install_translators
    from wizard.ui.theme import apply_font, apply_look

    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        app.setApplicationName("wengang-wizard")
    if not getattr(app, "_wizard_styled", False):  # a new stylesheet re-polishes every widget
        install_translators(app, language or "zh_CN")
        if app.windowIcon().isNull():
            app.setWindowIcon(QIcon(str(app_icon_path())))
        apply_font(app, language or "zh_CN")
        apply_look(app, 1.0, False)
        app._wizard_styled = True
    return app
