"""One program per data folder at a time: a QLockFile `wizard.lock` in the data folder.

A lock left by a crash is recovered: on the same computer Qt sees that the process named in
the lock is gone; from another computer (a USB stick pulled out while running) the lock counts
as stale once it has not been refreshed for STALE_MS, and the running program refreshes it
every TOUCH_MS. Without the age rule a lock from another computer would block forever; with
Qt's default age (30 s) and no refresh a second program would steal a live lock.

No profile is written without the lock (`guard`): when it could not be made at start (disk
full, read-only) every save tries to take it again first; when another program has it by then,
or took it meanwhile (this computer slept past STALE_MS), this program never writes again.
The lock file is 0600, like every file the program writes.
"""

from __future__ import annotations

import logging
import os
from contextlib import contextmanager
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QTimer

from wizard.files import POSIX, ensure_private_dir

log = logging.getLogger(__name__)

LOCK_FILE = "wizard.lock"
# Why a write was refused (ProfileStore.last_error); the UI says them in words.
LOCK_BUSY = "lock_busy"  # another program has the data folder: this one stops saving for good
LOCK_UNAVAILABLE = "lock_unavailable"  # the lock cannot be made now: saving fails, is retried


class LockState(Enum):
    LOCKED = "locked"  # ours: go on
    BUSY = "busy"  # another program uses this data folder: say so and stop
    UNAVAILABLE = "unavailable"  # the folder cannot be written: go on, saving will warn


@contextmanager
def _private_files():
    """Files created meanwhile are 0600 (QLockFile has no mode of its own)."""
    old = os.umask(0o077) if POSIX else None
    try:
        yield
    finally:
        if old is not None:
            os.umask(old)


class InstanceLock(QObject):
    STALE_MS = 180_000
    TOUCH_MS = 60_000

    def __init__(self, data_dir: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.path = self.data_dir / LOCK_FILE
        self.lock = QLockFile(str(self.path))
        self.lock.setStaleLockTime(self.STALE_MS)
        self.timer = QTimer(self)
        self.timer.setInterval(self.TOUCH_MS)
        self.timer.timeout.connect(self._touch)
        self.lost = False  # another program has had the folder since: never write again
        self._file_id: tuple[int, int] | None = None  # our lock file, to notice it replaced

    def acquire(self) -> LockState:
        try:
            if not self.data_dir.exists():
                ensure_private_dir(self.data_dir)
        except OSError as exc:
            log.warning("data folder %s cannot be created: %s", self.data_dir, exc)
            return LockState.UNAVAILABLE
        with _private_files():
            taken = self.lock.tryLock(0)  # also removes a stale lock (dead process, or too old)
        if taken:
            self._file_id = self._current_file_id()
            self.timer.start()
            return LockState.LOCKED
        if self.lock.error() == QLockFile.LockError.LockFailedError:
            return LockState.BUSY
        log.warning("cannot lock %s: %s", self.path, self.lock.error())
        return LockState.UNAVAILABLE

    def _current_file_id(self) -> tuple[int, int] | None:
        try:
            st = os.stat(self.path)
        except OSError:
            return None
        return st.st_dev, st.st_ino

    def ensure(self) -> LockState:
        """Before every write: LOCKED when the lock is ours (taken now if start-up could not);
        UNAVAILABLE when it cannot be made yet; BUSY, for good, once another program has it."""
        if self.lost:
            return LockState.BUSY
        if self.lock.isLocked():
            if self._current_file_id() == self._file_id:
                return LockState.LOCKED
            self._lose("the lock file was replaced or removed")
            return LockState.BUSY
        state = self.acquire()
        if state is LockState.BUSY:
            self._lose(f"held by {self.holder()}")
        return state

    def write_problem(self) -> str | None:
        """ProfileStore's write guard: None to write, else why not (LOCK_BUSY/LOCK_UNAVAILABLE)."""
        state = self.ensure()
        if state is LockState.LOCKED:
            return None
        return LOCK_BUSY if state is LockState.BUSY else LOCK_UNAVAILABLE

    def guard(self, store) -> None:
        """Make every profile write of `store` (a ProfileStore) ask for the lock first."""
        store.write_guard = self.write_problem

    def _lose(self, why: str) -> None:
        log.warning("data folder %s is now used by another program (%s); this one stops saving",
                    self.data_dir, why)
        self.lost = True
        self.timer.stop()  # never keep another program's lock fresh
        if self.lock.isLocked():
            # QLockFile's unlock (and its destructor) would delete the file at the path, which
            # is the other program's lock now: let go of the object without unlocking.
            from shiboken6 import Shiboken

            Shiboken.invalidate(self.lock)
            self.lock = QLockFile(str(self.path))

    def holder(self) -> str:
        """'pid on host' of the program holding the lock, for the log."""
        info = self.lock.getLockInfo()  # PySide6: (pid, host, app), empty values if unknown
        if isinstance(info, tuple) and len(info) >= 3:
            pid, host, app = info[-3:]
            return f"{app} pid {pid} on {host}"
        return "unknown"

    def release(self) -> None:
        self.timer.stop()
        if self.lock.isLocked() and not self.lost:
            self.lock.unlock()

    def _touch(self) -> None:
        if self._current_file_id() != self._file_id:  # not ours any more: never refresh it
            self._lose("the lock file was replaced or removed")
            return
        try:
            os.utime(self.path)
        except OSError as exc:
            log.warning("cannot refresh %s: %s", self.path, exc)

    def busy_text(self) -> str:
        return self.tr("本程序已经在使用这个数据文件夹（%1），不能同时打开两个。"
                       "请找到已经打开的窗口继续使用；如果找不到，请重新启动电脑后再打开。"
                       ).replace("%1", str(self.data_dir))
