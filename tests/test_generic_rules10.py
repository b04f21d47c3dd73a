"""Small pages for the rules added after the nineteenth and twentieth rounds of held-out layouts
(a photo slider, a column signed above its headline, an interview as a list of questions and
answers, an old table layout, an election table, a business story's lede list; a weather table,
a pool report, a small CMS's byline under the text): each rule alone, on a page written for it."""

from __future__ import annotations

from conftest import news_page

from parsers import parse_article

PROSE = (
    "강원 정선군 남면 민둥산 정상 일대가 은빛 억새로 뒤덮였다. 12일 오전 억새군락지에는 이른 "
    "아침부터 등산객들의 발길이 이어졌다고 군은 밝혔다."
)
MORE = (
    "정선군은 다음 달 2일까지 억새축제를 열고 셔틀버스를 운행한다. 군 관계자는 주말마다 "
    "탐방객이 몰릴 것으로 보고 안전요원을 늘리기로 했다고 말했다."
)
TITLE = "능선 따라 출렁이는 은빛 파도…정선 민둥산 억새 절정"
PIC = "https://photo.example.kr/2025/10/12/eoksae_0{n}.jpg"


def _parse(body: str, head: str = f"<title>{TITLE}</title>", before: str = ""):
    return parse_article(news_page(body, head=head, before=before), analyze=False)


def test_a_sliders_captioned_slides_are_the_photos_and_its_thumbnail_strip_is_not() -> None:
    slides = "".join(
        f"<li class='sl'><img src='{PIC.format(n=n)}' alt='억새'><div class='capbox'><em>{n}/3</em> "
        f"<p class='captext'>민둥산 억새군락지 모습 {n}번째 사진이다.</p></div></li>"
        for n in (1, 2, 3)
    )
    strip = "".join(
        f"<li><button><img src='/thumb/t{n}.jpg' alt='{n}번째 사진'></button></li>" for n in (1, 2, 3)
    )
    article = _parse(
        f"<div class='hd'><h1>{TITLE}</h1></div><div class='slider'><ul class='track'>{slides}</ul>"
        f"<ul class='rail'>{strip}</ul></div><div class='txt'><p>{PROSE}</p><p>{MORE}</p></div>"
    )
    assert [(i.url, i.caption) for i in article.images] == [
        (PIC.format(n=n), f"민둥산 억새군락지 모습 {n}번째 사진이다.") for n in (1, 2, 3)
    ]


def test_a_reporters_portrait_is_no_photo_of_the_article() -> None:
    article = _parse(
        "<div class='sig'><img src='https://img.example.kr/reporter/yoon_140.jpg' alt='윤지수 기자' "
        f"width='70' height='70'><span>[기자수첩] 윤지수 사회부 기자</span><h1>{TITLE}</h1></div>"
        f"<div class='txt'><p>{PROSE}</p><p>{MORE}</p></div>"
    )
    assert article.images == []


def test_an_old_layouts_bare_date_stamp_and_table_photo_caption() -> None:
    article = _parse(
        f"<table><tr><td><font size='4'><b>{TITLE}</b></font></td></tr>"
        "<tr><td><font size='2'>[2009-03-14 오후 2:11:00]</font></td></tr>"
        "<tr><td><table><tr><td><img src='/news/photo/pawn01.jpg' width='400'></td></tr><tr><td height='5'></td></tr>"
        "<tr><td><font size='2'>14일 대전의 한 전당포에서 직원이 금반지 무게를 재고 있다.</font></td></tr></table></td></tr>"
        f"<tr><td class='t'>{PROSE}<br><br>{MORE}</td></tr></table>"
    )
    assert article.published is not None and article.published.isoformat() == "2009-03-14T14:11:00+09:00"
    assert [i.caption for i in article.images] == [
        "14일 대전의 한 전당포에서 직원이 금반지 무게를 재고 있다."
    ]


def test_an_interview_of_questions_and_answers_keeps_its_lead_and_its_header_lines() -> None:
    qa = "".join(
        f"<dt>질문 {n}번째, 작업을 시작한 계기는.</dt><dd>{PROSE} 그때부터 흙을 만졌어요.</dd>"
        for n in (1, 2, 3, 4)
    )
    article = _parse(
        f"<article><h1>{TITLE}</h1><p>첫 개인전 '물의 문법' 여는 도예가 신하람</p>"
        "<div><span>대담·정리 문가영 기자</span><span>|</span><span>2025.10.14 오전 6:00</span></div>"
        f"<div><p>{MORE}</p><p>{MORE.replace('정선군은', '주최 측은')}</p></div><dl>{qa}</dl>"
        "<p>전시는 다음 달 2일까지 이어지며 관람료는 무료다.</p>"
        "<div><p>문가영 기자</p><p>사람과 공예 이야기를 씁니다. <a href='mailto:gy@gyeol.kr'>gy@gyeol.kr</a></p></div>"
        "<div><p>결 매거진을 후원해 주세요</p><p>광고 없이 깊이 있는 기사를 만드는 힘이 됩니다.</p></div></article>"
    )
    assert article.paragraphs[0] == MORE
    assert article.paragraphs[-1] == "전시는 다음 달 2일까지 이어지며 관람료는 무료다."
    assert len(article.paragraphs) == 2 + 8 + 1
    assert article.subtitles == ["첫 개인전 '물의 문법' 여는 도예가 신하람"]
    assert article.authors == ["문가영"]
    assert article.published is not None and article.published.isoformat() == "2025-10-14T06:00:00+09:00"


