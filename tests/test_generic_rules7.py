"""Small pages for the rules added after the thirteenth round of held-out layouts (a headline in a
classed div under a site-wide <title>, an old table layout, a column signed with the writer's
post, an interview whose photo box is named `lead`, a summary box labelled 요약, two reporters in
a row) and the fourteenth (a photo essay, a body folded behind `본문 더보기`, footnotes, lazy
images): each rule alone, on a page written for it."""

from __future__ import annotations

from conftest import news_page

from parsers import parse_article
from parsers.extract.bylines import last_byline_names

PROSE = (
    "동네 빵집이 지난달 문을 닫았다. 10년 넘게 같은 자리를 지킨 가게였다. "
    "주인은 손님이 왜 줄었는지 끝내 몰랐다고 했다."
)
TITLE = "골목상권, 이제는 데이터가 답이다"


def _parse(body: str, head: str = "<title>머니포커스 - 돈이 보이는 경제뉴스</title>", before: str = ""):
    return parse_article(news_page(body, head=head, before=before), analyze=False)


def test_a_headline_block_beats_a_site_wide_title_that_no_heading_shows() -> None:
    article = _parse(
        f"<div class='mfz_head'><div class='mfz_head_subject'>{TITLE}</div></div>"
        f"<div class='mfz_text'><p>{PROSE}</p><p>{PROSE}</p></div>"
    )
    assert article.title == TITLE


def test_the_last_heading_above_the_body_when_the_title_is_only_the_site_name() -> None:
    article = _parse(
        f"<h3>{TITLE}</h3><div class='mfz_text'><p>{PROSE}</p><p>{PROSE}</p></div>",
        head="<title>충청온뉴스</title>",
        before="<div class='side'><h4>오늘의 주요 뉴스 모음</h4></div>",
    )
    assert article.title == TITLE


def test_a_column_signed_with_the_writers_post_and_his_headshot() -> None:
    article = _parse(
        f"<h1>[경인칼럼] {TITLE}</h1>"
        "<div class='kd_colwriter'><img src='https://img.example.kr/columnist/song_80.jpg' alt='송재혁 교수'>"
        "<span>송재혁</span><span>경인대 경영학과 교수</span></div>"
        f"<div class='kd_coltext'><p>{PROSE}</p><p>{PROSE}</p>"
        "<p class='kd_colsign'>/송재혁 경인대 경영학과 교수</p></div>"
    )
    assert article.paragraphs == [PROSE, PROSE]
    assert article.images == []


def test_a_photo_caption_is_no_subtitle_though_its_box_is_named_lead() -> None:
    article = _parse(
        f"<h1>{TITLE}</h1><div class='cz-art__subs'><p>다음 달 국립극장서 8시간 완창 도전</p></div>"
        "<div class='cz-art__lead-photo'><img src='https://img.example.kr/han.jpg'>"
        "<span class='cz-art__lead-cap'>소리꾼 한가람이 연습실에서 목을 풀고 있다.</span></div>"
        f"<div class='cz-art__text'><p>{PROSE}</p><p>{PROSE}</p></div>"
    )
    assert article.subtitles == ["다음 달 국립극장서 8시간 완창 도전"]
    assert [i.caption for i in article.images] == ["소리꾼 한가람이 연습실에서 목을 풀고 있다."]


def test_a_list_under_a_summary_label_gives_the_subtitles() -> None:
    points = ["시리즈C 1200억원…누적 투자액 2500억원 넘어", "추론용 NPU 내년 상반기 양산 목표"]
    items = "".join(f"<li>{p}</li>" for p in points)
    for box in (
        f"<section class='tw__digest'><h3>요약</h3><ul>{items}</ul>"
        "<p>AI 요약은 기사 내용을 바탕으로 자동 생성됩니다.</p></section>",
        f"<section class='x9' aria-label='요약'><ul>{items}</ul></section>",
    ):
        article = _parse(f"<h2>{TITLE}</h2>{box}<div class='tw__post'><p>{PROSE}</p><p>{PROSE}</p></div>")
        assert article.subtitles == points, box
        assert article.paragraphs == [PROSE, PROSE]


def test_bylines_in_a_row_name_every_reporter() -> None:
    assert last_byline_names("배지훈 기자 jhbae@techwire.kr 류소정 기자 sjryu@techwire.kr 등록") == [
        "배지훈",
        "류소정",
    ]
    assert last_byline_names("도심 임대 박영순 기자") == ["박영순"]  # the word before is the headline's
    assert last_byline_names("김철수 기자 입력 2025.06.09 박영희 기자") == ["박영희"]


