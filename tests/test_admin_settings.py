"""admin.json without pydantic at start-up, and its `content_dir` (issue 17).

The file is validated in full (pydantic, lazily) the first time this program version sees its
bytes; bytes already found clean and in their normal form are rebuilt without pydantic, as the
profiles are (wizard/store/checked.py). Failing closed (tests/test_admin_fail_closed.py) is
unchanged: the keys that fail closed are never taken from the record unchecked.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from wizard.store.admin import (
    AdminSettings,
    admin_key,
    choose_content_dir,
    read_admin_settings,
)
from wizard.store.checked import Checked

ROOT = Path(__file__).resolve().parent.parent


def read_in_fresh_interpreter(path: Path, cache: Path) -> dict:
    code = ("import json, sys\n"
            "from wizard.store.admin import read_admin_settings\n"
            "from wizard.store.checked import Checked\n"
            "from wizard.typed_data import to_plain\n"
            f"read = read_admin_settings({str(path)!r}, Checked({str(cache)!r}))\n"
            "print(json.dumps({'settings': to_plain(read.settings), 'problem': read.problem is not None,"
            " 'pydantic': 'pydantic' in sys.modules}))\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_a_checked_admin_file_is_read_without_pydantic(tmp_path):
    path = tmp_path / "admin.json"
    path.write_text(json.dumps({"kiosk": True, "idle_timeout_seconds": 120, "language": "zh_HK",
                                "content_dir": "D:\\内容", "some_later_key": 1},
                               ensure_ascii=False), encoding="utf-8")
    first = read_in_fresh_interpreter(path, tmp_path / "cache")
    assert first["pydantic"] and not first["problem"]  # new bytes: validated in full
    again = read_in_fresh_interpreter(path, tmp_path / "cache")
    assert not again["pydantic"]
    assert again["settings"] == first["settings"]
    assert again["settings"]["idle_timeout_seconds"] == 120.0
    assert again["settings"]["content_dir"] == "D:\\内容" and again["settings"]["kiosk"] is True


def test_no_admin_file_needs_no_pydantic(tmp_path):
    read = read_in_fresh_interpreter(tmp_path / "none.json", tmp_path / "cache")
    assert not read["pydantic"] and not read["problem"]
    assert read["settings"]["kiosk"] is False and read["settings"]["content_dir"] is None


def test_a_changed_file_is_validated_again(tmp_path):
    path = tmp_path / "admin.json"
    checked = Checked(tmp_path / "cache")
    path.write_text('{"kiosk": false}', encoding="utf-8")
    assert not read_admin_settings(path, checked).settings.kiosk
    path.write_text('{"kiosk": false, "allow_browser": "maybe"}', encoding="utf-8")
    read = read_admin_settings(path, checked)
    assert read.problem is not None and read.settings.kiosk and not read.settings.allow_browser


def test_a_record_never_makes_a_wrong_safety_value_pass(tmp_path):
    """Even with its digest in the record (a damaged or tampered cache), a file whose
    allow_browser is not true or false fails closed."""
    path = tmp_path / "admin.json"
    raw = b'{"kiosk": false, "allow_browser": "maybe"}'
    path.write_bytes(raw)
    checked = Checked(tmp_path / "cache")
    checked.add(admin_key(raw))
    read = read_admin_settings(path, checked)
    assert read.problem is not None
    assert read.settings.kiosk and not read.settings.allow_browser and not read.settings.allow_print


def test_a_corrected_value_is_not_recorded_and_is_logged_at_every_start(tmp_path, caplog):
    path = tmp_path / "admin.json"
    path.write_text('{"kiosk": true, "idle_timeout_seconds": 1, "font_scale": 9}', encoding="utf-8")
    checked = Checked(tmp_path / "cache")
    for _ in range(2):
        caplog.clear()
        read = read_admin_settings(path, checked)
        assert read.settings.idle_timeout_seconds == 30 and read.settings.font_scale == 1.0
        assert "idle_timeout_seconds" in caplog.text and "font_scale" in caplog.text
    assert len(list(checked._digests)) == 0


def test_content_dir_from_the_file_and_the_command_line(tmp_path):
    path = tmp_path / "admin.json"
    path.write_text(json.dumps({"content_dir": "D:\\稳岗内容"}, ensure_ascii=False), encoding="gbk")
    settings = read_admin_settings(path).settings
    assert settings.content_dir == "D:\\稳岗内容"
    assert choose_content_dir(None, settings) == Path("D:\\稳岗内容")
    assert choose_content_dir(str(tmp_path / "mine"), settings) == tmp_path / "mine"  # --content wins
    assert choose_content_dir(None, AdminSettings()) is None


def test_a_wrong_content_dir_costs_only_that_key(tmp_path):
    path = tmp_path / "admin.json"
    path.write_text('{"kiosk": true, "content_dir": 5}', encoding="utf-8")
    read = read_admin_settings(path)
    assert read.problem is None and read.settings.kiosk and read.settings.content_dir is None
