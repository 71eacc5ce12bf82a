"""Screenshots and drawings cannot exhaust memory or reach outside their folders (issue 14, 10).

- A screenshot is decoded to at most the size shown, never held at full size, and one with
  absurd dimensions (an 8000x8000 PNG is 187 KB on disk and 256 MB decoded) is refused.
- The format is decided by the bytes: only PNG and JPEG; an SVG (or GIF, BMP …) saved as .png
  is refused, never rendered.
- A step's `illustration` names a drawing of its content root's schematics.json, never a file.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage

from wizard.content import ContentError, load_content
from wizard.content.pictures import Picture, resolve_picture
from wizard.paths import content_root

ROOT = Path(__file__).resolve().parent.parent


def big_png(path: Path, width: int, height: int) -> Path:
    """A valid, all-black RGB PNG of any size, written without ever holding its pixels."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    row = b"\0" * (1 + 3 * width)
    packer = zlib.compressobj(9)
    idat = b"".join(packer.compress(row) for _ in range(height)) + packer.flush()
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", idat)
                     + chunk(b"IEND", b""))
    return path


def png(path: Path, size=(640, 400), fmt: str = "PNG") -> Path:
    image = QImage(*size, QImage.Format.Format_RGB32)
    image.fill(QColor("#3366cc"))
    assert image.save(str(path), fmt)
    return path


@pytest.fixture(autouse=True)
def fresh_pictures():
    from wizard.ui.picture import configure_pictures

    configure_pictures(None)
    yield
    configure_pictures(None)


DRAWING = '<svg xmlns="http://www.w3.org/2000/svg" width="680" height="300"/>'


# --- memory -----------------------------------------------------------------------------------
MEASURE = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, sys.argv[2])
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from wizard.content import load_content
from wizard.ui.picture import StepPicture, configure_pictures

drawings = load_content().drawings

def peak_mb():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) // 1024

configure_pictures(Path(sys.argv[1]))
before = peak_mb()
pictures = []
for step in sys.argv[3].split(","):
    pic = StepPicture(step, step, drawings[step])
    pic.resize(700, 600)
    pic.show()
    app.processEvents()
    pic.button.grab()  # paint it, as on screen
    pictures.append(pic)
