"""“遇到问题？” on every step, in every content language, with each known trouble where it happens."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from wizard.content import load_content
from wizard.flow import ALL_STEP_IDS
from wizard.paths import illustrations_dir

CONTENT = Path(__file__).resolve().parent.parent / "resources" / "content"
LANGUAGES = sorted(p.name for p in CONTENT.iterdir() if (p / "texts.json").is_file())
FIND_ACCOUNT = "https://ggfw.hrss.gd.gov.cn/isso/findLoginId.html?showIndex=1"


def help_of(language: str, step_id: str) -> list[dict]:
    path = CONTENT / language / "steps" / f"{step_id}.json"
    return json.loads(path.read_text(encoding="utf-8")).get("help", [])


def help_text(language: str, step_id: str) -> str:
    """Problems and solutions, without spaces (so "Ctrl + Shift" and "Ctrl+Shift" both match)."""
    text = " ".join(f"{h['problem']} {h['solution']}" for h in help_of(language, step_id))
    return re.sub(r"\s+", "", text)


def help_urls(language: str, step_id: str) -> set[str]:
    return {link["url"] for h in help_of(language, step_id) for link in h.get("links", [])}


def test_there_is_at_least_the_simplified_chinese_content():
    assert "zh_CN" in LANGUAGES


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_step_has_help_in_every_language(language):
    for step_id in ALL_STEP_IDS:
        items = help_of(language, step_id)
        assert items, f"{language}/steps/{step_id}.json has no help"
        assert all(h["problem"].strip() and h["solution"].strip() for h in items)


@pytest.mark.parametrize("language", LANGUAGES)
def test_language_neutral_topics_are_where_they_belong(language):
    # The account must be at 四级 (L2): where logging in with it fails.
    for step_id in ("S2", "S3"):
        assert "L2" in help_text(language, step_id), (language, step_id)
    # A forgotten personal account is found again with the official link.
    for step_id in ("R1", "S4"):
        assert FIND_ACCOUNT in help_urls(language, step_id), (language, step_id)
    # After initialisation: close the page and clear the cache, in the browsers people use.
    s4 = help_text(language, "S4")
    for word in ("Ctrl+Shift+Delete", "360", "Edge", "Chrome", "QQ"):
        assert word in s4, (language, word)
    # The yearly deadline, and the hotline on several steps.
    assert any("31" in help_text(language, s) for s in ("C1", "C5")), language
    with_hotline = [s for s in ALL_STEP_IDS if "12333" in help_text(language, s)]
    assert len(with_hotline) >= 5, (language, with_hotline)
    texts = json.loads((CONTENT / language / "texts.json").read_text(encoding="utf-8"))
    assert "12333" in texts["summary"]["help_line"]


def test_simplified_chinese_topics_in_words():
    lang = "zh_CN"
    for step_id in ("S2", "S3"):
        assert "四级（L2）" in help_text(lang, step_id)
    for step_id in ("R1", "S4"):
        assert "忘记" in help_text(lang, step_id)
    # The authorisation code: the office decides how long the review takes (no invented figure);
    # the counter, with what to bring, as Zhongshan's example and the local office's word.
    for step_id in ("R5", "R6"):
        text = help_text(lang, step_id)
        assert "工作日" not in text and "几天" not in text, step_id
        assert "中山" in text and "以当地经办机构要求为准" in text, step_id
        for word in ("柜台", "委托书", "经办人身份证复印件", "营业执照复印件", "公章"):
            assert word in text, (step_id, word)
    s4 = help_text(lang, "S4")
    assert "关掉" in s4 and "清除浏览数据" in s4 and "缓存" in s4
    assert "户名" in help_text(lang, "C4") and "单位名称" in help_text(lang, "C4")
    assert "12月31日" in help_text(lang, "C5") and "12月31日" in help_text(lang, "C1")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_folder_loads_with_route_specific_preparation(language):
    content = load_content(CONTENT / language, illustrations_dir())
    prepare = content.texts.welcome.prepare_by_route
    assert prepare.S and prepare.R
    assert all(step.help for step in content.steps.values())
