"""The SQLite store: schema versions, the frontier's states, revisions and retries."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from parsers import Article
from scraper.discover import Link
from scraper.store import MAX_ATTEMPTS, SCHEMA_VERSION, Store, StoreError

URL = "https://news.example.com/a/1"


def article(title: str = "제목") -> Article:
    return Article(
        url=URL,
        canonical_url=URL,
        title=title,
        paragraphs=["본문 첫 문단이다.", "둘째 문단이다."],
        published=datetime(2024, 6, 12, 9, tzinfo=timezone(timedelta(hours=9))),
    )


def test_new_database_is_wal_at_the_current_schema(tmp_path: Path) -> None:
    with Store(tmp_path / "k.db") as store:
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    with Store(tmp_path / "k.db") as again:
        assert again.count("articles") == 0


def test_newer_schema_and_garbage_are_refused(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    with sqlite3.connect(db) as con:
        con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(StoreError, match="newer than this knews"):
        Store(db)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"\x00garbage" * 512)
    with pytest.raises(StoreError, match="cannot use this database"):
        Store(junk)


def test_article_new_unchanged_updated(tmp_path: Path) -> None:
    with Store(tmp_path / "k.db") as store:
        run = store.start_run()
        store.add_links("s", [Link(URL)])
        assert store.save_article(run, URL, "s", article(), status=200, elapsed=0.1) == "new"
        assert store.save_article(run, URL, "s", article(), status=200, elapsed=0.1) == "unchanged"
        assert store.save_article(run, URL, "s", article("새 제목"), status=200, elapsed=0.1) == "updated"
        (row,) = store.records()
        assert row["revisions"] == 2 and row["record"]["title"] == "새 제목"
        assert store.count("fetches") == 3


def test_alias_url_lands_on_the_canonical_record(tmp_path: Path) -> None:
    alias = "https://m.news.example.com/a/1"
    with Store(tmp_path / "k.db") as store:
        run = store.start_run()
        store.add_links("s", [Link(URL), Link(alias)])
        store.save_article(run, URL, "s", article(), status=200, elapsed=0.1)
        assert store.save_article(run, alias, "s", article(), status=200, elapsed=0.1) == "unchanged"
        assert store.count("articles") == 1 and store.pending("s", 10) == []


def test_revisit_only_when_the_listing_date_moves_past_our_fetch(tmp_path: Path) -> None:
    with Store(tmp_path / "k.db") as store:
        run = store.start_run()
        old = datetime(2024, 1, 1, tzinfo=timezone.utc)
        assert store.add_links("s", [Link(URL, old)]) == 1
        store.save_article(run, URL, "s", article(), status=200, elapsed=0.1)
        assert store.add_links("s", [Link(URL, old)]) == 0
        assert store.add_links("s", [Link(URL)]) == 0
        assert store.add_links("s", [Link(URL, datetime.now(timezone.utc) + timedelta(minutes=1))]) == 1
        assert store.pending("s", 10) == [URL]


def test_transient_failures_retry_a_few_times_then_settle(tmp_path: Path) -> None:
    with Store(tmp_path / "k.db") as store:
        run = store.start_run()
        store.add_links("s", [Link(URL), Link(URL + "/gone")])
        for attempt in range(1, MAX_ATTEMPTS + 1):
            store.save_failure(run, URL, "timeout", status=None, elapsed=1.0)
            assert (URL in store.pending("s", 10)) == (attempt < MAX_ATTEMPTS)
        store.save_failure(run, URL + "/gone", "http-404", status=404, elapsed=0.1)
        states = dict(store.db.execute("SELECT url, state FROM frontier"))
    assert states == {URL: "failed", URL + "/gone": "failed"}


def test_pending_is_newest_first_and_limited(tmp_path: Path) -> None:
    day = datetime(2024, 6, 1, tzinfo=timezone.utc)
    links = [Link(f"{URL}{n}", day + timedelta(days=n)) for n in range(5)] + [Link(URL + "x")]
    with Store(tmp_path / "k.db") as store:
        store.add_links("s", links)
        assert store.pending("s", 3) == [URL + "4", URL + "3", URL + "2"]
        assert store.pending("s", 10)[-1] == URL + "x"
        assert store.pending("other", 10) == []
