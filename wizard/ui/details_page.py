"""The optional employer-details page: five plain fields, checked as the user types, never
required. What is entered is saved at once and used in the summary and at R5."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QTextDocumentFragment
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from wizard.details import (
    Check,
    check_management_code,
    check_mobile,
    check_org_code,
    check_uscc,
    normalise_code,
    normalise_digits,
    search_codes,
)
from wizard.flow.journey import DETAILS
from wizard.store.progress import EmployerDetails
from wizard.ui import accessible, theme
from wizard.ui.page_base import PageBase
from wizard.ui.session import Session
from wizard.ui.theme import code_font, current_scale, marked_html, scaled
from wizard.ui.widgets import Disclosure, NoteBox, ReadableText, button_row, label, plain_text
from wizard.ui.words import say

# Calm feedback under a field: an icon and words; the colour (theme: `feedback`) repeats them.
FEEDBACK_ICON = {"warn": "⚠ ", "ok": "✔ ", "incomplete": ""}


def marked_code(value: str, marks: tuple[int, ...]) -> str:
    """The code as HTML, each position that looks wrong marked."""
    return marked_html([(c, i in marks) for i, c in enumerate(value, 1)])


@dataclass(frozen=True)
class Field:
    name: str  # the EmployerDetails field
    max_length: int  # after normalisation: what the store keeps
    check: Callable[..., Check] | None = None
    normalise: Callable[[str], str] | None = None


FIELDS = {
    "unit_name": Field("unit_name", 100),
    "uscc": Field("uscc", 18, check_uscc, normalise_code),
    "org_code": Field("org_code", 9, check_org_code, normalise_code),
    "management_code": Field("management_code", 20, check_management_code),
    "operator_name": Field("operator_name", 40),
    "operator_mobile": Field("operator_mobile", 11, check_mobile, normalise_digits),
}


class DetailsPage(PageBase):
    """记下单位信息（可以跳过）. Next is always enabled: nothing here is required."""

    def __init__(self, session: Session):
        super().__init__(session, DETAILS)
        self.edits: dict[str, QLineEdit] = {}
        self.feedback: dict[str, QLabel] = {}
        self.org_box: Disclosure | None = None

    def signature(self) -> tuple:
        return (bool(getattr(self.wizard(), "details_detour", None)),)

    def build(self) -> None:
        self.edits, self.feedback = {}, {}
        detour = bool(getattr(self.wizard(), "details_detour", None))
        why = (self.tr("这些信息只用在两个地方：最后的总结页；申请单位授权码时，帮您查到本单位。")
               + "\n"  # two sentences from two translations: English needs the break
               + (self.tr("填好或改好后，点右下角的“保存并返回”。") if detour else
                  self.tr("都可以不填：不想填，就点右下角的“跳过这一页”。")))
        self.add_heading(self.tr("记下单位信息（可以跳过）"), purpose=why,
                         eyebrow=self.tr("单位信息 · 可以不填"))
        self.add(label(why))
        if self.kiosk() is not None:
            self.add(ReadableText(self.tr("在自助机上，这些信息只在这次使用中保留，结束时全部清除。"
                                          "这里不要填密码、验证码或身份证号码。"), role="muted"))
        else:
            self.add(ReadableText(self.tr("只保存在这台电脑上。这里不要填密码、验证码或身份证号码。"),
                                  role="muted"))
        self._field("unit_name", self.tr("单位名称"), self.tr("和营业执照上的名称一样"))
        self._field("uscc", self.tr("统一社会信用代码"),
                    self.tr("18 位代码，由数字和大写字母组成，一般印在营业执照上"))
        self.org_box = Disclosure(self.tr("营业执照是旧版、没有 18 位代码？"))
        self._field("org_code", self.tr("组织机构代码"),
                    self.tr("旧证上的 9 位代码，印作“12345678-9”的样子；短横可以不输"),
                    layout=self.org_box.body_layout)
        self.add(self.org_box)
        if self.session.progress.employer.org_code:
            self.org_box.button.setChecked(True)
        self._field("management_code", self.tr("单位管理码"),
                    self.tr("社保经办机构给单位的编码。不知道就不填"))
        self._field("operator_name", self.tr("经办人姓名"), self.tr("实际在网上办事的人"))
        self._field("operator_mobile", self.tr("经办人手机"),
                    self.tr("11 位手机号码。按官方指引，授权码审核办结后会短信通知经办人"))
        self._update_next_text()

    def _field(self, name: str, caption: str, hint: str, layout=None) -> None:
        spec = FIELDS[name]
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(4)
        title = label(caption, role="section")
        lay.addWidget(title)
        lay.addWidget(label(hint, role="muted"))
        edit = QLineEdit()
        edit.setObjectName(f"employer_{name}")
        edit.setAccessibleName(caption)
        edit.setProperty("hint", hint)  # said with the field, with any problem after it
        edit.setAccessibleDescription(hint)
        # Room for pasted text with spaces or dashes; normalising then cuts it to size.
        edit.setMaxLength(spec.max_length if spec.normalise is None else spec.max_length + 12)
        edit.setText(getattr(self.session.progress.employer, name) or "")
        edit.setMaximumWidth(round(420 * current_scale()))
        if spec.normalise is not None:
            edit.setFont(code_font(edit.font()))
        title.setBuddy(edit)
        lay.addWidget(edit)
        feedback = label(rich=True)
        feedback.setObjectName(f"feedback_{name}")
        feedback.setVisible(False)
        lay.addWidget(feedback)
        self.edits[name] = edit
        self.feedback[name] = feedback
        edit.textEdited.connect(lambda text, n=name: self._edited(n, text))
        edit.editingFinished.connect(lambda n=name: self._show(n, finished=True))
        if layout is None:
            self.add(box)
        else:
            layout.addWidget(box)
        self._show(name, finished=True)

    # --- typing ----------------------------------------------------------------------------
    def _edited(self, name: str, text: str) -> None:
        spec = FIELDS[name]
        edit = self.edits[name]
        if spec.normalise is not None:
            new = spec.normalise(text)[:spec.max_length]
            if new != text:  # spaces gone, letters upper-cased: keep the cursor where it was
                cursor = len(spec.normalise(text[:edit.cursorPosition()]))
                edit.setText(new)
                edit.setCursorPosition(min(cursor, len(new)))
        check = self._show(name, finished=False)
        value = edit.text() if check is None else check.value
        keep = check is None or check.keep
        self.session.set_employer(name, value[:spec.max_length] if keep else None)
        self._update_next_text()

    def _show(self, name: str, finished: bool) -> Check | None:
        spec = FIELDS[name]
        if spec.check is None:
            return None
        check = spec.check(self.edits[name].text(), finished=finished)
        feedback = self.feedback[name]
        shown = check.level != "empty" and bool(check.messages)
        if shown:
            lines = [html.escape(say(m)) for m in check.messages]
            if check.marks:
                lines.append(self.tr("您填的：%1").replace("%1", marked_code(check.value,
                                                                          check.marks)))
            feedback.setText(html.escape(FEEDBACK_ICON[check.level]) + "<br>".join(lines))
            theme.mark(feedback, "feedback", check.level)
        feedback.setVisible(shown)
        edit = self.edits[name]
        problem = self.feedback_text(name)
        edit.setAccessibleDescription("\n".join(t for t in (edit.property("hint"), problem) if t))
        if finished and shown and check.level == "warn":  # appears under the field: also said
            accessible.announce(edit, problem)
        return check

    def _update_next_text(self) -> None:
        wizard = self.wizard()
        if wizard is None:
            return
        # Every label of the Next button keeps its Alt+N.
        if getattr(wizard, "details_detour", None):
            text = self.tr("保存并返回(&N)")
        elif self.session.progress.employer.is_empty():
            text = self.tr("跳过这一页(&N)")
        else:
            text = self.tr("下一步(&N)")
        self.setButtonText(QWizard.WizardButton.NextButton, text)

    # --- for tests and the autopilot ---------------------------------------------------------
    def type_into(self, name: str, text: str) -> None:
        """As if typed: the same path as the keyboard (normalise, check, save)."""
        edit = self.edits[name]
        edit.setText(text)
        edit.textEdited.emit(text)
        edit.editingFinished.emit()

    def feedback_text(self, name: str) -> str:
        shown = self.feedback[name]
        if shown.isHidden():
            return ""
        return QTextDocumentFragment.fromHtml(shown.text()).toPlainText()


class SearchCodesBox(NoteBox):
    """At R5: which code to find the unit by, with the user's own value ready to copy."""

    details_requested = Signal()

    def __init__(self, employer: EmployerDetails, parent: QWidget | None = None):
        super().__init__("info", parent)
        names = {"uscc": self.tr("统一社会信用代码"), "org_code": self.tr("组织机构代码"),
                 "management_code": self.tr("单位管理码")}
        codes = search_codes(employer)
        self.copy_buttons: dict[str, QPushButton] = {}
        self.values: dict[str, QLabel] = {}
        self.fill_button: QPushButton | None = None
        if not codes:
            self.set_text(self.tr("查询单位时可以用：统一社会信用代码（18 位，一般印在营业执照上）、"
                                  "组织机构代码或单位管理码，任选一种。\n"
                                  "您还没有记下单位的代码。现在填上，到这一步就能直接复制。"))
            self.fill_button = QPushButton(self.tr("填写单位信息"))
            self.fill_button.setObjectName("fillDetails")  # focused again on the way back
            self.fill_button.clicked.connect(self.details_requested.emit)
            self.body.addWidget(button_row(self.fill_button))
            return
        self.set_text(self.tr("查询单位时可以用："))
        self.text.setProperty("role", "section")
        for n, (kind, value) in enumerate(codes):
            caption = names[kind] + (self.tr("（先用这个查）") if n == 0 else
                                     self.tr("（查不到时再试）"))
            self.body.addWidget(label(caption))
            shown = label(value)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            font = code_font(shown.font())
            font.setPointSize(scaled(14))
            font.setBold(True)
            shown.setFont(font)
            copy = QPushButton(self.tr("复制"))
            copy.setAccessibleName(self.tr("复制%1：%2").replace("%1", names[kind])
                                   .replace("%2", value))
            copy.setAccessibleDescription(caption)
            copied = label("", role="muted")
            copy.clicked.connect(lambda _=False, v=value, c=copied: self._copy(v, c))
            self.body.addWidget(button_row(shown, copy, copied))
            self.copy_buttons[kind] = copy
            self.values[kind] = shown
        change = QPushButton(self.tr("修改单位信息"))
        change.setObjectName("fillDetails")
        change.setProperty("flat", True)
        change.clicked.connect(self.details_requested.emit)
        self.fill_button = change
        self.body.addWidget(button_row(change))

    def _copy(self, value: str, copied: QLabel) -> None:
        QGuiApplication.clipboard().setText(value)
        copied.setText(self.tr("已复制"))
        accessible.announce(copied, copied.text())


