"""Small building blocks shared by the pages: text, note boxes, links, disclosures."""

from __future__ import annotations

import html
import logging
import math

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QRectF, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPainter,
    QPen,
    QTextDocument,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QScroller,
    QScrollerProperties,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from wizard.content import Link, is_allowed_url
from wizard.ui import accessible
from wizard.ui.theme import colour, current_scale, mark

log = logging.getLogger(__name__)


def label(text: str = "", role: str | None = None, rich: bool = False) -> QLabel:
    w = QLabel(text)
    w.setWordWrap(True)
    w.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    if role:
        w.setProperty("role", role)
    return w


def plain_text(widget: QLabel) -> str:
    """What a label says, without markup (its accessible name when it has one)."""
    if widget.accessibleName():
        return widget.accessibleName()
    if widget.textFormat() == Qt.TextFormat.RichText:
        doc = QTextDocument()
        doc.setHtml(widget.text())
        return doc.toPlainText().replace("\u200b", "")
    return widget.text().replace("\u200b", "")


def paint_focus_ring(painter: QPainter, rect: QRectF) -> None:
    """The yellow-and-black focus ring of the buttons, for widgets that draw their own."""
    painter.setPen(QPen(QColor(colour("focus")), 3))
    painter.drawRect(rect.adjusted(1.5, 1.5, -1.5, -1.5))
    painter.setPen(QPen(QColor(colour("ink")), 1))
    painter.drawRect(rect.adjusted(3.5, 3.5, -3.5, -3.5))


class RingLabel(QLabel):
    """A label that takes the focus and then shows the buttons' focus ring around itself."""

    RING = 4  # px kept free around the text for the ring

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setContentsMargins(self.RING, self.RING, self.RING, self.RING)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self.hasFocus():
            painter = QPainter(self)
            paint_focus_ring(painter, QRectF(self.rect()))
            painter.end()


