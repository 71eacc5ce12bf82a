"""The live progress of one employer (the current profile): every change goes through here, is
saved at once and announced as a typed Change. When saving fails the session says so (a
Change "save") and retries every RETRY_MS and on every change until it works. When another
program has taken the data folder (LOCK_BUSY, see wizard/ui/instance_lock.py) it stops
retrying: saving_stopped."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, QTimer, Signal

from wizard.changes import Change
from wizard.content import Content
from wizard.flow import Plan, plan, situation_of
from wizard.flow.questions import Route
from wizard.report import Context
from wizard.store import Profile, ProfileStore, Progress
from wizard.store.document import DEFAULT_NAME, ProfileMeta
from wizard.store.profiles import new_id
from wizard.store.progress import StepStatus
from wizard.ui.instance_lock import LOCK_BUSY


class Session(QObject):
    changed = Signal(object)  # a Change

    RETRY_MS = 10_000
    PENDING_MS = 500

    def __init__(self, content: Content, store: ProfileStore | None,
                 profile: Profile | Progress | None = None, today=date.today):
        super().__init__()
        self.content = content
        self.store = store
        if profile is None:
            profile = Progress()
        if isinstance(profile, Progress):  # one unnamed employer (tests, tools)
            profile = Profile(new_id(), ProfileMeta(name=DEFAULT_NAME), profile)
        self.profile: Profile = profile
        self.today = today  # injectable clock, for the waiting-days tests
        self.retry_timer = QTimer(self)
        self.retry_timer.setInterval(self.RETRY_MS)
        self.retry_timer.timeout.connect(self.save)
        # Where the user is gets written just after the new page has painted (the window calls
        # flush()), not during the click: on an old disk the write and its fsync can take
        # longer than the switch itself. The timer is the fallback without a window.
        self.pending_save = QTimer(self)
        self.pending_save.setSingleShot(True)
        self.pending_save.setInterval(self.PENDING_MS)
        self.pending_save.timeout.connect(self.save)

    @property
    def progress(self) -> Progress:
        return self.profile.progress

    def save_failing(self) -> bool:
        return self.store is not None and self.store.last_error is not None

    def saving_stopped(self) -> bool:
        """Another program writes this data folder now: nothing here is saved any more."""
        return self.store is not None and self.store.last_error == LOCK_BUSY

    # --- reading ------------------------------------------------------------------------
    def plan(self) -> Plan:
        return self.progress.plan()

    def recommended_route(self) -> Route:
        return plan(situation_of(self.progress.answers)).route

    def context(self, current=None) -> Context:
        from wizard.flow.journey import WELCOME

        return Context.of(self.content, self.progress, self.today(), current or WELCOME)

    # --- changing (each saves and is announced) ------------------------------------------
    def set_answer(self, question: str, value: str) -> None:
        if self.progress.answers.get(question) != value:
            self.progress.set_answer(question, value)
            self._commit(Change("answer", question))

    def set_override(self, route: Route | None) -> None:
        if self.progress.route_override != route:
            self.progress.route_override = route
            self._commit(Change("route"))

    def set_status(self, step_id: str, status: StepStatus) -> None:
        if self.progress.status(step_id) != status:
            self.progress.set_status(step_id, status, self.today())
            self._commit(Change("status", step_id))

    def set_applied_on(self, day: date | None) -> None:
        if self.progress.applied_on != day:
            self.progress.applied_on = day
            self._commit(Change("date"))

    def set_employer(self, field: str, value: str | None) -> None:
        """One of the optional employer details, saved as typed (empty = not given)."""
        value = (value or "").strip() or None
        if getattr(self.progress.employer, field) != value:
            setattr(self.progress.employer, field, value)
            self._commit(Change("details", field))

    def mark_employer_page_seen(self) -> None:
        if not self.progress.employer_page_seen:
            self.progress.employer_page_seen = True
            self.save()

    def set_current_page(self, key: str) -> None:
        # Saved once the page is shown, not announced: the wizard refreshes what depends on
        # the page itself.
        if self.progress.current_page != key:
            self.progress.current_page = key
            self.pending_save.start()

    def flush(self) -> None:
        """Write now what is waiting to be written (before closing or switching employer)."""
        if self.pending_save.isActive():
            self.save()

    def reset(self) -> None:
        self.profile.progress = Progress()
        self._commit(Change("profile"))

    def save(self) -> bool:
        if self.store is None or self.profile.read_only:
            return True
        self.pending_save.stop()  # this write carries it
        was_failing = self.save_failing()
        ok = self.store.save(self.profile)
        if ok or self.saving_stopped():
            self.retry_timer.stop()
        elif not self.retry_timer.isActive():
            self.retry_timer.start()
        if was_failing != self.save_failing():
            self.changed.emit(Change("save"))
        return ok

    # --- profiles ---------------------------------------------------------------------------
    def switch_to(self, profile: Profile) -> None:
        """Continue another employer. The one left was saved at its last change."""
        if profile.read_only:
            raise ValueError("a profile from a newer program cannot be continued")
        if self.save_failing() or self.pending_save.isActive():
            self.save()  # what is waiting, or one last try, for the employer being left
        self.profile = profile
        self.changed.emit(Change("profile"))

    def _commit(self, change: Change) -> None:
        self.save()
        self.changed.emit(change)
