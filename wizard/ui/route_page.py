"""The route: which one, why, its steps and why each, and a way to switch."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QButtonGroup, QRadioButton

from wizard.flow.journey import ROUTE
from wizard.ui.page_base import PageBase
from wizard.ui.session import Session
from wizard.ui.theme import muted_html
from wizard.ui.widgets import Choice, Disclosure, ReadableText, label, note, one_tab_stop


class RoutePage(PageBase):
    def __init__(self, session: Session):
        super().__init__(session, ROUTE)
        self.route_buttons: dict[str, QRadioButton] = {}

    def signature(self) -> tuple:
        p = self.session.progress
        return (self.session.plan(), self.session.recommended_route(), p.route_override)

    def build(self) -> None:
        c = self.session.content
        plan = self.session.plan()
        recommended = self.session.recommended_route()
        route = c.texts.routes[plan.route]
        self.add_heading(self.tr("请走：%1").replace("%1", route.name),
                         purpose=c.texts.reasons[plan.route_reason], eyebrow=self.tr("您的登录路线"))
        self.add(note("info", f"{c.texts.reasons[plan.route_reason]}\n{route.description}"))
        if plan.route_warning:
            self.add(note("warning", c.texts.reasons[plan.route_warning]))
        ids = plan.step_ids
        lines = [f"<b>{html.escape(c.steps[i].title)}</b><br>"
                 f"{muted_html(c.texts.reasons[plan.entry(i).reason])}" for i in ids]
        self.add(ReadableText(lines, numbered=True, rich=True,
                              heading=self.tr("要做的步骤（共 %1 步）").replace("%1", str(len(ids)))))
        if plan.skipped:
            self.add(ReadableText("\n".join("• " + self.tr("%1：%2").replace("%1", c.steps[e.step_id].title)
                                            .replace("%2", c.texts.reasons[e.reason])
                                            for e in plan.skipped),
                                  heading=self.tr("可以跳过的步骤")))
        prepare = Disclosure(self.tr("走这条路线要准备什么？"))
        prepare.body_layout.addWidget(ReadableText("\n".join(
            f"• {item}" for item in getattr(c.texts.welcome.prepare_by_route, plan.route))))
        self.add(prepare)
        self.add(label(self.tr("想换一条路线？"), role="section"))
        group = QButtonGroup(self)
        self.route_buttons = {}
        for r in ("S", "R"):
            text = c.texts.routes[r].name
            if r == recommended:
                text += self.tr("（推荐）")
            radio = Choice(text)
            radio.setObjectName(f"route_{r}")
            radio.setAccessibleName(text)
            radio.setAccessibleDescription(self.tr("想换一条路线？"))
            group.addButton(radio)
            self.route_buttons[r] = radio
            self.add(radio)
        # Tab reaches the chosen route; the arrows choose the other.
        self.route_buttons[plan.route].setChecked(True)
        one_tab_stop(self.route_buttons.values(), self.route_buttons[plan.route])
        for r, radio in self.route_buttons.items():
            radio.toggled.connect(lambda on, r=r: on and self._switch(r))

    def _switch(self, route: str) -> None:
        recommended = self.session.recommended_route()
        self.session.set_override(None if route == recommended else route)
        self.route_buttons[route].setFocus()

    def choose_route(self, route: str) -> None:
        self.route_buttons[route].click()
