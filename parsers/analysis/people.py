"""People: a name before a job title, with the organisation they belong to.

Kiwi has no entity tagger and splits unknown names oddly (`김창규` comes out as 김/NNP 창/NNG
규/NNG), so people are found by the shape of Korean news writing rather than by tags: a name stands
before a job title, often with the organisation before it or between (`과기정통부 조경식
제2차관`, `이창용 한국은행 총재`); a foreign name is written given name first (`볼로디미르
젤렌스키 우크라이나 대통령`); later the family name and title (`조 차관`) name the same person.
"""

from __future__ import annotations

from parsers.analysis.lexicon import Found, Lexicon
from parsers.analysis.words import HANGUL, Word, adjacent, lookback
from parsers.record.analysis import LOCATION, ORG, PERSON, Mention

# A bare name rarely ends so: 백두산, 한강, 독도, 서울역, 강진만 are places, 한국당 a party, 임피제 a
# scheme.
_PLACE_ENDINGS = tuple("산강섬항역궁당대천시군구읍면동도사만제")
_SUBJECT = ("은", "는", "이", "가", "도")


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
            affiliation = self.lex.title_place(title)
            for j in candidates:
                if affiliation is not None:
                    break
                core = words[j].core
                named = self.lex.classify(words[j])
                if core in aliases:
                    affiliation = aliases[core]
                elif named is not None and named[0] in (ORG, LOCATION):
                    affiliation = named[1]
                elif (
                    (j > i or (j == i - 1 and title_at > i))
                    and words[j].start not in taken
                    and self.lex.proper_noun(words[j])
                ):  # 이창용 한국은행 총재, 새한국당 박무열 원내대표
                    affiliation = core
                    org = Mention(core, words[j].start, words[j].core_end, words[j].sent)
                    found.append(Found(ORG, core, org))
                    taken.add(words[j].start)
            end = words[last].core_end
            surface = text[w.start : end]
            name = self.lex.user[w.core][1] if w.core in self.lex.user else surface
            found.append(Found(PERSON, name, Mention(surface, w.start, end, w.sent), title, affiliation))
            taken.update(x.start for x in words[i : last + 1])

    def _foreign_at(self, text: str, words: list[Word], i: int) -> tuple[int, int, list[int]] | None:
        """A foreign name of two words before a title, the country or organisation maybe between:
        `볼로디미르 젤렌스키 우크라이나 대통령`, `조르자 멜로니 이탈리아 총리` (Kiwi may read the two
        words as one proper noun). Returns (index of the name's last word, title index, candidates)."""
        w = words[i]
        if not self.lex.foreign_part(w, first=True):
            return None
        last = i
        if " " not in w.core:
            nxt = words[i + 1] if i + 1 < len(words) else None
            if nxt is None or not self.lex.foreign_part(nxt) or not adjacent(text, w, nxt):
                return None
            if w.core not in self.res.foreign_given_names and self.lex.name_like(nxt):
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

    def untitled(self, text: str, all_words: list[list[Word]], found: list[Found], taken: set[int]) -> None:
        """People named without a title: a Korean name that Kiwi reads as a proper noun, used as a
        subject, object or owner (`김도영은`, `정승훈이`, `김도영의`); a one-word foreign name
        (`티아고`) after a job title (`공격수 티아고`) or the subject of a verb said of people
        (`티아고는 ... 말했다`, `마르코는 골을 넣었다`)."""
        particles = self.res.person_context["particles"]
        for words in all_words:
            for i, w in enumerate(words):
                if w.start in taken or w.first_tag != "NNP" or not HANGUL.fullmatch(w.core):
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
                found.append(Found(PERSON, w.core, Mention(w.core, w.start, w.core_end, w.sent), title))
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
