"""The one rule for links: only https pages on hosts under .gov.cn are ever opened."""

from __future__ import annotations

from urllib.parse import urlsplit


def link_problem(url: str) -> str | None:
    """Why this URL may not be opened, in plain Chinese; None when it is allowed."""
    try:
        parts = urlsplit(url.strip())
        host = (parts.hostname or "").lower()
    except ValueError:
        return f"链接格式不正确：{url}"
    if parts.scheme != "https":
        return f"只允许 https 链接：{url}"
    if not host.endswith(".gov.cn") or parts.username or parts.password:
        return f"只允许打开 .gov.cn 政府网站的链接：{url}"
    return None


def is_allowed_url(url: str) -> bool:
    return link_problem(url) is None
