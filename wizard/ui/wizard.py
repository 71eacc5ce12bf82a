"""The QWizard: pages built from content, all branching delegated to flow.navigation."""

from __future__ import annotations

from PySide6.QtWidgets import QWizard

from wizard.flow.navigation import (
    ROUTE,
    SUMMARY,
    WELCOME,
    all_page_keys,
    next_page,
    path_to,
    question_key,
)
from wizard.ui.journey import JourneyPanel
from wizard.ui.page_base import PageBase
from wizard.ui.pages import QuestionPage, RoutePage, StepPage, SummaryPage, WelcomePage
from wizard.ui.session import Session
from wizard.ui.widgets import LinkOpener

B = QWizard.WizardButton


class GuideWizard(QWizard):
    def __init__(self, session: Session, notice: str | None = None):
        super().__init__()
        self.session = session
        self.returning_to_summary = False
        self.opener = LinkOpener(self)
        self.setWindowTitle(session.content.texts.app_title)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.IndependentPages, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setButtonText(B.CustomButton1, self.tr("稍后再做"))
        self.setButtonText(B.CancelButton, self.tr("保存并退出"))
        self.setButtonLayout([B.CancelButton, B.Stretch, B.BackButton, B.CustomButton1,
                              B.NextButton, B.FinishButton])
        for b in (B.NextButton, B.FinishButton):
            self.button(b).setProperty("primary", True)
        self.button(B.CustomButton1).setToolTip(self.tr("先跳过这一步，以后再回来做"))
        self.customButtonClicked.connect(self._later)

        self.pages: dict[str, PageBase] = {}
        self.ids: dict[str, int] = {}
        self.keys: dict[int, str] = {}
        self.welcome = WelcomePage(session, notice)
        self.welcome.resume_requested.connect(self.resume)
        self.summary = SummaryPage(session)
        self.summary.edit_requested.connect(self.edit_question)
        for key in all_page_keys():
            page = self._make_page(key)
            self.pages[key] = page
            self.ids[key] = self.addPage(page)
            self.keys[self.ids[key]] = key
        self.setStartId(self.ids[WELCOME])

        self.journey = JourneyPanel(session)
        self.setSideWidget(self.journey)
        session.changed.connect(self.journey.refresh)
        session.save_failed.connect(lambda _msg: self.journey.refresh())
        self.currentIdChanged.connect(self._page_changed)

    def _make_page(self, key: str) -> PageBase:
        if key == WELCOME:
            return self.welcome
        if key == SUMMARY:
            return self.summary
        if key == ROUTE:
            return RoutePage(self.session)
        if key.startswith("q:"):
            return QuestionPage(self.session, key[2:])
        return StepPage(self.session, key[5:], self.opener)

    # --- navigation: the one place that branches ------------------------------------------
    def current_key(self) -> str:
        return self.keys.get(self.currentId(), WELCOME)

    def nextId(self) -> int:
        p = self.session.progress
        nxt = next_page(self.current_key(), p.answers, p.route_override, p.plan(),
                        self.returning_to_summary)
        return -1 if nxt is None else self.ids[nxt]

    def validateCurrentPage(self) -> bool:
        # QWizard never moves forward to a page already in its history (e.g. back to the
        # route page after the questions a route switch added): go back to it instead.
        target = self.nextId()
        visited = self.visitedIds()
        if target in visited and target != self.currentId():
            while self.currentId() != target:
                self.back()
            return False
        return super().validateCurrentPage()

    def _page_changed(self, page_id: int) -> None:
        key = self.keys.get(page_id, WELCOME)
        if page_id in self.keys:
            page = self.pages[key]
            page.rebuild()
            if isinstance(page, QuestionPage):
                page.focus_first()
        if key == SUMMARY or not key.startswith("q:"):
            self.returning_to_summary = False
        if key != WELCOME:  # the welcome page must not overwrite the place to resume
            self.session.set_current_page(key)
        self.button(B.CustomButton1).setVisible(key.startswith("step:"))
        # With saved progress the welcome page's own "continue" is the primary action.
        self.button(B.NextButton).setProperty(
            "primary", not (key == WELCOME and self.session.progress.has_started()))
        self.button(B.NextButton).style().polish(self.button(B.NextButton))
        self.journey.show_page(key)

    def _later(self, which: int) -> None:
        key = self.current_key()
        if which == B.CustomButton1.value and key.startswith("step:"):
            self.session.set_status(key[5:], "later")
            self.next()

    def walk_to(self, target: str) -> None:
        """Go to `target` by the path the user would take, so Back still works from there."""
        p = self.session.progress
        path = path_to(target, p.answers, p.route_override, p.plan())
        self.restart()
        for _ in path[1:]:
            self.next()

    def resume(self) -> None:
        self.walk_to(self.session.progress.current_page)

    def edit_question(self, question_id: str) -> None:
        """From the summary: back to one question, then straight back to the summary."""
        target = self.ids[question_key(question_id)]
        if target not in self.visitedIds():
            self.walk_to(question_key(question_id))
        while self.currentId() != target and len(self.visitedIds()) > 1:
            self.back()
        self.returning_to_summary = True

    def page_for(self, key: str) -> PageBase:
        return self.pages[key]
