"""Load the content of one language from a content root, validated, fast.

A root is validated whole (every language, wizard/content/validate.py) the first time this
program version sees it; the validated, label-rendered result of each language is then kept in
the cache folder under a key made of the program version and a hash of every file of the root.
A normal start reads that plain data and builds the dataclasses without importing pydantic.
Any mismatch — a changed file, another program version, a damaged or missing cache entry —
means a full validation, as the first time. A broken root is never shown half-built: it raises
ContentError listing every problem.
"""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path
from typing import Any

from wizard import __version__
from wizard.content.model import SCHEMATICS_FILE, Content, content_from_plain

log = logging.getLogger(__name__)

CACHE_SUBDIR = "content"
CACHE_FORMAT = 3  # 2: the drawings are in the cache; 3: the usual deadline


class ContentError(Exception):
    """A content root that cannot be used; `problems` lists every reason, one line each."""

    def __init__(self, folder: Path, problems: list[str]):
        self.folder = Path(folder)
        self.problems = problems
        super().__init__("\n".join(problems))


def root_files(root: Path) -> list[Path]:
    """Every file that makes up a root's content (what the cache key is made of)."""
    files = [root / "catalogue.json", root / SCHEMATICS_FILE]
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        files += sorted(folder.glob("*.json")) + sorted((folder / "steps").glob("*.json"))
    return files


def root_key(root: Path) -> str | None:
    """The program version and the bytes of every content file, hashed (None: unreadable)."""
    from wizard.files import read_limited

    h = hashlib.sha256(f"{__version__}\0{CACHE_FORMAT}\0".encode())
    try:
        for path in root_files(root):
            h.update(str(path.relative_to(root)).encode("utf-8") + b"\0")
            h.update(read_limited(path) + b"\0")  # regular files only: a FIFO never hangs
    except (OSError, ValueError):
        return None
    return h.hexdigest()


def _cache_path(key: str, language: str) -> Path | None:
    from wizard.paths import cache_dir

    folder = cache_dir()
    return None if folder is None else folder / CACHE_SUBDIR / f"{key[:32]}-{language}.json"


def _read_cache(key: str, language: str) -> Content | None:
    path = _cache_path(key, language)
    if path is None:
        return None
    try:
        data = json.loads(path.read_bytes())
        if data.get("key") != key:
            return None
        return content_from_plain(data["content"])
    except FileNotFoundError:
        return None
    except Exception as exc:  # a damaged cache entry: validate in full instead
        log.info("content cache %s unusable (%s); validating", path, exc)
        return None


def _write_cache(key: str, plain: dict[str, Any]) -> None:
    from wizard.files import write_atomic

    for language, data in plain.items():
        path = _cache_path(key, language)
        if path is None:
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            for old in path.parent.glob(f"*-{language}.json"):
                if old != path:
                    old.unlink(missing_ok=True)
            write_atomic(path, json.dumps({"key": key, "content": data}, ensure_ascii=False),
                         durable=False)
        except OSError as exc:
            log.info("cannot cache content in %s: %s", path.parent, exc)


def check_content_root(root: Path):
    """Validate a whole root (every language) — for --check-content and the cache."""
    from wizard.content.validate import check_root

    return check_root(Path(root))


def load_content(root: Path | None = None, language: str = "zh_CN", use_cache: bool = True) -> Content:
    """The content of `language` from `root` (default: the program's own), validated."""
    from wizard.paths import content_root

    root = Path(root) if root is not None else content_root()
    if not (root / "catalogue.json").is_file():
        if (root / "texts.json").is_file():
            raise ContentError(root, [f"{root}: 这是一个语言文件夹；请指定它上一层、"
                                      "放着 catalogue.json 的内容文件夹"])
        raise ContentError(root, [f"{root}: 不是内容文件夹（没有 catalogue.json）"])
    key = root_key(root) if use_cache else None
    if key is not None:
        cached = _read_cache(key, language)
        if cached is not None:
            return cached
    result = check_content_root(root)
    if result.problems:
        raise ContentError(root, result.problems)
    if language not in result.contents:
        raise ContentError(root, [f"{root}: 没有语言 {language} 的内容"])
    if key is not None:
        _write_cache(key, result.plain)
    return result.contents[language]
