"""The service-centre desk: every employer's state at a glance, lists in and out of Excel.

Desktop mode only, and only with two employers or more (with one the program simply
continues it; in kiosk mode nothing of the data folder is ever read). The desk is the first
window; opening an employer (double-click, Enter, 继续办理) hides it and shows the wizard
where that employer left off; closing the wizard (保存并退出, or 回到工作台 on its welcome
page) brings the desk back, up to date.

Rows come from wizard.desk.table (derived from the report layer), the table is a model/view
(wizard/ui/desk_model.py), lists go in through a preview that writes nothing until confirmed
(wizard/ui/desk_dialogs.py) and out through wizard.desk.lists_out. Names, codes and mobiles
are never logged: only counts.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QEvent, QStandardPaths, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from wizard.desk.messages import ListRefused
from wizard.desk.table import COLUMNS, STATES, Counts, Filter, count, days_left, deadline_day, desk_rows
from wizard.messages import Message
from wizard.store import Profile
from wizard.ui import accessible
from wizard.ui.desk_model import (
    DESK_PROPERTY,
    ID_ROLE,
    DeskFilter,
    DeskModel,
    column_widths,
    fit_columns,
    fit_rows,
    table_view,
)
from wizard.ui.session import Session
from wizard.ui.widgets import NoteBox, ReadableText, ScrollArea, label
from wizard.ui.words import format_day, say

# Lists in and out, their dialogs and the PDF load when first used (wizard.desk's lists,
# openpyxl, QPdfWriter): opening the desk needs none of them.

log = logging.getLogger(__name__)

MIN_EMPLOYERS = 2  # with fewer, the program simply continues the one employer
PDF_PROGRESS_FROM = 5  # summaries; from so many a progress dialog shows, with 取消


def open_desk(wizard, opened) -> DeskWindow | None:
    """The desk for the wizard's data folder, or None: kiosk mode, no store, or fewer than two
    employers. `opened`: what ProfileStore.open() gave (its profiles are not read again)."""
    session = wizard.session
    if getattr(wizard, "kiosk", None) is not None or session.store is None:
        return None
    if len(opened.profiles) < MIN_EMPLOYERS:
        return None
    desk = DeskWindow(session, wizard, opened.notices, opened.profiles)
    # Everything made so far (a thousand profiles, their rows, the windows) lives until the
    # program ends: out of the collector's way, a full collection no longer stalls a sort or a
    # keystroke for 50–120 ms (measured with 1,000 employers).
    gc.freeze()
    return desk


class DeskWindow(QWidget):
    def __init__(self, session: Session, wizard=None, notices: Iterable[Message] = (),
                 profiles: list[Profile] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.wizard = wizard
        self.notices: list[Message] = list(notices)
        self.profiles: dict[str, Profile] = {}
        session.setProperty(DESK_PROPERTY, True)
        self.setObjectName("deskWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        # Everything in a scroll area that scrolls only when big text leaves the table less
        # than a few rows (the focus is kept in sight); the buttons wrap instead of widening.
        self.scroll = ScrollArea()
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to what is inside
        self.body = body = QWidget()
        body.setObjectName("desk")  # what is painted first (the benchmark waits for it)
        self.scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)
        lay = QVBoxLayout(body)
        lay.setContentsMargins(16, 12, 16, 12)
        lay.setSpacing(8)
        # Texts are tab stops that read in full (as on every page): Tab follows the screen.
        self.title = ReadableText(role="title")
        lay.addWidget(self.title)
        self.counts = ReadableText()
        self.counts.setObjectName("deskCounts")
        lay.addWidget(self.counts)
        self.deadline = ReadableText(role="muted")
        self.deadline.setObjectName("deskDeadline")
        lay.addWidget(self.deadline)
        self.notice_box = NoteBox("warning")
        lay.addWidget(self.notice_box)
        self.message = NoteBox("info")
        self.message.setObjectName("deskMessage")
        self.message.setVisible(False)
        lay.addWidget(self.message)
        # --- search and filter ---------------------------------------------------------------
        tools = QHBoxLayout()
        tools.setSpacing(10)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter_changed)
        tools.addWidget(self.search, 2)
        self.state_box = QComboBox()
        self.state_box.currentIndexChanged.connect(self._filter_changed)
        tools.addWidget(self.state_box, 1)
        self.days_caption = label()
        tools.addWidget(self.days_caption)
        self.days_box = QSpinBox()
        self.days_box.setRange(0, 365)
        self.days_box.valueChanged.connect(self._filter_changed)
        self.days_caption.setBuddy(self.days_box)
        tools.addWidget(self.days_box)
        lay.addLayout(tools)
        # --- the table -------------------------------------------------------------------------
        self.model = DeskModel(self)
        self.proxy = DeskFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = table_view(self.proxy, self)
        self.view.setObjectName("deskTable")
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # The most recently updated first, as the list had them; a click on a heading sorts.
        self.view.horizontalHeader().setSortIndicator(COLUMNS.index("last_visit"),
                                                      Qt.SortOrder.DescendingOrder)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setStretchLastSection(False)
        self.view.doubleClicked.connect(lambda index: self.open_employer(index.data(ID_ROLE)))
        # Enter opens, as the double-click does (not `activated`: it depends on the platform
        # style and comes with a double-click too, which opened the employer twice)
        for key in ("Return", "Enter"):
            shortcut = QShortcut(QKeySequence(key), self.view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.open_selected)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        lay.addWidget(self.view, 1)
        # Below the table, one place: how to open an employer, or that nothing matches (the
        # table keeps its height either way: no jump while typing a search).
        self.below = QStackedLayout()
        self.hint = ReadableText(role="muted")
        self.nothing_found = ReadableText(role="error")
        self.below.addWidget(self.hint)
        self.below.addWidget(self.nothing_found)
        lay.addLayout(self.below)
        # --- actions ---------------------------------------------------------------------------
        self.open_button = QPushButton()
        self.open_button.setProperty("primary", True)
        self.open_button.clicked.connect(self.open_selected)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.create_employer)
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self.choose_import)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.choose_export)
        self.pdf_button = QPushButton()
        self.pdf_button.clicked.connect(self.choose_pdf)
        # One row of buttons, or two where big text or a narrow screen leaves too little room
        # (_arrange_actions): the window never grows wider than it was made.
        self.actions = (QHBoxLayout(), QHBoxLayout())
        for row in self.actions:
            lay.addLayout(row)
        self.one_row: bool | None = None
        self.retranslate()
        self._arrange_actions()
        self.refresh(profiles)
        self.view.setCurrentIndex(self.proxy.index(0, 0))
        self.view.setFocus()  # arrows and Enter work at once; Ctrl+F goes to the search
        self.find_shortcut = QShortcut(QKeySequence.StandardKey.Find, self)
        self.find_shortcut.activated.connect(lambda: (self.search.setFocus(), self.search.selectAll()))
        if wizard is not None:
            wizard.finished.connect(self.come_back)

    # --- words --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        texts = self.session.content.texts
        self.setWindowTitle(self.tr("%1 · 工作台").replace("%1", texts.app_title))
        self.title.set_items(self.tr("工作台：全部单位"))
        self.search.setPlaceholderText(self.tr("搜索（Ctrl+F）：单位名称、信用代码或备注"))
        self.search.setAccessibleName(self.tr("搜索单位"))
        index = max(self.state_box.currentIndex(), 0)
        self.state_box.blockSignals(True)
        self.state_box.clear()
        self.state_box.addItem(self.tr("全部单位"), None)
        words = {"not_started": self.tr("还没开始"), "in_progress": self.tr("办理中"),
                 "waiting": self.tr("等待短信"), "done": self.tr("已完成")}
        for state in STATES:
            self.state_box.addItem(words[state], state)
        self.state_box.setCurrentIndex(index)
        self.state_box.blockSignals(False)
        self.state_box.setAccessibleName(self.tr("按进度筛选"))
        self.days_caption.setText(self.tr("等短信超过"))
        self.days_box.setSpecialValueText(self.tr("不限"))
        self.days_box.setSuffix(self.tr(" 天"))
        self.days_box.setAccessibleName(self.tr("只看等短信超过几天的单位"))
        self.view.setAccessibleName(self.tr("全部单位"))
        self.nothing_found.set_items(self.tr("没有符合条件的单位。请换个关键字，或把筛选改回“全部单位”。"))
        self.how_to_open = self.tr("双击一行，或选中后按 Enter，就接着办理那家单位；"
                                   "办完点“保存并退出”回到这里。按住 Ctrl 或 Shift 可以选中多家。")
        self.open_button.setText(self.tr("继续办理选中的单位"))
        self.new_button.setText(self.tr("＋ 新建单位"))
        self.import_button.setText(self.tr("导入名单…"))
        self.import_button.setToolTip(self.tr("从 Excel（.xlsx）或 .csv 名单导入单位；导入前先预览"))
        self.export_button.setText(self.tr("导出表格…"))
        self.pdf_button.setText(self.tr("选中的存为 PDF…"))
        self.pdf_button.setToolTip(self.tr("把选中单位的总结存成一个 PDF，每家单位从新的一页开始"))
        self.notice_box.set_text(" ".join(say(m) for m in self.notices))
        self.notice_box.setVisible(bool(self.notices))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "hint"):
            self.retranslate()
            self.refresh(list(self.profiles.values()))
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.FontChange) and hasattr(self, "hint"):
            self.one_row = None  # the buttons' words or size changed: place them again
            self._arrange_actions()
            fit_rows(self.view)
        super().changeEvent(event)

    def deadline_text(self) -> str:
        """The content's deadline, and the days left to this year's usual day when it gives one."""
        content, today = self.session.content, self.session.today()
        text = self.tr("截止时间：%1。").replace("%1", content.texts.deadline.text)
        left, day = days_left(content, today), deadline_day(content, today)
        if left is None or day is None:
            return text
        if left < 0:
            return text + self.tr("今年的%1已经过了。").replace("%1", format_day(day))
        return text + self.tr("按%1算，还剩 %2 天。").replace("%1", format_day(day)).replace("%2", str(left))

    def count_text(self, counts: Counts) -> str:
        waiting = self.tr("等待短信 %1 家").replace("%1", str(counts.waiting))
        if counts.oldest_wait is not None:
            waiting += self.tr("（最久已等 %1 天）").replace("%1", str(counts.oldest_wait))
        return self.tr("共 %1 家单位：已完成 %2 家 · %3 · 办理中 %4 家 · 还没开始 %5 家") \
            .replace("%1", str(counts.total)).replace("%2", str(counts.done)).replace("%3", waiting) \
            .replace("%4", str(counts.in_progress)).replace("%5", str(counts.not_started))

    # --- the rows -----------------------------------------------------------------------------
    def refresh(self, profiles: list[Profile] | None = None) -> None:
        """Rebuild the rows: from `profiles`, else from the data folder (each file on its own:
        a damaged one is set aside and named, the others still show)."""
        store, current = self.session.store, self.session.profile
        if profiles is None:
            scan = store.scan()
            profiles = scan.profiles
            self.notices += [m for m in scan.notices if m not in self.notices]
            self.notice_box.set_text(" ".join(say(m) for m in self.notices))
            self.notice_box.setVisible(bool(self.notices))
        listed = [current if p.id == current.id else p for p in profiles]
        if current.progress.has_started() and all(p.id != current.id for p in listed):
            listed.insert(0, current)  # not on disk yet (saving fails): still listed
        self.profiles = {p.id: p for p in listed}
        today = self.session.today()
        rows = desk_rows(self.session.content, listed, today)
        selected = set(self.selected_ids())
        self.model.set_rows(rows, self.session.content, today)
        self.widths = column_widths(self.view, main=0)
        fit_columns(self.view, 0, self.widths)  # the name takes the room that is left
        counted = self.count_text(count(rows))
        self.counts.set_items(counted)
        self.deadline.set_items(self.deadline_text())  # today may be another day than at the start
        self.view.setAccessibleDescription(counted)  # said when the table gets the focus
        self._select(selected)
        self._update_found()

    def _select(self, ids: set[str]) -> None:
        if not ids:
            return
        selection = self.view.selectionModel()
        for r in range(self.proxy.rowCount()):
            index = self.proxy.index(r, 0)
            if index.data(ID_ROLE) in ids:
                selection.select(index, selection.SelectionFlag.Select | selection.SelectionFlag.Rows)

    def current_filter(self) -> Filter:
        days = self.days_box.value()
        return Filter(self.state_box.currentData(), days if days > 0 else None, self.search.text())

    def _filter_changed(self, *_args) -> None:
        self.proxy.set_filter(self.current_filter())
        if not self.view.currentIndex().isValid() and self.proxy.rowCount():
            # the current row was filtered out: Tab to the table and Enter opens the first match
            self.view.setCurrentIndex(self.proxy.index(0, 0))
        self._update_found()

    def _update_found(self) -> None:
        nothing = self.proxy.rowCount() == 0 and self.model.rowCount() > 0
        if nothing and self.nothing_found.isHidden():
            accessible.announce(self.search, self.nothing_found.text())
        self.below.setCurrentWidget(self.nothing_found if nothing else self.hint)
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        # A filtered table says how many it left (the count line above counts them all).
        self.hint.set_items(self.how_to_open if shown == total else
                            self.tr("按筛选显示 %1 家（共 %2 家）。").replace("%1", str(shown))
                            .replace("%2", str(total)) + self.how_to_open)

    def selected_ids(self) -> list[str]:
        """The selected employers, in the table's order."""
        rows = sorted(i.row() for i in self.view.selectionModel().selectedRows())
        return [self.proxy.index(r, 0).data(ID_ROLE) for r in rows]

    def shown_names(self) -> list[str]:
        return [r.name for r in self.proxy.shown_rows()]

    def _selection_changed(self, *_args) -> None:
        chosen = len(self.view.selectionModel().selectedRows())
        self.pdf_button.setText(self.tr("选中的 %1 家存为 PDF…").replace("%1", str(chosen)) if chosen > 1
                                else self.tr("选中的存为 PDF…"))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._arrange_actions()
        fit_columns(self.view, 0, self.widths)

    def _arrange_actions(self) -> None:
        main = (self.open_button, self.new_button)
        more = (self.import_button, self.export_button, self.pdf_button)
        gap = self.style().layoutSpacing(QSizePolicy.ControlType.PushButton,
                                         QSizePolicy.ControlType.PushButton, Qt.Orientation.Horizontal)
        margins = self.scroll.widget().layout().contentsMargins()
        needed = sum(b.sizeHint().width() for b in (*main, *more)) + 6 * max(gap, 6)
        bar = self.scroll.verticalScrollBar()  # (the viewport is sized after this window)
        room = self.width() - (bar.sizeHint().width() if bar.isVisible() else 0)
        one_row = needed <= room - margins.left() - margins.right()
        if one_row == self.one_row:
            return
        self.one_row = one_row
        for row in self.actions:
            while row.count():
                row.takeAt(0)
        top, below = self.actions
        for b in main:
            top.addWidget(b)
        top.addStretch(1)
        if not one_row:
            below.addStretch(1)
        for b in more:
            (top if one_row else below).addWidget(b)

    # --- opening an employer -------------------------------------------------------------------
    def open_selected(self) -> bool:
        index = self.view.currentIndex()
        if not index.isValid():
            ids = self.selected_ids()
            if not ids:
                self._say(self.tr("请先在表格里点一下要办理的单位。"))
                return False
            return self.open_employer(ids[0])
        return self.open_employer(index.siblingAtColumn(0).data(ID_ROLE))

    def open_employer(self, profile_id: str | None) -> bool:
        """Continue that employer in the wizard where they left off."""
        profile = self.profiles.get(profile_id or "")
        if profile is None:
            return False
        if profile.read_only:
            self._say(self.tr("“%1”的文件来自更新版本的程序，本程序不会改动它；请更新本程序。")
                      .replace("%1", profile.name), "warning")
            return False
        if profile.id != self.session.profile.id:
            self.session.switch_to(profile)
        wizard = self.wizard
        if wizard is None:
            return True
        if profile.progress.has_started():
            wizard.resume()
        else:  # a new employer starts with the first question, not the welcome page
            wizard.restart_journey()
            wizard.next()
        self._show_instead(wizard)
        return True

    def create_employer(self) -> None:
        """A new employer (the profile form), then straight into its first question."""
        from wizard.ui.profiles import ProfileForm

        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("新建单位"))
        form = ProfileForm(self.tr("创建并开始"))
        QVBoxLayout(dialog).addWidget(form)
        form.cancelled.connect(dialog.reject)

        def made(name: str, uscc: str | None, note: str | None) -> None:
            profile = self.session.store.new_profile(name, uscc, note)
            self.session.switch_to(profile)
            self.session.save()
            self.profiles[profile.id] = profile
            dialog.accept()
            self.open_employer(profile.id)

        form.submitted.connect(made)
        self.create_dialog = dialog
        dialog.open()
        form.name.setFocus()

    def _show_instead(self, window: QWidget) -> None:
        window.resize(self.size())
        window.move(self.pos())
        window.show()
        window.raise_()
        window.activateWindow()
        self.hide()

    def come_back(self, *_args) -> None:
        """The wizard was closed: the desk again, with what changed."""
        if self.wizard is not None and not self.isVisible():
            self.resize(self.wizard.size())
            self.move(self.wizard.pos())
        self.show()
        self.raise_()
        self.activateWindow()
        self.refresh()
        self.view.setFocus()

    # --- messages -------------------------------------------------------------------------------
    def _say(self, text: str, kind: str = "info") -> None:
        self.message.say(text, kind)

    def _folder(self) -> Path:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(folder or Path.home())

    # --- lists in -------------------------------------------------------------------------------
    def choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("导入单位名单"), str(self._folder()),
                                              self.tr("单位名单 (*.xlsx *.csv)"))
        if path:
            self.preview_import(Path(path))

    def preview_import(self, path: Path):
        """Read the list and show what importing it would do (an ImportPreview, or None when the
        file is refused); nothing is written before 导入."""
        from wizard.desk.lists_in import preview_list
        from wizard.ui.desk_dialogs import ImportPreview
        from wizard.ui.desk_words import say_list

        existing = [(p.id, p.name, p.meta.uscc or p.progress.employer.uscc)
                    for p in self.profiles.values()]
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            preview = preview_list(Path(path), existing)
        except ListRefused as refused:
            log.info("list refused: %s", refused.code)
            self._say(say_list(refused.message), "warning")
            return None
        finally:
            QApplication.restoreOverrideCursor()
        names = {p.id: p.name for p in self.profiles.values()}
        dialog = ImportPreview(preview, Path(path).name, names, self)
        dialog.resize(max(self.width() - 40, 600), max(self.height() - 40, 400))
        dialog.accepted.connect(lambda: self.apply_import(dialog))
        self.import_dialog = dialog
        dialog.open()
        return dialog

    def apply_import(self, dialog):
        from wizard.desk.apply import apply_preview

        applied = apply_preview(self.session.store, dialog.preview, self.profiles)
        log.info("list imported: %d created, %d merged, %d unchanged, %d not written, %d read-only",
                 len(applied.created), len(applied.merged), applied.unchanged, applied.not_written,
                 applied.read_only)
        text = self.tr("已导入：新建 %1 家单位，补充了 %2 家单位的信息。") \
            .replace("%1", str(len(applied.created))).replace("%2", str(len(applied.merged)))
        if applied.not_written or applied.read_only:
            text += self.tr("另有 %1 家没能保存：数据文件夹现在无法写入，或文件来自更新版本的程序。") \
                .replace("%1", str(applied.not_written + applied.read_only))
        self.refresh()
        self._say(text, "warning" if applied.not_written or applied.read_only else "info")
        return applied

    # --- lists out ------------------------------------------------------------------------------
    def choose_export(self) -> None:
        from wizard.ui.desk_dialogs import ExportChoice

        choice = ExportChoice(self.proxy.rowCount(), self)
        self.export_dialog = choice
        if choice.exec() != QDialog.DialogCode.Accepted:
            return
        suggested = self._folder() / (self.tr("单位名单") + f"-{self.session.today():%Y%m%d}{choice.suffix}")
        kinds = self.tr("Excel 表格 (*.xlsx)") if choice.suffix == ".xlsx" else self.tr("CSV 文件 (*.csv)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出表格"), str(suggested), kinds)
        if path:
            if not path.lower().endswith(choice.suffix):
                path += choice.suffix
            self.export_to(Path(path), choice.mobile.isChecked())

    def export_to(self, path: Path, include_mobile: bool = False) -> bool:
        """The rows shown, in the order shown, with the columns shown (and the mobile only if
        asked) to .xlsx or .csv."""
        from wizard.desk.lists_out import export_table
        from wizard.ui.desk_words import say_list

        columns = self.model.columns(include_mobile=True)
        rows = [[values[c.key] for c in columns] for values in self.proxy.shown_values()]
        try:
            export_table(path, columns, rows, exported=self.session.today(),
                         date_caption=self.tr("导出日期"), include_mobile=include_mobile,
                         sheet_title=self.tr("单位名单"))
        except ListRefused as refused:
            log.warning("export refused: %s", refused.code)
            self._say(say_list(refused.message), "warning")
            return False
        self._say(self.tr("已导出 %1 家单位到：%2。文件里有单位的信息，请妥善保管，用完删除。")
                  .replace("%1", str(len(rows))).replace("%2", str(path)))
        return True

    # --- the batch PDF --------------------------------------------------------------------------
    def choose_pdf(self) -> None:
        ids = self.selected_ids()
        if not ids:
            self._say(self.tr("请先在表格里选中要存的单位（按住 Ctrl 或 Shift 可以选中多家）。"))
            return
        suggested = self._folder() / (self.tr("稳岗返还确认-%1家单位").replace("%1", str(len(ids)))
                                      + f"-{self.session.today():%Y%m%d}.pdf")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("选中的存为 PDF"), str(suggested), "PDF (*.pdf)")
        if path:
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
            self.save_pdf(Path(path), ids)

    def documents(self, ids: Iterable[str]) -> list:
        """One SummaryDocument per employer, as its own summary page would print it; the
        employer's name on top even where the details page was skipped."""
        from dataclasses import replace

        from wizard.report import summary_facts
        from wizard.ui.summary_doc import SummaryDocument
        from wizard.ui.words import format_day

        content, today = self.session.content, self.session.today()
        documents = []
        for pid in ids:
            profile = self.profiles[pid]
            facts = summary_facts(content, profile.progress, today, format_day)
            facts = replace(facts, unit_name=facts.unit_name or profile.name,
                            uscc=facts.uscc or profile.meta.uscc)
            documents.append(SummaryDocument(facts, content.texts.app_title))
        return documents

    def save_pdf(self, path: Path, ids: list[str]) -> int | None:
        """The summaries of these employers as one PDF, each from a new page; the page count,
        or None when it was not written."""
        from wizard.ui.summary_doc import Cancelled, paint_all, write_pdf

        ids = [i for i in ids if i in self.profiles and not self.profiles[i].read_only]
        documents = self.documents(ids)
        progress = None
        if len(documents) >= PDF_PROGRESS_FROM:
            progress = QProgressDialog(self.tr("正在生成 PDF…"), self.tr("取消"), 0, len(documents), self)
            progress.setWindowModality(Qt.WindowModality.WindowModal)
            progress.setMinimumDuration(300)

        def done(n: int) -> bool:
            if progress is None:
                return True
            progress.setValue(n)
            QApplication.processEvents()
            return not progress.wasCanceled()

        title = self.tr("稳岗返还确认：%1 家单位的进度和下一步").replace("%1", str(len(documents)))
        try:
            pages = write_pdf(path, title, self.session.content.texts.app_title,
                              lambda writer: paint_all(writer, documents, done))
        except Cancelled:
            self._say(self.tr("已取消，没有保存 PDF。"))
            return None
        except OSError as exc:
            log.warning("could not save the desk PDF: %s", exc.strerror or type(exc).__name__)
            self._say(self.tr("没能保存：%1。请换一个文件夹（例如“文档”或桌面）再试。")
                      .replace("%1", exc.strerror or str(exc)), "warning")
            return None
        finally:
            if progress is not None:
                progress.close()
        self._say(self.tr("已把 %1 家单位的总结存成一个 PDF（%2 页）：%3")
                  .replace("%1", str(len(documents))).replace("%2", str(pages)).replace("%3", str(path)))
        return pages

