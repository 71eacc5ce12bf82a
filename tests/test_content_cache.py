"""The validated content cache (wizard/content/loader.py): a normal start reads it, anything that
does not match exactly — a changed content file, a damaged entry, another program version —
means a full validation, so a broken content folder is never shown half-built."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from wizard.content import ContentError, load_content, loader
from wizard.paths import content_root
from wizard.typed_data import to_plain


@pytest.fixture
def cache(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("WENGANG_CACHE_DIR", str(folder))
    return folder


@pytest.fixture
def root(tmp_path) -> Path:
    copy = tmp_path / "content"
    shutil.copytree(content_root(), copy)
    return copy


@pytest.fixture
def validations(monkeypatch) -> list[Path]:
    """Every full validation of a root, recorded (the real one still runs)."""
    seen: list[Path] = []
    real = loader.check_content_root

    def counting(folder):
        seen.append(Path(folder))
        return real(folder)

    monkeypatch.setattr(loader, "check_content_root", counting)
    return seen


def entries(cache: Path) -> list[Path]:
    return sorted((cache / loader.CACHE_SUBDIR).glob("*.json"))


def test_a_normal_start_reads_the_cache_without_validating(cache, root, validations):
    first = load_content(root, "zh_CN")
    assert len(validations) == 1 and entries(cache)  # every language validated and cached
    again = load_content(root, "zh_CN")
    assert len(validations) == 1
    assert to_plain(again) == to_plain(first)


def test_a_changed_content_file_invalidates_the_cache(cache, root, validations):
    load_content(root, "zh_CN")
    texts = root / "zh_CN" / "texts.json"
    data = json.loads(texts.read_text(encoding="utf-8"))
    del data["reasons"]  # now broken: served from the old cache it would still "load"
    texts.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ContentError):
        load_content(root, "zh_CN")
    assert len(validations) == 2


def test_a_changed_step_file_is_seen_too(cache, root, validations):
    load_content(root, "en")
    step = root / "en" / "steps" / "S1.json"
    step.write_text('{"id": "S1", ', encoding="utf-8")
    with pytest.raises(ContentError):
        load_content(root, "en")


def test_a_damaged_cache_falls_back_to_full_validation(cache, root, validations):
    good = to_plain(load_content(root, "zh_CN"))
    entry = next(e for e in entries(cache) if e.name.endswith("-zh_CN.json"))
    other_key = {**json.loads(entry.read_bytes()), "key": "0" * 64}  # whole, but not this root's
    for damage in (b"{not json", b"[]", b'{"key": 1}', b"", json.dumps(other_key).encode(),
                   json.dumps({"key": "x", "content": {}}).encode()):
        for entry in entries(cache):
            entry.write_bytes(damage)
        before = len(validations)
        assert to_plain(load_content(root, "zh_CN")) == good
        assert len(validations) == before + 1, damage


def test_a_cache_entry_with_the_right_key_but_damaged_content_is_not_trusted(cache, root, validations):
    load_content(root, "zh_CN")
    entry = next(e for e in entries(cache) if e.name.endswith("-zh_CN.json"))
    data = json.loads(entry.read_bytes())
    del data["content"]["steps"]  # the key still matches: the content itself must be checked
    entry.write_text(json.dumps(data), encoding="utf-8")
    load_content(root, "zh_CN")
    assert len(validations) == 2


def test_a_cache_from_another_program_version_is_ignored(cache, root, validations, monkeypatch):
    load_content(root, "zh_CN")
    monkeypatch.setattr(loader, "__version__", "0.0.0-other")
    load_content(root, "zh_CN")
    assert len(validations) == 2
    # and a broken folder is reported, not hidden behind the other version's entry
    (root / "zh_CN" / "texts.json").write_text("{", encoding="utf-8")
    monkeypatch.setattr(loader, "__version__", "0.0.0-third")
    with pytest.raises(ContentError):
        load_content(root, "zh_CN")


def test_an_unwritable_cache_folder_still_loads(tmp_path, root, monkeypatch, validations):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("WENGANG_CACHE_DIR", str(blocker))
    load_content(root, "zh_CN")
    load_content(root, "zh_CN")
    assert len(validations) == 2  # validated each time, never shown unvalidated
