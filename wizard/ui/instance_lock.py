"""One program per data folder at a time: a QLockFile `wizard.lock` in the data folder.

A lock left by a crash is recovered: on the same computer Qt sees that the process named in
the lock is gone; from another computer (a USB stick pulled out while running) the lock counts
as stale once it has not been refreshed for STALE_MS, and the running program refreshes it
every TOUCH_MS. Without the age rule a lock from another computer would block forever; with
Qt's default age (30 s) and no refresh a second program would steal a live lock.
"""

from __future__ import annotations

import logging
import os
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QTimer

from wizard.store.files import ensure_private_dir

log = logging.getLogger(__name__)

LOCK_FILE = "wizard.lock"


class LockState(Enum):
    LOCKED = "locked"  # ours: go on
    BUSY = "busy"  # another program uses this data folder: say so and stop
    UNAVAILABLE = "unavailable"  # the folder cannot be written: go on, saving will warn


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

    def acquire(self) -> LockState:
        try:
            if not self.data_dir.exists():
                ensure_private_dir(self.data_dir)
        except OSError as exc:
            log.warning("data folder %s cannot be created: %s", self.data_dir, exc)
            return LockState.UNAVAILABLE
        if self.lock.tryLock(0):  # also removes a stale lock (dead process, or too old)
            self.timer.start()
            return LockState.LOCKED
        if self.lock.error() == QLockFile.LockError.LockFailedError:
            return LockState.BUSY
        log.warning("cannot lock %s: %s", self.path, self.lock.error())
        return LockState.UNAVAILABLE

    def holder(self) -> str:
        """'pid on host' of the program holding the lock, for the log."""
        info = self.lock.getLockInfo()  # PySide6: (pid, host, app), empty values if unknown
        if isinstance(info, tuple) and len(info) >= 3:
            pid, host, app = info[-3:]
            return f"{app} pid {pid} on {host}"
        return "unknown"

    def release(self) -> None:
        self.timer.stop()
        if self.lock.isLocked():
            self.lock.unlock()

    def _touch(self) -> None:
        try:
            os.utime(self.path)
        except OSError as exc:
            log.warning("cannot refresh %s: %s", self.path, exc)

    def busy_text(self) -> str:
        return self.tr("本程序已经在使用这个数据文件夹（%1），不能同时打开两个。"
                       "请找到已经打开的窗口继续使用；如果找不到，请重新启动电脑后再打开。"
                       ).replace("%1", str(self.data_dir))
