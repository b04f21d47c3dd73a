"""Whom a person works for, beyond the organisation written right before the name or between it
and the title (`people.py` reads those): the outer body of a unit, an organisation before a role
said with `인`, the party of `같은 당`, an owner with `의` (`DB의 이선웅은`, `법무법인 새길의 정태윤
변호사`), the last organisation of the kind the title implies (`서울중앙지법은 ... 선고했다. 재판장인
박소연 부장판사는`: a judge belongs to the court named before; `title_orgs.tsv`), or a wire's
dateline; and the people listed with their ages before `(25·이상 김천시청)`, who share it.
"""

from __future__ import annotations

import re

from parsers.analysis.lexicon import Found, Lexicon
from parsers.analysis.words import OPENING_QUOTES, Word, adjacent, lookback, nickname_before
from parsers.record.analysis import ORG, PERSON

_SAME_PARTY = "같은 당"
_SUBJECT_PARTICLES = frozenset("은는이가")
_KIND_LOOKBACK = 3  # sentences back to look for the organisation a title implies
# `(서울=연합뉴스) 최유진 기자 =`, `[제네바=연합뉴스] 정서윤 특파원`: the wire's dateline
_DATELINE = re.compile(r"[\[(][^\[\]()=\n]{1,12}=\s*([^\[\]()=\n]{2,15}?)\s*[\])]\s*$")


def dateline_outlet(text: str, person: Word, lex: Lexicon) -> str | None:
    """The news agency of a dateline written right before a reporter's name."""
    match = _DATELINE.search(text, max(0, person.start - 30), person.start)
    if match is None:
        return None
    outlet = match.group(1).strip()
    return lex.res.org_alias.get(outlet, outlet)


def owner_org(
    text: str, words: list[Word], i: int, aliases: dict[str, str], org_at: dict[int, str], lex: Lexicon
) -> str | None:
    """The organisation written with `의` right before the name at words[i], or before its title
    and nickname (`팬텀의 정글러 '바스크' 이승현`)."""
    nickname = nickname_before(text, words, i)
    k = i - 1 if nickname is None else nickname - 1
    if k > 0 and words[k].bare and lex.title(words[k]):
        k -= 1
    if k < 0:
        return None
    owner = words[k]
    gap = text[owner.end : words[k + 1].start]
    if (
        text[owner.core_end : owner.end] != "의"
        or not 0 < len(gap) <= 2
        or gap.strip(" " + "".join(OPENING_QUOTES))
    ):
        return None
    if owner.core in aliases:
        return aliases[owner.core]
    if owner.start in org_at:
        return org_at[owner.start]
    named = lex.classify(owner)
    return named[1] if named is not None and named[0] == ORG else None


def by_title_kind(title: str | None, person: Word, found: list[Found], lex: Lexicon) -> str | None:
    """The last organisation named before the person, a few sentences back at most, of the kind
    the title implies (a court for a judge, a police agency for an inspector)."""
    if not title:
        return None
    endings = next((ends for t, ends in lex.res.title_orgs.items() if title.endswith(t)), None)
    if endings is None:
        return None
    before = [
        f
        for f in found
        if f.kind == ORG
        and f.mention.start < person.start
        and person.sent - f.mention.sentence <= _KIND_LOOKBACK
        and f.canonical.endswith(endings)
    ]
    return max(before, key=lambda f: f.mention.start).canonical if before else None


def outer_body(
    text: str, words: list[Word], j: int, aliases: dict[str, str], org_at: dict[int, str], lex: Lexicon
) -> str | None:
    """`수원시의회 문화체육교육위원회 소속`, `참여연대 의정감시센터`: when the organisation
    named before a person is a unit of another named right before it, the person belongs to the
    outer one."""
    outer = None
    while j > 0 and words[j - 1].bare and adjacent(text, words[j - 1], words[j]):
        prev = words[j - 1]
        named = lex.classify(prev)
        if prev.core in aliases:
            outer = aliases[prev.core]
        elif prev.start in org_at:
            outer = org_at[prev.start]
        elif named is not None and named[0] == ORG:
            outer = named[1]
        else:
            break
        j -= 1
    return outer


def across_role(text: str, words: list[Word], i: int, lex: Lexicon) -> list[int]:
    """`새한국당 원내수석부대표인 서도윤 의원`: the role before the name is said with `인`
    (`…이자`); the organisation stands before the role."""
    role = words[i - 1]
    if not adjacent(text, role, words[i]) or text[role.core_end : role.end] not in ("인", "이자"):
        return []
    if not lex.title(role):
        return []
    return lookback(text, words, i - 1, 1)