class ReadableText(RingLabel):
    """Text a keyboard or screen-reader user can reach: a tab stop that reads in full.

    A plain QLabel is skipped by Tab, so a screen reader never lands on it. This one takes the
    focus, shows the focus ring, and says its whole text (numbers included) as its name.
    `items` are paragraphs (or numbered lines with `numbered`); `rich` items are HTML; a
    `heading` is shown bold above them and said first. One plain text looks exactly like
    label(text, role): e.g. a page's title, focused on arrival. The arrow and page keys scroll
    the page, as they would if the text were not focusable.
    """

    SCROLL_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown,
                   Qt.Key.Key_Home, Qt.Key.Key_End)

    def __init__(self, items: list[str] | tuple[str, ...] | str = (), numbered: bool = False,
                 rich: bool = False, role: str | None = None, heading: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        if role:
            self.setProperty("role", role)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # after the flags: they set ClickFocus
        self.set_items(items, numbered, rich, heading)

    def set_items(self, items: list[str] | tuple[str, ...] | str, numbered: bool = False,
                  rich: bool = False, heading: str = "") -> None:
        items = [items] if isinstance(items, str) else list(items)
        if len(items) == 1 and not (numbered or rich or heading):  # exactly as label(text)
            self.setTextFormat(Qt.TextFormat.PlainText)
            self.setText(items[0])
            self.setAccessibleName(items[0])
            return
        self.setTextFormat(Qt.TextFormat.RichText)
        gap = round(8 * current_scale())
        paragraphs, spoken = [], []
        if heading:
            paragraphs.append(f"<p style='font-weight:bold; margin-top:0; margin-bottom:{gap}px'>"
                              f"{html.escape(heading)}</p>")
            spoken.append(heading)
        digits = len(str(len(items)))
        indent = self._number_width(f"{len(items)}.") if numbered else 0
        for n, item in enumerate(items, start=1):
            body = item if rich else html.escape(item).replace("\n", "<br>")
            plain = _html_to_plain(item) if rich else item
            if numbered:  # hanging indents; "1." right-aligned to "10." by figure spaces
                pad = "\u2007" * (digits - len(str(n)))  # (kept by white-space: pre)
                paragraphs.append(f"<p style='margin-left:{indent}px; text-indent:-{indent}px;"
                                  f" margin-top:0; margin-bottom:{gap}px'><b><span style='white-space:pre'>"
                                  f"{pad}</span>{n}.</b>&nbsp;{body}</p>")
                spoken.append(f"{n}. {plain}")
            else:
                paragraphs.append(f"<p>{body}</p>")
                spoken.append(plain)
        self.setText("".join(paragraphs))
        self.setAccessibleName("\n".join(spoken))

    def _number_width(self, widest: str) -> int:
        """Where a numbered line's text begins: after the widest number and a space."""
        bold = QFont(self.font())
        bold.setBold(True)
        return math.ceil(QFontMetricsF(bold).horizontalAdvance(widest)
                         + QFontMetricsF(self.font()).horizontalAdvance("\u00a0"))

    def keyPressEvent(self, event) -> None:
        if event.key() in self.SCROLL_KEYS and not (event.modifiers()
                                                    & ~Qt.KeyboardModifier.KeypadModifier):
            event.ignore()  # to the scroll area around it
            return
        super().keyPressEvent(event)


def _html_to_plain(text: str) -> str:
    doc = QTextDocument()
    doc.setHtml(text)
    return doc.toPlainText()


class ScrollArea(QScrollArea):
    """A QScrollArea that a screen reader cannot crash (see wizard/ui/accessible.py), that a
    finger can swipe, and that keeps the keyboard's focus in sight however it got there (Tab
    from the footer, a click, a rebuild): use it for every scrolling page."""

    _following = False  # one connection for them all: see _follow_focus

    def __init__(self, parent: QWidget | None = None):
        accessible.install()
        super().__init__(parent)
        swipe_scrollable(self)
        if not ScrollArea._following:
            QApplication.instance().focusChanged.connect(_follow_focus)
            ScrollArea._following = True

    def show_widget(self, child: QWidget, margin: int = 12) -> None:
        """Scroll so `child` is seen; one taller than the view shows its top (where it begins)."""
        bar = self.verticalScrollBar()
        top = child.mapTo(self.widget(), QPoint(0, 0)).y()
        bottom = top + child.height()
        seen = bar.value(), bar.value() + self.viewport().height()
        if top >= seen[0] and bottom <= seen[1]:
            return
        if bottom - top + 2 * margin > self.viewport().height() or top < seen[0]:
            bar.setValue(top - margin)
        else:
            bar.setValue(bottom + margin - self.viewport().height())


def _follow_focus(_old: QWidget | None, new: QWidget | None) -> None:
    """The focus moved: the ScrollArea around the widget that has it shows it. (A function,
    not each area's method: a connection of the application to a page would keep it alive.)"""
    area = new.parentWidget() if new is not None else None
    while area is not None and not isinstance(area, ScrollArea):
        area = area.parentWidget()
    if area is not None and area.widget() is not None and area.widget().isAncestorOf(new):
        area.show_widget(new)


def swipe_scrollable(area: QAbstractScrollArea) -> QScroller:
    """A finger swipe scrolls `area` (kiosk touch screens). Only touch: a mouse drag keeps
    selecting text and pressing buttons as before. Taps still reach the buttons inside."""
    viewport = area.viewport()
    QScroller.grabGesture(viewport, QScroller.ScrollerGestureType.TouchGesture)
    scroller = QScroller.scroller(viewport)
    props = scroller.scrollerProperties()
    off = QScrollerProperties.OvershootPolicy.OvershootAlwaysOff  # no rubber band: calmer
    props.setScrollMetric(QScrollerProperties.ScrollMetric.VerticalOvershootPolicy, off)
    props.setScrollMetric(QScrollerProperties.ScrollMetric.HorizontalOvershootPolicy, off)
    scroller.setScrollerProperties(props)
    return scroller


class Choice(QRadioButton):
    """A radio button whose words wrap: a long option at 200 % text wraps inside the column
    instead of widening the page past the window's edge. The style still draws it (the
    indicator, the colours, the focus ring); only its text is broken into lines first."""

    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(text, parent)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _option(self, width: int) -> tuple[QStyleOptionButton, QRect]:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.rect = QRect(0, 0, width, max(self.height(), 1))
        room = self.style().subElementRect(QStyle.SubElement.SE_RadioButtonContents, option, self)
        return option, room

    def _lines(self, width: int) -> list[str]:
        text = self.text()
        layout = QTextLayout(text, self.font())
        wrap = QTextOption()
        wrap.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(wrap)
        lines = []
        layout.beginLayout()
        while (line := layout.createLine()).isValid():
            line.setLineWidth(max(width, 1))
            lines.append(text[line.textStart():line.textStart() + line.textLength()].rstrip())
        layout.endLayout()
        return lines or [""]

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        one_line = super().sizeHint().height()
        lines = len(self._lines(self._option(width)[1].width()))
        return one_line + (lines - 1) * self.fontMetrics().lineSpacing()

    def minimumSizeHint(self) -> QSize:
        one_line = super().sizeHint()
        return QSize(min(one_line.width(), self.fontMetrics().horizontalAdvance("M") * 12),
                     one_line.height())

    def hitButton(self, pos) -> bool:  # the words are part of the button, on every line
        return self.rect().contains(pos)

    def paintEvent(self, _event) -> None:
        option, room = self._option(self.width())
        option.text = "\n".join(self._lines(room.width()))
        painter = QStylePainter(self)
        painter.drawControl(QStyle.ControlElement.CE_RadioButton, option)


def one_tab_stop(buttons, chosen: QAbstractButton | None) -> None:
    """Tab enters a group of choices at the chosen one (the first if none is), as in Windows;
    the arrows move within it. (Qt only does this once one of them has had the focus.)"""
    buttons = list(buttons)
    chosen = chosen if chosen in buttons else (buttons[0] if buttons else None)
    for b in buttons:
        b.setFocusPolicy(Qt.FocusPolicy.StrongFocus if b is chosen else Qt.FocusPolicy.ClickFocus)


def button_row(*widgets: QWidget) -> QWidget:
    """Widgets side by side from the left, the rest of the line empty."""
    row = QWidget()
    lay = QHBoxLayout(row)
    lay.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        lay.addWidget(widget)
    lay.addStretch(1)
    return row


def clear_layout(layout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.hide()  # deleteLater is deferred: hide now so nothing stale paints,
            widget.setParent(None)  # and unparent so findChild never finds the old one
            widget.deleteLater()
        elif item.layout():
            clear_layout(item.layout())


class NoteBox(QFrame):
    """A calm box for a note, a warning or a waiting state: says what happens next."""

    def __init__(self, kind: str = "info", parent: QWidget | None = None):
        super().__init__(parent)
        self.setProperty("box", kind)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(14, 10, 14, 10)
        self.text = ReadableText()  # a tab stop: a keyboard user reads every note
        self.body.addWidget(self.text)

    def set_text(self, text: str) -> None:
        self.text.set_items(text)

    def say(self, text: str, kind: str = "info") -> None:
        """Show a message that appeared (as the kind of box it calls for) and have it read out."""
        mark(self, "box", kind)
        self.set_text(text)
        self.setVisible(True)
        accessible.announce(self, text)


def note(kind: str, text: str) -> NoteBox:
    box = NoteBox(kind)
    box.set_text(text)
    return box


class LinkOpener(QObject):
    """Opens only https links on .gov.cn hosts, in the system browser. A kiosk may forbid the
    browser altogether (allow_browser False): then links show their QR code and address only."""

    refused = Signal(str)
    allow_browser = True

    def open(self, url: str) -> bool:
        if not self.allow_browser or not is_allowed_url(url):
            log.warning("refused to open %r", url)
            self.refused.emit(url)
            return False
        return QDesktopServices.openUrl(QUrl(url))


class LinkRow(QFrame):
    """One link: what it is, the address in full, and buttons to open, copy or scan it.

    Offline (a kiosk, a PC without internet) the row says so and offers the QR code first.
    `online` is for tests; by default Qt's network information decides (unknown = online).
    """

    def __init__(self, link: Link, opener: LinkOpener, parent: QWidget | None = None,
                 online: bool | None = None):
        super().__init__(parent)
        from wizard.ui import qr

        self.link = link
        self.online = qr.is_online() if online is None else online
        self.qr_dialog = None
        self.setProperty("box", "links")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 8, 12, 8)
        outer.addWidget(label(link.label, role="section"))
        self.offline_note = None
        self.inline_qr = None
        self.open_button = self.copy_button = self.phone_button = None
        self.address = None
        if not is_allowed_url(link.url):  # never shown, copied, encoded or opened
            log.warning("link %r hidden: its address fails the link rule", link.label)
            outer.addWidget(label(qr.refused_link_text(), role="muted"))
            return
        if opener.allow_browser:  # the address itself is a link (role link, says its URL)
            self.address = AddressLink(link, opener)
        else:  # a kiosk without a browser: nothing opens, the address is text to read
            self.address = ReadableText(link.url, role="muted")
            self.address.setAccessibleDescription(link.label)
        outer.addWidget(self.address)
        if not opener.allow_browser:  # a kiosk without a browser: the code, in sight
            self._add_inline_qr(outer)
            return
        if not self.online:
            self.offline_note = ReadableText(self.tr("这台电脑现在没有联网：请用手机扫码打开"))
            outer.addWidget(self.offline_note)
        row = QHBoxLayout()
        self.open_button = QPushButton(self.tr("在浏览器打开"))
        self.open_button.setAccessibleName(self.tr("在浏览器打开：%1").replace("%1", link.label))
        self.open_button.clicked.connect(lambda: opener.open(link.url))
        self.copy_button = QPushButton(self.tr("复制链接"))
        self.copy_button.setAccessibleName(self.tr("复制链接：%1").replace("%1", link.label))
        self.copy_button.clicked.connect(self._copy)
        self.phone_button = QPushButton(self.tr("用手机打开"))
        self.phone_button.setAccessibleName(self.tr("用手机打开（显示二维码）：%1")
                                            .replace("%1", link.label))
        self.phone_button.setToolTip(self.tr("显示二维码，用手机扫码打开这个网页"))
        self.phone_button.clicked.connect(self.show_qr)
        self.copied = label("", role="muted")
        buttons = [self.open_button, self.copy_button, self.phone_button]
        if not self.online:
            buttons = [self.phone_button, self.open_button, self.copy_button]
        for b in buttons:
            row.addWidget(b)
        row.addWidget(self.copied)
        row.addStretch(1)
        outer.addLayout(row)
        order = [self.address, *buttons]
        for i in range(len(order) - 1):  # keyboard order follows the order on screen
            QWidget.setTabOrder(order[i], order[i + 1])

    def _add_inline_qr(self, outer: QVBoxLayout) -> None:
        from wizard.ui.qr import InlineQr

        outer.addWidget(label(self.tr("用手机的相机或微信“扫一扫”扫下面的二维码，在手机上打开这个网页：")))
        self.inline_qr = InlineQr(self.link.label, self.link.url)
        outer.addWidget(self.inline_qr, 0, Qt.AlignmentFlag.AlignLeft)

    def buttons_in_order(self) -> list[QPushButton]:
        row = self.layout().itemAt(self.layout().count() - 1).layout()
        if row is None:  # no button row: a kiosk's inline code, or a hidden link
            return []
        found = (row.itemAt(i).widget() for i in range(row.count()))
        return [w for w in found if isinstance(w, QPushButton)]

    def show_qr(self) -> None:
        from wizard.ui.qr import QrDialog

        if not is_allowed_url(self.link.url):
            return
        self.qr_dialog = QrDialog(self.link.label, self.link.url, self.window())
        self.qr_dialog.open()

    def _copy(self) -> None:
        if not is_allowed_url(self.link.url):
            return
        QGuiApplication.clipboard().setText(self.link.url)
        self.copied.setText(self.tr("已复制"))
        accessible.announce(self.copy_button, self.copied.text())


class AddressLink(RingLabel):
    """A link's address, shown in full (it wraps), that is a link for everyone: Tab reaches it,
    Enter, Space or a click opens it, and a screen reader hears "link" and the URL."""

    accessible_kind = "link"  # wizard/ui/accessible.py gives it the role Link

    def __init__(self, link: Link, opener: LinkOpener, parent: QWidget | None = None):
        accessible.install()
        super().__init__(parent)
        from wizard.ui.qr import breakable

        self.url = link.url
        self.opener = opener
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setText(f'<a href="{html.escape(link.url)}">{html.escape(breakable(link.url))}</a>')
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.linkActivated.connect(lambda _url: self.activate())
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleDescription(self.tr("%1 · 按回车键在浏览器打开").replace("%1", link.label))

    def spoken_name(self) -> str:
        return self.url

    def activate(self) -> None:
        self.opener.open(self.url)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activate()
            return
        super().keyPressEvent(event)


class DisclosureButton(QToolButton):
    """The button of a Disclosure: for a screen reader a button that is expandable and
    expanded or collapsed (a checkable QToolButton alone would be a "check box")."""

    accessible_kind = "disclosure"  # wizard/ui/accessible.py

    def __init__(self, title: str, parent: QWidget | None = None):
        accessible.install()
        super().__init__(parent)
        self.setText(title)
        self.setCheckable(True)

    def is_open(self) -> bool:
        return self.isChecked()

    def spoken_name(self) -> str:
        return self.text()

    def activate(self) -> None:
        self.click()


class ChoiceButton(QPushButton):
    """One of a few choices shown as buttons (the languages), behaving like a radio group:
    one tab stop (the chosen one), the arrow keys move to and choose the next (Qt does both
    for auto-exclusive buttons), and a screen reader hears "radio button, checked"."""

    accessible_kind = "choice"  # wizard/ui/accessible.py

    def __init__(self, text: str, parent: QWidget | None = None):
        accessible.install()
        super().__init__(text, parent)
        self.setCheckable(True)
        self.setAutoExclusive(True)

    def spoken_name(self) -> str:
        return self.text()

    def activate(self) -> None:
        self.click()


class Disclosure(QWidget):
    """A "show more" section (e.g. 怎么查？ / 遇到问题？), closed until asked for. Opening it
    says what it opened, since a screen reader is not told of the expanded state on Linux."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.button = DisclosureButton(title)
        self.button.setProperty("role", "disclosure")
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.button.setArrowType(Qt.ArrowType.RightArrow)
        self.button.setAccessibleName(title)
        self.button.toggled.connect(self._toggle)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(24, 0, 0, 0)
        self.body.setVisible(False)
        lay.addWidget(self.button)
        lay.addWidget(self.body)

    def body_text(self) -> str:
        """The opened text, as a screen reader would read it."""
        return "\n".join(plain_text(w) for w in self.body.findChildren(QLabel)
                         if not w.isHidden() and plain_text(w).strip())

    def _toggle(self, on: bool) -> None:
        self.button.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self.body.setVisible(on)
        accessible.expanded_changed(self.button)
        accessible.announce(self.button, self.body_text() if on else self.tr("已收起"))


class AfterPaint(QObject):
    """Calls `callback` once the watched widget has painted — or after `fallback_ms` if it never
    does (a hidden window): work that must not stand between a click and what it shows."""

    def __init__(self, callback, fallback_ms: int = 1000, parent: QObject | None = None):
        super().__init__(parent)
        self.callback = callback
        self.watched: QWidget | None = None
        self.watches = 0
        self.fallback = QTimer(self)
        self.fallback.setSingleShot(True)
        self.fallback.setInterval(fallback_ms)
        self.fallback.timeout.connect(lambda: self._fire(self.watches))

    def watch(self, widget: QWidget) -> None:
        self._unwatch()
        self.watches += 1
        self.watched = widget
        widget.installEventFilter(self)
        self.fallback.start()

    def eventFilter(self, obj, event) -> bool:
        if obj is self.watched and event.type() == QEvent.Type.Paint:
            # Once this paint (and its children's) is done, and only for this watch: a timer
            # left from an earlier page must not fire for the page now watched.
            QTimer.singleShot(0, lambda watch=self.watches: self._fire(watch))
        return False

    def _fire(self, watch: int) -> None:
        if self.watched is not None and watch == self.watches:
            self._unwatch()
            self.callback()

    def _unwatch(self) -> None:
        self.fallback.stop()
        if self.watched is not None:
            self.watched.removeEventFilter(self)
            self.watched = None
