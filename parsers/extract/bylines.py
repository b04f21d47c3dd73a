"""Reporter names and emails from Korean bylines.

Forms seen on Korean pages: `이성헌 기자`, `(서울=연합뉴스) 홍길동 기자 =`, `[OSEN=선미경 기자]`,
`[한국스포츠경제 정진영]`, `홍길동 기자 hong@x.co.kr`, `김철수·이영희 기자`, `워싱턴=김철수 특파원`,
`홍길동 선임기자`, `사회부 홍길동 기자`, `YTN 한서율 (hansy@ytn.co.kr)`, `신혜원(hyewon)`. A name is
two to four Hangul syllables led by a Korean surname; agency credits (`연합 기자`, `뉴시스 기자`) are
not people.
"""

from __future__ import annotations

import re
from functools import lru_cache

from parsers.extract.data import load_data

EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")

_ROLES = (
    "선임기자|수석기자|전문기자|객원기자|인턴기자|사진기자|영상기자|편집기자|취재기자|기자|특파원|"
    "통신원|논설위원|편집위원|대기자|에디터|칼럼니스트|리포터|앵커|기상캐스터|PD|pd"
)
_NAME = rf"(?!(?:{_ROLES})(?![가-힣]))[가-힣]{{2,4}}"  # a word, but never the role word itself
ROLE_WORD = re.compile(_ROLES)
_ROLE_PREFIXES = frozenset(
    [
        "인턴",
        "수습",
        "견습",
        "선임",
        "수석",
        "객원",
        "전문",
        "명예",
        "시민",
        "사진",
        "영상",
        "취재",
        "편집",
        "기획",
        "특별",
    ]
)
_NAMES = rf"{_NAME}(?:(?:\s*[·ㆍ,/&]\s*|\s+){_NAME})*"
# names directly before a role word: "김철수·이영희 기자", "홍길동 선임기자"
BYLINE = re.compile(rf"(?<![가-힣])(?P<names>{_NAMES})\s*(?:{_ROLES})(?![가-힣A-Za-z])")  # not 공유 PDF
# "[한국스포츠경제 정진영]" and "[OSEN=선미경]": an outlet then a name in brackets at the lead
_BRACKET = re.compile(rf"^\s*[\[(【]\s*(?P<outlet>[^\]\)】=]{{1,20}}?)[\s=]\s*(?P<names>{_NAME})\s*[\])】]")
# "[영상취재기자 박민혁]", "(사진=홍길동 기자)": credits for pictures and footage, not the writer
_CREDIT = re.compile(r"영상|촬영|사진|그래픽|편집|디자인|기자|PD")
# `그래픽=맹소희 기자`, `(사진=홍길동 기자)`: the credit of one picture (a credit list's `사진 문재혁 기자`
# names one of the story's reporters)
_CREDIT_LABEL = re.compile(r"(?:사진|그래픽|영상|촬영|일러스트|디자인)(?:\s*취재)?\s*=\s*$")
_WRITER_CREDIT = re.compile(r"(?<![가-힣])(?:글|취재|기사)\s*[=:]")
# a broadcast sign-off: "연합뉴스TV 정윤서입니다." names the reporter
SIGN_OFF = re.compile(
    rf"(?:뉴스|TV|방송|[A-Z]{{2,5}})\s+(?P<name>{_NAME})(?:입니다|였습니다)\.?(?:\s*\([^)]*\))?$"
)
_SENTENCE_STOP = re.compile(r"[.?!]\s")
_SPLIT = re.compile(r"\s*[·ㆍ,/&]\s*|\s+")
_DESK = re.compile(r"[가-힣]{1,6}(?:부|팀|국|데스크)")  # 사회부, 디지털뉴스팀, 편집국
# "YTN 한서율 (hansy@ytn.co.kr)", "신혜원(hyewon)": a name with its address or member id in brackets
_NAME_WITH_ID = re.compile(
    r"(?<![가-힣])(?P<name>[가-힣]{2,4})\s*\(\s*(?:[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}|[A-Za-z][A-Za-z0-9._\-]{1,20})\s*\)"
)


