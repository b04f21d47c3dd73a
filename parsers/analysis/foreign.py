"""Foreign names, written given name first in Hangul, as Korean news writes them: two or three
proper nouns before a title (`볼로디미르 젤렌스키 우크라이나 대통령`, `테드로스 아드하놈 거브러여수스
사무총장`), after an organisation (`국무부 라일라 하산 대변인`) or after a title (`외국인 선수 마커스
헤이워드도`); two with their country or age and no title (`엘린 린드크비스트(스웨덴)`, `라즈
구룽(31)씨`).
"""

from __future__ import annotations

import re

from parsers.analysis.lexicon import Lexicon
from parsers.analysis.words import HANGUL, Word, adjacent, lookback
from parsers.record.analysis import LOCATION, ORG

AGE = re.compile(r"\(\d{1,3}(?:[·,]\s?[^()\n]{1,20})?\)\s?")  # 박순자(81), 김철수(45·회사원)
_COUNTRY = re.compile(r"\(([가-힣]{2,8})\)")


def foreign_name_at(lex: Lexicon, text: str, words: list[Word], i: int) -> tuple[int, int, list[int]] | None:
    """A foreign name of two words before a title, the country or organisation maybe between:
    `볼로디미르 젤렌스키 우크라이나 대통령`, `조르자 멜로니 이탈리아 총리` (Kiwi may read the two
    words as one proper noun). Returns (index of the name's last word, title index, candidates)."""
    found = _name_at(lex, text, words, i)
    if found is not None and found[0] > i and _named_alone(text, words[i].core):
        return None  # 동원에너지 파비우 산투스 감독: a word the text uses on its own is no given name
    return found


def _name_at(lex: Lexicon, text: str, words: list[Word], i: int) -> tuple[int, int, list[int]] | None:
    w = words[i]
    if w.first_tag != "NNP" or not w.bare or w.ncore != 1:
        return None  # every part of a foreign name is one bare proper noun (lex.foreign_part)
    nxt = words[i + 1] if i + 1 < len(words) else None
    # 국무부 라일라 하산 대변인: after an organisation, two names in a row are one foreign name
    after_org = i > 0 and words[i - 1].bare and adjacent(text, words[i - 1], w) and lex.is_org(words[i - 1])
    # 마르타 코발치크 폴란드 총리: a family name that is no Korean name, then a country
    foreign_family = (
        nxt is not None
        and lex.foreign_part(nxt)
        and not lex.name_like(nxt)
        and len(nxt.core) >= 3
        # 이서윤 일렉트라랩 대표: a Korean name, then a company (no country before the title)
        and not (lex.korean_name(w) and not _country_then_title(lex, words, i + 2))
    )
    # 외국인 선수 마커스 헤이워드: a title, then two names in a row
    title_before = lex.title_before(text, words, i)
    if (
        title_before
        and " " not in w.core
        and nxt is not None
        and adjacent(text, w, nxt)
        and lex.foreign_part(w)
        and nxt.ncore == 1
        and nxt.first_tag == "NNP"
        and len(nxt.core) >= (2 if w.core in lex.res.foreign_given_names else 3)  # 투수 라이언 밀러
        and HANGUL.fullmatch(nxt.core)
        and lex.classify(nxt) is None
        and not lex.name_like(nxt)
    ):  # the family name may carry the particle (헤이워드도)
        return i + 1, i - 1, lookback(text, words, i - 1)
    if (
        w.core in lex.res.foreign_given_names
        and nxt is not None
        and nxt.bare
        and len(nxt.core) == 1
        and nxt.core in lex.res.surnames
        and adjacent(text, w, nxt)
        and i + 2 < len(words)
        and adjacent(text, nxt, words[i + 2])
        and lex.title(words[i + 2])
    ):  # 제임스 한 대표, 데이비드 김 교수: a given name, then a Korean family name of one syllable
        return i + 1, i + 2, lookback(text, words, i)
    if not lex.foreign_part(w, first=True) and not (
        (after_org or foreign_family) and lex.foreign_part(w) and " " not in w.core
    ):
        return None
    last = i
    if " " not in w.core:
        if nxt is None or not lex.foreign_part(nxt) or not adjacent(text, w, nxt):
            return None
        if (
            w.core not in lex.res.foreign_given_names
            and lex.name_like(nxt)
            and not _country_then_title(lex, words, i + 2)
            and (not after_org or lex.korean_name(nxt))
        ):  # 딜레이레스트 곽석환 대표: a company, then a Korean name; 성균관대 예방의학교실
            return None  # 한민재 교수: a unit of the organisation, then a Korean name
        last = i + 1
        third = words[i + 2] if i + 2 < len(words) else None
        if (
            third is not None
            and adjacent(text, nxt, third)
            and lex.foreign_part(third)
            and not lex.name_like(third)
            and i + 3 < len(words)
            and (lex.title(words[i + 3]) or _country_then_title(lex, words, i + 3))
        ):  # 테드로스 아드하놈 거브러여수스 사무총장, 클라라 몬테스 아길라르 멕시코 대통령: three names
            last = i + 2
    k = last + 1
    if k < len(words) and words[k].core in lex.res.title_modifiers and words[k].bare:
        k += 1
    if k < len(words) and lex.title(words[k]) and adjacent(text, words[k - 1], words[k]):
        return last, k, lookback(text, words, i)
    if k + 1 < len(words) and words[k].bare and lex.title(words[k + 1]):
        named = lex.classify(words[k])
        if named is not None and named[0] in (ORG, LOCATION):
            return last, k + 1, [k, *lookback(text, words, i)]
    if (
        k + 2 < len(words)
        and lex.foreign_country(words[k]) is not None
        and words[k + 1].bare
        and lex.title(words[k + 2])
    ):  # 야나 드보르작코바 체코 외교부 장관: the country, then its body
        return last, k + 2, [k + 1, k, *lookback(text, words, i)]
    return None


