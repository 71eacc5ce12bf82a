"""The wizard's pages. Steps and questions each use ONE generic class driven by content."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from wizard.flow import relevant_questions, unanswered_relevant
from wizard.flow.navigation import DETAILS, ROUTE, SUMMARY, WELCOME
from wizard.language import LANGUAGES, NATIVE_NAMES
from wizard.report import summary_facts
from wizard.ui.details_page import EmployerSummary, SearchCodesBox
from wizard.ui.page_base import PageBase
from wizard.ui.picture import StepPicture
from wizard.ui.session import Session
from wizard.ui.summary_actions import SummaryActions
from wizard.ui.widgets import (
    Disclosure,
    LinkOpener,
    LinkRow,
    NoteBox,
    button_row,
    format_day,
    label,
    numbered_list,
    status_label,
)


def note(kind: str, text: str) -> NoteBox:
    box = NoteBox(kind)
    box.set_text(text)
    return box



def kiosk_of(page: QWidget):
    """The wizard's kiosk controller (wizard/ui/kiosk.py) in kiosk mode, else None."""
    wizard = page.wizard() if hasattr(page, "wizard") else None
    return getattr(wizard, "kiosk", None)


def language_row(current: str, choose) -> tuple[QWidget, dict[str, QPushButton]]:
    """简体中文 / 繁體中文 / English, each in its own language; the current one is pressed."""
    row = QWidget()
    row.setObjectName("languageRow")
    lay = QHBoxLayout(row)
    lay.setContentsMargins(0, 0, 0, 0)
    row.setAccessibleName("Language · 语言 · 語言")
    buttons = {}
    for code in LANGUAGES:
        b = QPushButton(NATIVE_NAMES[code])
        b.setCheckable(True)
        b.setChecked(code == current)
        b.setProperty("flat", code != current)
        b.setAccessibleName(NATIVE_NAMES[code])
        b.setObjectName(f"language_{code}")
        b.clicked.connect(lambda _=False, c=code: choose(c))
        buttons[code] = b
        lay.addWidget(b)
    lay.addStretch(1)
    return row, buttons


class DisplayRow(QWidget):
    """文字大小 A− 125 % A+ and 高对比度, on the welcome page (Ctrl+= / Ctrl+- do the same)."""

    def __init__(self, display, parent: QWidget | None = None):
        super().__init__(parent)
        self.display = display
        self.setObjectName("displayRow")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        caption = label(self.tr("文字大小："))
        lay.addWidget(caption)
        self.smaller = QPushButton(self.tr("A−"))
        self.smaller.setObjectName("textSmaller")
        self.smaller.setAccessibleName(self.tr("缩小文字"))
        self.smaller.setToolTip(self.tr("缩小文字（Ctrl+减号）"))
        self.size = label(self.tr("%1%").replace("%1", str(display.percent())))
        self.size.setObjectName("textSize")
        self.bigger = QPushButton(self.tr("A+"))
        self.bigger.setObjectName("textBigger")
        self.bigger.setAccessibleName(self.tr("放大文字"))
        self.bigger.setToolTip(self.tr("放大文字（Ctrl+等号）"))
        now = self.tr("现在是 %1%").replace("%1", str(display.percent()))
        for b, can in ((self.smaller, display.can_shrink()), (self.bigger, display.can_grow())):
            b.setAccessibleDescription(now)
            b.setEnabled(can)
        self.smaller.clicked.connect(display.smaller)
        self.bigger.clicked.connect(display.bigger)
        self.contrast = QCheckBox(self.tr("高对比度"))
        self.contrast.setObjectName("highContrast")
        self.contrast.setAccessibleName(self.tr("高对比度"))
        self.contrast.setAccessibleDescription(self.tr("黑白分明、边框更粗（Ctrl+Shift+H）"))
        self.contrast.setChecked(display.high_contrast)
        self.contrast.toggled.connect(lambda on: display.set(high_contrast=on))
        caption.setBuddy(self.smaller)
        for w in (self.smaller, self.size, self.bigger):
            lay.addWidget(w)
        lay.addSpacing(24)
        lay.addWidget(self.contrast)
        lay.addStretch(1)


