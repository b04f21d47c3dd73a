"""Small pages for the rules added after the eighth and ninth rounds of held-out layouts (a column
signed at its end, a Nuxt page of hashed class names, a photo essay, embedded posts, a data table,
an old EUC-KR table layout, key points above the body; a ministry's press release, a newswire, a
live score page; round ten's magazine interview, weather bulletin, paged story, inline captions;
round eleven's blog press, correction box, picture element; round twelve's live blog, lists of
content, reporter's note, sources): each rule alone, on a page written for it."""

from __future__ import annotations

from conftest import news_page

from parsers import parse_article
from parsers.extract.bylines import names_in
from parsers.extract.dates import labelled_dates

PROSE = (
    "도심 골목에서 배달로봇의 성적표는 아직 초라하다. 인도 위 불법 주차 차량과 적치물이 로봇의 길을 막는다. "
    "업계는 보도 턱을 낮추는 일이 먼저라고 입을 모은다."
)
TITLE = "배달로봇 인도 달린 지 1년…골목길은 아직"


def _parse(body: str, head: str = f"<title>{TITLE} - 뉴스</title>", before: str = ""):
    return parse_article(news_page(body, head=head, before=before), analyze=False)


def test_embedded_posts_are_no_part_of_the_body() -> None:
    article = _parse(
        f"<h1>{TITLE}</h1><div class='art'><p>{PROSE}</p>"
        '<blockquote class="twitter-tweet"><p>한강 버스킹 실화냐고 눈물 났음</p>— 물결따라 (@wave)</blockquote>'
        '<blockquote class="instagram-media"><div>Instagram에서 이 게시물 보기</div></blockquote>'
        f"<p>{PROSE}</p></div>"
    )
    assert article.paragraphs == [PROSE, PROSE]


def test_a_caption_beside_a_box_holding_just_an_image() -> None:
    article = _parse(
        f"<h1>{TITLE}</h1><div class='art'><div>{PROSE}</div>"
        '<div class="_Qm7"><div class="_8sL"><img src="https://img.example.kr/robot.jpg"></div>'
        "<span class='_cE4'>아파트 단지에서 배달로봇이 이동하고 있다. 도르래로보틱스 제공</span></div>"
        f"<div>{PROSE}</div></div>"
    )
    assert [(i.url, i.caption) for i in article.images] == [
        ("https://img.example.kr/robot.jpg", "아파트 단지에서 배달로봇이 이동하고 있다. 도르래로보틱스 제공")
    ]
    assert article.paragraphs == [PROSE, PROSE]


def test_a_caption_box_gives_way_to_the_caption_line_inside_it() -> None:
    article = _parse(
        f"<h1>{TITLE}</h1><div class='art'><p>{PROSE}</p><div class='item'>"
        '<div class="item__img"><img src="https://img.example.kr/1.jpg"></div>'
        '<div class="item__meta"><span class="count">1/10</span><p class="item__cap">유채꽃길을 걷는 관광객들.</p></div>'
        f"</div><p>{PROSE}</p></div>"
    )
    assert [i.caption for i in article.images] == ["유채꽃길을 걷는 관광객들."]


def test_key_points_above_the_body_are_its_subtitles_but_not_a_hidden_summary_or_a_label() -> None:
    points = ["클라우드브릿지, 한누리에너지와 20년 전력 계약", "국내 데이터센터 업계 첫 소형모듈원전 계약"]
    article = _parse(
        f'<p class="subTitle">경제</p><h1>{TITLE}</h1>'
        '<div class="layer_summary" style="display:none"><ul><li>자동으로 요약한 한 문장입니다.</li></ul></div>'
        '<div class="smw-keypoints"><h2>핵심 요약</h2><ul>'
        + "".join(f"<li>{p}</li>" for p in points)
        + f"</ul></div><div class='art'><p>{PROSE}</p><p>{PROSE}</p></div>"
    )
    assert article.subtitles == points
    assert article.paragraphs == [PROSE, PROSE]


def test_a_summary_boxs_label_leaves_the_body() -> None:
    article = _parse(
        f"<h1>{TITLE}</h1><div class='art'><div class='live-summary'><h2 class='live-summary__title'>상황 요약</h2>"
        f"<p>{PROSE}</p></div><p>{PROSE}</p></div>"
    )
    assert article.paragraphs == [PROSE, PROSE]


