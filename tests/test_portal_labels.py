"""Portal labels in 繁體 and English content: always the portal's exact Simplified spelling in 【】,
followed by the catalogue's gloss, and never in another form (a Traditional spelling the user will
not find on the Simplified-Chinese screen, or a bare Simplified label in English prose).

The core, `label_problems(language, texts, labels)`, works on rendered text strings, so it keeps
working when the content names labels by id and the loader renders them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path

import opencc
import pytest

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "resources" / "content"
CATALOGUE = CONTENT / "catalogue.json"
GUIDE = ROOT.parent / "shared" / "official-guide.txt"

# Keys whose values are not words for the reader.
FIXED_KEYS = {"id", "route", "url", "illustration", "value", "features", "language", "edition",
              "checked_on", "phases"}
BRACKET = re.compile(r"【([^】]*)】")
GLOSS_OPEN = {"zh_HK": "（", "en": "("}
GLOSS_CLOSE = {"zh_HK": "）", "en": ")"}

# Longer names that contain a label's characters but name something else. Each is the guide's
# own wording for a thing, not a control on the screen.
PROSE_TERMS = {
    "广东省统一身份认证": "the provincial identity platform (guide, part 一); the label is the login button",
    "人力资源和社会保障厅": "the department's name, which contains 社会保障",
    "为单位办理": "'to act for the employer' (guide: 为单位办理业务), which contains 单位办理",
    "失业保险稳岗": "the refund's own name (失业保险稳岗返还), which contains 失业保险",
}

# Traditional characters OpenCC does not produce but Hong Kong and Taiwan text uses as well.
VARIANTS = {"賬": "帳", "户": "戶", "覈": "核", "爲": "為"}


@cache
def _converters() -> tuple[opencc.OpenCC, ...]:
    return tuple(opencc.OpenCC(config) for config in ("s2hk", "s2t", "s2tw"))


@cache
def written_forms(simplified: str) -> re.Pattern[str]:
    """A pattern for the Simplified spelling and every Traditional (or half-converted) spelling
    of it: at each place, the Simplified character or any Traditional one a writer might use."""
    places = [{ch} for ch in simplified]
    conversions = [c.convert(simplified) for c in _converters()]
    conversions += ["".join(c.convert(ch) for ch in simplified) for c in _converters()]
    for converted in conversions:
        if len(converted) != len(simplified):  # OpenCC keeps lengths; be safe if it did not
            raise ValueError(f"{simplified!r} converts to {converted!r}, of another length")
        for place, ch in zip(places, converted, strict=True):
            place.add(ch)
            if ch in VARIANTS:
                place.add(VARIANTS[ch])
    return re.compile("".join(
        re.escape(next(iter(p))) if len(p) == 1 else "[" + "".join(sorted(p)) + "]" for p in places))


def load_labels(path: Path = CATALOGUE) -> dict[str, dict]:
    return json.loads(path.read_text(encoding="utf-8"))["labels"]


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= start and end <= b for a, b in spans)


def label_problems(language: str, texts: Iterable[str], labels: dict[str, dict]) -> list[str]:
    """What is wrong with the portal labels in these rendered strings of one language."""
    by_portal = {entry["portal"]: entry["gloss"][language] for entry in labels.values()}
    found: list[str] = []
    for text in texts:
        fine: list[tuple[int, int]] = []  # 【label】(gloss) and prose terms: nothing to find here
        for m in BRACKET.finditer(text):
            portal = m.group(1)
            if portal not in by_portal:
                found.append(f"【{portal}】 is not a portal label of the catalogue: {text!r}")
                fine.append(m.span())
                continue
            gloss = GLOSS_OPEN[language] + by_portal[portal] + GLOSS_CLOSE[language]
            if text.startswith(gloss, m.end()):
                fine.append((m.start(), m.end() + len(gloss)))
            else:
                found.append(f"【{portal}】 is not followed by {gloss}: {text!r}")
                fine.append(m.span())
        for term in PROSE_TERMS:
            fine += [m.span() for m in written_forms(term).finditer(text)]
        for portal in by_portal:
            for m in written_forms(portal).finditer(text):
                if not _inside(m.start(), m.end(), fine):
                    found.append(f"{portal} written as {m.group()!r} outside 【{portal}】: {text!r}")
    return found


def texts_of(data) -> Iterable[str]:
    """Every string a reader sees in a content file."""
    if isinstance(data, str):
        yield data
    elif isinstance(data, list):
        for item in data:
            yield from texts_of(item)
    elif isinstance(data, dict):
        for key, value in data.items():
            if key not in FIXED_KEYS:
                yield from texts_of(value)


def content_texts(language: str) -> Iterable[str]:
    """Every string of a language's content as the user reads it (labels rendered); not the
    drawings, which show the portal's own Simplified words (checked in tests/test_pictures.py)."""
    from wizard.content import load_content
    from wizard.typed_data import to_plain

    plain = to_plain(load_content(None, language))
    plain.pop("drawings")
    yield from texts_of(plain)


