"""The side panel: the whole journey with a status icon and word per row, each page's row
from its key (wizard/report/facts.py sidebar_entry), so every page kind brings its own row —
also pages not made yet (the wizard makes a page when it is first needed).

It is a task list (GOV.UK): each row one can go to now is a link — a step left for later is
one click away. The wizard walks the journey there (GuideWizard.walk_to, wizard/flow/journey.py),
so Back afterwards follows the path. The current row, and rows not reachable yet (the steps
before the route is known), are plain text.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from wizard.changes import Change
from wizard.flow.journey import SUMMARY, WELCOME, PageKey, path_to
from wizard.report.facts import SidebarEntry, sidebar_entry
from wizard.store.document import DEFAULT_NAME
from wizard.ui import accessible
from wizard.ui.session import Session
from wizard.ui.theme import colour
from wizard.ui.widgets import RingLabel, clear_layout, label
from wizard.ui.words import status_label, word

# Changes that cannot alter the panel (typing the employer's details, or nothing at all).
QUIET = frozenset({"details"})


class TaskLink(RingLabel):
    """A row one can go to: a link for everyone. The whole row takes the click; Tab reaches it,
    Enter or Space follows it; a screen reader hears "link" and the row's words."""

    accessible_kind = "link"  # wizard/ui/accessible.py gives it the role Link
    url = ""  # no address: it leads to a page of the wizard
    activated = Signal()

    def __init__(self, parent: QWidget | None = None):
        accessible.install()
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)  # the row clicks
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # after the flags: they set it too
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleDescription(self.tr("按回车键转到这一页"))

    def spoken_name(self) -> str:
        return self.accessibleName()

    def activate(self) -> None:
        self.activated.emit()

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.activate()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activate()
            return
        super().keyPressEvent(event)


class JourneyPanel(QScrollArea):
    """Scrolls when a long route does not fit a small screen; the current row stays in view."""

    go_requested = Signal(object)  # a PageKey: the row's page, reached along the journey

    def __init__(self, session: Session, keys: Callable[[], list[PageKey]]):
        super().__init__()
        self.session = session
        self.keys = keys  # every page's key, in journey order
        self.setObjectName("journeyScroll")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its links are the tab stops
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
        self.targets: dict[str, PageKey] = {}
        self.save_warning = label("", role="muted")
        self.hint: QLabel | None = None  # 稍后再做的步骤，点它的名字…: shown while one waits
        self._widgets: dict[str, QLabel] = {}
        self._structure: list[tuple[str, str]] | None = None

    def show_page(self, key: PageKey) -> None:
        self.current_key = key
        self.refresh()

    def on_change(self, change: Change) -> None:
        if change.kind not in QUIET:
            self.refresh()

    def _entries_and_targets(self) -> list[tuple[SidebarEntry, PageKey | None]]:
        """Each row, and the page it leads to: the first of its pages the journey can reach now
        (the interview's row: the first question still asked); None if none can be reached."""
        ctx = self.session.context(self.current_key)
        progress = self.session.progress
        # Once the summary can be reached, every page one can go to is on the way there: one
        # walk for all rows (the walk is the same for every target: wizard/flow/journey.py).
        whole = path_to(SUMMARY, progress)
        on_the_way = set(whole) if whole[-1] == SUMMARY else None
        rows: dict[str, SidebarEntry] = {}
        targets: dict[str, PageKey | None] = {}
        for key in self.keys():
            entry = sidebar_entry(key, ctx)
            if entry is None:
                continue
            rows.setdefault(entry.id, entry)
            if targets.get(entry.id) is None and entry.state != "current":
                reached = (key in on_the_way if on_the_way is not None
                           else path_to(key, progress)[-1] == key)
                targets[entry.id] = key if reached else None
        return [(entry, targets.get(entry.id)) for entry in rows.values()]

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
        entries = self._entries_and_targets()
        # An older user may not know that the rows click: said once a step waits for later.
        waiting = any(entry.state == "later" and target is not None for entry, target in entries)
        shown.append(("laterHint", self.tr("稍后再做的步骤，点它的名字就能回去做。") if waiting else "",
                      "hint"))
        self.targets = {}
        for entry, target in entries:
            icon, state_word = status_label(entry.state)
            title = word(entry.title) if entry.title.startswith("sidebar.") else entry.title
            if entry.number is not None:
                title = f"{entry.number}. {title}"
            kind = "current" if entry.state == "current" else ("link" if target else "row")
            if target is not None:
                self.targets[entry.id] = target
            shown.append((entry.id, f"{icon} {title} · {state_word}", kind))
        structure = [key for key, _, _ in shown]
        if structure != self._structure:  # other rows (a new plan): build them anew
            self._build(shown)
            self._structure = structure
        else:  # the usual Next: same rows, new words; a row that became (or stopped being)
            for index, (key, text, kind) in enumerate(shown):  # a link is replaced alone
                widget = self._widgets[key]
                if isinstance(widget, TaskLink) != (kind == "link"):
                    widget = self._replace(index, key, kind)
                self._show(widget, text, kind)
        current_row = next((r for r in self.rows.values() if r.objectName() == "journeyCurrent"),
                           None)  # (found by name: the style sheet highlights it by name)
        if self.save_warning.isVisibleTo(self):  # the warning must stay in sight
            self.ensureWidgetVisible(self.save_warning, 0, 0)
        elif current_row is not None:
            self.ensureWidgetVisible(current_row, 0, 40)

    def _build(self, shown: list[tuple[str, str, str]]) -> None:
        clear_layout(self.layout_)
        self.rows = {}
        self._widgets = {}
        for key, text, kind in shown:
            widget = self._make(key, kind)
            self.layout_.addWidget(widget)
            widget.show()  # now, not after the next event (a click and a look must agree)
            self._show(widget, text, kind)
        self.layout_.addStretch(1)

    def _make(self, key: str, kind: str) -> QLabel:
        if kind == "link":
            widget = TaskLink()
            widget.activated.connect(lambda k=key: self._go(k))
        else:
            widget = label("", role={"unit": "muted", "hint": "muted", "heading": "section"}.get(kind))
        if kind == "warning":
            widget.setObjectName("saveWarning")
            self.save_warning = widget
        elif kind == "hint":
            widget.setObjectName("journeyHint")
            self.hint = widget
        elif kind == "unit":
            widget.setObjectName("journeyUnit")
        elif kind in ("row", "current", "link"):
            widget.setContentsMargins(6, 3, 4, 3)
            self.rows[key] = widget
        self._widgets[key] = widget
        return widget

    def _replace(self, index: int, key: str, kind: str) -> QLabel:
        old = self._widgets[key]
        widget = self._make(key, kind)
        self.layout_.insertWidget(index, widget)
        widget.show()
        self.layout_.removeWidget(old)
        old.hide()
        old.setParent(None)
        old.deleteLater()
        return widget

    def _go(self, row_id: str) -> None:
        target = self.targets.get(row_id)
        if target is not None:
            self.go_requested.emit(target)

    def _show(self, widget: QLabel, text: str, kind: str) -> None:
        shown = text
        if kind == "link":  # the row's title underlined in the link colour; all of it clicks
            icon, rest = text.split(" ", 1)
            title, state = rest.rsplit(" · ", 1)
            shown = (f"{html.escape(icon)} <a href='#' style='color:{colour('link')}'>"
                     f"{html.escape(title)}</a> · {html.escape(state)}")
        if widget.text() != shown:
            widget.setText(shown)
        if kind in ("warning", "hint"):
            widget.setVisible(bool(text))
        elif kind in ("row", "current", "link"):
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
