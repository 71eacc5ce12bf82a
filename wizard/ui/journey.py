"""The side panel: the whole journey with a status icon and word per step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from wizard.flow.navigation import ROUTE, SUMMARY, WELCOME
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

    def show_page(self, key: str) -> None:
        self.current_key = key
        self.refresh()

    def refresh(self) -> None:
        clear_layout(self.layout_)
        self.rows = {}
        c = self.session.content
        plan = self.session.plan()
        key = self.current_key
        # The route is only known once the interview is over; before that, no plan is shown.
        route_known = key == ROUTE or key == SUMMARY or key.startswith("step:")
        heading = (self.tr("您的路线：%1").replace("%1", c.texts.routes[plan.route].short)
                   if route_known else self.tr("您的进度"))
        self.layout_.addWidget(label(heading, role="section"))
        in_interview = key.startswith("q:")
        self._row("interview", self.tr("了解情况"), "▶" if in_interview else
                  ("✔" if route_known else "○"),
                  self.tr("当前") if in_interview else
                  (self.tr("已完成") if route_known else self.tr("待办")), in_interview)
        past_route = key == SUMMARY or key.startswith("step:")
        self._row(ROUTE, self.tr("选择路线"), "▶" if key == ROUTE else
                  ("✔" if past_route else "○"),
                  self.tr("当前") if key == ROUTE else
                  (self.tr("已完成") if past_route else self.tr("待办")), key == ROUTE)
        if route_known:
            for n, step_id in enumerate(plan.step_ids, 1):
                current = key == f"step:{step_id}"
                icon, word = status_words(self, self.session, step_id, current)
                self._row(step_id, f"{n}. {c.steps[step_id].short_title}", icon, word, current)
        else:
            self._row("steps", self.tr("按路线一步一步登录、确认"), "○", self.tr("待办"), False)
        self._row(SUMMARY, self.tr("总结"), "▶" if key == SUMMARY else "○",
                  self.tr("当前") if key == SUMMARY else self.tr("待办"), key == SUMMARY)
        self.layout_.addStretch(1)
        text = self._save_text()
        self.save_warning = label(text)
        self.save_warning.setStyleSheet("color: #942514; font-weight: bold;")
        self.save_warning.setVisible(bool(text))
        self.layout_.addWidget(self.save_warning)
        current_row = next((r for r in self.rows.values() if r.objectName() == "journeyCurrent"),
                           None)
        if current_row is not None:
            self.ensureWidgetVisible(current_row, 0, 40)

    def _save_text(self) -> str:
        store = self.session.store
        if store is not None and store.last_error is not None:
            return self.tr("⚠ 进度暂时无法保存到电脑上（文件夹不可写或磁盘已满）。"
                           "请不要关闭程序，或请工作人员检查。")
        return ""

    def _row(self, key: str, title: str, icon: str, word: str, current: bool) -> None:
        text = f"{icon} {title}" + (f" · {word}" if word else "")
        row = label(text)
        row.setContentsMargins(6, 3, 4, 3)
        row.setObjectName("journeyCurrent" if current else "journeyRow")
        row.setAccessibleName(text)
        self.rows[key] = row
        self.layout_.addWidget(row)
