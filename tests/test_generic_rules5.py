"""Small pages for the generic extractor's rules added after the fifth round of held-out layouts
(a live timeline, a photo gallery, a press-release wire, a paged feature, a Q&A, a word-processor
paste): each rule alone, on a page written for it."""

from __future__ import annotations

import pytest

from parsers import parse_article
from parsers.extract.boilerplate import is_boilerplate_line

PROSE = (
    "11일 오전 경북 영덕군 앞바다에서 규모 4.6의 지진이 발생했다. 올해 한반도에서 난 지진 가운데 가장 크다. "
    "기상청은 여진 가능성이 있다며 주의를 당부했다."
)


def _page(body: str) -> bytes:
    return (
        "<html><head><title>영덕 앞바다 규모 4.6 지진…피해 상황 - 뉴스</title></head><body>"
        '<ul class="gnb"><li><a href="/a">정치</a></li><li><a href="/b">경제</a></li></ul>'
        f"{body}<footer>Copyright 뉴스. 무단전재 금지</footer></body></html>"
    ).encode()


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
