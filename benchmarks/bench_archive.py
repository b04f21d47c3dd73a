"""Throughput and memory of `knews archive` on each engine, with and without the Korean analysis.

    .venv/bin/python benchmarks/bench_archive.py [--pages 2000] [--files 4] [--split-mb 1] [--repeat 1]
        [--analysis both|with|without]

Builds gzip-per-record WARC files of --pages responses from samples/pages (each page under many URLs,
with the sample that is no article among them), then runs the local engine with 1 and 2 workers and
Dask (a LocalCluster) with 2 workers (and with --dask-defaults, Dask with its own settings rather
than scraper.engines.BATCH_CONFIG). Prints, per run: wall time, articles/s over the whole run,
articles/s after start-up (from the first unit's start to the last unit's end, as the workers' clocks
saw them: no process or cluster start, Kiwi loading or shutdown), the peak RSS of each worker
process, the CPU time of the workers over their units (every thread, so an engine's own overhead
counts; equal for 1 and 2 workers when parallelism costs nothing), the CPU time of the driver
meanwhile (it hosts Dask's scheduler and nannies on a LocalCluster), the CPU per article of both,
and the load average before the run; then how well two plain CPU-bound processes scale at that
moment, the ceiling for the 2-worker figures (other work on a shared machine slows every wall-clock
figure). With --repeat N the engines run N times in turn, so slow spells hit them alike.
"""

from __future__ import annotations

import argparse
import io
import json
import multiprocessing
import os
import tempfile
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from scraper.archive import Options, Runner, Summary, archive
from scraper.engines import dask_runner, local_runner

PAGES = Path(__file__).resolve().parent.parent / "samples" / "pages"


def build_warcs(folder: Path, pages: int, files: int) -> list[Path]:
    """`pages` responses spread over `files` WARC files, each sample under varied URLs."""
    samples = []
    for html in sorted(PAGES.glob("*.html")):
        meta = json.loads(html.with_suffix(".json").read_text(encoding="utf-8"))
        url = meta.get("url") or f"https://www.example.kr/{html.stem}"
        samples.append((url, html.read_bytes(), meta.get("charset") or "utf-8"))
    paths = [folder / f"bench-{n:02d}.warc.gz" for n in range(files)]
    writers = [WARCWriter(path.open("wb"), gzip=True) for path in paths]
    for i in range(pages):
        url, body, charset = samples[i % len(samples)]
        headers = StatusAndHeaders("200 OK", [("Content-Type", f"text/html; charset={charset}")], "HTTP/1.1")
        varied = f"{url}{'&' if '?' in url else '?'}bench={i}"
        record = writers[i % files].create_warc_record(
            varied, "response", payload=io.BytesIO(body), http_headers=headers
        )
        writers[i % files].write_record(record)
    for writer in writers:
        writer.out.close()
    return paths


def spin(loops: int = 10_000_000) -> float:
    """Seconds of a pure-Python loop: the yardstick for how two processes can scale right now."""
    start = time.perf_counter()
    total = 0
    for i in range(loops):
        total += i
    return time.perf_counter() - start


def machine_scaling() -> float:
    """How much faster two CPU-bound processes finish two loops than one process finishes one
    (2.0 on two idle cores; less when other work shares them)."""
    one = spin()
    with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("spawn")) as pool:
        list(pool.map(spin, [1000, 1000]))  # start both processes before timing
        start = time.perf_counter()
        list(pool.map(spin, [10_000_000, 10_000_000]))
        return 2 * one / (time.perf_counter() - start)


