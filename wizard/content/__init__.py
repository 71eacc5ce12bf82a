"""Guide content as data: the model, the loader with its validated cache, the check, portal
labels, the link rule. No Qt here."""

from wizard.content.links import is_allowed_url, link_problem
from wizard.content.loader import ContentError, load_content
from wizard.content.model import Content, Link, Question, Step

__all__ = [
    "Content",
    "ContentError",
    "Link",
    "Question",
    "Step",
    "is_allowed_url",
    "link_problem",
    "load_content",
]
