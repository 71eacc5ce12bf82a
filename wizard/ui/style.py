"""Fonts and the look: large calm type, one obvious primary button, boxes for notes."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

# Chosen explicitly: left to itself, Qt's fallback may pick Japanese glyph shapes.
SIMPLIFIED_FAMILIES = ("Microsoft YaHei", "Microsoft YaHei UI", "Noto Sans CJK SC",
                       "Source Han Sans SC", "PingFang SC", "WenQuanYi Micro Hei")
# Traditional text with Hong Kong (or else Taiwan) glyph shapes, never a Japanese fallback.
TRADITIONAL_FAMILIES = ("Microsoft JhengHei", "Microsoft JhengHei UI", "Noto Sans CJK HK",
                        "Source Han Sans HC", "Noto Sans CJK TC", "Source Han Sans TC",
                        "PingFang HK", "PingFang TC", "MingLiU_HKSCS")
# English text still shows portal labels in Simplified Chinese (【单位登录】): SC shapes.
FAMILIES = {"zh_CN": SIMPLIFIED_FAMILIES, "zh_HK": TRADITIONAL_FAMILIES, "en": SIMPLIFIED_FAMILIES}

BODY_PT = 12  # about 16 px
TITLE_PT = 18  # about 24 px
TEXT_WIDTH = 680  # about 40 Chinese characters at the body size

PRIMARY = "#00703c"
INK = "#0b0c0c"
MUTED = "#505a5f"
BORDER = "#b1b4b6"
LINK = "#1d4ed8"


def pick_family(candidates: tuple[str, ...] = SIMPLIFIED_FAMILIES) -> str | None:
    available = set(QFontDatabase.families())
    return next((f for f in candidates if f in available), None)


def families_for(language: str) -> list[str]:
    """The installed families for `language`, best first. For English a Latin UI family leads
    and the CJK family follows for the Chinese portal labels; Traditional lists a Simplified
    family last only as a fallback for characters the Traditional font lacks."""
    available = set(QFontDatabase.families())
    wanted = list(FAMILIES.get(language, SIMPLIFIED_FAMILIES))
    found = [f for f in wanted if f in available][:2]
    if language == "en":
        latin = next((f for f in ("Segoe UI", "Noto Sans", "DejaVu Sans") if f in available), None)
        found = ([latin] if latin else []) + found
    elif language == "zh_HK":
        found += [f for f in SIMPLIFIED_FAMILIES if f in available][:1]
    return found


# Text size: 100 % to 200 % in these steps (Ctrl+= / Ctrl+- / Ctrl+0, 字号 on the welcome page).
SCALES = (1.0, 1.25, 1.5, 1.75, 2.0)


class _Look:
    """What the application shows now: set by apply_font / apply_look, read by the pages."""

    scale = 1.0
    high_contrast = False
    language = "zh_CN"


def current_scale() -> float:
    return _Look.scale


def high_contrast_on() -> bool:
    return _Look.high_contrast


def scaled(pt: float) -> int:
    """A point size at the current text scale (for the few fonts set in code)."""
    return max(1, round(pt * _Look.scale))


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


def apply_style(app: QApplication, language: str = "zh_CN") -> None:
    apply_font(app, language)
    app.setStyleSheet(stylesheet(_Look.scale, _Look.high_contrast))
    app._wizard_look = (_Look.scale, _Look.high_contrast)


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
    def px(n: float) -> int:
        return round(n * scale)

    sheet = STYLESHEET.format(title_pt=round(TITLE_PT * scale), big_pt=round(26 * scale),
                              indicator=px(22), button_min=px(28), PRIMARY=PRIMARY, INK=INK,
                              MUTED=MUTED, BORDER=BORDER, LINK=LINK)
    return sheet + (HIGH_CONTRAST.format(indicator=px(24)) if high_contrast else "")


# Keyboard focus: a yellow background and a thick black edge (as GOV.UK), on every control,
# so it is seen at a glance and not only by its colour.
STYLESHEET = """
QWizard, QWizardPage, QScrollArea, QScrollArea > QWidget > QWidget#pageBody {{
    background: #ffffff; color: {INK};
}}
QLabel {{ color: {INK}; }}
QLabel[role="title"] {{ font-size: {title_pt}pt; font-weight: bold; }}
QLabel[role="big"] {{ font-size: {big_pt}pt; font-weight: bold; }}
QLabel[role="eyebrow"], QLabel[role="muted"] {{ color: {MUTED}; }}
QLabel[role="section"] {{ font-weight: bold; margin-top: 6px; }}
QLabel[role="number"] {{ font-weight: bold; color: {INK}; }}
QFrame[box="info"] {{ background: #eef4fb; border-left: 5px solid #1d70b8; }}
QFrame[box="warning"] {{ background: #fff7e6; border-left: 5px solid #f47738; }}
QFrame[box="waiting"] {{ background: #f3f2f1; border-left: 5px solid #505a5f; }}
QFrame[box="links"] {{ background: #f8f8f8; border: 1px solid #dddddd; }}
QPushButton {{
    padding: 6px 14px; border: 1px solid {BORDER}; border-radius: 3px; background: #f3f2f1;
    min-height: {button_min}px; color: {INK};
}}
QPushButton:hover {{ background: #e8e8e8; }}
QPushButton[primary="true"] {{
    background: {PRIMARY}; color: white; font-weight: bold; border: 1px solid #005a30;
}}
QPushButton[primary="true"]:disabled {{ background: #a6c7b5; border-color: #a6c7b5; }}
QPushButton[flat="true"] {{ border: none; background: transparent; color: {LINK};
    text-decoration: underline; padding: 2px 4px; }}
QPushButton:focus, QPushButton[primary="true"]:focus, QPushButton[flat="true"]:focus,
QToolButton:focus, QCheckBox:focus, QRadioButton:focus, QLineEdit:focus, QDateEdit:focus {{
    background: #ffdd00; color: #0b0c0c; border: 3px solid #0b0c0c;
}}
QRadioButton, QCheckBox {{ spacing: 10px; padding: 6px 4px; border: 3px solid transparent; }}
QRadioButton::indicator, QCheckBox::indicator {{ width: {indicator}px; height: {indicator}px; }}
QToolButton[role="disclosure"] {{ border: 3px solid transparent; color: {LINK}; padding: 4px 0; }}
QScrollArea#journeyScroll, QWidget#journey {{ background: #f3f2f1; }}
QLabel#journeyCurrent {{ background: #dbe8f6; border-left: 4px solid #1d70b8;
    font-weight: bold; }}
QCheckBox#doneTick {{ font-weight: bold; }}
"""

# Added after STYLESHEET when 高对比度 is on: black on white, thick black edges, no greys.
HIGH_CONTRAST = """
QWidget {{ color: #000000; }}
QLabel[role="eyebrow"], QLabel[role="muted"] {{ color: #000000; }}
QFrame[box="info"], QFrame[box="warning"], QFrame[box="waiting"], QFrame[box="links"] {{
    background: #ffffff; border: 3px solid #000000; border-left: 10px solid #000000;
}}
QPushButton {{ background: #ffffff; color: #000000; border: 3px solid #000000; }}
QPushButton:hover {{ background: #e6e6e6; }}
QPushButton[primary="true"] {{ background: #000000; color: #ffffff; border: 3px solid #000000; }}
QPushButton[primary="true"]:disabled, QPushButton:disabled {{
    background: #ffffff; color: #595959; border: 3px dashed #595959; }}
QPushButton[flat="true"] {{ color: #00008b; }}
QToolButton[role="disclosure"] {{ color: #00008b; }}
QLineEdit, QDateEdit {{ border: 3px solid #000000; background: #ffffff; }}
QRadioButton::indicator, QCheckBox::indicator {{ width: {indicator}px; height: {indicator}px; }}
QScrollArea#journeyScroll, QWidget#journey {{ background: #ffffff; }}
QLabel#journeyCurrent {{ background: #ffdd00; border: 3px solid #000000; }}
QPushButton:focus, QPushButton[primary="true"]:focus, QPushButton[flat="true"]:focus,
QToolButton:focus, QCheckBox:focus, QRadioButton:focus, QLineEdit:focus, QDateEdit:focus {{
    background: #ffdd00; color: #000000; border: 4px solid #000000;
}}
"""
