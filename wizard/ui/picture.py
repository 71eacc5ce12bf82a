"""The step's picture: our schematic drawing or a real screenshot, and a viewer to zoom it.

Pictures are cheap to construct: nothing is read until the picture is first shown, then the
rendered pixmap is cached (by file, size and device pixel ratio), so a page never waits for
the picture of another page and a revisit draws from the cache. SVG drawings are rendered at
the screen's device pixel ratio, so they stay crisp at 150 % and 200 % display scaling.
Screenshots are PNG or JPEG by their bytes, kept as bytes and decoded to the size shown.
"""

from __future__ import annotations

import logging
import math
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QImageReader, QPainter, QPen, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from wizard.content.pictures import MAX_OVERRIDE_BYTES, Picture, resolve_picture
from wizard.files import problem_text, read_limited
from wizard.ui.theme import colour
from wizard.ui.widgets import ScrollArea, paint_focus_ring

log = logging.getLogger(__name__)

MAX_WIDTH = 680  # the text column
MAX_HEIGHT = 520  # a tall screenshot is shown smaller; the viewer shows it whole
MIN_ZOOM, MAX_ZOOM = 0.1, 4.0


# --- where pictures come from -------------------------------------------------------------
class _Config:
    screenshots_dir: Path | None = None


def configure_pictures(screenshots_dir: Path | str | None = None) -> None:
    """Set the folder of real screenshots that replace the drawings (--screenshots / admin.json)."""
    _Config.screenshots_dir = Path(screenshots_dir) if screenshots_dir else None
    clear_cache()


# --- loading and rendering, cached ----------------------------------------------------------
# A screenshot is kept as its file's bytes (a few hundred KB) and decoded straight to the size
# shown; only those pixmaps are kept, within a byte budget. A screenshot larger than a 5K
# screen is a mistake (an 8000x8000 PNG is 187 KB on disk, 256 MB decoded): refused.
MAX_PIXELS = 4096 * 4096
MAX_RENDER_PIXELS = 4096 * 4096  # the most one pixmap holds, however far the viewer zooms
FILE_CACHE_BYTES = 64 * 1024 * 1024
PIXMAP_CACHE_BYTES = 96 * 1024 * 1024
ALLOCATION_LIMIT_MB = 128  # Qt's decoders refuse more, whatever a file's header claims
# Decided by the bytes, never the name: an SVG (or anything else) saved as .png is refused.
SIGNATURES = ((b"\x89PNG\r\n\x1a\n", b"png"), (b"\xff\xd8\xff", b"jpeg"))


@dataclass(frozen=True)
class Screenshot:
    data: bytes  # the whole file
    format: bytes  # b"png" or b"jpeg", from its first bytes
    size: QSize  # its pixels, from its header


_files: OrderedDict[tuple, Screenshot | None] = OrderedDict()
_pixmaps: OrderedDict[tuple, QPixmap] = OrderedDict()  # rendered at a size and pixel ratio


def clear_cache() -> None:
    _files.clear()
    _pixmaps.clear()


def cached_pixels() -> int:
    """Decoded pixels held by the caches (only pixmaps at the sizes shown)."""
    return sum(p.width() * p.height() for p in _pixmaps.values())


def cached_file_bytes() -> int:
    return sum(len(s.data) for s in _files.values() if s is not None)


def _file_key(path: Path) -> tuple:
    try:
        st = path.stat()
        return (str(path), st.st_mtime_ns, st.st_size)
    except OSError:
        return (str(path), 0, 0)


def _remember(cache: OrderedDict, key: tuple, value, weight, budget: int) -> None:
    """Keep `value`, dropping the least recently used entries beyond `budget` bytes."""
    cache[key] = value
    cache.move_to_end(key)
    while len(cache) > 1 and sum(weight(v) for v in cache.values()) > budget:
        cache.popitem(last=False)


def _reader(data: bytes, fmt: bytes) -> tuple[QImageReader, QBuffer]:
    """A reader of `data` as `fmt` only, never guessed from the content (keep the buffer)."""
    QImageReader.setAllocationLimit(ALLOCATION_LIMIT_MB)
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, fmt)
    reader.setDecideFormatFromContent(False)
    reader.setAutoTransform(True)
    return reader, buffer


def _decode(shot: Screenshot, size: QSize | None = None) -> QImage:
    """The screenshot decoded, scaled to `size` while reading (JPEG decodes smaller at once)."""
    reader, _buffer = _reader(shot.data, shot.format)
    if size is not None:
        reader.setScaledSize(size)
    image = reader.read()
    if image.isNull():
        log.warning("cannot decode a %s screenshot: %s", shot.format.decode(), reader.errorString())
    return image


