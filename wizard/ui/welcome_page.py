"""The welcome page: language, text size and contrast, what this is, what to prepare, the
deadline — and either "continue where you left off" (one employer) or the list of employers
(service-centre staff with two or more)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPushButton, QWidget, QWizard

from wizard.catalogue import catalogue
from wizard.flow import unanswered_relevant
from wizard.flow.journey import WELCOME
from wizard.messages import Message
from wizard.report.facts import Whereabouts, whereabouts
from wizard.ui.page_base import PageBase
from wizard.ui.session import Session
from wizard.ui.widgets import ChoiceButton, NoteBox, ReadableText, button_row, label, note, one_tab_stop
from wizard.ui.words import say


def language_row(current: str, choose) -> tuple[QWidget, dict[str, QPushButton]]:
    """Every language of the catalogue, each in its own language; the current one is pressed.
    A radio group (ChoiceButton): one tab stop, the arrows choose."""
    row = QWidget()
    row.setObjectName("languageRow")
    lay = QHBoxLayout(row)
    lay.setContentsMargins(0, 0, 0, 0)
    row.setAccessibleName("Language · 语言 · 語言")
    buttons = {}
    languages = catalogue().languages
    for n, lang in enumerate(languages, 1):
        b = ChoiceButton(lang.name)
        b.setChecked(lang.code == current)
        b.setProperty("flat", lang.code != current)
        b.setAccessibleName(lang.name)
        b.setAccessibleDescription(f"{n} / {len(languages)}")
        b.setObjectName(f"language_{lang.code}")
        b.clicked.connect(lambda _=False, c=lang.code: choose(c))
        buttons[lang.code] = b
        lay.addWidget(b)
    lay.addStretch(1)
    one_tab_stop(buttons.values(), buttons.get(current))
    return row, buttons


class DisplayRow(QWidget):
    """文字大小 A− 125 % A+ and 高对比度 (Ctrl+= / Ctrl+- do the same)."""

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
        self.size_label = label(self.tr("%1%").replace("%1", str(display.percent())))
        self.size_label.setObjectName("textSize")
        self.bigger = QPushButton(self.tr("A+"))
        self.bigger.setObjectName("textBigger")
        self.bigger.setAccessibleName(self.tr("放大文字"))
        self.bigger.setToolTip(self.tr("放大文字（Ctrl+等号）"))
        now = self.tr("现在是 %1%").replace("%1", str(display.percent()))
        for b, can in ((self.smaller, display.can_shrink()), (self.bigger, display.can_grow())):
            b.setAccessibleDescription(f"{caption.text()}{now}")
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
        for w in (self.smaller, self.size_label, self.bigger):
            lay.addWidget(w)
        lay.addSpacing(24)
        lay.addWidget(self.contrast)
        lay.addStretch(1)


class WelcomePage(PageBase):
    resume_requested = Signal()
    language_requested = Signal(str)

    def __init__(self, session: Session, notices: list[Message] | None = None):
        super().__init__(session, WELCOME)
        self.notices: list[Message] = list(notices or [])
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
        self.generation = 0  # bumped when the employers on disk may have changed

    def signature(self) -> tuple:
        p = self.session.progress
        return (self.session.profile.id, p.has_started(), self.where_text(), p.updated_at,
                tuple(self.notices), self.manage, self.creating, self.list_message,
                self.generation, self.interviewed_route())

    def build(self) -> None:
        texts = self.session.content.texts
        w = texts.welcome
        row, self.language_buttons = language_row(self.session.content.language,
                                                  self.language_requested.emit)
        self.add(row)
        display = getattr(self.wizard(), "display", None)
        self.display_row = self.add(DisplayRow(display)) if display is not None else None
        self.add_heading(w.title, purpose=w.intro[0] if w.intro else "", eyebrow=texts.app_title)
        if self.kiosk() is not None:
            self.add(note("info", self.tr("这是公共自助机。您填写和选择的内容只在这次使用中保留："
                                          "办完后请在总结页点“完成并清除我的信息”；"
                                          "一段时间没有操作，也会自动清除。")))
        profiles = self._profiles()
        if self.notices:
            self.add(note("warning", " ".join(say(m) for m in self.notices)))
        self.resume_button = self.restart_button = self.confirm_restart = None
        self.profile_list = self.other_unit_button = None
        if self.showing_list(profiles):
            self._add_profile_list(profiles)
        elif self.session.progress.has_started():
            self._add_resume_box()
            self._add_other_unit_link(self.tr("为另一家单位办理"))
        if w.intro:
            self.add(ReadableText(w.intro))
        route = self.interviewed_route()
        if route is None:
            heading = self.tr("请先准备好：")
            prepare = w.prepare
        else:
            heading = self.tr("按您的情况（%1），请先准备好：").replace("%1", texts.routes[route].name)
            prepare = getattr(w.prepare_by_route, route)
        self.add(ReadableText("\n".join(f"• {item}" for item in prepare), heading=heading))
        self.add(ReadableText(w.duration, heading=self.tr("需要多长时间：")))
        self.add(note("warning", self.tr("截止时间：%1。%2").replace("%1", texts.deadline.text)
                      .replace("%2", texts.deadline.detail)))
        if self.session.store is not None and self.profile_list is None \
                and not self.session.progress.has_started():
            self._add_other_unit_link(self.tr("要为多家单位办理？"))

    def update_live(self) -> None:
        # 开始 would not say for which employer when the list shows: the cards' buttons do.
        text = self.tr("请先在上面选单位") if self.profile_list is not None else self.tr("开始(&N)")
        self.setButtonText(QWizard.WizardButton.NextButton, text)
        self.completeChanged.emit()

    def interviewed_route(self) -> str | None:
        """The route, once every question that decides it is answered; else None."""
        p = self.session.progress
        if not p.answers or unanswered_relevant(p.answers, p.route_override):
            return None
        return self.session.plan().route

    # --- where an employer stands ------------------------------------------------------------
    def where_text(self, progress=None) -> str:
        p = progress or self.session.progress
        return describe(whereabouts(self.session.content, p, self.session.today()),
                        self.session.content)

    # --- profiles (wizard/ui/profiles.py) ---------------------------------------------------
    def _profiles(self) -> list:
        """Every employer on disk, the open one as the session holds it; notices join ours."""
        store, current = self.session.store, self.session.profile
        if store is None:
            return []
        scan = store.scan()
        for message in scan.notices:
            if message not in self.notices:
                self.notices.append(message)
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

    def _add_other_unit_link(self, text: str) -> None:
        self.other_unit_button = QPushButton(text)
        self.other_unit_button.setProperty("flat", True)
        self.other_unit_button.setToolTip(self.tr("服务中心帮多家单位办理时用：每家单位的进度分开保存"))
        self.other_unit_button.clicked.connect(lambda: self.manage_profiles(creating=True))
        self.add(self.other_unit_button, alignment=Qt.AlignmentFlag.AlignLeft)

    def manage_profiles(self, creating: bool = True) -> None:
        self.manage, self.creating = True, bool(creating)
        self.ensure_built()

    def _profiles_changed(self, message: str) -> None:
        self.manage, self.list_message = True, message
        self.generation += 1
        self.ensure_built()

    def _continue_profile(self, _profile) -> None:
        self.notices = []
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
        self.resume_button.setObjectName("resume")
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

    def _ask_restart(self) -> None:
        self.confirm_box.setVisible(True)
        self.confirm_restart.setFocus()

    def _restart(self) -> None:
        self.notices = []
        self.session.reset()


def describe(where: Whereabouts, content) -> str:
    """Where an employer stands, in a few words (the welcome page, the list, the desk)."""
    translate = QCoreApplication.translate
    if where.state == "waiting":
        title = content.steps[where.step_id].short_title
        if where.days_waited is None:
            return translate("WelcomePage", "%1 · 等待审核短信").replace("%1", title)
        return translate("WelcomePage", "%1 · 等待审核短信，已等待 %2 天").replace("%1", title) \
            .replace("%2", str(where.days_waited))
    if where.state == "step":
        return content.steps[where.step_id].title
    if where.state == "not_started":
        return translate("WelcomePage", "还没有开始")
    if where.state in ("interview", "route"):
        return translate("WelcomePage", "了解您的情况")
    if where.state == "details":
        return translate("WelcomePage", "记下单位信息")
    if where.state == "summary":
        return translate("WelcomePage", "总结")
    return translate("WelcomePage", "开始页")
