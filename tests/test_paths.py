"""Resources are found the same way from source and from a PyInstaller bundle; data goes to the
user data folder unless a portable marker sits beside the program; `--data-dir` wins."""

from __future__ import annotations

import struct
import sys
from pathlib import Path

import pytest

from wizard import paths
from wizard.paths import default_data_dir  # the real one: conftest patches the module attribute

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def frozen(tmp_path, monkeypatch):
    """Pretend to run as the one-folder bundle tmp/app/wengang-wizard with tmp/app/_internal."""
    app = tmp_path / "app"
    (app / "_internal").mkdir(parents=True)
    (app / "wengang-wizard").write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(app / "_internal"), raising=False)
    monkeypatch.setattr(sys, "executable", str(app / "wengang-wizard"))
    return app


@pytest.fixture
def source_tree(tmp_path, monkeypatch):
    """Pretend the source tree is an empty folder, whatever markers the real checkout has."""
    root = tmp_path / "src"
    root.mkdir()
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    monkeypatch.setattr(paths, "_SOURCE_ROOT", root)
    return root


def test_resources_from_source_are_the_repository_folder(monkeypatch):
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    assert paths.resources_dir() == ROOT / "resources"
    assert (paths.content_dir("zh_CN") / "texts.json").is_file()
    assert paths.app_icon_path().is_file()


def test_resources_when_frozen_come_from_meipass(frozen):
    bundle = frozen / "_internal"
    assert paths.is_frozen()
    assert paths.bundle_dir() == bundle
    assert paths.resources_dir() == bundle / "resources"
    assert paths.content_dir("zh_CN") == bundle / "resources" / "content" / "zh_CN"
    assert paths.app_icon_path() == bundle / "resources" / "icons" / "app.svg"


def test_program_dir_is_beside_the_executable_when_frozen(frozen):
    assert paths.program_dir() == frozen.resolve()


def test_no_marker_means_the_user_data_folder(frozen):
    assert paths.portable_data_dir() is None
    data = default_data_dir()
    assert data.name == paths.APP_NAME
    assert frozen not in data.parents


@pytest.mark.parametrize("marker", ["portable", "portable.txt"])
def test_portable_marker_beside_the_frozen_program(frozen, marker):
    (frozen / marker).write_text("")
    assert paths.portable_data_dir() == frozen.resolve() / "data"
    assert default_data_dir() == frozen.resolve() / "data"


def test_a_marker_inside_the_bundle_does_not_count(frozen):
    (frozen / "_internal" / "portable").write_text("")
    assert paths.portable_data_dir() is None


def test_portable_marker_in_the_source_tree(source_tree):
    assert paths.portable_data_dir() is None
    (source_tree / "portable").write_text("")
    assert paths.portable_data_dir() == source_tree / "data"


def test_data_dir_option_beats_the_portable_marker(frozen, monkeypatch, tmp_path):
    from wizard import paths

    monkeypatch.delenv("WENGANG_WIZARD_DATA_DIR", raising=False)
    monkeypatch.setattr(paths, "default_data_dir", default_data_dir)  # undo conftest's isolation
    (frozen / "portable").write_text("")
    assert paths.data_dir_from(None) == frozen.resolve() / "data"
    assert paths.data_dir_from(str(tmp_path / "elsewhere")) == tmp_path / "elsewhere"


def test_frozen_qt_translations_are_also_looked_for_in_the_bundle(frozen):
    from wizard.ui.locale import qt_translation_dirs

    dirs = qt_translation_dirs()
    bundle = frozen / "_internal" / "PySide6"
    assert str(bundle / "Qt" / "translations") in dirs  # Linux and macOS layout
    assert str(bundle / "translations") in dirs  # Windows layout


def test_app_icon_svg_renders(qapp):
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(ROOT / "resources" / "icons" / "app.svg"))
    assert renderer.isValid()
    assert renderer.defaultSize().width() == renderer.defaultSize().height()


def test_app_ico_holds_every_size_as_png(qapp):
    from PySide6.QtGui import QImage

    data = (ROOT / "resources" / "icons" / "app.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = []
    for i in range(count):
        width, height, _c, _r, _p, bits, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * i)
        side = width or 256
        assert (width, bits) == (height, 32)
        png = data[offset:offset + length]
        assert png.startswith(b"\x89PNG")
        image = QImage.fromData(png, "PNG")
        assert (image.width(), image.height()) == (side, side)
        sizes.append(side)
    assert sizes == [16, 24, 32, 48, 64, 128, 256]
