"""Profiles on disk: one file per employer, damage confined to one file, migration from the
single-file version 1, newer files left alone, private permissions, export and import."""

from __future__ import annotations

import errno
import json
import os
import shutil
import stat
from datetime import date
from pathlib import Path

import pytest

from wizard import files as store_files
from wizard.report import waiting_step
from wizard.store import ImportRefused, Profile, ProfileStore, Progress
from wizard.store.document import (
    DEFAULT_NAME,
    FORMAT,
    MIGRATIONS,
    SCHEMA_VERSION,
    document_from_data,
    dump_document,
    upgrade,
)
from wizard.store.names import STORED_NAME_MAX
from wizard.ui.words import say


def said(messages) -> str:
    return " ".join(say(m) for m in messages)

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def waiting_progress() -> Progress:
    p = Progress(answers=dict(legal_person_account="no", verification_means="none",
                              operator_personal_account="verified", unit_hrss_account="yes",
                              authorization="not_started"))
    p.current_page = "step:R6"
    p.set_status("R5", "done", date(2026, 11, 20))
    p.applied_on = date(2026, 11, 20)
    return p


def make(store: ProfileStore, name: str, uscc: str | None = None) -> Profile:
    profile = store.new_profile(name, uscc)
    profile.progress = waiting_progress()
    assert store.save(profile)
    return profile


# --- one file per employer ------------------------------------------------------------------

def test_each_profile_is_its_own_file_and_all_load(isolated_data):
    store = ProfileStore(isolated_data)
    made = [make(store, name) for name in ("甲公司", "乙公司", "丙公司")]
    files = sorted(p.name for p in (isolated_data / "profiles").iterdir())
    assert files == sorted(f"{p.id}.json" for p in made)
    scan = ProfileStore(isolated_data).scan()
    assert scan.notices == []
    assert {p.name for p in scan.profiles} == {"甲公司", "乙公司", "丙公司"}
    # Most recently saved first: that is the one a single user simply continues.
    assert ProfileStore(isolated_data).open().profile.id == made[-1].id
    doc = json.loads(store.path_of(made[0].id).read_text(encoding="utf-8"))
    assert doc["format"] == FORMAT and doc["schema_version"] == SCHEMA_VERSION
    assert doc["profile"]["name"] == "甲公司" and "schema_version" not in doc["progress"]


def test_nothing_is_written_until_the_first_save(isolated_data):
    opened = ProfileStore(isolated_data).open()
    assert opened.profile.name == DEFAULT_NAME and opened.profiles == []
    assert not isolated_data.exists()


# --- damaged files --------------------------------------------------------------------------

def _valid_doc(name: str) -> dict:
    store = ProfileStore(Path("/nonexistent"))
    return json.loads(dump_document(store.new_profile(name).meta, waiting_progress()))


def _damage(kind: str, path: Path) -> bytes | None:
    """Damage `path` one way; return the bytes expected in the .bak (None for a folder)."""
    if kind == "empty":
        data = b""
    elif kind == "truncated":
        data = json.dumps(_valid_doc("坏公司"), ensure_ascii=False).encode("utf-8")[:150]
    elif kind == "not-utf8":
        data = json.dumps(_valid_doc("坏公司"), ensure_ascii=False).encode("gbk")
    elif kind == "wrong-types":
        doc = _valid_doc("坏公司")
        doc["progress"]["steps"] = "R5 done"
        doc["progress"]["answers"]["legal_person_account"] = 5
        data = json.dumps(doc, ensure_ascii=False).encode("utf-8")
    elif kind == "not-json":
        data = b"<html>\xe4\xb8\xad</html>"
    elif kind == "json-but-a-list":
        data = b"[1, 2, 3]"
    elif kind == "no-version":
        doc = _valid_doc("坏公司")
        del doc["schema_version"]
        data = json.dumps(doc, ensure_ascii=False).encode("utf-8")
    elif kind == "folder":
        path.mkdir()
        (path / "inside.txt").write_text("x", encoding="utf-8")
        return None
    elif kind == "10MB-garbage":
        data = os.urandom(1024) * (10 * 1024)
    else:  # pragma: no cover
        raise AssertionError(kind)
    path.write_bytes(data)
    return data


