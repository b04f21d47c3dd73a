"""Site profiles are data: every bundled file loads, bad files fail clearly, drift falls back."""

from __future__ import annotations

import pytest

from parsers import parse_article
from parsers.extract.profiles import ProfileError, all_profiles, get_profile, load_profile, profile_for_url

BODY = (
    "<p>"
    + "정부는 6일 새 정책을 발표했다고 밝혔다. 관계자는 이번 조치가 시장 안정에 도움이 될 것이라고 말했다. "
    * 4
    + "</p>"
)


def test_every_bundled_profile_loads_and_has_layouts() -> None:
    profiles = all_profiles()
    names = [p.name for p in profiles]
    assert len(names) == len(set(names)) >= 10
    for profile in profiles:
        assert profile.layouts, profile.name
        assert profile.hosts or profile.markers, profile.name


@pytest.mark.parametrize(
    ("url", "name"),
    [
        ("https://n.news.naver.com/mnews/article/003/0012577249", "naver"),
        ("https://news.naver.com/main/read.naver?mode=LSD&oid=081&aid=0003219994", "naver"),
        ("https://v.daum.net/v/20240612204108127", "daum"),
        ("https://www.yna.co.kr/view/AKR20240612153100007", "yonhap"),
        ("https://www.gangjin.go.kr/www/government/news/press?idx=1&mode=view", "gokr"),
    ],
)
def test_hosts_map_to_profiles(url: str, name: str) -> None:
    profile = profile_for_url(url)
    assert profile is not None and profile.name == name


def test_article_url_patterns_tell_articles_from_other_pages() -> None:
    naver = get_profile("naver")
    assert naver.is_article_url("https://n.news.naver.com/mnews/article/003/0012577249")
    assert not naver.is_article_url("https://news.naver.com/section/105")


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("name = 'x'\n[[layouts]]\ntitle = ['h1']\n", "needs a body selector"),
        ("name = 'x'\nbogus = 1\n", "unknown keys"),
        ("name = 'x'\n[[layouts]]\nbody = ['div[']\n", "SelectorError|Expected"),
        ("name = 'x'\narticle_urls = ['(']\n", "error"),
        ("name = \n", "not valid TOML"),
        ("name = 'x'\nhosts = 3\n", "list of strings"),
    ],
)
def test_bad_profile_files_name_the_file_and_the_problem(text: str, problem: str) -> None:
    with pytest.raises(ProfileError, match=rf"broken\.toml: .*({problem})"):
        load_profile(text, "broken.toml")


def test_a_profile_whose_selectors_no_longer_match_falls_back_and_warns() -> None:
    """Layout drift: the host's profile finds no body, the generic extractor does, and says so."""
    page = f"<html><head><title>개편된 사이트의 기사 제목</title></head><body><h1>개편된 사이트의 기사 제목</h1><div class='renewed-2026'>{BODY}</div></body></html>"
    article = parse_article(
        page.encode(), url="https://n.news.naver.com/mnews/article/001/0000000001", analyze=False
    )
    assert article.profile == "generic"
    assert any(w.startswith("profile drift: naver") for w in article.warnings)
    assert "새 정책을 발표했다" in article.body


def test_a_page_of_an_unknown_host_uses_no_profile_and_warns_nothing() -> None:
    page = f"<html><body><h1>처음 보는 사이트의 기사 제목</h1><article>{BODY}</article></body></html>"
    article = parse_article(page.encode(), url="https://news.example.kr/a/1", analyze=False)
    assert article.profile == "generic" and article.warnings == []
