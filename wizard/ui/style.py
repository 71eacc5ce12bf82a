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


def apply_font(app: QApplication, language: str = "zh_CN") -> None:
    font = QFont(app.font())
    families = families_for(language)
    if families:
        font.setFamilies(families)
    font.setPointSize(BODY_PT)
    app.setFont(font)


def apply_style(app: QApplication, language: str = "zh_CN") -> None:
    apply_font(app, language)
    app.setStyleSheet(STYLESHEET)


STYLESHEET = f"""
QWizard, QWizardPage, QScrollArea, QScrollArea > QWidget > QWidget#pageBody {{
    background: #ffffff; color: {INK};
}}
QLabel {{ color: {INK}; }}
QLabel[role="title"] {{ font-size: {TITLE_PT}pt; font-weight: bold; }}
QLabel[role="eyebrow"], QLabel[role="muted"] {{ color: {MUTED}; }}
QLabel[role="section"] {{ font-weight: bold; margin-top: 6px; }}
QLabel[role="number"] {{ font-weight: bold; color: {INK}; }}
QFrame[box="info"] {{ background: #eef4fb; border-left: 5px solid #1d70b8; }}
QFrame[box="warning"] {{ background: #fff7e6; border-left: 5px solid #f47738; }}
QFrame[box="waiting"] {{ background: #f3f2f1; border-left: 5px solid #505a5f; }}
QFrame[box="links"] {{ background: #f8f8f8; border: 1px solid #dddddd; }}
QPushButton {{
    padding: 6px 14px; border: 1px solid {BORDER}; border-radius: 3px; background: #f3f2f1;
    min-height: 28px;
}}
QPushButton:hover {{ background: #e8e8e8; }}
QPushButton:focus, QCheckBox:focus, QRadioButton:focus, QToolButton:focus {{
    outline: 3px solid #ffdd00; border: 2px solid #0b0c0c;
}}
QPushButton[primary="true"] {{
    background: {PRIMARY}; color: white; font-weight: bold; border: 1px solid #005a30;
}}
QPushButton[primary="true"]:disabled {{ background: #a6c7b5; border-color: #a6c7b5; }}
QPushButton[flat="true"] {{ border: none; background: transparent; color: {LINK};
    text-decoration: underline; padding: 2px 4px; }}
QRadioButton, QCheckBox {{ spacing: 10px; padding: 6px 4px; }}
QRadioButton::indicator, QCheckBox::indicator {{ width: 22px; height: 22px; }}
QToolButton[role="disclosure"] {{ border: none; color: {LINK}; padding: 4px 0; }}
QScrollArea#journeyScroll, QWidget#journey {{ background: #f3f2f1; }}
QLabel#journeyCurrent {{ background: #dbe8f6; border-left: 4px solid #1d70b8;
    font-weight: bold; }}
QCheckBox#doneTick {{ font-weight: bold; }}
"""
