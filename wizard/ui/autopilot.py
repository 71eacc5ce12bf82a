"""Drive the wizard as a user would (clicking its own widgets): for --self-test and tests."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWizard

from wizard.flow.journey import DETAILS, ROUTE, SUMMARY, WELCOME, PageKey
from wizard.ui.question_page import QuestionPage
from wizard.ui.route_page import RoutePage
from wizard.ui.step_page import StepPage
from wizard.ui.wizard import GuideWizard


class AutopilotError(RuntimeError):
    pass


def click_next(wizard: GuideWizard) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    if not (button.isVisible() and button.isEnabled()):
        raise AutopilotError(f"下一步按钮不可用：{wizard.current_key()}")
    before = wizard.currentId()
    button.click()
    QApplication.processEvents()
    if wizard.currentId() == before:
        raise AutopilotError(f"点了下一步但页面没有变化：{wizard.current_key()}")


def drive(wizard: GuideWizard, answers: dict[str, str], route: str | None = None,
          stop_at: PageKey | str | None = None, limit: int = 60) -> list[PageKey]:
    """Answer, tick and click Next until the summary (or `stop_at`); returns the page keys."""
    if isinstance(stop_at, str):
        stop_at = PageKey.parse(stop_at)
    visited = [wizard.current_key()]
    for _ in range(limit):
        if wizard.current_key() in (SUMMARY, stop_at):
            return visited
        answer_page(wizard, answers, route)
        click_next(wizard)
        visited.append(wizard.current_key())
    raise AutopilotError("走了太多页还没到总结页")


def answer_page(wizard: GuideWizard, answers: dict[str, str], route: str | None = None) -> None:
    """Do what the current page asks (answer, choose the route, tick), as a user would."""
    key = wizard.current_key()
    page = wizard.currentPage()
    if isinstance(page, QuestionPage):
        if key.id not in answers:
            raise AutopilotError(f"没有为问题 {key.id} 准备答案")
        page.choose(answers[key.id])
    elif isinstance(page, RoutePage) and route is not None:
        page.choose_route(route)
    elif isinstance(page, StepPage):
        page.tick()
    elif key not in (WELCOME, ROUTE, DETAILS):  # details: optional, Next is enough
        raise AutopilotError(f"不认识的页面：{key}")
