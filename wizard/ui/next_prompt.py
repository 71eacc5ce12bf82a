"""The question a step page asks when Next is pressed without the tick (GOV.UK: avoid disabled
buttons; its task-list pattern asks "Have you completed this section?"): done — tick it and go
on — or leave it for later. Shown inline below the tick, focused and announced, so a keyboard
or screen-reader user meets it where they are. Next itself stays enabled on every step."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from wizard.ui import accessible
from wizard.ui.widgets import NoteBox, ReadableText, button_row


class NextPrompt(NoteBox):
    done_chosen = Signal()  # 做完了: tick the step, then Next
    later_chosen = Signal()  # 稍后再做: as the button row's 稍后再做

    def __init__(self, parent: QWidget | None = None):
        super().__init__("warning", parent)
        self.setObjectName("nextPrompt")
        self.text.hide()  # the question is a tab stop instead: read in full when focused
        asked = self.tr("这一步做完了吗？")
        why = self.tr("您还没有勾选“我已完成这一步”。")
        self.question = ReadableText([f"<b>{html.escape(asked)}</b>", html.escape(why)], rich=True)
        self.question.setObjectName("nextPromptQuestion")
        self.question.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.body.addWidget(self.question)
        self.done_button = QPushButton(self.tr("做完了，勾选并继续"))
        self.done_button.setObjectName("nextPromptDone")
        self.done_button.clicked.connect(self.done_chosen.emit)
        self.later_button = QPushButton(self.tr("还没做完，稍后再做"))
        self.later_button.setObjectName("nextPromptLater")
        self.later_button.clicked.connect(self.later_chosen.emit)
        self.body.addWidget(button_row(self.done_button, self.later_button))
        QWidget.setTabOrder(self.question, self.done_button)
        QWidget.setTabOrder(self.done_button, self.later_button)
        self.setVisible(False)

    def ask(self) -> None:
        self.setVisible(True)
        self.question.setFocus(Qt.FocusReason.OtherFocusReason)
        accessible.announce(self.question, self.question.accessibleName())
