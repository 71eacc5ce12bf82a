"""The summary page's ways to keep it: 保存为 PDF, 打印, 复制文字."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from wizard.report import summary_facts
from wizard.store.names import file_name_part
from wizard.ui import accessible
from wizard.ui.session import Session
from wizard.ui.summary_doc import SummaryDocument
from wizard.ui.widgets import label
from wizard.ui.words import format_day

log = logging.getLogger(__name__)


def suggested_file_name(unit_name: str | None, day) -> str:
    unit = file_name_part(unit_name)
    return f"稳岗返还确认-{unit + '-' if unit else ''}{day:%Y%m%d}.pdf"


class SummaryActions(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None, pdf: bool = True,
                 copy: bool = True):
        """pdf / copy False (kiosk mode): no file and no clipboard text outlives the visit."""
        super().__init__(parent)
        self.session = session
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        self.pdf_button = QPushButton(self.tr("保存为 PDF"))
        self.print_button = QPushButton(self.tr("打印"))
        self.copy_button = QPushButton(self.tr("复制文字"))
        for button, slot in ((self.pdf_button, self.save_pdf), (self.print_button, self.print),
                             (self.copy_button, self.copy_text)):
            button.setAccessibleName(button.text())
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        outer.addLayout(row)
        # Only now that they have a parent: hiding or showing a button without one makes it a
        # window of its own (shown, it takes the activation and the keyboard's focus away).
        self.pdf_button.setVisible(pdf)
        self.copy_button.setVisible(copy)
        self.message = label("", role="muted")
        self.message.setVisible(False)
        outer.addWidget(self.message)

    def document(self) -> SummaryDocument:
        content = self.session.content
        facts = summary_facts(content, self.session.progress, self.session.today(), format_day)
        return SummaryDocument(facts, content.texts.app_title)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(True)
        accessible.announce(self.message, text)  # a message that appears is also said

    def default_path(self) -> Path:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = suggested_file_name(self.session.progress.employer.unit_name, self.session.today())
        return Path(folder or Path.home()) / name

    def save_pdf(self, path: str | None = None) -> bool:
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("保存为 PDF"),
                                                  str(self.default_path()), "PDF (*.pdf)")
            if not path:
                return False
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            pages = self.document().write_pdf(Path(path))
        except OSError as exc:
            log.warning("could not save the summary PDF: %s", exc.strerror or exc)  # its name
            self._say(self.tr("没能保存：%1。请换一个文件夹（例如“文档”或桌面）再试。")
                      .replace("%1", exc.strerror or str(exc)))
            return False
        self._say(self.tr("已保存（%1 页）：%2").replace("%1", str(pages)).replace("%2", path))
        return True

    def print(self, printer=None) -> bool:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            dialog = QPrintDialog(printer, self)
            if dialog.exec() != QPrintDialog.DialogCode.Accepted:
                return False
        try:
            pages = self.document().paint(printer)
        except (OSError, RuntimeError) as exc:
            self._say(self.tr("没能打印：%1").replace("%1", str(exc)))
            return False
        self._say(self.tr("已发送到打印机（%1 页）。").replace("%1", str(pages)))
        return True

    def copy_text(self) -> None:
        QGuiApplication.clipboard().setText(self.document().text())
        self._say(self.tr("已复制，可以粘贴到微信或文档里。"))