@lru_cache(maxsize=1)
def _lexicon() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    data = load_data("names.toml")
    return (
        frozenset(data["surnames"]),
        frozenset(data["double_surnames"]),
        frozenset(data["not_names"]),
        frozenset(data["loanword_syllables"]),
    )


def is_person_name(word: str) -> bool:
    surnames, double, not_names, loanword = _lexicon()
    if not 2 <= len(word) <= 4 or word in not_names or ROLE_WORD.search(word):
        return False
    if any(syllable in loanword for syllable in word[1:]):
        return False  # 라이프 (a section's label beside the byline), not 라 + 이프
    if len(word) >= 3 and word.endswith("부"):
        return False  # 사진부 기자, 사회부 기자: a desk, not a name
    if len(word) >= 3 and word[:2] in double:
        return True
    return len(word) <= 3 and word[0] in surnames


def names_in(text: str, *, lead_only: bool = False) -> list[str]:
    """Person names from byline text, in order, without duplicates."""
    found: list[str] = []
    window = text[:200] if lead_only else text
    for match in BYLINE.finditer(window):
        # the names next to the role word, back to the first word that is not a name:
        # "사회부 홍길동 기자" is 홍길동; "...을 기록하는 프리랜서 기자" is nobody
        names = []
        words = _SPLIT.split(match.group("names"))
        # "정다은 인턴 기자", "홍길동 수습 기자", "송민재 사회부 기자": a prefix or the desk between
        while words and (words[-1] in _ROLE_PREFIXES or (len(words) > 1 and _DESK.fullmatch(words[-1]))):
            words.pop()
        for word in reversed(words):
            if not is_person_name(word):
                break
            names.insert(0, word)
        if names:
            at = match.start("names") + match.group("names").find(names[0])
            label = window[max(0, at - 8) : at]
            if _CREDIT_LABEL.search(label) and "글" not in label and not _WRITER_CREDIT.search(window):
                continue  # a credit for a picture, not a writer (`글 = 윤가온 기자 · 사진 = 마승표 기자` names both)
        found.extend(name for name in names if name not in found)
    if not found:  # `글 = 정하윤 바른숨내과 원장`: a column's writer, whatever the post
        found = _written_by(window)
    if not found:
        bracket = _BRACKET.match(text)
        if bracket and is_person_name(bracket.group("names")) and not _CREDIT.search(bracket.group("outlet")):
            found.append(bracket.group("names"))
    if not found:
        sign_off = SIGN_OFF.search(text)
        if sign_off and is_person_name(sign_off.group("name")):
            found.append(sign_off.group("name"))
    if not found:
        found = [m.group("name") for m in _NAME_WITH_ID.finditer(text) if is_person_name(m.group("name"))]
    return list(dict.fromkeys(found))


def last_byline_names(text: str) -> list[str]:
    """The names of the last byline in running text: all of them when they are written as a list
    (`정리=탁윤슬·변시우 기자`), else the one next to the role (`...임대 박영순 기자`: the word
    before may be the headline's last); and those of the bylines just before it, when only their
    addresses stand between."""
    matches = list(BYLINE.finditer(text))
    group = matches[-1:]  # bylines in a row, only addresses between: `배지훈 기자 jh@… 류소정 기자 sj@…`
    while len(group) < len(matches) and _BETWEEN_BYLINES.fullmatch(
        EMAIL.sub("", text[matches[-len(group) - 1].end() : group[0].start()])
    ):
        group.insert(0, matches[-len(group) - 1])
    found: list[str] = []
    for match in group:
        names = names_in(match.group(0))
        for name in names if _SPLIT_LIST.search(match.group("names")) else names[-1:]:
            if name not in found:
                found.append(name)
    if not found:  # `글 = 정하윤 바른숨내과 원장`: a column's writer, whatever the post
        found = _written_by(text)[-1:]
    return found


