"""Small pages for the rules added after the twenty-fourth round of held-out layouts (an economic
daily with a stock quote in its text, a blog theme's article, a local broadcaster's report, a
magazine interview under a standfirst, a newsletter's archived issue): each rule alone, on a page
written for it."""

from __future__ import annotations

from conftest import news_page

from parsers import parse_article

PROSE = (
    "2차전지 양극재 업체 대운머티리얼즈가 1조2000억원을 투입해 새만금 국가산업단지에 제2공장을 "
    "짓는다고 14일 밝혔다."
)
MORE = (
    "신설 공장은 23만㎡ 부지에 하이니켈 라인 3개와 LFP 라인 2개로 꾸려진다. 완공되면 연간 "
    "양극재 생산능력은 현재 4만5000t에서 8만t으로 늘어난다."
)
LAST = "회사 측은 증설이 끝나는 2027년 매출이 지금의 두 배 수준이 될 것으로 내다봤다."
TITLE = "대운머티리얼즈, 새만금에 1.2조 양극재 2공장"
TEXT = f"<div class='txt'><p>{PROSE}</p><p>{MORE}</p><p>{LAST}</p></div>"


def _parse(body: str, head: str = f"<title>{TITLE}</title>", before: str = ""):
    return parse_article(news_page(body, head=head, before=before), analyze=False)


def test_a_market_quote_box_inside_the_body_is_not_text() -> None:
    quote = (
        "<div class='qb'><div><a href='/item/348920'>대운머티리얼즈</a> <span>유가증권</span></div>"
        "<div><span>48,350</span> <span>▲1,250</span> <span>+2.65%</span></div>"
        "<div><span>10.14 15:30 기준</span> <a href='/item/348920'>종목 상세보기</a></div></div>"
    )
    article = _parse(
        f"<h1>{TITLE}</h1><div class='txt'><p>{PROSE}</p><p>{MORE}</p>{quote}<p>{LAST}</p></div>"
    )
    assert article.paragraphs == [PROSE, MORE, LAST]


def test_a_label_then_the_title_again_atop_the_body_are_not_text() -> None:
    article = _parse(
        f"<h1>{TITLE}</h1><table><tr><td><p>오늘의 이슈</p><p>{TITLE}</p><p>{PROSE}</p><p>{MORE}</p>"
        f"<p>{LAST}</p></td></tr></table>"
    )
    assert article.paragraphs == [PROSE, MORE, LAST]


def test_a_standfirst_of_two_sentences_above_the_body_is_a_subtitle() -> None:
    standfirst = "첫 공장을 지은 지 10년 만의 증설이다. 새만금 현장을 찾아 계획을 들었다."
    article = _parse(
        f"<div class='hd'><h1>{TITLE}</h1><p class='standfirst'><i>{standfirst}</i></p>"
        f"<p class='by'>정다운 기자</p></div>{TEXT}"
    )
    assert article.subtitles == [standfirst]
    assert article.paragraphs == [PROSE, MORE, LAST]


def test_a_trail_named_breadcrumb_beats_a_kicker() -> None:
    article = _parse(
        "<ol class='gy-trail'><li><a href='/'>홈</a></li><li><a href='/people'>피플</a></li>"
        f"<li><a href='/people/iv'>인터뷰</a></li></ol><span class='gy-kicker'>INTERVIEW</span><h1>{TITLE}</h1>{TEXT}"
    )
    assert article.section == "피플"


def test_a_themes_category_links_name_the_section() -> None:
    article = _parse(
        f"<div class='nf-catlinks'><a href='/category/c1/' rel='category tag'>테크</a></div><h1>{TITLE}</h1>{TEXT}"
    )
    assert article.section == "테크"
