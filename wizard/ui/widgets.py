"""Small building blocks shared by the pages: text, note boxes, links, disclosures."""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import QObject, QRectF, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QGuiApplication, QPainter, QPen, QTextDocument
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QScroller,
    QScrollerProperties,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from wizard.content import Link, is_allowed_url
from wizard.ui import accessible
from wizard.ui.theme import colour, current_scale

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
    `items` are paragraphs (or numbered lines with `numbered`); `rich` items are HTML. One
    plain text looks exactly like label(text, role): e.g. a page's title, focused on arrival.
    """

    def __init__(self, items: list[str] | tuple[str, ...] | str, numbered: bool = False,
                 rich: bool = False, role: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        items = [items] if isinstance(items, str) else list(items)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        if role:
            self.setProperty("role", role)
        indent = round(28 * current_scale())  # "10." at 200 % text, as numbered_list
        paragraphs, spoken = [], []
        for n, item in enumerate(items, start=1):
            body = item if rich else html.escape(item).replace("\n", "<br>")
            plain = _html_to_plain(item) if rich else item
            if numbered:
                paragraphs.append(f"<p style='margin-left:{indent}px; text-indent:-{indent}px'>"
                                  f"<b>{n}.</b>&nbsp;{body}</p>")
                spoken.append(f"{n}. {plain}")
            else:
                paragraphs.append(f"<p>{body}</p>")
                spoken.append(plain)
        self.setText("".join(paragraphs))
        self.setAccessibleName("\n".join(spoken))
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # after the flags: they set ClickFocus


def _html_to_plain(text: str) -> str:
    doc = QTextDocument()
    doc.setHtml(text)
    return doc.toPlainText()


class ScrollArea(QScrollArea):
    """A QScrollArea that a screen reader cannot crash (see wizard/ui/accessible.py): use it
    for every scrolling page."""

    def __init__(self, parent: QWidget | None = None):
        accessible.install()
        super().__init__(parent)


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
        self.text = label()
        self.body.addWidget(self.text)

    def set_text(self, text: str) -> None:
        self.text.setText(text)

    def say(self, text: str, kind: str = "info") -> None:
        """Show a message that appeared (as the kind of box it calls for) and have it read out."""
        self.setProperty("box", kind)
        self.style().unpolish(self)
        self.style().polish(self)
        self.set_text(text)
        self.setVisible(True)
        accessible.announce(self, text)


def note(kind: str, text: str) -> NoteBox:
    box = NoteBox(kind)
    box.set_text(text)
    return box


def numbered_list(items: list[str] | tuple[str, ...], rich: bool = False) -> QWidget:
    """Numbered lines with hanging indents (numbers match the picture's markers)."""
    box = QWidget()
    grid = QGridLayout(box)
    grid.setContentsMargins(0, 0, 0, 0)
    grid.setHorizontalSpacing(8)
    grid.setVerticalSpacing(8)
    for row, text in enumerate(items):
        num = label(f"{row + 1}.", role="number")
        num.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        num.setFixedWidth(round(28 * current_scale()))  # "10." at 200 % text
        grid.addWidget(num, row, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(label(text, rich=rich), row, 1)
    grid.setColumnStretch(1, 1)
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
            self.address = label(link.url, role="muted")
            self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.address)
        if not opener.allow_browser:  # a kiosk without a browser: the code, in sight
            self._add_inline_qr(outer)
            return
        if not self.online:
            self.offline_note = label(self.tr("这台电脑现在没有联网：请用手机扫码打开"))
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
