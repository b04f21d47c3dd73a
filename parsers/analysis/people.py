"""People: a name before a job title, with the organisation they belong to.

Kiwi has no entity tagger and splits unknown names oddly (`김창규` comes out as 김/NNP 창/NNG
규/NNG), so people are found by the shape of Korean news writing rather than by tags: a name stands
before a job title, often with the organisation before it or between (`과기정통부 조경식
제2차관`, `이창용 한국은행 총재`); a foreign name is written given name first (`볼로디미르
젤렌스키 우크라이나 대통령`); later the family name and title (`조 차관`) name the same person.
"""

from __future__ import annotations

import re

from parsers.analysis.affiliation import (
    across_role,
    by_title_kind,
    club_of,
    dateline_outlet,
    demonstrative_body,
    org_in,
    outer_body,
    owner_org,
    same_party,
    share_affiliation,
)
from parsers.analysis.foreign import AGE, aged_pair, foreign_name_at, national_name_start
from parsers.analysis.lexicon import Found, Lexicon
from parsers.analysis.words import (
    HANGUL,
    HONORIFIC,
    Word,
    adjacent,
    lookback,
    nickname_before,
    word_before_name,
)
from parsers.record.analysis import LOCATION, ORG, PERSON, Mention

_SUBJECT = ("은", "는", "이", "가", "도")
_QUOTED = re.compile(r"“[^“”\n]*”|\"[^\"\n]*\"")
_MEMBER_OF = "소속"
_BRACKETED_BODY = re.compile(r"\([가-힣A-Za-z0-9 ]{2,20}\)\s?")
_PLACE_NAME_ENDINGS = ("시", "도", "군", "구", "동", "읍", "면")
_BODIES = ("위원회", "의회")  # a council's committee is a body of its own, not a unit
_GOVERNMENTS = ("시", "도", "군", "구")  # a place that is also a government: 성남시 김철수 대변인


