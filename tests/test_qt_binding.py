"""The Qt binding must not corrupt Python's reference counts (it once did: see pyproject.toml).

PySide6-Essentials 6.12.0 on Python 3.11 decremented None's reference count on every call of a
Qt method returning void; after enough calls the interpreter aborts ("none_dealloc"), which a
kiosk running all day would reach. Python 3.12+ makes None immortal, where this cannot show.
"""

from __future__ import annotations

import sys

import pytest

pytestmark = pytest.mark.skipif(sys.version_info >= (3, 12),
                                reason="None is immortal from Python 3.12 on")


def test_void_calls_do_not_consume_references_to_none(qapp):
    from PySide6.QtWidgets import QLabel, QScrollArea, QWidget

    area = QScrollArea()
    area.setWidget(QWidget())
    label = QLabel("x")
    bar = area.verticalScrollBar()
    before = sys.getrefcount(None)
    for _ in range(500):
        bar.setValue(0)
        label.setText("y")
        area.ensureWidgetVisible(label)
    assert sys.getrefcount(None) - before > -100
