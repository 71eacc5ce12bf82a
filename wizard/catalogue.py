"""The catalogue: what the wizard is made of, declared once in `catalogue.json`.

The content root (resources/content/, or a service centre's copy) holds catalogue.json beside
one folder per language. The catalogue declares
  - the languages: code, name in its own language, Qt locale and Qt translation, fonts, and
    which system locales pick it;
  - the phases (S, R, C) and their steps, in order;
  - the portal labels: an id, the exact Simplified spelling the portal shows, and a gloss per
    language. Content names a label as 【id】 and the loader writes 【单位登录】(Employer login);
  - the content edition and the day it was checked against the official guide;
  - the usual deadline, "MM-DD" (the day of recent years; each language's texts say it in
    words): what the desk counts the days left to. Optional.
Everything else (content, tests, --lang, admin.json, build.spec, the i18n tools) reads it.

No Qt and no pydantic here: this is read at every start. The file is checked in full with the
content (wizard/content/validate.py); reading it here trusts only its shape.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

CATALOGUE_FILE = "catalogue.json"
PORTAL_LANGUAGE = "zh_CN"  # the portal speaks Simplified Chinese: its labels need no gloss there


@dataclass(frozen=True)
class Language:
    code: str
    name: str  # in its own language: that is how a reader finds theirs
    qt_locale: str
    qt_translation: str | None  # Qt's own translation (qtbase_<this>.qm); None: none needed
    system_locales: tuple[str, ...]  # e.g. "zh_HK", "zh_Hant", "zh"
    fonts: tuple[str, ...]  # preferred families, best first


@dataclass(frozen=True)
class Phase:
    id: str
    steps: tuple[str, ...]


@dataclass(frozen=True)
class PortalLabel:
    id: str
    portal: str  # exactly as the portal writes it (Simplified Chinese)
    gloss: dict[str, str]  # language -> the label in that language's words


@dataclass(frozen=True)
class Catalogue:
    edition: str
    checked_on: date
    languages: tuple[Language, ...]
    fallback_language: str
    phases: tuple[Phase, ...]
    labels: dict[str, PortalLabel]
    usual_deadline: tuple[int, int] | None = None  # (month, day)

    @property
    def language_codes(self) -> tuple[str, ...]:
        return tuple(lang.code for lang in self.languages)

    def language(self, code: str) -> Language:
        return next(lang for lang in self.languages if lang.code == code)

    @property
    def step_ids(self) -> tuple[str, ...]:
        """Every step, phase by phase, in the catalogue's order."""
        return tuple(s for phase in self.phases for s in phase.steps)

    def phase(self, phase_id: str) -> Phase:
        return next(p for p in self.phases if p.id == phase_id)

    def phase_of(self, step_id: str) -> str:
        return next(p.id for p in self.phases if step_id in p.steps)

    # --- which language to start in -----------------------------------------------------
    def language_for_locale(self, locale_name: str) -> str:
        """The language whose system locales match best ("zh_Hant_HK" -> zh_HK, "zh_CN.UTF-8"
        -> zh_CN, "fr_FR" -> the fallback). A longer pattern is a better match."""
        name = (locale_name or "").split(".")[0].split("@")[0].replace("-", "_")
        parts = name.split("_")
        rest = {p.upper() for p in parts[1:]}
        best, best_len = self.fallback_language, 0
        for lang in self.languages:
            for pattern in lang.system_locales:
                head, *tail = pattern.split("_")
                if head.lower() == parts[0].lower() and {t.upper() for t in tail} <= rest:
                    if len(tail) + 1 > best_len:
                        best, best_len = lang.code, len(tail) + 1
        return best

    def normalize_language(self, value: str | None) -> str | None:
        """A language code from the user (command line, environment, a file) or None."""
        if not value:
            return None
        if value in self.language_codes:
            return value
        guess = self.language_for_locale(value)
        head = value.replace("-", "_").split("_")[0].lower()
        known = {p.split("_")[0].lower() for lang in self.languages for p in lang.system_locales}
        return guess if head in known else None

    def next_language(self, current: str) -> str:
        codes = self.language_codes
        i = codes.index(current) if current in codes else -1
        return codes[(i + 1) % len(codes)]


class CatalogueError(ValueError):
    """catalogue.json is missing or not shaped as a catalogue."""


def month_day(text: str) -> tuple[int, int]:
    """"12-31" -> (12, 31); ValueError for anything else or a day no year has."""
    if not isinstance(text, str) or len(text) != 5 or text[2] != "-":
        raise ValueError(f"not MM-DD: {text!r}")
    month, day = int(text[:2]), int(text[3:])
    date(2000, month, day)  # a leap year: 02-29 is a day
    return month, day


def catalogue_from_data(data: dict) -> Catalogue:
    """Build the catalogue from parsed JSON (shape errors raise CatalogueError)."""
    try:
        languages = tuple(
            Language(code=lang["code"], name=lang["name"], qt_locale=lang["qt_locale"],
                     qt_translation=lang.get("qt_translation"),
                     system_locales=tuple(lang["system_locales"]), fonts=tuple(lang["fonts"]))
            for lang in data["languages"])
        phases = tuple(Phase(p["id"], tuple(p["steps"])) for p in data["phases"])
        labels = {key: PortalLabel(key, value["portal"], dict(value["gloss"]))
                  for key, value in data["labels"].items()}
        return Catalogue(edition=data["edition"], checked_on=date.fromisoformat(data["checked_on"]),
                         languages=languages, fallback_language=data["fallback_language"],
                         phases=phases, labels=labels,
                         usual_deadline=month_day(data["usual_deadline"])
                         if data.get("usual_deadline") is not None else None)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise CatalogueError(f"{CATALOGUE_FILE}: {exc!r}") from exc


def load_catalogue(root: Path) -> Catalogue:
    from wizard.files import read_json

    path = Path(root) / CATALOGUE_FILE
    try:
        data = read_json(path)
    except (OSError, ValueError) as exc:
        raise CatalogueError(f"{path}: {exc}") from exc
    if not isinstance(data, dict):
        raise CatalogueError(f"{path}: not a JSON object")
    return catalogue_from_data(data)


@cache
def catalogue() -> Catalogue:
    """The program's own catalogue (resources/content/catalogue.json)."""
    from wizard.paths import content_root

    return load_catalogue(content_root())
