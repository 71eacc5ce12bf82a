"""Text size (100 %–200 %) and high contrast for the whole wizard, and remembering them.

One Display per wizard. Changing it restyles the application (wizard/ui/style.py) and emits
`changed`; the wizard then rebuilds the page shown and the journey panel. `remember` (if
given) is called with the new (scale, high_contrast): the app stores them in the user's
settings file; in kiosk mode nothing is remembered.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from wizard.ui.theme import SCALES, apply_look


def nearest_step(scale: float) -> int:
    return min(range(len(SCALES)), key=lambda i: abs(SCALES[i] - scale))


class Display(QObject):
    changed = Signal()

    def __init__(self, scale: float = 1.0, high_contrast: bool = False,
                 remember: Callable[[float, bool], None] | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.scale = SCALES[nearest_step(scale)]
        self.high_contrast = bool(high_contrast)
        self.remember = remember

    def apply(self) -> bool:
        """Make the application look as this Display says (nothing happens if it already does)."""
        app = QApplication.instance()
        return bool(app) and apply_look(app, self.scale, self.high_contrast)

    def percent(self) -> int:
        return round(self.scale * 100)

    def can_grow(self) -> bool:
        return self.scale < SCALES[-1]

    def can_shrink(self) -> bool:
        return self.scale > SCALES[0]

    def set(self, scale: float | None = None, high_contrast: bool | None = None,
            remember: bool = True) -> bool:
        new_scale = self.scale if scale is None else SCALES[nearest_step(scale)]
        new_contrast = self.high_contrast if high_contrast is None else bool(high_contrast)
        if (new_scale, new_contrast) == (self.scale, self.high_contrast):
            return False
        self.scale, self.high_contrast = new_scale, new_contrast
        self.apply()
        if remember and self.remember is not None:
            self.remember(self.scale, self.high_contrast)
        self.changed.emit()
        return True

    def bigger(self) -> bool:
        return self.set(SCALES[min(nearest_step(self.scale) + 1, len(SCALES) - 1)])

    def smaller(self) -> bool:
        return self.set(SCALES[max(nearest_step(self.scale) - 1, 0)])

    def reset_size(self) -> bool:
        return self.set(1.0)

    def toggle_contrast(self) -> bool:
        return self.set(high_contrast=not self.high_contrast)
