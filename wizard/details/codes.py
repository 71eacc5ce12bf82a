"""Checks for the codes on the optional employer-details page. Pure Python, no Qt.

Nothing here blocks: every check returns a `Check` whose level is "ok", "warn" (something
looks wrong; say what and let the user go on), "incomplete" (still being typed) or "empty".
What it says is a list of message codes with parameters (wizard/messages.py); the UI words
them in the user's language. Some real early 统一社会信用代码 fail their own checksum, so a
failed check is only ever a request to look again.

- 统一社会信用代码 (GB 32100-2015): python-stdnum's `stdnum.cn.uscc` does the check; this
  module only adds where to look and the likely typos (the code's alphabet has no I, O, Z, S
  or V, which people type for 1, 0, 2, 5 and U).
- 组织机构代码 (GB 11714-1997): python-stdnum has no checker for it, so `org_check_char` is
  the one small mod-11 function here. It also checks characters 9–17 of a USCC, which are
  the unit's organisation code: that tells the user which part of a mistyped USCC to check.
- 经办人手机: 11 digits starting 13–19. 单位管理码: no public rule, text up to 20 characters.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

from wizard.messages import Message, msg

Level = Literal["empty", "incomplete", "ok", "warn"]

USCC_LENGTH = 18
ORG_LENGTH = 9
MOBILE_LENGTH = 11
MANAGEMENT_CODE_MAX = 20

# The USCC alphabet (GB 32100) leaves out I, O, Z, S and V: what each is usually a typo of.
TYPOS = {"I": "1", "O": "0", "Z": "2", "S": "5", "V": "U"}
USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
MOBILE = re.compile(r"1[3-9]\d{9}")


@dataclass(frozen=True)
class Check:
    value: str  # the normalised text, as it should be shown and saved
    level: Level
    messages: tuple[Message, ...] = ()
    keep: bool = True  # False: do not save it (it looks like an ID-card number)
    marks: tuple[int, ...] = ()  # 1-based positions that look wrong, to point at on screen

    @property
    def codes(self) -> list[str]:
        return [m.code for m in self.messages]


def _width_fold(text: str) -> str:
    """Full-width letters and digits (a Chinese input method's 全角) become ordinary ones."""
    return unicodedata.normalize("NFKC", text)


def normalise_code(text: str) -> str:
    """As the user types a code: no spaces or dashes, letters in upper case."""
    return re.sub(r"[\s\-]", "", _width_fold(text)).upper()


def normalise_digits(text: str) -> str:
    """A phone number as typed ("138 1234-5678", full-width digits) without spaces or dashes."""
    return re.sub(r"[\s\-]", "", _width_fold(text))


def _typo(pos: int, ch: str) -> Message:
    """A letter the USCC alphabet lacks, and what it is usually a typo of."""
    meant = TYPOS[ch]
    return msg("uscc.typo_digit" if meant.isdigit() else "uscc.typo_letter", pos=pos, char=ch,
               meant=meant)


def _incomplete(n: int, total: int) -> Message:
    return msg("code.incomplete", typed=n, missing=total - n, total=total)


# --- 组织机构代码 (GB 11714) -----------------------------------------------------------------
def org_check_char(body: str) -> str:
    """The check character of an 8-character organisation-code body (GB 11714, mod 11).

    Digits count as 0–9 and letters A–Z as 10–35; the result is 0–9, or X for 10.
    """
    if len(body) != 8 or not all(c.isascii() and c.isalnum() for c in body):
        raise ValueError(f"not an organisation-code body: {body!r}")
    total = sum(int(c, 36) * w for c, w in zip(body.upper(), ORG_WEIGHTS, strict=True))
    value = 11 - total % 11
    return "X" if value == 10 else "0" if value == 11 else str(value)


def _org_is_valid(code: str) -> bool:
    try:
        return len(code) == ORG_LENGTH and org_check_char(code[:8]) == code[8]
    except ValueError:
        return False


def check_org_code(text: str, finished: bool = True) -> Check:
    """组织机构代码 entered on its own (old certificates print it as 12345678-9)."""
    value = normalise_code(text)
    if not value:
        return Check(value, "empty")
    problems: list[Message] = []
    marks: list[int] = []
    for pos, ch in enumerate(value, 1):
        if not (ch.isascii() and ch.isalnum()):
            problems.append(msg("code.bad_char", pos=pos, char=ch))
            marks.append(pos)
        elif pos == ORG_LENGTH and not (ch.isdigit() or ch == "X"):
            problems.append(msg("org.check_char_typo", char=ch, meant=TYPOS[ch]) if ch in "IOZS"
                            else msg("org.check_char_letter", char=ch))
            marks.append(pos)
    if len(value) == USCC_LENGTH:
        problems.append(msg("org.looks_like_uscc"))
    elif len(value) < ORG_LENGTH and not finished and not problems:
        return Check(value, "incomplete", (_incomplete(len(value), ORG_LENGTH),))
    elif len(value) != ORG_LENGTH:
        problems.append(msg("org.wrong_length", length=len(value)))
    if problems:
        return Check(value, "warn", tuple(problems), marks=tuple(marks))
    if not _org_is_valid(value):
        return Check(value, "warn", (msg("org.check_failed"),), marks=(ORG_LENGTH,))
    return Check(value, "ok", (msg("code.ok_checked"),))


# --- 统一社会信用代码 (GB 32100) --------------------------------------------------------------
def _uscc_char_problems(value: str) -> tuple[list[Message], dict[int, str], list[int]]:
    """Characters that cannot be in a USCC, for typos the likely intended character, and
    the positions of all of them."""
    problems: list[Message] = []
    fixes: dict[int, str] = {}
    marks: list[int] = []
    for pos, ch in enumerate(value, 1):
        if ch in TYPOS:
            problems.append(_typo(pos, ch))
            fixes[pos] = TYPOS[ch]
        elif ch not in USCC_ALPHABET:
            problems.append(msg("code.bad_char", pos=pos, char=ch))
        elif 2 <= pos <= 8 and not ch.isdigit():
            # Characters 2–8 are the unit's category and region: always digits.
            problems.append(msg("uscc.digit_expected", pos=pos, char=ch))
        else:
            continue
        marks.append(pos)
    return problems, fixes, marks


def _uscc_check_ok(value: str) -> bool:
    """stdnum's check; a letter as the first character (e.g. N, Y units) is allowed too."""
    from stdnum.cn import uscc  # imported on first use: python-stdnum is slow to import
    from stdnum.exceptions import InvalidFormat, ValidationError

    try:
        uscc.validate(value)
        return True
    except InvalidFormat:
        # stdnum wants digits in 1–8, but GB 32100 lets the registering authority (char 1) be
        # a letter. Everything else is already checked: use stdnum's check character.
        return uscc.calc_check_digit(value) == value[-1]
    except ValidationError:
        return False


def is_valid_uscc(value: str) -> bool:
    """A well-formed 统一社会信用代码 whose check character matches."""
    value = normalise_code(value)
    return len(value) == USCC_LENGTH and not _uscc_char_problems(value)[0] and _uscc_check_ok(value)


def check_uscc(text: str, finished: bool = True) -> Check:
    """统一社会信用代码: what looks wrong and where; `finished` once the user left the field."""
    value = normalise_code(text)
    if not value:
        return Check(value, "empty")
    problems, fixes, marks = _uscc_char_problems(value)
    n = len(value)
    if n < USCC_LENGTH:
        if not finished:
            return Check(value, "warn" if problems else "incomplete",
                         (*problems, _incomplete(n, USCC_LENGTH)), marks=tuple(marks))
        short = [msg("uscc.too_short", length=n)]
        if n == ORG_LENGTH:
            short.append(msg("uscc.maybe_org_code"))
        return Check(value, "warn", (*problems, *short), marks=tuple(marks))
    if n > USCC_LENGTH:
        return Check(value, "warn", (*problems, msg("uscc.too_long", extra=n - USCC_LENGTH,
                                                    length=n)), marks=tuple(marks))
    from stdnum.cn import ric, uscc

    if ric.is_valid(value) and not uscc.is_valid(value):
        return Check(value, "warn", (msg("uscc.looks_like_id"),), keep=False)
    if problems:
        if fixes and len(fixes) == len(problems):
            fixed = "".join(fixes.get(i, c) for i, c in enumerate(value, 1))
            if _uscc_check_ok(fixed):
                problems.append(msg("uscc.fix_matches"))
        return Check(value, "warn", tuple(problems), marks=tuple(marks))
    if _uscc_check_ok(value):
        return Check(value, "ok", (msg("code.ok_checked"),))
    # Characters 9–17 are the organisation code, with a check of its own: it tells which
    # part a single wrong character is in.
    if _org_is_valid(value[8:17]):
        where, marks = msg("uscc.error_in_head"), [*range(1, 9), 18]
    else:
        where, marks = msg("uscc.error_in_org"), list(range(9, 18))
    return Check(value, "warn", (msg("uscc.check_failed"), where, msg("uscc.early_codes")),
                 marks=tuple(marks))


# --- 经办人手机, 单位管理码 -------------------------------------------------------------------
def check_mobile(text: str, finished: bool = True) -> Check:
    value = normalise_digits(text)
    if not value:
        return Check(value, "empty")
    if value.startswith("+86"):
        return Check(value, "warn", (msg("mobile.no_country_code"),))
    wrong = next(((i, c) for i, c in enumerate(value, 1) if not (c.isascii() and c.isdigit())),
                 None)
    if wrong:
        pos, ch = wrong
        code = "mobile.not_digit_letter" if ch.isascii() and ch.isalpha() else "mobile.not_digit"
        return Check(value, "warn", (msg(code, pos=pos, char=ch),), marks=(pos,))
    n = len(value)
    if not value.startswith("1") or (n >= 2 and value[1] not in "3456789"):
        return Check(value, "warn", (msg("mobile.prefix", prefix=value[:2]),))
    if n < MOBILE_LENGTH and not finished:
        return Check(value, "incomplete", (_incomplete(n, MOBILE_LENGTH),))
    if n != MOBILE_LENGTH:
        return Check(value, "warn", (msg("mobile.wrong_length", length=n),))
    if not MOBILE.fullmatch(value):  # pragma: no cover - the checks above cover every case
        return Check(value, "warn", (msg("mobile.bad"),))
    return Check(value, "ok", (msg("mobile.ok"),))


def check_management_code(text: str, finished: bool = True) -> Check:
    """单位管理码: no public format, so only its length (the store keeps up to 20)."""
    value = text.strip()
    if not value:
        return Check(value, "empty")
    if len(value) > MANAGEMENT_CODE_MAX:
        return Check(value, "warn", (msg("management.too_long", length=len(value)),))
    return Check(value, "ok")