def same_party(text: str, w: Word, found: list[Found], lex: Lexicon) -> str | None:
    """`같은 당 윤서아 최고위원`, `같은 당 원로인 배인철 전 의원`: the party of the person last named
    with one (the one just quoted, usually), else the party last named."""
    at = text.rfind(_SAME_PARTY, max(0, w.start - 12), w.start)
    if at < 0 or "\n" in text[at : w.start] or "." in text[at : w.start]:
        return None
    members = [
        f for f in found if f.kind == PERSON and _is_party(f.affiliation, lex) and f.mention.start < at
    ]
    if members:
        return max(members, key=lambda f: f.mention.start).affiliation
    parties = [f for f in found if f.kind == ORG and _is_party(f.canonical, lex) and f.mention.start < at]
    return max(parties, key=lambda f: f.mention.start).canonical if parties else None


def club_of(text: str, title: str | None, person: Word, found: list[Found], lex: Lexicon) -> str | None:
    """In an article about sport, a player or coach with no club beside the name plays for the club
    the sentence is about (`대한항공은 아웃사이드 히터 정유찬이`, `LG는 5회초 박도율의 홈런으로`: a
    name with no title too). Not the club the sentence before is about: that is as often the other
    side (`포항은 ... 그쳤다. 김판곤 감독은`)."""
    if title and title.rsplit(" ", 1)[-1] not in lex.res.sports_titles:
        return None
    clubs = {club for by_sport in lex.res.sports_clubs.values() for club in by_sport.values()}
    subjects = [
        f
        for f in found
        if f.kind == ORG
        and f.canonical in clubs
        and f.mention.sentence == person.sent
        and f.mention.start < person.start
        and text[f.mention.end : f.mention.end + 1] in _SUBJECT_PARTICLES
    ]
    return subjects[-1].canonical if subjects else None


def _is_party(name: str | None, lex: Lexicon) -> bool:
    """국민의힘 (a listed party) or 새한국당 (a name ending in 당)."""
    return bool(name) and (name in lex.res.parties or name.endswith("당"))  # type: ignore[union-attr]


def demonstrative_body(text: str, person: Word, found: list[Found]) -> str | None:
    """`이 병원 심장혈관외과 이수현 교수`, `이 회사 김철수 대표`, `협회 사무총장 박서진씨`: the body a
    demonstrative (or the bare noun right before the title) points back to, the last one named
    whose name ends in the noun (any organisation, for a company)."""
    match = _DEMONSTRATIVE.search(text, max(0, person.start - 25), person.start) or _BODY_TITLE.search(
        text, max(0, person.start - 25), person.start
    )
    if match is None or "." in text[match.end() : person.start]:
        return None
    named = [
        (f.mention.start, f.canonical) for f in found if f.kind == ORG and f.mention.end <= match.start()
    ]
    return body_for_noun(match.group(1), named)


def body_for_noun(noun: str, named: list[tuple[int, str]]) -> str | None:
    """The organisation a common noun stands for, among those named before (start, name): the last
    one whose name ends in the noun (`미술관` for 국립현대미술관), or the last of all for a company."""
    endings = _NAME_ENDINGS.get(noun, (noun,))
    for _, name in sorted(named, reverse=True):
        if noun in _COMPANY_NOUNS or name.endswith(endings):
            return name
    return None


# common nouns that stand for a body whose name ends otherwise: `재판부는` for 서울중앙지방법원
_NAME_ENDINGS = {
    "재판부": ("법원", "지법", "고법", "지원"),
    "법원": ("법원", "지법", "고법", "지원"),
    "검찰": ("검찰청", "지검", "고검"),
    "경찰": ("경찰서", "경찰청"),
}


_DEMONSTRATIVE = re.compile(
    r"(?<![가-힣])(?:이|해당|그|같은)\s+(병원|회사|업체|기업|학교|대학|구단|재단|협회|단체|기관)(?![가-힣])"
)
# `협회 사무총장 박서진씨`: the kind of body alone, then a title and the name
_BODY_TITLE = re.compile(
    r"(?<![가-힣])(협회|재단|구단|공단|공사|조합|연맹|학회|위원회|병원|회사)\s+[가-힣]{1,8}\s+$"
)
_COMPANY_NOUNS = frozenset({"회사", "업체", "기업", "사"})


def share_affiliation(text: str, found: list[Found], person: Word, org: str) -> None:
    """`강민호(27)-윤태준(25·이상 김천시청)`: 이상 says the people just before, listed with their
    ages, belong to it too (a doubles pair, a list of players)."""
    if not _ALL_OF_THEM.match(text, person.end):
        return
    start = person.start
    for f in reversed(found):
        if f.kind != PERSON:
            continue
        if not _LISTED_BEFORE.fullmatch(text, f.mention.end, start):
            break
        f.affiliation = f.affiliation or org
        start = f.mention.start


_ALL_OF_THEM = re.compile(r"\(\d{1,3}\s*[·,]\s*이상\s")
_LISTED_BEFORE = re.compile(r"\(\d{1,3}\)\s*[-–·,ㆍ]\s*")


def org_in(found: list[Found], start: int, end: int) -> str | None:
    """The organisation found between start and end (the brackets after a name)."""
    return next((f.canonical for f in found if f.kind == ORG and start <= f.mention.start < end), None)
