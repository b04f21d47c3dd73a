"""A small web site on 127.0.0.1: the demo's sample outlet, and the test and benchmark servers.

It serves a routing table of canned responses (or functions that make them), can drip a body
slowly, and logs every request with its arrival time, so politeness can be checked from the
server's side, the way an outlet would see the crawler.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


@dataclass
class Route:
    """One response. `chunks` with `chunk_delay` makes a slow body; `body` is sent at once."""

    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "text/html; charset=utf-8"})
    chunks: list[bytes] | None = None
    chunk_delay: float = 0.0
    send_length: bool = True


@dataclass(frozen=True)
class Hit:
    """A request as the server saw it."""

    at: float
    path: str
    headers: dict[str, str]


Handler = Callable[[Hit, int], Route]


class LocalSite:
    """A threaded HTTP/1.1 server bound to a loopback address; use as a context manager."""

    def __init__(
        self, routes: dict[str, Route | Handler] | None = None, host: str = "127.0.0.1", port: int = 0
    ):
        self.routes: dict[str, Route | Handler] = dict(routes or {})
        self.hits: list[Hit] = []
        self._lock = threading.Lock()
        site = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                site._serve(self)

            def log_message(self, format: str, *args: object) -> None:
                return

        self.server = ThreadingHTTPServer((host, port), _Handler)
        self.server.daemon_threads = True
        self.base = f"http://{host}:{self.server.server_address[1]}"
        self._thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def __enter__(self) -> LocalSite:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def url(self, path: str) -> str:
        return self.base + path

    def hits_for(self, path: str) -> list[Hit]:
        with self._lock:
            return [h for h in self.hits if h.path == path]

    def _serve(self, request: BaseHTTPRequestHandler) -> None:
        hit = Hit(time.monotonic(), request.path, {k.lower(): v for k, v in request.headers.items()})
        with self._lock:
            self.hits.append(hit)
            seen = sum(1 for h in self.hits if h.path == hit.path)
        route = self.routes.get(request.path.split("#")[0])
        if route is None:
            route = Route(b"not found", status=404, headers={"Content-Type": "text/plain"})
        elif callable(route):
            route = route(hit, seen)
        body = b"".join(route.chunks) if route.chunks is not None else route.body
        try:
            request.send_response(route.status)
            for name, value in route.headers.items():
                request.send_header(name, value)
            if not route.send_length:
                request.send_header("Connection", "close")
                request.close_connection = True
            elif "Content-Length" not in route.headers:
                request.send_header("Content-Length", str(len(body)))
            request.end_headers()
            if route.chunks is None:
                request.wfile.write(body)
                return
            for chunk in route.chunks:
                request.wfile.write(chunk)
                request.wfile.flush()
                time.sleep(route.chunk_delay)
        except (BrokenPipeError, ConnectionResetError):
            return


def directory_routes(site_dir: Path, pages_dir: Path, base: str) -> dict[str, Route | Handler]:
    """The sample outlet: files of `site_dir` at the root with `{{BASE}}` replaced by the server's
    address, and `pages_dir`'s HTML pages under /news/."""
    types = {
        ".xml": "application/xml; charset=utf-8",
        ".txt": "text/plain; charset=utf-8",
        ".html": "text/html; charset=utf-8",
        ".gz": "application/gzip",
    }
    routes: dict[str, Route | Handler] = {}
    for path in sorted(site_dir.rglob("*")):
        if not path.is_file():
            continue
        data = path.read_bytes()
        if path.suffix != ".gz":
            data = data.replace(b"{{BASE}}", base.encode())
        route_path = "/" + path.relative_to(site_dir).as_posix()
        routes[route_path] = Route(data, headers={"Content-Type": types.get(path.suffix, "text/html")})
    for path in sorted(pages_dir.glob("*.html")):
        # The page declares its own charset (some samples are EUC-KR): send no charset of ours.
        routes[f"/news/{path.name}"] = Route(path.read_bytes(), headers={"Content-Type": "text/html"})
    return routes


def article_page(
    title: str,
    paragraphs: list[str],
    *,
    published: str = "2024-05-01T09:30:00+09:00",
    canonical: str | None = None,
    charset: str = "utf-8",
) -> bytes:
    """A page shaped like a Korean news article (h1, dated meta, paragraphs), for tests and the
    benchmark; encoded in `charset` without declaring it, so the HTTP header must carry it."""
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    page = (
        f'<!DOCTYPE html><html lang="ko"><head><title>{title}</title>{link}'
        f'<meta property="og:title" content="{title}">'
        f'<meta property="article:published_time" content="{published}"></head>'
        f'<body><header><a href="/">홈</a></header><article><h1>{title}</h1>{body}'
        f'<p class="byline">홍길동 기자 hong@example.com</p></article>'
        f"<footer>Copyright 예시일보. 무단전재 및 재배포 금지.</footer></body></html>"
    )
    return page.encode(charset)
