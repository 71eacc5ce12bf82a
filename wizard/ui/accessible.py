"""What screen readers get beyond Qt's defaults: link and disclosure roles, announcements.

Qt (6.11) exports its accessibility tree to AT-SPI (Orca) on Linux and UI Automation (NVDA,
Narrator) on Windows. Four things the wizard needs are not in Qt's own widget interfaces:

- a link: no Qt widget has the role Link (a QLabel with <a href> is "label", with no
  hyperlink interface), so AddressLink gets an interface whose role is Link, whose name is
  the address and whose Press action opens it;
- one choice of several shown as push buttons (the languages): a checkable QPushButton is a
  "check box"; ChoiceButton gets the role RadioButton, checked or not;
- a disclosure (怎么查？ 遇到问题？): a checkable QToolButton is a "check box"; DisclosureButton
  gets role Button with the states expandable and expanded / collapsed. Qt's AT-SPI bridge does
  not forward expanded-state changes as events (only checked, active, enabled, focused), so the
  change is also announced (below);
- a live message ("已复制"): QAccessibleAnnouncementEvent (Qt 6.8+) becomes AT-SPI's
  object:announcement and a UI Automation notification.

And one repair: Qt's interface for a QScrollArea (QAccessibleAbstractScrollArea::child) does
not check the index it is asked for. A screen reader that counted a page's children while the
scroll bar showed and asks for the last one after a page change hid it crashes the program
(a segmentation fault, seen on the AT-SPI bus). Every QScrollArea subclass of ours (ScrollArea,
ZoomArea, JourneyPanel) gets QAccessibleWidget's interface instead, which checks it.

tests/test_a11y_widgets.py checks these through QAccessible, tests/test_atspi.py on the real bus.
"""

from __future__ import annotations

import atexit

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import (
    QAccessible,
    QAccessibleActionInterface,
    QAccessibleAnnouncementEvent,
    QAccessibleStateChangeEvent,
)
from PySide6.QtWidgets import QAccessibleWidget, QScrollArea, QWidget

_installed = False


class _Pressable(QAccessibleWidget):
    """A widget interface whose first action is Press (what a screen reader's "activate" does),
    with the role its class names."""

    ROLE = QAccessible.Role.Button

    def __init__(self, widget: QWidget):
        super().__init__(widget, self.ROLE)

    def actionNames(self) -> list[str]:
        return [QAccessibleActionInterface.pressAction(),
                *(n for n in super().actionNames() if n != QAccessibleActionInterface.pressAction())]

    def doAction(self, name: str) -> None:
        if name == QAccessibleActionInterface.pressAction():
            self.widget().activate()
        else:
            super().doAction(name)

    def text(self, kind: QAccessible.Text) -> str:
        widget = self.widget()
        if kind == QAccessible.Text.Name:
            return widget.accessibleName() or widget.spoken_name()
        if kind == QAccessible.Text.Description:
            return widget.accessibleDescription()
        return super().text(kind)


class LinkInterface(_Pressable):
    ROLE = QAccessible.Role.Link

    def state(self) -> QAccessible.State:
        state = super().state()
        state.linked = True
        return state

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Value:  # the address, where a reader asks for a link's target
            return self.widget().url
        return super().text(kind)


class DisclosureInterface(_Pressable):
    ROLE = QAccessible.Role.Button

    def state(self) -> QAccessible.State:
        state = super().state()
        state.expandable = True
        state.expanded = self.widget().is_open()
        state.collapsed = not state.expanded
        return state


class ChoiceInterface(_Pressable):
    """A push button that is one choice of several (the languages): a radio button, checked
    or not (a checkable QPushButton alone would be a "check box")."""

    ROLE = QAccessible.Role.RadioButton

    def state(self) -> QAccessible.State:
        state = super().state()
        state.checkable = True
        state.checked = self.widget().isChecked()
        return state


class ScrollAreaInterface(QAccessibleWidget):
    """Viewport and scroll bars as children, like Qt's, but an index out of range is None."""

    def __init__(self, widget: QWidget):
        super().__init__(widget, QAccessible.Role.Client)


def _factory(_key: str, obj: QObject):
    # Only our own classes: every other widget keeps Qt's interface. (Qt asks the factories
    # with the most derived class name first, so a Python subclass of a Qt widget comes here
    # before Qt's own factory answers for its base class.)
    kind = getattr(type(obj), "accessible_kind", None)
    if kind == "link":
        return LinkInterface(obj)
    if kind == "disclosure":
        return DisclosureInterface(obj)
    if kind == "choice":
        return ChoiceInterface(obj)
    if isinstance(obj, QScrollArea):
        return ScrollAreaInterface(obj)
    return None


def install() -> None:
    """Install the factory once; every widget class here calls it before its first use."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        atexit.register(_delete_windows)  # runs before PySide's own exit clean-up (LIFO)
        _installed = True


def _delete_windows() -> None:
    # PySide6 before 6.11 destroys the application after the Python side of our interfaces is
    # gone; Qt's accessibility cache then deletes them again and the program ends with a
    # segmentation fault. Deleting the windows first lets Qt drop each interface with its widget.
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        return
    for window in QApplication.topLevelWidgets():
        if shiboken6.isValid(window) and window.parent() is None:
            shiboken6.delete(window)


def expanded_changed(widget: QWidget) -> None:
    """Tell the platform that `widget` opened or closed (UI Automation forwards it)."""
    changed = QAccessible.State()
    changed.expanded = True
    changed.collapsed = True
    QAccessible.updateAccessibility(QAccessibleStateChangeEvent(widget, changed))


def announce(widget: QWidget, message: str, assertive: bool = False) -> None:
    """Have the screen reader say `message` (a live region): AT-SPI object:announcement, UI
    Automation notification. Nothing happens without an assistive technology listening."""
    if not message:
        return
    event = QAccessibleAnnouncementEvent(widget, message)
    if assertive:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)
