"""Step features (declared per step in its content file, wizard/content/model.py), each
implemented once here. The step page asks each of its step's features what to show.

  application_date   a date picker: the day the application was submitted (ticking the step
                     done records it; latest = today)
  waiting            while waiting for the office's SMS: a calm box with the days waited and
                     "close now, come back with the SMS"; a date picker if the day is unknown
  search_codes       the unit's own codes to search by, ready to copy
  account_name_note  the bank account's name compared with the unit's name (hedged)
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QDateEdit, QPushButton, QWidget

from wizard.report.status import is_waiting
from wizard.ui.widgets import NoteBox, button_row, label, note
from wizard.ui.words import format_day

translate = QCoreApplication.translate  # lupdate reads translate("Context", "…")

TOP, MIDDLE, BOTTOM = "top", "middle", "bottom"  # where on the step page a feature shows



def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def date_picker(page, caption: str, on_change) -> list[QWidget]:
    """A date no later than today. A saved future date (a hand-edited or imported file, or a
    wrong clock) is shown as a mistake to correct, never silently changed."""
    p = page.session.progress
    today = page.session.today()
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setAccessibleName(caption)
    edit.setObjectName("appliedOn")
    edit.setMaximumDate(_qdate(today))
    day = p.applied_on or today
    widgets: list[QWidget] = [label(caption)]
    if p.applied_on is not None and p.applied_on > today:
        widgets.append(note("warning", translate("Features",
            "保存的申请日期是 %1，在今天之后，不可能是申请的日子。请在下面改成实际申请的日期。")
            .replace("%1", format_day(p.applied_on))))
        day = today
    edit.setDate(_qdate(day))
    edit.dateChanged.connect(lambda qd: on_change(date(qd.year(), qd.month(), qd.day())))
    widgets.append(edit)
    page.applied_edit = edit
    return widgets


class Feature:
    slot = MIDDLE

    def signature(self, page) -> tuple:
        return ()

    def widgets(self, page) -> list[QWidget]:  # pragma: no cover - each feature has its own
        raise NotImplementedError

    def ticked(self, page, done: bool) -> None:
        """The step's tick changed."""


class ApplicationDate(Feature):
    slot = BOTTOM

    def widgets(self, page) -> list[QWidget]:
        def changed(day: date) -> None:
            if page.session.progress.status(page.step_id) == "done":
                page.session.set_applied_on(day)

        return date_picker(page, translate("Features", "申请日期（用来计算等待了几天）："), changed)

    def ticked(self, page, done: bool) -> None:
        edit = page.applied_edit
        if done and edit is not None and edit.date() <= _qdate(page.session.today()):
            qd = edit.date()
            page.session.set_applied_on(date(qd.year(), qd.month(), qd.day()))


class Waiting(Feature):
    slot = TOP

    def signature(self, page) -> tuple:
        s = page.session
        waiting = is_waiting(s.content, s.progress, s.plan(), page.step_id)
        return (waiting, s.progress.applied_on, s.progress.days_waited(s.today()) if waiting else None)

    def widgets(self, page) -> list[QWidget]:
        s = page.session
        if not is_waiting(s.content, s.progress, s.plan(), page.step_id):
            return []
        p, texts = s.progress, s.content.texts
        box = NoteBox("waiting")
        box.setObjectName("waitingBox")
        if p.applied_on:
            box.set_text(texts.waiting.replace("{date}", format_day(p.applied_on))
                         .replace("{days}", str(p.days_waited(s.today()))))
        else:
            box.set_text(texts.waiting_no_date)
        page.close_for_now = QPushButton(translate("Features", "先关闭程序，收到短信再回来"))
        page.close_for_now.clicked.connect(lambda: page.wizard().close())
        if page.kiosk() is None:  # a kiosk is not closed: the visitor comes back another day
            box.body.addWidget(button_row(page.close_for_now))
        widgets: list[QWidget] = [box]
        if not p.applied_on or p.applied_on > s.today():
            caption = translate("Features", "如果记得，请选您申请的日期（用来计算等待了几天）：")
            widgets += date_picker(page, caption, s.set_applied_on)
        return widgets


class SearchCodes(Feature):
    slot = BOTTOM

    def signature(self, page) -> tuple:
        from wizard.details import search_codes

        return tuple(search_codes(page.session.progress.employer))

    def widgets(self, page) -> list[QWidget]:
        from wizard.ui.details_page import SearchCodesBox

        box = SearchCodesBox(page.session.progress.employer)
        box.details_requested.connect(page.details_requested.emit)
        page.codes_box = box
        return [box]


class AccountNameNote(Feature):
    slot = TOP

    def signature(self, page) -> tuple:
        return (page.session.progress.employer.unit_name,)

    def widgets(self, page) -> list[QWidget]:
        name = page.session.progress.employer.unit_name
        if not name:
            return []
        text = translate("Features", "核对银行账户时，看户名是否和单位名称“%1”一致；据报道，户名不一致"
                                     "可能导致返还款发放失败。拿不准的，问所属社保经办机构。")
        return [note("info", text.replace("%1", name))]


FEATURES: dict[str, Feature] = {
    "application_date": ApplicationDate(),
    "waiting": Waiting(),
    "search_codes": SearchCodes(),
    "account_name_note": AccountNameNote(),
}
