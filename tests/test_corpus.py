"""Every real page of the shared corpus parses, and the gold pages score at the issue's bar."""

from __future__ import annotations

import importlib.util

import pytest
from conftest import CORPUS, SHARED, corpus_pages, needs_corpus

from parsers import parse_article

pytestmark = needs_corpus


@pytest.mark.parametrize("row", corpus_pages(), ids=lambda row: row["id"])
def test_every_corpus_page_parses(row: dict) -> None:
    article = parse_article((CORPUS / row["file"]).read_bytes(), url=row.get("url"), analyze=False)
    assert article.title.strip()
    assert len(article.body) > 200
    assert article.published is not None and article.published.tzinfo is not None
    assert "\ufffd" not in article.body, "decoding produced replacement characters"
    assert not any(w.startswith("profile drift") for w in article.warnings)


def test_gold_scores_meet_the_bar() -> None:
    spec = importlib.util.spec_from_file_location("knews_score", SHARED / "eval" / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    rows = score.score("project", str(CORPUS), str(CORPUS / "gold"), None)
    summary = score.summarise(rows)
    worst = sorted(rows, key=lambda r: r["f1"])[:3]
    detail = ", ".join(f"{r['id']} f1={r['f1']:.3f}" for r in worst)
    assert summary["errors"] == 0
    assert summary["body_f1"] >= 0.97, detail
    assert summary["title"] >= 0.98
    assert summary["published"] >= 0.95
    assert summary["authors"] >= 0.95
    assert summary["leak"] <= 0.02, [(r["id"], r["leaks"]) for r in rows if r["leaks"]]


@pytest.mark.parametrize("row", corpus_pages(), ids=lambda row: row["id"])
def test_profiles_recognise_their_pages_without_the_url(row: dict) -> None:
    """Saved pages often lose their address: each family's markers must still claim its pages."""
    raw = (CORPUS / row["file"]).read_bytes()
    with_url = parse_article(raw, url=row.get("url"), analyze=False)
    without_url = parse_article(raw, analyze=False)
    assert without_url.profile == with_url.profile != "generic"
