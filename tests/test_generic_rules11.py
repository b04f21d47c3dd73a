"""Small pages for the rules added after the twenty-second round of held-out layouts (an old
table weekly, a single-page app's block body, a body with a newsletter form inside it, a page
with a video and a pull quote in its text, a theatre review) and the twenty-third (a sports page
headed by an h3, a column signed in a card under its text, an old CMS's subhead inside the body,
a regional paper's wire story with a quoted deck): each rule alone, on a page written for it."""

from __future__ import annotations

import json

from conftest import news_page
from lxml import etree

from parsers import parse_article
from parsers.extract.page import PageIndex

PROSE = (
    "전남 곡성군이 학생 수 감소로 문을 닫은 옛 초등학교 건물을 고쳐 어르신과 아이들이 함께 "
    "이용하는 마을 돌봄학교를 열었다고 3일 밝혔다."
)
MORE = (
    "돌봄학교는 평일 오후 1시부터 7시까지 운영된다. 초등학생 20명을 대상으로 방과후 돌봄과 "
    "숙제 지도를 하고, 경로식당에서는 어르신들에게 점심과 저녁을 제공한다."
)
LAST = "군은 이용자 만족도를 조사해 내년에는 다른 폐교에도 같은 시설을 만들 계획이라고 설명했다."
TITLE = "곡성 폐교에 '마을 돌봄학교'… 아이·어르신 한 지붕 아래"
TEXT = f"<div class='txt'><p>{PROSE}</p><p>{MORE}</p><p>{LAST}</p></div>"


def _parse(body: str, head: str = f"<title>{TITLE}</title>", before: str = ""):
    return parse_article(news_page(body, head=head, before=before), analyze=False)


def test_a_dash_line_under_a_headline_that_is_no_heading_is_its_subtitle() -> None:
    article = _parse(
        f"<table><tr><td class='hl'><font size='5'><b>{TITLE}</b></font></td></tr>"
        "<tr><td height='6'></td></tr>"
        "<tr><td><font size='3'>- 옛 초교 12억 들여 리모델링… 돌봄교실·경로식당 갖춰</font></td></tr>"
        "<tr><td>기사입력 2025/05/03 [14:22]</td></tr>"
        f"<tr><td class='kisa'>{PROSE}<br><br>{MORE}<br><br>{LAST}</td></tr></table>"
    )
    assert article.subtitles == ["옛 초교 12억 들여 리모델링… 돌봄교실·경로식당 갖춰"]
    assert article.paragraphs == [PROSE, MORE, LAST]


def test_a_site_wide_last_edit_far_above_the_article_is_not_its_modified_time() -> None:
    article = _parse(
        f"<h1>{TITLE}</h1><p class='dt'>기사입력 2025/05/03 [14:22]</p>{TEXT}",
        before="<div class='topbar'>최종편집 : 2025/05/06 [11:42]</div>"
        + "".join(f"<a href='/s{n}'>지역소식 {n}</a> " for n in range(12)),
    )
    assert article.published.isoformat() == "2025-05-03T14:22:00+09:00"
    assert article.modified is None


def test_the_articles_own_modify_label_beside_its_publish_label_still_counts() -> None:
    article = _parse(f"<h1>{TITLE}</h1><p class='dt'>수정 2025.05.04 09:10 | 입력 2025.05.03 14:22</p>{TEXT}")
    assert article.modified.isoformat() == "2025-05-04T09:10:00+09:00"


def test_headings_boxed_under_the_headline_are_its_subtitles() -> None:
    article = _parse(
        f"<div class='hd'><h1>{TITLE}</h1><div class='x1'><h2>옛 초교 12억 들여 리모델링</h2>"
        f"<h2>돌봄교실·경로식당·공동작업장 갖춰</h2></div><div class='by'>정다운 기자</div></div>{TEXT}"
    )
    assert article.subtitles == ["옛 초교 12억 들여 리모델링", "돌봄교실·경로식당·공동작업장 갖춰"]


