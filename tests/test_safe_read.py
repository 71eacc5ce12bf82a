"""Every JSON file the program reads goes through one safe reader (issue 14, items 7 and 8).

A hostile or damaged file — nested 30,000 deep, a 5,000-digit number, a FIFO, a folder or a
device where the file should be — is treated like any other damaged file, and never hangs:
each read below runs in a thread, and a FIFO that blocks it is unblocked by the test.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import threading
from pathlib import Path

import pytest

from wizard.content import ContentError, load_content
from wizard.files import (
    DamagedJSON,
    NotRegularFile,
    TooLarge,
    parse_json,
    read_json,
    read_limited,
)
from wizard.paths import content_dir, content_root
from wizard.store import ImportRefused, ProfileStore
from wizard.store.user_settings import UserSettings, load_user_settings
from wizard.ui.words import say

posix_only = pytest.mark.skipif(os.name != "posix", reason="FIFOs and /dev nodes are POSIX")

DEEP = b"[" * 30_000 + b"]" * 30_000  # 60 KB: under every size limit
HUGE = b'{"schema_version": ' + b"7" * 5_000 + b"}"


def finishes(fn, timeout: float = 30.0):
    """Run fn in a thread; if it is stuck (a FIFO open waiting for a writer), free it and fail.

    The timeout only guards against a hang: a correct reader returns at once."""
    result: dict = {}

    def target():
        try:
            result["value"] = fn()
        except BaseException as exc:  # handed to the test below
            result["error"] = exc

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(timeout)
    if thread.is_alive():
        for fifo in _fifos:  # a writer that opens and closes at once ends the reader's wait
            try:
                os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
            except OSError:
                pass
        thread.join(timeout)
        pytest.fail("the read hung on a FIFO")
    if "error" in result:
        raise result["error"]
    return result.get("value")


_fifos: list[Path] = []


def put(kind: str, path: Path) -> None:
    """Make `path` a damaged file of one kind."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if kind == "deep":
        path.write_bytes(DEEP)
    elif kind == "huge-number":
        path.write_bytes(HUGE)
    elif kind == "fifo":
        os.mkfifo(path)
        _fifos.append(path)
    elif kind == "folder":
        path.mkdir()
    elif kind == "device":
        path.symlink_to("/dev/null")
    else:  # pragma: no cover
        raise AssertionError(kind)


KINDS = ["deep", "huge-number", pytest.param("fifo", marks=posix_only), "folder",
         pytest.param("device", marks=posix_only)]


# --- the reader itself ------------------------------------------------------------------------
@posix_only
def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path):
    put("fifo", tmp_path / "a.json")
    with pytest.raises(NotRegularFile):
        finishes(lambda: read_limited(tmp_path / "a.json"))


@posix_only
@pytest.mark.parametrize("device", ["/dev/zero", "/dev/null"])
def test_a_device_is_refused_before_anything_is_read(tmp_path, device):
    link = tmp_path / "a.json"
    link.symlink_to(device)
    with pytest.raises(NotRegularFile):  # /dev/zero would fill any limit with zeros
        read_limited(link)


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(OSError):
        read_limited(tmp_path)


def test_size_limit_still_holds(tmp_path):
    big = tmp_path / "big.json"
    big.write_bytes(b" " * 101)
    with pytest.raises(TooLarge):
        read_limited(big, limit=100)
    assert read_limited(big, limit=101) == b" " * 101


@pytest.mark.parametrize("raw, code", [
    (DEEP, "too_deep"),
    (HUGE, "huge_number"),
    (b'{"a": 1e99999999999999999999999999999999999999999}', "huge_number"),
    (b'{"a": NaN}', "not_json_number"),
    (b'{"a": 1, "a": 2}', "duplicate_key"),
    (b'{"a": [1, 2,]}', "syntax"),
    (b'{"a": "\xc3"}', "encoding"),
])
def test_damaged_json_is_one_kind_of_error(raw, code):
    with pytest.raises(DamagedJSON) as info:
        parse_json(raw)
    assert info.value.code == code
    assert isinstance(info.value, ValueError)  # every existing "damaged" handler catches it


def test_huge_number_is_refused_even_if_python_would_allow_it():
    old = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(0)  # as PYTHONINTMAXSTRDIGITS=0 would
    try:
        with pytest.raises(DamagedJSON):
            parse_json(HUGE)
    finally:
        sys.set_int_max_str_digits(old)


def test_a_syntax_error_says_where():
    with pytest.raises(DamagedJSON) as info:
        parse_json(b'{\n  "a": 1,\n}')
    assert info.value.code == "syntax" and info.value.args_for_text[:2] == ("3", "1")


