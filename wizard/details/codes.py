"""Checks for the codes on the optional employer-details page. Pure Python, no Qt.

Nothing here blocks: every check returns a `Check` whose level is "ok", "warn" (something
looks wrong; say what, in plain Chinese, and let the user go on), "incomplete" (still being
typed) or "empty". Some real early 统一社会信用代码 fail their own checksum, so a failed check
is only ever a request to look again ("请核对").

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

Level = Literal["empty", "incomplete", "ok", "warn"]

USCC_LENGTH = 18
ORG_LENGTH = 9
MOBILE_LENGTH = 11
MANAGEMENT_CODE_MAX = 20

# The USCC alphabet (GB 32100) leaves out I, O, Z, S and V: what each is usually a typo of.
TYPOS = {"I": "数字 1", "O": "数字 0", "Z": "数字 2", "S": "数字 5", "V": "字母 U"}
USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
MOBILE = re.compile(r"1[3-9]\d{9}")

OK_TEXT = "格式正确，校验位也对上了。"


@dataclass(frozen=True)
class Check:
    value: str  # the normalised text, as it should be shown and saved
    level: Level
    messages: tuple[str, ...] = ()
    keep: bool = True  # False: do not save it (it looks like an ID-card number)
    marks: tuple[int, ...] = ()  # 1-based positions that look wrong, to point at on screen


def _width_fold(text: str) -> str:
    """Full-width letters and digits (a Chinese input method's 全角) become ordinary ones."""
    return unicodedata.normalize("NFKC", text)


def normalise_code(text: str) -> str:
    """As the user types a code: no spaces or dashes, letters in upper case."""
    return re.sub(r"[\s\-]", "", _width_fold(text)).upper()


def normalise_digits(text: str) -> str:
    """A phone number as typed ("138 1234-5678", full-width digits) without spaces or dashes."""
    return re.sub(r"[\s\-]", "", _width_fold(text))


def _describe(ch: str) -> str:
    return f"字母 {ch}" if ch.isascii() and ch.isalpha() else f"“{ch}”"


def _typo_text(pos: int, ch: str, what: str) -> str:
    return f"第 {pos} 位是字母 {ch}。{what}里没有 {ch}，是不是{TYPOS[ch]}？"


def _length_text(n: int, total: int) -> str:
    return f"已输入 {n} 位，还差 {total - n} 位（共 {total} 位）。"


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
    problems: list[str] = []
    marks: list[int] = []
    for pos, ch in enumerate(value, 1):
        if not (ch.isascii() and ch.isalnum()):
            problems.append(f"第 {pos} 位{_describe(ch)}不是数字或字母，请核对。")
            marks.append(pos)
        elif pos == ORG_LENGTH and not (ch.isdigit() or ch == "X"):
            hint = f"是不是{TYPOS[ch]}？" if ch in "IOZS" else "请核对。"
            problems.append(f"第 9 位（校验位）只能是数字或 X，现在是字母 {ch}，{hint}")
            marks.append(pos)
    if len(value) == USCC_LENGTH:
        problems.append("这是 18 位，像是统一社会信用代码：请填到上面“统一社会信用代码”一栏。")
    elif len(value) < ORG_LENGTH and not finished and not problems:
        return Check(value, "incomplete", (_length_text(len(value), ORG_LENGTH),))
    elif len(value) != ORG_LENGTH:
        problems.append(f"组织机构代码是 9 位（证书上印作“8 位-1 位”），现在是 {len(value)} 位，"
                        "请核对。")
    if problems:
        return Check(value, "warn", tuple(problems), marks=tuple(marks))
    if not _org_is_valid(value):
        return Check(value, "warn", ("第 9 位（最后一位，校验位）和前面的对不上，请核对。",),
                     marks=(ORG_LENGTH,))
    return Check(value, "ok", (OK_TEXT,))


# --- 统一社会信用代码 (GB 32100) --------------------------------------------------------------
def _uscc_char_problems(value: str) -> tuple[list[str], dict[int, str], list[int]]:
    """Characters that cannot be in a USCC, for typos the likely intended character, and
    the positions of all of them."""
    problems: list[str] = []
    fixes: dict[int, str] = {}
    marks: list[int] = []
    for pos, ch in enumerate(value, 1):
        if ch in TYPOS:
            problems.append(_typo_text(pos, ch, "统一社会信用代码"))
            fixes[pos] = {"I": "1", "O": "0", "Z": "2", "S": "5", "V": "U"}[ch]
        elif ch not in USCC_ALPHABET:
            problems.append(f"第 {pos} 位{_describe(ch)}不是数字或字母，请核对。")
        elif 2 <= pos <= 8 and not ch.isdigit():
            # Characters 2–8 are the unit's category and region: always digits.
            problems.append(f"第 {pos} 位应该是数字，现在是字母 {ch}，请核对。")
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
                         (*problems, _length_text(n, USCC_LENGTH)), marks=tuple(marks))
        text = f"只有 {n} 位。统一社会信用代码是 18 位，请核对是否漏了。"
        if n == ORG_LENGTH:
            text += "如果这是旧证上的 9 位组织机构代码，请填到下面“组织机构代码”一栏。"
        return Check(value, "warn", (*problems, text), marks=tuple(marks))
    if n > USCC_LENGTH:
        return Check(value, "warn", (*problems, f"多了 {n - USCC_LENGTH} 位：统一社会信用代码是 "
                                     f"18 位，现在有 {n} 位，请核对。"), marks=tuple(marks))
    from stdnum.cn import ric, uscc

    if ric.is_valid(value) and not uscc.is_valid(value):
        return Check(value, "warn", ("这像是身份证号码。这里要填营业执照上的统一社会信用代码；"
                                     "本程序不保存身份证号码。",), keep=False)
    if problems:
        if fixes and len(fixes) == len(problems):
            fixed = "".join(fixes.get(i, c) for i, c in enumerate(value, 1))
            if _uscc_check_ok(fixed):
                problems.append("照上面改过来，校验位就对上了。")
        return Check(value, "warn", tuple(problems), marks=tuple(marks))
    if _uscc_check_ok(value):
        return Check(value, "ok", (OK_TEXT,))
    # Characters 9–17 are the organisation code, with a check of its own: it tells which
    # part a single wrong character is in.
    if _org_is_valid(value[8:17]):
        where, marks = "错处多半在第 1–8 位或第 18 位。", [*range(1, 9), 18]
    else:
        where, marks = "错处多半在第 9–17 位。", list(range(9, 18))
    return Check(value, "warn", (
        "第 18 位（最后一位，校验位）和前面的对不上，请核对。",
        where,
        "如果营业执照上印的就是这样，就不用改：少数早期的代码本身通不过校验。",
    ), marks=tuple(marks))


