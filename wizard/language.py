"""The three languages the wizard speaks, and which one to start in. No Qt here.

The portal itself is in Simplified Chinese whatever the user reads, so in zh_HK and en every
portal label keeps its Simplified spelling, followed by its translation: 【单位登录】 (Employer login).
"""

from __future__ import annotations

LANGUAGES = ("zh_CN", "zh_HK", "en")

# Each language named in its own language: that is how a reader finds theirs.
NATIVE_NAMES = {"zh_CN": "简体中文", "zh_HK": "繁體中文", "en": "English"}

# Qt's own translations (QWizard's buttons, standard dialogs): Qt ships no zh_HK, so
# Hong Kong Traditional uses the Taiwan one; English needs none.
QT_TRANSLATION = {"zh_CN": "zh_CN", "zh_HK": "zh_TW", "en": None}

# Environment variable that picks the language (beats the system locale; --lang beats it).
LANGUAGE_ENV = "WENGANG_LANG"

_TRADITIONAL_REGIONS = {"HK", "TW", "MO"}


def default_language(locale_name: str) -> str:
    """zh_HK / zh_TW / zh_MO (and zh_Hant) -> 繁體; any other zh -> 简体; else English.

    Accepts the usual spellings: "zh_HK", "zh-TW", "zh_Hant_HK", "zh_CN.UTF-8", "en_US".
    """
    name = (locale_name or "").split(".")[0].split("@")[0].replace("-", "_")
    parts = name.split("_")
    if parts[0].lower() != "zh":
        return "en"
    rest = {p.upper() for p in parts[1:]}
    if rest & _TRADITIONAL_REGIONS or "HANT" in rest:
        return "zh_HK"
    return "zh_CN"


def normalize_language(value: str | None) -> str | None:
    """A language code from the user (command line, env): one of LANGUAGES, or None."""
    if not value:
        return None
    if value in LANGUAGES:
        return value
    return default_language(value) if value.replace("-", "_").split("_")[0].lower() in (
        "zh", "en") else None


def next_language(current: str) -> str:
    """The one after `current`, round the three (the keyboard shortcut cycles through them)."""
    i = LANGUAGES.index(current) if current in LANGUAGES else -1
    return LANGUAGES[(i + 1) % len(LANGUAGES)]
