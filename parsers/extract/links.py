"""URLs taken from a page, made absolute without letting a malformed one stop the parse.

urllib raises ValueError on some text a page may hold where a URL belongs (`http://[::1` with no
closing bracket reads as a broken IPv6 host); such a URL is no URL: it is dropped, not fatal.
"""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit


def join_url(base: str | None, href: str) -> str | None:
    """`href` made absolute against `base`; None when either is no URL."""
    try:
        joined = urljoin(base or "", href)
        urlsplit(joined)  # urljoin may pass a broken host through unchecked
    except ValueError:
        return None
    return joined


def host_of(url: str | None) -> str | None:
    """The host of `url`, lower-cased; None when there is none or the URL is broken."""
    if not url:
        return None
    try:
        return urlsplit(url).hostname
    except ValueError:
        return None