def test_subheads_in_boxes_named_lede_stit_or_bujemok() -> None:
    for name in ("story__lede", "vw_stit", "gisa-bujemok"):
        article = _parse(
            f"<div class='hd'><h1>{TITLE}</h1><ul class='{name}'><li>민둥산 은빛억새축제 다음 달 2일까지</li>"
            f"<li>이번 주말부터 절정, 셔틀버스 운행</li></ul></div><div class='txt'><p>{PROSE}</p><p>{MORE}</p></div>"
        )
        assert article.subtitles == [
            "민둥산 은빛억새축제 다음 달 2일까지",
            "이번 주말부터 절정, 셔틀버스 운행",
        ], name


def test_a_tables_source_note_is_not_body() -> None:
    note = "※ 개표율 100% 기준 / 자료: 중앙선거관리위원회 선거통계시스템"
    article = _parse(f"<h1>{TITLE}</h1><div class='txt'><p>{PROSE}</p><p>{note}</p><p>{MORE}</p></div>")
    assert article.paragraphs == [PROSE, MORE]


# round 20 (a weather table of icons, a court story's ruling box, a pool report, a video page,
# a small CMS that prints its byline under the text)


def test_a_table_that_heads_its_columns_is_data_and_goes_with_its_title() -> None:
    rows = "".join(
        f"<tr><th scope='row'>{city}</th><td><img src='/wx/ico_rain.svg' alt='비'></td><td>13/21</td></tr>"
        for city in ("서울", "인천", "춘천")
    )
    article = _parse(
        f"<h1>{TITLE}</h1><div class='txt'><p>{PROSE}</p><div class='fc'><strong>2일(목) 지역별 날씨</strong>"
        f"<table><thead><tr><th scope='col'>지역</th><th scope='col'>날씨</th><th scope='col'>최저/최고</th></tr>"
        f"</thead>{rows}</table></div><p>{MORE}</p></div>"
    )
    assert article.paragraphs == [PROSE, MORE]


def test_starred_summary_lines_and_a_key_points_label() -> None:
    article = _parse(
        f"<div class='hd'><h1>{TITLE}</h1><div class='summ'><p>주요 내용</p><p>* 민둥산 억새축제 다음 달 2일까지</p>"
        f"<p>* 이번 주말부터 절정</p></div></div><div class='txt'><p>{PROSE}</p><p>{MORE}</p></div>"
    )
    assert article.subtitles == ["민둥산 억새축제 다음 달 2일까지", "이번 주말부터 절정"]


def test_a_small_cms_table_page_with_its_byline_under_the_text() -> None:
    article = _parse(
        f"<table><tr><td class='goe_navi'>홈 &gt; 지역사회</td></tr><tr><td class='goe_jemok'>{TITLE}</td></tr>"
        f"<tr><td class='goe_bonmun'>{PROSE}<br><br>{MORE}</td></tr>"
        "<tr><td>남궁현 기자 | 승인 2025.10.02 14:22 | 댓글 0</td></tr>"
        "<tr><td><a href='mailto:ngh@goeul.kr'>ngh@goeul.kr</a> <a href='/list?w=ngh'>남궁현 기자의 다른기사 보기</a></td></tr>"
        "</table>",
        head="<title>고을신문</title>",
    )
    assert article.title == TITLE
    assert article.authors == ["남궁현"]
    assert article.emails == ["ngh@goeul.kr"]


def test_a_newsrooms_tip_line_and_resale_notice_are_no_body_and_its_mailbox_no_author() -> None:
    article = _parse(
        f"<h1>{TITLE}</h1><div class='txt'>[서울=뉴스원] 김도윤 기자 = {PROSE}<br><br>{MORE}<br><br>"
        "<span>◎공감언론 뉴스원이 독자 여러분의 소중한 제보를 기다립니다.</span><br>"
        "<span>▶ 이메일 : jebo@newswon.co.kr</span><br><br><span>*재판매 및 DB 금지</span></div>"
    )
    assert article.paragraphs == [f"[서울=뉴스원] 김도윤 기자 = {PROSE}", MORE]
    assert article.authors == ["김도윤"]
    assert "jebo@newswon.co.kr" not in article.emails


def test_a_banner_in_a_standard_ad_size_is_no_photo_and_a_ruling_box_no_body() -> None:
    ruling = (
        "<div class='yoji'><div>판결 요지</div><ul><li>총책 징역 7년</li><li>공범 집행유예</li></ul></div>"
    )
    banner = "<img src='https://cdn.example.kr/img/bank_300x600.jpg' alt='은행 광고'>"
    article = _parse(f"<h1>{TITLE}</h1><div class='txt'><p>{PROSE}</p>{ruling}<p>{MORE}</p>{banner}</div>")
    assert article.paragraphs == [PROSE, MORE]
    assert article.images == []


def test_a_wire_services_photo_notice_and_tip_line_are_no_body() -> None:
    article = _parse(
        f"<h1>{TITLE}</h1><div class='txt'><p>{PROSE}</p><p>[한빛통신 자료사진] 저작권 표시 필수</p>"
        f"<p>{MORE}</p><p>제보는 카카오톡 okhanbit, 전화 02-398-0000으로 연락 주세요.</p></div>"
    )
    assert article.paragraphs == [PROSE, MORE]


def test_a_contributed_piece_is_signed_with_its_writers_post() -> None:
    info = "<ul class='ai'><li>이상철 한솔군수</li><li>승인 2025.10.01 17:20</li></ul>"
    article = _parse(
        f"<div class='hd'><span>[기고]</span><h1>{TITLE}</h1>{info}</div><div class='txt'><p>{PROSE}</p><p>{MORE}</p></div>"
    )
    assert article.authors == ["이상철"]
    # without the label, an official named in the header is news, not a byline
    article = _parse(
        f"<div class='hd'><h1>이상철 한솔군수, 억새축제 찾아</h1>{info}</div><div class='txt'><p>{PROSE}</p><p>{MORE}</p></div>"
    )
    assert article.authors == []
