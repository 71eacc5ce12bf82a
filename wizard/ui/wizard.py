"""The QWizard: pages built from content, all branching delegated to flow.navigation."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QTimer, Signal
from PySide6.QtGui import QActionGroup, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QWidget, QWizard

from wizard.content import Content, ContentError
from wizard.flow.navigation import (
    DETAILS,
    ROUTE,
    SUMMARY,
    WELCOME,
    all_page_keys,
    next_page,
    path_to,
    question_key,
)
from wizard.language import LANGUAGES, NATIVE_NAMES
from wizard.ui.details_page import DetailsPage
from wizard.ui.display import Display
from wizard.ui.journey import JourneyPanel
from wizard.ui.page_base import PageBase
from wizard.ui.pages import QuestionPage, RoutePage, StepPage, SummaryPage, WelcomePage
from wizard.ui.session import Session
from wizard.ui.style import TEXT_WIDTH
from wizard.ui.widgets import LinkOpener

B = QWizard.WizardButton
WARM_UP_MS = 300  # after the first paint, well before anyone clicks
BIG_TEXT = 1.75  # from this text scale on, the wizard makes room (see _fit_to_scale)
log = logging.getLogger(__name__)


class GuideWizard(QWizard):
    language_changed = Signal(str)  # chosen by the user: the app remembers it

    def __init__(self, session: Session, notice: str | None = None,
                 content_for: Callable[[str], Content] | None = None,
                 display: Display | None = None):
        super().__init__()
        self.session = session
        # Set by wizard/ui/kiosk.py in kiosk mode: then closing is refused (closeEvent, reject)
        # unless staff left with their PIN, and Finish ends the visit instead.
        self.kiosk = None
        # Text size and contrast (wizard/ui/display.py): Ctrl+= / Ctrl+- / Ctrl+0, Ctrl+Shift+H.
        self.display = display or Display(parent=self)
        self.display.apply()
        self.display.changed.connect(self._display_changed)
        self.display_shortcuts = []
        for keys, slot in (("Ctrl+=", self.display.bigger), ("Ctrl++", self.display.bigger),
                           ("Ctrl+-", self.display.smaller), ("Ctrl+0", self.display.reset_size),
                           ("Ctrl+Shift+H", self.display.toggle_contrast)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(slot)
            self.display_shortcuts.append(shortcut)
        # Content of another language, when the user switches (the app passes its loader).
        self.content_for = content_for or _bundled_content
        self._switching = False
        self.returning_to_summary = False
        # The page (summary or R5) the user left to fill in the employer details, if any.
        self.details_detour: str | None = None
        self._leaving_for_details = False
        self._last_key = WELCOME
        self.opener = LinkOpener(self)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.IndependentPages, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton2, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setButtonLayout([B.CancelButton, B.CustomButton2, B.Stretch, B.BackButton,
                              B.CustomButton1, B.NextButton, B.FinishButton])
        for b in (B.NextButton, B.FinishButton):
            self.button(b).setProperty("primary", True)
        self.customButtonClicked.connect(self._later)
        # The language, at any moment: a button with a menu, and Ctrl+L to open it.
        self.language_menu = QMenu(self)
        self.language_actions: dict[str, object] = {}
        group = QActionGroup(self)
        for code in LANGUAGES:
            action = self.language_menu.addAction(NATIVE_NAMES[code])
            action.setCheckable(True)
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
            group.addAction(action)
            self.language_actions[code] = action
        self.button(B.CustomButton2).setMenu(self.language_menu)
        self.language_shortcut = QShortcut(QKeySequence("Ctrl+L"), self)
        self.language_shortcut.activated.connect(self.button(B.CustomButton2).showMenu)
        self._retranslate_frame()

        self.pages: dict[str, PageBase] = {}
        self.ids: dict[str, int] = {}
        self.keys: dict[int, str] = {}
        self.welcome = WelcomePage(session, notice)
        self.welcome.resume_requested.connect(self.resume)
        self.welcome.language_requested.connect(self.set_language)
        self.summary = SummaryPage(session)
        self.summary.edit_requested.connect(self.edit_question)
        self.summary.details_requested.connect(self.edit_details)
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
        session.save_failed.connect(lambda _msg: self._fit_to_scale())
        session.save_recovered.connect(self.journey.refresh)
        self.currentIdChanged.connect(self._page_changed)
        QTimer.singleShot(WARM_UP_MS, self._warm_up)
        self._fit_to_scale()

    def _warm_up(self) -> None:
        """While the user reads the first page, load what the first pages after it would
        otherwise load in the middle of a click: the interview's relevance table, the
        network-state backend, the code checker, the QR maker."""
        from wizard.details.codes import check_uscc
        from wizard.flow import relevant_questions
        from wizard.ui.qr import is_online, qr_image

        p = self.session.progress
        relevant_questions(p.answers, p.route_override)
        is_online()
        check_uscc("91350100M000100Y43")
        qr_image("https://ggfw.hrss.gd.gov.cn/isso/login.html", min_px=40)

    def _make_page(self, key: str) -> PageBase:
        if key == WELCOME:
            return self.welcome
        if key == SUMMARY:
            return self.summary
        if key == ROUTE:
            return RoutePage(self.session)
        if key == DETAILS:
            return DetailsPage(self.session)
        if key.startswith("q:"):
            return QuestionPage(self.session, key[2:])
        page = StepPage(self.session, key[5:], self.opener)
        page.details_requested.connect(self.edit_details)
        return page

    # --- navigation: the one place that branches ------------------------------------------
    def current_key(self) -> str:
        return self.keys.get(self.currentId(), WELCOME)

    def nextId(self) -> int:
        p = self.session.progress
        key = self.current_key()
        # The detour counts on the details page, and on its origin only while leaving for it
        # (QWizard asks again on arrival back there: then the summary must offer Finish).
        detour = self.details_detour if key == DETAILS or self._leaving_for_details else None
        nxt = next_page(key, p.answers, p.route_override, p.plan(), self.returning_to_summary,
                        details_seen=p.employer_page_seen, detour=detour)
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
            column = getattr(page, "column", None)  # about 40 characters a line at any size
            if column is not None:
                column.setMaximumWidth(round(TEXT_WIDTH * self.display.scale))
            page.rebuild()
            # The scrolling text is a tab stop (arrow keys scroll it): name it for screen readers.
            page.scroll.setAccessibleName(self.tr("本页内容"))
            page.scroll.setAccessibleDescription(self.tr("用上下方向键滚动"))
            if isinstance(page, QuestionPage):
                page.focus_first()
        if key == SUMMARY or not key.startswith("q:"):
            self.returning_to_summary = False
        if key != DETAILS:
            self.details_detour = None
        if page_id in self.keys:  # (-1: the wizard was closed, nothing was left for a page)
            if self._last_key == DETAILS and key != DETAILS:  # offered once: left, so seen
                self.session.mark_employer_page_seen()
            self._last_key = key
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
        path = path_to(target, p.answers, p.route_override, p.plan(), p.employer_page_seen)
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

    def edit_details(self) -> None:
        """From the summary or R5: to the employer-details page, and its Next comes back."""
        key = self.current_key()
        if key == DETAILS:
            return
        self.session.mark_employer_page_seen()
        if self.ids[DETAILS] in self.visitedIds():
            # QWizard never goes forward to a page in its history: rebuild the history
            # without the details page (it is seen now), so Back still works afterwards.
            self.walk_to(key)
        self.details_detour = key
        self._leaving_for_details = True
        try:
            self.next()
        finally:
            self._leaving_for_details = False
        if self.current_key() != DETAILS:  # could not go (should not happen): no detour left
            self.details_detour = None

    def page_for(self, key: str) -> PageBase:
        return self.pages[key]

    # --- language ------------------------------------------------------------------------
    def language(self) -> str:
        return self.session.content.language

    def set_language(self, language: str) -> bool:
        """Switch everything to `language` in place: answers, progress and the current page
        stay as they are (they live in the progress, not in the widgets)."""
        if language == self.language() or language not in LANGUAGES:
            self.language_actions[self.language()].setChecked(True)
            return False
        try:
            content = self.content_for(language)
        except ContentError as error:
            log.error("content for %s is broken: %s", language, error)
            QMessageBox.warning(self, NATIVE_NAMES[language], str(error))
            self.language_actions[self.language()].setChecked(True)
            return False
        from wizard.app import apply_language

        self.session.content = content
        self._switching = True  # one retranslation below, not one per translator swapped
        try:
            apply_language(QApplication.instance(), language)
        finally:
            self._switching = False
        self.retranslate()
        if self.current_key() == WELCOME:
            self.welcome.language_buttons[language].setFocus()
        self.language_changed.emit(language)
        return True

    # --- text size and contrast ----------------------------------------------------------
    def _display_changed(self) -> None:
        focus = QApplication.focusWidget()
        name = focus.objectName() if focus is not None else ""
        self._fit_to_scale()
        self.retranslate()  # the page shown and the journey, at the new size
        page = self.currentPage()
        again = page.findChild(QWidget, name) if name and page is not None else None
        if again is not None:  # e.g. A+ pressed again and again with the keyboard
            again.setFocus()

    def _fit_to_scale(self) -> None:
        """From 175 % text the page reflows to one column: the journey panel steps aside (the
        page's own "第 1 步，共 6 步" line still says where one is), unless it must show that
        progress cannot be saved."""
        self.journey.setVisible(self.display.scale < BIG_TEXT or self.session.save_failing())

    # --- kiosk mode: no way out but the staff exit (wizard/ui/kiosk.py) --------------------
    def _kiosk_locked(self) -> bool:
        return self.kiosk is not None and not self.kiosk.may_close

    def closeEvent(self, event) -> None:  # the window's close button, Alt+F4
        if self._kiosk_locked():
            event.ignore()
            return
        super().closeEvent(event)

    def reject(self) -> None:  # Esc, 保存并退出
        if self._kiosk_locked():
            return
        super().reject()

    def accept(self) -> None:  # Finish on the summary
        if self._kiosk_locked():
            self.kiosk.end_visit()
            return
        super().accept()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange and not self._switching:
            self.retranslate()
        super().changeEvent(event)

    def _retranslate_frame(self) -> None:
        self.setWindowTitle(self.session.content.texts.app_title)
        # QWizard translates its own buttons only when built or restyled: say them again from
        # Qt's qtbase translation (QWizard context) so a switch reaches them too.
        qt = QCoreApplication.translate
        self.setButtonText(B.BackButton, qt("QWizard", "< &Back"))
        self.setButtonText(B.NextButton, qt("QWizard", "&Next >"))
        self.setButtonText(B.FinishButton, qt("QWizard", "&Finish"))
        self.setButtonText(B.CustomButton1, self.tr("稍后再做"))
        self.setButtonText(B.CancelButton, self.tr("保存并退出"))
        self.button(B.CustomButton1).setToolTip(self.tr("先跳过这一步，以后再回来做"))
        # Said in the language shown AND recognisable to a reader of the other two.
        lang = self.button(B.CustomButton2)
        # At 175 % text and more the row must still fit 1024 px: the short word.
        lang.setText(self.tr("语言") if self.display.scale >= BIG_TEXT else self.tr("语言 Language"))
        lang.setToolTip(self.tr("切换语言（Ctrl+L）：简体中文 / 繁體中文 / English"))
        lang.setAccessibleName(self.tr("切换语言"))
        self.language_actions[self.language()].setChecked(True)

    def retranslate(self) -> None:
        """Redraw every word from the current translators and content; nothing else changes."""
        if not hasattr(self, "journey"):
            return  # a LanguageChange while still being built
        self._retranslate_frame()
        key = self.current_key()
        page = self.pages.get(key)
        if page is not None and self.currentId() in self.keys:
            page.rebuild()  # other pages are rebuilt from data when they are next shown
            page.completeChanged.emit()
        self.journey.refresh()


def _bundled_content(language: str) -> Content:
    from wizard.app import load_checked_content

    return load_checked_content(None, language)
