"""URL canonicalisation and address checks, so the same article is fetched and stored once.

Two spellings of one article (a fragment, `utm_*` tracking, a different query order, an upper-case
host) must map to one key before deduplication; and a link found on a page must not send the
crawler to a loopback or private address unless the source itself lives there.
"""

from __future__ import annotations

import ipaddress
import re
import socket
from functools import lru_cache
from urllib.parse import urljoin, urlsplit, urlunsplit

from w3lib.url import canonicalize_url, url_query_cleaner

ALLOWED_SCHEMES = ("http", "https")

# Query parameters that only track the reader; they never select content.
_TRACKING = re.compile(
    r"^(utm_[a-z_]*|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|igshid|mc_cid|mc_eid|"
    r"_ga|_gl|ref_src|cmpid|fromrss)$",
    re.IGNORECASE,
)


class BadURL(ValueError):
    """A URL the crawler will not fetch (scheme, missing host, refused address)."""


def canonicalize(url: str) -> str:
    """One spelling per page: lower-case scheme and host, no fragment, no tracking parameters,
    sorted query, default port dropped. Raises BadURL for what is not an http(s) URL."""
    url = url.strip()
    try:
        parts = urlsplit(url)
        hostname, port = parts.hostname, parts.port  # both raise on a broken host or port
    except ValueError as exc:
        raise BadURL(f"not a URL ({exc}): {url!r}") from exc
    scheme = parts.scheme.lower()
    if scheme not in ALLOWED_SCHEMES:
        raise BadURL(f"not an http(s) URL: {url!r}")
    if not hostname:
        raise BadURL(f"URL without a host: {url!r}")
    host = hostname.lower().rstrip(".")
    if ":" in host:
        host = f"[{host}]"
    port = port if port not in (None, 80 if scheme == "http" else 443) else None
    netloc = host if port is None else f"{host}:{port}"
    query = parts.query
    if query:
        keys = {k for k, _, _ in (p.partition("=") for p in query.split("&")) if _TRACKING.match(k)}
        if keys:
            query = urlsplit(url_query_cleaner(url, list(keys), remove=True, keep_fragments=False)).query
    rebuilt = urlunsplit((scheme, netloc, parts.path or "/", query, ""))
    return canonicalize_url(rebuilt, keep_fragments=False)


def absolute(base: str, href: str) -> str | None:
    """`href` made absolute against `base` and canonicalised; None when it is not a crawlable URL."""
    href = href.strip()
    if not href or href.startswith(("javascript:", "mailto:", "tel:", "data:", "#")):
        return None
    try:
        return canonicalize(urljoin(base, href))
    except (BadURL, ValueError):
        return None


def host_of(url: str) -> str:
    """The host[:port] a per-host politeness rule applies to."""
    return urlsplit(url).netloc.lower()


def hostname_of(url: str) -> str:
    """The bare host name, without port."""
    return (urlsplit(url).hostname or "").lower()


def same_site(a: str, b: str) -> bool:
    """True when two URLs belong to one site (www./m. prefixes and subdomains of each other).

    Used to accept a page's `<link rel=canonical>` only when it stays on the site that served it,
    so a page cannot claim another outlet's article."""
    ha, hb = (_strip_prefix(hostname_of(u)) for u in (a, b))
    if not ha or not hb:
        return False
    return ha == hb or ha.endswith("." + hb) or hb.endswith("." + ha)


def _strip_prefix(host: str) -> str:
    for prefix in ("www.", "m.", "mobile."):
        if host.startswith(prefix):
            return host[len(prefix) :]
    return host


@lru_cache(maxsize=4096)
def is_public_host(hostname: str) -> bool:
    """False when the host is or resolves to a loopback, private, link-local or reserved address.

    A host that does not resolve counts as public here: the fetch itself will then fail with a
    connection error, which is the more useful report."""
    hostname = hostname.strip("[]").lower()
    if hostname in ("localhost", "localhost.localdomain") or hostname.endswith(".localhost"):
        return False
    try:
        return ipaddress.ip_address(hostname).is_global
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(hostname, None, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError):
        return True
    return all(ipaddress.ip_address(info[4][0].split("%")[0]).is_global for info in infos)


def check_address(url: str, allowed_hosts: frozenset[str] = frozenset()) -> None:
    """Raise BadURL when `url` points at a non-public address whose host is not explicitly allowed."""
    hostname = hostname_of(url)
    if hostname in allowed_hosts:
        return
    if not is_public_host(hostname):
        raise BadURL(f"refused non-public address: {hostname}")
