"""The desk's dialogs: the preview of an imported list (nothing is written until 导入) and the
export of the table (the format, the mobile column only when ticked, and a plain warning that
the file holds personal data)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QAbstractTableModel, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from wizard.desk.lists_in import Preview, PreviewRow
from wizard.ui.desk_model import NO_PARENT, column_widths, fit_columns, table_view
from wizard.ui.desk_words import say_list
from wizard.ui.widgets import NoteBox, ReadableText

Role = Qt.ItemDataRole


class TextTable(QAbstractTableModel):
    """Rows of ready-made words (the import preview): read-only, cheap for thousands of rows."""

    def __init__(self, headers: Sequence[str], rows: Sequence[Sequence[str]], parent=None):
        super().__init__(parent)
        self.headers = list(headers)
        self.rows = [list(r) for r in rows]

    def rowCount(self, parent=NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index, role=Role.DisplayRole):
        if index.isValid() and role in (Role.DisplayRole, Role.ToolTipRole):
            text = self.rows[index.row()][index.column()]
            return text if role == Role.DisplayRole or len(text) > 20 else None
        return None

    def headerData(self, section, orientation, role=Role.DisplayRole):
        if role == Role.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return super().headerData(section, orientation, role)


def answer_row(dialog: QDialog, cancel_text: str, primary: QPushButton) -> QHBoxLayout:
    """A dialog's answers on the right: cancel (rejects), then the primary button (default)."""
    cancel = QPushButton(cancel_text)
    cancel.clicked.connect(dialog.reject)
    primary.setDefault(True)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(cancel)
    row.addWidget(primary)
    return row


