"""Employer names: one normaliser wherever a name enters, one key for "the same name". No Qt.

Names enter by creating or renaming a profile, importing a profile file and importing a list.
Each goes through `normalise_name` before it is stored, and every "is this name taken?" check
compares `name_key`s, so "某某公司", " 某某  公司" and "ＡＢＣ" vs "abc" are one employer.

- NFKC: full-width letters and digits, ligatures and other compatibility forms become plain
  ones. The full-width punctuation of Chinese names (（广州）, 、, ：) is kept as typed, as on
  the business licence; the key folds it, so "某某(广州)" and "某某（广州）" are still the same.
- Control and invisible format characters (Unicode Cc, Cf — NUL, zero-width spaces, BOM,
  bidirectional overrides — and lone surrogates) are removed; line and paragraph separators
  and other whitespace become one space; the ends are trimmed.
- At most NAME_LIMIT characters, so the clash suffix "（N）" always fits STORED_NAME_MAX (the
  profile's maximum); a name that already ends in such a suffix keeps it beyond the limit, so
  normalising a name that `unique_name` made leaves it unchanged.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Iterable

STORED_NAME_MAX = 100  # ProfileMeta.name
SUFFIX_ROOM = 10  # "（" + up to 8 digits + "）"
NAME_LIMIT = STORED_NAME_MAX - SUFFIX_ROOM

# Full-width ASCII punctuation (U+FF01–FF5E less letters and digits) that NFKC would turn into
# half-width: kept as typed in the name, folded only in the key.
_KEPT_PUNCTUATION = "".join(chr(c) for c in range(0xFF01, 0xFF5F) if not chr(c).isalnum())
_KEPT = re.compile(f"([{re.escape(_KEPT_PUNCTUATION)}])")
_REMOVED = frozenset({"Cc", "Cf", "Cs"})
_SEPARATORS = frozenset({"Zl", "Zp"})
_SUFFIX = re.compile(r"(.*\S)(\s?[（(]([0-9]{1,8})[）)])")


def _nfkc_keeping_punctuation(text: str) -> str:
    parts = _KEPT.split(text)  # odd items are the kept characters
    return "".join(p if i % 2 else unicodedata.normalize("NFKC", p) for i, p in enumerate(parts))


def _visible(text: str) -> str:
    """Without control or format characters, whitespace of any kind collapsed to one space."""
    out = []
    for ch in text:
        category = unicodedata.category(ch)
        if ch.isspace() or category in _SEPARATORS:
            out.append(" ")
        elif category not in _REMOVED:
            out.append(ch)
    return " ".join("".join(out).split())


def clean_text(text: str | None, limit: int) -> str:
    """Any short text a user or a file gives (a name, a contact, a note): NFKC, no control or
    invisible characters, whitespace collapsed and trimmed, at most `limit` characters."""
    if not text:
        return ""
    text = _visible(_nfkc_keeping_punctuation(str(text)))
    # Removing a character can bring a combining mark next to a letter it composes with.
    text = _nfkc_keeping_punctuation(text)
    return text[:limit].rstrip()


def normalise_name(text: str | None) -> str:
    """The name as it is stored and shown ("" when nothing visible is left)."""
    name = clean_text(text, STORED_NAME_MAX * 4)
    if len(name) <= NAME_LIMIT:
        return name
    suffix = _SUFFIX.fullmatch(name)
    if suffix:
        return suffix.group(1)[:NAME_LIMIT].rstrip() + suffix.group(2)
    return name[:NAME_LIMIT].rstrip()


def fold(text: str) -> str:
    """Text as comparisons see it: case-folded, every width and compatibility form folded
    (（ and (, ９ and 9), without spaces."""
    folded = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", text).casefold())
    return "".join(folded.split())


def name_key(text: str | None) -> str:
    """What "the same name" compares: the normalised name (so also cut at the limit), folded."""
    return fold(normalise_name(text))


def same_name(a: str | None, b: str | None) -> bool:
    return name_key(a) == name_key(b)


def unique_name(name: str, taken: Iterable[str]) -> str:
    """The normalised name, or — when its key is taken — "name（2）", "name（3）" …, the first
    that is free. A name that already ends in "（N）" is numbered on from its base ("甲（2）"
    taken gives "甲（3）"). The result is never longer than STORED_NAME_MAX.
    ValueError for a name with nothing visible in it."""
    name = normalise_name(name)
    if not name:
        raise ValueError("an empty name cannot be made unique")
    keys = {name_key(t) for t in taken}
    if name_key(name) not in keys:
        return name
    suffix = _SUFFIX.fullmatch(name)
    base = suffix.group(1) if suffix else name
    n = 2
    while True:  # at most len(keys) + 1 rounds: each taken key blocks one n
        tail = f"（{n}）"
        candidate = base[: STORED_NAME_MAX - len(tail)].rstrip() + tail
        if name_key(candidate) not in keys:
            return candidate
        n += 1


_NOT_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|]+')  # Windows refuses these; "/" everywhere


def file_name_part(name: str | None, limit: int = 40) -> str:
    """A name as part of a suggested file name ("" if nothing is left): normalised (so no NUL,
    which made opening the file raise ValueError), without the characters Windows refuses in
    file names, at most `limit` characters, no dot or space at either end."""
    text = _NOT_IN_FILE_NAMES.sub("", clean_text(name, sys.maxsize))
    return " ".join(text.split())[:limit].strip(". ")
