"""The summary as a document people keep: A4 PDF, printout and plain text.

One HTML rendering of the facts, painted page by page so every page gets the same header and
"第 n 页，共 m 页" footer, whether it goes to a PDF file or to a printer.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QMarginsF, QObject, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from wizard.content import is_allowed_url
from wizard.report import SummaryFacts
from wizard.ui import summary_render
from wizard.ui.qr_code import qr_image
from wizard.ui.theme import NORMAL, pick_family
from wizard.ui.words import format_day

QR_RESOURCE = QUrl("qr://login")
# For PDF text that copies and searches correctly, fonts whose character map gives each glyph
# one character come first: Qt writes a glyph's lowest code point into the PDF, so with Noto
# Sans CJK "一" comes out as the Kangxi radical "⼀" and some digits are lost.
DOCUMENT_FAMILIES = ("WenQuanYi Micro Hei", "Microsoft YaHei", "Microsoft YaHei UI", "PingFang SC",
                     "Noto Sans CJK SC", "Source Han Sans SC")
# Binding margin on the left; millimetres.
MARGINS_MM = QMarginsF(25, 18, 18, 18)
FOOTER_MM = 8


class SummaryDocument(QObject):
    """Renders one summary to paper or PDF; its words come from wizard/ui/summary_render.py,
    like the page's and the copied text's."""

    def __init__(self, facts: SummaryFacts, app_title: str):
        super().__init__()
        self.facts = facts
        self.app_title = app_title

    def title(self) -> str:
        return summary_render.title_text()

    def text(self) -> str:
        return summary_render.plain_text(self.facts)

    def html(self) -> str:
        return summary_render.html_document(self.facts, QR_RESOURCE.toString(), NORMAL)

    def document(self, device) -> QTextDocument:
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(device)
        family = pick_family(DOCUMENT_FAMILIES)
        font = QFont(family) if family else QFont()
        font.setPointSizeF(10.5)
        doc.setDefaultFont(font)
        if is_allowed_url(self.facts.login_url):
            doc.addResource(QTextDocument.ResourceType.ImageResource, QR_RESOURCE,
                            qr_image(self.facts.login_url, min_px=330))
        doc.setHtml(self.html())
        return doc

    # --- painting: the same for PDF and printer -----------------------------------------
    def paint(self, device: QPagedPaintDevice) -> int:
        """Lay out and paint every page on `device`; returns the page count."""
        return paint_all(device, [self])

    def paint_pages(self, painter: QPainter, device: QPagedPaintDevice, first: bool) -> int:
        """This summary's pages, numbered on their own ("第 1 页，共 2 页"), from a new page
        unless `first`; returns how many."""
        dpi = device.resolution() if hasattr(device, "resolution") else device.logicalDpiY()
        body = device.pageLayout().paintRectPixels(dpi)
        footer = FOOTER_MM / 25.4 * dpi
        doc = self.document(device)
        doc.setPageSize(QSizeF(body.width(), body.height() - footer))
        pages = doc.pageCount()
        page_h = body.height() - footer
        small = QFont(doc.defaultFont())
        small.setPointSizeF(8.5)
        for index in range(pages):
            if index or not first:
                device.newPage()
            painter.save()
            painter.translate(0, -index * page_h)
            doc.drawContents(painter, QRectF(0, index * page_h, body.width(), page_h))
            painter.restore()
            painter.setFont(small)
            foot = QRectF(0, body.height() - footer * 0.8, body.width(), footer * 0.8)
            painter.drawText(foot, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                             f"{self.app_title} · "
                             + self.tr("生成日期：%1").replace(
                                 "%1", format_day(self.facts.generated_on)))
            painter.drawText(foot, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                             self.tr("第 %1 页，共 %2 页").replace("%1", str(index + 1))
                             .replace("%2", str(pages)))
        return pages

    def write_pdf(self, path: Path) -> int:
        """Write the PDF atomically: an existing file is replaced only by a complete new one."""
        return write_pdf(path, self.title(), self.app_title, self.paint)


def paint_all(device: QPagedPaintDevice, documents: Sequence[SummaryDocument],
              done: Callable[[int], bool] | None = None) -> int:
    """Paint summaries one after another on A4, each from a new page with its own page
    numbers (the desk's batch PDF: one employer per page group); returns the page count.
    `done(n)` is told after each summary; returning False stops (Cancelled)."""
    device.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait, MARGINS_MM,
                                     QPageLayout.Unit.Millimeter))
    painter = QPainter(device)
    pages = 0
    try:
        for n, document in enumerate(documents):
            pages += document.paint_pages(painter, device, first=n == 0)
            if done is not None and not done(n + 1):
                raise Cancelled
    finally:
        painter.end()
    return pages


class Cancelled(Exception):
    """The user stopped a long PDF; nothing was written."""


def write_pdf(path: Path, title: str, creator: str, paint: Callable[[QPdfWriter], int]) -> int:
    """Write a PDF that `paint` paints (returning its page count), atomically: an existing
    file is replaced only by a complete new one. Raises OSError, or whatever `paint` raises
    (Cancelled …); then nothing is left behind."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=".pdf.tmp", dir=path.parent)
    os.close(fd)
    try:
        writer = QPdfWriter(tmp)
        writer.setResolution(300)
        writer.setTitle(title)
        writer.setCreator(creator)
        pages = paint(writer)
        del writer  # flushes and closes the file
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        if os.path.getsize(tmp) == 0:
            raise OSError("PDF 文件为空")
        os.replace(tmp, path)
        return pages
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