def test_a_columns_signature_is_no_paragraph() -> None:
    article = _parse(
        f"<h1>{TITLE}</h1><div class='art'><p>{PROSE}</p><p>{PROSE}</p><p><em>김서연 문화평론가</em></p></div>"
    )
    assert article.paragraphs == [PROSE, PROSE]


def test_an_address_beside_the_writers_name_over_the_body_and_a_mailto_box_under_it() -> None:
    over = _parse(
        f"<h1>{TITLE}</h1><p class='by'>사진·글=오민석 기자 <a href='mailto:minsuk@hanul.kr'>minsuk@hanul.kr</a></p>"
        f"<div class='art'><p>{PROSE}</p><p>{PROSE}</p></div>"
    )
    assert (over.authors, over.emails) == (["오민석"], ["minsuk@hanul.kr"])
    under = _parse(
        f"<h1>{TITLE}</h1><div class='_Bd7'><div>{PROSE}</div><div>{PROSE}</div>"
        "<div class='_Em3'><span>편지호 기자</span> <a href='mailto:jiho@moa.kr'>jiho@moa.kr</a></div></div>"
    )
    assert (under.authors, under.emails) == (["편지호"], ["jiho@moa.kr"])


def test_the_credit_of_one_picture_names_no_author() -> None:
    assert names_in("그래픽=맹소희 기자") == [] and names_in("(사진=홍길동 기자)") == []
    assert names_in("사진·글=오민석 기자") == ["오민석"]
    assert names_in("취재 서하늘 기자 사진 문재혁 기자") == ["서하늘", "문재혁"]  # a credit list: both report


def test_a_time_in_square_brackets() -> None:
    published, _ = labelled_dates("기사입력 2025/02/11 [15:24]")
    assert published is not None and (published.hour, published.minute) == (15, 24)


def test_a_text_trail_skips_the_word_for_news_and_an_old_layouts_headline_is_its_big_type() -> None:
    article = _parse(
        "<table><tr><td><font size='2'>HOME &gt; 뉴스 &gt; <b>사회</b></font></td></tr>"
        f"<tr><td><font size='5'><b>{TITLE}</b></font></td></tr>"
        f"<tr><td class='news_text'>{PROSE}<br><br>{PROSE}</td></tr></table>",
        head="<title>충북새소식</title>",
    )
    assert (article.title, article.section) == (TITLE, "사회")


def test_a_press_releases_contact_line_and_its_subheads_list() -> None:
    article = _parse(
        f"<div class='view'><div class='titlebox'><h4 class='tit'>{TITLE}</h4><ul class='bodo-subs'>"
        "<li>5월부터 전국 공동주택 1만 2천여 단지로 확대</li><li>연간 3만 톤 재생원료 확보 기대</li></ul></div>"
        "<table class='info'><tr><th>담당 부서</th><td>자원순환정책과</td></tr></table>"
        f"<div class='cont'><p>{PROSE}</p><p>{PROSE}</p><p>이 보도자료와 관련하여 보다 자세한 내용이나 취재를 원하시면 "
        "자원순환정책과 도하윤 사무관(044-201-7358)에게 연락주시기 바랍니다.</p></div></div>"
    )
    assert article.subtitles == [
        "5월부터 전국 공동주택 1만 2천여 단지로 확대",
        "연간 3만 톤 재생원료 확보 기대",
    ]
    assert article.paragraphs == [PROSE, PROSE]


def test_a_button_row_is_no_byline_and_an_emblem_is_no_article_image() -> None:
    article = _parse(
        f"<h1>{TITLE}</h1><div class='btns'><a>인쇄</a> <a>글자크기</a> <a>공유</a> <a>PDF 저장</a></div>"
        "<div class='art'><div class='team'><img src='https://static.example.kr/emblem/hp1/hgfc.png' width='56'></div>"
        f"<p>{PROSE}</p><p>{PROSE}</p></div>"
    )
    assert article.authors == [] and article.images == []
    assert names_in("김철수 PD kim@example.kr") == ["김철수"]


