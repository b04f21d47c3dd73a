"""The issue's "Done when" on the seed article (../shared/seed/press-page.txt), as tests.

The expected items are data (samples/annotated/seed-expectations.json), so the test reads like the
issue. The seed is the page's text; its body is the part between two markers of that file.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXPECT = json.loads((ROOT / "samples" / "annotated" / "seed-expectations.json").read_text(encoding="utf-8"))
SEED = ROOT.parent / "shared" / "seed" / "press-page.txt"

pytestmark = pytest.mark.skipif(not SEED.is_file(), reason="../shared/seed is absent")


@pytest.fixture(scope="module")
def seed():
    from parsers.analysis import analyze_text

    raw = SEED.read_text(encoding="utf-8")
    start = raw.index(EXPECT["body_starts"])
    end = raw.index(EXPECT["body_ends"]) + len(EXPECT["body_ends"])
    body = raw[start:end]
    return body, analyze_text(body, datetime.fromisoformat(EXPECT["published"]))


@pytest.mark.parametrize("want", EXPECT["quantities"], ids=lambda q: q["text"])
def test_quantities(seed, want):
    body, analysis = seed
    got = [q for q in analysis.quantities if q.text == want["text"] and q.counted == want.get("counted")]
    assert got, f"{want['text']} with counted={want.get('counted')!r} not in {analysis.quantities}"
    q = got[0]
    assert q.value == want["value"] and q.unit == want["unit"]
    assert q.approx == want.get("approx", False)
    assert q.bound == want.get("bound")
    assert body[q.start : q.end] == q.text


def test_190_is_found_twice(seed):
    assert sum(q.value == 190 and q.unit == "종" for q in seed[1].quantities) == 2


@pytest.mark.parametrize("text", EXPECT["not_quantities"])
def test_not_quantities(seed, text):
    body, analysis = seed
    spans = [(m.start(), m.end()) for m in re.finditer(re.escape(text), body)]
    assert spans
    for q in analysis.quantities:
        assert not any(a < q.end and q.start < b for a, b in spans), q


@pytest.mark.parametrize("want", EXPECT["entities"], ids=lambda e: e["canonical"])
def test_entities(seed, want):
    ent = next(
        (e for e in seed[1].entities if e.kind == want["kind"] and e.canonical == want["canonical"]), None
    )
    assert ent is not None, seed[1].entities
    if want["kind"] == "PERSON":
        assert (ent.title, ent.affiliation) == (want["title"], want["affiliation"])
    for alias in want.get("aliases", []):
        assert alias in ent.aliases


@pytest.mark.parametrize("want", EXPECT["dates"], ids=lambda d: d["text"])
def test_dates(seed, want):
    got = [d for d in seed[1].dates if d.text == want["text"] and d.value == want["value"]]
    assert got, seed[1].dates
    assert got[0].precision == want["precision"]


def test_quotes(seed):
    quotes = seed[1].quotes
    assert len(quotes) == len(EXPECT["quotes"])
    got = [(q.speaker, q.text[: len(w["starts"])]) for q, w in zip(quotes, EXPECT["quotes"], strict=True)]
    assert got == [(w["speaker"], w["starts"]) for w in EXPECT["quotes"]]
    assert len({q.sentence for q in quotes}) == 1


def test_quoted_name_opening_a_sentence_stays_with_it():
    from parsers.analysis import analyze_text

    text = '과기정통부는 협약식을 개최했다. ‘데이터 댐’ 사업은 순조롭다. 그는 "좋다. 정말 좋다"고 말했다.'
    sentences = [s.text for s in analyze_text(text).sentences]
    assert sentences == [
        "과기정통부는 협약식을 개최했다.",
        "‘데이터 댐’ 사업은 순조롭다.",
        '그는 "좋다. 정말 좋다"고 말했다.',
    ]


def test_whole_page_text_does_not_raise():
    from parsers.analysis import analyze_text

    analysis = analyze_text(SEED.read_text(encoding="utf-8"))
    assert analysis.entities
