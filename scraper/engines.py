"""Where archive units run: a local process pool or a Dask cluster, behind one call shape.

Both take a function and a list of argument tuples and yield results as they finish, keeping only
a few tasks in flight per worker, so a run over a million records holds a million nothing: the
driver sees small per-unit results, the workers stream their own records and write their own files.
Each worker is one process with one thread, so the ~500 MB Kiwi is loaded once per worker.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from typing import Any

IN_FLIGHT_PER_WORKER = 2

# How worker processes start: the platform's way (fork on Linux up to Python 3.13, forkserver from
# 3.14, spawn on macOS and Windows) unless the program chose another. A forked worker costs
# milliseconds where a spawned one re-imports everything (0.4 s for the pool here, 0.9 s for a
# LocalCluster's two workers, whose close took 0.4 s more); parsers.analysis.kiwi makes a forked
# child build its own Kiwi rather than use the driver's.
START_METHOD = multiprocessing.get_start_method()

# Dask's defaults suit interactive work: every worker samples its task's stack every 10 ms for the
# dashboard's profile, measures its event loop every 20 ms, polls psutil every 100 ms (memory) and
# 500 ms (system monitor), and so do the scheduler and the nannies in the driver. Measured on
# archive units that cost the worker processes ~5% of a core each and the driver ~7% more: 25-30%
# more CPU than the pool for the same units, taken from the very cores the units run on. A batch
# run of minute-long units needs none of it that often, nor the scheduler's work stealing (every
# 100 ms; this runner keeps two units in flight per worker, nothing to steal) or its active memory
# manager (units return small records, nothing to replicate). Applied to the LocalCluster this module
# starts; workers of an existing cluster take the same settings from their own environment (see
# docs/archive.md, "Running on a Dask cluster").
BATCH_CONFIG: dict[str, Any] = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "2s",
    "distributed.admin.system-monitor.gil.enabled": False,  # with gilknocker, a GIL poll every 1 ms
    "distributed.worker.memory.monitor-interval": "500ms",
    "distributed.scheduler.work-stealing": False,
    "distributed.scheduler.active-memory-manager.start": False,
    "distributed.worker.multiprocessing-method": START_METHOD,
}

Task = Callable[..., Any]


def local_runner(workers: int, initializer: Callable[..., None] | None = None, initargs: tuple = ()):
    """A runner on `workers` processes, started the platform's way (START_METHOD)."""

    def run(fn: Task, calls: list[tuple[Any, ...]]) -> Iterator[Any]:
        if not calls:
            return
        size = max(1, min(workers, len(calls)))
        pool = ProcessPoolExecutor(
            size,
            mp_context=multiprocessing.get_context(START_METHOD),
            initializer=initializer,
            initargs=initargs,
        )
        try:
            yield from _bounded(pool.submit, fn, calls, size * IN_FLIGHT_PER_WORKER)
        finally:
            pool.shutdown(wait=True, cancel_futures=True)

    return run


def dask_runner(
    scheduler: str | None = None,
    workers: int = 2,
    memory_limit: str | None = None,
    config: dict[str, Any] | None = None,
):
    """A runner on a Dask cluster at `scheduler`, or on a LocalCluster of `workers` processes
    started with the Dask settings `config` (default BATCH_CONFIG; {} for Dask's own defaults).

    The units' function must be importable on the workers (knews installed there), and the output
    folder must be the same path on every worker (a shared file system).
    """

    def run(fn: Task, calls: list[tuple[Any, ...]]) -> Iterator[Any]:
        if not calls:
            return
        import dask
        from dask.distributed import Client, LocalCluster, as_completed

        cluster = None
        if scheduler is None:
            with dask.config.set(
                BATCH_CONFIG if config is None else config
            ):  # the nannies hand this config to their workers
                cluster = LocalCluster(
                    n_workers=workers,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=None,  # a batch run needs none (0.2 s of start-up); see docs
                    memory_limit=memory_limit or "auto",
                )
        client = Client(scheduler or cluster)
        try:
            slots = max(1, sum(client.nthreads().values()))
            queue = iter(calls)
            running = as_completed()
            for args in _take(queue, slots * IN_FLIGHT_PER_WORKER):
                running.add(client.submit(fn, *args, pure=False))
            for future in running:
                result = future.result()
                future.release()
                for args in _take(queue, 1):
                    running.add(client.submit(fn, *args, pure=False))
                yield result
        finally:
            client.close()
            if cluster is not None:
                cluster.close()

    return run


def _bounded(
    submit: Callable[..., Future], fn: Task, calls: list[tuple[Any, ...]], limit: int
) -> Iterator[Any]:
    queue = iter(calls)
    running = {submit(fn, *args) for args in _take(queue, limit)}
    while running:
        done, running = wait(running, return_when=FIRST_COMPLETED)
        for future in done:
            running |= {submit(fn, *args) for args in _take(queue, 1)}
            yield future.result()


def _take(queue: Iterator[tuple[Any, ...]], n: int) -> list[tuple[Any, ...]]:
    taken = []
    for args in queue:
        taken.append(args)
        if len(taken) == n:
            break
    return taken
