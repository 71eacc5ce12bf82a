"""One interview question: plain words, one choice, and how to find the answer."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QRadioButton, QVBoxLayout, QWidget

from wizard.changes import Change
from wizard.flow import relevant_questions
from wizard.flow.journey import question_key
from wizard.ui.page_base import PageBase
from wizard.ui.session import Session
from wizard.ui.widgets import Choice, Disclosure, ReadableText, label, one_tab_stop


class QuestionPage(PageBase):
    def __init__(self, session: Session, question_id: str):
        super().__init__(session, question_key(question_id))
        self.question_id = question_id
        self.group: QButtonGroup | None = None
        self.buttons: dict[str, QRadioButton] = {}

    def build(self) -> None:
        q = self.session.content.question(self.question_id)
        self.add_heading(q.title, purpose=q.explanation)
        self.add(label(q.explanation))
        self.group = QButtonGroup(self)
        self.buttons = {}
        options = QWidget()
        lay = QVBoxLayout(options)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        total = len(q.options)
        for n, option in enumerate(q.options, 1):
            radio = Choice(option.label)
            radio.setObjectName(f"option_{option.value}")
            radio.setAccessibleName(option.label)
            # A screen reader on an option also hears its position and, once, the question.
            position = self.tr("%1 / %2").replace("%1", str(n)).replace("%2", str(total))
            radio.setAccessibleDescription(" · ".join(x for x in (
                position, option.hint or "", q.title if n == 1 else "") if x))
            radio.toggled.connect(lambda on, v=option.value: on and self._choose(v))
            self.group.addButton(radio)
            self.buttons[option.value] = radio
            lay.addWidget(radio)
            if option.hint:
                hint = label(option.hint, role="muted")
                hint.setContentsMargins(40, 0, 0, 6)
                lay.addWidget(hint)
        options.setAccessibleName(q.title)
        self.add(options)
        how = Disclosure(self.tr("怎么查？"))
        how.button.setAccessibleDescription(q.title)
        how.body_layout.addWidget(ReadableText(q.how_to_check))
        self.add(how)

    def update_live(self) -> None:
        p = self.session.progress
        asked = relevant_questions(p.answers, p.route_override)
        n = asked.index(self.question_id) + 1 if self.question_id in asked else 1
        self.set_eyebrow(self.tr("了解您的情况 · 第 %1 个问题，共约 %2 个")
                         .replace("%1", str(n)).replace("%2", str(len(asked))))
        answer = p.answers.get(self.question_id)
        if answer in self.buttons and not self.buttons[answer].isChecked():
            self.buttons[answer].setChecked(True)
        elif answer is None and self.group.checkedButton() is not None:
            self.group.setExclusive(False)
            self.group.checkedButton().setChecked(False)
            self.group.setExclusive(True)
        one_tab_stop(self.buttons.values(), self.buttons.get(answer))

    def refresh(self, change: Change | None = None) -> None:
        if change is not None and change.kind == "answer" and change.key == self.question_id:
            self.completeChanged.emit()
        super().refresh(change)

    def _choose(self, value: str) -> None:
        self.session.set_answer(self.question_id, value)

    def choose(self, value: str) -> None:
        self.buttons[value].click()

    def isComplete(self) -> bool:
        return self.question_id in self.session.progress.answers
