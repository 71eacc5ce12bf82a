"""Which files this program version has already validated.

`Checked` remembers, per program version, the SHA-256 of files whose bytes were validated and
found in their normal form (what this program itself writes): such bytes are rebuilt without
pydantic (wizard/typed_data.py). Any other bytes — edited, imported, damaged, from another
version — are validated in full. The record lives in the cache folder and can be deleted at
any time; it is never a second source of truth.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from wizard import __version__
from wizard.files import parse_json, read_limited, write_atomic

log = logging.getLogger(__name__)

CHECKED_FILE = f"checked-{__version__}.json"
MAX_CHECKED = 5000  # more than any service centre's employers; beyond it the oldest go


class Checked:
    """The digests of files already validated by this program version (in the cache folder;
    `folder` None: remembered in memory only, e.g. in kiosk mode or when there is no cache)."""

    def __init__(self, folder: Path | None):
        self.path = Path(folder) / CHECKED_FILE if folder is not None else None
        self._digests: dict[str, None] = {}
        self._dirty = False
        if self.path is not None:
            try:
                data = parse_json(read_limited(self.path))
                if isinstance(data, list) and all(isinstance(d, str) for d in data):
                    self._digests = dict.fromkeys(data)
            except (OSError, ValueError):
                pass  # none yet, or damaged: everything is validated once more

    def __contains__(self, key: str) -> bool:
        return key in self._digests

    def add(self, key: str) -> None:
        if key not in self._digests:
            self._digests[key] = None
            while len(self._digests) > MAX_CHECKED:
                del self._digests[next(iter(self._digests))]
            self._dirty = True

    def discard(self, key: str) -> None:
        if self._digests.pop(key, 0) is None:
            self._dirty = True

    def flush(self) -> None:
        """Write the record if it changed (no fsync: losing it only costs a validation)."""
        if not self._dirty or self.path is None:
            return
        try:
            write_atomic(self.path, json.dumps(list(self._digests)), durable=False)
            self._dirty = False
        except OSError as exc:
            log.info("cannot write %s: %s", self.path, exc)