def test_another_articles_card_inside_the_body_is_not_text() -> None:
    card = (
        "<div class='x9'><a href='/news/2025/08/14/DO7KP9'><img src='/thumb/ab12.jpg' alt=''>"
        '<div><strong>"보증금 못 돌려받을까 불안"… 역전세 상담 올해만 1만건 넘었다</strong>'
        "<p>전세보증금 반환을 둘러싼 상담 건수가 7월 말 기준 1만 건을 넘어선 것으로 나타났다.</p></div></a></div>"
    )
    article = _parse(f"<h1>{TITLE}</h1><div class='txt'><p>{PROSE}</p><p>{MORE}</p>{card}<p>{LAST}</p></div>")
    assert article.paragraphs == [PROSE, MORE, LAST]


def test_a_newsletter_form_and_its_box_inside_the_body_are_not_text() -> None:
    sign_up = (
        "<div class='x7'><p class='x7h'>한결 아침브리핑</p><p class='x7d'>매일 아침 7시, 그날 꼭 알아야 할 "
        "날씨와 생활 뉴스를 메일로 받아보세요.</p><form action='/nl' method='post'><input type='email'>"
        "<label><input type='checkbox'> 개인정보 수집·이용에 동의합니다</label><button>신청</button></form></div>"
    )
    article = _parse(
        f"<h1>{TITLE}</h1><div class='txt'><p>{PROSE}</p><p>{MORE}</p>{sign_up}<p>{LAST}</p></div>"
    )
    assert article.paragraphs == [PROSE, MORE, LAST]


def test_a_form_around_the_whole_page_keeps_the_article() -> None:
    article = _parse(f"<form id='form1' action='/default.aspx'><h1>{TITLE}</h1>{TEXT}</form>")
    assert article.paragraphs == [PROSE, MORE, LAST]


def test_a_pull_quote_named_pq_is_not_text() -> None:
    quote = "<blockquote class='f24-pq'>“아이와 어르신이 한 공간에서 서로를 돌본다”</blockquote>"
    article = _parse(
        f"<h1>{TITLE}</h1><div class='txt'><p>{PROSE}</p>{quote}<p>{MORE}</p><p>{LAST}</p></div>"
    )
    assert article.paragraphs == [PROSE, MORE, LAST]


def test_a_videos_caption_does_not_caption_the_photo_after_it() -> None:
    photo = "https://img.example.kr/news/2025/03/07/a1.jpg"
    article = _parse(
        f"<h1>{TITLE}</h1><div class='txt'>{PROSE}<div class='vodbx'><iframe src='https://tv.example.kr/v/1'>"
        "</iframe><p class='vodbx-cap'>[영상] 마을 돌봄학교 개소식 현장 (2분 14초)</p></div><br><br>"
        f"{MORE}<div class='picbx'><img src='{photo}' alt='돌봄학교'><em class='picbx-ds'>지난 2일 열린 "
        f"개소식에서 참석자들이 테이프를 자르고 있다.</em></div><br><br>{LAST}</div>"
    )
    assert [(i.url, i.caption) for i in article.images] == [
        (photo, "지난 2일 열린 개소식에서 참석자들이 테이프를 자르고 있다.")
    ]


def test_a_photo_description_paragraph_after_an_image_paragraph_is_its_caption() -> None:
    photo = "https://img.example.kr/upload/2025/09/14/stage_1.jpg"
    caption = "연극의 한 장면. 어머니가 염전 한가운데서 소금을 긁어모으고 있다. (사진=극단 물빛 제공)"
    article = _parse(
        f"<h1>{TITLE}</h1><div class='txt'><p>{PROSE}</p><p style='text-align:center'><img src='{photo}'></p>"
        f"<p class='mr_phdesc'>{caption}</p><p>{MORE}</p><p>{LAST}</p></div>"
    )
    assert [(i.url, i.caption) for i in article.images] == [(photo, caption)]
    assert article.paragraphs == [PROSE, MORE, LAST]


def test_a_writer_after_a_bare_writing_label_with_a_post_is_the_author() -> None:
    article = _parse(f"<h2>[리뷰] {TITLE}</h2><div class='viewWriter'>글 허윤재 공연평론가</div>{TEXT}")
    assert article.authors == ["허윤재"]


