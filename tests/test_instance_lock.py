"""One program per data folder: a second start says so and writes nothing; a lock left by a
crashed program is recovered. Real processes: the program itself, started twice."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from wizard.store import ProfileStore
from wizard.ui.instance_lock import LOCK_FILE, InstanceLock, LockState

ROOT = Path(__file__).resolve().parent.parent


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["WENGANG_LANG"] = "zh_CN"
    env.pop("WENGANG_BENCH_FIRST_PAINT", None)
    return env


def _snapshot(folder: Path) -> dict[str, tuple]:
    out = {}
    for p in sorted(folder.rglob("*")):
        st = p.stat()
        out[str(p.relative_to(folder))] = (p.is_dir(), st.st_mtime_ns,
                                           None if p.is_dir() else p.read_bytes())
    return out


def _wait_for(condition, what: str, limit_s: float = 60) -> None:
    """Wait for a condition (not a timing assertion: the limit only prevents a hang)."""
    deadline = time.monotonic() + limit_s
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"never happened: {what}")
        time.sleep(0.05)


def _lock_written(data: Path) -> bool:
    try:
        return (data / LOCK_FILE).stat().st_size > 0
    except FileNotFoundError:
        return False


ACQUIRE = ("import sys; sys.path.insert(0, {root!r});"
           "from PySide6.QtCore import QCoreApplication; app = QCoreApplication([]);"
           "from wizard.ui.instance_lock import InstanceLock;"
           "print(InstanceLock({data!r}).acquire().value, flush=True)")


def test_second_start_says_so_and_writes_nothing_then_a_crashed_lock_is_recovered(tmp_path):
    data = tmp_path / "data"
    store = ProfileStore(data)  # a folder with saved progress, as a real one has
    assert store.save(store.new_profile("甲公司"))
    first = subprocess.Popen([sys.executable, "-m", "wizard", "--data-dir", str(data)],
                             cwd=ROOT, env=_env(), stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
    try:
        # Qt creates the lock file, then writes it: wait for its content, not only its name.
        _wait_for(lambda: _lock_written(data) or first.poll() is not None,
                  "the first program takes the lock")
        log = data / "wizard.log"  # the first program's own start line comes after the lock
        _wait_for(lambda: (log.exists() and b"started" in log.read_bytes())
                  or first.poll() is not None, "the first program logs its start")
        assert first.poll() is None, "the first program stopped"
        before = _snapshot(data)
        second = subprocess.run([sys.executable, "-m", "wizard", "--data-dir", str(data)],
                                cwd=ROOT, env=_env(), capture_output=True, text=True,
                                encoding="utf-8", timeout=120)
        assert second.returncode == 4, second.stderr
        assert "本程序已经在使用这个数据文件夹" in second.stderr and str(data) in second.stderr
        assert _snapshot(data) == before  # not a byte written, not even a damaged file moved
        assert first.poll() is None  # and the first one still runs
    finally:
        first.kill()  # SIGKILL on POSIX: the lock file stays behind, as after a crash
        first.wait()
    assert (data / LOCK_FILE).exists()
    third = subprocess.run([sys.executable, "-c", ACQUIRE.format(root=str(ROOT), data=str(data))],
                           env=_env(), capture_output=True, text=True, timeout=120)
    assert third.stdout.strip() == "locked", third.stderr


def test_lock_from_another_computer_is_stale_only_when_old(qapp, tmp_path):
    """A USB stick pulled out while running: the other computer's lock expires by age."""
    data = tmp_path / "data"
    data.mkdir()
    lock = data / LOCK_FILE
    lock.write_text("4242\nwengang-wizard\nsome-other-pc\n", encoding="utf-8")
    assert InstanceLock(data).acquire() is LockState.BUSY  # fresh: maybe still in use there
    old = time.time() - InstanceLock.STALE_MS / 1000 - 60
    os.utime(lock, (old, old))
    holder = InstanceLock(data)
    assert holder.acquire() is LockState.LOCKED
    # The running program refreshes its lock, so it never looks old while it runs.
    os.utime(lock, (old, old))
    holder._touch()
    assert lock.stat().st_mtime > old + 60
    holder.release()
    assert not lock.exists()


def test_unwritable_data_folder_is_not_busy(qapp, tmp_path):
    blocker = tmp_path / "data"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    assert InstanceLock(blocker / "inner").acquire() is LockState.UNAVAILABLE


@pytest.fixture
def qapp():
    from wizard.app import ensure_app

    return ensure_app()
