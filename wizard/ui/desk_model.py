"""The desk's table as a Qt model/view: DeskModel (one row per employer, words precomputed)
and DeskFilter (the proxy the view shows: state, days waited and search).

Rows come from wizard.desk.table (no Qt), which derives them from the report layer. Sorting
goes through the proxy like any QSortFilterProxyModel, but the proxy hands it to the model,
which orders its rows once by precomputed keys (wizard.desk.table.sorted_rows): a Python
lessThan() called for every comparison costs ≈ 40 ms for 1,000 rows, this ≈ 5 ms.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from wizard.content.model import Content
from wizard.desk.lists_out import MOBILE_KEY, Column
from wizard.desk.table import COLUMNS, DeskRow, Filter, sorted_rows
from wizard.ui.words import status_label, word

translate = QCoreApplication.translate  # lupdate reads translate("DeskModel", "…")
Role = Qt.ItemDataRole
ID_ROLE = Role.UserRole + 1  # the employer's profile id
# Set on the session while a desk is open: the welcome page's list then only offers the
# employer being helped and the way back to the desk (wizard/ui/profiles.py).
DESK_PROPERTY = "desk"
Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()  # a table's rows have none


def headings() -> dict[str, str]:
    return {
        "name": translate("DeskModel", "单位名称"),
        "uscc": translate("DeskModel", "统一社会信用代码"),
        "route": translate("DeskModel", "登录路线"),
        "step": translate("DeskModel", "当前步骤"),
        "status": translate("DeskModel", "状态"),
        "days": translate("DeskModel", "已等天数"),
        "last_visit": translate("DeskModel", "最近更新"),
        "next": translate("DeskModel", "下一步"),
        "done": translate("DeskModel", "完成"),
        MOBILE_KEY: translate("DeskModel", "经办人手机"),
    }


def stamp_text(when: datetime, today: date) -> str:
    """When something was last updated, in local time: 今天 14:03 / 昨天 09:15 / 2026-11-20."""
    local = when.astimezone()
    if local.date() == today:
        return translate("DeskModel", "今天 %1").replace("%1", local.strftime("%H:%M"))
    if (today - local.date()).days == 1:
        return translate("DeskModel", "昨天 %1").replace("%1", local.strftime("%H:%M"))
    return local.date().isoformat()


def _place_text(row: DeskRow, content: Content) -> str:
    if row.step_id is not None and row.step_id in content.steps:
        return content.steps[row.step_id].short_title
    return {
        "not_started": translate("DeskModel", "还没开始"),
        "interview": word("sidebar.interview"),
        "route": word("sidebar.route"),
        "details": translate("DeskModel", "单位信息"),
        "summary": word("sidebar.summary"),
        "read_only": "—",
    }.get(row.place, "—")


def _next_text(row: DeskRow, content: Content) -> str:
    if row.next_kind == "step" and row.next_step in content.steps:
        return translate("DeskModel", "做：%1").replace("%1", content.steps[row.next_step].short_title)
    return {
        "start": translate("DeskModel", "开始办理"),
        "interview": translate("DeskModel", "回答几个问题"),
        "waiting": translate("DeskModel", "等审核短信"),
        "done": translate("DeskModel", "不用再办"),
        "update_program": translate("DeskModel", "请更新本程序"),
    }.get(row.next_kind, "—")


class Words:
    """The words of the table's cells for one content and day: the same few phrases recur in a
    thousand rows, so each is looked up (translated) once."""

    def __init__(self, content: Content, today: date):
        self.content, self.today = content, today
        self._made: dict[tuple, str] = {}

    def _once(self, key: tuple, make) -> str:
        text = self._made.get(key)
        if text is None:
            text = self._made[key] = make()
        return text

    def row(self, row: DeskRow) -> dict[str, str | int | None]:
        """What each column shows for a row (an export writes the same; days stay a number)."""
        c = self.content
        return {
            "name": row.name,
            "uscc": row.uscc,
            "route": self._once(("route", row.route), lambda: c.texts.routes[row.route].short
                                if row.route in c.texts.routes else "—"),
            "step": self._once(("step", row.place, row.step_id), lambda: _place_text(row, c)),
            "status": self._once(("status", row.step_status), lambda: " ".join(
                status_label(row.step_status)) if row.step_status else "—"),
            "days": row.days_waited,
            "last_visit": stamp_text(row.last_visit, self.today),
            "next": self._once(("next", row.next_kind, row.next_step), lambda: _next_text(row, c)),
            "done": "✔" if row.done else "",
            MOBILE_KEY: row.operator_mobile,
        }


class DeskModel(QAbstractTableModel):
    """Every employer, one row each; a row's words are made when first shown (or exported)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[DeskRow] = []
        self._values: dict[str, dict[str, str | int | None]] = {}  # by profile id
        self.words: Words | None = None
        self.headers = headings()
        self.order: tuple[int, Qt.SortOrder] | None = None  # the column sorted by, if any

    def set_rows(self, rows: list[DeskRow], content: Content, today: date) -> None:
        self.beginResetModel()
        self.headers = headings()
        if self.order is not None:
            rows = sorted_rows(rows, COLUMNS[self.order[0]],
                               self.order[1] == Qt.SortOrder.DescendingOrder)
        self.rows = list(rows)
        self._values = {}
        self.words = Words(content, today)
        self.endResetModel()

    def values(self, row: int) -> dict[str, str | int | None]:
        """What each column of a row shows."""
        r = self.rows[row]
        values = self._values.get(r.id)
        if values is None:
            values = self._values[r.id] = self.words.row(r)
        return values

    def columns(self, include_mobile: bool = False) -> list[Column]:
        keys = [*COLUMNS, MOBILE_KEY] if include_mobile else list(COLUMNS)
        return [Column(k, self.headers[k]) for k in keys]

    # --- QAbstractTableModel --------------------------------------------------------------------
    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Role.DisplayRole):
        if not index.isValid():
            return None
        key = COLUMNS[index.column()]
        if role == Role.DisplayRole:
            value = self.values(index.row())[key]
            return "" if value is None else str(value)
        if role == ID_ROLE:
            return self.rows[index.row()].id
        if role == Role.TextAlignmentRole and key in ("days", "done"):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Role.ToolTipRole and key in ("name", "next"):
            value = self.values(index.row())[key]
            return str(value) if value else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole):
        if role == Role.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[COLUMNS[section]]
        return super().headerData(section, orientation, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the rows by a column (ties by name, blanks last), keeping the selection."""
        if not 0 <= column < len(COLUMNS) or self.order == (column, order):
            return  # (QTableView.sortByColumn asks twice; sorted rows stay sorted)
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        ids = [self.rows[i.row()].id for i in old]
        self.rows = sorted_rows(self.rows, COLUMNS[column], order == Qt.SortOrder.DescendingOrder)
        self.order = (column, order)
        where = {r.id: n for n, r in enumerate(self.rows)}
        self.changePersistentIndexList(old, [self.index(where[k], i.column()) for k, i in
                                             zip(ids, old, strict=True)])
        self.layoutChanged.emit()


class DeskFilter(QSortFilterProxyModel):
    """What the view shows: the rows a wizard.desk.table.Filter accepts; sorting goes to the
    model (see the module's docstring)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.filter = Filter()

    def set_filter(self, new: Filter) -> None:
        if new == self.filter:
            return
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and later
            self.beginFilterChange()
            self.filter = new
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.filter = new
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        return self.filter.accepts(self.sourceModel().rows[source_row])

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)

    def shown_rows(self) -> list[DeskRow]:
        model = self.sourceModel()
        return [model.rows[self.mapToSource(self.index(r, 0)).row()] for r in range(self.rowCount())]

    def shown_values(self) -> list[dict[str, str | int | None]]:
        model = self.sourceModel()
        return [model.values(self.mapToSource(self.index(r, 0)).row()) for r in range(self.rowCount())]


# --- the views' columns ---------------------------------------------------------------------------
def table_view(model, parent: QWidget | None = None) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)  # Tab leaves the table, as everywhere else
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.horizontalHeader().setHighlightSections(False)
    fit_rows(view)
    return view