def timed(runner: Runner, warcs: list[Path], analyze: bool, split: int) -> tuple[float, float, Summary]:
    """Wall time, the driver's CPU time while units ran, and the summary of one run into a fresh
    folder. The driver hosts the scheduler and the nannies of a LocalCluster: its CPU share from the
    first unit's result to the last one's, times the units' span, leaves out cluster start and close."""
    marks: list[tuple[float, float]] = []

    def watched(fn: Callable[..., Any], calls: list[tuple[Any, ...]]) -> Iterator[Any]:
        for result in runner(fn, calls):
            marks.append((time.perf_counter(), sum(os.times()[:2])))
            yield result

    out = Path(tempfile.mkdtemp(prefix="out-", dir=warcs[0].parent))
    start = time.perf_counter()
    options = Options(analyze=analyze)
    summary = archive([str(p) for p in warcs], out, watched, options=options, split_bytes=split, redo=True)
    wall = time.perf_counter() - start
    (t0, c0), (t1, c1) = marks[0], marks[-1]
    share = (c1 - c0) / (t1 - t0) if t1 > t0 else 0.0
    return wall, share * summary.unit_seconds, summary


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--files", type=int, default=4)
    parser.add_argument("--split-mb", type=float, default=1.0, help="byte range per unit in large files")
    parser.add_argument("--repeat", type=int, default=1, help="runs of every engine, taken in turn")
    parser.add_argument(
        "--analysis",
        choices=("both", "with", "without"),
        default="both",
        help="runs with the analysis, without, or both",
    )
    parser.add_argument(
        "--dask-defaults", action="store_true", help="also run Dask with its own settings, not BATCH_CONFIG"
    )
    args = parser.parse_args()
    split = int(args.split_mb * 1024 * 1024)
    engines = [
        ("local, 1 worker", lambda: local_runner(1)),
        ("local, 2 workers", lambda: local_runner(2)),
        ("dask, 2 workers", lambda: dask_runner(None, 2)),
    ]
    if args.dask_defaults:
        engines.append(("dask, defaults", lambda: dask_runner(None, 2, config={})))
    with tempfile.TemporaryDirectory(prefix="knews-bench-") as tmp:
        folder = Path(tmp)
        warcs = build_warcs(folder, args.pages, args.files)
        size = sum(p.stat().st_size for p in warcs) / 1e6
        print(f"{args.pages} pages in {args.files} WARC files ({size:.1f} MB), units of {args.split_mb} MiB")
        for analyze in {"both": (False, True), "with": (True,), "without": (False,)}[args.analysis]:
            print(f"-- {'with' if analyze else 'without'} analysis")
            for _ in range(args.repeat):
                run_engines(engines, warcs, analyze, split)


def run_engines(
    engines: list[tuple[str, Callable[[], Runner]]], warcs: list[Path], analyze: bool, split: int
) -> None:
    overall, steady, cpu = {}, {}, {}
    for name, make in engines:
        load = os.getloadavg()[0]  # other work on the machine skews wall times: shown per run
        wall, driver, summary = timed(make(), warcs, analyze, split)
        articles = summary.counts["articles"]
        span = summary.unit_seconds
        overall[name] = articles / wall
        steady[name] = articles / span
        workers = sum(summary.cpu_seconds.values())
        cpu[name] = (workers + driver) / articles * 1000
        rss = ", ".join(f"{v:.0f}" for v in sorted(summary.peak_rss_mib.values()))
        print(
            f"{name:17} {articles} articles in {wall:6.1f} s: {overall[name]:6.1f} articles/s overall, "
            f"{steady[name]:6.1f} after start-up ({wall - span:.1f} s start and close); "
            f"peak RSS per worker {rss} MiB; CPU: workers {workers:.1f} s in units, driver {driver:.1f} s, "
            f"{cpu[name]:.2f} ms an article; load before {load:.1f}"
        )
    print(f"two CPU-bound processes scale {machine_scaling():.2f}x on this machine now")
    for label, values in (("overall", overall), ("after start-up", steady), ("CPU an article", cpu)):
        one, two, dask, *defaults = values.values()
        if label == "CPU an article":  # lower is better: the ratios read as speeds, like the others
            one, two, dask, defaults = 1 / one, 1 / two, 1 / dask, [1 / d for d in defaults]
        print(
            f"{label}: 2 workers / 1 worker {two / one:.2f}x, dask / local (2 workers) {dask / two:.2f}"
            + "".join(f", dask with Dask's defaults / local {d / two:.2f}" for d in defaults)
        )


if __name__ == "__main__":
    main()
