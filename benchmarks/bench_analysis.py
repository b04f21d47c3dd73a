"""Articles per second of the Korean analysis beside kiwipiepy's tokenize alone, on the same bodies.

    .venv/bin/python benchmarks/bench_analysis.py [--repeat 5] [--batch-copies 10]

Bodies: the annotated samples (samples/annotated) and, when ../shared/corpus/pages exists, the body
of each page as parse_article(..., analyze=False) extracts it. For each set it prints:
  tokenize(body)        Kiwi().tokenize(body), one call per body: what a user would write
  tokenize(as analysed)  the same Kiwi call the analysis makes (the body as one string up to
                        SINGLE_CALL characters, else as a list of its lines)
  analyze_text          the whole analysis (tokenize + every analyser)
and the ratio analyze_text / tokenize. All three use one warm Kiwi with the same dictionaries; each
figure is the best of --repeat runs (the machine is shared, so the best run is the least disturbed),
by wall clock and by CPU time (Kiwi's threads included: the cost, whatever the load), and the ratio
is also given as the median of each round's ratio (the three taken in turn, so a drift in the
machine's speed hits them alike).
Then the batch API, parse_articles(pages, workers=1 and 2), on --batch-copies copies of the corpus
pages, worker start-up (Kiwi build, ~2-3 s a process) included and excluded.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from parsers import parse_article  # noqa: E402
from parsers.analysis import SINGLE_CALL, analyze_text, get_kiwi, kiwi, sentences  # noqa: E402
from parsers.batch import parse_articles  # noqa: E402

SAMPLES = ROOT / "samples" / "annotated"
PAGES = ROOT.parent / "shared" / "corpus" / "pages"


def rounds_of(repeat: int, fns: list[Callable[[], object]]) -> list[list[tuple[float, float]]]:
    """(wall, CPU) seconds of each function in each of `repeat` rounds, the functions taken in
    turn within a round so that a busy spell of the shared machine hits them alike."""
    for fn in fns:
        fn()
    rounds = []
    for _ in range(repeat):
        times = []
        for fn in fns:
            wall, cpu = time.perf_counter(), time.process_time()
            fn()
            times.append((time.perf_counter() - wall, time.process_time() - cpu))
        rounds.append(times)
    return rounds


def sample_bodies() -> list[str]:
    return [json.loads(p.read_text(encoding="utf-8"))["body"] for p in sorted(SAMPLES.glob("*-[0-9]*.json"))]


def page_bodies(pages: list[bytes]) -> list[str]:
    return [parse_article(raw, analyze=False).body for raw in pages]


def compare(name: str, bodies: list[str], repeat: int) -> None:
    k = get_kiwi()
    n = len(bodies)
    chars = sum(map(len, bodies)) // max(1, n)

    def whole() -> None:
        for body in bodies:
            k.tokenize(body)

    def paragraphs() -> None:
        for body in bodies:
            clean = kiwi.clean(body)
            if len(clean) <= SINGLE_CALL:
                k.tokenize(clean)
            else:
                list(k.tokenize([p for _, p in sentences.pieces(clean)]))

    def analysis() -> None:
        for body in bodies:
            analyze_text(body)

    rounds = rounds_of(repeat, [whole, paragraphs, analysis])
    (w_whole, c_whole), (w_para, c_para), (w_all, c_all) = (
        (min(r[i][0] for r in rounds), min(r[i][1] for r in rounds)) for i in range(3)
    )
    # the machine's speed drifts from minute to minute: the ratio of each round, then their median
    ratio_whole = statistics.median(r[2][1] / r[0][1] for r in rounds)
    ratio_para = statistics.median(r[2][1] / r[1][1] for r in rounds)
    print(f"\n{name}: {n} bodies, {chars} chars on average (articles/s by wall clock; CPU ms/article)")
    print(f"  tokenize(body)        {n / w_whole:7.1f} articles/s  {1000 * c_whole / n:6.1f} ms CPU")
    print(f"  tokenize(as analysed)  {n / w_para:7.1f} articles/s  {1000 * c_para / n:6.1f} ms CPU")
    print(f"  analyze_text          {n / w_all:7.1f} articles/s  {1000 * c_all / n:6.1f} ms CPU")
    print(
        f"  analysis / tokenize:  wall {w_all / w_whole:.2f}x tokenize(body), {w_all / w_para:.2f}x tokenize(as analysed);"
        f" CPU {c_all / c_whole:.2f}x, {c_all / c_para:.2f}x"
    )
    print(
        f"  median of per-round CPU ratios: {ratio_whole:.2f}x tokenize(body), {ratio_para:.2f}x as analysed"
    )


def batch(pages: list[bytes], copies: int) -> None:
    work = pages * copies
    print(f"\nbatch API: parse_articles on {len(work)} pages ({copies} copies of the corpus), analyze=True")
    for workers in (1, 2):
        start = time.perf_counter()
        first = None
        count = 0
        for _ in parse_articles(work, workers=workers):
            count += 1
            if first is None:
                first = time.perf_counter()
        end = time.perf_counter()
        if first is None:
            return  # --batch-copies 0: no batch run
        steady = (count - 1) / (end - first) if end > first else float("nan")
        print(
            f"  workers={workers}: {count / (end - start):6.1f} pages/s with start-up, {steady:6.1f} after it"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--batch-copies", type=int, default=10)
    args = parser.parse_args()
    start = time.perf_counter()
    get_kiwi()
    analyze_text("준비 문장이다.")
    print(f"Kiwi built with dictionaries in {time.perf_counter() - start:.1f} s")
    compare("samples/annotated", sample_bodies(), args.repeat)
    if PAGES.is_dir():
        pages = [p.read_bytes() for p in sorted(PAGES.glob("*.html"))]
        compare("shared corpus pages (bodies from parse_article)", page_bodies(pages), args.repeat)
        batch(pages, args.batch_copies)


if __name__ == "__main__":
    main()