DAMAGE = ["empty", "truncated", "not-utf8", "wrong-types", "not-json", "json-but-a-list",
          "no-version", "folder", "10MB-garbage"]


@pytest.mark.parametrize("kind", DAMAGE)
def test_a_damaged_file_is_set_aside_and_the_others_still_load(isolated_data, kind):
    store = ProfileStore(isolated_data)
    good = [make(store, "甲公司"), make(store, "乙公司")]
    bad = isolated_data / "profiles" / "0123456789ab.json"
    expected = _damage(kind, bad)
    scan = ProfileStore(isolated_data).scan()
    assert sorted(p.id for p in scan.profiles) == sorted(p.id for p in good)
    [message] = scan.notices
    sentence = say(message)
    assert "已损坏" in sentence and "\n" not in sentence and sentence.count("。") == 1
    # It names the profile when the name is still readable, else the file.
    if kind in ("wrong-types", "no-version"):
        assert "“坏公司”" in sentence
    else:
        assert "0123456789ab.json" in sentence
    assert not bad.exists()
    [kept] = [p for p in (isolated_data / "profiles").iterdir() if p.name.endswith(".bak")]
    assert kept.name.startswith("0123456789ab.json.") and kept.name in sentence
    if expected is None:
        assert kept.is_dir() and (kept / "inside.txt").exists()
    else:
        assert kept.read_bytes() == expected
    # The good ones are untouched and still save.
    for profile in good:
        assert ProfileStore(isolated_data).load(profile.id).progress.answers == \
            waiting_progress().answers
    assert store.save(good[0])


def test_huge_file_is_not_read_into_memory(tmp_path, monkeypatch):
    big = tmp_path / "big.json"
    big.write_bytes(b"x" * (store_files.MAX_FILE_BYTES + 10))
    reads = []
    real_open = open

    class Spy:
        def __init__(self, f):
            self.f = f

        def __enter__(self):
            return self

        def __exit__(self, *a):
            self.f.close()

        def read(self, n=-1):
            reads.append(n)
            return self.f.read(n)

    monkeypatch.setattr("builtins.open", lambda p, mode="r", *a, **k: Spy(real_open(p, mode, *a, **k)))
    with pytest.raises(store_files.TooLarge):
        store_files.read_limited(big)
    assert reads == [store_files.MAX_FILE_BYTES + 1]


# --- migration from version 1 (the single progress.json) --------------------------------------

def test_version_1_file_is_migrated_into_a_profile(isolated_data, content):
    isolated_data.mkdir(parents=True)
    original = (FIXTURES / "progress_v1.json").read_bytes()
    (isolated_data / "progress.json").write_bytes(original)
    opened = ProfileStore(isolated_data).open()
    assert opened.notices == []
    profile = opened.profile
    assert profile.name == DEFAULT_NAME and [p.id for p in opened.profiles] == [profile.id]
    expected = document_from_data(json.loads(original)).progress
    assert profile.progress == expected
    assert waiting_step(content, profile.progress) == "R6"
    assert profile.progress.current_page == "step:R6"
    # The new file holds it; the old one is kept, renamed, byte for byte.
    assert ProfileStore(isolated_data).load(profile.id).progress == expected
    assert not (isolated_data / "progress.json").exists()
    assert (isolated_data / "progress.json.migrated.bak").read_bytes() == original
    # A second start finds the profile and migrates nothing again.
    again = ProfileStore(isolated_data).open()
    assert [p.id for p in again.profiles] == [profile.id]


def test_migration_takes_the_unit_name_when_the_user_entered_it(isolated_data):
    isolated_data.mkdir(parents=True)
    data = json.loads((FIXTURES / "progress_v1.json").read_text(encoding="utf-8"))
    data["employer"] = {"unit_name": "佛山市示例五金制品有限公司", "uscc": "91440605MA4UJ1J123"}
    (isolated_data / "progress.json").write_text(json.dumps(data, ensure_ascii=False),
                                                 encoding="utf-8")
    profile = ProfileStore(isolated_data).open().profile
    assert profile.name == "佛山市示例五金制品有限公司"
    assert profile.meta.uscc == "91440605MA4UJ1J123"


