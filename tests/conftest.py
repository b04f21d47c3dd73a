"""Shared fixtures. Tests that need ../shared (the real-page corpus) skip cleanly without it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"


def corpus_pages() -> list[dict]:
    """Manifest rows of the shared corpus (empty when ../shared is absent)."""
    rows = []
    for manifest in sorted(CORPUS.glob("manifest-*.jsonl")):
        for line in manifest.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rows.append(json.loads(line))
    return rows


needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is absent")


def news_page(body: str, *, head: str = "<title>뉴스</title>", before: str = "") -> bytes:
    """A small news page around `body`: a menu of links above it and a copyright footer below,
    the boilerplate every generic-extractor test page needs. `before` goes between menu and body."""
    return (
        f"<html><head>{head}</head><body>"
        '<ul class="gnb"><li><a href="/a">정치</a></li><li><a href="/b">경제</a></li></ul>'
        f"{before}{body}<footer>Copyright 뉴스. 무단전재 금지</footer></body></html>"
    ).encode()
