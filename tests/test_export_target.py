"""`--export-summary --out PATH` writes only a new or existing regular file outside the data
folder; anything else is refused with one sentence and a non-zero exit, and left as it was.
A profile from a newer program is said to be one, not exported as an empty plan."""

from __future__ import annotations

import json
import os
import stat

import pytest

from wizard.__main__ import main
from wizard.store.profiles import ProfileStore

NAME = "佛山市某某五金制品有限公司"


@pytest.fixture
def data(tmp_path, monkeypatch):
    monkeypatch.setenv("WENGANG_LANG", "zh_CN")
    folder = tmp_path / "data"
    store = ProfileStore(folder)
    profile = store.new_profile(NAME)
    profile.progress.answers["trust_level_l2"] = "yes"
    assert store.save(profile)
    return folder


def export(data, out, *more: str) -> int:
    return main(["--export-summary", "--data-dir", str(data), "--out", str(out), *more])


def one_sentence(capsys) -> str:
    printed = capsys.readouterr()
    text = (printed.out + printed.err).strip()
    assert text and "\n" not in text and "Traceback" not in text
    return text


def profile_file(data):
    return next((data / "profiles").glob("*.json"))


def test_a_profile_file_in_the_data_folder_is_refused(data, capsys):
    target = profile_file(data)
    before = target.read_bytes()
    assert export(data, target) != 0
    assert "数据文件夹" in one_sentence(capsys)
    assert target.read_bytes() == before


def test_a_new_file_in_the_data_folder_is_refused(data, capsys):
    assert export(data, data / "profiles" / "summary.pdf") != 0
    assert "数据文件夹" in one_sentence(capsys)
    assert not (data / "profiles" / "summary.pdf").exists()


def test_the_data_folder_reached_through_a_symlinked_folder_is_refused(data, tmp_path, capsys):
    alias = tmp_path / "alias"
    alias.symlink_to(data, target_is_directory=True)
    target = alias / "profiles" / profile_file(data).name
    before = target.read_bytes()
    assert export(data, target) != 0
    assert "数据文件夹" in one_sentence(capsys)
    assert profile_file(data).read_bytes() == before


def test_a_symlink_is_refused_and_its_target_untouched(data, tmp_path, capsys):
    precious = tmp_path / "precious.txt"
    precious.write_text("keep me", encoding="utf-8")
    link = tmp_path / "summary.pdf"
    link.symlink_to(precious)
    assert export(data, link) != 0
    assert "链接" in one_sentence(capsys)
    assert link.is_symlink() and precious.read_text(encoding="utf-8") == "keep me"


def test_a_dangling_symlink_is_refused(data, tmp_path, capsys):
    link = tmp_path / "summary.pdf"
    link.symlink_to(tmp_path / "nowhere.pdf")
    assert export(data, link) != 0
    one_sentence(capsys)
    assert link.is_symlink() and not (tmp_path / "nowhere.pdf").exists()


def test_a_folder_is_refused(data, tmp_path, capsys):
    folder = tmp_path / "out.pdf"
    folder.mkdir()
    assert export(data, folder) != 0
    assert "文件夹" in one_sentence(capsys)
    assert folder.is_dir()


def test_a_fifo_is_refused(data, tmp_path, capsys):
    fifo = tmp_path / "out.pdf"
    os.mkfifo(fifo)
    assert export(data, fifo) != 0
    assert "不是普通文件" in one_sentence(capsys)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_a_device_node_is_refused(data, tmp_path, capsys):
    node = tmp_path / "null"
    try:  # a copy of /dev/null inside the test folder: the real one is never at risk
        os.mknod(node, 0o600 | stat.S_IFCHR, os.makedev(1, 3))
    except (PermissionError, OSError) as error:
        pytest.skip(f"cannot make a device node here: {error}")
    assert export(data, node) != 0
    assert "不是普通文件" in one_sentence(capsys)
    assert stat.S_ISCHR(os.lstat(node).st_mode)


def test_an_existing_regular_file_elsewhere_is_replaced(data, tmp_path, capsys):
    target = tmp_path / "old-summary.pdf"
    target.write_bytes(b"an older export")
    assert export(data, target) == 0
    assert target.read_bytes().startswith(b"%PDF")
    assert "已导出" in capsys.readouterr().out


def write_newer(data, name: str) -> None:
    (data / "profiles" / "fromnewer01.json").write_text(json.dumps({
        "format": "wengang-wizard-profile", "schema_version": 99,
        "profile": {"name": name}, "progress": {"something": "new"}}), encoding="utf-8")


def test_a_named_newer_version_profile_is_said_to_be_one(data, tmp_path, capsys):
    write_newer(data, "新版本的单位")
    out = tmp_path / "new.pdf"
    assert export(data, out, "--profile", "新版本的单位") != 0
    assert "更新版本" in one_sentence(capsys)
    assert not out.exists()


def test_without_a_name_the_newest_writable_profile_is_exported(data, tmp_path, capsys):
    write_newer(data, "新版本的单位")
    out = tmp_path / "s.pdf"
    assert export(data, out) == 0
    assert NAME in capsys.readouterr().out


def test_only_newer_version_profiles_are_said_to_be_so(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("WENGANG_LANG", "zh_CN")
    data = tmp_path / "data"
    (data / "profiles").mkdir(parents=True)
    write_newer(data, "新版本的单位")
    out = tmp_path / "s.pdf"
    assert export(data, out) != 0
    assert "更新版本" in one_sentence(capsys)
    assert not out.exists()