def test_migration_interrupted_before_the_rename_is_not_done_twice(isolated_data):
    isolated_data.mkdir(parents=True)
    shutil.copy(FIXTURES / "progress_v1.json", isolated_data / "progress.json")
    first = ProfileStore(isolated_data).open().profile
    # As if the program died after writing the profile but before renaming the old file:
    (isolated_data / "progress.json.migrated.bak").rename(isolated_data / "progress.json")
    first.progress.current_page = "step:R7"  # and the user went on before that
    ProfileStore(isolated_data).save(first)
    again = ProfileStore(isolated_data).open()
    assert [p.id for p in again.profiles] == [first.id]
    assert again.profile.progress.current_page == "step:R7"  # newer progress not overwritten


def test_migration_table_is_keyed_by_version_and_reaches_the_current_one():
    assert sorted(MIGRATIONS) == list(range(1, SCHEMA_VERSION))
    v1 = json.loads((FIXTURES / "progress_v1.json").read_text(encoding="utf-8"))
    assert upgrade(v1)["schema_version"] == SCHEMA_VERSION


def test_damaged_version_1_file_is_set_aside(isolated_data):
    isolated_data.mkdir(parents=True)
    (isolated_data / "progress.json").write_bytes(b"{broken")
    opened = ProfileStore(isolated_data).open()
    assert "已损坏" in said(opened.notices) and "\n" not in said(opened.notices)
    assert opened.profiles == []
    [bak] = [p for p in isolated_data.iterdir() if p.name.endswith(".bak")]
    assert bak.read_bytes() == b"{broken"


# --- a file from a newer program -------------------------------------------------------------------

def test_newer_file_is_left_untouched_and_read_only(isolated_data):
    store = ProfileStore(isolated_data)
    other = make(store, "甲公司")
    newer = _valid_doc("来自新版本的公司")
    newer["schema_version"] = SCHEMA_VERSION + 1
    newer["progress"]["something_new"] = {"x": 1}
    path = isolated_data / "profiles" / "abcdefabcdef.json"
    text = json.dumps(newer, ensure_ascii=False)
    path.write_text(text, encoding="utf-8")
    opened = ProfileStore(isolated_data).open()
    assert "请更新本程序" in said(opened.notices) and "来自新版本的公司" in said(opened.notices)
    shown = {p.id: p for p in opened.profiles}
    assert shown["abcdefabcdef"].read_only and shown["abcdefabcdef"].name == "来自新版本的公司"
    assert opened.profile.id == other.id  # the newer one is never the one continued
    with pytest.raises(ValueError):
        store.save(shown["abcdefabcdef"])
    assert path.read_text(encoding="utf-8") == text
    assert [p.name for p in path.parent.iterdir() if p.name.endswith(".bak")] == []


def test_newer_legacy_file_is_left_untouched(isolated_data):
    isolated_data.mkdir(parents=True)
    text = json.dumps({"schema_version": SCHEMA_VERSION + 5, "future": True})
    (isolated_data / "progress.json").write_text(text, encoding="utf-8")
    opened = ProfileStore(isolated_data).open()
    assert "更新" in said(opened.notices)
    assert (isolated_data / "progress.json").read_text(encoding="utf-8") == text


# --- writing safely -----------------------------------------------------------------------------

@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_files_are_private_on_posix(isolated_data):
    store = ProfileStore(isolated_data)
    profile = make(store, "甲公司")
    assert stat.S_IMODE(isolated_data.stat().st_mode) == 0o700
    assert stat.S_IMODE((isolated_data / "profiles").stat().st_mode) == 0o700
    assert stat.S_IMODE(store.path_of(profile.id).stat().st_mode) == 0o600
    store.export_profile(profile, isolated_data.parent / "export.json")
    assert stat.S_IMODE((isolated_data.parent / "export.json").stat().st_mode) == 0o600