class WelcomePage(PageBase):
    resume_requested = Signal()
    language_requested = Signal(str)

    def __init__(self, session: Session, notice: str | None = None):
        super().__init__(session, WELCOME)
        self.notice = notice
        self.resume_button: QPushButton | None = None
        self.restart_button: QPushButton | None = None
        self.confirm_restart: QPushButton | None = None
        self.language_buttons: dict[str, QPushButton] = {}
        # Profiles: the list shows with 2+ employers, or once staff asked for it.
        self.manage = False
        self.creating = False
        self.profile_list = None
        self.other_unit_button: QPushButton | None = None
        self.list_message: str | None = None

    def build(self) -> None:
        texts = self.session.content.texts
        w = texts.welcome
        self.setButtonText(self.wizard().WizardButton.NextButton, self.tr("开始"))
        row, self.language_buttons = language_row(self.session.content.language,
                                                  self.language_requested.emit)
        self.add(row)
        display = getattr(self.wizard(), "display", None)
        self.display_row = self.add(DisplayRow(display)) if display is not None else None
        self.add(label(texts.app_title, role="eyebrow"))
        self.add(label(w.title, role="title"))
        if kiosk_of(self) is not None:
            self.add(note("info", self.tr("这是公共自助机。您填写和选择的内容只在这次使用中保留："
                                          "办完后请在总结页点“完成并清除我的信息”；"
                                          "一段时间没有操作，也会自动清除。")))
        profiles = self._profiles()
        if self.notice:
            self.add(note("warning", self.notice))
        self.resume_button = self.restart_button = self.confirm_restart = None
        self.profile_list = self.other_unit_button = None
        self.completeChanged.emit()
        if self.showing_list(profiles):
            self._add_profile_list(profiles)
        elif self.session.progress.has_started():
            self._add_resume_box()
            self._add_other_unit_link(self.tr("为另一家单位办理"))
        for paragraph in w.intro:
            self.add(label(paragraph))
        route = self.interviewed_route()
        if route is None:
            self.add(label(self.tr("请先准备好："), role="section"))
            prepare = w.prepare
        else:
            self.add(label(self.tr("按您的情况（%1），请先准备好：")
                           .replace("%1", texts.routes[route].name), role="section"))
            prepare = getattr(w.prepare_by_route, route)
        self.add(label("\n".join(f"• {item}" for item in prepare)))
        self.add(label(self.tr("需要多长时间："), role="section"))
        self.add(label(w.duration))
        self.add(note("warning", self.tr("截止时间：%1。%2").replace("%1", texts.deadline.text)
                      .replace("%2", texts.deadline.detail)))
        if self.session.store is not None and self.profile_list is None \
                and not self.session.progress.has_started():
            self._add_other_unit_link(self.tr("要为多家单位办理？"))

    def interviewed_route(self) -> str | None:
        """The route, once every question that decides it is answered; else None."""
        p = self.session.progress
        if not p.answers.given() or unanswered_relevant(p.answers, p.route_override):
            return None
        return self.session.plan().route

    # --- profiles (wizard/ui/profiles.py) ---------------------------------------------------
    def _profiles(self) -> list:
        """Every employer on disk, the open one as the session holds it; notices join ours."""
        store, current = self.session.store, self.session.profile
        if store is None:
            return []
        scan = store.scan()
        for text in scan.notices:
            self.notice = f"{self.notice} {text}" if self.notice else text
        profiles = [current if p.id == current.id else p for p in scan.profiles]
        if current.progress.has_started() and all(p.id != current.id for p in profiles):
            profiles.insert(0, current)  # not on disk yet (saving fails): still listed
        return profiles

    def showing_list(self, profiles: list) -> bool:
        if self.session.store is None:
            return False
        return self.manage or len(profiles) >= 2 or any(p.read_only for p in profiles)

    def _add_profile_list(self, profiles: list) -> None:
        from wizard.ui.profiles import ProfileList

        self.profile_list = ProfileList(self.session, profiles, self.where_text,
                                        self.list_message, self.creating)
        self.list_message, self.creating = None, False
        self.profile_list.continue_requested.connect(self._continue_profile)
        self.profile_list.changed.connect(self._profiles_changed)
        self.add(self.profile_list)
        # 开始 would not say for which employer: the cards' own buttons do.
        self.setButtonText(self.wizard().WizardButton.NextButton, self.tr("请先在上面选单位"))
        self.completeChanged.emit()

    def _add_other_unit_link(self, text: str) -> None:
        self.other_unit_button = QPushButton(text)
        self.other_unit_button.setProperty("flat", True)
        self.other_unit_button.setToolTip(self.tr("服务中心帮多家单位办理时用：每家单位的进度分开保存"))
        self.other_unit_button.clicked.connect(lambda: self.manage_profiles(creating=True))
        self.add(self.other_unit_button, alignment=Qt.AlignmentFlag.AlignLeft)

    def manage_profiles(self, creating: bool = True) -> None:
        self.manage, self.creating = True, bool(creating)
        self.rebuild()

    def _profiles_changed(self, message: str) -> None:
        self.manage, self.list_message = True, message
        self.rebuild()

    def _continue_profile(self, _profile) -> None:
        self.notice = None
        if self.session.progress.has_started():
            self.resume_requested.emit()
        else:
            self.wizard().next()

    def isComplete(self) -> bool:
        # With the list, the employer is chosen on the page ("继续办理"), not by 开始.
        return self.profile_list is None

    def _add_resume_box(self) -> None:
        box = NoteBox("info")
        box.set_text(self.tr("您上次做到：%1（%2）。可以接着做，也可以重新开始。")
                     .replace("%1", self.where_text())
                     .replace("%2", self.session.progress.updated_at.astimezone()
                              .strftime("%Y-%m-%d %H:%M")))
        self.resume_button = QPushButton(self.tr("继续上次的进度"))
        self.resume_button.setProperty("primary", True)
        self.resume_button.clicked.connect(self.resume_requested.emit)
        self.restart_button = QPushButton(self.tr("重新开始"))
        self.restart_button.clicked.connect(self._ask_restart)
        box.body.addWidget(button_row(self.resume_button, self.restart_button))
        self.confirm_box = NoteBox("warning")
        self.confirm_box.set_text(self.tr("重新开始会清除之前的全部回答和进度。确定吗？"))
        self.confirm_restart = QPushButton(self.tr("确定，清除并重新开始"))
        self.confirm_restart.clicked.connect(self._restart)
        keep = QPushButton(self.tr("不清除"))
        keep.clicked.connect(lambda: self.confirm_box.setVisible(False))
        self.confirm_box.body.addWidget(button_row(self.confirm_restart, keep))
        self.confirm_box.setVisible(False)
        self.add(box)
        self.add(self.confirm_box)

    def where_text(self, progress=None) -> str:
        p = progress or self.session.progress
        key = p.current_page
        if p.is_waiting_for_sms():
            days = p.days_waited(self.session.today())
            if days is None:
                return self.tr("等待授权码审核短信")
            return self.tr("等待授权码审核短信 · 已等待 %1 天").replace("%1", str(days))
        if key.startswith("step:"):
            return self.session.content.steps[key[5:]].title
        if key.startswith("q:") or key == ROUTE:
            return self.tr("了解您的情况")
        if key == DETAILS:
            return self.tr("记下单位信息")
        if key == SUMMARY:
            return self.tr("总结")
        return self.tr("开始页")

    def _ask_restart(self) -> None:
        self.confirm_box.setVisible(True)
        self.confirm_restart.setFocus()

    def _restart(self) -> None:
        self.session.reset()
        self.notice = None
        self.rebuild()