def fit_rows(view: QTableView, least: int = 3) -> None:
    """Rows as tall as the text is now (again after a change of text size), and the table
    never squeezed below its heading and `least` whole rows."""
    row = view.fontMetrics().height() + 10
    view.verticalHeader().setDefaultSectionSize(row)
    frame = 2 * view.frameWidth()
    view.setMinimumHeight(view.horizontalHeader().sizeHint().height() + least * row + frame
                          + view.horizontalScrollBar().sizeHint().height())


SAMPLE_ROWS = 60  # rows measured for a column's width (not all of a thousand)
WIDEST_COLUMN = 200  # px at 100 % text: longer words are cut with "…" (the tooltip has them)
NARROWEST_MAIN = 16  # characters the main column keeps however narrow the window


def column_widths(view: QTableView, main: int) -> dict[int, int]:
    """Each column but `main` as wide as its heading and the words of its first rows (at most
    WIDEST_COLUMN). Measured when the rows or the language change, not on every resize."""
    model, header = view.model(), view.horizontalHeader()
    words, heading = view.fontMetrics(), header.fontMetrics()
    rows = min(model.rowCount(), SAMPLE_ROWS)
    widest = round(WIDEST_COLUMN * max(1.0, words.height() / 22))
    widths = {}
    for column in range(model.columnCount()):
        if column == main:
            continue
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        texts = {str(model.index(r, column).data() or "") for r in range(rows)}
        sizes = [heading.horizontalAdvance(title) + 28, *(words.horizontalAdvance(t) + 16 for t in texts)]
        widths[column] = min(max(sizes), widest)
    return widths


def fit_columns(view: QTableView, main: int, widths: dict[int, int]) -> None:
    """The columns at their widths, the `main` one taking the room that is left but never
    less than NARROWEST_MAIN characters (then the table scrolls sideways); all can be dragged."""
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    for column, width in widths.items():
        header.resizeSection(column, width)
    least = view.fontMetrics().horizontalAdvance("单") * NARROWEST_MAIN
    header.resizeSection(main, max(view.viewport().width() - sum(widths.values()), least))
