"""Small pages for the rules added after the eighteenth round of held-out layouts (a site built of
custom elements, a regional paper's `<dl>` of article facts under a logo's h1, an embedded social
post, a broadcast report signed off in its last paragraph): each rule alone, on a page written
for it."""

from __future__ import annotations

from conftest import news_page

from parsers import parse_article
from parsers.extract.bylines import is_byline_line

PROSE = (
    "전남 완도 지역 전복 산지 가격이 1년 새 30% 넘게 떨어지면서 양식 어가들이 출하를 포기하는 "
    "사례까지 나오고 있다. 완도군은 직거래 장터를 열고 급식 납품을 늘리기로 했다."
)
MORE = (
    "전문가들은 근본적으로 생산량 조절이 필요하다고 지적한다. 해마다 가격이 급등락하는 구조를 "
    "끊으려면 적정 양식 밀도를 지켜야 한다는 것이다."
)
TITLE = "완도 전복값 1년 새 31% 폭락…양식 어가 '출하 포기'"


def _parse(body: str, head: str = f"<title>{TITLE}</title>", before: str = ""):
    return parse_article(news_page(body, head=head, before=before), analyze=False)


def test_custom_elements_that_hold_paragraphs_are_blocks_and_their_names_count_as_classes() -> None:
    article = _parse(
        "<news-article><article-header>"
        "<nav-crumbs><a href='/'>홈</a> / <a href='/tech'>테크</a> / <a href='/ai'>AI</a></nav-crumbs>"
        f"<article-headline role='heading'>{TITLE}</article-headline></article-header>"
        f"<article-body><article-paragraph>{PROSE}</article-paragraph>"
        "<newsletter-signup><strong>매일 아침 7시, 꼭 알아야 할 뉴스</strong>"
        "<span>뉴스레터를 무료로 받아보세요.</span></newsletter-signup>"
        f"<article-paragraph>{MORE} 그는 <x-term>적정 밀도</x-term>를 강조했다.</article-paragraph>"
        "</article-body></news-article>"
    )
    # one paragraph a custom element; a custom element in running text stays inline
    assert article.paragraphs == [PROSE, MORE + " 그는 적정 밀도를 강조했다."]
    assert article.section == "테크"


def test_an_article_facts_list_reads_as_separate_words_for_the_byline_and_its_labelled_address() -> None:
    header = (
        f"<div class='hd'><h2>{TITLE}</h2><dl class='facts'><dt>기자명</dt><dd><a href='/w'>정민석 기자</a></dd>"
        "<dt>입력</dt><dd>2025.10.27 17:40</dd><dt>이메일</dt>"
        "<dd><a href='mailto:jms@namdo.co.kr'>jms@namdo.co.kr</a></dd><dt>댓글</dt><dd>0</dd></dl></div>"
    )
    article = _parse(f"{header}<div class='bd'><p>{PROSE}</p><p>{MORE}</p></div>")
    assert article.authors == ["정민석"]
    assert article.emails == ["jms@namdo.co.kr"]
    assert article.published is not None and article.published.isoformat() == "2025-10-27T17:40:00+09:00"


def test_a_title_tag_cut_short_picks_the_heading_it_begins() -> None:
    article = _parse(
        f"<h1 class='logo'><a href='/'><img src='/logo.png' alt='남도매일'></a></h1><div class='hd'>"
        f"<h2>{TITLE}</h2><h3>공급 과잉에 소비 위축 겹쳐…완도군, 직거래 장터 확대</h3></div>"
        f"<div class='bd'><p>{PROSE}</p><p>{MORE}</p></div>",
        head="<title>완도 전복값 1년 새 31% 폭락 - 남도매일</title>",
    )
    assert article.title == TITLE
    # the lower heading right after the headline is its subhead, whatever the headline's rank
    assert article.subtitles == ["공급 과잉에 소비 위축 겹쳐…완도군, 직거래 장터 확대"]


def test_a_heading_after_a_sidebar_heading_is_no_subtitle() -> None:
    article = _parse(
        f"<h1>{TITLE}</h1><div class='bd'><p>{PROSE}</p><p>{MORE}</p></div>"
        "<div class='side'><h2>포토뉴스</h2><h3>가을 단풍 절정…내장산 탐방객 몰려</h3></div>"
    )
    assert article.subtitles == []


def test_an_embedded_social_post_is_not_body() -> None:
    post = (
        "<blockquote class='emb' data-lang='ko'><p lang='ko'>지역의사제 법안, 더 미룰 이유가 없습니다. "
        "<a href='https://t.co/Rk7q'>pic.twitter.com/Rk7q</a></p>&mdash; 박은채 (@eunchae_park) "
        "<a href='https://twitter.com/eunchae_park/status/1983719028374651904'>October 30, 2025</a></blockquote>"
    )
    quote = "<blockquote><p>“전복값이 이렇게 떨어진 것은 처음입니다.” 한 어민의 말이다.</p></blockquote>"
    article = _parse(f"<h1>{TITLE}</h1><div class='bd'><p>{PROSE}</p>{post}{quote}<p>{MORE}</p></div>")
    assert article.paragraphs == [PROSE, "“전복값이 이렇게 떨어진 것은 처음입니다.” 한 어민의 말이다.", MORE]


def test_a_sign_off_ending_the_last_paragraph_keeps_the_paragraph() -> None:
    last = "하지만 현장에서는 근본적인 주거 개선이 필요하다는 목소리가 큽니다. MNB 뉴스 최민호입니다."
    assert not is_byline_line(last)
    assert is_byline_line("MNB 뉴스 최민호입니다.")
    assert is_byline_line("지금까지 광주에서 MNB 뉴스 최민호입니다.")
    article = _parse(f"<h1>{TITLE}</h1><div class='bd'><p>{PROSE}</p><p>{MORE}</p><p>{last}</p></div>")
    assert article.paragraphs[-1] == last
    assert article.authors == ["최민호"]


def test_a_broken_tag_that_looks_custom_is_left_alone() -> None:
    """Hypothesis found a mutated page whose tag held a control character after a hyphen: giving
    its name to the class made lxml refuse the attribute."""
    article = _parse(
        f"<h1>{TITLE}</h1><a-\x01>표지</a-\x01><div class='bd'><p>{PROSE}</p><p>{MORE}</p></div>"
    )
    assert article.paragraphs[-1] == MORE
