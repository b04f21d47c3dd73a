"""People: a name before a job title, with the organisation they belong to.

Kiwi has no entity tagger and splits unknown names oddly (`김창규` comes out as 김/NNP 창/NNG
규/NNG), so people are found by the shape of Korean news writing rather than by tags: a name stands
before a job title, often with the organisation before it or between (`과기정통부 조경식
제2차관`, `이창용 한국은행 총재`); a foreign name is written given name first (`볼로디미르
젤렌스키 우크라이나 대통령`); later the family name and title (`조 차관`) name the same person.
"""

from __future__ import annotations

import re

from parsers.analysis.affiliation import by_title_kind, owner_org
from parsers.analysis.lexicon import Found, Lexicon
from parsers.analysis.words import HANGUL, Word, adjacent, lookback
from parsers.record.analysis import LOCATION, ORG, PERSON, Mention

# A bare name rarely ends so: 백두산, 한강, 독도, 서울역, 강진만 are places, 한국당 a party, 임피제 a
# scheme.
_PLACE_ENDINGS = tuple("산강섬항역궁당대천시군구읍면동도사만제")
_SUBJECT = ("은", "는", "이", "가", "도")
_SAME_PARTY = "같은 당"
_AGE = re.compile(r"\(\d{1,3}(?:[·,]\s?[^()\n]{1,20})?\)\s?")
_MEMBER_OF = "소속"


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
        if not self.lex.name_like(w):
            return None
        n = len(words)
        if self.lex.user_person(w.core) and not (i + 1 < n and self.lex.title(words[i + 1])):
            return -1, lookback(text, words, i)
        if _in_brackets_after_title(text, words, i) and self.lex.title(words[i - 1]):
            return i - 1, lookback(text, words, i - 1)
        title_before = (
            i > 0 and words[i - 1].bare and adjacent(text, words[i - 1], w) and self.lex.title(words[i - 1])
        )
        if not w.bare:
            return (i - 1, lookback(text, words, i - 1)) if title_before else None
        age = _AGE.match(text, w.end)  # 박순자(81)씨, 김철수(45·회사원) 씨; not 김모(45)씨
        if age is not None and not (len(w.core) == 2 and w.core.endswith("모")):
            after = next((k for k in range(i + 1, min(n, i + 8)) if words[k].start == age.end()), None)
            if after is not None and self.lex.title(words[after]):
                return after, lookback(text, words, i)
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
            return i - 1, lookback(text, words, i - 1)
        if depth < 3 and text[w.end : w.end + 1] == "·" and j < n and words[j].start == w.end + 1:
            return self.person_at(text, words, j, aliases, depth + 1)
        return None

    def _org_then_title(self, text: str, words: list[Word], j: int, aliases: dict[str, str]) -> int | None:
        """Index of the title after an organisation at words[j] and at most three more bare words
        (`삼성전자 MX사업부 갤럭시 상품기획팀장`), if that is what follows."""
        n = len(words)
        if (
            j >= n
            or not words[j].bare
            or not (
                words[j].core in aliases
                or self.lex.classify(words[j]) is not None
                or self.lex.proper_noun(words[j])
            )
        ):
            return None
        k = j + 1
        while k < n and k <= j + 4:
            if not adjacent(text, words[k - 1], words[k]) and text[words[k - 1].end : words[k].start] != ") ":
                return None
            if self.lex.title(words[k]):
                return k
            if not words[k].bare:
                return None
            k += 1
        return None

    def find(
        self, text: str, words: list[Word], found: list[Found], taken: set[int], aliases: dict[str, str]
    ) -> None:
        """Every person named in one sentence's words, with title and affiliation."""
        surnames = self.res.surnames
        org_at = {f.mention.start: f.canonical for f in found if f.kind == ORG}
        for i, w in enumerate(words):
            core = w.core
            if w.start in taken or not (
                w.first_tag == "NNP" or core[:1] in surnames or core in self.lex.user
            ):
                continue
            foreign = self._foreign_at(text, words, i)
            hit = self.person_at(text, words, i, aliases) if foreign is None else None
            last = i
            if foreign is not None:
                last, *hit = foreign
            elif hit is None:
                continue
            title_at, candidates = hit
            title = words[title_at].core if title_at >= 0 else None
            if title in self.res.person_context["honorifics"]:
                title = None  # 이수빈 씨: a person, but 씨 is no job title
                candidates = [j for j in candidates if _is_org(self.lex, words[j])]  # 청학동 주민 박순자씨
            affiliation = self.lex.title_place(title)
            if affiliation is None and i > 0 and not candidates:
                candidates = self._across_role(text, words, i)
            for j in candidates:
                if affiliation is not None:
                    break
                core = words[j].core
                named = self.lex.classify(words[j])
                if core in aliases:
                    affiliation = aliases[core]
                elif words[j].start in org_at:  # 입시업체 진학나라 소태오 평가연구소장
                    affiliation = self._outer_body(text, words, j, aliases, org_at) or org_at[words[j].start]
                elif named is not None and named[0] in (ORG, LOCATION):
                    affiliation = named[1]
                    if named[0] == ORG:
                        affiliation = self._outer_body(text, words, j, aliases, org_at) or affiliation
                elif (
                    (j > i or (j == i - 1 and title_at > i) or words[j + 1].core == _MEMBER_OF)
                    and words[j].start not in taken
                    and self.lex.proper_noun(words[j])
                ):  # 이창용 한국은행 총재, 새한국당 박무열 원내대표, 애틀랜틱카운슬 소속 제임스 웰링턴
                    affiliation = core
                    org = Mention(core, words[j].start, words[j].core_end, words[j].sent)
                    found.append(Found(ORG, core, org))
                    taken.add(words[j].start)
            affiliation = (
                affiliation
                or owner_org(text, words, i, aliases, org_at, self.lex)
                or self._same_party(text, w, found)
                or by_title_kind(title, w, found, self.lex)
            )
            end = words[last].core_end
            surface = text[w.start : end]
            name = self.lex.user[w.core][1] if w.core in self.lex.user else surface
            found.append(Found(PERSON, name, Mention(surface, w.start, end, w.sent), title, affiliation))
            taken.update(x.start for x in words[i : last + 1])

    def _outer_body(
        self, text: str, words: list[Word], j: int, aliases: dict[str, str], org_at: dict[int, str]
    ) -> str | None:
        """`수원시의회 문화체육교육위원회 소속`, `참여연대 의정감시센터`: when the organisation
        named before a person is a unit of another named right before it, the person belongs to the
        outer one."""
        outer = None
        while j > 0 and words[j - 1].bare and adjacent(text, words[j - 1], words[j]):
            prev = words[j - 1]
            named = self.lex.classify(prev)
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

    def _across_role(self, text: str, words: list[Word], i: int) -> list[int]:
        """`새한국당 원내수석부대표인 서도윤 의원`: the role before the name is said with `인`
        (`…이자`); the organisation stands before the role."""
        role = words[i - 1]
        if not adjacent(text, role, words[i]) or text[role.core_end : role.end] not in ("인", "이자"):
            return []
        if not self.lex.title(role):
            return []
        return lookback(text, words, i - 1, 1)

    def _same_party(self, text: str, w: Word, found: list[Found]) -> str | None:
        """`같은 당 윤서아 최고위원`, `같은 당 원로인 배인철 전 의원`: the party last named before."""
        at = text.rfind(_SAME_PARTY, max(0, w.start - 12), w.start)
        if at < 0 or "\n" in text[at : w.start] or "." in text[at : w.start]:
            return None
        parties = [f for f in found if f.kind == ORG and f.canonical.endswith("당") and f.mention.start < at]
        return max(parties, key=lambda f: f.mention.start).canonical if parties else None

    def _foreign_at(self, text: str, words: list[Word], i: int) -> tuple[int, int, list[int]] | None:
        """A foreign name of two words before a title, the country or organisation maybe between:
        `볼로디미르 젤렌스키 우크라이나 대통령`, `조르자 멜로니 이탈리아 총리` (Kiwi may read the two
        words as one proper noun). Returns (index of the name's last word, title index, candidates)."""
        w = words[i]
        nxt = words[i + 1] if i + 1 < len(words) else None
        # 국무부 라일라 하산 대변인: after an organisation, two names in a row are one foreign name
        after_org = (
            i > 0
            and words[i - 1].bare
            and adjacent(text, words[i - 1], w)
            and _is_org(self.lex, words[i - 1])
        )
        # 마르타 코발치크 폴란드 총리: a family name that is no Korean name, then a country
        foreign_family = (
            nxt is not None
            and self.lex.foreign_part(nxt)
            and not self.lex.name_like(nxt)
            and len(nxt.core) >= 3
            # 이서윤 일렉트라랩 대표: a Korean name, then a company (no country before the title)
            and not (self.korean_name(w) and not self._country_then_title(words, i + 2))
        )
        # 외국인 선수 마커스 헤이워드: a title, then two names in a row
        title_before = (
            i > 0
            and words[i - 1].bare
            and adjacent(text, words[i - 1], w)
            and self.lex.title(words[i - 1])
            and words[i - 1].core not in self.res.person_context["honorifics"]
        )
        if (
            title_before
            and " " not in w.core
            and nxt is not None
            and adjacent(text, w, nxt)
            and self.lex.foreign_part(w)
            and nxt.ncore == 1
            and nxt.first_tag == "NNP"
            and len(nxt.core) >= 3
            and HANGUL.fullmatch(nxt.core)
            and self.lex.classify(nxt) is None
            and not self.lex.name_like(nxt)
        ):  # the family name may carry the particle (헤이워드도)
            return i + 1, i - 1, lookback(text, words, i - 1)
        if not self.lex.foreign_part(w, first=True) and not (
            (after_org or foreign_family) and self.lex.foreign_part(w) and " " not in w.core
        ):
            return None
        last = i
        if " " not in w.core:
            if nxt is None or not self.lex.foreign_part(nxt) or not adjacent(text, w, nxt):
                return None
            if (
                w.core not in self.res.foreign_given_names
                and self.lex.name_like(nxt)
                and not after_org
                and not self._country_then_title(words, i + 2)
            ):
                return None  # 딜레이레스트 곽석환 대표: a company, then a Korean name
            last = i + 1
        k = last + 1
        if k < len(words) and words[k].core in self.res.title_modifiers and words[k].bare:
            k += 1
        if k < len(words) and self.lex.title(words[k]) and adjacent(text, words[k - 1], words[k]):
            return last, k, lookback(text, words, i)
        if k + 1 < len(words) and words[k].bare and self.lex.title(words[k + 1]):
            named = self.lex.classify(words[k])
            if named is not None and named[0] in (ORG, LOCATION):
                return last, k + 1, [k, *lookback(text, words, i)]
        return None

    def _country_then_title(self, words: list[Word], k: int) -> bool:
        """`… 아일랜드 외무장관`: a country (a place) and a title follow."""
        if k + 1 >= len(words) or not words[k].bare or not self.lex.title(words[k + 1]):
            return False
        named = self.lex.classify(words[k])
        return named is not None and named[0] == LOCATION

    def untitled(self, text: str, all_words: list[list[Word]], found: list[Found], taken: set[int]) -> None:
        """People named without a title: a Korean name that Kiwi reads as a proper noun, used as a
        subject, object or owner (`김도영은`, `정승훈이`, `김도영의`); a one-word foreign name
        (`티아고`) after a job title (`공격수 티아고`) or the subject of a verb said of people
        (`티아고는 ... 말했다`, `마르코는 골을 넣었다`)."""
        particles = self.res.person_context["particles"]
        # 오코너는 after 다니엘 오코너: a family name the references will give to the person
        families = {f.canonical.rsplit(" ", 1)[1] for f in found if f.kind == PERSON and " " in f.canonical}
        for words in all_words:
            for i, w in enumerate(words):
                if (
                    w.start in taken
                    or w.first_tag != "NNP"
                    or not HANGUL.fullmatch(w.core)
                    or w.core in families
                ):
                    continue
                rest = text[w.core_end : w.end]
                title_before = (
                    i > 0
                    and words[i - 1].bare
                    and adjacent(text, words[i - 1], w)
                    and self.lex.title(words[i - 1])
                    and words[i - 1].core not in self.res.person_context["honorifics"]
                )
                if (
                    not (rest in particles or (title_before and rest))
                    or self.lex.classify(w) is not None
                    or self.lex.title(w)
                ):
                    continue
                if self.korean_name(w):
                    pass
                elif not (
                    self._foreign_name(w) and (title_before or self._person_verb(text, words, i, rest))
                ):
                    continue
                title = words[i - 1].core if title_before else None
                org_at = {f.mention.start: f.canonical for f in found if f.kind == ORG}
                owner = owner_org(text, words, i, {}, org_at, self.lex)  # DB의 이선웅은
                mention = Mention(w.core, w.start, w.core_end, w.sent)
                found.append(Found(PERSON, w.core, mention, title, owner))
                taken.add(w.start)

    def korean_name(self, w: Word) -> bool:
        """A family name and two syllables (or a two-syllable family name and two), as a name reads."""
        core = w.core
        size = 4 if core[:2] in self.res.surnames else 3
        return len(core) == size and not core.endswith(_PLACE_ENDINGS) and self.lex.name_like(w)

    def _foreign_name(self, w: Word) -> bool:
        """One proper noun of two to six syllables that no list knows and that is no Korean name."""
        core = w.core
        res = self.res
        return (
            w.ncore == 1
            and 2 <= len(core) <= 6
            and not self.lex.name_like(w)
            and not core.endswith(_PLACE_ENDINGS)
            and core not in res.stopwords
            and core not in res.titles
            and not self.lex.org_by_suffix(core)
        )

    def _person_verb(self, text: str, words: list[Word], i: int, rest: str) -> bool:
        """The word is a subject and the sentence goes on with a verb said of people."""
        if rest not in _SUBJECT:
            return False
        after = text[words[i].end : words[-1].end]
        return any(verb in after for verb in self.res.person_context["person_verbs"])

    def references(self, text: str, all_words: list[list[Word]], found: list[Found], taken: set[int]) -> None:
        """Later mentions: the full name again, or family name and title (`조 차관`)."""
        people = {f.canonical: f for f in found if f.kind == PERSON}
        if not people:
            return
        family = {name.rsplit(" ", 1)[1]: name for name in people if " " in name}
        for words in all_words:
            for i, w in enumerate(words):
                if w.start in taken:
                    continue
                if w.core in people or w.core in family:
                    name = people[w.core].canonical if w.core in people else family[w.core]
                    found.append(Found(PERSON, name, Mention(w.core, w.start, w.core_end, w.sent)))
                    taken.add(w.start)
                elif len(w.core) == 1 and w.bare and i + 1 < len(words):
                    k = i + 1
                    if words[k].core in self.res.title_modifiers and words[k].bare and k + 1 < len(words):
                        k += 1
                    title = words[k]
                    person = (
                        _by_surname(people.values(), w.core, title.core) if self.lex.title(title) else None
                    )
                    if person is not None and title.start - w.end <= 4:
                        mention = Mention(text[w.start : title.core_end], w.start, title.core_end, w.sent)
                        found.append(Found(PERSON, person, mention))
                        taken.add(w.start)


def _is_org(lex: Lexicon, w: Word) -> bool:
    named = lex.classify(w)
    return named is not None and named[0] == ORG


def _in_brackets_after_title(text: str, words: list[Word], i: int) -> bool:
    """`성남시(시장 신상진)`: the name closes a bracket that a title opens."""
    w = words[i]
    if i == 0 or text[w.end : w.end + 1] != ")":
        return False
    title = words[i - 1]
    return title.bare and text[title.start - 1 : title.start] == "(" and title.end + 1 == w.start


def _by_surname(people: object, surname: str, title: str) -> str | None:
    """The one person of that family name; when several share it, the one whose title matches."""
    same = {p.canonical: p for p in people if p.canonical.startswith(surname)}  # type: ignore[attr-defined]
    if len(same) == 1:
        return next(iter(same))
    matches = [c for c, p in same.items() if p.title and (p.title.endswith(title) or title.endswith(p.title))]
    return matches[0] if len(matches) == 1 else None
