"""Our own sample pages, one per layout family, parse to their hand-written expected records."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from conftest import SAMPLES

from parsers import NotAnArticle, parse_article

CASES = sorted((SAMPLES / "pages").glob("*.json"))
FIELDS = ("title", "subtitles", "authors", "emails", "section", "paragraphs")


def expected_of(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def test_there_is_a_sample_for_every_family() -> None:
    names = {case.stem for case in CASES}
    assert {"seed-press", "naver-new", "naver-old", "daum", "yonhap", "articleview", "unknown-blog"} <= names


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.stem)
def test_sample_matches_its_expected_record(case: Path) -> None:
    expected = expected_of(case)
    raw = case.with_suffix(".html").read_bytes()
    if expected.get("not_article"):
        with pytest.raises(NotAnArticle):
            parse_article(raw, url=expected.get("url"), charset=expected.get("charset"), analyze=False)
        return
    article = parse_article(raw, url=expected.get("url"), charset=expected.get("charset"), analyze=False)
    for name in FIELDS:
        if name in expected:
            assert getattr(article, name) == expected[name], name
    for name in ("published", "modified"):
        if name in expected:
            want = datetime.fromisoformat(expected[name]) if expected[name] else None
            assert getattr(article, name) == want, name
    if "images" in expected:
        got = [{"url": im.url, "caption": im.caption} for im in article.images]
        assert got == expected["images"]
    leaked = [text for text in expected.get("without", []) if text in article.body]
    assert not leaked


@pytest.mark.parametrize(
    "case", [c for c in CASES if not expected_of(c).get("not_article")], ids=lambda c: c.stem
)
def test_sample_parses_without_its_url(case: Path) -> None:
    """A page saved without its address still parses: profiles are recognised by their markup."""
    expected = expected_of(case)
    article = parse_article(
        case.with_suffix(".html").read_bytes(), charset=expected.get("charset"), analyze=False
    )
    assert article.title == expected["title"]
    assert article.paragraphs == expected["paragraphs"]


HOLDOUT = sorted((SAMPLES / "holdout").glob("*.json"))


def _token_f1(got: str, want: str) -> float:
    from collections import Counter

    g, w = Counter(got.split()), Counter(want.split())
    common = sum((g & w).values())
    if not common:
        return 0.0
    precision, recall = common / sum(g.values()), common / sum(w.values())
    return 2 * precision * recall / (precision + recall)


def test_pages_of_layouts_no_profile_knows() -> None:
    """Layouts written to probe the generic extractor (Chosun Arc, JoongAng, Hankyoreh, KBS, SBS,
    a Gnuboard board, a WordPress long read ...): bodies, titles and times must hold up."""
    f1s, titles, times, authors, images, sections = [], 0, 0, 0, 0, 0
    for case in HOLDOUT:
        expected = expected_of(case)
        raw = case.with_suffix(".html").read_bytes()
        article = parse_article(raw, url=expected["url"], charset=expected.get("charset"), analyze=False)
        assert article.profile == "generic", case.stem
        assert not [t for t in expected.get("without", []) if t in article.body], case.stem
        f1s.append(_token_f1(" ".join(article.paragraphs), " ".join(expected["paragraphs"])))
        titles += article.title == expected["title"]
        times += article.published == datetime.fromisoformat(expected["published"])
        authors += set(article.authors) == set(expected["authors"])
        images += [{"url": i.url, "caption": i.caption} for i in article.images] == expected["images"]
        sections += article.section == expected.get("section")
    assert len(HOLDOUT) >= 10
    assert sum(f1s) / len(f1s) >= 0.99 and min(f1s) >= 0.95
    assert titles >= len(HOLDOUT) - 1 and times == len(HOLDOUT)
    # author sets: 205 of 206 when last measured;
    # images (every URL and caption exact) and sections are judgement calls on some layouts (a card
    # news story in its images' alt texts, 스포츠 > 농구): 200 and 192 of 206 when last measured
    assert authors >= 0.95 * len(HOLDOUT)
    assert images >= 0.9 * len(HOLDOUT) and sections >= 0.85 * len(HOLDOUT)


CLAIMED = sorted((SAMPLES / "holdout" / "claimed").glob("*.json"))


@pytest.mark.parametrize("case", CLAIMED, ids=lambda case: case.stem)
def test_pages_that_copy_a_known_cms_markup(case: Path) -> None:
    """Held-out pages of other sites that carry a known CMS's markers (Naver's `#articeBody`, the
    ndsoft CMS's `#article-view-content-div`): its profile parses them, and what its selectors
    miss there (captions, subheads, embedded posts) the general rules still find."""
    expected = expected_of(case)
    raw = case.with_suffix(".html").read_bytes()
    article = parse_article(raw, url=expected["url"], charset=expected.get("charset"), analyze=False)
    assert article.profile != "generic"
    assert not [t for t in expected.get("without", []) if t in article.body]
    assert _token_f1(" ".join(article.paragraphs), " ".join(expected["paragraphs"])) >= 0.97
    assert (article.title, article.subtitles) == (expected["title"], expected["subtitles"])
    assert article.published == datetime.fromisoformat(expected["published"])
    assert set(article.authors) == set(expected["authors"])
    assert [{"url": i.url, "caption": i.caption} for i in article.images] == expected["images"]
