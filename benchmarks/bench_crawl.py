"""Crawl benchmark: 2,000 article pages from 20 local hosts, parse and store included.

    .venv/bin/python benchmarks/bench_crawl.py [--pages 2000] [--hosts 20] [--analyze] [--workers 8]

The 20 hosts are 127.0.0.1 ... 127.0.0.20, served by a separate process (so the server's CPU is not
counted in the crawler's RSS, though it shares the machine's two cores). Each host has robots.txt
and a sitemap listing its pages; the per-host delay is 0. Prints pages/s, peak RSS, and the RSS
growth between page 500 and the last page. Targets (issue 4, 2-core machine, without analysis):
>= 100 pages/s, RSS growth under 50 MB.
"""

from __future__ import annotations

import argparse
import multiprocessing
import multiprocessing.sharedctypes
import multiprocessing.synchronize
import resource
import sys
import tempfile
import threading
import time
from pathlib import Path

from scraper.crawl import Crawl
from scraper.localsite import LocalSite, Route, article_page
from scraper.sources import parse_sources
from scraper.store import Store

SENTENCES = [
    "정부는 {n}일 서울 정부청사에서 관계부처 합동 회의를 열고 새로운 지원 대책을 발표했다.",
    "이번 대책에는 중소기업 {n}곳에 대한 금융 지원과 청년 일자리 확대 방안이 담겼다.",
    '기획재정부 관계자는 "현장의 목소리를 반영해 실효성을 높이겠다"고 말했다.',
    "전문가들은 {n}% 수준의 성장률 회복을 위해서는 규제 개선이 함께 이뤄져야 한다고 지적했다.",
    "야당은 이번 발표가 선거를 앞둔 선심성 정책이라며 국회 차원의 검증을 예고했다.",
    "한국은행은 다음 달 금융통화위원회에서 기준금리 방향을 결정할 예정이다.",
    "지방자치단체들도 {n}억원 규모의 추가 예산을 편성해 지역 경제 살리기에 나섰다.",
    "시민단체는 취약계층 지원이 빠졌다며 보완책 마련을 촉구했다.",
]


def page(host: int, n: int) -> bytes:
    """A distinct article of about 4 KB: varied numbers so every page hashes differently."""
    k = host * 1000 + n
    paragraphs = [
        " ".join(s.format(n=(k * (i + 3) + j) % 97 + 1) for j, s in enumerate(SENTENCES[i % 4 :]))
        for i in range(6)
    ]
    return article_page(
        f"[{host}-{n}] 정부, 경제 활성화 대책 발표…중소기업 지원 확대",
        paragraphs,
        published=f"2024-06-{1 + n % 28:02d}T09:{n % 60:02d}:00+09:00",
    )


def serve(
    hosts: int,
    pages: int,
    port_out: multiprocessing.sharedctypes.Synchronized,
    ready: multiprocessing.synchronize.Event,
    done: multiprocessing.synchronize.Event,
) -> None:
    """The child process: one LocalSite per 127.0.0.x address, all on one port."""
    sites = []
    port = 0
    for h in range(1, hosts + 1):
        site = LocalSite(host=f"127.0.0.{h}", port=port)
        port = int(site.base.rsplit(":", 1)[1])
        urls = "".join(f"<url><loc>{site.base}/news/{n}.html</loc></url>" for n in range(pages))
        site.routes["/robots.txt"] = Route(
            b"User-agent: *\nAllow: /\n", headers={"Content-Type": "text/plain"}
        )
        site.routes["/sitemap.xml"] = Route(
            f"<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>{urls}</urlset>".encode(),
            headers={"Content-Type": "application/xml"},
        )
        for n in range(pages):
            site.routes[f"/news/{n}.html"] = Route(page(h, n))
        site.start()
        sites.append(site)
    port_out.value = port
    ready.set()
    done.wait()
    for site in sites:
        site.stop()


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * resource.getpagesize() / 2**20


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=2000, help="total pages (split evenly over the hosts)")
    ap.add_argument("--hosts", type=int, default=20)
    ap.add_argument("--workers", type=int, default=8)
    ap.add_argument("--analyze", action="store_true", help="include the Korean analysis")
    args = ap.parse_args()
    per_host = args.pages // args.hosts

    ready, done, port_out = multiprocessing.Event(), multiprocessing.Event(), multiprocessing.Value("i", 0)
    server = multiprocessing.Process(
        target=serve, args=(args.hosts, per_host, port_out, ready, done), daemon=True
    )
    server.start()
    if not ready.wait(60):
        print("server did not start", file=sys.stderr)
        return 1
    port = port_out.value
    sources = "\n".join(
        f'[[source]]\nname = "host{h}"\nsitemaps = ["http://127.0.0.{h}:{port}/sitemap.xml"]\n'
        f"max_pages = {per_host}\n"
        for h in range(1, args.hosts + 1)
    )
    config = parse_sources(
        f"[crawl]\ndelay = 0\nretries = 0\nworkers = {args.workers}\n"
        f"analyze = {str(args.analyze).lower()}\n\n{sources}"
    )

    samples: dict[int, float] = {}
    marks: dict[int, float] = {}

    def on_page(n: int) -> None:
        if n in (1, 500) or n == per_host * args.hosts:
            samples[n] = rss_mb()
            marks[n] = time.perf_counter()

    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.db") as store:
        start = time.perf_counter()
        stats = Crawl(config, store, stop=threading.Event(), on_page=on_page).run()
        elapsed = time.perf_counter() - start
        stored = store.count("articles")
    done.set()
    server.join(10)

    total = per_host * args.hosts
    last = max(samples)
    fetch_rate = (last - 1) / (marks[last] - marks[1]) if last > 1 else 0.0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(stats.line())
    print(
        f"pages: {total} from {args.hosts} hosts, stored {stored}, workers {args.workers}, "
        f"analysis {'on' if args.analyze else 'off'}"
    )
    print(
        f"pages/s: {total / elapsed:.1f} overall (discovery included, {elapsed:.1f}s); "
        f"{fetch_rate:.1f} while fetching"
    )
    print(f"peak RSS: {peak:.1f} MB")
    if 500 in samples:
        print(
            f"RSS growth page 500 -> {last}: {samples[last] - samples[500]:+.1f} MB "
            f"({samples[500]:.1f} -> {samples[last]:.1f} MB)"
        )
    return 0 if stored == total else 1


if __name__ == "__main__":
    sys.exit(main())
