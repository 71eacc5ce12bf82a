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
        route_known = key in (ROUTE, DETAILS, SUMMARY) or key.startswith("step:")
        heading = (self.tr("您的路线：%1").replace("%1", c.texts.routes[plan.route].short)
                   if route_known else self.tr("您的进度"))
        # First, so it is always in sight: progress cannot be saved (it stays until it can).
        text = self._save_text()
        self.save_warning = label(text)
        self.save_warning.setObjectName("saveWarning")
        self.save_warning.setStyleSheet("background: #fdecea; color: #942514; font-weight: bold;"
                                        " border-left: 5px solid #d4351c; padding: 6px;")
        self.layout_.addWidget(self.save_warning)
        self.save_warning.setVisible(bool(text))
        name = self.session.profile.name
        if name != DEFAULT_NAME:  # service-centre staff: which employer this is
            unit = label(self.tr("单位：%1").replace("%1", name), role="muted")
            unit.setObjectName("journeyUnit")
            self.layout_.addWidget(unit)
        self.layout_.addWidget(label(heading, role="section"))
        in_interview = key.startswith("q:")
        self._row("interview", self.tr("了解情况"), "▶" if in_interview else
                  ("✔" if route_known else "○"),
                  self.tr("当前") if in_interview else
                  (self.tr("已完成") if route_known else self.tr("待办")), in_interview)
        past_route = key in (DETAILS, SUMMARY) or key.startswith("step:")
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
        current_row = next((r for r in self.rows.values() if r.objectName() == "journeyCurrent"),
                           None)
        if text:  # the warning wins over the current row: it must stay in sight
            self.ensureWidgetVisible(self.save_warning, 0, 0)
        elif current_row is not None:
            self.ensureWidgetVisible(current_row, 0, 40)

    def _save_text(self) -> str:
        if self.session.save_failing():
            return self.tr("⚠ 进度现在无法保存（文件夹不可写或磁盘已满）。程序每 10 秒重试一次；"
                           "已保存的进度不受影响。请先不要关闭程序，或请工作人员检查。")
        return ""

    def _row(self, key: str, title: str, icon: str, word: str, current: bool) -> None:
        text = f"{icon} {title}" + (f" · {word}" if word else "")
        row = label(text)
        row.setContentsMargins(6, 3, 4, 3)
        row.setObjectName("journeyCurrent" if current else "journeyRow")
        row.setAccessibleName(text)
        self.rows[key] = row
        self.layout_.addWidget(row)
