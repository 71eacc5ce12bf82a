"""No profile is written without holding the data folder's lock.

When the lock cannot be made at start (disk full, read-only, a file where the folder should be),
the program runs on, and every save first tries to take the lock again. If by then another
program has taken it, this one stops saving for good and says so: its view of the folder is
out of date, and writing would overwrite the other's work. The lock file is private (0600).

Two InstanceLock objects in one process behave as two programs do (QLockFile sees a live
holder); tests/test_instance_lock.py starts real second processes.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from wizard.store import ProfileStore
from wizard.ui.instance_lock import LOCK_BUSY, LOCK_FILE, InstanceLock, LockState
from wizard.ui.session import Session


@pytest.fixture
def qapp():
    from wizard.app import ensure_app

    return ensure_app()


@pytest.fixture
def blocked(tmp_path) -> Path:
    """A data folder that cannot be made now: a file stands where it should be."""
    data = tmp_path / "data"
    data.write_text("in the way", encoding="utf-8")
    return data


def profile_files(data: Path) -> list[Path]:
    return sorted((data / "profiles").glob("*.json")) if (data / "profiles").is_dir() else []


def guarded_session(data: Path, lock: InstanceLock, content) -> Session:
    store = ProfileStore(data)
    lock.guard(store)  # what wizard.app.run does
    return Session(content, store, store.new_profile("甲公司"))


def test_the_lock_file_is_private(qapp, tmp_path):
    old = os.umask(0o022)  # the usual umask: Qt alone would make the file 0644
    try:
        lock = InstanceLock(tmp_path / "data")
        assert lock.acquire() is LockState.LOCKED
    finally:
        os.umask(old)
    assert (lock.path.stat().st_mode & 0o777) == 0o600
    lock.release()


def test_a_lock_that_failed_at_start_is_taken_at_the_next_save(qapp, blocked, content):
    first = InstanceLock(blocked)
    assert first.acquire() is LockState.UNAVAILABLE
    session = guarded_session(blocked, first, content)
    assert session.save() is False  # the folder is still blocked: fails, retried
    assert session.retry_timer.isActive() and not session.saving_stopped()
    blocked.unlink()  # the disk has room again
    session.retry_timer.timeout.emit()  # the retry
    assert not session.save_failing() and len(profile_files(blocked)) == 1
    assert first.lock.isLocked()
    later = InstanceLock(blocked)
    assert later.acquire() is LockState.BUSY  # a program started now finds it taken
    first.release()


def test_a_lock_taken_by_another_program_meanwhile_stops_saving(qapp, blocked, content):
    first = InstanceLock(blocked)
    assert first.acquire() is LockState.UNAVAILABLE
    session = guarded_session(blocked, first, content)
    blocked.unlink()
    second = InstanceLock(blocked)  # started while the first ran without its lock
    assert second.acquire() is LockState.LOCKED
    theirs = ProfileStore(blocked)
    assert theirs.save(theirs.new_profile("乙公司"))
    before = {p: p.read_bytes() for p in profile_files(blocked)}
    changes = []
    session.changed.connect(changes.append)
    session.set_answer("trust_level_l2", "yes")
    assert any(c.kind == "save" for c in changes) and session.store.last_error == LOCK_BUSY
    assert session.saving_stopped()
    assert not session.retry_timer.isActive()  # stopped for good, not retried
    assert {p: p.read_bytes() for p in profile_files(blocked)} == before
    second.release()  # even when the other program is gone, this one never writes again
    session.set_answer("trust_level_l2", "no")
    assert {p: p.read_bytes() for p in profile_files(blocked)} == before
    assert session.saving_stopped()


def test_a_lock_lost_while_running_stops_saving_and_is_not_deleted(qapp, tmp_path, content):
    data = tmp_path / "data"
    first = InstanceLock(data)
    assert first.acquire() is LockState.LOCKED
    session = guarded_session(data, first, content)
    assert session.save()
    # Asleep longer than the stale age: another program took the lock as stale.
    (data / LOCK_FILE).unlink()
    second = InstanceLock(data)
    assert second.acquire() is LockState.LOCKED
    before = {p: p.read_bytes() for p in profile_files(data)}
    session.set_answer("trust_level_l2", "yes")
    assert session.saving_stopped()
    assert {p: p.read_bytes() for p in profile_files(data)} == before
    first.release()  # quitting: the other program's lock stays
    assert (data / LOCK_FILE).exists()
    assert InstanceLock(data).acquire() is LockState.BUSY
    second.release()


def test_deleting_or_renaming_a_profile_needs_the_lock_too(qapp, blocked, content):
    first = InstanceLock(blocked)
    assert first.acquire() is LockState.UNAVAILABLE
    store = ProfileStore(blocked)
    first.guard(store)
    blocked.unlink()
    second = InstanceLock(blocked)
    assert second.acquire() is LockState.LOCKED
    theirs = ProfileStore(blocked)
    profile = theirs.new_profile("乙公司")
    assert theirs.save(profile)
    assert store.delete(profile.id) is False and profile_files(blocked)
    assert store.save(profile, touch=False) is False and store.last_error == LOCK_BUSY
    second.release()


def test_the_window_says_saving_stopped(qtbot, qapp, blocked, content):
    from tests.ui_helpers import make_wizard

    first = InstanceLock(blocked)
    assert first.acquire() is LockState.UNAVAILABLE
    blocked.unlink()
    wizard = make_wizard(qtbot, blocked)
    first.guard(wizard.session.store)
    second = InstanceLock(blocked)
    assert second.acquire() is LockState.LOCKED
    wizard.session.set_answer("trust_level_l2", "yes")
    warning = wizard.side.save_warning
    assert warning.isVisible() and "不再保存" in warning.text()
    second.release()