# --- the catalogue ------------------------------------------------------------------------------

def test_catalogue_labels_are_spelled_as_in_the_guide():
    labels = load_labels()
    assert len(labels) >= 20
    assert all(re.fullmatch(r"[a-z][a-z0-9_]*", key) for key in labels)
    if not GUIDE.exists():
        pytest.skip("the official guide is not beside this checkout")
    guide = GUIDE.read_text(encoding="utf-8")
    assert [e["portal"] for e in labels.values() if e["portal"] not in guide] == []


def test_every_label_has_a_gloss_in_each_language_and_glosses_differ():
    labels = load_labels()
    for language in ("zh_HK", "en"):
        glosses = [entry["gloss"][language].strip() for entry in labels.values()]
        assert all(glosses), language
        assert not any(BRACKET.search(g) or "(" in g or "（" in g for g in glosses), language


# --- the checker itself -------------------------------------------------------------------------

LABELS = {
    "unit_login": {"portal": "单位登录", "gloss": {"zh_HK": "單位登錄", "en": "Employer login"}},
    "account_admin": {"portal": "账户管理", "gloss": {"zh_HK": "帳戶管理", "en": "Account management"}},
    "submit": {"portal": "提交", "gloss": {"zh_HK": "遞交", "en": "Submit"}},
    "unit_handling": {"portal": "单位办理", "gloss": {"zh_HK": "單位辦理", "en": "Process for employer"}},
}


@pytest.mark.parametrize("language, text", [
    ("zh_HK", "選擇【单位登录】（單位登錄）後繼續"),
    ("zh_HK", "進入【账户管理】（帳戶管理），再按【提交】（遞交）。"),
    ("zh_HK", "經辦人可以為單位辦理業務。"),  # a prose term holds 單位辦理
    ("en", "Choose【单位登录】(Employer login), then【提交】(Submit)."),
    ("en", "Open the Guangdong unified identity (广东省统一身份认证) page."),
])
def test_checker_accepts_labels_written_right(language, text):
    assert label_problems(language, [text], LABELS) == []


@pytest.mark.parametrize("language, text, why", [
    ("zh_HK", "選擇單位登錄後繼續", "單位登錄"),  # Traditional form, no brackets
    ("zh_HK", "選擇單位登录後繼續", "單位登录"),  # half converted
    ("zh_HK", "進入賬户管理", "賬户管理"),  # OpenCC's spelling
    ("zh_HK", "進入帳戶管理", "帳戶管理"),  # the Hong Kong spelling
    ("zh_HK", "按提交", "'提交'"),  # same in both scripts, still not in brackets
    ("zh_HK", "選擇【单位登录】後繼續", "not followed by"),  # gloss missing
    ("zh_HK", "選擇【单位登录】（單位登入）後繼續", "not followed by"),  # another gloss
    ("zh_HK", "選擇【单位登錄】（單位登錄）", "not a portal label"),  # mixed spelling in brackets
    ("zh_HK", "【单位登录】（單位登錄）之後再選單位登錄", "單位登錄"),  # once right, once wrong
    ("en", "Choose 单位登录 on the page", "单位登录"),  # bare Simplified label
    ("en", "Choose【单位登录】(Company login)", "not followed by"),
    ("en", "Choose【登录】(Log in)", "not a portal label"),
])
def test_checker_finds_labels_written_wrong(language, text, why):
    problems = label_problems(language, [text], LABELS)
    assert problems and any(why in p for p in problems), problems


def test_written_forms_cover_opencc_and_hong_kong_spellings():
    for form in ("账号管理", "賬號管理", "帳號管理", "帳号管理"):
        assert written_forms("账号管理").fullmatch(form), form
    for form in ("实名核验", "實名核驗", "實名覈驗"):
        assert written_forms("实名核验").fullmatch(form), form
    assert not written_forms("单位登录").search("單位登入")


# --- the shipped content ------------------------------------------------------------------------

@pytest.mark.parametrize("language", ["zh_HK", "en"])
def test_content_writes_portal_labels_only_in_brackets_with_their_gloss(language):
    problems = label_problems(language, content_texts(language), load_labels())
    assert problems == [], "\n".join(problems)


def test_simplified_content_brackets_hold_catalogue_labels():
    portals = {entry["portal"] for entry in load_labels().values()}
    used = {m for text in content_texts("zh_CN") for m in BRACKET.findall(text)}
    assert used and used - portals == set()
