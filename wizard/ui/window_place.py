"""The window where the user left it: size, position and maximised state, remembered in the
user settings (wizard/store/user_settings.py) when the window closes and put back at the next
start — on a screen that still exists, whole, and no bigger than it. Never in kiosk mode.

`on_screen` is pure (rectangles as (x, y, width, height) tuples); the rest applies it to Qt.
"""

from __future__ import annotations

import logging
from pathlib import Path

log = logging.getLogger(__name__)

Rect = tuple[int, int, int, int]  # x, y, width, height


def _overlap(a: Rect, b: Rect) -> int:
    width = min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0])
    height = min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1])
    return max(0, width) * max(0, height)


def on_screen(place: Rect, screens: list[Rect], primary: Rect) -> Rect:
    """`place` moved (and shrunk if need be) to lie whole on the screen that shows most of it;
    on `primary` when no screen shows any of it (a monitor unplugged since)."""
    best = max(screens, key=lambda s: _overlap(place, s), default=primary)
    screen = best if _overlap(place, best) > 0 else primary
    sx, sy, sw, sh = screen
    width, height = min(place[2], sw), min(place[3], sh)
    x = min(max(place[0], sx), sx + sw - width)
    y = min(max(place[1], sy), sy + sh - height)
    return x, y, width, height


def restore_place(window, place) -> bool:
    """Put `window` where `place` (a WindowPlace, or None) says; True if it should be shown
    maximised. The normal geometry is set either way, so un-maximising returns to it.
    `place` holds the frame's top-left corner and the inside's size, as move() and resize()."""
    from PySide6.QtGui import QGuiApplication

    if place is None:
        return False
    screens = [s.availableGeometry().getRect() for s in QGuiApplication.screens()]
    primary = QGuiApplication.primaryScreen()
    main = primary.availableGeometry().getRect() if primary is not None else (0, 0, 1024, 600)
    # The frame (title bar, borders) must fit too; known once the window has been shown.
    extra_w = window.frameGeometry().width() - window.geometry().width()
    extra_h = window.frameGeometry().height() - window.geometry().height()
    x, y, width, height = on_screen((place.x, place.y, place.width + extra_w,
                                     place.height + extra_h), screens, main)
    window.resize(width - extra_w, height - extra_h)
    window.move(x, y)  # the frame's top-left corner
    return bool(place.maximized)


class _Remember:
    """Saves the window's place when it closes."""

    def __init__(self, window, folder: Path, checked=None):
        from PySide6.QtCore import QEvent, QObject

        outer = self

        class Filter(QObject):
            def eventFilter(self, obj, event) -> bool:
                if obj is window and event.type() == QEvent.Type.Close and event.isAccepted():
                    outer.save(window)
                return False

        self.folder, self.checked = Path(folder), checked
        self.filter = Filter(window)
        window.installEventFilter(self.filter)

    def save(self, window) -> None:
        from wizard.store.user_settings import WindowPlace, update_user_settings

        normal = window.normalGeometry() if window.isMaximized() else window.geometry()
        frame_offset = window.geometry().topLeft() - window.frameGeometry().topLeft()
        top_left = normal.topLeft() - frame_offset  # move() places the frame's corner
        place = WindowPlace(top_left.x(), top_left.y(), normal.width(), normal.height(),
                            window.isMaximized())
        update_user_settings(self.folder, self.checked, window=place)


def remember_place(window, folder: Path, checked=None) -> None:
    """From now on, closing `window` remembers its place in the user settings of `folder`
    (`checked`: the record of bytes already validated, so the next start reads them plainly)."""
    window._place_memory = _Remember(window, folder, checked)