def test_a_photographer_the_metadata_does_not_list_is_no_author() -> None:
    listed = {
        "@type": "NewsArticle",
        "headline": TITLE,
        "author": [{"@type": "Person", "name": n} for n in ("유다인", "한건우")],
    }
    head = f"<title>{TITLE}</title><script type='application/ld+json'>{json.dumps(listed)}</script>"
    article = _parse(
        f"<h1>{TITLE}</h1><div class='by'><span>글</span> 유다인·한건우 기자 | <span>사진</span> 마준혁 기자</div>"
        f"<p class='dt'>입력 2025.08.21 06:00</p>{TEXT}",
        head=head,
    )
    assert article.authors == ["유다인", "한건우"]


def test_a_photographer_the_metadata_lists_stays_an_author() -> None:
    listed = {
        "@type": "NewsArticle",
        "headline": TITLE,
        "author": [{"@type": "Person", "name": n} for n in ("서하늘", "문재혁")],
    }
    head = f"<title>{TITLE}</title><script type='application/ld+json'>{json.dumps(listed)}</script>"
    article = _parse(
        f"<h1>{TITLE}</h1><div class='by'>취재 서하늘 기자 · 사진 문재혁 기자</div>{TEXT}",
        head=head,
    )
    assert article.authors == ["서하늘", "문재혁"]


def test_an_h3_headline_takes_the_h4s_after_it_as_subtitles() -> None:
    article = _parse(
        f"<div class='hg'><h3>{TITLE}</h3><h4>옛 초교 12억 들여 리모델링</h4><h4>돌봄교실·경로식당 갖춰</h4>"
        f"<p class='by'>정다운 기자</p></div>{TEXT}"
    )
    assert article.subtitles == ["옛 초교 12억 들여 리모델링", "돌봄교실·경로식당 갖춰"]


def test_a_subhead_box_named_subtt_inside_the_body_is_a_subtitle() -> None:
    article = _parse(
        f"<h1>{TITLE}</h1><div id='cont'><div class='snl_subtt'><b>옛 초교 12억 들여 리모델링…경로식당 갖춰</b>"
        f"</div><br>{PROSE}<br><br>{MORE}<br><br>{LAST}</div>"
    )
    assert article.subtitles == ["옛 초교 12억 들여 리모델링…경로식당 갖춰"]
    assert article.paragraphs == [PROSE, MORE, LAST]


def test_a_deck_in_a_blockquote_gives_its_dash_lines_as_subtitles() -> None:
    article = _parse(
        f"<div class='hd'><h2>{TITLE}</h2><blockquote class='hd__dek'>- 옛 초교 12억 들여 리모델링<br>"
        "- 돌봄교실·경로식당·공동작업장 갖춰</blockquote><ul class='inf'><li>연합통신</li>"
        f"<li>등록 2025.11.03 10:00</li></ul></div><div class='share'><a href='/s'>공유</a></div>{TEXT}"
    )
    assert article.subtitles == ["옛 초교 12억 들여 리모델링", "돌봄교실·경로식당·공동작업장 갖춰"]


def test_a_column_signed_in_a_card_under_the_text_names_its_writer() -> None:
    article = _parse(
        f"<h1>{TITLE}</h1>{TEXT}<div class='pf'><img src='/columnist/yoon_160.jpg' alt='윤재희'><div>"
        "<strong>윤재희</strong> <span>한국해양미래연구원 선임연구위원</span> <span>jhyoon@kimf.re.kr</span></div></div>"
        "<p>※ 외부 필자의 원고는 본지의 편집방향과 다를 수 있습니다.</p>"
    )
    assert (article.authors, article.emails) == (["윤재희"], ["jhyoon@kimf.re.kr"])


def test_the_page_index_keeps_headings_in_document_order_and_knows_what_left_the_page() -> None:
    root = etree.fromstring(
        "<html><body><h2>a</h2><div><h1>b</h1><time>c</time></div><h2>d</h2></body></html>",
        etree.HTMLParser(),
    )
    page = PageIndex(root)
    assert [el.text for el in page.tagged("h1", "h2")] == ["a", "b", "d"]
    box = root.find(".//div")
    box.getparent().remove(box)
    assert [page.in_page(el) for el in page.tagged("time", "h2")] == [True, False, True]