@pytest.mark.parametrize("encoded", [
    '{"名": "稳岗"}'.encode(),
    b"\xef\xbb\xbf" + '{"名": "稳岗"}'.encode(),
    '{"名": "稳岗"}'.encode("utf-16"),  # Notepad's "Unicode": UTF-16 with its BOM
])
def test_utf8_with_or_without_bom_and_utf16_with_bom(encoded):
    assert parse_json(encoded) == {"名": "稳岗"}


def test_gb18030_only_where_asked():
    raw = '{"名": "稳岗"}'.encode("gbk")
    with pytest.raises(DamagedJSON):
        parse_json(raw)
    assert parse_json(raw, encodings=("utf-8", "gb18030")) == {"名": "稳岗"}


def test_read_json_reads_a_good_file(tmp_path):
    path = tmp_path / "a.json"
    path.write_text('{"a": [1, 2.5, "x", null, true]}', encoding="utf-8")
    assert read_json(path) == {"a": [1, 2.5, "x", None, True]}


# --- every file the program reads -------------------------------------------------------------
@pytest.mark.parametrize("kind", KINDS)
def test_settings_json(isolated_data, kind):
    put(kind, isolated_data / "settings.json")
    assert finishes(lambda: load_user_settings(isolated_data)) == UserSettings()


@pytest.mark.parametrize("kind", KINDS)
def test_profile_file_is_set_aside_and_the_others_load(isolated_data, kind):
    store = ProfileStore(isolated_data)
    good = store.new_profile("甲公司")
    assert store.save(good)
    bad = isolated_data / "profiles" / "0123456789ab.json"
    put(kind, bad)
    scan = finishes(lambda: ProfileStore(isolated_data).scan())
    assert [p.id for p in scan.profiles] == [good.id]
    [message] = scan.notices
    sentence = say(message)
    assert "已损坏" in sentence and "0123456789ab.json" in sentence and sentence.count("。") == 1
    assert not bad.exists() and not bad.is_symlink()
    assert any(p.name.startswith("0123456789ab.json.") and p.name.endswith(".bak")
               for p in bad.parent.iterdir())


@pytest.mark.parametrize("kind", KINDS)
def test_legacy_progress_file(isolated_data, kind):
    put(kind, isolated_data / "progress.json")
    scan = finishes(lambda: ProfileStore(isolated_data).scan())
    assert scan.profiles == [] and len(scan.notices) == 1 and "已损坏" in say(scan.notices[0])


@pytest.mark.parametrize("kind", KINDS)
def test_import(tmp_path, isolated_data, kind):
    path = tmp_path / "export.json"
    put(kind, path)
    with pytest.raises(ImportRefused) as info:
        finishes(lambda: ProfileStore(isolated_data).import_profile(path))
    sentence = say(info.value.message)
    assert sentence.startswith("无法导入“export.json”") and sentence.endswith("。")


@pytest.mark.parametrize("file", ["texts.json", "questions.json", "steps/S3.json"])
@pytest.mark.parametrize("kind", KINDS)
def test_content_file_is_listed_as_a_problem(tmp_path, kind, file, capsys):
    from wizard.__main__ import main

    root = tmp_path / "content"
    shutil.copytree(content_root(), root)
    (root / "zh_CN" / file).unlink()
    put(kind, root / "zh_CN" / file)
    with pytest.raises(ContentError) as info:
        finishes(lambda: load_content(root, "zh_CN"))
    assert any(p.startswith(f"zh_CN/{file}: ") for p in info.value.problems), info.value.problems
    assert finishes(lambda: main(["--check-content", str(root)])) == 1
    assert f"  zh_CN/{file}: " in capsys.readouterr().out


def test_content_with_a_bom_loads(tmp_path):
    root = tmp_path / "content"
    shutil.copytree(content_root(), root)
    texts = root / "zh_CN" / "texts.json"
    texts.write_bytes(b"\xef\xbb\xbf" + texts.read_bytes())  # Notepad's "UTF-8 with BOM"
    assert load_content(root, "zh_CN").texts.app_title


def test_content_with_a_duplicate_key_is_a_problem(tmp_path):
    root = tmp_path / "content"
    shutil.copytree(content_root(), root)
    step = root / "zh_CN" / "steps" / "S3.json"
    text = step.read_text(encoding="utf-8")
    step.write_text(text.replace('"title":', '"title": "旧的标题", "title":', 1), encoding="utf-8")
    with pytest.raises(ContentError) as info:
        load_content(root, "zh_CN")
    assert any("steps/S3.json" in p and "title" in p for p in info.value.problems)


def test_the_shipped_files_have_no_duplicate_keys():
    for path in sorted(content_dir("zh_CN").parent.rglob("*.json")):
        read_json(path)  # raises DamagedJSON on a duplicate key
    assert json.loads((content_dir("zh_CN") / "texts.json").read_text(encoding="utf-8"))