class QuestionPage(PageBase):
    """One interview question: plain words, one choice, and how to find the answer."""

    def __init__(self, session: Session, question_id: str):
        super().__init__(session, f"q:{question_id}")
        self.question_id = question_id
        self.group: QButtonGroup | None = None
        self.buttons: dict[str, QRadioButton] = {}

    def build(self) -> None:
        q = self.session.content.question(self.question_id)
        answers = self.session.progress.answers
        asked = relevant_questions(answers, self.session.progress.route_override)
        n = asked.index(self.question_id) + 1 if self.question_id in asked else 1
        self.add(label(self.tr("了解您的情况 · 第 %1 个问题，共约 %2 个")
                       .replace("%1", str(n)).replace("%2", str(len(asked))), role="eyebrow"))
        title = self.add(label(q.title, role="title"))
        self.add(label(q.explanation))
        self.group = QButtonGroup(self)
        self.buttons = {}
        current = getattr(answers, self.question_id)
        options = QWidget()
        lay = QVBoxLayout(options)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        for option in q.options:
            radio = QRadioButton(option.label)
            radio.setAccessibleName(option.label)
            # A screen reader on an option also says which question it answers.
            radio.setAccessibleDescription(
                f"{q.title} {option.hint}" if option.hint else q.title)
            radio.setChecked(option.value == current)
            radio.toggled.connect(
                lambda on, v=option.value: on and self._choose(v))
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
        how.body_layout.addWidget(label(q.how_to_check))
        self.add(how)
        title.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def focus_first(self) -> None:
        """Keyboard users land on the options: arrows choose, Enter goes on."""
        answer = getattr(self.session.progress.answers, self.question_id)
        target = self.buttons.get(answer) or next(iter(self.buttons.values()), None)
        if target is not None:
            target.setFocus()

    def _choose(self, value: str) -> None:
        self.session.set_answer(self.question_id, value)
        self.completeChanged.emit()

    def choose(self, value: str) -> None:
        self.buttons[value].click()

    def isComplete(self) -> bool:
        return getattr(self.session.progress.answers, self.question_id) is not None


