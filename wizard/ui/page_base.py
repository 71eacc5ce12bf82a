"""The one small contract every page follows (in the spirit of Calamares' ViewStep):

  key              its typed PageKey (wizard/flow/journey.py)
  build()          make its widgets from data — only when what they show changed
  signature()      what its widgets show, besides the language and the look; a change of it
                   means rebuild, anything else is a cheap update (`update_live()`)
  refresh(change)  a typed Change happened: redraw only if it matters here
  reset()          kiosk: forget everything shown of a visitor
A page's row in the side panel and its part of the summary come from its key alone
(wizard/report/facts.py sidebar_entry, summary_part: pure, so the PDF and the desk say the
same, and pages not made yet have their rows too). The kiosk reset loops over the pages made.
Content scrolls inside the page, so the wizard's buttons never leave the window.

Every page begins with add_heading(): its title as focusable text, where the keyboard's focus
lands on arrival (focus_on_arrival), which says where one is and what the page is for.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from wizard.changes import Change
from wizard.flow.journey import PageKey
from wizard.ui import theme
from wizard.ui.session import Session
from wizard.ui.widgets import ReadableText, ScrollArea, clear_layout, label


def _frame_part(name: str) -> property:
    """One part of a page's frame, the frame made on first use (PageBase._make_frame)."""
    def get(self):
        if self._frame is None:
            self._make_frame()
        return self._frame[name]
    return property(get)


