"""Small pages for the generic extractor's rules added after the fifth round of held-out layouts
(a live timeline, a photo gallery, a press-release wire, a paged feature, a Q&A, a word-processor
paste): each rule alone, on a page written for it."""

from __future__ import annotations

import pytest
from conftest import news_page

from parsers import parse_article
from parsers.extract.boilerplate import is_boilerplate_line

PROSE = (
    "11일 오전 경북 영덕군 앞바다에서 규모 4.6의 지진이 발생했다. 올해 한반도에서 난 지진 가운데 가장 크다. "
    "기상청은 여진 가능성이 있다며 주의를 당부했다."
)


def _page(body: str) -> bytes:
    return news_page(body, head="<title>영덕 앞바다 규모 4.6 지진…피해 상황 - 뉴스</title>")


def test_a_live_pages_headline_block_leaves_the_body() -> None:
    entries = "".join(
        f'<li><div class="time"><time>{h}:00</time></div><div class="entry"><p>{PROSE} {h}시 소식.</p></div></li>'
        for h in (11, 10, 9)
    )
    page = _page(
        '<div class="live-main"><div class="live-head"><h1>영덕 앞바다 규모 4.6 지진…피해 상황</h1>'
        '<span class="reporters">김민수 기자 minsu@tv.kr</span><span>최초 입력 2025.07.11 08:03</span>'
        "<label>자동 업데이트</label></div>"
        f'<div class="live-summary"><p>{PROSE}</p></div><ol class="timeline">{entries}</ol>'
        '<p class="copy">저작권자 © 새벽TV 무단전재 및 재배포 금지</p>'
        '<p class="notice">이 페이지는 새 소식이 들어오는 대로 업데이트됩니다.</p></div>'
    )
    article = parse_article(page, analyze=False)
    assert article.title == "영덕 앞바다 규모 4.6 지진…피해 상황"
    assert article.paragraphs == [PROSE] + [f"{PROSE} {h}시 소식." for h in (11, 10, 9)]
    assert article.authors == ["김민수"]


def test_a_lead_of_full_sentences_is_body_not_subtitle() -> None:
    page = _page(
        "<h1>영덕 앞바다 규모 4.6 지진…피해 상황</h1>"
        f'<div class="gallery"><p class="gallery-lead">{PROSE}</p><p>{PROSE}</p></div>'
    )
    article = parse_article(page, analyze=False)
    assert article.subtitles == []
    assert article.paragraphs == [PROSE, PROSE]


def test_a_box_of_figures_in_the_body_is_no_prose() -> None:
    page = _page(
        f'<h1>영덕 앞바다 규모 4.6 지진…피해 상황</h1><div class="story"><p>{PROSE}</p>'
        '<div class="nb-box-data"><strong>[숫자로 본 지진]</strong><ul><li>규모 : 4.6</li>'
        "<li>여진 횟수 : 12회</li><li>피해 신고 : 9건</li></ul></div>"
        f"<p>{PROSE}</p></div>"
    )
    assert parse_article(page, analyze=False).paragraphs == [PROSE, PROSE]


@pytest.mark.parametrize(
    "line",
    [
        "NEW11:42",
        "3/10",
        "1,927",
        "조회수",
        "문의: 세움로지텍 홍보팀 김하늘 대리",
        "전화 02-3456-7890 | 이메일 press@seum.co.kr",
        "웹사이트: https://www.seum.co.kr",
        "이 보도자료는 세움로지텍이 작성해 프레스브릿지를 통해 배포한 것입니다.",
        "(2페이지에서 계속)",
        "이 페이지는 새 소식이 들어오는 대로 업데이트됩니다.",
    ],
)
def test_lines_of_live_pages_galleries_and_press_wires_are_boilerplate(line: str) -> None:
    assert is_boilerplate_line(line)


def test_prose_that_starts_like_a_contact_line_is_kept() -> None:
    assert not is_boilerplate_line("문의는 주민센터로 하면 된다고 시는 설명했다.")
    assert not is_boilerplate_line("전화 상담은 평일 오전 9시부터 받는다.")


# after the sixth round ------------------------------------------------------------------------------
def test_the_second_column_of_a_two_column_article_is_body_but_an_aside_is_not() -> None:
    more = PROSE.replace("11일 오전", "12일 오후")
    page = _page(
        "<h1>영덕 앞바다 규모 4.6 지진…피해 상황</h1>"
        f'<div class="columns"><div class="col col-lead"><p>{PROSE}</p><p>{PROSE}</p></div>'
        f'<div class="col col-continue"><p>{more}</p><p>{more}</p></div>'
        f'<aside class="eye"><h4>기자의 눈</h4><p>{more}</p></aside></div>'
    )
    assert parse_article(page, analyze=False).paragraphs == [PROSE, PROSE, more, more]


