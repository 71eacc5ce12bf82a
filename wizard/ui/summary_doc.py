"""The summary as a document people keep: A4 PDF, printout and plain text.

One HTML rendering of the facts, painted page by page so every page gets the same header and
"第 n 页，共 m 页" footer, whether it goes to a PDF file or to a printer.
"""

from __future__ import annotations

import html
import os
import tempfile
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

from wizard.content import Link, is_allowed_url
from wizard.report import SummaryFacts
from wizard.ui.qr import qr_image
from wizard.ui.style import pick_family
from wizard.ui.widgets import format_day, status_label

QR_RESOURCE = QUrl("qr://login")
# For PDF text that copies and searches correctly, fonts whose character map gives each glyph
# one character come first: Qt writes a glyph's lowest code point into the PDF, so with Noto
# Sans CJK "一" comes out as the Kangxi radical "⼀" and some digits are lost.
DOCUMENT_FAMILIES = ("WenQuanYi Micro Hei", "Microsoft YaHei", "Microsoft YaHei UI", "PingFang SC",
                     "Noto Sans CJK SC", "Source Han Sans SC")
# Binding margin on the left; millimetres.
MARGINS_MM = QMarginsF(25, 18, 18, 18)
FOOTER_MM = 8


def shown_links(links) -> list[Link]:
    """Only links whose address passes the link rule are printed (wizard.content.links)."""
    return [link for link in links if is_allowed_url(link.url)]


class SummaryDocument(QObject):
    """Renders one summary; its words come through Qt's translation like the pages'."""

    def __init__(self, facts: SummaryFacts, app_title: str):
        super().__init__()
        self.facts = facts
        self.app_title = app_title

    # --- words --------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("稳岗返还确认：进度和下一步")

    # --- plain text (复制文字) --------------------------------------------------------------
    def text(self) -> str:
        f = self.facts
        lines = [self.title(), self.tr("生成日期：%1").replace("%1", format_day(f.generated_on))]
        if f.unit_name:
            lines.append(self.tr("单位：%1").replace("%1", f.unit_name))
        if f.uscc:
            lines.append(self.tr("统一社会信用代码：%1").replace("%1", f.uscc))
        lines += ["", f.next_text,
                  self.tr("截止时间：%1。%2").replace("%1", f.deadline_text)
                  .replace("%2", f.deadline_detail), "",
                  self.tr("登录路线：%1").replace("%1", f.route_name), f.route_reason, "",
                  self.tr("各步骤：")]
        for n, row in enumerate(f.steps, 1):
            when = f"（{format_day(row.changed_on)}）" if row.changed_on else ""
            lines.append(f"{n}. {row.title} · {status_label(row.status)[1]}{when}")
        if f.remaining:
            lines += ["", self.tr("还要做的步骤：")]
            for row in f.remaining:
                lines.append(f"【{row.title}】")
                lines += [f"  {i}. {text}" for i, text in enumerate(row.instructions, 1)]
                lines += [f"  {link.label}：{link.url}" for link in shown_links(row.links)]
        lines.append("")
        if is_allowed_url(f.login_url):
            lines.append(self.tr("登录网址：%1").replace("%1", f.login_url))
        lines.append(f.help_line)
        return "\n".join(lines)

    # --- HTML for the printed page -------------------------------------------------------
    def html(self) -> str:
        f = self.facts
        e = html.escape
        parts = [f"<h1>{e(self.title())}</h1>"]
        who = []
        if f.unit_name:
            who.append(e(self.tr("单位：%1").replace("%1", f.unit_name)))
        if f.uscc:
            who.append(e(self.tr("统一社会信用代码：%1").replace("%1", f.uscc)))
        if who:
            parts.append(f"<p class='who'>{'<br>'.join(who)}</p>")
        parts.append(f"<table class='box' width='100%'><tr><td><b>{e(f.next_text)}</b>"
                     "</td></tr></table>")
        parts.append(f"<table class='warn' width='100%'><tr><td><b>{e(self.tr('截止时间：'))}</b>"
                     f"{e(f.deadline_text)}。{e(f.deadline_detail)}</td></tr></table>")
        if is_allowed_url(f.login_url):
            parts.append(
                f"<h2>{e(self.tr('登录网址'))}</h2><table width='100%'><tr>"
                f"<td width='120'><img src='{QR_RESOURCE.toString()}' width='110' height='110'>"
                f"</td><td valign='middle'><p class='url'>{e(f.login_url)}</p>"
                f"<p>{e(self.tr('用手机扫左边的二维码，也能打开登录页。'))}</p></td></tr></table>")
        parts.append(f"<h2>{e(self.tr('登录路线：%1').replace('%1', f.route_name))}</h2>"
                     f"<p>{e(f.route_reason)}</p>")
        parts.append(f"<h2>{e(self.tr('各步骤的状态'))}</h2><table class='steps' width='100%'>")
        for n, row in enumerate(f.steps, 1):
            when = format_day(row.changed_on) if row.changed_on else ""
            icon, word = status_label(row.status)
            parts.append(f"<tr><td width='6%'>{n}.</td><td width='56%'>{e(row.title)}</td>"
                         f"<td width='18%'>{icon} {e(word)}</td>"
                         f"<td width='20%'>{e(when)}</td></tr>")
        parts.append("</table>")
        if f.remaining:
            parts.append(f"<h2>{e(self.tr('还要做的步骤'))}</h2>")
            for row in f.remaining:
                items = "".join(f"<li>{e(t)}</li>" for t in row.instructions)
                links = "".join(f"<p class='url'>{e(link.label)}：{e(link.url)}</p>"
                                for link in shown_links(row.links))
                parts.append(f"<h3>{e(row.title)}</h3><ol>{items}</ol>{links}")
        parts.append(f"<p class='help'>{e(f.help_line)}</p>")
        style = ("h1{font-size:16pt;} h2{font-size:12.5pt; margin-top:10px;}"
                 "h3{font-size:11pt; margin-top:6px; margin-bottom:2px;}"
                 "p, li, td{font-size:10.5pt;} .url{font-size:9.5pt;}"
                 "table.box{background:#eef4fb; margin-top:6px;} table.warn{background:#fff7e6;}"
                 "table.box td, table.warn td{padding:6px;} .help{margin-top:10px;}")
        return f"<html><head><style>{style}</style></head><body>{''.join(parts)}</body></html>"

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
        device.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                         QPageLayout.Orientation.Portrait, MARGINS_MM,
                                         QPageLayout.Unit.Millimeter))
        dpi = device.resolution() if hasattr(device, "resolution") else device.logicalDpiY()
        body = device.pageLayout().paintRectPixels(dpi)
        footer = FOOTER_MM / 25.4 * dpi
        doc = self.document(device)
        doc.setPageSize(QSizeF(body.width(), body.height() - footer))
        pages = doc.pageCount()
        page_h = body.height() - footer
        painter = QPainter(device)
        try:
            small = QFont(doc.defaultFont())
            small.setPointSizeF(8.5)
            for index in range(pages):
                if index:
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
        finally:
            painter.end()
        return pages

    def write_pdf(self, path: Path) -> int:
        """Write the PDF atomically: an existing file is replaced only by a complete new one."""
        path = Path(path)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=".pdf.tmp", dir=path.parent)
        os.close(fd)
        try:
            writer = QPdfWriter(tmp)
            writer.setResolution(300)
            writer.setTitle(self.title())
            writer.setCreator(self.app_title)
            pages = self.paint(writer)
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
