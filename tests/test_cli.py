"""The command line: --version, --help, --check-content, --self-test, and a broken start."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from wizard import __version__
from wizard.__main__ import main
from wizard.catalogue import catalogue
from wizard.paths import content_root

ROOT = Path(__file__).resolve().parent.parent


def run_cli(*args: str, timeout: int = 240) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "wizard", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=timeout)


def test_version(capsys):
    assert main(["--version"]) == 0  # more of it: tests/test_about.py
    assert capsys.readouterr().out.startswith(f"wengang-wizard {__version__}\n")


def test_version_matches_pyproject():
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["version"] == __version__


def test_help_lists_the_options(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for option in ("--check-content", "--self-test", "--data-dir", "--version"):
        assert option in out


def test_check_content_checks_every_language_of_a_root_and_says_the_edition(capsys):
    assert main(["--check-content", str(content_root())]) == 0
    out = capsys.readouterr().out
    assert "没有问题" in out and catalogue().edition in out
    assert all(code in out for code in catalogue().language_codes)


def test_check_content_of_a_language_folder_points_to_its_root(capsys):
    assert main(["--check-content", str(content_root() / "zh_CN")]) == 1
    assert "语言文件夹" in capsys.readouterr().out


def test_check_content_lists_every_problem(tmp_path, capsys):
    root = tmp_path / "content"
    shutil.copytree(content_root(), root)
    (root / "en" / "steps" / "C3.json").unlink()
    step = json.loads((root / "zh_CN" / "steps" / "S2.json").read_text(encoding="utf-8"))
    step["links"] = [{"label": "x", "url": "https://www.example.com"}]
    (root / "zh_CN" / "steps" / "S2.json").write_text(json.dumps(step, ensure_ascii=False), "utf-8")
    assert main(["--check-content", str(root)]) == 1
    out = capsys.readouterr().out
    assert "2 个问题" in out
    assert "en/steps/C3.json" in out and "zh_CN/steps/S2.json: links[1].url" in out


def test_self_test_walks_every_route():
    result = run_cli("--self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    lines = [ln for ln in result.stdout.splitlines() if ln.startswith("[")]
    assert len(lines) >= 7 and all(ln.startswith("[ok]") for ln in lines)
    assert "关闭后继续" in result.stdout
    assert "0 failed" in result.stdout


def test_broken_content_at_start_shows_a_dialog_and_exits_non_zero(tmp_path, monkeypatch):
    """The program's own content broken: nothing to fall back to (a chosen folder that fails
    falls back to it: tests/test_content_fallback_ui.py)."""
    shown = []
    monkeypatch.setattr("wizard.app.QMessageBox.critical",
                        lambda _parent, title, text: shown.append((title, text)))
    monkeypatch.setenv("WENGANG_LANG", "zh_CN")  # not the test machine's locale
    monkeypatch.setattr("wizard.paths.content_root", lambda: tmp_path / "missing")
    from wizard.app import run

    assert run(data_dir=str(tmp_path / "d"), content_folder=str(tmp_path / "also-missing")) == 2
    assert shown and "内容文件" in shown[0][0] and "不是内容文件夹" in shown[0][1]
    assert not (tmp_path / "d").exists()  # nothing written
