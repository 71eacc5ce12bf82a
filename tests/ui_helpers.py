"""Build the real wizard on an isolated data folder, and click through it as a user does."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard

from wizard.app import ensure_app
from wizard.content import load_content
from wizard.store import ProfileStore
from wizard.ui.session import Session
from wizard.ui.wizard import GuideWizard

NEXT = QWizard.WizardButton.NextButton


def make_wizard(qtbot, data: Path, today=date.today, display=None) -> GuideWizard:
    ensure_app()
    store = ProfileStore(data)
    opened = store.open()
    wizard = GuideWizard(Session(load_content(), store, opened.profile, today),
                         opened.notices, display=display)
    qtbot.addWidget(wizard)
    wizard.resize(1024, 600)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def click(qtbot, widget) -> None:
    # QTest asserts on a widget without a shown window and aborts the whole run: fail this
    # test instead.
    assert widget is not None and widget.isVisible(), f"not on screen, cannot be clicked: {widget!r}"
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def click_next(qtbot, wizard: GuideWizard) -> str:
    button = wizard.button(NEXT)
    assert button.isEnabled(), f"Next disabled on {wizard.current_key()}"
    click(qtbot, button)
    return wizard.current_key()


def mouse_walk(qtbot, wizard: GuideWizard, answers: dict[str, str], route: str | None = None,
               stop_at: str | None = None) -> list[str]:
    """Answer by clicking radio buttons, tick by clicking the box, press Next with the mouse."""
    keys = [wizard.current_key()]
    for _ in range(60):
        key = wizard.current_key()
        if key in ("summary", stop_at):
            return keys
        page = wizard.currentPage()
        if key.startswith("q:"):
            click(qtbot, page.buttons[answers[key[2:]]])
        elif key == "route" and route:
            click(qtbot, page.route_buttons[route])
        elif key.startswith("step:"):
            click_next(qtbot, wizard)  # never disabled: without the tick, the page asks
            assert wizard.current_key() == key and page.next_prompt.isVisible()
            click(qtbot, page.done_box)
        elif key == "details":
            assert wizard.button(NEXT).isEnabled(), "the details page never holds the user"
        keys.append(click_next(qtbot, wizard))
    raise AssertionError("never reached the summary")


def steps_of(keys: list[str]) -> list[str]:
    return [k[5:] for k in keys if k.startswith("step:")]


def keyboard_walk(qtbot, wizard: GuideWizard, answers: dict[str, str]) -> None:
    """Key events only (Tab, arrows, Space, Enter) from the welcome page to the summary."""

    def focused():
        return QApplication.focusWidget()

    def tab_to(widget, limit=80):
        for _ in range(limit):
            if focused() is widget:
                return
            qtbot.keyClick(focused() or wizard, Qt.Key.Key_Tab)
        raise AssertionError(f"Tab never reached {widget}")

    def enter():
        qtbot.keyClick(focused() or wizard, Qt.Key.Key_Return)

    enter()  # "开始"
    for _ in range(40):
        key = wizard.current_key()
        if key == "summary":
            return
        page = wizard.currentPage()
        if key.startswith("q:"):
            want = page.buttons[answers[key[2:]]]
            first = next(iter(page.buttons.values()))
            tab_to(first)
            while focused() is not want:
                qtbot.keyClick(focused(), Qt.Key.Key_Down)
            qtbot.keyClick(want, Qt.Key.Key_Space)
            assert want.isChecked()
        elif key.startswith("step:"):
            tab_to(page.done_box)
            qtbot.keyClick(page.done_box, Qt.Key.Key_Space)
            assert page.done_box.isChecked()
        before = key
        enter()
        assert wizard.current_key() != before, f"Enter did not move on from {before}"
    raise AssertionError("the keyboard never reached the summary")