class RoutePage(PageBase):
    """Names the route, lists its steps and why, and lets the user switch."""

    def __init__(self, session: Session):
        super().__init__(session, ROUTE)
        self.route_buttons: dict[str, QRadioButton] = {}

    def build(self) -> None:
        c = self.session.content
        plan = self.session.plan()
        recommended = self.session.recommended_route()
        route = c.texts.routes[plan.route]
        self.add(label(self.tr("您的登录路线"), role="eyebrow"))
        self.add(label(self.tr("请走：%1").replace("%1", route.name), role="title"))
        self.add(note("info", f"{c.texts.reasons[plan.route_reason]}\n{route.description}"))
        if plan.route_warning:
            self.add(note("warning", c.texts.reasons[plan.route_warning]))
        ids = plan.step_ids
        self.add(label(self.tr("要做的步骤（共 %1 步）").replace("%1", str(len(ids))),
                       role="section"))
        lines = [f"<b>{html.escape(c.steps[i].title)}</b><br><span style='color:#505a5f'>"
                 f"{html.escape(c.texts.reasons[plan.entry(i).reason])}</span>" for i in ids]
        self.add(numbered_list(lines, rich=True))
        if plan.skipped:
            self.add(label(self.tr("可以跳过的步骤"), role="section"))
            self.add(label("\n".join("• " + self.tr("%1：%2").replace("%1", c.steps[e.step_id].title)
                                     .replace("%2", c.texts.reasons[e.reason])
                                     for e in plan.skipped)))
        prepare = Disclosure(self.tr("走这条路线要准备什么？"))
        prepare.body_layout.addWidget(label("\n".join(
            f"• {item}" for item in getattr(c.texts.welcome.prepare_by_route, plan.route))))
        self.add(prepare)
        self.add(label(self.tr("想换一条路线？"), role="section"))
        group = QButtonGroup(self)
        self.route_buttons = {}
        for r in ("S", "R"):
            text = c.texts.routes[r].name
            if r == recommended:
                text += self.tr("（推荐）")
            radio = QRadioButton(text)
            radio.setAccessibleName(text)
            radio.setAccessibleDescription(self.tr("想换一条路线？"))
            radio.setChecked(r == plan.route)
            radio.toggled.connect(lambda on, r=r: on and self._switch(r))
            group.addButton(radio)
            self.route_buttons[r] = radio
            self.add(radio)

    def _switch(self, route: str) -> None:
        recommended = self.session.recommended_route()
        self.session.set_override(None if route == recommended else route)
        self.rebuild()
        self.route_buttons[route].setFocus()

    def choose_route(self, route: str) -> None:
        self.route_buttons[route].click()


