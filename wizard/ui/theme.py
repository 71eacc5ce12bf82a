"""The look, in one place: fonts, text size, high contrast, every colour and every style rule.

Widgets never style themselves (a test greps for setStyleSheet outside this module): they set
a property — `role` on labels, `box` on frames, `feedback` on the details page's messages,
`primary`/`flat` on buttons — and the application's style sheet, written here, selects on it.
Painted things (the picture frame, the PDF's boxes, marks inside rich text) take their colours
from `colour()`, so high contrast reaches them too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase

if TYPE_CHECKING:  # the PDF paints with a QGuiApplication: no widgets needed
    from PySide6.QtWidgets import QApplication

BODY_PT = 12  # about 16 px
TITLE_PT = 18  # about 24 px
TEXT_WIDTH = 680  # about 40 Chinese characters at the body size
SCALES = (1.0, 1.25, 1.5, 1.75, 2.0)  # text size 100 %–200 % (Ctrl+= / Ctrl+- / Ctrl+0)

# Calm colours after GOV.UK's; high contrast replaces them all with black on white.
NORMAL = {
    "ink": "#0b0c0c", "muted": "#505a5f", "border": "#b1b4b6", "link": "#1d4ed8",
    "primary": "#00703c", "primary_edge": "#005a30", "primary_off": "#a6c7b5",
    "focus": "#ffdd00", "page": "#ffffff", "panel": "#f3f2f1", "current": "#dbe8f6",
    "current_edge": "#1d70b8", "info": "#eef4fb", "info_edge": "#1d70b8",
    "warning": "#fff7e6", "warning_edge": "#f47738", "waiting": "#f3f2f1",
    "waiting_edge": "#505a5f", "links": "#f8f8f8", "links_edge": "#dddddd",
    "error": "#942514", "error_bg": "#fdecea", "error_edge": "#d4351c", "ok": "#00703c",
    "hover": "#e8e8e8", "frame": "#8d959b", "disabled": "#8a8f93",
}
HIGH_CONTRAST = {**{k: "#000000" for k in NORMAL},
                 "page": "#ffffff", "panel": "#ffffff", "current": "#ffdd00", "focus": "#ffdd00",
                 "info": "#ffffff", "warning": "#ffffff", "waiting": "#ffffff", "links": "#ffffff",
                 "error_bg": "#ffffff", "hover": "#e6e6e6", "link": "#00008b",
                 "primary_off": "#595959", "disabled": "#595959"}
CODE_FAMILIES = ("Consolas", "DejaVu Sans Mono", "Noto Sans Mono", "Liberation Mono", "Courier New")


class _Look:
    """What the application shows now: set by apply_font / apply_look, read by the pages."""

    scale = 1.0
    high_contrast = False
    language = "zh_CN"


def mark(widget, name: str, value) -> None:
    """Set a property the style sheet selects on (primary, box, feedback, …) and restyle the
    widget: a style sheet keeps the rules it found for a polished widget until unpolished."""
    if widget.property(name) != value:
        widget.setProperty(name, value)
        # Not polished yet (not shown yet): its first show polishes it with the new value. (At
        # start, style() before the first paint made Python types for every QStyle class.)
        if widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
            widget.style().unpolish(widget)
            widget.style().polish(widget)


def current_scale() -> float:
    return _Look.scale


def high_contrast_on() -> bool:
    return _Look.high_contrast


def colour(name: str) -> str:
    return (HIGH_CONTRAST if _Look.high_contrast else NORMAL)[name]


def scaled(pt: float) -> int:
    """A point size at the current text scale (for the few fonts set in code)."""
    return max(1, round(pt * _Look.scale))


def pick_family(candidates: tuple[str, ...]) -> str | None:
    available = set(QFontDatabase.families())
    return next((f for f in candidates if f in available), None)


def families_for(language: str) -> list[str]:
    """The installed families of the language's catalogue list, best first (chosen
    explicitly: left to itself, Qt's fallback may pick Japanese glyph shapes)."""
    from wizard.catalogue import catalogue

    codes = catalogue().language_codes
    wanted = catalogue().language(language if language in codes else codes[0]).fonts
    available = set(QFontDatabase.families())
    return [f for f in wanted if f in available][:4]


def code_font(base: QFont) -> QFont:
    """Codes in a fixed-width face, a little spaced, so O and 0, 1 and I are easier to tell."""
    font = QFont(base)
    font.setFamilies([*CODE_FAMILIES, *base.families()])  # CJK still shows if typed
    font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 1.5)
    return font


def marked_html(chars: list[tuple[str, bool]]) -> str:
    """Rich text of a code, the marked characters on yellow, bold and underlined."""
    import html

    family = ", ".join(f"'{f}'" for f in CODE_FAMILIES) + ", monospace"
    mark = (f"background-color: {colour('focus')}; color: {colour('ink')}; font-weight: bold;"
            " text-decoration: underline;")
    inner = "".join(f"<span style='{mark}'>{html.escape(c)}</span>" if marked else html.escape(c)
                    for c, marked in chars)
    return f"<span style=\"font-family: {family}; letter-spacing: 2px;\">{inner}</span>"


def muted_html(text: str) -> str:
    import html

    return f"<span style='color:{colour('muted')}'>{html.escape(text)}</span>"


def apply_font(app: QApplication, language: str = "zh_CN", scale: float | None = None) -> None:
    _Look.language = language
    if scale is not None:
        _Look.scale = scale
    font = QFont(app.font())
    families = families_for(language)
    if families:
        font.setFamilies(families)
    font.setPointSize(scaled(BODY_PT))
    app.setFont(font)


