"""The side panel: the whole journey with a status icon and word per row, each page's row
from its key (wizard/report/facts.py sidebar_entry), so every page kind brings its own row —
also pages not made yet (the wizard makes a page when it is first needed)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from wizard.changes import Change
from wizard.flow.journey import WELCOME, PageKey
from wizard.report.facts import SidebarEntry, sidebar_entry
from wizard.store.document import DEFAULT_NAME
from wizard.ui.session import Session
from wizard.ui.widgets import clear_layout, label
from wizard.ui.words import status_label, word

# Changes that cannot alter the panel (typing the employer's details, or nothing at all).
QUIET = frozenset({"details"})


class JourneyPanel(QScrollArea):
    """Scrolls when a long route does not fit a small screen; the current row stays in view."""

    def __init__(self, session: Session, keys: Callable[[], list[PageKey]]):
        super().__init__()
        self.session = session
        self.keys = keys  # every page's key, in journey order
        self.setObjectName("journeyScroll")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a status display, not a tab stop
        self.setFixedWidth(260)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget()
        inner.setObjectName("journey")
        inner.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.layout_ = QVBoxLayout(inner)
        self.layout_.setContentsMargins(10, 10, 6, 10)
        self.layout_.setSpacing(2)
        self.setWidget(inner)
        self.current_key: PageKey = WELCOME
        self.rows: dict[str, QLabel] = {}
        self.save_warning = label("", role="muted")
        self._widgets: dict[str, QLabel] = {}
        self._structure: list[tuple[str, str]] | None = None

    def show_page(self, key: PageKey) -> None:
        self.current_key = key
        self.refresh()

    def on_change(self, change: Change) -> None:
        if change.kind not in QUIET:
            self.refresh()

    def entries(self) -> list[SidebarEntry]:
        ctx = self.session.context(self.current_key)
        rows: dict[str, SidebarEntry] = {}
        for key in self.keys():
            entry = sidebar_entry(key, ctx)
            if entry is not None and entry.id not in rows:
                rows[entry.id] = entry
        return list(rows.values())

    def refresh(self) -> None:
        c = self.session.content
        ctx = self.session.context(self.current_key)
        heading = (self.tr("您的路线：%1").replace("%1", c.texts.routes[ctx.plan.route].short)
                   if ctx.route_known else self.tr("您的进度"))
        # First, so it is always in sight: progress cannot be saved (it stays until it can).
        shown: list[tuple[str, str, str]] = [("saveWarning", self._save_text(), "warning")]
        name = self.session.profile.name
        if name != DEFAULT_NAME:  # service-centre staff: which employer this is
            shown.append(("journeyUnit", self.tr("单位：%1").replace("%1", name), "unit"))
        shown.append(("heading", heading, "heading"))
        for entry in self.entries():
            icon, state_word = status_label(entry.state)
            title = word(entry.title) if entry.title.startswith("sidebar.") else entry.title
            if entry.number is not None:
                title = f"{entry.number}. {title}"
            kind = "current" if entry.state == "current" else "row"
            shown.append((entry.id, f"{icon} {title} · {state_word}", kind))
        structure = [(key, "row" if kind == "current" else kind) for key, _, kind in shown]
        if structure != self._structure:  # other rows (a new plan): build them anew
            self._build(shown)
            self._structure = structure
        else:  # the usual Next: same rows, new words and a new current row
            for key, text, kind in shown:
                self._show(self._widgets[key], text, kind)
        current_row = next((r for r in self.rows.values() if r.objectName() == "journeyCurrent"),
                           None)
        if self.save_warning.isVisibleTo(self):  # the warning must stay in sight
            self.ensureWidgetVisible(self.save_warning, 0, 0)
        elif current_row is not None:
            self.ensureWidgetVisible(current_row, 0, 40)

    def _build(self, shown: list[tuple[str, str, str]]) -> None:
        clear_layout(self.layout_)
        self.rows = {}
        self._widgets = {}
        for key, text, kind in shown:
            widget = label(text, role={"unit": "muted", "heading": "section"}.get(kind))
            if kind == "warning":
                widget.setObjectName("saveWarning")
                self.save_warning = widget
            elif kind == "unit":
                widget.setObjectName("journeyUnit")
            elif kind in ("row", "current"):
                widget.setContentsMargins(6, 3, 4, 3)
                self.rows[key] = widget
            self._widgets[key] = widget
            self.layout_.addWidget(widget)
            self._show(widget, text, kind)
        self.layout_.addStretch(1)

    def _show(self, widget: QLabel, text: str, kind: str) -> None:
        if widget.text() != text:
            widget.setText(text)
        if kind == "warning":
            widget.setVisible(bool(text))
        elif kind in ("row", "current"):
            widget.setAccessibleName(text)
            name = "journeyCurrent" if kind == "current" else "journeyRow"
            if widget.objectName() != name:  # the style sheet highlights by name
                widget.setObjectName(name)
                widget.style().unpolish(widget)
                widget.style().polish(widget)

    def _save_text(self) -> str:
        if self.session.saving_stopped():
            return self.tr("⚠ 另一个窗口也打开了这个数据文件夹。为了不互相覆盖，这里的改动从现在起不再保存。"
                           "请关闭这个窗口，到另一个窗口继续。")
        if self.session.save_failing():
            return self.tr("⚠ 进度现在无法保存（文件夹不可写或磁盘已满）。程序每 10 秒重试一次；"
                           "已保存的进度不受影响。请先不要关闭程序，或请工作人员检查。")
        return ""