def _country_then_title(lex: Lexicon, words: list[Word], k: int) -> bool:
    """`… 아일랜드 외무장관`: a country (a place) and a title follow."""
    if k + 1 >= len(words) or not words[k].bare or not lex.title(words[k + 1]):
        return False
    named = lex.classify(words[k])
    return named is not None and named[0] == LOCATION


def _named_alone(text: str, core: str) -> bool:
    """The text writes the word with a particle of its own somewhere (`동원에너지를 꺾고`), as a
    club or a company is written, and a foreign given name never is."""
    return (
        len(core) >= 3
        and re.search(f"{re.escape(core)}(?:은|는|을|를|와|과|의|에게|에서)(?![가-힣])", text) is not None
    )


def national_name_start(lex: Lexicon, text: str, words: list[Word], i: int) -> int | None:
    """A foreign name of two words with its country or age: `엘린 린드크비스트(스웨덴)`, `스웨덴의
    엘린 린드크비스트와`, `일본의 모리타 아야카는` (which Kiwi may read as one proper noun), `라즈
    구룽(31)씨`. Returns the index of the name's first word."""
    w = words[i]
    if w.first_tag != "NNP" or not HANGUL.fullmatch(w.core.replace(" ", "")):
        return None
    if aged_pair(lex, text, words, i):
        return i - 1
    if " " in w.core:  # one proper noun of two words
        first = i
    elif i > 0 and adjacent(text, words[i - 1], w) and lex.foreign_part(words[i - 1], first=True):
        first = i - 1
    else:
        return None
    if not lex.foreign_name(w) and " " not in w.core:
        return None
    bracket = _COUNTRY.match(text, w.end) if w.bare else None
    if bracket is not None:
        return first if lex.res.place_alias.get(bracket.group(1)) is not None else None
    if first == 0 or not adjacent(text, words[first - 1], words[first]):
        return None
    owner = words[first - 1]
    country = text[owner.core_end : owner.end] == "의" and lex.res.place_alias.get(owner.core) is not None
    return first if country else None


def aged_pair(lex: Lexicon, text: str, words: list[Word], i: int) -> bool:
    """`게타뉴 베켈레(30·에티오피아)`, `네팔 출신 라즈 구룽(31)씨`: two proper nouns that no list
    knows, the second no Korean name, then an age in brackets. (A first part may look like a
    Korean name: 라 is a family name too.)"""
    if not 0 < i < len(words):
        return False
    w = words[i]
    if not w.bare or AGE.match(text, w.end) is None or " " in w.core:
        return False
    first = words[i - 1]
    return (
        first.bare
        and adjacent(text, first, w)
        and all(
            part.first_tag == "NNP"
            and part.ncore == 1
            and HANGUL.fullmatch(part.core) is not None
            and (lex.classify(part) is None or _place_by_ending_only(lex, part))
            and not lex.title(part)
            for part in (first, w)
        )
        and not lex.korean_name(w)
    )


def _place_by_ending_only(lex: Lexicon, w: Word) -> bool:
    """Read as a place for its last syllable alone (다카하시 ends as 시 does), by no list."""
    found = lex.classify(w)
    return found is not None and found[0] == LOCATION and w.core not in lex.res.place_alias
