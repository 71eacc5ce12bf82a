"""Helper for test_crash_durability.py (POSIX): saves changing progress until it is killed.

    python tests/crash_child.py DATA_DIR PROFILE_ID

For every number N read from stdin it forks a worker that saves state(N), state(N+1), … to the
profile's file as fast as it can, prints the worker's pid, waits until the parent has killed
it (SIGKILL), and prints "dead". Forking from this small process (no Qt loaded) makes each run
cost a millisecond instead of a Python start-up, so hundreds of kills fit in a few seconds.
"""

from __future__ import annotations

import copy
import os
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from wizard.store import Profile, ProfileMeta, ProfileStore, Progress
from wizard.store.progress import StepRecord

META = ProfileMeta(name="崩溃测试有限公司", uscc="91440101MA5CXXXX1Y",
                   created_at=datetime(2026, 1, 1, tzinfo=timezone.utc))  # noqa: UP017
from wizard.catalogue import catalogue  # noqa: E402

STEPS = list(catalogue().step_ids)


def state(i: int) -> Progress:
    """The i-th state: every field depends on i, and the file's length changes with it."""
    p = Progress()
    p.current_page = f"q:{i}"
    p.answers["legal_person_account"] = ("yes", "no", "unsure")[i % 3]
    p.answers["authorization"] = ("done", "applied_waiting", "not_started")[i % 3]
    p.applied_on = date(2000, 1, 1) + timedelta(days=i % 30000)
    p.steps = {s: StepRecord(status=("done", "later", "todo")[(i + k) % 3],
                             changed_on=date(2026, 1, 1) + timedelta(days=(i + k) % 365))
               for k, s in enumerate(STEPS[: i % len(STEPS)])}
    return p


def worker(data: Path, profile_id: str, start: int) -> None:
    store = ProfileStore(data)
    profile = Profile(profile_id, copy.deepcopy(META), Progress())
    i = start
    while True:
        profile.progress = state(i)
        if not store.save(profile):
            os._exit(3)
        i += 1


def main() -> None:
    data, profile_id = Path(sys.argv[1]), sys.argv[2]
    for line in sys.stdin:
        start = int(line)
        pid = os.fork()
        if pid == 0:
            try:
                worker(data, profile_id, start)
            finally:
                os._exit(4)
        print(pid, flush=True)
        _, status = os.waitpid(pid, 0)
        print("dead" if os.WIFSIGNALED(status) else f"exited {status}", flush=True)


if __name__ == "__main__":
    main()
