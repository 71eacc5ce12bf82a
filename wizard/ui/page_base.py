"""The one small contract every page follows: a key, a scrolling body, refresh() from data."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from wizard.ui.session import Session
from wizard.ui.style import TEXT_WIDTH
from wizard.ui.widgets import clear_layout


class PageBase(QWizardPage):
    """Content scrolls inside the page, so the wizard's buttons never leave the window."""

    def __init__(self, session: Session, key: str):
        super().__init__()
        self.session = session
        self.key = key
        self.setObjectName(key)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        body.setObjectName("pageBody")
        row = QHBoxLayout(body)
        row.setContentsMargins(8, 4, 16, 8)
        # One column of readable width (about 40 Chinese characters a line).
        column = QWidget()
        column.setMaximumWidth(TEXT_WIDTH)
        self.column = column
        self.content = QVBoxLayout(column)
        self.content.setContentsMargins(0, 0, 0, 0)
        self.content.setSpacing(12)
        row.addWidget(column, 1)
        row.addStretch(0)
        self.scroll.setWidget(body)
        outer.addWidget(self.scroll, 1)
        # Always in sight, below the scrolling text: the page's one tick or choice.
        self.footer_box = QWidget()
        self.footer = QVBoxLayout(self.footer_box)
        self.footer.setContentsMargins(8, 6, 16, 0)
        outer.addWidget(self.footer_box)

    def initializePage(self) -> None:
        # With IndependentPages Qt calls this only on a page's first visit; the wizard
        # calls rebuild() on every visit instead, so a changed plan is always shown.
        pass

    def rebuild(self) -> None:
        # Built while hidden, shown once: every new child appears with its parent, instead of
        # one show (and layout pass) per widget.
        self.column.hide()
        self.footer_box.hide()
        clear_layout(self.content)
        clear_layout(self.footer)
        self.build()
        self.content.addStretch(1)
        self.column.show()
        self.footer_box.setVisible(self.footer.count() > 0)
        self.scroll.verticalScrollBar().setValue(0)

    def build(self) -> None:  # pragma: no cover - every page overrides it
        raise NotImplementedError

    def add(self, widget: QWidget, layout: QVBoxLayout | None = None, **kw) -> QWidget:
        (layout or self.content).addWidget(widget, **kw)
        return widget
