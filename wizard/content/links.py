"""The one rule for links: only https pages on hosts under .gov.cn are ever shown, copied,
encoded as a QR code, printed or opened.

A URL is judged the way a browser judges it. Browsers, and the phone that scans a QR code, parse
URLs by the WHATWG URL standard, which Python's urlsplit does not follow: to a browser
`https://evil.com\\.gov.cn` is evil.com. So the URL is parsed with ada-url (a WHATWG parser, the
standard Chrome and Firefox implement), and on top of that its text must be plain, so that what a
person reads is where every parser goes: no backslash, whitespace or invisible character
anywhere, and the host written as ASCII letters, digits, dots and hyphens exactly as the
browser will use it (no user, password, port, percent-escape, IP address, punycode or trailing
dot). No Qt here.
"""

from __future__ import annotations

import re
import unicodedata

SCHEME = "https://"
GOV_SUFFIX = ".gov.cn"
# UTF-8 bytes: a QR code holds at most 2331 (version 40, level M), and long before that no
# phone reads it; no guide link comes near.
MAX_URL_BYTES = 1000
# One DNS label: letters, digits and inner hyphens, at most 63 characters.
_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")
_AUTHORITY_END = re.compile(r"[/?#]")


def _has_hidden_characters(text: str) -> bool:
    """A backslash, or any control, format (zero-width, bidi), unassigned or space character."""
    return any(c == "\\" or unicodedata.category(c)[0] in "CZ" for c in text)


def _whatwg_host(url: str) -> str | None:
    """The host a browser goes to, when it is a plain https name with nothing else in the
    authority; None otherwise (also when the browser could not parse the URL at all)."""
    import ada_url  # with the first link: the parser is not needed to start the program

    try:
        parsed = ada_url.URL(url)
    except ValueError:
        return None
    if (parsed.protocol != "https:" or parsed.username or parsed.password or parsed.port
            or parsed.host_type != ada_url.HostType.DEFAULT or parsed.host != parsed.hostname):
        return None
    return parsed.hostname


def _is_gov_cn_name(host: str) -> bool:
    """At least one plain label before .gov.cn. gov.cn itself is a registry, not a site."""
    if not host.endswith(GOV_SUFFIX) or len(host) > 253:
        return False
    labels = host.split(".")
    return len(labels) >= 3 and all(
        _LABEL.fullmatch(label) and not label.startswith("xn--") for label in labels)


def link_problem(url: object) -> str | None:
    """Why this URL may not be shown or opened, in plain Chinese; None when it is allowed."""
    if not isinstance(url, str) or not url:
        return "链接为空或不是文字"
    shown = repr(url)  # escapes what cannot be seen, so the author sees what is wrong
    if len(url.encode("utf-8", "surrogatepass")) > MAX_URL_BYTES:
        return f"链接太长（最多 {MAX_URL_BYTES} 字节）：{shown[:80]}…"
    if _has_hidden_characters(url):
        return f"链接里不能有反斜杠、空格、换行或看不见的字符：{shown}"
    if not url[: len(SCHEME)].lower() == SCHEME:
        return f"只允许 https 链接（以 https:// 开头）：{shown}"
    rest = url[len(SCHEME):]
    end = _AUTHORITY_END.search(rest)
    written_host = (rest[: end.start()] if end else rest).lower()
    if not _is_gov_cn_name(written_host):
        return (f"只允许打开 .gov.cn 政府网站的链接，网址的主机名只能由英文字母、数字、点和连字符组成，"
                f"不能带用户名、密码、端口或 % 转义：{shown}")
    if _whatwg_host(url) != written_host:
        return f"浏览器会把这个链接解释成别的网址：{shown}"
    return None


def is_allowed_url(url: object) -> bool:
    return link_problem(url) is None
