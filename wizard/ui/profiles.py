"""The list of employers (profiles) on the welcome page, for staff who help many employers.

One card per employer: name, code, where it stands (route, step, days waited), how far, when
last updated, and one button to continue it. Rename and delete happen inside the card (delete
asks first, naming the employer); new, import and search sit above the cards. Every change
goes to the ProfileStore at once; the welcome page then rebuilds the list.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from wizard.desk.table import matches
from wizard.details import is_valid_uscc, normalise_code
from wizard.report.facts import whereabouts
from wizard.store import ImportRefused, Profile, Progress
from wizard.store.names import NAME_LIMIT, file_name_part, normalise_name
from wizard.ui import accessible
from wizard.ui.desk_model import DESK_PROPERTY, stamp_text
from wizard.ui.session import Session
from wizard.ui.widgets import NoteBox, button_row, label
from wizard.ui.words import say

log = logging.getLogger(__name__)

EXPORT_SUFFIX = ".json"



def reveal(widget: QWidget) -> None:
    """Scroll the page so that `widget` (just opened) is in sight, once it is laid out."""
    area = widget.parent()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parent()
    if area is not None:
        QTimer.singleShot(0, lambda: area.ensureWidgetVisible(widget, 0, 20))


def _flat(text: str, accessible: str) -> QPushButton:
    b = QPushButton(text)
    b.setProperty("flat", True)
    b.setAccessibleName(accessible)
    b.setCursor(Qt.CursorShape.PointingHandCursor)
    return b


class ProfileForm(QFrame):
    """Name (required), 统一社会信用代码 and a note (optional), with plain error messages."""

    submitted = Signal(str, object, object)  # name, uscc or None, note or None
    cancelled = Signal()

    def __init__(self, submit_text: str, profile: Profile | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setProperty("box", "info")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(14, 10, 14, 10)
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        self.name = QLineEdit(profile.name if profile else "")
        self.name.setMaxLength(NAME_LIMIT)
        self.uscc = QLineEdit((profile.meta.uscc or "") if profile else "")
        self.uscc.setMaxLength(22)  # 18 characters, spaces allowed while typing
        self.note = QLineEdit((profile.meta.note or "") if profile else "")
        self.note.setMaxLength(200)
        fields = ((self.tr("单位名称（必填）"), self.name, self.tr("例如：广州市某某餐饮有限公司")),
                  (self.tr("统一社会信用代码（可不填）"), self.uscc, self.tr("18 位，一般印在营业执照上")),
                  (self.tr("备注（可不填）"), self.note, self.tr("例如：联系人、下次来的日期")))
        for row, (caption, edit, hint) in enumerate(fields):
            grid.addWidget(label(caption), row, 0)
            edit.setPlaceholderText(hint)
            edit.setAccessibleName(caption)
            edit.setMinimumWidth(280)
            grid.addWidget(edit, row, 1)
        grid.setColumnStretch(1, 1)
        lay.addLayout(grid)
        self.error = label("", role="error")
        self.error.setVisible(False)
        lay.addWidget(self.error)
        self.ok = QPushButton(submit_text)
        self.ok.setProperty("primary", True)
        self.ok.clicked.connect(self.submit)
        self.cancel = QPushButton(self.tr("取消"))
        self.cancel.clicked.connect(self.cancelled.emit)
        self.name.returnPressed.connect(self.submit)
        lay.addWidget(button_row(self.ok, self.cancel))

    def fill(self, name: str, uscc: str = "", note: str = "") -> None:
        self.name.setText(name)
        self.uscc.setText(uscc)
        self.note.setText(note)

    def submit(self) -> None:
        name = self.name.text().strip()
        name = normalise_name(name)
        code = normalise_code(self.uscc.text())
        if not name:
            return self._fail(self.tr("请填写单位名称。"), self.name)
        if code and not is_valid_uscc(code):
            return self._fail(self.tr("统一社会信用代码好像不对：应是 18 位数字和大写字母，"
                                      "请对照营业执照核对；不清楚可以空着不填。"), self.uscc)
        self.error.setVisible(False)
        self.submitted.emit(name, code or None, self.note.text().strip() or None)
        return None

    def _fail(self, text: str, field: QLineEdit) -> None:
        self.error.setText(text)
        self.error.setVisible(True)
        field.setFocus()
        accessible.announce(field, text)  # the focus moves to the field: say why


class ProfileCard(QFrame):
    """One employer: what it is, where it stands, and what can be done with it."""

    continue_clicked = Signal(object)
    rename_clicked = Signal(object)
    export_clicked = Signal(object)
    delete_confirmed = Signal(object)

    def __init__(self, profile: Profile, current: bool, status: str, detail: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.profile = profile
        self.setProperty("box", "links")
        self.setObjectName("profileCard")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(14, 8, 14, 8)
        lay.setSpacing(2)
        # Left: what it is and where it stands. Right: the one button to continue it.
        top = QHBoxLayout()
        top.setSpacing(12)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        title = profile.name + (self.tr("（当前单位）") if current else "")
        self.title = label(title, role="cardTitle")
        texts.addWidget(self.title)
        self.status = label(status)
        texts.addWidget(self.status)
        facts = [x for x in (profile.meta.uscc, detail, profile.meta.note and
                             self.tr("备注：%1").replace("%1", profile.meta.note)) if x]
        if facts:
            texts.addWidget(label(" · ".join(facts), role="muted"))
        top.addLayout(texts, 1)
        lay.addLayout(top)
        self.continue_button = self.rename_button = None
        self.export_button = self.delete_button = self.confirm_delete = None
        self.confirm_box: NoteBox | None = None
        if profile.read_only:
            return
        self.continue_button = QPushButton(self.tr("继续办理"))
        self.continue_button.setProperty("primary", current)
        self.continue_button.setAccessibleName(self.tr("继续办理：%1").replace("%1", profile.name))
        self.continue_button.clicked.connect(lambda: self.continue_clicked.emit(self.profile))
        top.addWidget(self.continue_button, 0, Qt.AlignmentFlag.AlignTop)
        self.rename_button = _flat(self.tr("改名"), self.tr("改名：%1").replace("%1", profile.name))
        self.rename_button.clicked.connect(lambda: self.rename_clicked.emit(self.profile))
        self.export_button = _flat(self.tr("导出"), self.tr("导出：%1").replace("%1", profile.name))
        self.export_button.setToolTip(self.tr("存成一个文件，可以拿到另一台电脑上导入"))
        self.export_button.clicked.connect(lambda: self.export_clicked.emit(self.profile))
        self.delete_button = _flat(self.tr("删除"), self.tr("删除：%1").replace("%1", profile.name))
        self.delete_button.clicked.connect(self.ask_delete)
        links = button_row(self.rename_button, self.export_button, self.delete_button)
        links.layout().setSpacing(14)
        lay.addWidget(links)
        self.edit_slot = QVBoxLayout()
        self.edit_slot.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(self.edit_slot)
        self.confirm_box = NoteBox("warning")
        self.confirm_box.set_text(
            self.tr("确定要删除“%1”吗？这家单位的全部回答和进度都会删除，不能恢复。")
            .replace("%1", profile.name))
        self.confirm_delete = QPushButton(self.tr("确定删除"))
        self.confirm_delete.setAccessibleName(self.tr("确定删除“%1”").replace("%1", profile.name))
        self.confirm_delete.clicked.connect(lambda: self.delete_confirmed.emit(self.profile))
        keep = QPushButton(self.tr("不删除"))
        keep.clicked.connect(lambda: self.confirm_box.setVisible(False))
        self.confirm_box.body.addWidget(button_row(self.confirm_delete, keep))
        self.confirm_box.setVisible(False)
        lay.addWidget(self.confirm_box)

    def ask_delete(self) -> None:
        self.confirm_box.setVisible(True)
        self.confirm_delete.setFocus()
        reveal(self.confirm_box)

    def matches(self, query: str) -> bool:
        return matches(query, self.profile.name, self.profile.meta.uscc or "", self.profile.meta.note or "")


class ProfileList(QWidget):
    """Search, new, import, and one card per employer. Tells the welcome page what happened."""

    continue_requested = Signal(object)  # a Profile to continue (switched to already)
    changed = Signal(str)  # something was saved, renamed, deleted or imported: the message

    def __init__(self, session: Session, profiles: list[Profile],
                 describe: Callable[[Progress], str], message: str | None = None,
                 creating: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.store = session.store
        self.profiles = profiles
        self.describe = describe
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(10)
        # With the desk open (wizard/ui/desk.py) it lists every employer: here only the one
        # being helped, and the way back to the desk.
        self.desk = bool(session.property(DESK_PROPERTY))
        self.back_to_desk: QPushButton | None = None
        if self.desk:
            lay.addWidget(label(self.tr("正在办理的单位"), role="section"))
            lay.addWidget(label(self.tr("要换一家单位，请回到工作台：那里有全部 %1 家单位的进度。")
                                .replace("%1", str(len(profiles)))))
            self.back_to_desk = QPushButton(self.tr("回到工作台"))
            self.back_to_desk.setObjectName("backToDesk")
            self.back_to_desk.clicked.connect(lambda: self.window().close())
            lay.addWidget(self.back_to_desk, 0, Qt.AlignmentFlag.AlignLeft)
        else:
            lay.addWidget(label(self.tr("为哪家单位办理？（共 %1 家）").replace("%1", str(len(profiles))),
                                role="section"))
            lay.addWidget(label(self.tr("点“继续办理”接着做那家单位。每家单位的进度分开保存，"
                                        "随时自动保存。")))
        self.message = NoteBox("info")
        self.message.setObjectName("profileMessage")
        self.message.set_text(message or "")
        self.message.setVisible(bool(message))
        lay.addWidget(self.message)
        self.new_button = QPushButton(self.tr("＋ 新建单位"))
        self.new_button.clicked.connect(self.show_create)
        self.import_button = QPushButton(self.tr("导入单位文件…"))
        self.import_button.setToolTip(self.tr("导入在另一台电脑上“导出”的单位文件"))
        self.import_button.clicked.connect(self._choose_import)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("搜索：单位名称或信用代码"))
        self.search.setAccessibleName(self.tr("搜索单位"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.filter)
        self.search.setVisible(len(profiles) >= 2 and not self.desk)
        tools = QHBoxLayout()
        tools.setContentsMargins(0, 0, 0, 0)
        tools.addWidget(self.search, 1)
        tools.addWidget(self.new_button)
        tools.addWidget(self.import_button)
        if self.search.isHidden():
            tools.addStretch(1)
        lay.addLayout(tools)
        self.create_form = ProfileForm(self.tr("创建并开始"))
        self.create_form.submitted.connect(self.create)
        self.create_form.cancelled.connect(lambda: self.create_form.setVisible(False))
        self.create_form.setVisible(creating)
        lay.addWidget(self.create_form)
        self.clash_box = NoteBox("warning")
        self.clash_box.setVisible(False)
        self.clash_path: Path | None = None
        self.replace_button = QPushButton(self.tr("替换原来的"))
        self.replace_button.clicked.connect(lambda: self.import_from(self.clash_path, "replace"))
        self.keep_both_button = QPushButton(self.tr("两个都保留"))
        self.keep_both_button.clicked.connect(lambda: self.import_from(self.clash_path, "keep_both"))
        cancel = QPushButton(self.tr("不导入"))
        cancel.clicked.connect(lambda: self.clash_box.setVisible(False))
        self.clash_box.body.addWidget(button_row(self.replace_button, self.keep_both_button, cancel))
        lay.addWidget(self.clash_box)
        self.cards: dict[str, ProfileCard] = {}
        current_id = session.profile.id
        for profile in profiles:
            if self.desk and profile.id != current_id:
                continue
            card = ProfileCard(profile, profile.id == current_id, self.status_text(profile),
                               self.detail_text(profile))
            card.continue_clicked.connect(self.continue_with)
            card.rename_clicked.connect(self.show_rename)
            card.export_clicked.connect(self._choose_export)
            card.delete_confirmed.connect(self.delete)
            self.cards[profile.id] = card
            lay.addWidget(card)
        self.nothing_found = label(self.tr("没有找到。请换个关键字，或清空搜索框。"), role="muted")
        self.nothing_found.setVisible(False)
        lay.addWidget(self.nothing_found)
        self.rename_form: ProfileForm | None = None
        if creating:
            self.create_form.name.setFocus()

    # --- what a card says -------------------------------------------------------------------
    def status_text(self, profile: Profile) -> str:
        """E.g. "人社统一认证 · R6 等待授权码审核短信 · 已等待 3 天"."""
        if profile.read_only:
            return self.tr("这家单位的文件来自更新版本的程序，本程序不会改动它。请更新本程序后再办理。")
        p = profile.progress
        where = whereabouts(self.session.content, p, self.session.today())
        parts = [self.session.content.texts.routes[where.route].short] if where.route else []
        parts.append(self.describe(p))
        return " · ".join(parts)

    def detail_text(self, profile: Profile) -> str:
        if profile.read_only:
            return ""
        p = profile.progress
        parts = []
        where = whereabouts(self.session.content, p, self.session.today())
        if where.total:
            parts.append(self.tr("已完成 %1/%2 步").replace("%1", str(where.done))
                         .replace("%2", str(where.total)))
        stamp = stamp_text(p.updated_at, self.session.today())
        parts.append(self.tr("更新于 %1").replace("%1", stamp))
        return " · ".join(parts)

    # --- search -------------------------------------------------------------------------------
    def filter(self, text: str) -> None:
        shown = 0
        for card in self.cards.values():
            card.setVisible(card.matches(text))
            shown += card.matches(text)
        nothing = shown == 0 and bool(self.cards)
        if nothing and self.nothing_found.isHidden():  # said once, as it appears
            accessible.announce(self.search, self.nothing_found.text())
        self.nothing_found.setVisible(nothing)

    def visible_names(self) -> list[str]:
        return [c.profile.name for c in self.cards.values() if not c.isHidden()]

    # --- actions --------------------------------------------------------------------------------
    def continue_with(self, profile: Profile) -> None:
        if profile.id != self.session.profile.id:
            self.session.switch_to(profile)
        self.continue_requested.emit(profile)

    def show_create(self) -> None:
        self.create_form.setVisible(True)
        self.create_form.name.setFocus()

    def create(self, name: str, uscc: str | None, note: str | None) -> Profile:
        profile = self.store.new_profile(name, uscc, note)
        self.session.switch_to(profile)
        self.session.save()  # a failure shows the warning and is retried like any change
        self.continue_requested.emit(profile)
        return profile

    def show_rename(self, profile: Profile) -> None:
        card = self.cards[profile.id]
        if self.rename_form is not None:
            self.rename_form.deleteLater()
        self.rename_form = ProfileForm(self.tr("保存"), profile)
        self.rename_form.submitted.connect(
            lambda name, code, note: self.rename(profile, name, code, note))
        self.rename_form.cancelled.connect(self._close_rename)
        card.edit_slot.addWidget(self.rename_form)
        self.rename_form.show()  # now, not after the event loop: focus and reveal need it shown
        self.rename_form.name.setFocus()
        self.rename_form.name.selectAll()
        reveal(self.rename_form)

    def _close_rename(self) -> None:
        if self.rename_form is not None:
            self.rename_form.hide()
            self.rename_form.deleteLater()
            self.rename_form = None

    def rename(self, profile: Profile, name: str, uscc: str | None, note: str | None) -> bool:
        old = dataclasses.replace(profile.meta)
        profile.meta.name, profile.meta.uscc, profile.meta.note = name, uscc, note
        if not self.store.save(profile, touch=False):
            profile.meta = old
            self._say(self.tr("没能改名：数据文件夹现在无法写入。"))
            return False
        self.changed.emit(self.tr("已保存：“%1”。").replace("%1", name))
        return True

    def delete(self, profile: Profile) -> bool:
        if not self.store.delete(profile.id):
            self._say(self.tr("没能删除“%1”：数据文件夹现在无法写入。").replace("%1", profile.name))
            return False
        if profile.id == self.session.profile.id:
            rest = [p for p in self.profiles if p.id != profile.id and not p.read_only]
            self.session.switch_to(rest[0] if rest else self.store.new_profile())
        self.changed.emit(self.tr("已删除“%1”。").replace("%1", profile.name))
        return True

    def export_to(self, profile: Profile, path: Path) -> bool:
        try:
            self.store.export_profile(profile, Path(path))
        except OSError as exc:
            log.warning("export failed: %s", exc.strerror or exc)  # no path: it names the unit
            self._say(self.tr("没能导出：这个位置无法写入，请换一个文件夹（例如 U 盘或“文档”）。"))
            return False
        self._say(self.tr("已把“%1”导出到：%2。在另一台电脑上用“导入单位文件”打开它。")
                  .replace("%1", profile.name).replace("%2", str(path)))
        return True

    def import_from(self, path: Path | None, on_clash: str = "ask") -> bool:
        if path is None:
            return False
        self.clash_box.setVisible(False)
        try:
            result = self.store.import_profile(Path(path), on_clash)
        except ImportRefused as refused:
            self._say(say(refused.message), "warning")
            return False
        if result.status == "clash":
            self.clash_path = Path(path)
            self.clash_box.set_text(
                self.tr("已经有一家叫“%1”的单位。要用导入的进度替换原来的，还是两个都保留？"
                        "（都保留时，导入的那家名字后面加上编号。）").replace("%1", result.existing.name))
            self.clash_box.setVisible(True)
            self.keep_both_button.setFocus()
            reveal(self.clash_box)
            return False
        if result.existing is not None and result.existing.id == self.session.profile.id:
            self.session.switch_to(result.profile)  # the open employer was replaced
        self.changed.emit(self.tr("已导入“%1”。").replace("%1", result.profile.name))
        return True

    def _say(self, text: str, kind: str = "info") -> None:
        self.message.say(text, kind)
        reveal(self.message)

    # --- file dialogs ---------------------------------------------------------------------------
    def _start_folder(self) -> str:
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    def _choose_export(self, profile: Profile) -> None:
        safe = file_name_part(profile.name) or "profile"
        suggested = str(Path(self._start_folder()) / f"{safe}-{date.today():%Y%m%d}{EXPORT_SUFFIX}")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出单位进度"), suggested,
                                              self.tr("单位进度文件 (*.json)"))
        if path:
            self.export_to(profile, Path(path))

    def _choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("导入单位文件"), self._start_folder(),
                                              self.tr("单位进度文件 (*.json)"))
        if path:
            self.import_from(Path(path))
