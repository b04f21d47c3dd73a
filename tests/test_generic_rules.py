"""Small pages for the generic extractor's rules added after the third round of held-out layouts:
the lead paragraphs beside a timeline, tables of figures, AMP images and ads, reporter boxes, and
bylines written with an address or a member id."""

from __future__ import annotations

from conftest import news_page

from parsers import parse_article
from parsers.extract.bylines import names_in

PROSE = "서울시는 운행이 중단된 구간에 전세버스 60대를 긴급 투입했다고 밝혔다. 시는 출근 시간 배차도 늘렸다."


def _page(body: str, head: str = "") -> bytes:
    return news_page(
        body,
        head=f"<title>지하철 2호선 운행 중단 - 뉴스</title>{head}",
        before="<h1>지하철 2호선 운행 중단</h1>",
    )


def test_lead_paragraphs_beside_a_timeline_of_updates() -> None:
    items = "".join(
        f'<div class="item"><p class="time">[0{h}:00]</p><p>{PROSE} 업데이트 {h}번째 소식이다.</p></div>'
        for h in range(1, 7)
    )
    page = _page(
        '<div id="content"><p>27일 오전 서울 지하철 2호선 구간에서 전력 공급이 끊기면서 열차 운행이 중단됐다. '
        "출근 시간과 겹치면서 승객이 몰려 큰 혼잡이 빚어졌다.</p>"
        "<p>방송사는 운행 재개 상황과 대체 교통편 정보를 실시간으로 전해드린다고 밝혔다.</p>"
        f'<div class="timeline">{items}</div></div>'
    )
    paragraphs = parse_article(page, analyze=False).paragraphs
    assert paragraphs[0].startswith("27일 오전 서울 지하철 2호선")
    assert "[06:00]" in paragraphs


def test_a_table_of_figures_is_no_prose_but_a_layout_table_is() -> None:
    rows = "".join(
        f"<tr><th>{age}대</th><td>{age * 3}.1</td><td>{age}.5</td></tr>" for age in (20, 30, 40, 50)
    )
    page = _page(
        f"<div class='article'><p>{PROSE}</p><table><caption>연령대별 취업자</caption>{rows}</table>"
        f"<p>{PROSE} 청년층 고용률은 45.8%로 떨어졌다.</p></div>"
    )
    body = parse_article(page, analyze=False).body
    assert "연령대별 취업자" not in body and "60.1" not in body
    layout = _page(f"<table><tr><td><p>{PROSE}</p><p>{PROSE} 두 번째 문단이다.</p></td></tr></table>")
    assert "두 번째 문단이다" in parse_article(layout, analyze=False).body


def test_amp_images_count_and_amp_ads_do_not() -> None:
    page = _page(
        '<article><amp-ad type="doubleclick"><div fallback>광고를 불러오는 중입니다</div></amp-ad>'
        '<figure><amp-img src="https://img.example.kr/a.jpg" width="640" height="360"></amp-img>'
        f"<figcaption>승강장이 붐비고 있다</figcaption></figure><p>{PROSE}</p><p>{PROSE} 또 늘렸다.</p></article>"
    )
    article = parse_article(page, analyze=False)
    assert [(i.url, i.caption) for i in article.images] == [
        ("https://img.example.kr/a.jpg", "승강장이 붐비고 있다")
    ]
    assert "광고를 불러오는" not in article.body


def test_a_reporter_box_photo_is_not_the_articles() -> None:
    page = _page(
        f'<div class="article"><p>{PROSE}</p><p>{PROSE} 또 늘렸다.</p>'
        '<div class="reporter_area"><img src="https://img.example.kr/reporter/me.jpg"><strong>윤서하 기자</strong></div></div>'
    )
    assert parse_article(page, analyze=False).images == []


def test_names_written_with_an_address_or_a_member_id() -> None:
    assert names_in("YTN 한서율 (hansy@ytn.co.kr) YTN 문태오 (moonto@ytn.co.kr)") == ["한서율", "문태오"]
    assert names_in("신혜원(hyewon)") == ["신혜원"]