class StepPage(PageBase):
    """Any step of either route or of the confirmation, rendered from its content."""

    details_requested = Signal()  # R5: fill in the unit's codes now

    def __init__(self, session: Session, step_id: str, opener: LinkOpener):
        super().__init__(session, f"step:{step_id}")
        self.step_id = step_id
        self.opener = opener
        self.done_box: QCheckBox | None = None
        self.applied_edit: QDateEdit | None = None
        self.close_for_now: QPushButton | None = None
        self.picture: StepPicture | None = None
        self.codes_box: SearchCodesBox | None = None

    def build(self) -> None:
        c = self.session.content
        p = self.session.progress
        step = c.steps[self.step_id]
        plan = self.session.plan()
        entry = plan.entry(self.step_id)
        ids = plan.step_ids
        pos = ids.index(self.step_id) + 1 if self.step_id in ids else 0
        self.add(label(self.tr("第 %1 步，共 %2 步 · %3").replace("%1", str(pos))
                       .replace("%2", str(len(ids))).replace("%3", c.texts.routes[step.route].name),
                       role="eyebrow"))
        self.add(label(step.title, role="title"))
        self.add(label(step.purpose))
        if entry is not None and entry.check_first:
            self.add(note("info", f"{c.texts.check_first_note}\n{step.check_first}"))
        if self.step_id == "R6" and p.is_waiting_for_sms():
            self._add_waiting_box()
        if self.step_id == "C4" and p.employer.unit_name:
            self.add(note("info", self.tr("核对银行账户时：户名要和单位名称一致，也就是“%1”。")
                          .replace("%1", p.employer.unit_name)))
        self.add(label(self.tr("怎么做："), role="section"))
        self.add(numbered_list(step.instructions))
        self.picture = self.add(StepPicture(self.step_id, step.title, step.illustration))
        for link in step.links:
            self.add(LinkRow(link, self.opener))
        self.codes_box = None
        if self.step_id == "R5":
            self.codes_box = self.add(SearchCodesBox(p.employer))
            self.codes_box.details_requested.connect(self.details_requested.emit)
        if self.step_id == "R5":
            self._add_applied_date(self.tr("申请日期（用来计算等待了几天）："))
        if step.help:
            help_box = Disclosure(self.tr("遇到问题？"))
            for item in step.help:
                help_box.body_layout.addWidget(label(item.problem, role="section"))
                help_box.body_layout.addWidget(label(item.solution))
                for link in item.links:
                    help_box.body_layout.addWidget(LinkRow(link, self.opener))
            self.add(help_box)
        if entry is not None:
            self.add(label(self.tr("为什么有这一步：%1").replace("%1", c.texts.reasons[entry.reason]),
                           role="muted"))
        self.done_box = QCheckBox(self.tr("我已完成这一步"))
        self.done_box.setAccessibleName(self.tr("我已完成这一步：%1").replace("%1", step.title))
        self.done_box.setChecked(p.status(self.step_id) == "done")
        self.done_box.setObjectName("doneTick")
        self.done_box.setAccessibleDescription(
            self.tr("现在：%1").replace("%1", status_words(self, self.session, self.step_id)[1]))
        self.done_box.toggled.connect(self._ticked)
        self.add(self.done_box, self.footer, alignment=Qt.AlignmentFlag.AlignLeft)

    def _add_waiting_box(self) -> None:
        p = self.session.progress
        texts = self.session.content.texts
        box = NoteBox("waiting")
        if p.authorization_applied_on:
            box.set_text(texts.waiting.replace("{date}", format_day(p.authorization_applied_on))
                         .replace("{days}", str(p.days_waited(self.session.today()))))
        else:
            box.set_text(texts.waiting_no_date)
        self.close_for_now = QPushButton(self.tr("先关闭程序，收到短信再回来"))
        self.close_for_now.clicked.connect(lambda: self.wizard().close())
        if kiosk_of(self) is None:  # a kiosk is not closed: the visitor comes back another day
            box.body.addWidget(button_row(self.close_for_now))
        self.add(box)
        if not p.authorization_applied_on:
            self._add_applied_date(self.tr("如果记得，请选您申请的日期（用来计算等待了几天）："))

    def _add_applied_date(self, caption: str) -> None:
        p = self.session.progress
        self.add(label(caption))
        self.applied_edit = QDateEdit()
        self.applied_edit.setCalendarPopup(True)
        self.applied_edit.setDisplayFormat("yyyy-MM-dd")
        self.applied_edit.setAccessibleName(caption)
        today = self.session.today()
        day = p.authorization_applied_on or today
        self.applied_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        self.applied_edit.setDate(QDate(day.year, day.month, day.day))
        self.applied_edit.dateChanged.connect(self._date_changed)
        self.add(self.applied_edit)

    def _date_changed(self, qd: QDate) -> None:
        if self.step_id == "R6" or self.session.progress.status("R5") == "done":
            self.session.set_applied_on(date(qd.year(), qd.month(), qd.day()))

    def _ticked(self, on: bool) -> None:
        if on and self.step_id == "R5" and self.applied_edit is not None:
            qd = self.applied_edit.date()
            self.session.set_applied_on(date(qd.year(), qd.month(), qd.day()))
        self.session.set_status(self.step_id, "done" if on else "todo")
        self.done_box.setAccessibleDescription(
            self.tr("现在：%1").replace("%1", status_words(self, self.session, self.step_id)[1]))
        self.completeChanged.emit()

    def tick(self) -> None:
        if not self.done_box.isChecked():
            self.done_box.click()

    def isComplete(self) -> bool:
        return self.session.progress.status(self.step_id) == "done"