def test_ad_rows_of_a_table_layout_and_a_byline_cell() -> None:
    page = _page(
        "<h1>영덕 앞바다 규모 4.6 지진…피해 상황</h1><table>"
        f'<tr><td class="txt">{PROSE}<br><br>{PROSE}</td></tr>'
        '<tr><td class="ad_row">AD<br><a href="http://ad.example.kr/c?1">가까운 농협에 문의하세요</a></td></tr>'
        f'<tr><td class="txt">{PROSE}</td></tr>'
        '<tr><td class="byline"><b>최민석 기자 mschoi@news.kr</b></td></tr></table>'
    )
    article = parse_article(page, analyze=False)
    assert article.paragraphs == [PROSE, PROSE, PROSE]
    assert (article.authors, article.emails) == (["최민석"], ["mschoi@news.kr"])


@pytest.mark.parametrize(
    "line",
    [
        "2024/05/14 11:42 송고",
        "비트나라 PRO 구독자는 원본 리포트 전문을 무료로 내려받을 수 있습니다. PRO 알아보기",
    ],
)
def test_a_wire_timestamp_and_a_paywall_upsell_are_boilerplate(line: str) -> None:
    assert is_boilerplate_line(line)
    assert not is_boilerplate_line("유료 구독자는 지난해보다 20% 늘었다.")


# after the seventh round ----------------------------------------------------------------------------
def test_a_transcript_in_pre_is_one_paragraph_a_line() -> None:
    page = _page(
        "<h1>영덕 앞바다 규모 4.6 지진…피해 상황</h1>"
        f'<div class="news"><pre>앵커: {PROSE}\n기자: {PROSE}\n\n인터뷰: 주민 "많이 놀랐습니다."</pre>'
        "<p>(영상취재 : 박민수 / 영상편집 : 정유진)</p></div>"
    )
    assert parse_article(page, analyze=False).paragraphs == [
        f"앵커: {PROSE}",
        f"기자: {PROSE}",
        '인터뷰: 주민 "많이 놀랐습니다."',
    ]


def test_an_english_box_in_a_korean_article_is_no_part_of_it() -> None:
    page = _page(
        '<h1>영덕 앞바다 규모 4.6 지진…피해 상황</h1><div class="story">'
        "<div><strong>Summary in English</strong><p>A magnitude 4.6 quake struck off Yeongdeok.</p></div>"
        f"<p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p><p>번역: 한소라</p></div>"
    )
    assert parse_article(page, analyze=False).paragraphs == [PROSE, PROSE, PROSE]


@pytest.mark.parametrize(
    "line",
    [
        "이후 내용은 유료 회원만 볼 수 있습니다",
        "월 9,900원 PRO 구독하기",
        "이미 회원이신가요? 로그인",
        "※ 이 기사는 영문판 기사를 우리말로 옮긴 것입니다.",
        "(영상취재 : 박민수 / 영상편집 : 정유진)",
    ],
)
def test_paywall_lines_translation_notes_and_credits_are_boilerplate(line: str) -> None:
    assert is_boilerplate_line(line)


def test_boxes_known_by_their_label_and_a_caption_beside_a_lone_image() -> None:
    page = _page(
        "<h1>영덕 앞바다 규모 4.6 지진…피해 상황</h1>"
        '<div class="mx-auto max-w-3xl">'
        '<div class="my-6"><img src="https://cdn.news.kr/quake.jpg"><div class="mt-2 text-sm">'
        "흔들린 진열대. 독자 제공</div></div>"
        f'<p class="mt-6 leading-8">{PROSE}</p>'
        '<div class="my-8 border p-4"><div class="text-xs">AD</div><div>박람회 2025</div>'
        "<div>사전 등록 시 입장료 무료</div></div>"
        f'<p class="mt-6 leading-8">{PROSE}</p>'
        '<div class="mt-8 border p-5"><div class="text-sm font-bold">함께 읽으면 좋은 기사</div>'
        '<a href="/a/1">여진 대비 요령</a></div>'
        f'<p class="mt-6 leading-8">{PROSE}</p></div>'
    )
    article = parse_article(page, analyze=False)
    assert article.paragraphs == [PROSE, PROSE, PROSE]
    assert [(i.url, i.caption) for i in article.images] == [
        ("https://cdn.news.kr/quake.jpg", "흔들린 진열대. 독자 제공")
    ]


def test_the_next_story_under_its_label_lends_no_byline() -> None:
    page = _page(
        '<div class="wrap"><div class="head"><h2 class="title">영덕 앞바다 규모 4.6 지진…피해 상황</h2>'
        '<span class="writer">조현석 기자</span></div>'
        f'<div class="txt"><p>{PROSE}</p><p>{PROSE}</p><p class="byline">조현석 기자 hs@news.kr</p></div>'
        '<div class="next"><div class="label">이어지는 기사</div><h2 class="title">여진 대비 요령</h2>'
        '<span class="writer">김나래 기자</span><p>여진에 대비해 대피 요령을 익혀 두는 것이 좋다.</p>'
        '<p class="byline">김나래 기자 nr@news.kr</p></div></div>'
    )
    article = parse_article(page, analyze=False)
    assert (article.authors, article.emails) == (["조현석"], ["hs@news.kr"])
