"""Keywords: the nouns an article is about, counted; a named entity counts as one word under its
canonical name (과기정통부 and 과학기술정보통신부 add up), nouns written together count as one
compound (인공+지능 → 인공지능), and stop-words are left out."""

from __future__ import annotations

from parsers.analysis.sentences import Sent
from parsers.record.analysis import Entity, Keyword

NOUN_TAGS = frozenset({"NNG", "NNP"})
TOP = 20
MAX_LEMMA = 30  # a longer run of nouns is noise, not a keyword


def find_keywords(
    text: str, sents: list[Sent], entities: list[Entity], stopwords: frozenset[str]
) -> list[Keyword]:
    """The `TOP` most frequent content nouns, ties broken by first occurrence."""
    covered: set[int] = set()
    stats: dict[str, list] = {}  # lemma -> [count, first start, first end, sentence, text]
    for ent in entities:
        for m in ent.mentions:
            covered.update(range(m.start, m.end))
            _add(stats, ent.canonical, m.start, m.end, m.sentence, m.text)
    for s in sents:
        toks = s.toks
        i, n = 0, len(toks)
        while i < n:
            t = toks[i]
            if t.tag not in NOUN_TAGS or t.start in covered:
                i += 1
                continue
            j = i + 1
            while j < n and toks[j].tag in NOUN_TAGS and toks[j].start == toks[j - 1].end:
                j += 1
            lemma = "".join(x.form for x in toks[i:j])
            if 2 <= len(lemma) <= MAX_LEMMA and lemma not in stopwords:
                _add(stats, lemma, t.start, toks[j - 1].end, s.index, text[t.start : toks[j - 1].end])
            i = j
    ranked = sorted(stats.items(), key=lambda kv: (-kv[1][0], kv[1][1]))[:TOP]
    return [Keyword(lemma, c, surface, a, b, si) for lemma, (c, a, b, si, surface) in ranked]


def _add(stats: dict[str, list], lemma: str, start: int, end: int, sentence: int, surface: str) -> None:
    entry = stats.get(lemma)
    if entry is None:
        stats[lemma] = [1, start, end, sentence, surface]
    else:
        entry[0] += 1
        if start < entry[1]:
            entry[1:] = [start, end, sentence, surface]
