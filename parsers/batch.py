"""Parse (and analyse) many pages at once, using the cores.

    from parsers.batch import parse_articles
    for article in parse_articles(pages, workers=2):
        ...

With `workers=1` the pages are parsed in this process and their paragraphs go to Kiwi in one list
per chunk, so Kiwi's own threads share the tokenising. With `workers=N>1`, N worker processes each
build their own single-threaded Kiwi (about 1.5 s and 510 MB each, once) and take chunks of pages in
turn; results come back in input order.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import Literal

from parsers.extract import NotAnArticle
from parsers.record import Article

Source = bytes | tuple[bytes, str | None]
Result = Article | NotAnArticle
Errors = Literal["return", "skip", "raise"]

CHUNK = 16  # pages per task: enough to keep Kiwi's list tokenising busy, small enough to stream
_IN_FLIGHT = 2  # chunks queued per worker process


def parse_articles(
    sources: Iterable[Source],
    workers: int = 1,
    analyze: bool = True,
    *,
    errors: Errors = "return",
    chunk: int = CHUNK,
) -> Iterator[Result]:
    """Articles for `sources` (page bytes, or (bytes, url) pairs), in input order.

    A page that holds no article gives its NotAnArticle exception in its place (`errors="return"`),
    is left out (`"skip"`), or stops the run (`"raise"`). The iterable is read lazily, a few chunks
    ahead, so a generator of millions of pages runs in bounded memory.
    """
    if workers < 1:
        raise ValueError("workers must be at least 1")
    chunks = _chunks(sources, chunk)
    results = _in_process(chunks, analyze) if workers == 1 else _in_pool(chunks, analyze, workers)
    for batch in results:
        for result in batch:
            if isinstance(result, NotAnArticle):
                if errors == "raise":
                    raise result
                if errors == "skip":
                    continue
            yield result


def parse_chunk(chunk: list[tuple[bytes, str | None]], analyze: bool) -> list[Result]:
    """Parse a chunk of pages; analyse all their bodies with one Kiwi call over every paragraph."""
    from parsers.parse import parse_article

    results: list[Result] = []
    for raw, url in chunk:
        try:
            results.append(parse_article(raw, url=url, analyze=False))
        except NotAnArticle as exc:
            results.append(exc)
    if analyze:
        articles = [r for r in results if isinstance(r, Article)]
        _analyze_together(articles)
    return results


def _analyze_together(articles: list[Article]) -> None:
    from parsers.analysis import analyze_tokens, get_kiwi, kiwi, sentences

    bodies = [a.body for a in articles]
    parts = [sentences.pieces(kiwi.clean(body)) for body in bodies]
    flat = [text for part in parts for _, text in part]
    tokens = iter(get_kiwi().tokenize(flat)) if flat else iter(())
    for article, body, part in zip(articles, bodies, parts, strict=True):
        article.analysis = analyze_tokens(body, part, islice(tokens, len(part)), article.published)


def _chunks(sources: Iterable[Source], size: int) -> Iterator[list[tuple[bytes, str | None]]]:
    it = iter(sources)
    while True:
        chunk = [s if isinstance(s, tuple) else (s, None) for s in islice(it, size)]
        if not chunk:
            return
        yield chunk


def _in_process(chunks: Iterator[list[tuple[bytes, str | None]]], analyze: bool) -> Iterator[list[Result]]:
    for chunk in chunks:
        yield parse_chunk(chunk, analyze)


def _in_pool(
    chunks: Iterator[list[tuple[bytes, str | None]]], analyze: bool, workers: int
) -> Iterator[list[Result]]:
    from parsers.analysis import kiwi

    user_dictionary = kiwi.current_user_dictionary()
    context = multiprocessing.get_context("spawn")  # no fork of a process that holds Kiwi's threads
    with ProcessPoolExecutor(
        workers, mp_context=context, initializer=_init_worker, initargs=(user_dictionary,)
    ) as pool:
        pending: deque[Future[list[Result]]] = deque()
        for chunk in chunks:
            pending.append(pool.submit(parse_chunk, chunk, analyze))
            if len(pending) >= workers * _IN_FLIGHT:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def _init_worker(user_dictionary: str | None) -> None:
    """Each worker: a single-threaded Kiwi (the processes share the cores), built now."""
    from parsers.analysis import configure, get_kiwi

    configure(num_workers=1, user_dictionary=user_dictionary or "")
    os.environ.pop("KNEWS_USER_DICT", None)
    get_kiwi()
