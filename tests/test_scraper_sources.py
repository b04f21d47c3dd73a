"""sources.toml validation: every mistake is reported with the file and line it sits on."""

from __future__ import annotations

from pathlib import Path

import pytest

from scraper.sources import ConfigError, load_sources, parse_sources

ROOT = Path(__file__).resolve().parent.parent
GOOD = """\
[crawl]
user_agent = "knews-test/1 (+mailto:t@example.org)"
delay = 0.5
workers = 3

[[source]]
name = "one"
feeds = ["https://example.com/rss?utm_source=x"]
max_pages = 5

[[source]]
name = "two"
sections = ["https://news.example.org/society"]
article_urls = ["/article/\\\\d+$"]
delay = 2
"""


def test_good_file_loads_with_defaults_and_overrides() -> None:
    config = parse_sources(GOOD)
    one, two = config.sources
    assert config.workers == 3 and config.fetch.delay == 0.5
    assert config.fetch.user_agent.startswith("knews-test/1")
    assert one.feeds == ["https://example.com/rss"] and one.max_pages == 5 and one.delay == 0.5
    assert two.delay == 2.0 and two.max_pages == 200
    assert two.is_article_url("https://news.example.org/article/123")
    assert not two.is_article_url("https://news.example.org/society")
    assert one.allowed_hosts == frozenset({"example.com"})


def test_sample_sources_file_is_valid() -> None:
    config = load_sources(ROOT / "samples" / "sources.toml")
    assert {s.name for s in config.sources} >= {"yonhap", "donga"}
    yonhap = next(s for s in config.sources if s.name == "yonhap")
    assert yonhap.is_article_url("https://www.yna.co.kr/view/AKR20240613004500071")
    assert not yonhap.is_article_url("https://www.yna.co.kr/society/all")


@pytest.mark.parametrize(
    ("change", "line", "words"),
    [
        (("max_pages = 5", "max_pagez = 5"), 9, "unknown key 'max_pagez'"),
        (("max_pages = 5", "max_pages = 0"), 9, "at least 1"),
        (("max_pages = 5", 'max_pages = "5"'), 9, "must be a int"),
        (("delay = 2\n", "delay = -1\n"), 15, "must not be negative"),
        (('"https://example.com/rss?utm_source=x"', '"ftp://example.com/rss"'), 8, "not an http(s) URL"),
        (('name = "two"', 'name = "one"'), 12, "used twice"),
        (('article_urls = ["/article/\\\\d+$"]\n', ""), 13, "need `article_urls`"),
        (('article_urls = ["/article/\\\\d+$"]', 'article_urls = ["(unclosed"]'), 14, "bad pattern"),
        (("workers = 3", "workers = 0"), 4, "at least 1"),
        (("workers = 3", "wrokers = 3"), 4, "unknown key 'wrokers'"),
        (('name = "two"\n', 'name = "two"\nprofile = "no-such-outlet"\n'), 13, "no site profile"),
    ],
)
def test_mistakes_name_the_line(change: tuple[str, str], line: int, words: str) -> None:
    text = GOOD.replace(*change)
    assert text != GOOD
    with pytest.raises(ConfigError) as info:
        parse_sources(text, Path("sources.toml"))
    assert f"sources.toml:{line}:" in str(info.value) and words in str(info.value)


def test_toml_syntax_error_names_the_line() -> None:
    with pytest.raises(ConfigError, match=r"sources.toml: not valid TOML: .*line 3"):
        parse_sources("[crawl]\ndelay = 1\nworkers = = 2\n", Path("sources.toml"))


def test_no_sources_and_empty_source_are_errors() -> None:
    with pytest.raises(ConfigError, match="nothing to crawl"):
        parse_sources("[crawl]\ndelay = 1\n")
    with pytest.raises(ConfigError, match="no feeds, sitemaps or sections"):
        parse_sources('[[source]]\nname = "x"\n')


def test_missing_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read"):
        load_sources(tmp_path / "nope.toml")