class PeopleFinder:
    """Finds people in the words of each sentence."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.res = lex.res

    def person_at(
        self, text: str, words: list[Word], i: int, aliases: dict[str, str], depth: int = 0
    ) -> tuple[int, list[int]] | None:
        """When words[i] names a person: the index of the title word, and of the words that may give
        the affiliation, nearest first. The shapes, in order of trust: `조경식 제2차관`, `김대중 전
        대통령`, `이창용 한국은행 총재`, `박준호 삼성전자 MX사업부 상품기획팀장`, `성남시(시장
        신상진)`, `공격수 이준혁`, `이성윤·박규환 최고위원`."""
        w = words[i]
        if not self.lex.name_like(w) and (len(w.core) != 3 or not self._framed_name(text, words, i)):
            return None
        if _declared_pair(words, i, aliases):
            return None  # 한림중 of `한림중 노조`, a short name the text declared
        n = len(words)
        if self.lex.user_person(w.core) and not (i + 1 < n and self.lex.title(words[i + 1])):
            return -1, lookback(text, words, i)
        if _in_brackets_after_title(text, words, i) and self.lex.title(words[i - 1]):
            return i - 1, lookback(text, words, i - 1)
        before = word_before_name(text, words, i)  # 미드라이너 '루멘' 최도윤: across a nickname
        title_before = before is not None and self.lex.title(words[before])
        if not w.bare:
            return (before, lookback(text, words, before)) if title_before else None
        age = AGE.match(text, w.end)  # 박순자(81)씨, 김철수(45·회사원) 씨
        if age is not None:
            after = next((k for k in range(i + 1, min(n, i + 8)) if words[k].start == age.end()), None)
            if after is not None and self.lex.title(words[after]):
                if title_before and words[after].core in self.res.person_context["honorifics"]:
                    return before, lookback(text, words, before)  # 코인브릿지 대표 최성민(47)씨
                return after, lookback(text, words, i)
        team = _BRACKETED_BODY.match(text, w.end) if age is None else None
        if team is not None:  # 김도현(한빛건설 육상단) 선수: the body in brackets, then the title
            after = next((k for k in range(i + 1, min(n, i + 6)) if words[k].start == team.end()), None)
            if after is not None and self.lex.title(words[after]):  # (of several words, a known body's)
                return after, [i + 1] if after == i + 2 or self.lex.is_org(words[i + 1]) else []
        j = i + 1
        if (
            j < n
            and words[j].bare
            and words[j].core in self.res.title_modifiers
            and adjacent(text, w, words[j])
        ):
            j += 1
        if j < n and self.lex.title(words[j]) and adjacent(text, words[j - 1], words[j]):
            return j, lookback(text, words, i)
        org = self._org_then_title(text, words, j, aliases)
        if org is not None and adjacent(text, w, words[j]):
            return org, [j, *lookback(text, words, i)]
        if title_before:
            return before, lookback(text, words, before)
        if depth < 3 and text[w.end : w.end + 1] == "·" and j < n and words[j].start == w.end + 1:
            return self.person_at(text, words, j, aliases, depth + 1)
        return None

    def _framed_name(self, text: str, words: list[Word], i: int) -> bool:
        """`송파경찰서 이재민 경위는`: between an organisation and a job title, a family name and
        two syllables are a name even when they also spell a common word (이재민, evacuees)."""
        w = words[i]
        return (
            0 < i < len(words) - 1
            and w.bare
            and w.ncore == 1
            and len(w.core) == 3
            and w.core[0] in self.res.surnames
            and HANGUL.fullmatch(w.core) is not None
            and words[i - 1].bare
            and adjacent(text, words[i - 1], w)
            and self.lex.is_org(words[i - 1])
            and adjacent(text, w, words[i + 1])
            and self.lex.title(words[i + 1])
        )

    def _org_then_title(self, text: str, words: list[Word], j: int, aliases: dict[str, str]) -> int | None:
        """Index of the title after an organisation at words[j] and at most three more bare words
        (`삼성전자 MX사업부 갤럭시 상품기획팀장`; its short name in brackets may stand between:
        `대영투자증권(대영증권) 리서치센터장`), if that is what follows."""
        n = len(words)
        if (
            j >= n
            or not words[j].bare
            or not (
                words[j].core in aliases
                or _declared_pair(words, j, aliases)  # 한림중 노조 (declared for 한림중공업지부)
                or self.lex.classify(words[j]) is not None
                or self.lex.proper_noun(words[j])
                or words[j].core in self.res.person_context["body_nouns"]  # 강현철 노조 위원장
            )
        ):
            return None
        k = j + 1
        while k < n and k <= j + 4:
            if (
                text[words[k - 1].end : words[k].start] == "("
                and text[words[k].end : words[k].end + 1] == ")"
            ):
                k += 1  # the organisation's short name in brackets
                continue
            if not adjacent(text, words[k - 1], words[k]) and text[words[k - 1].end : words[k].start] != ") ":
                return None
            if self.lex.title(words[k]):
                return k
            if not words[k].bare:
                return None
            k += 1
        return None

    def _governs(self, place: str) -> bool:
        return place.endswith(_GOVERNMENTS) or place in self.res.local_governments

    def find(
        self, text: str, words: list[Word], found: list[Found], taken: set[int], aliases: dict[str, str]
    ) -> None:
        """Every person named in one sentence's words, with title and affiliation."""
        surnames = self.res.surnames
        org_at = _org_words(words, found)
        # 하트 교수는 after 에밀리 하트 교수: the family name again, left to references()
        families = {f.canonical.rsplit(" ", 1)[1] for f in found if f.kind == PERSON and " " in f.canonical}
        for i, w in enumerate(words):
            core = w.core
            if (
                w.start in taken
                or core in families
                or not (w.first_tag == "NNP" or core[:1] in surnames or core in self.lex.user)
            ):
                continue
            foreign = foreign_name_at(self.lex, text, words, i)
            hit = self.person_at(text, words, i, aliases) if foreign is None else None
            last = i
            if foreign is None and hit is None and aged_pair(self.lex, text, words, i + 1):
                hit = self.person_at(text, words, i + 1, aliases)  # 라즈 구룽(31)씨
                last = i + 1
            if foreign is not None:
                last, *hit = foreign
            elif hit is None:
                continue
            title_at, candidates = hit
            title = words[title_at].core if title_at >= 0 else None
            if title_at > 0 and f"{words[title_at - 1].core} {title}" in self.res.titles:
                title = f"{words[title_at - 1].core} {title}"  # 아웃사이드 히터
                candidates = [j for j in candidates if j != title_at - 1]  # 아포짓 is no club
            if title in self.res.person_context["honorifics"]:
                title = None  # 이수빈 씨: a person, but 씨 is no job title
                candidates = [j for j in candidates if self.lex.is_org(words[j])]  # 청학동 주민 박순자씨
            affiliation = self.lex.title_place(title)
            if affiliation is not None and w.core.endswith(_PLACE_NAME_ENDINGS) and last == i:
                continue  # 서울 마포구 망원시장에서: a district before a market, no name before a mayor
            if affiliation is None and i > 0 and not candidates:
                candidates = across_role(text, words, i, self.lex)
            for j in candidates:
                if affiliation is not None:
                    break
                core = words[j].core
                named = self.lex.classify(words[j])
                if named is None and core.endswith(self.res.org_units) and j < i and len(candidates) > 1:
                    continue  # 성균관대 예방의학교실 한민재 교수: a unit; the body named before it
                if core in aliases:
                    affiliation = aliases[core]
                elif words[j].start in org_at:  # 입시업체 진학나라 소태오 평가연구소장
                    outer = outer_body(text, words, j, aliases, org_at, self.lex)
                    affiliation = outer or org_at[words[j].start]
                    if outer is not None and j == i - 1 and not core.endswith(_BODIES):
                        _drop_unit(found, words[j].start)  # 천문연 우주과학본부 윤다은: a unit of it
                elif named is not None and named[0] == LOCATION and not self._governs(named[1]):
                    # 에마뉘엘 마크롱 프랑스 대통령: a country is no affiliation (성남시 is), but the
                    # ministry a foreign minister heads is, when the text names it (폴란드 외무장관
                    # ... 폴란드 외무부는)
                    ministry = self.lex.ministry(words[j], title)
                    if any(f.kind == ORG and f.canonical == ministry for f in found):
                        affiliation = ministry
                elif named is not None and named[0] in (ORG, LOCATION):
                    # 김하린 충북도 행정부지사: the government by its official name, 충청북도
                    affiliation = (named[0] == LOCATION and self.lex.government(core)) or named[1]
                    if named[0] == ORG:
                        affiliation = outer_body(text, words, j, aliases, org_at, self.lex) or affiliation
                elif (
                    (
                        j > i
                        or (j == i - 1 and title_at > i)
                        or (j == i - 2 and title_at == i - 1)  # 해송건설 대표 강동훈씨
                        or words[j + 1].core == _MEMBER_OF
                    )
                    and words[j].start not in taken
                    and self.lex.proper_noun(words[j])
                ):  # 이창용 한국은행 총재, 새한국당 박무열 원내대표, 애틀랜틱카운슬 소속 제임스 웰링턴
                    affiliation = (
                        None
                        if core.endswith(_BODIES)
                        else outer_body(text, words, j, aliases, org_at, self.lex)
                    )
                    if affiliation is not None:
                        continue  # 금감원 불법금융대응단 윤서진 팀장: a unit of the body before it
                    affiliation = core
                    org = Mention(core, words[j].start, words[j].core_end, words[j].sent)
                    found.append(Found(ORG, core, org))
                    taken.add(words[j].start)
            affiliation = (
                affiliation
                or self.lex.title_org(title, aliases)  # 김태윤 금감원장
                or owner_org(text, words, i, aliases, org_at, self.lex)
                or same_party(text, w, found, self.lex)
                or by_title_kind(title, w, found, self.lex)
                or dateline_outlet(text, w, self.lex)
                or club_of(text, title, w, found, self.lex)
                or demonstrative_body(text, w, found)
            )
            end = words[last].core_end
            surface = text[w.start : end]
            name = self.lex.user[w.core][1] if w.core in self.lex.user else surface
            found.append(Found(PERSON, name, Mention(surface, w.start, end, w.sent), title, affiliation))
            taken.update(x.start for x in words[i : last + 1])
            nickname = nickname_before(text, words, i)
            if nickname is not None:  # '루멘' 최도윤, then 루멘은: the nickname names the person too
                found[-1].aliases.append(text[words[nickname].start : words[i - 1].core_end])
                taken.update(x.start for x in words[nickname:i])
            if " " in name:
                families.add(name.rsplit(" ", 1)[1])

    def untitled(self, text: str, all_words: list[list[Word]], found: list[Found], taken: set[int]) -> None:
        """People named without a title: a Korean name that Kiwi reads as a proper noun, used as a
        subject, object or owner (`김도영은`, `정승훈이`, `김도영의`); a one-word foreign name
        (`티아고`) after a job title (`공격수 티아고`) or the subject of a verb said of people
        (`티아고는 ... 말했다`, `마르코는 골을 넣었다`)."""
        particles = self.res.person_context["particles"]
        introducers = self.res.person_context["introducers"]
        stage_introducers = self.res.person_context["stage_introducers"]
        quoted = [m.span() for m in _QUOTED.finditer(text)]
        # 오코너는 after 다니엘 오코너: a family name the references will give to the person
        families = {f.canonical.rsplit(" ", 1)[1] for f in found if f.kind == PERSON and " " in f.canonical}
        for words in all_words:
            for i, w in enumerate(words):
                age = AGE.match(text, w.end) if w.bare and w.start not in taken else None
                if age is not None and self.lex.korean_name(w):  # 최다온(31·세진건설), 박하람(20)
                    mention = Mention(w.core, w.start, w.core_end, w.sent)
                    org = org_in(found, w.end, age.end())
                    if org is not None:
                        share_affiliation(text, found, w, org)
                    found.append(Found(PERSON, w.core, mention, None, org))
                    taken.add(w.start)
                    continue
                first = national_name_start(self.lex, text, words, i) if w.start not in taken else None
                if first is not None:  # 엘린 린드크비스트(스웨덴), 일본의 모리타 아야카
                    start = words[first].start
                    name = " ".join(word.core for word in words[first : i + 1])
                    found.append(
                        Found(PERSON, name, Mention(text[start : w.core_end], start, w.core_end, w.sent))
                    )
                    taken.update(word.start for word in words[first : i + 1])
                    families.add(name.rsplit(" ", 1)[1])
                    continue
                if (
                    w.start in taken
                    or w.first_tag != "NNP"
                    or not HANGUL.fullmatch(w.core)
                    or w.core in families
                ):
                    continue
                rest = text[w.core_end : w.end].removeprefix(HONORIFIC)  # 박순자씨는
                before = (
                    words[i - 1] if i > 0 and words[i - 1].bare and adjacent(text, words[i - 1], w) else None
                )
                title_before = self.lex.title_before(text, words, i)
                # 주민 김철수는, 리더 태온은, 멤버 리오는: a name right after the word that introduces it
                introduced = before is not None and (title_before or before.core in introducers)
                staged = before is not None and (title_before or before.core in stage_introducers)
                if (
                    not (rest in particles or (title_before and rest))
                    or self.lex.classify(w) is not None
                    or self.lex.title(w)
                ):
                    continue
                if self.lex.korean_name(w) or (introduced and len(w.core) == 2 and self.lex.name_like(w)):
                    if not introduced and rest not in _SUBJECT and _compounded(before):
                        continue  # 승강장 안전문과, 동부 원도심을: the last noun of a compound
                elif (
                    not self.lex.foreign_name(w)
                    or not (staged or self._person_verb(text, words, i, rest))
                    or _inside_quote(text, w.start, quoted)
                ):  # "다음 팬데믹은 ..."고 경고했다: a word of the quote is not its speaker
                    continue
                title = words[i - 1].core if title_before else None
                owner = owner_org(text, words, i, {}, _org_words(words, found), self.lex) or club_of(
                    text, title, w, found, self.lex
                )  # DB의 이선웅은; LG는 5회초 박도율의 홈런으로
                mention = Mention(w.core, w.start, w.core_end, w.sent)
                found.append(Found(PERSON, w.core, mention, title, owner))
                taken.add(w.start)

    def _person_verb(self, text: str, words: list[Word], i: int, rest: str) -> bool:
        """The word is a subject and the sentence goes on with a verb said of people."""
        if rest not in _SUBJECT:
            return False
        after = text[words[i].end : words[-1].end]
        return any(verb in after for verb in self.res.person_context["person_verbs"])


