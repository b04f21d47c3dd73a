"""Korean analysis of an article body: sentences, quantities, dates, entities, quotes, keywords.

    from parsers.analysis import analyze_text
    analysis = analyze_text(body, published)
    analysis.entities, analysis.quantities, analysis.to_frames()

Built on kiwipiepy's morphemes; one Kiwi per process, built on first use (see `kiwi.configure`).
"""

from __future__ import annotations

from bisect import bisect_right
from datetime import datetime
from functools import lru_cache
from typing import Any

from parsers.analysis import kiwi as _kiwi
from parsers.analysis import resources, sentences
from parsers.analysis.dates import DateFinder
from parsers.analysis.entities import EntityFinder
from parsers.analysis.keywords import find_keywords
from parsers.analysis.kiwi import UserDictionaryError, configure, get_kiwi, load_user_dictionary
from parsers.analysis.quantities import QuantityFinder
from parsers.analysis.quotes import find_quotes
from parsers.record.analysis import Analysis

__all__ = [
    "Analysis",
    "UserDictionaryError",
    "analyze_article",
    "analyze_text",
    "configure",
    "get_kiwi",
    "load_user_dictionary",
]


SINGLE_CALL = 1200  # characters: below this Kiwi's list dispatch costs more than it saves


class _Finders:
    """The analysers, built once with the lists and the user dictionary."""

    def __init__(self, kiwi: object) -> None:
        res = resources.load()
        self.res = res
        self.dates = DateFinder(res)
        self.quantities = QuantityFinder(res)
        self.entities = EntityFinder(res, _kiwi.user_entries())


@lru_cache(maxsize=1)
def _finders(kiwi: object) -> _Finders:
    """The analysers for this Kiwi: a rebuilt Kiwi (new user dictionary) gets new ones."""
    return _Finders(kiwi)


def analyze_text(text: str, published: datetime | None = None) -> Analysis:
    """Analyse one body of text; `published` resolves relative dates (6일, 지난해)."""
    if not text or not text.strip():
        return Analysis()
    kiwi = get_kiwi()
    clean = _kiwi.clean(text)
    if len(clean) <= SINGLE_CALL:  # a short body costs less as one string than as a list of lines
        parts = [(0, clean)]
        results: Any = [kiwi.tokenize(clean)]
    else:
        parts = sentences.pieces(clean)
        results = kiwi.tokenize([p for _, p in parts])
    return analyze_tokens(text, parts, results, published)


def analyze_tokens(
    text: str, parts: list[tuple[int, str]], results: Any, published: datetime | None
) -> Analysis:
    """The analysis of `text` from Kiwi's tokens of its `parts` (see batch use)."""
    finders = _finders(get_kiwi())
    sents = sentences.build(parts, results)
    records = sentences.records(text, sents)
    starts = [s.start for s in sents]
    dates = finders.dates.find(text, published)
    for d in dates:
        d.sentence = max(0, bisect_right(starts, d.start) - 1)
    taken = sorted((d.start, d.end) for d in dates)
    quantities = [q for s in sents for q in finders.quantities.find(text, s, taken)]
    entities = finders.entities.find(text, sents)
    quotes = find_quotes(text, sents, entities)
    keywords = find_keywords(text, sents, entities, finders.res.stopwords)
    return Analysis(
        sentences=records,
        quantities=quantities,
        dates=dates,
        entities=entities,
        quotes=quotes,
        keywords=keywords,
    )


def analyze_article(article: Any) -> None:
    """Fill `article.analysis` from its body and publish time."""
    article.analysis = analyze_text(article.body, article.published)
