"""The side panel: the whole journey with a status icon and word per step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from wizard.flow.navigation import DETAILS, ROUTE, SUMMARY, WELCOME
from wizard.store.profiles import DEFAULT_NAME
from wizard.ui.pages import status_words
from wizard.ui.session import Session
from wizard.ui.widgets import clear_layout, label


class JourneyPanel(QScrollArea):
    """Scrolls when a long route does not fit a small screen; the current row stays in view."""

    def __init__(self, session: Session):
        super().__init__()
        self.session = session
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
        self.current_key = WELCOME
        self.rows: dict[str, QLabel] = {}
        self.save_warning = label("", role="muted")
        self._widgets: dict[str, QLabel] = {}
        self._structure: list[tuple[str, str]] | None = None

    def show_page(self, key: str) -> None:
        self.current_key = key
        self.refresh()

    def refresh(self) -> None:
        entries = self._entries()
        structure = [(key, "row" if kind == "current" else kind) for key, _, kind in entries]
        if structure != self._structure:  # other rows (a new plan): build them anew
            self._build(entries)
            self._structure = structure
        else:  # the usual Next: same rows, new words and a new current row
            for key, text, kind in entries:
                self._show(self._widgets[key], text, kind)
        current_row = next((r for r in self.rows.values() if r.objectName() == "journeyCurrent"),
                           None)
        if self.save_warning.isVisibleTo(self):  # the warning must stay in sight
            self.ensureWidgetVisible(self.save_warning, 0, 0)
        elif current_row is not None:
            self.ensureWidgetVisible(current_row, 0, 40)

    def _entries(self) -> list[tuple[str, str, str]]:
        """What the panel shows, top to bottom: (key, text, kind)."""
        c = self.session.content
        plan = self.session.plan()
        key = self.current_key
        # The route is only known once the interview is over; before that, no plan is shown.
        route_known = key in (ROUTE, DETAILS, SUMMARY) or key.startswith("step:")
        heading = (self.tr("您的路线：%1").replace("%1", c.texts.routes[plan.route].short)
                   if route_known else self.tr("您的进度"))
        # First, so it is always in sight: progress cannot be saved (it stays until it can).
        entries = [("saveWarning", self._save_text(), "warning")]
        name = self.session.profile.name
        if name != DEFAULT_NAME:  # service-centre staff: which employer this is
            entries.append(("journeyUnit", self.tr("单位：%1").replace("%1", name), "unit"))
        entries.append(("heading", heading, "heading"))

        def row(row_key: str, title: str, icon: str, word: str, current: bool) -> None:
            text = f"{icon} {title}" + (f" · {word}" if word else "")
            entries.append((row_key, text, "current" if current else "row"))

        in_interview = key.startswith("q:")
        row("interview", self.tr("了解情况"), "▶" if in_interview else
            ("✔" if route_known else "○"),
            self.tr("当前") if in_interview else
            (self.tr("已完成") if route_known else self.tr("待办")), in_interview)
        past_route = key in (DETAILS, SUMMARY) or key.startswith("step:")
        row(ROUTE, self.tr("选择路线"), "▶" if key == ROUTE else ("✔" if past_route else "○"),
            self.tr("当前") if key == ROUTE else
            (self.tr("已完成") if past_route else self.tr("待办")), key == ROUTE)
        if route_known:
            for n, step_id in enumerate(plan.step_ids, 1):
                current = key == f"step:{step_id}"
                icon, word = status_words(self, self.session, step_id, current)
                row(step_id, f"{n}. {c.steps[step_id].short_title}", icon, word, current)
        else:
            row("steps", self.tr("按路线一步一步登录、确认"), "○", self.tr("待办"), False)
        row(SUMMARY, self.tr("总结"), "▶" if key == SUMMARY else "○",
            self.tr("当前") if key == SUMMARY else self.tr("待办"), key == SUMMARY)
        return entries

    def _build(self, entries: list[tuple[str, str, str]]) -> None:
        clear_layout(self.layout_)
        self.rows = {}
        self._widgets = {}
        for key, text, kind in entries:
            widget = label(text, role={"unit": "muted", "heading": "section"}.get(kind))
            if kind == "warning":
                widget.setObjectName("saveWarning")
                widget.setStyleSheet("background: #fdecea; color: #942514; font-weight: bold;"
                                     " border-left: 5px solid #d4351c; padding: 6px;")
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
            if widget.objectName() != name:  # the stylesheet highlights by name
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
