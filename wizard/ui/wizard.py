"""The window: a QWizard that mirrors the pure journey (wizard/flow/journey.py).

Every move — Next, Back, resuming, a detour to the employer details, editing an answer from
the summary, switching route — changes the Journey first; `_sync()` then makes QWizard's own
history equal to the journey's, so QWizard's Back and buttons behave as the journey says.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QWidget, QWizard

from wizard.catalogue import catalogue
from wizard.changes import Change
from wizard.content import Content, ContentError
from wizard.flow.journey import (
    DETAILS,
    ROUTE,
    SUMMARY,
    WELCOME,
    Journey,
    PageKey,
    all_page_keys,
)
from wizard.messages import Message
from wizard.ui import theme
from wizard.ui.about_window import HelpControl
from wizard.ui.display import Display
from wizard.ui.journey import JourneyPanel
from wizard.ui.page_base import PageBase
from wizard.ui.session import Session
from wizard.ui.welcome_page import WelcomePage
from wizard.ui.widgets import AfterPaint, LinkOpener, swipe_scrollable

B = QWizard.WizardButton
FOOTER = (B.CancelButton, B.CustomButton2, B.CustomButton3, B.BackButton, B.CustomButton1, B.NextButton,
          B.FinishButton)
WARM_UP_MS = 300  # after the first paint, well before anyone clicks
BIG_TEXT = 1.75  # from this text scale on, the wizard makes room (see _fit_to_scale)
log = logging.getLogger(__name__)


class GuideWizard(QWizard):
    language_changed = Signal(str)  # chosen by the user: the app remembers it

    def __init__(self, session: Session, notices: list[Message] | None = None,
                 content_for: Callable[[str], Content] | None = None,
                 display: Display | None = None):
        super().__init__()
        self.session = session
        self.journey = Journey(lambda: self.session.progress)
        self._warmed_up = False  # set after the first paint (eventFilter, _warm_up)
        # Set by wizard/ui/kiosk.py in kiosk mode: then closing is refused unless staff left
        # with their PIN, and Finish ends the visit instead.
        self.kiosk = None
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
        self.content_for = content_for or _bundled_content
        self._switching = False
        self._syncing = False
        self.opener = LinkOpener(self)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.IndependentPages, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton2, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setButtonLayout([B.CancelButton, B.CustomButton2, B.CustomButton3, B.Stretch,
                              B.BackButton, B.CustomButton1, B.NextButton, B.FinishButton])
        self.help = HelpControl(self)  # 帮助 (CustomButton3) and F1
        for b in (B.NextButton, B.FinishButton):
            theme.mark(self.button(b), "primary", True)
        self.customButtonClicked.connect(self._later)
        # Back goes through the journey too (QWizard's own back() is not virtual).
        self.button(B.BackButton).clicked.disconnect()
        self.button(B.BackButton).clicked.connect(self.go_back)
        # 保存并退出: progress is saved at every change, so leaving is just closing.
        self.button(B.CancelButton).clicked.disconnect()
        self.button(B.CancelButton).clicked.connect(self.close)
        # The language, at any moment: a button with a menu, and Ctrl+L to open it.
        self.language_menu = QMenu(self)
        self.language_menu.setObjectName("languageMenu")
        group = QActionGroup(self)  # one checked at a time, as a radio group
        for lang in catalogue().languages:
            action = self.language_menu.addAction(lang.name)
            action.setCheckable(True)
            action.setData(lang.code)
            action.triggered.connect(lambda _=False, c=lang.code: self.set_language(c))
            group.addAction(action)
        self.button(B.CustomButton2).setMenu(self.language_menu)
        self.language_shortcut = QShortcut(QKeySequence("Ctrl+L"), self)
        self.language_shortcut.activated.connect(self.open_language_menu)
        self._return_focus: tuple[PageKey, str] | None = None  # after 修改 → Next: that 修改
        self._retranslate_frame()

        # Every page has its id from the start; a page itself is made when first needed
        # (page_for): the first paint needs only the welcome page, not thirty others.
        self.all_keys = all_page_keys(tuple(session.content.steps))
        self.ids: dict[PageKey, int] = {key: n for n, key in enumerate(self.all_keys)}
        self.keys: dict[int, PageKey] = {n: key for key, n in self.ids.items()}
        self.pages: dict[PageKey, PageBase] = {}  # the pages made so far
        self.welcome = WelcomePage(session, notices)
        self.welcome.resume_requested.connect(self.resume)
        self.welcome.language_requested.connect(self.set_language)
        self._add(WELCOME, self.welcome)
        self.setStartId(self.ids[WELCOME])

        self.side = JourneyPanel(session, self.ordered_keys)
        self.side.go_requested.connect(self.walk_to)  # a row of the task list, along the journey
        self.setSideWidget(self.side)
        swipe_scrollable(self.side)  # a finger scrolls it on a kiosk's touch screen
        self.after_paint = AfterPaint(self._painted, parent=self)
        session.changed.connect(self._changed)
        self.currentIdChanged.connect(self._page_changed)
        self.installEventFilter(self)  # the first paint starts the warm-up (eventFilter)
        self._fit_to_scale()

    def page_for(self, key: PageKey) -> PageBase:
        """The page of `key`, made and added to QWizard (under its id) on first use."""
        page = self.pages.get(key)
        if page is None:
            key = key if isinstance(key, PageKey) else PageKey.parse(key)
            page = self._make_page(key)
            self._add(key, page)
        return page

    def _add(self, key: PageKey, page: PageBase) -> None:
        self.pages[key] = page
        self.setPage(self.ids[key], page)

    def _make_page(self, key: PageKey) -> PageBase:
        # Each page kind's module is imported with its first page, not before the first paint.
        if key == SUMMARY:
            from wizard.ui.summary_page import SummaryPage

            page = SummaryPage(self.session)
            page.edit_requested.connect(self.edit_question)
            page.details_requested.connect(self.edit_details)
            if self.kiosk is not None:  # finishing there ends the visitor's visit
                page.clear_requested.connect(self.kiosk.end_visit)
            return page
        if key == ROUTE:
            from wizard.ui.route_page import RoutePage

            return RoutePage(self.session)
        if key == DETAILS:
            from wizard.ui.details_page import DetailsPage

            return DetailsPage(self.session)
        if key.kind == "question":
            from wizard.ui.question_page import QuestionPage

            return QuestionPage(self.session, key.id)
        from wizard.ui.step_page import StepPage

        page = StepPage(self.session, key.id, self.opener)
        page.details_requested.connect(self.edit_details)
        page.switch_route_requested.connect(self.switch_route)
        return page

    @property
    def summary(self) -> PageBase:
        return self.page_for(SUMMARY)

    def ordered_keys(self) -> list[PageKey]:
        """Every page's key in journey order: the plan's steps in the plan's order."""
        steps = [PageKey("step", s) for s in self.session.plan().step_ids]
        others = [k for k in self.all_keys if k.kind != "step"]
        at = others.index(SUMMARY)
        return [*others[:at], *steps, *others[at:]]

    def eventFilter(self, obj, event) -> bool:
        if obj is self and event.type() == QEvent.Type.Paint:
            # Shown and painted: what the first page did not need waits until now.
            self.removeEventFilter(self)
            QTimer.singleShot(WARM_UP_MS, self._warm_up)
        return False

    def _warm_up(self) -> None:
        """While the user reads the first page, load what the next pages would otherwise load
        in the middle of a click: the interview's relevance table, the network-state backend,
        the code checker, the QR maker — and build the page that Next leads to. Runs once,
        after the first paint; until then nothing is built ahead."""
        if self._warmed_up:
            return
        self._warmed_up = True
        from wizard.details.codes import check_uscc
        from wizard.flow import relevant_questions
        from wizard.ui.qr import is_online
        from wizard.ui.qr_code import qr_image

        p = self.session.progress
        relevant_questions(p.answers, p.route_override)
        is_online()
        check_uscc("91350100M000100Y43")
        qr_image("https://ggfw.hrss.gd.gov.cn/isso/login.html", min_px=40)
        self._prebuild_next()

    def _painted(self) -> None:
        self.session.flush()
        self._prebuild_next()

    def _prebuild_next(self, first_only: bool = False) -> None:
        """Build the page Next leads to now, while the user reads, so the click only shows it.
        Not before the warm-up: nothing is built ahead of the first paint."""
        if not self._warmed_up:
            return
        try:
            target = self.journey.next_key()
        except (ValueError, KeyError):
            return
        page = self.page_for(target) if target is not None else None
        if page is not None and not page.is_current() and not (first_only and page.was_built()):
            page.ensure_built()
            shown = self.currentPage()
            if isinstance(shown, PageBase):
                page.prepare(shown.column.width())

    # --- navigation: every move goes through the journey -------------------------------------
    def current_key(self) -> PageKey:
        return self.keys.get(self.currentId(), WELCOME)

    @property
    def details_detour(self) -> PageKey | None:
        return self.journey.detour

    def nextId(self) -> int:
        visited, history = self.visitedIds(), self.journey.history
        if self._syncing and len(visited) < len(history):
            key = history[len(visited)]
            self.page_for(key)  # QWizard goes only to pages it holds
            return self.ids[key]
        try:
            nxt = self.journey.next_key()
        except (ValueError, KeyError):  # a plan being rebuilt: no forward button yet
            return -1
        if nxt is None:
            return -1
        self.page_for(nxt)  # QWizard goes only to pages it holds
        return self.ids[nxt]

    def validateCurrentPage(self) -> bool:
        """Next was pressed: move the journey, then mirror it (QWizard moves no further)."""
        if self._syncing:
            return True
        if not super().validateCurrentPage():
            return False
        if self.journey.forward() is not None:
            self._sync()
        return False

    def go_back(self) -> None:
        self.journey.back()
        self._sync()

    def _sync(self) -> None:
        """Make QWizard's history the journey's: Back, Next and the buttons then agree."""
        target = [self.ids[k] for k in self.journey.history]
        if list(self.visitedIds()) == target:
            return
        def on_the_way() -> bool:  # QWizard's history is a beginning of the journey's
            visited = list(self.visitedIds())
            return visited == target[: len(visited)]

        self._syncing = True
        try:
            while len(self.visitedIds()) > 1 and not on_the_way():
                QWizard.back(self)
            if not self.visitedIds() or not on_the_way():  # never shown yet: no page at all
                self.restart()
            while len(self.visitedIds()) < len(target):
                QWizard.next(self)
        finally:
            self._syncing = False
        self._arrive(self.current_key())
        self._syncing = True  # the buttons QWizard now hides or disables pass the focus on:
        try:  # arrival has placed it, so no walk of the Tab order for that
            self.currentPage().completeChanged.emit()  # QWizard's buttons, as the journey says
        finally:
            self._syncing = False

    def _page_changed(self, page_id: int) -> None:
        if not self._syncing and page_id in self.keys:
            self._arrive(self.keys[page_id])

    def _arrive(self, key: PageKey) -> None:
        if self.currentId() not in self.keys:
            return  # the wizard was closed
        page = self.page_for(key)
        if self.journey.current != key:  # QWizard moved by itself (restart): follow it
            self.journey.walk_to(key)
        if key != DETAILS and self.session.progress.current_page == str(DETAILS):
            self.session.mark_employer_page_seen()  # offered once: left, so seen
        page.ensure_built()
        if key != WELCOME:  # the welcome page must not overwrite the place to resume
            self.session.set_current_page(str(key))
        self.button(B.CustomButton1).setVisible(key.kind == "step")
        # With saved progress the welcome page's own "continue" is the primary action.
        theme.mark(self.button(B.NextButton), "primary",
                   not (key == WELCOME and self.session.progress.has_started()))
        self.side.show_page(key)
        page.focus_on_arrival(self._control_to_return_to(key))
        # After the page has painted (a zero timer can come before the paint): write where
        # the user is, and build the page Next leads to.
        self.after_paint.watch(page.scroll.widget())

    def _later(self, which: int) -> None:
        key = self.current_key()
        if which == B.CustomButton1.value and key.kind == "step":
            self.session.set_status(key.id, "later")
            if self.journey.forward() is not None:
                self._sync()

    def walk_to(self, target: PageKey) -> None:
        """Go to `target` by the path the user would take, so Back still works from there."""
        self.journey.walk_to(target)
        self._sync()

    def resume(self) -> None:
        self.walk_to(PageKey.parse(self.session.progress.current_page) or WELCOME)

    def restart_journey(self) -> None:
        self.journey.restart()
        self._sync()

    def edit_question(self, question_id: str) -> None:
        """From the summary: back to one question, then straight back to the summary."""
        self._remember_focus()
        self.journey.edit_answer(question_id)
        self._sync()

    def edit_details(self) -> None:
        """From the summary or a step: to the employer-details page; its Next comes back."""
        if self.current_key() == DETAILS:
            return
        self._remember_focus()
        self.session.mark_employer_page_seen()
        self.journey.take_detour_to_details()
        self._sync()

    def _remember_focus(self) -> None:
        """The control that leads away (修改, 填写单位信息): the focus comes back to it."""
        focus, page = QApplication.focusWidget(), self.currentPage()
        self._return_focus = None
        if focus is not None and page is not None and page.isAncestorOf(focus) and focus.objectName():
            self._return_focus = (self.current_key(), focus.objectName())

    def _control_to_return_to(self, key: PageKey) -> QWidget | None:
        if self._return_focus is None or self._return_focus[0] != key:
            return None
        name, self._return_focus = self._return_focus[1], None
        return self.page_for(key).findChild(QWidget, name)

    def switch_route(self, route: str) -> None:
        """A check showed the chosen route cannot work: take the other one, from its page."""
        recommended = self.session.recommended_route()
        self.session.set_override(None if route == recommended else route)
        self.journey.switch_route()
        self._sync()

    def _changed(self, change: Change) -> None:
        if change.kind == "profile":
            for page in self.pages.values():
                page.refresh(change)
            self.restart_journey()
        else:
            page = self.pages.get(self.current_key())
            if page is not None:
                page.refresh(change)
        self.side.on_change(change)
        if change.kind == "save":
            self._fit_to_scale()
        # An answer can change where Next leads (the route page after the last question):
        # build that page while the user looks, if it has never been built. (Rebuilding a
        # hidden page here left PySide's wrapper of the Next button invalid, though the button
        # itself lived on: a page that changed is rebuilt on arrival instead.)
        QTimer.singleShot(0, lambda: self._prebuild_next(first_only=True))

    # --- language ------------------------------------------------------------------------
    def language(self) -> str:
        return self.session.content.language

    @property
    def language_actions(self) -> dict[str, QAction]:
        """The language menu's entries by language code, asked of the menu each time (a kept
        Python reference to a QAction made by addAction can go stale in PySide)."""
        return {a.data(): a for a in self.language_menu.actions()}

    def open_language_menu(self) -> None:
        """Ctrl+L: the language menu, on the current language (the keyboard starts there)."""
        menu_button = self.button(B.CustomButton2)
        current = self.language_actions[self.language()]
        # Once shown (the menu forgets an active action set before it opens).
        self.language_menu.aboutToShow.connect(lambda: self.language_menu.setActiveAction(current),
                                               Qt.ConnectionType.SingleShotConnection)
        menu_button.showMenu()

    def set_language(self, language: str) -> bool:
        """Switch everything to `language` in place: answers, progress and the current page
        stay as they are (they live in the progress, not in the widgets)."""
        if language == self.language() or language not in catalogue().language_codes:
            self.language_actions[self.language()].setChecked(True)
            return False
        try:
            content = self.content_for(language)
        except ContentError as error:
            log.error("content for %s is broken: %s", language, error)
            QMessageBox.warning(self, catalogue().language(language).name, str(error))
            self.language_actions[self.language()].setChecked(True)
            return False
        from wizard.ui.locale import apply_language

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
        self._fit_to_scale()
        self._refresh_everything(Change("display"))

    def _fit_to_scale(self) -> None:
        """From 175 % text the page reflows to one column: the side panel steps aside (the
        page's own "第 1 步，共 6 步" line still says where one is), unless it must show that
        progress cannot be saved."""
        self.side.setVisible(self.display.scale < BIG_TEXT or self.session.save_failing())
        self._retranslate_frame()

    # --- the keyboard's way round the window ---------------------------------------------
    def tab_stops(self) -> list[QWidget]:
        """Where Tab stops, in the order of the screen: the side panel, the page (in the order
        it was built, top to bottom), then the footer's buttons from left to right. (QWizard
        keeps its own order of the buttons — Next first — and resets it with every layout.)"""
        found, w = [], self.nextInFocusChain()
        while w is not self and len(found) < 10000:
            if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus \
                    and w.focusProxy() is None:
                found.append(w)
            w = w.nextInFocusChain()
        footer = [b for b in (self.button(k) for k in FOOTER) if b in found]
        footer.sort(key=lambda b: b.mapTo(self, b.rect().topLeft()).x())
        rest = [w for w in found if w not in footer]
        # The side panel top to bottom: a row that became a link is a new widget, last in Qt's
        # focus chain, however high it stands.
        side = sorted((w for w in rest if self.side.isAncestorOf(w)),
                      key=lambda w: w.mapTo(self.side, w.rect().topLeft()).y())
        return side + [w for w in rest if w not in side] + footer

    def focusNextPrevChild(self, forward: bool) -> bool:
        if self._syncing:  # Qt moving the focus off a page being hidden: arrival places it
            return super().focusNextPrevChild(forward)
        stops = self.tab_stops()
        focus = QApplication.focusWidget()
        while focus is not None and focus not in stops and focus is not self:
            focus = focus.parentWidget()  # e.g. the text field inside a date field
        if not stops or focus not in stops:
            return super().focusNextPrevChild(forward)
        target = stops[(stops.index(focus) + (1 if forward else -1)) % len(stops)]
        target.setFocus(Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason)
        return True

    # --- leaving -------------------------------------------------------------------------
    def _kiosk_locked(self) -> bool:
        return self.kiosk is not None and not self.kiosk.may_close

    def keyPressEvent(self, event) -> None:
        # Esc closes only a menu, popup or dialog, never the program: an older user who
        # pressed Esc to leave a field must not suddenly be out.
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            return
        # Page Up / Page Down scroll the page from anywhere, the footer's buttons too (the
        # page's own texts pass them to its scroll area before they get here).
        page = self.currentPage()
        if event.key() in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown) and isinstance(page, PageBase):
            QApplication.sendEvent(page.scroll, event)
            return
        super().keyPressEvent(event)

    def closeEvent(self, event) -> None:  # the window's close button, Alt+F4, 保存并退出
        if self._kiosk_locked():
            event.ignore()
            return
        self.session.flush()
        super().closeEvent(event)

    def reject(self) -> None:  # via closing (Esc never gets here: see keyPressEvent)
        if self._kiosk_locked():
            return
        super().reject()

    def accept(self) -> None:  # Finish on the summary
        if self._kiosk_locked():
            self.kiosk.end_visit()
            return
        super().accept()

    def done(self, result: int) -> None:  # Finish, or closing by reject(): nothing left unwritten
        self.session.flush()
        super().done(result)

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
        lang = self.button(B.CustomButton2)
        # At 175 % text and more the row must still fit 1024 px: the short word.
        lang.setText(self.tr("语言") if self.display.scale >= BIG_TEXT else self.tr("语言 Language"))
        names = " / ".join(language.name for language in catalogue().languages)
        lang.setToolTip(self.tr("切换语言（Ctrl+L）：%1").replace("%1", names))
        lang.setAccessibleName(self.tr("切换语言"))
        self.help.retranslate()
        self.language_menu.setTitle(self.tr("切换语言"))
        self.language_menu.setAccessibleName(self.tr("切换语言"))
        self.language_actions[self.language()].setChecked(True)

    def retranslate(self) -> None:
        """Redraw every word from the current translators and content; nothing else changes."""
        if not hasattr(self, "side"):
            return  # a LanguageChange while still being built
        self._retranslate_frame()
        self._refresh_everything(Change("language"))

    def _refresh_everything(self, change: Change) -> None:
        for page in self.pages.values():
            page.refresh(change)  # hidden pages rebuild when they are next shown
        page = self.pages.get(self.current_key())
        if page is not None:
            page.completeChanged.emit()
        self.side.refresh()


def _bundled_content(language: str) -> Content:
    from wizard.content import load_content

    return load_content(None, language)