def test_full_disk_fails_softly_and_harms_nothing_saved(isolated_data, monkeypatch):
    store = ProfileStore(isolated_data)
    profile = make(store, "甲公司")
    before = store.path_of(profile.id).read_bytes()

    def full(*_a, **_k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("wizard.store.profiles.write_atomic", full)
    profile.progress.current_page = "step:R7"
    assert store.save(profile) is False and "space" in store.last_error
    assert store.path_of(profile.id).read_bytes() == before
    monkeypatch.undo()
    assert store.save(profile) and store.last_error is None


def test_data_folder_that_is_a_file_fails_softly(tmp_path):
    blocker = tmp_path / "data"
    blocker.write_text("not a folder", encoding="utf-8")
    store = ProfileStore(blocker)
    opened = store.open()  # reading finds nothing, raises nothing
    assert opened.profiles == []
    assert store.save(opened.profile) is False and store.last_error
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_orphan_temp_files_from_a_crash_are_cleaned(isolated_data):
    store = ProfileStore(isolated_data)
    make(store, "甲公司")
    orphan = isolated_data / "profiles" / ".0123.json.abc.tmp"
    orphan.write_text("half", encoding="utf-8")
    os.utime(orphan, (0, 0))
    fresh = isolated_data / "profiles" / ".4567.json.def.tmp"
    fresh.write_text("being written", encoding="utf-8")
    ProfileStore(isolated_data).open()
    assert not orphan.exists() and fresh.exists()


# --- export and import ---------------------------------------------------------------------------

def test_export_import_round_trip_on_another_computer(tmp_path):
    here = ProfileStore(tmp_path / "pc1")
    profile = make(here, "广州市某某餐饮有限公司", "91440101MA5CXXXX1Y")
    profile.meta.note = "下周二再来"
    here.save(profile)
    exported = tmp_path / "usb" / "export.json"
    here.export_profile(profile, exported)
    doc = json.loads(exported.read_text(encoding="utf-8"))
    assert doc["format"] == FORMAT and doc["schema_version"] == SCHEMA_VERSION

    there = ProfileStore(tmp_path / "pc2")
    result = there.import_profile(exported)
    assert result.status == "imported"
    got = there.load(result.profile.id)
    assert got.meta == profile.meta and got.progress == profile.progress


@pytest.mark.parametrize("content, why", [
    (b"", "损坏"),
    (b"{\"format\": \"wengang-wizard-profile\", \"schema_version\": 2", "损坏"),
    (b"\xff\xfe\x00\x01", "损坏"),
    (b"[]", "损坏"),
    (json.dumps({"schema_version": 2, "profile": {"name": "x"}, "progress": {}}).encode(), "损坏"),
    (json.dumps({"format": FORMAT, "schema_version": 2, "profile": {"name": ""},
                 "progress": {}}).encode(), "损坏"),
    (json.dumps({"format": FORMAT, "schema_version": 2, "profile": {"name": "x"},
                 "progress": {"steps": {"R5": {"status": "maybe"}}}}).encode(), "损坏"),
    (json.dumps({"format": FORMAT, "schema_version": 2, "profile": {"name": "x"},
                 "progress": {}, "password": "1234"}).encode(), "损坏"),
    (json.dumps({"format": FORMAT, "schema_version": 99, "profile": {"name": "x"}}).encode(), "更新"),
    (b"x" * (3 * 1024 * 1024), "太大"),
])
def test_import_of_a_malformed_file_is_refused_with_a_message(tmp_path, content, why):
    store = ProfileStore(tmp_path / "data")
    make(store, "甲公司")
    before = sorted(p.name for p in (tmp_path / "data" / "profiles").iterdir())
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    with pytest.raises(ImportRefused) as refused:
        store.import_profile(bad)
    message = say(refused.value.message)
    assert message.startswith("无法导入“bad.json”") and why in message and "\n" not in message
    assert sorted(p.name for p in (tmp_path / "data" / "profiles").iterdir()) == before


def test_import_of_a_missing_file_is_refused(tmp_path):
    with pytest.raises(ImportRefused) as refused:
        ProfileStore(tmp_path / "data").import_profile(tmp_path / "nope.json")
    assert "读不出" in say(refused.value.message)


def test_import_name_clash_asks_then_replaces_or_keeps_both(tmp_path):
    store = ProfileStore(tmp_path / "data")
    mine = make(store, "甲公司")
    theirs_store = ProfileStore(tmp_path / "other")
    theirs = make(theirs_store, "甲公司")
    theirs.progress.current_page = "summary"
    theirs_store.save(theirs)
    exported = tmp_path / "甲公司.json"
    theirs_store.export_profile(theirs, exported)
    mine_before = store.path_of(mine.id).read_bytes()

    asked = store.import_profile(exported)  # never a silent overwrite
    assert asked.status == "clash" and asked.existing.id == mine.id
    assert store.path_of(mine.id).read_bytes() == mine_before
    assert len(store.scan().profiles) == 1

    both = store.import_profile(exported, on_clash="keep_both")
    assert both.profile.id != mine.id and both.profile.name == "甲公司（2）"
    assert store.path_of(mine.id).read_bytes() == mine_before
    assert {p.name for p in store.scan().profiles} == {"甲公司", "甲公司（2）"}

    replaced = store.import_profile(exported, on_clash="replace")
    assert replaced.profile.id == mine.id
    assert store.load(mine.id).progress.current_page == "summary"
    assert len(store.scan().profiles) == 2


def test_the_document_read_back_is_what_dump_document_writes():
    profile = Profile("abc", ProfileStore(Path("/x")).new_profile("甲").meta, waiting_progress())
    doc = document_from_data(json.loads(dump_document(profile.meta, profile.progress)))
    assert doc.profile == profile.meta and doc.progress == profile.progress


# --- times (issue 14, item 6) -------------------------------------------------------------------
BAD_TIMES = [("progress", "updated_at", "2026-11-21T08:00:00"),  # no time zone: breaks the sort
             ("profile", "created_at", "2026-11-21T08:00:00"),
             ("progress", "updated_at", "9999-12-31T23:59:59+00:00"),  # OverflowError when shown
             ("progress", "updated_at", "0001-01-01T00:00:00+00:00"),
             ("progress", "applied_on", "9999-12-31")]


@pytest.mark.parametrize("part, field, value", BAD_TIMES)
def test_a_hand_edited_time_counts_as_damage_on_load_and_on_import(isolated_data, tmp_path, part,
                                                                   field, value):
    store = ProfileStore(isolated_data)
    good = [make(store, "甲公司"), make(store, "乙公司")]
    data = json.loads(store.path_of(good[0].id).read_text("utf-8"))
    data["profile"]["name"] = "改过时间的公司"
    data[part][field] = value
    edited = json.dumps(data, ensure_ascii=False)
    bad = isolated_data / "profiles" / "0123456789ab.json"
    bad.write_text(edited, "utf-8")
    scan = ProfileStore(isolated_data).scan()  # sorting naive and aware times raised TypeError
    assert sorted(p.id for p in scan.profiles) == sorted(p.id for p in good)
    assert all(p.progress.updated_at.tzinfo is not None for p in scan.profiles)
    assert "“改过时间的公司”" in said(scan.notices) and not bad.exists()
    exported = tmp_path / "改过时间.json"
    exported.write_text(edited, "utf-8")
    with pytest.raises(ImportRefused):  # import and load share the one validator
        store.import_profile(exported)


def test_a_long_clashing_name_and_a_name_with_nul_import_and_export(tmp_path):
    """Issue 14 item 9: a 100-character name plus "（2）" raised ValidationError on import, and a
    name holding NUL raised ValueError on export; names are normalised where they enter."""
    store, other = ProfileStore(tmp_path / "data"), ProfileStore(tmp_path / "other")
    long_name = "广州" + "甲" * 98
    make(store, long_name)
    exported = tmp_path / "long.json"
    other.export_profile(make(other, long_name), exported)
    kept = store.import_profile(exported, on_clash="keep_both").profile
    assert kept.name.endswith("（2）") and kept.name != long_name
    assert len(kept.name) <= STORED_NAME_MAX
    store.export_profile(kept, tmp_path / "kept.json")
    assert ProfileStore.read_export(tmp_path / "kept.json").name == kept.name  # validated in full

    data = json.loads(exported.read_text("utf-8"))
    data["profile"]["name"] = "某某\x00公司\u200b"
    exported.write_text(json.dumps(data), "utf-8")
    imported = store.import_profile(exported).profile
    assert imported.name == "某某公司"
    store.export_profile(imported, tmp_path / f"{imported.name}.json")
    assert ProfileStore.read_export(tmp_path / "某某公司.json").name == "某某公司"