class SummaryPage(PageBase):
    """Everything in one place: answers (each editable), route, step statuses, what next."""

    edit_requested = Signal(str)
    details_requested = Signal()
    clear_requested = Signal()  # kiosk: 完成并清除我的信息

    def __init__(self, session: Session):
        super().__init__(session, SUMMARY)
        self.edit_buttons: dict[str, QPushButton] = {}
        self.employer: EmployerSummary | None = None
        self.clear_button: QPushButton | None = None

    def build(self) -> None:
        c = self.session.content
        p = self.session.progress
        plan = self.session.plan()
        self.add(label(self.tr("总结"), role="eyebrow"))
        self.add(label(self.tr("您的进度和下一步"), role="title"))
        self.add(self._next_box())
        self.add(note("warning", self.tr("截止时间：%1。%2").replace("%1", c.texts.deadline.text)
                      .replace("%2", c.texts.deadline.detail)))
        kiosk = kiosk_of(self)
        self.clear_button = None
        if kiosk is None:
            self.add(label(self.tr("保存或打印这份总结，下次办理时带上："), role="section"))
            self.actions = self.add(SummaryActions(self.session))
        else:  # nothing may outlive the visit: no PDF file, nothing left on the clipboard
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
            self.actions = None
            if kiosk.settings.allow_print:
                self.add(label(self.tr("打印这份总结，下次办理时带上："), role="section"))
                self.actions = self.add(SummaryActions(self.session, pdf=False, copy=False))
        self.add(label(self.tr("登录路线：%1").replace("%1", c.texts.routes[plan.route].name),
                       role="section"))
        self.add(label(c.texts.reasons[plan.route_reason]))
        self.add(label(self.tr("各步骤的状态"), role="section"))
        rows = []
        for step_id in plan.step_ids:
            icon, word = status_words(self, self.session, step_id)
            record = p.steps.get(step_id)
            when = self.tr("（%1）").replace("%1", format_day(record.changed_on)) \
                if record and record.changed_on and record.status == "done" else ""
            rows.append(f"{icon} {c.steps[step_id].title} · {word}{when}")
        self.add(label("\n".join(rows)))
        self.add(label(self.tr("单位信息"), role="section"))
        self.employer = self.add(EmployerSummary(p.employer))
        self.employer.details_requested.connect(self.details_requested.emit)
        self.add(label(self.tr("您的回答"), role="section"))
        self.edit_buttons = {}
        for qid in relevant_questions(p.answers, p.route_override):
            value = getattr(p.answers, qid)
            if value is None:
                continue
            row = QWidget()
            lay = QHBoxLayout(row)
            lay.setContentsMargins(0, 0, 0, 0)
            text = label(f"{c.question(qid).title}\n→ {c.option_label(qid, value)}")
            lay.addWidget(text, 1)
            edit = QPushButton(self.tr("修改"))
            edit.setProperty("flat", True)
            edit.setAccessibleName(self.tr("修改：%1").replace("%1", c.question(qid).title))
            edit.clicked.connect(lambda _=False, q=qid: self.edit_requested.emit(q))
            lay.addWidget(edit, 0, Qt.AlignmentFlag.AlignTop)
            self.edit_buttons[qid] = edit
            self.add(row)
        self.add(label(c.texts.summary.help_line, role="muted"))

    def _next_box(self) -> NoteBox:
        facts = summary_facts(self.session.content, self.session.progress, self.session.today(),
                              format_day)
        waiting = bool(facts.remaining) and facts.remaining[0].status == "waiting"
        return note("waiting" if waiting else "info", facts.next_text)


def status_words(page: QWidget, session: Session, step_id: str,
                 current: bool = False) -> tuple[str, str]:
    """Icon and word for a step in the side panel or summary (a done step stays done)."""
    status = session.progress.shown_status(step_id)
    return status_label("current" if current and status != "done" else status)
