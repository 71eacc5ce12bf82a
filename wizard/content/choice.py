"""Which content root the program runs on: a service centre's (--content ROOT, else admin.json's
`content_dir`) when it passes the check, else the program's own.

A chosen root that fails the check never gives a half-built wizard: the program falls back to
its own content (when that is valid) and keeps a `Fallback` saying which folder, which edition
it found there and what is wrong, so staff can be told (wizard/app.py). The whole root is
checked at once (every language), so the choice holds for every language switch after it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from wizard.catalogue import CatalogueError, load_catalogue
from wizard.content.loader import ContentError, load_content
from wizard.content.model import Content
from wizard.messages import Message, msg

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Fallback:
    """A chosen content root that failed the check at start."""

    folder: Path
    edition: str | None  # what its catalogue.json says; None: no readable catalogue
    problems: tuple[str, ...]

    def notice(self, used_edition: str) -> Message:
        """For staff: which folder and edition failed, and which edition runs instead."""
        common = {"folder": str(self.folder), "count": len(self.problems), "used": used_edition}
        if self.edition is None:
            return msg("content.fallback_no_edition", **common)
        return msg("content.fallback", found=self.edition, **common)


@dataclass(frozen=True)
class ContentChoice:
    root: Path | None  # None: the program's own content
    content: Content
    fallback: Fallback | None = None


def edition_in(root: Path) -> str | None:
    """The edition a root's catalogue.json names, read without checking the rest."""
    try:
        edition = load_catalogue(root).edition
    except (CatalogueError, OSError):
        return None
    return str(edition) if edition not in (None, "") else None


def choose_content(root: Path | None, language: str) -> ContentChoice:
    """The content of `language` from `root` if it passes the check, else the program's own.
    Raises ContentError only when the program's own content is broken."""
    if root is None:
        return ContentChoice(None, load_content(None, language))
    root = Path(root)
    try:
        return ContentChoice(root, load_content(root, language))
    except ContentError as error:
        fallback = Fallback(root, edition_in(root), tuple(error.problems))
    log.error("content folder %s (edition %s) failed the check with %d problems; using the "
              "program's own content instead:\n%s", root, fallback.edition or "unknown",
              len(fallback.problems), "\n".join(fallback.problems[:40]))
    return ContentChoice(None, load_content(None, language), fallback)