def _compounded(before: Word | None) -> bool:
    """The word right before is a bare common noun (no particle, no space of a clause between):
    a name so placed reads as the last noun of a compound."""
    return before is not None and before.ncore == 1 and before.first_tag == "NNG" and len(before.core) >= 2


def _inside_quote(text: str, pos: int, quoted: list[tuple[int, int]]) -> bool:
    return any(start < pos < end for start, end in quoted)


def _org_words(words: list[Word], found: list[Found]) -> dict[int, str]:
    """Start of every word inside an organisation found so far, and its name (`CJ ENM`: both
    words are the company)."""
    if not words:
        return {}
    sentence = words[0].sent
    spans = [
        (f.mention.start, f.mention.end, f.canonical)
        for f in found
        if f.kind == ORG and f.mention.sentence == sentence
    ]
    return {w.start: name for start, end, name in spans for w in words if start <= w.start < end}


def _drop_unit(found: list[Found], start: int) -> None:
    """A unit named between its organisation and a person is no organisation of its own."""
    found[:] = [f for f in found if not (f.kind == ORG and f.mention.start == start)]


def _declared_pair(words: list[Word], j: int, aliases: dict[str, str]) -> bool:
    """words[j] and the next word are a two-word short name the text declared (`(한림중 노조)`)."""
    return j + 1 < len(words) and f"{words[j].core} {words[j + 1].core}" in aliases


def _in_brackets_after_title(text: str, words: list[Word], i: int) -> bool:
    """`성남시(시장 신상진)`: the name closes a bracket that a title opens."""
    w = words[i]
    if i == 0 or text[w.end : w.end + 1] != ")":
        return False
    title = words[i - 1]
    return title.bare and text[title.start - 1 : title.start] == "(" and title.end + 1 == w.start
