"""Everything Qt-wide that follows the language: translators, the locale, the font; and which
language to start in. The languages themselves are declared in the catalogue."""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from wizard.catalogue import catalogue
from wizard.paths import bundle_dir, i18n_dir, is_frozen

log = logging.getLogger(__name__)

LANGUAGE_ENV = "WENGANG_LANG"  # picks the language (beats the system locale; --lang beats it)


def qt_translation_dirs() -> list[str]:
    """Where Qt's own .qm files are: Qt's configured path; in a frozen bundle also the bundle's
    PySide6 folder, in both layouts PyInstaller uses (PySide6/Qt/translations on Linux and
    macOS, PySide6/translations on Windows), should its runtime qt.conf not take effect."""
    dirs = [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)]
    if is_frozen():
        base = bundle_dir() / "PySide6"
        dirs += [str(base / "Qt" / "translations"), str(base / "translations")]
    return dirs


def install_translators(app: QCoreApplication, language: str) -> bool:
    """Our strings from i18n/wizard_<language>.qm; Qt's own (下一步, 上一步, 取消 …) from Qt's
    qtbase translation named in the catalogue. Replaces the translators of another language,
    so it is also how the language is switched. True if anything changed."""
    if getattr(app, "_wizard_language", None) == language:
        return False
    for old in getattr(app, "_wizard_translators", None) or []:
        app.removeTranslator(old)
    translators = []
    qt_language = catalogue().language(language).qt_translation
    if qt_language:
        qt = QTranslator(app)
        if any(qt.load(QLocale(qt_language), "qtbase", "_", d) for d in qt_translation_dirs()):
            translators.append(qt)
        else:
            log.warning("Qt translation qtbase_%s not found", qt_language)
    ours = QTranslator(app)
    if ours.load(f"wizard_{language}", str(i18n_dir())):
        translators.append(ours)
    else:
        log.warning("translation wizard_%s.qm not found in %s", language, i18n_dir())
    for t in translators:
        app.installTranslator(t)
    app._wizard_translators = translators
    app._wizard_language = language
    return True


def apply_language(app, language: str) -> None:
    """Translators, the locale and (with a window) the font of `language`."""
    QLocale.setDefault(QLocale(catalogue().language(language).qt_locale))
    if hasattr(app, "setFont"):
        from wizard.ui.theme import apply_font

        apply_font(app, language)
    install_translators(app, language)


def startup_language(option: str | None = None, remembered: str | None = None) -> str:
    """--lang, else $WENGANG_LANG, else the language last chosen in the wizard (`remembered`),
    else the system locale."""
    cat = catalogue()
    return (cat.normalize_language(option) or cat.normalize_language(os.environ.get(LANGUAGE_ENV))
            or cat.normalize_language(remembered) or cat.language_for_locale(QLocale.system().name()))