# --- 经办人手机, 单位管理码 -------------------------------------------------------------------
def check_mobile(text: str, finished: bool = True) -> Check:
    value = normalise_digits(text)
    if not value:
        return Check(value, "empty")
    if value.startswith("+86"):
        return Check(value, "warn", ("不用填 +86，只填 11 位手机号码。",))
    wrong = next(((i, c) for i, c in enumerate(value, 1) if not (c.isascii() and c.isdigit())),
                 None)
    if wrong:
        return Check(value, "warn", (f"手机号码只能是数字，第 {wrong[0]} 位是{_describe(wrong[1])}，"
                                     "请核对。",), marks=(wrong[0],))
    n = len(value)
    if not value.startswith("1") or (n >= 2 and value[1] not in "3456789"):
        return Check(value, "warn", (f"手机号码一般以 13 到 19 开头，现在是“{value[:2]}”开头，"
                                     "请核对。",))
    if n < MOBILE_LENGTH and not finished:
        return Check(value, "incomplete", (_length_text(n, MOBILE_LENGTH),))
    if n != MOBILE_LENGTH:
        return Check(value, "warn", (f"手机号码是 11 位，现在是 {n} 位，请核对。",))
    if not MOBILE.fullmatch(value):  # pragma: no cover - the checks above cover every case
        return Check(value, "warn", ("手机号码的格式不对，请核对。",))
    return Check(value, "ok", ("格式正确。",))


def check_management_code(text: str, finished: bool = True) -> Check:
    """单位管理码: no public format, so only its length (the store keeps up to 20)."""
    value = text.strip()
    if not value:
        return Check(value, "empty")
    if len(value) > MANAGEMENT_CODE_MAX:
        return Check(value, "warn", (f"单位管理码最多 20 位，现在有 {len(value)} 位，请核对。",))
    return Check(value, "ok")