class PageBase(QWizardPage):
    def __init__(self, session: Session, key: PageKey):
        super().__init__()
        self.session = session
        self.key = key
        self.setObjectName(str(key))
        self._built: tuple | None = None
        self.eyebrow: QLabel | None = None
        self.heading: ReadableText | None = None
        self.purpose = ""  # what the page is for: said with its title on arrival
        self._frame: dict | None = None

    # The frame (scroll area, column, footer) is made when first needed, usually by the first
    # build: the wizard holds some thirty pages and shows one at start, and the frames of the
    # others would cost a third of the time to the first paint.
    scroll = _frame_part("scroll")  # (also hides QWidget.scroll(dx, dy), unused here)
    column = _frame_part("column")
    content = _frame_part("content")
    footer = _frame_part("footer")
    footer_box = _frame_part("footer_box")

    def has_frame(self) -> bool:
        return self._frame is not None

    def _make_frame(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = ScrollArea()  # (not QScrollArea: a screen reader could crash it)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Not a tab stop (it shows no ring): the texts in it are, and their arrow and page keys
        # scroll it; it follows the focus (ScrollArea).
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        body = QWidget()
        body.setObjectName("pageBody")
        row = QHBoxLayout(body)
        row.setContentsMargins(8, 4, 16, 8)
        # One column of readable width (about 40 Chinese characters a line at any size).
        column = QWidget()
        content = QVBoxLayout(column)
        content.setContentsMargins(0, 0, 0, 0)
        content.setSpacing(12)
        row.addWidget(column, 1)
        row.addStretch(0)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        # Always in sight, below the scrolling text: the page's one tick or choice.
        footer_box = QWidget()
        footer = QVBoxLayout(footer_box)
        footer.setContentsMargins(8, 6, 16, 0)
        outer.addWidget(footer_box)
        # Made on a page already shown, a layout would show them only later (queued).
        scroll.show()
        footer_box.show()
        self._frame = {"scroll": scroll, "column": column, "content": content, "footer": footer,
                       "footer_box": footer_box}

    # --- the contract ------------------------------------------------------------------------
    def signature(self) -> tuple:
        return ()

    def build(self) -> None:  # pragma: no cover - every page overrides it
        raise NotImplementedError

    def update_live(self) -> None:
        """Bring what changes without a rebuild (ticks, counters) up to date."""

    def prepare(self, width: int) -> None:
        """Built but not shown yet: do now, while the user reads the page before, what showing
        would otherwise do during the click (the page will be `width` wide)."""

    def refresh(self, change: Change | None = None) -> None:
        if change is not None and change.is_everything:
            self._built = None
        if self.isVisible():
            self.ensure_built_keeping_focus()

    def ensure_built_keeping_focus(self) -> bool:
        """ensure_built(); a control that had focus has it again after a rebuild (found by its
        object name), so pressing A+ or ticking a box never loses the keyboard's place."""
        focus = QApplication.focusWidget()
        name = focus.objectName() if focus is not None and self.isAncestorOf(focus) else ""
        rebuilt = self.ensure_built()
        if rebuilt and name:
            again = self.findChild(QWidget, name)
            if again is not None:
                again.setFocus()
        return rebuilt

    def reset(self) -> None:
        if self.has_frame():
            clear_layout(self.content)
            clear_layout(self.footer)
        self._built = None
        self.eyebrow = self.heading = None

    # --- building ---------------------------------------------------------------------------
    def _full_signature(self) -> tuple:
        return (self.session.content.language, theme.current_scale(), theme.high_contrast_on(),
                self.wizard() is not None and getattr(self.wizard(), "kiosk", None) is not None,
                *self.signature())

    def was_built(self) -> bool:
        return self._built is not None

    def is_current(self) -> bool:
        return self._built is not None and self._built == self._full_signature()

    def ensure_built(self) -> bool:
        """Build if what the page shows changed; then update. True if it was rebuilt."""
        signature = self._full_signature()
        rebuilt = signature != self._built
        if rebuilt:
            self.rebuild()
            self._built = signature
        self.update_live()
        return rebuilt

    def rebuild(self) -> None:
        # Built while hidden, shown once: every new child appears with its parent, instead of
        # one show (and layout pass) per widget.
        self.column.setMaximumWidth(round(theme.TEXT_WIDTH * theme.current_scale()))
        self.column.hide()
        self.footer_box.hide()
        clear_layout(self.content)
        clear_layout(self.footer)
        self.build()
        self.content.addStretch(1)
        self.column.show()
        self.footer_box.setVisible(self.footer.count() > 0)
        self.scroll.verticalScrollBar().setValue(0)
        # The scrolling text is a tab stop (arrow keys scroll it): name it for screen readers.
        self.scroll.setAccessibleName(QCoreApplication.translate("PageBase", "本页内容"))
        self.scroll.setAccessibleDescription(QCoreApplication.translate("PageBase", "用上下方向键滚动"))

    # --- the heading: where the focus lands ------------------------------------------------------
    def add_heading(self, title: str, purpose: str = "", eyebrow: str = "") -> ReadableText:
        """The eyebrow (where one is: 第 1 步，共 6 步) and the title, a tab stop that says the
        eyebrow and `purpose` too, so arriving a screen reader hears where and what for."""
        self.eyebrow = self.add(label(eyebrow, role="eyebrow"))
        self.heading = self.add(ReadableText(title, role="title"))
        self.heading.setObjectName("pageHeading")
        self.purpose = purpose
        self._describe_heading()
        return self.heading

    def set_eyebrow(self, text: str) -> None:
        self.eyebrow.setText(text)
        self._describe_heading()

    def _describe_heading(self) -> None:
        said = (self.eyebrow.text() if self.eyebrow is not None else "", self.purpose)
        self.heading.setAccessibleDescription("\n".join(t for t in said if t))

    def focus_on_arrival(self, target: QWidget | None = None) -> None:
        """Focus `target` (a control to come back to), else the heading at the top."""
        if target is None or not self.isAncestorOf(target):
            target = self.heading
            self.scroll.verticalScrollBar().setValue(0)
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def add(self, widget: QWidget, layout: QVBoxLayout | None = None, **kw) -> QWidget:
        (layout or self.content).addWidget(widget, **kw)
        return widget

    def initializePage(self) -> None:
        # With IndependentPages Qt calls this only on a page's first visit; the wizard calls
        # ensure_built() on every arrival instead.
        pass

    def kiosk(self):
        """The wizard's kiosk controller in kiosk mode, else None."""
        return getattr(self.wizard(), "kiosk", None) if self.wizard() is not None else None
