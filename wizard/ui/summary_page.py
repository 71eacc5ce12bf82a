"""Everything in one place: what next, the deadline, the route, each step's status, the
employer's details and the answers (each can be changed). The page renders the same blocks as
the PDF and the copied text (wizard/ui/summary_render.py); the parts come from
wizard/report/facts.py (summary_part, by page key)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from wizard.flow.journey import SUMMARY
from wizard.report import facts as report
from wizard.ui import summary_render
from wizard.ui.details_page import EmployerSummary
from wizard.ui.page_base import PageBase
from wizard.ui.session import Session
from wizard.ui.summary_actions import SummaryActions
from wizard.ui.widgets import NoteBox, ReadableText, button_row, label, note
from wizard.ui.words import format_day


class SummaryPage(PageBase):
    edit_requested = Signal(str)
    details_requested = Signal()
    clear_requested = Signal()  # kiosk: 完成并清除我的信息

    def __init__(self, session: Session):
        super().__init__(session, SUMMARY)
        self.edit_buttons: dict[str, QPushButton] = {}
        self.employer: EmployerSummary | None = None
        self.clear_button: QPushButton | None = None
        self.actions: SummaryActions | None = None

    def facts(self) -> report.SummaryFacts:
        return report.summary_facts(self.session.content, self.session.progress,
                                    self.session.today(), format_day)

    def signature(self) -> tuple:
        kiosk = self.kiosk()
        return (self.facts(), kiosk is not None and kiosk.settings.allow_print)

    def build(self) -> None:
        facts = self.facts()
        self.edit_buttons = {}
        heading = ""  # a section's heading, said with the text under it
        for block in summary_render.for_medium(facts, "page"):
            if heading and block.kind not in ("paragraph", "steps"):
                self.add(ReadableText(heading, role="section"))  # no text under it to join
                heading = ""
            if block.kind == "title":
                self.add_heading(self.tr("您的进度和下一步"), purpose=facts.next_text,
                                 eyebrow=self.tr("总结"))
            elif block.kind == "note":
                self.add(note(block.box, block.text))
            elif block.kind == "actions":
                self._add_actions()
            elif block.kind == "heading":
                heading = block.text
            elif block.kind == "paragraph":
                self.add(ReadableText(block.text, heading=heading))
                heading = ""
            elif block.kind in ("help", "edition"):
                self.add(ReadableText(block.text, role="muted"))
            elif block.kind == "steps":
                status_list = ReadableText("\n".join(
                    f"{icon} {title} · {word}" + (self.tr("（%1）").replace("%1", when) if when else "")
                    for _, title, icon, word, when in block.rows), heading=heading)
                heading = ""
                status_list.setObjectName("statusList")
                self.add(status_list)
            elif block.kind == "employer":
                self.employer = self.add(EmployerSummary(facts.employer))
                self.employer.details_requested.connect(self.details_requested.emit)
            elif block.kind == "answers":
                for qid, question, answer in block.rows:
                    self._add_answer(qid, question, answer)

    def _add_answer(self, qid: str, question: str, answer: str) -> None:
        row = QWidget()
        lay = QHBoxLayout(row)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(label(f"{question}\n→ {answer}"), 1)
        edit = QPushButton(self.tr("修改"))
        edit.setProperty("flat", True)
        edit.setObjectName(f"edit_{qid}")
        edit.setAccessibleName(self.tr("修改：%1").replace("%1", question))
        edit.setAccessibleDescription(self.tr("现在的回答：%1").replace("%1", answer))
        edit.clicked.connect(lambda _=False, q=qid: self.edit_requested.emit(q))
        lay.addWidget(edit, 0, Qt.AlignmentFlag.AlignTop)
        self.edit_buttons[qid] = edit
        self.add(row)

    def _add_actions(self) -> None:
        kiosk = self.kiosk()
        self.clear_button = self.actions = None
        if kiosk is None:
            self.add(ReadableText(self.tr("保存或打印这份总结，下次办理时带上："), role="section"))
            self.actions = self.add(SummaryActions(self.session))
            return
        # Nothing may outlive a kiosk visit: no PDF file, nothing left on the clipboard.
        box = NoteBox("info")
        box.set_text(self.tr("办完了？点下面的按钮，您在这台自助机上填写和选择的内容会全部清除，"
                             "回到开始页。"))
        self.clear_button = QPushButton(self.tr("完成并清除我的信息"))
        self.clear_button.setObjectName("kioskClear")
        self.clear_button.setProperty("primary", True)
        self.clear_button.setAccessibleName(self.tr("完成并清除我的信息"))
        self.clear_button.clicked.connect(self.clear_requested.emit)
        box.body.addWidget(button_row(self.clear_button))
        self.add(box)
        if kiosk.settings.allow_print:
            self.add(ReadableText(self.tr("打印这份总结，下次办理时带上："), role="section"))
            self.actions = self.add(SummaryActions(self.session, pdf=False, copy=False))