def apply_look(app: QApplication, scale: float, high_contrast: bool) -> bool:
    """Text size and contrast for the whole application; False if nothing changed (then
    nothing is re-polished, which would cost every widget a restyle)."""
    scale = min(max(float(scale), SCALES[0]), SCALES[-1])
    if (scale, bool(high_contrast)) == (_Look.scale, _Look.high_contrast) and \
            getattr(app, "_wizard_look", None) == (scale, bool(high_contrast)):
        return False
    _Look.high_contrast = bool(high_contrast)
    apply_font(app, _Look.language, scale)
    app.setStyleSheet(stylesheet(scale, _Look.high_contrast))
    app._wizard_look = (scale, _Look.high_contrast)
    return True


def stylesheet(scale: float = 1.0, high_contrast: bool = False) -> str:
    c = HIGH_CONTRAST if high_contrast else NORMAL

    def px(n: float) -> int:
        return round(n * scale)

    edge = 3 if high_contrast else 1  # high contrast: thick black edges everywhere
    box_edge = f"border: 3px solid {c['ink']}; border-left: 10px solid {c['ink']};" \
        if high_contrast else ""
    return f"""
QWizard, QWizardPage, QScrollArea, QScrollArea > QWidget > QWidget#pageBody {{
    background: {c['page']}; color: {c['ink']};
}}
QWidget {{ color: {c['ink']}; }}
QLabel[role="title"] {{ font-size: {round(TITLE_PT * scale)}pt; font-weight: bold; }}
QLabel[role="big"] {{ font-size: {round(26 * scale)}pt; font-weight: bold; }}
QLabel[role="eyebrow"], QLabel[role="muted"] {{ color: {c['muted']}; }}
QLabel[role="section"] {{ font-weight: bold; margin-top: 6px; }}
QLabel[role="cardTitle"] {{ font-weight: bold; margin-top: 0; }}
QLabel[role="number"] {{ font-weight: bold; }}
QLabel[role="error"] {{ color: {c['error']}; font-weight: bold; }}
QLabel[role="code"] {{ font-family: {", ".join(f"'{f}'" for f in CODE_FAMILIES)}, monospace; }}
QLabel[feedback="warn"] {{ background: {c['warning']}; border-left: 4px solid {c['warning_edge']};
    padding: 4px 8px; }}
QLabel[feedback="ok"] {{ color: {c['ok']}; padding: 0 2px; }}
QLabel[feedback="incomplete"] {{ color: {c['muted']}; padding: 0 2px; }}
QLabel#saveWarning {{ background: {c['error_bg']}; color: {c['error']}; font-weight: bold;
    border-left: 5px solid {c['error_edge']}; padding: 6px; }}
QFrame[box="info"] {{ background: {c['info']}; border-left: 5px solid {c['info_edge']}; {box_edge} }}
QFrame[box="warning"] {{ background: {c['warning']}; border-left: 5px solid {c['warning_edge']};
    {box_edge} }}
QFrame[box="waiting"] {{ background: {c['waiting']}; border-left: 5px solid {c['waiting_edge']};
    {box_edge} }}
QFrame[box="links"] {{ background: {c['links']}; border: {edge}px solid {c['links_edge']}; }}
QPushButton {{
    padding: 6px 14px; border: {edge}px solid {c['border']}; border-radius: 3px;
    background: {c['panel']}; min-height: {px(28)}px; color: {c['ink']};
}}
QPushButton:hover {{ background: {c['hover']}; }}
QPushButton[primary="true"] {{
    background: {c['primary'] if not high_contrast else '#000000'}; color: white;
    font-weight: bold; border: {edge}px solid {c['primary_edge']};
}}
QPushButton:disabled, QToolButton:disabled, QCheckBox:disabled, QRadioButton:disabled {{
    color: {c['disabled']}; border-style: dashed; }}
QPushButton[primary="true"]:disabled {{ background: {c['primary_off']}; border-color: {c['primary_off']};
    color: white; }}
QPushButton[flat="true"] {{ border: none; background: transparent; color: {c['link']};
    text-decoration: underline; padding: 2px 4px; }}
QPushButton:focus, QPushButton[primary="true"]:focus, QPushButton[flat="true"]:focus,
QToolButton:focus, QCheckBox:focus, QRadioButton:focus, QLineEdit:focus, QDateEdit:focus,
QComboBox:focus, QSpinBox:focus, QTextBrowser:focus, QLabel:focus {{
    background: {c['focus']}; color: #0b0c0c; border: {4 if high_contrast else 3}px solid #0b0c0c;
}}
QRadioButton, QCheckBox {{ spacing: 10px; padding: 6px 4px; border: 3px solid transparent; }}
QRadioButton::indicator, QCheckBox::indicator {{ width: {px(24 if high_contrast else 22)}px;
    height: {px(24 if high_contrast else 22)}px; }}
QToolButton[role="disclosure"] {{ border: 3px solid transparent; color: {c['link']}; padding: 4px 0; }}
QTableView:focus {{ border: {4 if high_contrast else 3}px solid #0b0c0c; }}
QLineEdit, QDateEdit {{ border: {edge}px solid {c['border'] if not high_contrast else c['ink']};
    background: {c['page']}; }}
QScrollArea#journeyScroll, QWidget#journey {{ background: {c['panel']}; }}
QLabel#journeyCurrent, QPushButton#journeyCurrent {{ background: {c['current']};
    border-left: 4px solid {c['current_edge']}; font-weight: bold;
    {'border: 3px solid #000000;' if high_contrast else ''} }}
QCheckBox#doneTick {{ font-weight: bold; }}
"""