def test_an_inline_caption_after_its_image_and_a_headline_broken_in_two() -> None:
    article = _parse(
        "<h1><span>배달로봇 인도 달린 지 1년,</span><br><span>골목길은 아직</span></h1><div class='art'>"
        f"<p>{PROSE}</p><p><img src='https://img.example.kr/a.jpg'></p><p>{PROSE}</p>"
        "<p><img src='https://img.example.kr/b.jpg'><br><em>▲ 골목을 달리는 배달로봇.</em></p></div>",
        head="<title>뉴스</title>",
    )
    assert article.title == "배달로봇 인도 달린 지 1년, 골목길은 아직"
    assert [(i.url[-5:], i.caption) for i in article.images] == [
        ("a.jpg", None),
        ("b.jpg", "▲ 골목을 달리는 배달로봇."),
    ]
    assert article.paragraphs == [PROSE, PROSE]


def test_pull_quotes_tip_boxes_page_turns_and_support_prompts_are_no_body() -> None:
    article = _parse(
        f"<h1>{TITLE}</h1><div class='art'><p>{PROSE}</p>"
        "<blockquote class='bpm-pull'><p>“로봇은 골목을 닮아 간다”</p></blockquote>"
        "<div class='wx-guide'><strong>[호우 시 국민행동요령]</strong><ul><li>하천변 산책로 이용을 자제하세요.</li>"
        "<li>재난문자를 수시로 확인하세요.</li></ul></div><p>하루편지는 광고 없이 독자 후원으로 만듭니다.</p>"
        f"<p>월 5천원으로 후원하기</p><p>{PROSE}</p><p>(다음 페이지에 계속)</p></div>"
    )
    assert article.paragraphs == [PROSE, PROSE]


def test_a_credit_line_of_writer_and_photographer_and_a_final_edit_time() -> None:
    assert names_in("글 = 윤가온 기자 · 사진 = 마승표 기자") == ["윤가온", "마승표"]
    _, modified = labelled_dates("최종편집 : 2025/03/18 [14:02]")
    assert modified is not None and (modified.hour, modified.minute) == (14, 2)


def test_sections_from_a_trail_whose_home_is_named_and_from_aria_current() -> None:
    trail = _parse(
        "<div class='spr-crumb'><a href='/'>스포츠</a> <span>›</span> <a href='/baseball'>야구</a></div>"
        f"<h1>{TITLE}</h1><div class='art'><p>{PROSE}</p><p>{PROSE}</p></div>"
    )
    current = _parse(
        "<nav><a href='/topics/a'>정치</a><a href='/topics/culture' aria-current='page'>문화</a></nav>"
        f"<h1>{TITLE}</h1><div class='art'><p>{PROSE}</p><p>{PROSE}</p></div>"
    )
    assert (trail.section, current.section) == ("야구", "문화")


def test_a_recap_box_gives_the_subtitles() -> None:
    article = _parse(
        f"<h1>{TITLE}</h1><div class='spr-recap'><div class='spr-recap-h'>경기 요약</div><ul class='spr-recap-ul'>"
        "<li>백도윤, 9이닝 무실점 10탈삼진…시즌 첫 완봉</li><li>4회 명재준 결승 투런포로 균형 깨</li></ul></div>"
        f"<div class='art'><p>{PROSE}</p><p>{PROSE}</p></div>"
    )
    assert article.subtitles == [
        "백도윤, 9이닝 무실점 10탈삼진…시즌 첫 완봉",
        "4회 명재준 결승 투런포로 균형 깨",
    ]


def test_a_picture_elements_caption_a_bold_lead_and_a_correction_box() -> None:
    article = _parse(
        f"<h1>{TITLE}</h1><figure><picture><source srcset='/a.webp' type='image/webp'>"
        "<img src='https://img.example.kr/a.jpg'></picture><figcaption>회수 장치를 살펴보고 있다.</figcaption></figure>"
        "<div class='body'><strong>연구팀, 리튬 회수율 95% 달성…에너지 70% 줄여</strong><br><br>"
        f"<p>{PROSE}</p><p>{PROSE}</p><p>[정정보도] 본지는 예산을 18억 원으로 보도했으나 바로잡습니다.</p></div>"
    )
    assert [(i.url, i.caption) for i in article.images] == [
        ("https://img.example.kr/a.jpg", "회수 장치를 살펴보고 있다.")
    ]
    assert article.subtitles == ["연구팀, 리튬 회수율 95% 달성…에너지 70% 줄여"]
    assert article.paragraphs == [PROSE, PROSE]