class EmployerSummary(QWidget):
    """On the summary: the unit's name and codes as entered, with a button to change them."""

    details_requested = Signal()

    def __init__(self, employer: EmployerDetails, parent: QWidget | None = None):
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        rows = [(self.tr("单位名称"), employer.unit_name),
                (self.tr("统一社会信用代码"), employer.uscc),
                (self.tr("组织机构代码"), employer.org_code),
                (self.tr("单位管理码"), employer.management_code),
                (self.tr("经办人"), " ".join(v for v in (employer.operator_name,
                                                         employer.operator_mobile) if v))]
        lines = [self.tr("%1：%2").replace("%1", k).replace("%2", v) for k, v in rows if v]
        self.text = label("\n".join(lines) if lines else
                          self.tr("没有填写（可以不填）。"))
        lay.addWidget(self.text, 1)
        self.edit_button = QPushButton(self.tr("修改") if lines else self.tr("填写"))
        self.edit_button.setProperty("flat", True)
        self.edit_button.setAccessibleName(self.tr("修改单位信息") if lines else
                                           self.tr("填写单位信息"))
        self.edit_button.setObjectName("editEmployer")  # focused again on the way back
        # What the text beside it says, for a screen reader on the button.
        self.edit_button.setAccessibleDescription(plain_text(self.text))
        self.edit_button.clicked.connect(self.details_requested.emit)
        lay.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)

