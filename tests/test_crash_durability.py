"""SIGKILL a process that is saving, hundreds of times: the file is never torn, never empty.

After every kill the profile file must parse and equal exactly one of the states that were
saved. The figures (kills, time, kills that landed mid-write) are printed (see them with -s)
and recorded as test properties.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from copy import deepcopy
from pathlib import Path

import pytest

from tests.crash_child import META, state
from wizard.store import Profile, ProfileStore
from wizard.store.document import document_from_data

KILLS = 300
RUN = 1_000_000  # worker n saves states n*RUN, n*RUN+1, …

pytestmark = pytest.mark.skipif(os.name != "posix" or not hasattr(os, "fork"),
                                reason="SIGKILL and fork are POSIX")


def test_sigkill_while_saving_never_tears_the_file(tmp_path, record_property):
    data = tmp_path / "data"
    store = ProfileStore(data)
    profile = Profile("c0ffee000001", deepcopy(META), state(0))
    assert store.save(profile)
    path = store.path_of(profile.id)
    helper = Path(__file__).with_name("crash_child.py")
    child = subprocess.Popen([sys.executable, str(helper), str(data), profile.id],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    rng = random.Random(20261126)
    started = time.perf_counter()
    seen: set[int] = set()
    fresh = mid_write = 0
    try:
        for n in range(1, KILLS + 1):
            child.stdin.write(f"{n * RUN}\n")
            child.stdin.flush()
            pid = int(child.stdout.readline())
            time.sleep(rng.uniform(0, 0.03))
            os.kill(pid, signal.SIGKILL)
            assert child.stdout.readline().strip() == "dead", f"worker {n} was not killed"
            raw = path.read_bytes()
            assert raw, f"empty file after kill {n}"
            document = document_from_data(json.loads(raw))  # raises if torn or invalid
            i = int(document.progress.current_page[2:])
            assert i == 0 or RUN <= i < (n + 1) * RUN, f"state {i} was never saved"
            expected = state(i)
            expected.updated_at = document.progress.updated_at  # set by save()
            assert document.progress == expected, f"kill {n}: file differs from state {i}"
            assert document.profile == META
            seen.add(i)
            fresh += i >= n * RUN
            leftovers = list(path.parent.glob(".*.tmp"))
            mid_write += bool(leftovers)
            for tmp in leftovers:  # a crash leaves its temp file; the store cleans those at start
                tmp.unlink()
    finally:
        child.stdin.close()
        child.kill()
        child.wait()
    seconds = time.perf_counter() - started
    report = (f"crash test: {KILLS} SIGKILLs in {seconds:.1f} s; after every one the file "
              f"loaded and equalled a saved state ({len(seen)} different states seen; "
              f"{fresh} kills after the worker's own first save, {mid_write} landed mid-write "
              f"and left a temp file)")
    print(report)
    record_property("crash_kills", KILLS)
    record_property("crash_seconds", round(seconds, 1))
    record_property("crash_mid_write", mid_write)
    assert KILLS >= 200 and len(seen) > 1, report
    assert mid_write > 0, "no kill landed during a write: the test proved nothing; " + report
