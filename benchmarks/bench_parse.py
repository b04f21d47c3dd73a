"""Parse speed and memory of parse_article (no analysis) beside lxml's bare parse, the floor.

    .venv/bin/python benchmarks/bench_parse.py [--rounds 5]

Prints one line per page set: the bundled samples, and ../shared/corpus/pages when present.
One process, one thread. Pages/s are the best of several rounds; the ratio to lxml is the median
of per-round ratios, the rounds interleaved, since this machine's speed drifts from minute to minute.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import resource
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import lxml.html

from parsers import NotAnArticle, parse_article

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus"


def page_sets() -> dict[str, list[tuple[bytes, str | None]]]:
    """Pages with their URLs: the samples (URL from their expected record) and the shared corpus
    (URL from its manifest), each also without URLs, as a notebook user might pass them."""
    sets: dict[str, list[tuple[bytes, str | None]]] = {}
    samples = []
    for expected in sorted((ROOT / "samples" / "pages").glob("*.json")):
        url = json.loads(expected.read_text(encoding="utf-8")).get("url")
        samples.append((expected.with_suffix(".html").read_bytes(), url))
    sets["samples"] = samples
    manifest = {}
    for path in sorted(SHARED.glob("manifest-*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                manifest[row["file"]] = row.get("url")
    corpus = [((SHARED / name).read_bytes(), url) for name, url in sorted(manifest.items())]
    if corpus:
        sets["shared corpus"] = corpus
    return sets


def timed(pages: list[tuple[bytes, str | None]], run: Callable[[bytes, str | None], object]) -> float:
    start = time.perf_counter()
    for page, url in pages:
        run(page, url)
    return time.perf_counter() - start


def ours(page: bytes, url: str | None) -> None:
    # the samples include a page that is not an article: refusing it is part of the work measured
    with contextlib.suppress(NotAnArticle):
        parse_article(page, url=url, analyze=False)


def lxml_alone(page: bytes, url: str | None) -> None:
    lxml.html.document_fromstring(page)


def peak_rss_mib() -> float:
    """Peak resident memory of this process so far (libxml2's allocations included)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    for name, pages in page_sets().items():
        ours(*pages[0])  # load profiles and data files once, as a long-running process would
        bare = [(page, None) for page, _ in pages]
        floor, with_url, without_url = [], [], []
        for _ in range(args.rounds):  # interleaved, so a machine that changes speed affects all three alike
            floor.append(timed(pages, lxml_alone))
            with_url.append(timed(pages, ours))
            without_url.append(timed(bare, ours))
        ratio_url = statistics.median(o / f for o, f in zip(with_url, floor, strict=True))
        ratio_bare = statistics.median(o / f for o, f in zip(without_url, floor, strict=True))
        print(
            f"{name}: {len(pages)} pages; parse_article {len(pages) / min(with_url):.0f} pages/s with URLs "
            f"({ratio_url:.1f}x lxml), {len(pages) / min(without_url):.0f} pages/s without "
            f"({ratio_bare:.1f}x lxml); lxml alone {len(pages) / min(floor):.0f} pages/s; "
            f"peak RSS {peak_rss_mib():.0f} MiB"
        )


if __name__ == "__main__":
    main()
