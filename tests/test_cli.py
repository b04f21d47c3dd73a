"""The `knews` command as cron and a person use it: crawl (lock, signals, SIGKILL), export, parse, fetch."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from parsers import parse_article
from scraper.cli import main
from scraper.localsite import LocalSite, Route, article_page
from scraper.store import content_hash

ROOT = Path(__file__).resolve().parent.parent
PARAS = [
    "대전시는 20일 과학 축제를 연다고 밝혔다. 축제에는 시민 1만명이 참여할 것으로 보인다.",
    '시 관계자는 "과학 도시의 면모를 보여주겠다"고 말했다.',
]
TEXT = {"Content-Type": "text/plain"}


def knews(*args: str, **kwargs: object) -> subprocess.Popen[str]:
    """`knews ...` in a child process, as cron runs it."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-m", "scraper", *args],
        cwd=ROOT,
        env=env,
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        **kwargs,
    )


def slow_site(site: LocalSite, pages: int, pause: float) -> None:
    """`pages` articles listed in a feed, each served in two halves `pause` seconds apart."""
    items = "".join(f"<item><link>{site.base}/news/{n}.html</link></item>" for n in range(pages))
    site.routes["/robots.txt"] = Route(b"User-agent: *\nAllow: /\n", headers=TEXT)
    site.routes["/feed.xml"] = Route(
        f"<rss><channel>{items}</channel></rss>".encode(), headers={"Content-Type": "application/rss+xml"}
    )
    for n in range(pages):
        page = article_page(f"{n}번 기사: 대전 과학 축제", PARAS)
        site.routes[f"/news/{n}.html"] = Route(chunks=[page[:200], page[200:]], chunk_delay=pause)


def sources_file(tmp_path: Path, site: LocalSite, max_pages: int = 100) -> Path:
    path = tmp_path / "sources.toml"
    path.write_text(
        f"""
[crawl]
delay = 0
workers = 2
analyze = false

[[source]]
name = "local"
feeds = ["{site.base}/feed.xml"]
max_pages = {max_pages}
""",
        encoding="utf-8",
    )
    return path


def wait_for_rows(db: Path, at_least: int, timeout: float = 20) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if db.exists():
            try:
                with sqlite3.connect(db) as con:
                    count = con.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
            except sqlite3.OperationalError:
                count = 0
            if count >= at_least:
                return count
        time.sleep(0.05)
    raise AssertionError(f"fewer than {at_least} articles stored in {timeout}s")


def test_second_crawl_exits_75_and_sigterm_stops_the_first_cleanly(tmp_path: Path) -> None:
    with LocalSite() as site:
        slow_site(site, pages=30, pause=0.2)
        sources, db = sources_file(tmp_path, site), tmp_path / "k.db"
        first = knews(
            "crawl", "--sources", str(sources), "--db", str(db), "--stats-json", str(tmp_path / "s.json")
        )
        wait_for_rows(db, 1)
        second = knews("crawl", "--sources", str(sources), "--db", str(db))
        out, err = second.communicate(timeout=30)
        assert second.returncode == 75, err
        assert "another crawl is running" in err and out == ""
        first.send_signal(signal.SIGTERM)
        out, err = first.communicate(timeout=30)
    assert first.returncode == 128 + signal.SIGTERM, err
    summary = out.strip().splitlines()
    assert len(summary) == 1 and summary[0].startswith("knews crawl stopped by SIGTERM")
    stats = json.loads((tmp_path / "s.json").read_text())
    with sqlite3.connect(db) as con:
        stored = con.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        status = con.execute("SELECT status FROM runs").fetchone()[0]
    assert 0 < stats["new"] == stored < 30 and status == "stopped"


def test_crawl_killed_with_sigkill_resumes_and_stores_each_article_once(tmp_path: Path) -> None:
    pages = 24
    with LocalSite() as site:
        slow_site(site, pages=pages, pause=0.1)
        sources, db = sources_file(tmp_path, site), tmp_path / "k.db"
        victim = knews("crawl", "--sources", str(sources), "--db", str(db))
        wait_for_rows(db, 5)
        victim.kill()
        victim.communicate(timeout=10)
        with sqlite3.connect(db) as con:
            killed_at = con.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        again = knews("crawl", "--sources", str(sources), "--db", str(db))
        out, err = again.communicate(timeout=60)
        assert again.returncode == 0, err
        base = site.base
    assert killed_at < pages, "the kill came too late to test anything"
    with sqlite3.connect(db) as con:
        rows = con.execute("SELECT canonical_url, content_hash, revisions FROM articles").fetchall()
        pending = con.execute("SELECT COUNT(*) FROM frontier WHERE state = 'pending'").fetchone()[0]
    assert len(rows) == pages and pending == 0
    assert {r[0] for r in rows} == {f"{base}/news/{n}.html" for n in range(pages)}
    for url, digest, revisions in rows:
        n = int(url.rsplit("/", 1)[1].split(".")[0])
        expected = parse_article(article_page(f"{n}번 기사: 대전 과학 축제", PARAS), url=url, analyze=False)
        assert digest == content_hash(expected) and revisions == 1
    assert f"new {pages - killed_at}" in out


