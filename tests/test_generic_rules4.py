"""Small pages for the generic extractor's rules added after the fourth round of held-out layouts
(a broadcaster, a page with no metadata, a feature with two bylines, an endless mobile feed, an
old table layout, a bilingual site): each rule alone, on a page written for it."""

from __future__ import annotations

from conftest import news_page

from parsers import parse_article
from parsers.extract.boilerplate import is_boilerplate_line
from parsers.extract.bylines import is_person_name

PROSE = (
    "설 연휴 첫날 경남 지역 고속도로는 하루 종일 귀성 차량으로 붐볐다. 창원에서 서울까지 6시간 40분이 걸렸다. "
    "도로공사는 내일 오전 정체가 절정을 이룰 것으로 내다봤다."
)


def _page(body: str, head: str = "<title>귀성길 정체 극심…창원→서울 6시간 40분 - 뉴스</title>") -> bytes:
    return news_page(body, head=head)


def test_a_copyright_line_beside_the_text_does_not_widen_the_body() -> None:
    page = _page(
        '<div class="left"><h2 class="tit">귀성길 정체 극심…창원→서울 6시간 40분</h2>'
        '<span class="date">입력 2025.01.27 (월) 19:42</span>'
        f'<div class="news_text">{PROSE}<br><br>{PROSE}<br><br>{PROSE}</div>'
        '<p class="copyright">Copyright ⓒ GNB방송. All rights reserved. 무단 전재, 재배포 및 AI학습 이용 금지</p>'
        '<div class="cmt"><p>댓글 작성 시 타인에 대한 욕설, 비방은 삭제될 수 있습니다.</p></div></div>'
    )
    article = parse_article(page, analyze=False)
    assert article.paragraphs == [PROSE, PROSE, PROSE]
    assert article.published is not None and article.published.hour == 19


def test_a_site_name_title_gives_way_to_the_titled_block_above_the_body() -> None:
    page = _page(
        '<div class="v_tit">천안 시내버스 노사 밤샘 협상 끝 타결…12일 파업 철회</div>'
        '<div class="v_info"><span class="day">2024.12.11 오후 11:48</span></div>'
        f'<div class="v_cont"><p>{PROSE}</p><p>{PROSE}</p></div>',
        head="<title>청남뉴스</title>",
    )
    article = parse_article(page, analyze=False)
    assert article.title == "천안 시내버스 노사 밤샘 협상 끝 타결…12일 파업 철회"
    assert article.published is not None and (article.published.hour, article.published.minute) == (23, 48)


def test_a_credit_list_names_both_reporters_and_a_desk_is_no_name() -> None:
    page = _page(
        '<h1>귀성길 정체 극심…창원→서울 6시간 40분</h1><div class="meta"><dl class="credit">'
        '<dt>취재</dt><dd>서하늘 기자 <a href="mailto:haneul@road.kr">haneul@road.kr</a></dd>'
        '<dt>사진</dt><dd>문재혁 기자 <a href="mailto:moonjh@road.kr">moonjh@road.kr</a></dd></dl>'
        f'<p class="date">입력 2025.01.15 05:00</p></div><article><p>{PROSE}</p><p>{PROSE}</p>'
        '<div class="writer"><strong>문재혁</strong><span>사진부 기자. 항구를 찍습니다.</span></div></article>'
    )
    article = parse_article(page, analyze=False)
    assert article.authors == ["서하늘", "문재혁"]
    assert article.emails == ["haneul@road.kr", "moonjh@road.kr"]
    assert not is_person_name("사진부")


def test_the_next_story_of_a_feed_lends_no_byline() -> None:
    page = _page(
        "<main><article><h2>귀성길 정체 극심…창원→서울 6시간 40분</h2>"
        '<span class="writer">창원=배성민 기자</span><span class="date">입력 2025.06.10 14:20</span>'
        f'<div class="art_txt"><p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p></div></article>'
        '<article class="next"><h2>철강공단 야간 화재…인명 피해 없어</h2>'
        '<span class="writer">포항=이재원 기자</span><p>불은 2시간 만에 꺼졌다.</p></article></main>'
    )
    assert parse_article(page, analyze=False).authors == ["배성민"]


def test_the_cell_under_a_table_photo_is_its_caption_and_a_text_trail_its_section() -> None:
    page = _page(
        '<table><tr><td>HOME &gt; 수산·해양</td></tr><tr><td id="articleText">'
        f"{PROSE}<br><br>"
        '<table><tr><td><img src="/upfile/1.jpg" width="400"></td></tr>'
        "<tr><td>어민이 폐사한 전복을 걷어내고 있다. &lt;완도군 제공&gt;</td></tr></table>"
        f"{PROSE}<br><br></td></tr></table>"
    )
    article = parse_article(page, url="http://www.wando.kr/news/view.asp?idx=1", analyze=False)
    assert [(i.url, i.caption) for i in article.images] == [
        ("http://www.wando.kr/upfile/1.jpg", "어민이 폐사한 전복을 걷어내고 있다. <완도군 제공>")
    ]
    assert article.paragraphs == [PROSE, PROSE]
    assert article.section == "수산·해양"


def test_a_dek_is_a_subtitle_and_a_kicker_the_section() -> None:
    page = _page(
        '<article><header><a class="sl-kicker" href="/ko/society">사회</a>'
        "<h1>귀성길 정체 극심…창원→서울 6시간 40분</h1>"
        '<p class="sl-dek">창원→서울 6시간 40분…평소의 두 배</p></header>'
        f'<div class="story-body"><p>{PROSE}</p><p>{PROSE}</p></div></article>',
        head='<title>귀성길 정체 극심…창원→서울 6시간 40분</title><meta property="article:section" content="Society">',
    )
    article = parse_article(page, analyze=False)
    assert article.subtitles == ["창원→서울 6시간 40분…평소의 두 배"]
    assert article.section == "사회"


def test_editorial_notes_and_reading_links_are_boilerplate() -> None:
    for line in (
        "※ 외부 필자의 원고는 본지의 편집 방향과 다를 수 있습니다.",
        "※ 12일 오전 비상수송대책본부 해제 계획을 반영해 기사를 수정했습니다.",
        "▷ 함께 읽으면 좋은 글: 고성 대진항 ‘도치 축제’ 2년 만에 재개",
        "편집 권나래",
    ):
        assert is_boilerplate_line(line), line
    assert not is_boilerplate_line("편집국은 이날 회의를 열어 지면 개편 방향을 논의했다.")
