"""The live progress of one user: every change goes through here and is saved at once."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Signal

from wizard.content import Content
from wizard.flow import Plan, plan
from wizard.flow.situation import Route
from wizard.store import Progress, ProgressStore
from wizard.store.progress import StepStatus


class Session(QObject):
    changed = Signal()
    save_failed = Signal(str)

    def __init__(self, content: Content, store: ProgressStore | None, progress: Progress,
                 today=date.today):
        super().__init__()
        self.content = content
        self.store = store
        self.progress = progress
        self.today = today  # injectable clock, for the waiting-days tests

    # --- reading ------------------------------------------------------------------------
    def plan(self) -> Plan:
        return self.progress.plan()

    def recommended_route(self) -> Route:
        return plan(self.progress.answers.situation(None)).route

    # --- changing (each saves) -----------------------------------------------------------
    def set_answer(self, question: str, value: str) -> None:
        if getattr(self.progress.answers, question) != value:
            setattr(self.progress.answers, question, value)
            self._commit()

    def set_override(self, route: Route | None) -> None:
        if self.progress.route_override != route:
            self.progress.route_override = route
            self._commit()

    def set_status(self, step_id: str, status: StepStatus) -> None:
        if self.progress.status(step_id) != status:
            self.progress.set_status(step_id, status, self.today())
            self._commit()

    def set_applied_on(self, day: date) -> None:
        if self.progress.authorization_applied_on != day:
            self.progress.authorization_applied_on = day
            self._commit()

    def set_current_page(self, key: str) -> None:
        # Saved, but not announced: the wizard refreshes what depends on the page itself.
        if self.progress.current_page != key:
            self.progress.current_page = key
            self.save()

    def reset(self) -> None:
        self.progress = Progress()
        self._commit()

    def save(self) -> bool:
        if self.store is None:
            return True
        ok = self.store.save(self.progress)
        if not ok:
            self.save_failed.emit(self.store.last_error or "")
        return ok

    def _commit(self) -> None:
        self.save()
        self.changed.emit()
