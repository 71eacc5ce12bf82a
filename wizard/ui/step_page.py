"""Any step of either route or of the confirmation, rendered from its content. What makes a
step special comes from its features (wizard/ui/features.py), never from its id."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QPushButton, QWizard

from wizard.changes import Change
from wizard.flow.journey import step_key
from wizard.report.facts import instruction_text
from wizard.report.status import shown_status
from wizard.ui.features import BOTTOM, FEATURES, MIDDLE, TOP
from wizard.ui.next_prompt import NextPrompt
from wizard.ui.page_base import PageBase
from wizard.ui.picture import StepPicture
from wizard.ui.session import Session
from wizard.ui.widgets import (
    Disclosure,
    LinkOpener,
    LinkRow,
    NoteBox,
    ReadableText,
    button_row,
    label,
    note,
)
from wizard.ui.words import status_label


class StepPage(PageBase):
    details_requested = Signal()  # fill in the unit's codes now (a search_codes step)
    switch_route_requested = Signal(str)  # the check showed this route cannot work

    def __init__(self, session: Session, step_id: str, opener: LinkOpener):
        super().__init__(session, step_key(step_id))
        self.step_id = step_id
        self.opener = opener
        self.done_box: QCheckBox | None = None
        self.applied_edit: QDateEdit | None = None
        self.close_for_now: QPushButton | None = None
        self.picture: StepPicture | None = None
        self.codes_box = None
        self.switch_button: QPushButton | None = None
        self.next_prompt: NextPrompt | None = None

    @property
    def step(self):
        return self.session.content.steps[self.step_id]

    def features(self):
        return [FEATURES[f] for f in self.step.features]

    def signature(self) -> tuple:
        plan = self.session.plan()
        following = plan.next_step(self.step_id)
        return (plan.entry(self.step_id), plan.route,
                following and self.session.content.steps[following].title,
                *(f.signature(self) for f in self.features()))

    def build(self) -> None:
        c = self.session.content
        step = self.step
        plan = self.session.plan()
        entry = plan.entry(self.step_id)
        features = self.features()
        self.applied_edit = self.close_for_now = self.codes_box = self.switch_button = None
        self.add_heading(step.title, purpose=step.purpose)
        self.add(label(step.purpose))
        if entry is not None and entry.check_first:
            self.add(note("info", f"{c.texts.check_first_note}\n{step.check_first}"))
        if entry is not None and entry.fallback_route:
            self._add_switch(entry.fallback_route)
        self._add_features(features, TOP)
        ctx = self.session.context()
        self.add(ReadableText([instruction_text(t, ctx, self.step_id) for t in step.instructions],
                              numbered=True, heading=self.tr("怎么做：")))
        self.picture = self.add(StepPicture(self.step_id, step.title,
                                            c.drawings.get(step.illustration or ""),
                                            step.illustration_alt))
        self._add_features(features, MIDDLE)
        for link in step.links:
            self.add(LinkRow(link, self.opener))
        self._add_features(features, BOTTOM)
        help_box = Disclosure(self.tr("遇到问题？"))
        for item in step.help:
            help_box.body_layout.addWidget(ReadableText(item.solution, heading=item.problem))
            for link in item.links:
                help_box.body_layout.addWidget(LinkRow(link, self.opener))
        self.add(help_box)
        if entry is not None:
            self.add(ReadableText(self.tr("为什么有这一步：%1").replace("%1", c.texts.reasons[entry.reason]),
                                  role="muted"))
        self.done_box = QCheckBox(self.tr("我已完成这一步"))
        self.done_box.setAccessibleName(self.tr("我已完成这一步：%1").replace("%1", step.title))
        self.done_box.setObjectName("doneTick")
        self.done_box.toggled.connect(self._ticked)
        self.add(self.done_box, self.footer, alignment=Qt.AlignmentFlag.AlignLeft)
        self._add_next_prompt()

    # --- Next without the tick asks (wizard/ui/next_prompt.py) ---------------------------------
    def _add_next_prompt(self) -> None:
        self.next_prompt = self.add(NextPrompt(), self.footer)
        self.next_prompt.done_chosen.connect(self._done_and_next)
        self.next_prompt.later_chosen.connect(
            lambda: self.wizard().button(QWizard.WizardButton.CustomButton1).click())  # 稍后再做

    def _done_and_next(self) -> None:
        self.tick()
        self.wizard().next()

    def validatePage(self) -> bool:
        """Next: on with the tick; without it, ask (Next is never disabled on a step)."""
        if self.session.progress.status(self.step_id) == "done":
            return True
        self.next_prompt.ask()
        return False


    def prepare(self, width: int) -> None:
        if self.picture is not None:
            self.picture.prepare(width)

    def _add_features(self, features, slot: str) -> None:
        for feature in features:
            if feature.slot == slot:
                for widget in feature.widgets(self):
                    self.add(widget)

    def _add_switch(self, route: str) -> None:
        box = NoteBox("warning")
        names = self.session.content.texts.routes
        box.set_text(self.tr("查下来单位没有法人账号，或者账号不到四级（L2）、又没有网银证书和"
                             "电子营业执照？那就改走“%1”。").replace("%1", names[route].name))
        self.switch_button = QPushButton(self.tr("改走“%1”").replace("%1", names[route].name))
        self.switch_button.setObjectName("switchRoute")
        self.switch_button.clicked.connect(lambda: self.switch_route_requested.emit(route))
        box.body.addWidget(button_row(self.switch_button))
        self.add(box)

    def update_live(self) -> None:
        plan = self.session.plan()
        ids = plan.step_ids
        pos = ids.index(self.step_id) + 1 if self.step_id in ids else 0
        phase = self.session.content.phase_of(self.step_id)
        self.set_eyebrow(self.tr("第 %1 步，共 %2 步 · %3").replace("%1", str(pos))
                         .replace("%2", str(len(ids)))
                         .replace("%3", self.session.content.texts.routes[phase].name))
        done = self.session.progress.status(self.step_id) == "done"
        self.next_prompt.setVisible(False)  # asked afresh on each arrival; a tick answers it
        if self.done_box.isChecked() != done:
            self.done_box.blockSignals(True)
            self.done_box.setChecked(done)
            self.done_box.blockSignals(False)
        self._describe_tick()

    def _describe_tick(self) -> None:
        s = self.session
        word = status_label(shown_status(s.content, s.progress, s.plan(), self.step_id))[1]
        self.done_box.setAccessibleDescription(self.tr("现在：%1").replace("%1", word))

    def refresh(self, change: Change | None = None) -> None:
        super().refresh(change)
        if change is not None and change.kind == "status" and change.key == self.step_id:
            self.completeChanged.emit()

    def _ticked(self, on: bool) -> None:
        for feature in self.features():
            feature.ticked(self, on)
        self.session.set_status(self.step_id, "done" if on else "todo")
        if self.done_box is not None:
            self._describe_tick()

    def tick(self) -> None:
        if not self.done_box.isChecked():
            self.done_box.click()