def _read_screenshot(path: Path) -> Screenshot | None:
    try:
        data = read_limited(path, MAX_OVERRIDE_BYTES)
    except (OSError, ValueError) as exc:
        log.warning("screenshot %s cannot be read (%s); using the drawing", path, problem_text(exc))
        return None
    fmt = next((f for magic, f in SIGNATURES if data.startswith(magic)), None)
    if fmt is None:
        log.warning("screenshot %s is not a PNG or JPEG file (judged by its content); "
                    "using the drawing", path)
        return None
    reader, _buffer = _reader(data, fmt)
    size = reader.size()
    if size.isEmpty():
        log.warning("screenshot %s has no readable size: %s", path, reader.errorString())
        return None
    if size.width() * size.height() > MAX_PIXELS:
        log.warning("screenshot %s is %d×%d pixels, more than %d million; using the drawing",
                    path, size.width(), size.height(), MAX_PIXELS // 1_000_000)
        return None
    shot = Screenshot(data, fmt, size)
    # Decoded once, small, to be sure the whole file decodes (a truncated one does not).
    if _decode(shot, fit_size(size, 64, 64)).isNull():
        log.warning("screenshot %s does not decode; using the drawing", path)
        return None
    return shot


def load_screenshot(path: Path) -> Screenshot | None:
    """A screenshot's bytes and size, read and checked once (None if it cannot be used)."""
    key = _file_key(path)
    if key in _files:
        _files.move_to_end(key)
        return _files[key]
    shot = _read_screenshot(path)
    _remember(_files, key, shot, lambda s: len(s.data) if s else 0, FILE_CACHE_BYTES)
    return shot


def image_loads(path: Path) -> bool:
    return load_screenshot(path) is not None


def _svg(picture: Picture) -> QSvgRenderer:
    # Only our own drawings are SVG: a screenshot is judged by its bytes and never read as SVG.
    return QSvgRenderer(QByteArray(picture.drawing.encode("utf-8")))


def _source_key(picture: Picture) -> tuple:
    return _file_key(picture.path) if picture.path is not None else ("drawing", picture.drawing)


def natural_size(picture: Picture) -> QSize:
    if picture.is_drawing:
        renderer = _svg(picture)
        return renderer.defaultSize() if renderer.isValid() else QSize()
    shot = load_screenshot(picture.path)
    return QSize(shot.size) if shot is not None else QSize()


def render(picture: Picture, size: QSize, dpr: float) -> QPixmap:
    """The picture drawn at `size` logical pixels for a screen of pixel ratio `dpr`; never
    more than MAX_RENDER_PIXELS (then drawn coarser, still covering `size`)."""
    dpr = max(dpr, 1.0)
    key = (*_source_key(picture), size.width(), size.height(), round(dpr, 2))
    if key in _pixmaps:
        _pixmaps.move_to_end(key)
        return _pixmaps[key]
    w, h = max(1, round(size.width() * dpr)), max(1, round(size.height() * dpr))
    if w * h > MAX_RENDER_PIXELS:
        shrink = math.sqrt(MAX_RENDER_PIXELS / (w * h))
        w, h = max(1, math.floor(w * shrink)), max(1, math.floor(h * shrink))
    if picture.is_drawing:
        image = QImage(w, h, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        _svg(picture).render(painter, QRectF(0, 0, w, h))
        painter.end()
    else:
        shot = load_screenshot(picture.path)
        image = _decode(shot, QSize(w, h)) if shot is not None else QImage()
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(dpr if w == round(size.width() * dpr) else w / size.width())
    _remember(_pixmaps, key, pixmap, lambda p: p.width() * p.height() * 4, PIXMAP_CACHE_BYTES)
    return pixmap


def fit_size(natural: QSize, max_w: int, max_h: int) -> QSize:
    if natural.isEmpty():
        return QSize(max_w, max(1, max_w // 2))
    scale = min(1.0, max_w / natural.width(), max_h / natural.height())
    return QSize(max(1, round(natural.width() * scale)), max(1, round(natural.height() * scale)))


# --- the picture on the step page -----------------------------------------------------------
class PictureButton(QAbstractButton):
    """The picture itself: focusable; click, Enter or Space opens the viewer."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.picture: Picture | None = None
        self.natural = QSize(MAX_WIDTH, MAX_WIDTH // 2)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_picture(self, picture: Picture | None, natural: QSize) -> None:
        self.picture = picture
        self.natural = natural if not natural.isEmpty() else QSize(MAX_WIDTH, MAX_WIDTH // 2)
        self.updateGeometry()
        self.update()

    def display_size(self, width: int) -> QSize:
        return fit_size(self.natural, max(1, min(width, MAX_WIDTH) - 6), MAX_HEIGHT)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.display_size(width).height() + 6

    def sizeHint(self) -> QSize:
        size = self.display_size(MAX_WIDTH)
        return QSize(size.width() + 6, size.height() + 6)

    def minimumSizeHint(self) -> QSize:
        return QSize(120, 60)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
            return
        super().keyPressEvent(event)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        size = self.display_size(self.width())
        target = QRectF(3, 3, size.width(), size.height())
        if self.picture is not None:
            painter.drawPixmap(target.topLeft(), render(self.picture, size, self.devicePixelRatioF()))
        painter.setPen(QPen(QColor(colour("frame")), 1))
        painter.drawRect(target.adjusted(-0.5, -0.5, 0.5, 0.5))
        if self.hasFocus():  # the same yellow-and-black focus ring as the buttons
            paint_focus_ring(painter, target.adjusted(-3, -3, 3, 3))
        painter.end()


class StepPicture(QWidget):
    """A step's picture with its caption: 示意图 for our drawings, the date for screenshots."""

    def __init__(self, step_id: str, step_title: str, drawing: str | None,
                 description: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.step_id = step_id
        self.step_title = step_title
        self.drawing = drawing  # the step's drawing, SVG text (Content.drawings)
        self.description = description or ""
        self.picture: Picture | None = None
        self.loaded = False
        self.title = self.kind = ""
        self.viewer: PictureViewer | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        self.button = PictureButton()
        self.button.clicked.connect(self.open_viewer)
        self.button.setToolTip(self.tr("点击图片可以放大查看"))
        self.caption = QLabel()
        self.caption.setProperty("role", "muted")
        self.caption.setWordWrap(True)
        lay.addWidget(self.button)
        lay.addWidget(self.caption)

    def showEvent(self, event) -> None:
        self.ensure_loaded()
        super().showEvent(event)

    def ensure_loaded(self) -> None:
        """Decide what to show (override or drawing), once, when the page is first shown."""
        if self.loaded:
            return
        self.loaded = True
        self.picture = resolve_picture(self.step_id, self.drawing, _Config.screenshots_dir,
                                       image_loads)
        description = self.description
        if self.picture is None:
            self.button.set_picture(None, QSize())
            self.caption.setText(self.tr("（这一步没有图片）"))
            self.button.setAccessibleName(self.tr("没有图片"))
            return
        self.button.set_picture(self.picture, natural_size(self.picture))
        if self.picture.is_override:
            day = self.picture.file_date.isoformat() if self.picture.file_date else "—"
            self.kind = self.tr("实际截图 · 文件日期 %1").replace("%1", day)
            self.title = self.tr("实际截图：%1").replace("%1", self.step_title)
        else:
            self.kind = self.tr("示意图（不是真实截图）· 红框里的数字对应上面的步骤")
            self.title = self.tr("示意图：%1").replace("%1", self.step_title)
        self.caption.setText(self.tr("%1 · 点击图片可以放大").replace("%1", self.kind))
        self.button.setAccessibleName(self.tr("%1（按回车键放大）").replace("%1", self.title))
        # The caption too: a keyboard or screen-reader user never reads it otherwise.
        self.button.setAccessibleDescription(f"{self.alt_text(description)}\n{self.caption.text()}")

    def prepare(self, width: int) -> None:
        """Load and draw the picture now for a page `width` wide (the page before is as wide),
        so showing this page later finds the drawing ready instead of drawing it then."""
        self.ensure_loaded()
        if self.picture is not None:
            render(self.picture, self.button.display_size(width), self.button.devicePixelRatioF())

    def alt_text(self, description: str) -> str:
        """What the picture is, then what it shows (for screen readers)."""
        what = description or self.step_title
        if self.picture.is_override:
            day = self.picture.file_date.isoformat() if self.picture.file_date else "—"
            return self.tr("实际截图（文件日期 %1）：%2。%3").replace("%1", day) \
                .replace("%2", self.step_title).replace("%3", what)
        return self.tr("示意图：%1").replace("%1", what)

    def open_viewer(self) -> None:
        self.ensure_loaded()
        if self.picture is None:
            return
        self.viewer = PictureViewer(self.picture, self.title, self.kind,
                                    self.button.accessibleDescription(), self.window())
        self.viewer.open()


# --- the viewer ------------------------------------------------------------------------------
class ZoomArea(ScrollArea):
    """Scrolls the picture; the mouse wheel zooms and dragging pans."""

    zoom_requested = Signal(float, QPoint)  # factor, at this viewport point

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWidgetResizable(False)
        self.view = QLabel()
        self.view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWidget(self.view)
        self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        self._drag: QPoint | None = None

    def wheelEvent(self, event) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_requested.emit(1.25 ** steps, event.position().toPoint())
        event.accept()

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._drag = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if self._drag is not None:
            pos = event.position().toPoint()
            delta = pos - self._drag
            self._drag = pos
            self.pan(delta)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        self._drag = None
        self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        super().mouseReleaseEvent(event)

    def pan(self, delta: QPoint) -> None:
        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        h.setValue(h.value() - delta.x())
        v.setValue(v.value() - delta.y())


class PictureViewer(QDialog):
    """The picture large: fit to window, 100 %, 200 %, wheel zoom, drag to pan, Esc closes."""

    def __init__(self, picture: Picture, title: str, caption: str, description: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.picture = picture
        self.natural = natural_size(picture)
        self.zoom = 1.0
        self.fitting = True
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setAccessibleDescription(description)
        lay = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.fit_button = QPushButton(self.tr("适合窗口"))
        self.fit_button.clicked.connect(self.fit)
        self.actual_button = QPushButton("100%")
        self.actual_button.setAccessibleName(self.tr("原始大小 100%"))
        self.actual_button.clicked.connect(lambda: self.set_zoom(1.0))
        self.double_button = QPushButton("200%")
        self.double_button.setAccessibleName(self.tr("放大到 200%"))
        self.double_button.clicked.connect(lambda: self.set_zoom(2.0))
        self.zoom_label = QLabel()
        self.zoom_label.setProperty("role", "muted")
        self.close_button = QPushButton(self.tr("关闭"))
        self.close_button.clicked.connect(self.reject)
        for b in (self.fit_button, self.actual_button, self.double_button):
            bar.addWidget(b)
        bar.addWidget(self.zoom_label)
        bar.addStretch(1)
        bar.addWidget(self.close_button)
        lay.addLayout(bar)
        self.area = ZoomArea()
        self.area.setAccessibleName(title)
        self.area.setAccessibleDescription(description)
        self.area.view.setAccessibleName(title)  # the image itself, as a reader meets it
        self.area.view.setAccessibleDescription(description)
        self.area.zoom_requested.connect(self._wheel_zoom)
        lay.addWidget(self.area, 1)
        hint = QLabel(self.tr("%1 · 滚动鼠标滚轮缩放，按住拖动可移动图片，按 Esc 键关闭")
                      .replace("%1", caption))
        hint.setProperty("role", "muted")
        hint.setWordWrap(True)
        lay.addWidget(hint)
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(min(1100, screen.width() - 40), min(760, screen.height() - 40))
        self.close_button.setFocus()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.fitting:
            self.fit()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.fitting:
            self.fit()

    def fit_zoom(self) -> float:
        if self.natural.isEmpty():
            return 1.0
        room = self.area.viewport().size()
        return max(MIN_ZOOM, min(MAX_ZOOM, (room.width() - 4) / self.natural.width(),
                                 (room.height() - 4) / self.natural.height()))

    def fit(self) -> None:
        self.fitting = True
        self._show(self.fit_zoom())

    def set_zoom(self, zoom: float, anchor: QPoint | None = None) -> None:
        self.fitting = False
        self._show(zoom, anchor)

    def _wheel_zoom(self, factor: float, at: QPoint) -> None:
        self.set_zoom(self.zoom * factor, at)

    def _show(self, zoom: float, anchor: QPoint | None = None) -> None:
        zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        h, v = self.area.horizontalScrollBar(), self.area.verticalScrollBar()
        if anchor is None:
            anchor = QPoint(self.area.viewport().width() // 2, self.area.viewport().height() // 2)
        # Keep the point under the mouse (or the centre) where it is while zooming.
        fx = (h.value() + anchor.x()) / self.zoom
        fy = (v.value() + anchor.y()) / self.zoom
        old = self.zoom
        self.zoom = zoom
        size = QSize(max(1, round(self.natural.width() * zoom)),
                     max(1, round(self.natural.height() * zoom)))
        self.area.view.setPixmap(render(self.picture, size, self.devicePixelRatioF()))
        self.area.view.resize(size)
        if old != zoom:
            h.setValue(round(fx * zoom - anchor.x()))
            v.setValue(round(fy * zoom - anchor.y()))
        self.zoom_label.setText(f"{round(zoom * 100)}%")