def test_broken_sources_file_exits_78_naming_the_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "sources.toml"
    bad.write_text('[[source]]\nname = "x"\nfeeds = ["https://example.com/rss"]\nmax_pagez = 3\n')
    assert main(["crawl", "--sources", str(bad), "--db", str(tmp_path / "k.db")]) == 78
    assert f"{bad}:4" in capsys.readouterr().err
    assert not (tmp_path / "k.db").exists()


def test_unusable_database_exits_74(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with LocalSite() as site:
        sources = sources_file(tmp_path, site)
        db = tmp_path / "k.db"
        db.write_bytes(b"this is not a database" * 100)
        assert main(["crawl", "--sources", str(sources), "--db", str(db)]) == 74
    assert "cannot use this database" in capsys.readouterr().err


def test_crawl_then_export_jsonl_and_csv(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with LocalSite() as site:
        slow_site(site, pages=3, pause=0)
        sources, db = sources_file(tmp_path, site), tmp_path / "k.db"
        assert (
            main(
                [
                    "-q",
                    "crawl",
                    "--sources",
                    str(sources),
                    "--db",
                    str(db),
                    "--stats-json",
                    str(tmp_path / "s.json"),
                ]
            )
            == 0
        )
    line = capsys.readouterr().out.strip()
    assert line.startswith("knews crawl ok: discovered 3, fetched 3, new 3,")
    assert json.loads((tmp_path / "s.json").read_text())["sources"]["local"]["new"] == 3

    assert main(["export", "--db", str(db), "--format", "jsonl"]) == 0
    records = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert len(records) == 3 and records[0]["title"].endswith("대전 과학 축제")
    assert records[0]["crawl"]["source"] == "local" and records[0]["crawl"]["revisions"] == 1

    assert main(["export", "--db", str(db), "--format", "csv", "--source", "local"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == 3 and rows[0]["body"].startswith("대전시는") and rows[0]["authors"] == "홍길동"

    assert main(["export", "--db", str(db), "--since", "2999-01-01"]) == 0
    assert capsys.readouterr().out == ""
    assert main(["export", "--db", str(db), "--source", "nobody"]) == 0
    assert capsys.readouterr().out == ""


def test_parse_files_and_stdin_with_a_bad_file_reported(tmp_path: Path) -> None:
    good = tmp_path / "good.html"
    good.write_bytes(article_page("세종시 새 청사 개관", PARAS))
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"<html><body></body></html>")
    proc = knews(
        "parse",
        "--no-analyze",
        str(good),
        str(empty),
        "-",
        str(tmp_path / "missing.html"),
        stdin=subprocess.PIPE,
    )
    out, err = proc.communicate(article_page("stdin 기사: 세종시", PARAS).decode(), timeout=60)
    titles = [json.loads(line)["title"] for line in out.splitlines()]
    assert titles == ["세종시 새 청사 개관", "stdin 기사: 세종시"]
    assert f"{empty}: not an article" in err and "missing.html: cannot read" in err
    assert proc.returncode == 1


def test_fetch_prints_the_record(capsys: pytest.CaptureFixture[str]) -> None:
    with LocalSite(
        {"/a.html": Route(article_page("광주 비엔날레 개막", PARAS)), "/robots.txt": Route(b"", headers=TEXT)}
    ) as site:
        assert main(["fetch", "--no-analyze", site.url("/a.html?utm_source=x")]) == 0
        record = json.loads(capsys.readouterr().out)
        assert record["title"] == "광주 비엔날레 개막" and record["canonical_url"] == site.url("/a.html")
        assert main(["fetch", "--no-analyze", site.url("/missing")]) == 1
        assert "http-404" in capsys.readouterr().err


def test_demo_crawls_the_sample_site(tmp_path: Path) -> None:
    proc = knews("demo", "--no-analyze", "--db", str(tmp_path / "demo.db"))
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    summary, record = out.split("\n", 1)
    assert summary.startswith("knews crawl ok:") and " new 0," not in summary
    assert json.loads(record)["title"]
