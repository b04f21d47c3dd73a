"""Small pages for the rules added after the fifteenth round of held-out layouts (a card-news
story, a reporter's note signed with the desk, a magazine's standfirst, a menu of tabs) and the
sixteenth (a reaction bar, an English edition, a section label by the byline, an obituary): each
rule alone, on a page written for it."""

from __future__ import annotations

from conftest import news_page

from parsers import parse_article
from parsers.extract.bylines import names_in

PROSE = (
    "7월부터 청년 월세 지원이 확대되고 전기차 급속충전 요금이 조정되는 등 생활과 밀접한 제도가 바뀝니다. "
    "꼭 알아둬야 할 변화 다섯 가지를 카드뉴스로 정리했습니다."
)
TITLE = "[카드뉴스] 7월부터 달라지는 생활 제도 한눈에"


def _parse(body: str, head: str = f"<title>{TITLE}</title>", before: str = ""):
    return parse_article(news_page(body, head=head, before=before), analyze=False)


def test_a_card_news_story_of_one_paragraph_beats_the_footer_company_lines() -> None:
    cards = "".join(
        f"<div class='sl'><img src='https://img.example.kr/card_{n}.jpg' alt='카드 {n}'><span>{n} / 6</span></div>"
        for n in range(1, 7)
    )
    article = _parse(
        f"<h3>{TITLE}</h3><div class='ab'><div class='cards'>{cards}</div><p>{PROSE}</p>"
        "<p>디자인 = 모아뉴스 디자인팀</p></div>"
        "<div id='site_footer'><p>모아뉴스 | 서울특별시 성동구 왕십리로 83-21, 5층 | 대표전화 02-6949-0520 "
        "| 청소년보호책임자 백승아, 등록일 2019년 5월 1일</p><p>인터넷신문 등록번호 서울 아53120 | "
        "발행·편집인 류재현 | 편집국장 김민서, 광고국장 이수진</p><p>주소 서울특별시 성동구, 우편번호 04788, "
        "제보 및 문의 news@moanews.co.kr</p></div>"
    )
    assert article.paragraphs == [PROSE]
    assert len(article.images) == 6


def test_a_byline_with_the_desk_between_name_and_role() -> None:
    assert names_in("송민재 사회부 기자 minjae@simintoday.kr") == ["송민재"]
    assert names_in("사회부 홍길동 기자") == ["홍길동"]
    assert names_in("정다은 인턴 기자") == ["정다은"]


def test_a_standfirst_gives_the_subtitles() -> None:
    article = _parse(
        f"<h1>{TITLE}</h1><div class='mgz-standfirst'><p>청년 월세 지원 확대</p>"
        f"<p>전기차 충전 요금 조정</p></div><div class='art'><p>{PROSE}</p><p>{PROSE}</p></div>"
    )
    assert article.subtitles == ["청년 월세 지원 확대", "전기차 충전 요금 조정"]


def test_the_selected_tab_of_a_tab_menu_is_the_section() -> None:
    article = _parse(
        f"<h1>{TITLE}</h1><div class='art'><p>{PROSE}</p><p>{PROSE}</p></div>",
        before="<ul class='nvs_tabs'><li><a href='/s/1'>정치</a></li>"
        "<li><a href='/s/3' class='nvs_tab_on'>생활/문화</a></li></ul>",
    )
    assert article.section == "생활/문화"


# round sixteen: a reaction bar, an English edition's dates, a section label beside the byline,
# a funeral notice's details


def test_a_reaction_bar_label_and_a_condolence_line_are_no_body() -> None:
    article = _parse(
        f"<h1>{TITLE}</h1><div class='art'><p>{PROSE}</p><p>{PROSE}</p>"
        "<div class='rx'><span>기사 추천</span></div><p>삼가 고인의 명복을 빕니다.</p></div>"
    )
    assert article.paragraphs == [PROSE, PROSE]


def test_an_english_editions_posted_and_updated_lines() -> None:
    article = _parse(
        f"<h1>{TITLE}</h1><div class='dt'><span>Posted : 2025-06-05 08:41</span> "
        f"<span>Updated : 2025-06-05 10:05</span></div><div class='art'><p>{PROSE}</p><p>{PROSE}</p></div>"
    )
    assert article.published.isoformat() == "2025-06-05T08:41:00+09:00"
    assert article.modified.isoformat() == "2025-06-05T10:05:00+09:00"


def test_a_section_label_beside_the_byline_is_no_reporter() -> None:
    article = _parse(
        f"<div class='vh'><span class='dlo-sec-name'>라이프</span><h2>{TITLE}</h2>"
        "<div class='vi'><span class='dlo-vwriter'>최서윤 기자</span></div></div>"
        f"<div class='vc'><p>{PROSE}</p><p>{PROSE}</p></div>"
    )
    assert article.authors == ["최서윤"]
    assert article.section == "라이프"


def test_a_funeral_notices_details_box_is_no_body() -> None:
    article = _parse(
        f"<h1>[부고] 박순례 여사 별세</h1><div class='art'><p>{PROSE}</p><p>{PROSE}</p>"
        "<div class='ob'><p>유족</p><ul><li>아들 정기택·정기훈</li><li>딸 정미숙</li></ul>"
        "<dl><dt>빈소</dt><dd>해온의료원 장례식장 특2호실</dd><dt>발인</dt><dd>16일 오전 7시</dd></dl></div></div>"
    )
    assert article.paragraphs == [PROSE, PROSE]


# round seventeen: a health column by a doctor, a result box, a press release's contact line,
# a section label in a heading role


def test_a_column_written_by_a_doctor_names_the_doctor_not_his_post() -> None:
    assert names_in("글 = 정하윤 바른숨내과 원장") == ["정하윤"]
    article = _parse(
        f"<h1>{TITLE}</h1><p class='wr'>글 = 정하윤 바른숨내과 원장</p><a href='/c'>칼럼니스트 전체보기</a>"
        f"<div class='art'><p>{PROSE}</p><p>{PROSE}</p></div>"
    )
    assert article.authors == ["정하윤"]


def test_a_result_box_a_contact_line_and_a_section_label() -> None:
    article = _parse(
        f"<div class='oe-seclabel' role='heading'>산업</div><h1>{TITLE}</h1><div class='art'><p>{PROSE}</p>"
        f"<p>{PROSE}</p><div class='sb'><strong>◇ 경기 결과</strong><p>한빛 5-4 서해 (한빛파크)</p>"
        "<p>청암 7-2 동해 (청암구장)</p></div><p>담당부서 : 청년정책과 청년지원팀 / 문의 : 031-8075-3342</p></div>"
    )
    assert article.paragraphs == [PROSE, PROSE]
    assert article.section == "산업"


def test_a_boards_title_row_named_vtitle() -> None:
    article = _parse(
        "<table class='hbc-view'><thead><tr><th class='hbc-vtitle'>한빛시, 하반기 청년 월세 지원 신청 접수</th></tr>"
        "<tr><th>작성자</th><td>청년정책과</td></tr></thead><tbody><tr><td>"
        f"<div class='hbc-vtext'><p>{PROSE}</p><p>{PROSE}</p></div></td></tr></tbody></table>",
        head="<title>보도자료 | 시정소식 | 한빛시</title>",
    )
    assert article.title == "한빛시, 하반기 청년 월세 지원 신청 접수"
