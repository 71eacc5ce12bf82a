"""The live progress of one employer (the current profile): every change goes through here and
is saved at once. When saving fails the session says so (save_failed) and retries every
RETRY_MS and on every change until it works (save_recovered). When another program has taken
the data folder (LOCK_BUSY, see wizard/ui/instance_lock.py) it stops retrying: saving_stopped."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, QTimer, Signal

from wizard.content import Content
from wizard.flow import Plan, plan
from wizard.flow.situation import Route
from wizard.store import Profile, ProfileStore, Progress
from wizard.store.profiles import DEFAULT_NAME, ProfileMeta, new_id
from wizard.store.progress import StepStatus
from wizard.ui.instance_lock import LOCK_BUSY


class Session(QObject):
    changed = Signal()
    save_failed = Signal(str)
    save_recovered = Signal()
    profile_switched = Signal()

    RETRY_MS = 10_000

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

    @property
    def progress(self) -> Progress:
        return self.profile.progress

    @progress.setter
    def progress(self, value: Progress) -> None:
        self.profile.progress = value

    def save_failing(self) -> bool:
        return self.store is not None and self.store.last_error is not None

    def saving_stopped(self) -> bool:
        """Another program writes this data folder now: nothing here is saved any more."""
        return self.store is not None and self.store.last_error == LOCK_BUSY

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

    def set_employer(self, field: str, value: str | None) -> None:
        """One of the optional employer details, saved as typed (empty = not given).

        Saved without `changed`: nothing else on screen depends on it while typing.
        """
        value = (value or "").strip() or None
        if getattr(self.progress.employer, field) != value:
            setattr(self.progress.employer, field, value)
            self.save()

    def mark_employer_page_seen(self) -> None:
        if not self.progress.employer_page_seen:
            self.progress.employer_page_seen = True
            self.save()

    def set_current_page(self, key: str) -> None:
        # Saved, but not announced: the wizard refreshes what depends on the page itself.
        if self.progress.current_page != key:
            self.progress.current_page = key
            self.save()

    def reset(self) -> None:
        self.progress = Progress()
        self._commit()

    def save(self) -> bool:
        if self.store is None or self.profile.read_only:
            return True
        ok = self.store.save(self.profile)
        if ok:
            if self.retry_timer.isActive():
                self.retry_timer.stop()
                self.save_recovered.emit()
        else:
            if self.saving_stopped():
                self.retry_timer.stop()
            elif not self.retry_timer.isActive():
                self.retry_timer.start()
            self.save_failed.emit(self.store.last_error or "")
        return ok

    # --- profiles ---------------------------------------------------------------------------
    def switch_to(self, profile: Profile) -> None:
        """Continue another employer. The one left was saved at its last change."""
        if profile.read_only:
            raise ValueError("a profile from a newer program cannot be continued")
        if self.save_failing():
            self.save()  # one last try for the employer being left
        self.profile = profile
        self.profile_switched.emit()
        self.changed.emit()

    def _commit(self) -> None:
        self.save()
        self.changed.emit()