def test_a_table_layouts_sub_subject_cell_is_the_subtitle_without_its_dash() -> None:
    article = _parse(
        f"<table><tr><td class='nd_subject'><b>{TITLE}</b></td></tr>"
        "<tr><td class='nd_subsubject'><b>- 옛 분교 리모델링…청년 창업 12개 팀 입주</b></td></tr>"
        f"<tr><td class='nd_text'>{PROSE}<br><br>{PROSE}</td></tr></table>"
    )
    assert article.subtitles == ["옛 분교 리모델링…청년 창업 12개 팀 입주"]
    assert article.paragraphs == [PROSE, PROSE]


# round fourteen: a photo essay, a folded body, footnotes, lazy images, a headline block in the body


def test_a_photo_essay_whose_captions_outweigh_its_text() -> None:
    lede = "인천 소래포구의 하루는 도시가 잠든 새벽에 시작된다. 어선이 들어오고 경매가 열리는 두세 시간 동안 포구는 뜨겁다."
    outro = "작은 나루에서 수도권 대표 어시장으로 자리 잡은 소래포구. 오늘도 그 새벽을 지키는 사람들이 있다."
    slots = "".join(
        f"<li><div class='pf'><img src='https://img.example.kr/{n}.jpg'></div>"
        f"<p class='pc'>{n}번째 사진. 어선들이 불을 밝힌 채 들어오고 있다. 입항 시간은 매일 조금씩 달라진다.</p></li>"
        for n in range(1, 6)
    )
    article = _parse(
        f"<main><div class='tw'><h1>[포토에세이] 새벽 네 시, 소래포구</h1><span>배상훈 기자</span> "
        f"<span>발행일 2025-02-10 06:00</span></div><div class='ld'><p>{lede}</p></div>"
        f"<div class='st'><ul class='ls'>{slots}</ul></div><div class='ot'><p>{outro}</p></div></main>"
    )
    assert article.paragraphs == [lede, outro]
    assert len(article.images) == 5 and article.images[0].caption.startswith("1번째 사진.")
    assert article.published.isoformat() == "2025-02-10T06:00:00+09:00"  # in the headline block
    assert article.authors == ["배상훈"]


def test_the_rest_of_the_article_folded_behind_a_more_button() -> None:
    article = _parse(
        f"<h1>{TITLE}</h1><div class='art'><p>{PROSE}</p>"
        f"<div class='fold' id='rest' aria-hidden='true'><p>{PROSE[:40]}</p></div>"
        "<button aria-controls='rest'>본문 더보기</button>"
        "<div id='share' hidden><p>공유하기 레이어 안내 문구입니다. 카카오톡으로 보내세요.</p></div>"
        "<button aria-controls='share'>공유</button></div>"
    )
    assert article.paragraphs == [PROSE, PROSE[:40]]


def test_footnotes_that_gloss_a_marked_term_and_reference_notes() -> None:
    article = _parse(
        f"<h1>{TITLE}</h1><div class='art'><p>{PROSE}</p><p>이른바 깡통전세**가 늘었다. {PROSE}</p>"
        "<p>** 깡통전세: 집을 팔아도 보증금을 돌려주지 못하는 주택.</p>"
        "<p>* 신청 기간: 3월 1일부터 15일까지 주민센터에서 받는다.</p>"
        "<p>※ 참고: 이 기사의 수치는 한국부동산원 자료를 바탕으로 산출했습니다.</p></div>"
    )
    assert article.paragraphs == [
        PROSE,
        f"이른바 깡통전세**가 늘었다. {PROSE}",
        "* 신청 기간: 3월 1일부터 15일까지 주민센터에서 받는다.",  # no term the text marks
    ]


def test_a_lazy_image_behind_a_placeholder() -> None:
    article = _parse(
        f"<h1>{TITLE}</h1><div class='art'><p>{PROSE}</p>"
        "<div><img src='/images/common/blank_1x1.gif' data-src='//cdn.example.kr/2025/03/1.jpg'></div>"
        f"<p>{PROSE}</p></div>",
        head="<title>뉴스</title><link rel='canonical' href='https://www.example.kr/news/1'>",
    )
    assert [i.url for i in article.images] == ["https://cdn.example.kr/2025/03/1.jpg"]
