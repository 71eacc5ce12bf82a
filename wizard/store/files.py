"""Atomic writes and safe reads of small JSON files. No Qt here.

On POSIX every file written here is created 0600 (mkstemp) and the folders we create 0700;
after the rename the folder itself is fsynced, so a power cut never leaves an empty file.
"""

from __future__ import annotations

import os
import tempfile
from datetime import datetime
from pathlib import Path

POSIX = os.name == "posix"
FILE_MODE = 0o600
FOLDER_MODE = 0o700

# A progress file is a few kilobytes. Anything far larger is garbage, not read into memory.
MAX_FILE_BYTES = 2 * 1024 * 1024


class TooLarge(ValueError):
    """The file is bigger than any file this program writes: treated as damaged."""


def ensure_private_dir(folder: Path) -> None:
    """Create the folder (and parents) if needed; on POSIX make it 0700."""
    folder.mkdir(parents=True, exist_ok=True)
    if POSIX and (folder.stat().st_mode & 0o777) != FOLDER_MODE:
        os.chmod(folder, FOLDER_MODE)


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable (POSIX). Some file systems refuse: that is harmless."""
    if not POSIX:
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_atomic(path: Path, text: str, durable: bool = True) -> None:
    """Write the whole text (UTF-8, newlines as given) or nothing; see write_atomic_bytes."""
    write_atomic_bytes(path, text.encode("utf-8"), durable)


def write_atomic_bytes(path: Path, data: bytes, durable: bool = True) -> None:
    """Write all the bytes or nothing: temp file in the same folder, flush, fsync, replace.

    The temp file is created 0600 (mkstemp), so the final file is private on POSIX too.
    Raises OSError on failure; the old file, if any, is then untouched. `durable` False (a
    cache) skips the fsyncs: a power cut may then lose the new text, never tear it.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            if durable:
                os.fsync(f.fileno())
        if POSIX:
            os.chmod(tmp, FILE_MODE)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    if durable:
        _fsync_dir(path.parent)


def read_limited(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The file's bytes, refusing (TooLarge) anything over `limit` without reading it all.

    A folder where a file should be raises IsADirectoryError (or PermissionError on Windows).
    """
    with open(path, "rb") as f:
        data = f.read(limit + 1)
    if len(data) > limit:
        raise TooLarge(f"{path.name} is larger than {limit} bytes")
    return data


def set_aside(path: Path) -> Path:
    """Rename a damaged file to <name>.<timestamp>.bak so it is kept, never overwritten."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{stamp}.bak")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.{stamp}-{n}.bak")
    os.replace(path, target)
    return target