def test_an_ad_label_is_no_byline_and_a_section_loses_its_quotes() -> None:
    article = _parse(
        f"<h1>{TITLE}</h1><div class='post'><p>{PROSE}</p>"
        "<div class='adsense responsive'><div class='unit_info'>반응형</div></div><p>{PROSE}</p></div>",
        head=f"<title>{TITLE}</title><meta property='article:section' content=\"'지역뉴스'\">",
    )
    assert (article.authors, article.section) == ([], "지역뉴스")


def test_a_minute_of_one_digit_after_si() -> None:
    _, modified = labelled_dates("수정 2025년 7월 3일 목요일 오후 2시 5분")
    assert modified is not None and (modified.hour, modified.minute) == (14, 5)


def test_a_live_blogs_entries_are_one_body_and_its_header_keeps_the_byline() -> None:
    entries = "".join(
        f"<article class='entry'><header><time>1{h}:00</time></header><div class='txt'><p>{PROSE} {h}번째.</p></div>"
        "<footer><button>이 소식 공유</button></footer></article>"
        for h in range(5, 0, -1)
    )
    article = _parse(
        f"<div class='live'><div class='hd'><h1>{TITLE}</h1><p class='by'>사회부 종합 · 정리=탁윤슬·변시우 기자</p></div>"
        f"<div class='stream'>{entries}</div><p>이 페이지는 새 소식이 들어오는 대로 계속 업데이트됩니다.</p>"
        "<div><strong>의견 남기기</strong><p>로그인 후 의견을 남길 수 있습니다.</p></div></div>"
    )
    assert article.paragraphs == [f"{PROSE} {h}번째." for h in range(5, 0, -1)]
    assert article.authors == ["탁윤슬", "변시우"]


def test_a_list_of_points_is_content_but_notes_sources_and_side_boxes_are_not() -> None:
    points = ["500세대 이상 공동주택은 위원회를 구성해야 한다.", "관리주체는 7일 안에 현장 조사를 해야 한다."]
    article = _parse(
        f"<h1>{TITLE}</h1><div class='art'><p>{PROSE}</p><p>주요 개정 내용은 다음과 같다.</p>"
        "<div class='dnib-list-wrap'><ul>" + "".join(f"<li>{p}</li>" for p in points) + "</ul></div>"
        "<div class='box'><strong>전시 정보</strong><p>빛을 새긴 옻 · 특별전시실 · ~12.28</p></div>"
        "<div class='note'><strong>기자의 한마디</strong><p>회사가 숫자로 답할 차례다.</p></div>"
        "<p>09.17 14:00 기준 · 20분 지연 시세</p><p>[참고자료]</p><p>1. 서해연안연구소(2024), 「보고서」</p>"
        "<p>2. 기후해양포럼(2025), 「연구」</p><p>이 기사는 한빛바다재단의 지원을 받아 작성됐습니다.</p></div>"
    )
    assert article.paragraphs == [PROSE, "주요 개정 내용은 다음과 같다.", *points]


def test_small_print_under_a_headline_a_date_in_the_url_and_named_current_items() -> None:
    article = parse_article(
        news_page(
            f"<h1>{TITLE}<br><small>Delivery robots, one year on</small></h1><div class='art'><p>{PROSE}</p><p>{PROSE}</p></div>",
            head="<title>오늘소식</title>",
            before="<ul class='osk-menu'><li><a href='/c/edu' class='osk-menu-now'>교육</a></li><li><a href='/c/b'>생활</a></li></ul>",
        ),
        url="https://www.onulsosik.kr/2025/09/02/robots/",
        analyze=False,
    )
    assert article.title == TITLE
    assert article.published is not None and article.published.isoformat() == "2025-09-02T00:00:00+09:00"
    assert article.section == "교육"


def test_entries_right_under_the_page_body_do_not_break_the_parse() -> None:
    entries = "".join(
        f"<article class='entry'><div class='txt'><p>{PROSE} {h}번째.</p></div></article>" for h in range(4)
    )
    page = f"<html><head><title>{TITLE}</title></head><body><h1>{TITLE}</h1>{entries}</body></html>"
    # the <body> that holds them is no scored block: one entry is taken, and nothing raises
    article = parse_article(page.encode(), analyze=False)
    assert article.paragraphs and article.paragraphs[0].startswith(PROSE)