print(peak_mb() - before, sum(p.picture.is_override for p in pictures))
"""


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads VmHWM")
def test_huge_screenshots_do_not_take_the_memory(tmp_path):
    steps = ["S3", "S4"]
    for step in steps:
        big_png(tmp_path / f"{step}.png", 8000, 8000)
    assert (tmp_path / "S3.png").stat().st_size < 300_000  # tiny on disk
    result = subprocess.run([sys.executable, "-c", MEASURE, str(tmp_path), str(ROOT),
                             ",".join(steps)], capture_output=True, text=True, timeout=300,
                            check=False)
    assert result.returncode == 0, result.stderr
    grown_mb, overrides = map(int, result.stdout.split())
    assert overrides == 0  # refused: the drawings are shown
    assert grown_mb < 100, f"peak memory grew by {grown_mb} MB"


def test_a_huge_screenshot_is_refused_and_logged(qapp, tmp_path, caplog):
    from wizard.ui.picture import image_loads

    big_png(tmp_path / "S3.png", 8000, 8000)
    with caplog.at_level(logging.WARNING):
        pic = resolve_picture("S3", DRAWING, tmp_path, image_loads)
    assert pic.is_drawing
    assert "8000×8000" in caplog.text


def test_a_large_real_screenshot_is_shown_at_the_size_shown(qapp, tmp_path):
    from wizard.ui import picture

    path = png(tmp_path / "R3.png", (3840, 2160))  # a 4K screenshot: allowed
    assert picture.image_loads(path)
    shot = Picture("R3", path=path)
    assert picture.natural_size(shot) == QSize(3840, 2160)
    shown = picture.render(shot, QSize(680, 383), 1.0)
    assert (shown.width(), shown.height()) == (680, 383)
    assert picture.cached_pixels() <= 2 * 680 * 520  # no full-size image kept anywhere
    assert picture.cached_file_bytes() <= path.stat().st_size


def test_the_viewer_cannot_ask_for_a_giant_pixmap(qapp, tmp_path):
    from wizard.ui import picture

    path = png(tmp_path / "R3.png", (1920, 1080))
    zoomed = picture.render(Picture("R3", path=path), QSize(1920 * 4, 1080 * 4), 2.0)  # 400 % at 200 %
    assert zoomed.width() * zoomed.height() <= picture.MAX_RENDER_PIXELS
    logical = zoomed.width() / zoomed.devicePixelRatio()
    assert abs(logical - 1920 * 4) < 2  # still fills the asked size on screen
    drawing = picture.render(Picture("S3", drawing=load_content().drawings["S3"]), QSize(20000, 10000), 2.0)
    assert drawing.width() * drawing.height() <= picture.MAX_RENDER_PIXELS


def test_the_pixmap_cache_is_bounded_by_bytes(qapp, tmp_path):
    from wizard.ui import picture

    shot = Picture("R3", path=png(tmp_path / "R3.png", (1920, 1080)))
    for width in range(400, 1900, 20):  # a viewer zoomed step by step
        picture.render(shot, QSize(width * 2, width), 2.0)
    assert picture.cached_pixels() * 4 <= picture.PIXMAP_CACHE_BYTES


# --- the format, by content ---------------------------------------------------------------------
SVG = ('<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
       'width="400" height="300"><rect width="400" height="300" fill="red"/>'
       '<image xlink:href="file://{secret}" width="100" height="100"/></svg>')


@pytest.mark.parametrize("kind", ["svg", "svgz", "bmp", "gif", "tiff"])
def test_only_png_and_jpeg_by_their_bytes(qapp, tmp_path, kind, caplog):
    from wizard.ui.picture import image_loads

    target = tmp_path / "S3.png"
    if kind == "svg":
        secret = png(tmp_path / "secret.png")
        target.write_text(SVG.format(secret=secret), encoding="utf-8")
    elif kind == "svgz":
        target.write_bytes(zlib.compress(SVG.format(secret="/x").encode(), wbits=31))
    elif kind == "gif":  # Qt reads GIF but cannot write it: a 1x1 GIF89a
        target.write_bytes(b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9"
                           b"\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00"
                           b"\x02\x02D\x01\x00;")
        assert not QImage(str(target)).isNull()  # a real picture, only not a PNG or JPEG
    else:
        png(target, fmt=kind.upper())
    with caplog.at_level(logging.WARNING):
        pic = resolve_picture("S3", DRAWING, tmp_path, image_loads)
    assert pic.is_drawing, kind
    assert "PNG" in caplog.text and "JPEG" in caplog.text


def test_a_jpeg_named_png_and_a_png_named_jpg_still_show(qapp, tmp_path):
    from wizard.ui.picture import image_loads

    png(tmp_path / "S3.png", fmt="JPEG")  # the content decides, not the name
    png(tmp_path / "C2.jpg", fmt="PNG")
    assert resolve_picture("S3", DRAWING, tmp_path, image_loads).is_override
    assert resolve_picture("C2", DRAWING, tmp_path, image_loads).is_override


@pytest.mark.skipif(os.name != "posix", reason="FIFOs")
def test_a_fifo_named_like_a_screenshot_is_skipped(qapp, tmp_path):
    from wizard.ui.picture import image_loads

    os.mkfifo(tmp_path / "S3.png")
    assert resolve_picture("S3", DRAWING, tmp_path, image_loads).is_drawing


# --- a step names a drawing, never a file -------------------------------------------------------------
@pytest.mark.parametrize("name", ["../outside.svg", "S3.svg", "/etc/passwd", "C:\\outside.svg"])
def test_check_content_refuses_an_illustration_that_is_not_a_drawing(tmp_path, name):
    root = tmp_path / "content"
    shutil.copytree(content_root(), root)
    for language in ("zh_CN", "zh_HK", "en"):
        path = root / language / "steps" / "R4.json"
        step = json.loads(path.read_text(encoding="utf-8"))
        step["illustration"] = name
        path.write_text(json.dumps(step, ensure_ascii=False), "utf-8")
    with pytest.raises(ContentError) as info:
        load_content(root, "zh_CN")
    assert any(p.startswith("zh_CN/steps/R4.json: illustration: ") and name in p
               for p in info.value.problems), info.value.problems
