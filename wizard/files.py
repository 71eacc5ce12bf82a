"""Atomic writes and safe reads of small files — the lowest layer, used by content, store,
the caches and the desk. No Qt here.

On POSIX every file written here is created 0600 (mkstemp) and the folders we create 0700;
after the rename the folder itself is fsynced, so a power cut never leaves an empty file.
"""

from __future__ import annotations

import errno
import json
import math
import os
import stat
import tempfile
from collections.abc import Iterable
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


class NotRegularFile(OSError):
    """A FIFO, device, socket or folder where a file should be: refused before any read."""

    code = "not_regular"


def read_limited(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The file's bytes, refusing (TooLarge) anything over `limit` without reading it all.

    Only a regular file is read. It is opened without blocking (a FIFO with no writer would
    otherwise wait for ever) and checked with fstat before the first byte is read, so a FIFO,
    a device such as /dev/zero, or a folder raises NotRegularFile (an OSError).
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise NotRegularFile(errno.EINVAL, f"not a regular file ({_kind(mode)})", str(path))
        f = open(fd, "rb", closefd=True)
    except BaseException:
        os.close(fd)
        raise
    with f:
        data = f.read(limit + 1)
    if len(data) > limit:
        raise TooLarge(f"{Path(path).name} is larger than {limit} bytes")
    return data


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a file"


# --- JSON ---------------------------------------------------------------------------------------
# Our files are a few levels deep and hold small numbers. A longer number literal is garbage
# (and int() of 4,300+ digits raises, or is slow, depending on the interpreter's setting).
MAX_NUMBER_CHARS = 40


def QT_TRANSLATE_NOOP(_context: str, text: str) -> str:
    """Marks a source text for pyside6-lupdate; the UI translates it (no Qt in the core)."""
    return text


# What is wrong with a file, by code: Simplified Chinese for content editors (--check-content)
# and the log; the UI shows QCoreApplication.translate("FileProblem", text). %1, %2 … are
# filled from the problem's args_for_text.
PROBLEM_TEXTS = {
    "missing": QT_TRANSLATE_NOOP("FileProblem", "文件不存在"),
    "not_regular": QT_TRANSLATE_NOOP("FileProblem", "这不是一个普通文件（是文件夹、设备或管道）"),
    "unreadable": QT_TRANSLATE_NOOP("FileProblem", "无法读取：%1"),
    "too_large": QT_TRANSLATE_NOOP("FileProblem", "文件太大，不是本程序用的文件"),
    "encoding": QT_TRANSLATE_NOOP("FileProblem", "无法读取：文字编码不对（请存为 UTF-8）"),
    "syntax": QT_TRANSLATE_NOOP("FileProblem", "JSON 格式错误：第 %1 行第 %2 列：%3"),
    "too_deep": QT_TRANSLATE_NOOP("FileProblem", "JSON 格式错误：括号嵌套的层数太多"),
    "huge_number": QT_TRANSLATE_NOOP("FileProblem", "JSON 格式错误：有一个数字太长"),
    "not_json_number": QT_TRANSLATE_NOOP("FileProblem", "JSON 格式错误：NaN 和 Infinity 不是 JSON 的数字"),
    "duplicate_key": QT_TRANSLATE_NOOP("FileProblem", "JSON 格式错误：同一处有两个“%1”"),
    "not_object": QT_TRANSLATE_NOOP("FileProblem", "最外层应该是一个对象 {...}"),
    "bad_value": QT_TRANSLATE_NOOP("FileProblem", "“%1”的值不对：%2"),
}


class DamagedJSON(ValueError):
    """A file that is not usable JSON; `code` is a key of PROBLEM_TEXTS."""

    def __init__(self, code: str, *args_for_text: str, detail: str = ""):
        super().__init__(f"{code}: {detail or ' '.join(args_for_text)}".strip())
        self.code = code
        self.args_for_text = args_for_text


def problem_of(exc: BaseException) -> tuple[str, tuple[str, ...]]:
    """(code, args) for an exception from read_json/read_limited: what to tell a person."""
    if isinstance(exc, DamagedJSON):
        return exc.code, exc.args_for_text
    if isinstance(exc, NotRegularFile):
        return "not_regular", ()
    if isinstance(exc, TooLarge):
        return "too_large", ()
    if isinstance(exc, FileNotFoundError):
        return "missing", ()
    if isinstance(exc, OSError):
        return "unreadable", (exc.strerror or exc.__class__.__name__,)
    return "unreadable", (exc.__class__.__name__,)


def fill_in(text: str, args: Iterable[str]) -> str:
    """A PROBLEM_TEXTS entry (translated or not) with its %1, %2 … replaced by args."""
    for n, arg in enumerate(args, 1):
        text = text.replace(f"%{n}", arg)
    return text


def problem_text(exc: BaseException) -> str:
    """The problem in Simplified Chinese (untranslated): for --check-content and the log."""
    code, args = problem_of(exc)
    return fill_in(PROBLEM_TEXTS[code], args)


def _decode(raw: bytes, encodings: tuple[str, ...]) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):  # Notepad's "Unicode": UTF-16 with a BOM
        encodings = ("utf-16",)
    elif raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    for encoding in encodings:
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise DamagedJSON("encoding", detail=f"not {' or '.join(encodings)}")


def _number(text: str) -> int | float:
    if len(text) > MAX_NUMBER_CHARS:
        raise DamagedJSON("huge_number", detail=f"{len(text)} characters")
    value = float(text) if any(c in text for c in ".eE") else int(text)
    if value in (math.inf, -math.inf):
        raise DamagedJSON("huge_number", detail="out of range")
    return value


def _not_a_number(text: str) -> None:
    raise DamagedJSON("not_json_number", detail=text)


def _object(pairs: list[tuple[str, object]]) -> dict:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        duplicate = next(k for k, _ in pairs if k in seen or seen.add(k))
        raise DamagedJSON("duplicate_key", duplicate[:40])
    return result


def parse_json(raw: bytes, encodings: tuple[str, ...] = ("utf-8",)) -> object:
    """Bytes -> JSON value, or DamagedJSON (a ValueError) for anything a person should fix.

    UTF-8 with or without a BOM (and UTF-16 with its BOM); then each of `encodings` in turn.
    Refused: invalid JSON, NaN/Infinity, a key twice in one object, a number literal of more
    than MAX_NUMBER_CHARS, nesting deeper than the interpreter's recursion limit.
    """
    text = _decode(raw, encodings)
    try:
        return json.loads(text, object_pairs_hook=_object, parse_int=_number,
                          parse_float=_number, parse_constant=_not_a_number)
    except json.JSONDecodeError as exc:
        raise DamagedJSON("syntax", str(exc.lineno), str(exc.colno), exc.msg) from None
    except RecursionError:
        raise DamagedJSON("too_deep") from None
    except DamagedJSON:
        raise
    except ValueError as exc:  # e.g. an integer Python refuses to convert
        raise DamagedJSON("huge_number", detail=str(exc)[:80]) from None


def read_json(path: Path, limit: int = MAX_FILE_BYTES,
              encodings: tuple[str, ...] = ("utf-8",)) -> object:
    """A JSON file, read safely: read_limited, then parse_json.

    Raises FileNotFoundError, NotRegularFile or another OSError, TooLarge or DamagedJSON (both
    ValueError); problem_of() says which in words. Never RecursionError, never blocks.
    """
    return parse_json(read_limited(path, limit), encodings)


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
