"""Parse speed and memory of parse_article (no analysis) beside lxml's bare parse, the floor.

    .venv/bin/python benchmarks/bench_parse.py [--rounds 5]

Prints one line per page set: the bundled samples, and ../shared/corpus/pages when present.
One process, one thread; the best of several rounds, so a busy machine shows less noise.
"""

from __future__ import annotations

import argparse
import contextlib
import resource
import time
from collections.abc import Callable
from pathlib import Path

import lxml.html

from parsers import NotAnArticle, parse_article

ROOT = Path(__file__).resolve().parent.parent
SETS = {
    "samples": ROOT / "samples" / "pages",
    "shared corpus": ROOT.parent / "shared" / "corpus" / "pages",
}


def best_time(pages: list[bytes], run: Callable[[bytes], object], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        for page in pages:
            run(page)
        times.append(time.perf_counter() - start)
    return min(times)


def ours(page: bytes) -> None:
    # the samples include a page that is not an article: refusing it is part of the work measured
    with contextlib.suppress(NotAnArticle):
        parse_article(page, analyze=False)


def peak_rss_mib() -> float:
    """Peak resident memory of this process so far (libxml2's allocations included)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    for name, folder in SETS.items():
        files = sorted(folder.glob("*.html"))
        if not files:
            print(f"{name}: no pages at {folder}")
            continue
        pages = [f.read_bytes() for f in files]
        ours(pages[0])  # load profiles and data files once, as a long-running process would
        floor = best_time(pages, lxml.html.document_fromstring, args.rounds)
        spent = best_time(pages, ours, args.rounds)
        print(
            f"{name}: {len(pages)} pages, parse_article {len(pages) / spent:.0f} pages/s "
            f"({spent / len(pages) * 1000:.1f} ms/page), lxml alone {len(pages) / floor:.0f} pages/s, "
            f"ratio {spent / floor:.1f}x, peak RSS {peak_rss_mib():.0f} MiB"
        )


if __name__ == "__main__":
    main()