class ImportPreview(QDialog):
    """What importing the list would do, row by row; 导入 writes it, 取消 writes nothing."""

    def __init__(self, preview: Preview, file_name: str, names: Mapping[str, str],
                 parent: QWidget | None = None):
        """`names`: the existing employers' names by id (what a merge goes into)."""
        super().__init__(parent)
        self.preview = preview
        self.names = names
        self.setObjectName("importPreview")
        self.setWindowTitle(self.tr("导入单位名单：先看一看"))
        lay = QVBoxLayout(self)
        new, merging = len(preview.new), len(preview.merges)
        left_out = preview.count("conflict") + preview.count("skip")
        flagged = sum(1 for r in preview.rows if r.issues and r.action not in ("conflict", "skip"))
        where = file_name if not preview.sheet else self.tr("%1（工作表“%2”）") \
            .replace("%1", file_name).replace("%2", preview.sheet)
        self.summary = ReadableText(
            self.tr("%1：会新建 %2 家单位，补充 %3 家已有单位的信息（只填空着的，不改名称），"
                    "%4 行要核对，%5 行不导入。")
            .replace("%1", where).replace("%2", str(new)).replace("%3", str(merging))
            .replace("%4", str(flagged)).replace("%5", str(left_out)), role="section")
        lay.addWidget(self.summary)
        notice = NoteBox("info")
        notice.set_text(self.tr("现在还没有保存任何东西：看过下面的表，点“导入”才保存；点“取消”什么都不改。"))
        lay.addWidget(notice)
        self.only_flagged = QCheckBox(self.tr("只看要核对和不导入的行"))
        self.only_flagged.toggled.connect(self._filter)
        lay.addWidget(self.only_flagged)
        # What to check right after what happens: seen on a small screen without scrolling
        # sideways (it takes the room that is left; the line below the table has all of it).
        headings = {"line": self.tr("行"), "outcome": self.tr("会怎样"), "issues": self.tr("要核对的地方"),
                    "name": self.tr("单位名称"), "uscc": self.tr("统一社会信用代码"),
                    "contact": self.tr("联系人"), "mobile": self.tr("手机")}
        self.keys = tuple(headings)
        issues = self.keys.index("issues")
        self.model = TextTable(list(headings.values()), [self._cells(r) for r in preview.rows], self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(issues)
        self.view = table_view(self.proxy, self)
        self.view.setAccessibleName(self.tr("导入预览：每一行会怎样"))
        self.view.setAccessibleDescription(self.summary.text())
        widths = column_widths(self.view, main=issues)
        self.fit = lambda: fit_columns(self.view, issues, widths)
        self.fit()
        lay.addWidget(self.view, 1)
        # The whole of what a row says, however long: the table cuts long cells short.
        self.detail = ReadableText(role="muted")
        self.detail.setObjectName("importDetail")
        lay.addWidget(self.detail)
        self.view.selectionModel().currentRowChanged.connect(self._show_detail)
        self.import_button = QPushButton(
            self.tr("导入（新建 %1 家，补充 %2 家）").replace("%1", str(new)).replace("%2", str(merging)))
        self.import_button.setProperty("primary", True)
        self.import_button.setEnabled(bool(new or merging))
        self.import_button.clicked.connect(self.accept)
        lay.addLayout(answer_row(self, self.tr("取消，不导入"), self.import_button))
        self.view.setCurrentIndex(self.proxy.index(0, 0))
        self.view.setFocus()

    def _cells(self, row: PreviewRow) -> list[str]:
        cells = {"line": str(row.line), "outcome": self.outcome(row),
                 "issues": " ".join(say_list(m) for m in row.issues), "name": row.name,
                 "uscc": row.uscc or "", "contact": row.operator_name or "",
                 "mobile": row.operator_mobile or ""}
        return [cells[k] for k in self.keys]

    def outcome(self, row: PreviewRow) -> str:
        if row.action == "create":
            return self.tr("新建")
        if row.action == "merge":
            return self.tr("补充已有单位")
        if row.action == "duplicate":
            return self.tr("和第 %1 行是同一家").replace("%1", str(row.same_as))
        return self.tr("不导入")

    def _show_detail(self, current, _previous=None) -> None:
        if not current.isValid():
            self.detail.set_items("")
            return
        row = self.preview.rows[self.proxy.mapToSource(current).row()]
        said = []
        if row.action == "merge":
            into = self.names.get(row.existing_id or "", row.name)
            said.append(self.tr("补充到“%1”。").replace("%1", into))
        said += [say_list(m) for m in row.issues]
        if not said:
            said.append(self.tr("没有要核对的地方。"))
        self.detail.set_items(self.tr("第 %1 行：%2").replace("%1", str(row.line))
                            .replace("%2", " ".join(said)))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()

    def _filter(self, on: bool) -> None:
        # Rows whose last cell (what to check) says something: left-out rows always do.
        self.proxy.setFilterRegularExpression("." if on else "")

    def shown_lines(self) -> list[int]:
        return [int(self.proxy.index(r, 0).data()) for r in range(self.proxy.rowCount())]


class ExportChoice(QDialog):
    """The table to a file: .xlsx or .csv, the columns shown, the mobile only when ticked."""

    def __init__(self, count: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("导出表格"))
        lay = QVBoxLayout(self)
        self.intro = ReadableText(self.tr("导出现在表格里显示的 %1 家单位：按现在的筛选和排序，"
                                          "列和表格一样，另加导出日期。").replace("%1", str(count)))
        lay.addWidget(self.intro)
        self.xlsx = QRadioButton(self.tr("Excel 表格（.xlsx）"))
        self.csv = QRadioButton(self.tr("CSV 文件（.csv，用 Excel 也能打开）"))
        self.xlsx.setChecked(True)
        lay.addWidget(self.xlsx)
        lay.addWidget(self.csv)
        self.mobile = QCheckBox(self.tr("也导出经办人的手机号码"))
        self.mobile.toggled.connect(self._warn)
        lay.addWidget(self.mobile)
        self.warning = NoteBox("warning")
        self.warning.setObjectName("personalData")
        lay.addWidget(self.warning)
        self.ok = QPushButton(self.tr("选择保存位置并导出…"))
        self.ok.setProperty("primary", True)
        self.ok.clicked.connect(self.accept)
        lay.addLayout(answer_row(self, self.tr("取消"), self.ok))
        self._warn(False)
        self.intro.setFocus()  # a screen reader says what is exported first; Enter exports
        # About 36 characters a line, but never wider than the window it is opened from
        # (or the screen): big text wraps onto more lines instead.
        room = parent.window().width() if parent is not None else self.screen().availableGeometry().width()
        self.setFixedWidth(min(self.fontMetrics().horizontalAdvance("单") * 36, room - 40))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        # A dialog does not grow by itself for wrapped text: as tall as its words need.
        needed = self.heightForWidth(self.width())
        if needed > 0:
            self.setFixedHeight(needed)

    def _warn(self, mobile: bool) -> None:
        if mobile:
            text = self.tr("这个文件里有单位的名称、信用代码、办理进度和经办人的手机号码，"
                           "都是需要保护的信息：只交给需要的人，不要发到群里，用完请删除。")
        else:
            text = self.tr("这个文件里有单位的名称、信用代码和办理进度，都是需要保护的信息："
                           "只交给需要的人，不要发到群里，用完请删除。")
        self.warning.set_text(text)
        if self.isVisible():  # once the layout has taken in the new words (they may be longer)
            QTimer.singleShot(0, self._fit_height)

    @property
    def suffix(self) -> str:
        return ".csv" if self.csv.isChecked() else ".xlsx"
