"""The batch API: same records as parse_article one by one, in input order, with either worker mode."""

from __future__ import annotations

import pytest

from parsers import NotAnArticle, parse_article
from parsers.batch import parse_articles

PAGE = (
    "<html><head><meta charset='utf-8'><title>{title} - 신문</title>"
    "<meta property='article:published_time' content='2021-08-06T17:55:23+09:00'></head><body>"
    "<div id='article'><h1>{title}</h1><p>과학기술정보통신부(이하 과기정통부)는 6일 협약식을 개최했다고 밝혔다."
    " 이날 행사에는 {n}여명이 참여했고, 과기정통부 조경식 제2차관과 한국지능정보사회진흥원 문용식 원장이 참석했다.</p>"
    '<p>조경식 제2차관은 "적극 지원하겠다"고 말했다. 올해는 190종의 데이터를 구축한다.</p></div></body></html>'
)
PAGES = [PAGE.format(title=f"데이터 댐 협약식 {i}", n=100 * (i + 1)).encode() for i in range(5)]
NOT_A_PAGE = b"<html><body></body></html>"


def _key(article):
    return article.title, article.analysis.to_dict()


def test_in_process_matches_one_by_one():
    batch = list(
        parse_articles([(p, f"https://example.com/{i}") for i, p in enumerate(PAGES)], workers=1, chunk=2)
    )
    single = [parse_article(p, url=f"https://example.com/{i}") for i, p in enumerate(PAGES)]
    assert [_key(a) for a in batch] == [_key(a) for a in single]
    assert batch[0].url == "https://example.com/0"
    assert any(q.value == 100 and q.approx for q in batch[0].analysis.quantities)


def test_errors_are_returned_skipped_or_raised():
    mixed = [PAGES[0], NOT_A_PAGE, PAGES[1]]
    returned = list(parse_articles(mixed))
    assert isinstance(returned[1], NotAnArticle) and len(returned) == 3
    assert len(list(parse_articles(mixed, errors="skip"))) == 2
    with pytest.raises(NotAnArticle):
        list(parse_articles(mixed, errors="raise"))


def test_without_analysis():
    (article,) = parse_articles(PAGES[:1], analyze=False)
    assert article.analysis is None


def test_worker_processes_keep_order():
    batch = list(parse_articles(PAGES, workers=2, chunk=1))
    single = [parse_article(p) for p in PAGES]
    assert [_key(a) for a in batch] == [_key(a) for a in single]


def test_bad_worker_count():
    with pytest.raises(ValueError):
        list(parse_articles(PAGES, workers=0))


def _child_view(_: int) -> tuple[bool, list[str]]:
    from parsers.analysis import kiwi

    inherited = kiwi._kiwi is not None
    return inherited, [t.form for t in kiwi.get_kiwi().tokenize("데이터 댐 사업")]


@pytest.mark.skipif("fork" not in __import__("multiprocessing").get_all_start_methods(), reason="no fork")
def test_a_forked_worker_builds_its_own_kiwi():
    """The archive engines fork their workers where the platform does: a child must not use the
    driver's Kiwi (its worker threads stay behind) but build its own, and tokenize with it."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from parsers.analysis import get_kiwi

    driver = get_kiwi()
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork")) as pool:
        inherited, forms = pool.submit(_child_view, 0).result(timeout=120)
    assert not inherited
    assert forms[:2] == ["데이터", "댐"]
    assert get_kiwi() is driver  # the driver keeps its own