def _written_by(text: str) -> list[str]:
    """Writers named after `글 =` (`글 = 정하윤 바른숨내과 원장`), whatever their post, or after a
    bare `글` when a writer's post follows (`글 허윤재 공연평론가`)."""
    found = (m.group(1) or m.group(2) for m in _patterns().written_by.finditer(text))
    return [name for name in found if is_person_name(name)]


def credited_for_pictures(text: str) -> list[str]:
    """Names under a picture label (`사진 마준혁 기자`, `영상=홍길동`): a photographer's credit,
    which a byline may carry beside its writers."""
    return [m.group(1) for m in _PICTURE_CREDIT.finditer(text) if is_person_name(m.group(1))]


_PICTURE_CREDIT = re.compile(r"(?<![가-힣])(?:사진|영상|촬영|그래픽)\s*[=:]?\s*([가-힣]{2,4})(?![가-힣])")


def is_signature(line: str) -> bool:
    """A column's signature under its text: `김서연 문화평론가`, `/송재혁 경인대 경영학과 교수`."""
    return _patterns().signature.fullmatch(line) is not None


def signed_first(text: str) -> list[str]:
    """The writer a text opens with, signed with a post (`윤재희 한국해양미래연구원 선임연구위원`):
    a column's writer named under its text."""
    match = _patterns().signature.match(text.lstrip())
    return [match["name"]] if match and is_person_name(match["name"]) else []


def names_with_post(text: str, start: int = 0) -> list[str]:
    """Names written before a writer's post (`이상철 한솔군수`), from `start` on."""
    return [m.group(1) for m in _patterns().name_and_post.finditer(text, start)]


class _Patterns:
    """Patterns built on the posts in names.toml (`writer_posts`)."""

    def __init__(self, posts: list[str]) -> None:
        post = "|".join(sorted(posts, key=len, reverse=True))
        self.written_by = re.compile(
            rf"(?<![가-힣])글\s*(?:[=:]\s*([가-힣]{{2,4}})(?![가-힣])|\s([가-힣]{{2,4}})\s+[가-힣]{{0,10}}?(?:{post})(?![가-힣]))"
        )
        self.signature = re.compile(
            rf"(?:[/／]\s*|글\s*=\s*)?(?P<name>[가-힣]{{2,4}})(?:\s?[가-힣·]{{1,12}}){{0,3}}?\s?(?:{post})"
        )
        self.name_and_post = re.compile(
            rf"(?<![가-힣])([가-힣]{{2,4}})\s+[가-힣]{{0,10}}?(?:{post})(?![가-힣])"
        )


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    return _Patterns(load_data("names.toml")["writer_posts"])


_SPLIT_LIST = re.compile(r"[·ㆍ,/&]")
_BETWEEN_BYLINES = re.compile(r"[\s,·/|()\[\]]*")


def emails_in(text: str) -> list[str]:
    """Reporters' addresses in `text`: a newsroom's mailboxes (`jebo@…`, `webmaster@…`) left out."""
    found: list[str] = []
    for email in EMAIL.findall(text):
        email = email.strip(".")
        if email not in found and email.split("@")[0].lower() not in _desk_mailboxes():
            found.append(email)
    return found


@lru_cache(maxsize=1)
def _desk_mailboxes() -> frozenset[str]:
    return frozenset(load_data("names.toml")["desk_mailboxes"])


def is_byline_line(text: str) -> bool:
    """A paragraph that is only a byline (names, role, email, maybe desk), not article text."""
    if len(text) > 120 or ("@" not in text and not ROLE_WORD.search(text) and "입니다" not in text):
        return False
    sign_off = SIGN_OFF.search(text)
    if sign_off is not None:  # the line is the sign-off, not the report's last sentence and it
        return _SENTENCE_STOP.search(text, 0, sign_off.start()) is None
    rest = EMAIL.sub("", text)
    rest, bylines = BYLINE.subn("", rest)
    if not bylines and rest == text:
        return False
    rest = re.sub(r"[\s\[\]()<>/=|:·ㆍ,.\-]+", "", rest)
    return len(rest) <= 12
