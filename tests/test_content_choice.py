"""Content from a service centre's folder (admin.json `content_dir`, --content ROOT), and the
fallback to the program's own content when that folder fails the check (issue 17)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from wizard.catalogue import catalogue
from wizard.content import ContentError
from wizard.content.choice import choose_content
from wizard.paths import content_root
from wizard.ui.words import WORDS, say

BUILT_IN = catalogue().edition


def centre_copy(tmp_path: Path, edition: str = "2099-01", broken: bool = False) -> Path:
    """A service centre's copy of the content with its own edition; `broken`: a step missing."""
    root = tmp_path / f"centre-content-{edition}"
    shutil.copytree(content_root(), root)
    path = root / "catalogue.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["edition"] = edition
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    if broken:
        (root / "en" / "steps" / "C3.json").unlink()
    return root


def test_a_clean_folder_is_used_in_every_language(tmp_path):
    root = centre_copy(tmp_path)
    for language in catalogue().language_codes:
        choice = choose_content(root, language)
        assert choice.root == root and choice.fallback is None
        assert choice.content.edition == "2099-01" and choice.content.language == language


def test_a_broken_folder_falls_back_to_the_programs_own_and_says_which_edition(tmp_path, caplog):
    root = centre_copy(tmp_path, "2099-01", broken=True)
    choice = choose_content(root, "zh_CN")
    assert choice.root is None and choice.content.edition == BUILT_IN
    assert choice.fallback.folder == root and choice.fallback.edition == "2099-01"
    assert any("C3.json" in p for p in choice.fallback.problems)
    text = say(choice.fallback.notice(choice.content.edition))
    assert "2099-01" in text and BUILT_IN in text and str(root) in text
    assert "2099-01" in caplog.text and "C3.json" in caplog.text  # the log has every problem


def test_a_language_folder_is_not_taken_for_the_english_content(tmp_path):
    """--content …/zh_CN with English as the start language: refused as a root (no
    catalogue.json), so the program's own English runs and the staff are told why."""
    choice = choose_content(content_root() / "zh_CN", "en")
    assert choice.content.language == "en" and choice.root is None
    assert choice.content.texts.app_title == choose_content(None, "en").content.texts.app_title
    assert choice.fallback.edition is None
    assert any("语言文件夹" in p for p in choice.fallback.problems)
    assert choice.fallback.notice(BUILT_IN).code == "content.fallback_no_edition"


def test_a_missing_folder_falls_back_too(tmp_path):
    choice = choose_content(tmp_path / "nowhere", "zh_HK")
    assert choice.fallback is not None and choice.content.language == "zh_HK"


def test_no_fallback_from_broken_built_in_content(tmp_path, monkeypatch):
    monkeypatch.setattr("wizard.paths.content_root", lambda: tmp_path / "gone")
    with pytest.raises(ContentError):
        choose_content(centre_copy(tmp_path, broken=True), "zh_CN")


def test_every_fallback_notice_is_worded():
    for code in ("content.fallback", "content.fallback_no_edition"):
        assert code in WORDS
