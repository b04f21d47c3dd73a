"""Named entities: people with their titles and affiliations, organisations with their aliases,
places, and quoted names of programmes and events.

Kiwi has no entity tagger, and it splits unknown names oddly (`김창규` comes out as 김/NNP 창/NNG
규/NNG), so people are found by the shape of Korean news writing rather than by tags alone: a name
(a family name and one to three syllables) stands before a job title, often with the organisation
before it or between (`과기정통부 조경식 제2차관`, `이창용 한국은행 총재`). Organisations come from
the bundled and user dictionaries, from aliases the text declares (`과학기술정보통신부(이하
과기정통부)`) and from suffix rules over runs of nouns (`…진흥원`, `…위원회`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from parsers.analysis.kiwi import UserEntry
from parsers.analysis.resources import Resources
from parsers.analysis.sentences import Sent
from parsers.record.analysis import LOCATION, MISC, ORG, PERSON, Entity, Mention

_BREAK_TAGS = frozenset({"SF", "SP", "SS", "SSO", "SSC", "SE", "SO", "SW", "SB"})
_TRAIL_TAGS = ("J", "E", "VCP", "XSV", "XSA", "VX")
_CORE_TAGS = frozenset({"NNG", "NNP", "NNB", "SL", "SH", "SN", "XSN", "XPN", "NR"})
_HANGUL = re.compile(r"[가-힣]+")
_PLACE_SUFFIX = ("특별시", "광역시", "특별자치시", "특별자치도", "시", "도", "군", "구", "읍", "면", "동")
_MISC_QUOTE = re.compile(
    r"‘([^‘’\n.?!\"“”]{2,40})’|['`]([^‘’'`\n.?!\"“”]*[가-힣][^‘’'`\n.?!\"“”]*[^‘’'`\n.?!\"“”\s])['`]"
)
_ALIAS = re.compile(r"\(\s*(?:이하\s*)?['‘\"“]?([^()'’\"”,\s][^()'’\"”,]{0,20}?)['’\"”]?\s*\)")
_DECLARES = re.compile(r"\(\s*이하\s")
_LATIN_ACRONYM = re.compile(r"[A-Z][A-Za-z&.]{1,9}")
_MAX_MISC_WORDS = 5
_UNSET = object()
# A name rarely ends so: 한국당 (a party), 인하대 (a university), 동작갑 (a constituency), and 태양과
# or 민효린와 (a name Kiwi read with its conjunction).
_NOT_NAME_ENDINGS = ("당", "대", "갑", "과", "와")


class Word:
    """A word of a sentence (split at spaces and punctuation) and its core: the word without the
    particles and endings that trail it (`조경식은` → 조경식)."""

    __slots__ = (
        "_k",
        "_toks",
        "cls",
        "core",
        "core_end",
        "end",
        "first",
        "first_tag",
        "ncore",
        "sent",
        "start",
    )

    def __init__(self, sent: int, toks: list, first: int, last: int, text: str) -> None:
        self.sent = sent
        self.first = first
        self.start = toks[first].start
        self.end = toks[last].end
        k = last
        while k > first and toks[k].tag.startswith(_TRAIL_TAGS):
            k -= 1
        self._toks, self._k = toks, k
        self.core_end = toks[k].end
        self.ncore = k - first + 1
        self.first_tag = toks[first].tag
        self.core = text[self.start : self.core_end]
        self.cls: object = _UNSET  # the finder's classification, computed once

    @property
    def tags(self) -> tuple[str, ...]:
        """Tags of the core's tokens."""
        return tuple(t.tag for t in self._toks[self.first : self._k + 1])

    @property
    def first_form(self) -> str:
        """The core's first token as written."""
        t = self._toks[self.first]
        return self.core[: t.end - t.start]

    @property
    def bare(self) -> bool:
        """Whether the word is all core: no particle follows it."""
        return self.core_end == self.end


def split_words(text: str, sent: Sent) -> list[Word]:
    toks = sent.toks
    out = []
    first = None
    for i, t in enumerate(toks):
        if t.tag in _BREAK_TAGS or t.tag.startswith("W_"):
            if first is not None:
                out.append(Word(sent.index, toks, first, i - 1, text))
            first = None
            continue
        if first is not None and t.start > toks[i - 1].end:
            out.append(Word(sent.index, toks, first, i - 1, text))
            first = None
        if first is None:
            first = i
    if first is not None:
        out.append(Word(sent.index, toks, first, len(toks) - 1, text))
    return out


@dataclass
class _Found:
    kind: str
    canonical: str
    mention: Mention
    title: str | None = None
    affiliation: str | None = None
    aliases: list[str] = field(default_factory=list)


class EntityFinder:
    """Finds entities in tokenised sentences with the bundled lists and a user dictionary."""

    def __init__(self, res: Resources, user: list[UserEntry]) -> None:
        self.res = res
        self._suffix_sizes = sorted({len(x) for x in res.org_suffixes}, reverse=True)
        self._two_word_heads = frozenset(name.split(" ")[0] for name in res.org_alias if name.count(" ") == 1)
        self.user = {}
        for entry in user:
            for name in (entry.name, *entry.aliases):
                self.user[name] = (entry.kind, entry.name)

    def find(self, text: str, sents: list[Sent]) -> list[Entity]:
        found: list[_Found] = []
        aliases: dict[str, str] = {}
        all_words = [split_words(text, s) for s in sents]
        for words in all_words:
            for w in words:
                self._drop_swallowed_particle(w)
        taken: set[int] = set()
        for words in all_words:
            self._named(text, words, found, aliases, taken)
        self._alias_mentions(all_words, aliases, found, taken)
        for words in all_words:
            self._people(text, words, found, taken, aliases)
        self._person_references(text, all_words, found, taken)
        people = {f.canonical for f in found if f.kind == PERSON}
        found = [
            f for f in found if not (f.kind == LOCATION and f.canonical in people)
        ]  # 최종구 is no district
        self._misc(text, sents, found)
        return _merge(found, aliases)

    def _drop_swallowed_particle(self, w: Word) -> None:
        """Kiwi reads an unknown name with its subject particle as one noun (`이준혁이`/NNP): a
        family name, two syllables and 이 is a name with its particle."""
        core = w.core
        if (
            w.ncore == 1
            and len(core) == 4
            and core[-1] == "이"
            and w.first_tag in ("NNP", "NNG")
            and core[0] in self.res.surnames
            and core[:2] not in self.res.surnames
            and _HANGUL.fullmatch(core)
            and core not in self.res.org_alias
        ):
            w.core, w.core_end = core[:-1], w.core_end - 1
            w.first_tag = "NNP"

    # organisations and places -------------------------------------------------------------
    def _named(
        self, text: str, words: list[Word], found: list[_Found], aliases: dict[str, str], taken: set[int]
    ) -> None:
        skip_to = -1
        for i, w in enumerate(words):
            if i <= skip_to:
                continue
            pair = self._two_word_org(text, words, i)
            if pair is not None:
                hit: tuple[str, str, int] | None = (ORG, *pair)
                skip_to = i + 1
            else:
                declared = text[w.core_end : w.core_end + 1] == "(" and (
                    _DECLARES.match(text, w.end) is not None or _abbreviated(text, w) is not None
                )
                hit = self._classify(w, declared) or self._introduced_org(text, words, i)
                if hit is None or self._person_at(text, words, i, aliases) is not None:
                    continue
            kind, canonical, end = hit
            if kind == LOCATION and w.core in self.res.ambiguous_places:
                nxt = self._classify(words[i + 1]) if i + 1 < len(words) and w.bare else None
                if nxt is None or nxt[0] != LOCATION:
                    continue
            mention = Mention(text[w.start : end], w.start, end, w.sent)
            found.append(_Found(kind, canonical, mention))
            taken.add(w.start)
            if kind == ORG:
                alias = self._declared_alias(text, end)
                if alias:
                    aliases[alias] = canonical
                    found[-1].aliases.append(alias)

    def _introduced_org(self, text: str, words: list[Word], i: int) -> tuple[str, str, int] | None:
        """`배급사 씨네원엔터테인먼트`: a proper noun right after a noun that introduces an organisation."""
        w = words[i]
        if i == 0 or not (w.first_tag in ("NNP", "SL") and len(w.core) >= 2):
            return None
        before = words[i - 1]
        if before.core not in self.res.org_classifiers or not before.bare or not _adjacent(text, before, w):
            return None
        if self._name_like(w) or not all(t in _CORE_TAGS for t in w.tags):
            return None
        return ORG, w.core, w.core_end

    def _two_word_org(self, text: str, words: list[Word], i: int) -> tuple[str, int] | None:
        """A dictionary name of two words (`LG 트윈스`, `울산 HD`): canonical name and end."""
        if words[i].core not in self._two_word_heads or i + 1 >= len(words) or not words[i].bare:
            return None
        if words[i + 1].start - words[i].end != 1:
            return None
        name = f"{words[i].core} {words[i + 1].core}"
        canonical = self.res.org_alias.get(name)
        return (canonical, words[i + 1].core_end) if canonical else None

    def _classify(self, w: Word, declared: bool = False) -> tuple[str, str, int] | None:
        """(kind, canonical name, end) of a word that names an organisation or a place.
        `declared`: the text gives the word a short name in brackets, `(이하 …)`."""
        if declared:
            return self._classify_word(w, True)
        if w.cls is _UNSET:
            w.cls = self._classify_word(w, False)
        return w.cls  # type: ignore[return-value]

    def _classify_word(self, w: Word, declared: bool) -> tuple[str, str, int] | None:
        core = w.core
        if not core or w.first_tag not in ("NNG", "NNP", "SL", "SH"):
            return None
        if core in self.user:
            kind, canonical = self.user[core]
            return (kind, canonical, w.core_end) if kind != PERSON else None
        if core in self.res.org_alias:
            return ORG, self.res.org_alias[core], w.core_end
        if core in self.res.place_alias:
            return LOCATION, self.res.place_alias[core], w.core_end
        if (
            self._org_by_suffix(core)
            or (declared and len(core) >= 4 and core.endswith(self.res.org_weak_suffixes))
            or (w.ncore == 1 and w.first_tag == "NNP" and 3 <= len(core) <= 4 and core.endswith("대"))
        ):  # the last: a university's short name (인하대, 경희대)
            kind = ORG
        elif self._place_by_suffix(core, w):
            kind = LOCATION
        else:
            return None
        return (kind, core, w.core_end) if all(tag in _CORE_TAGS for tag in w.tags) else None

    def _org_by_suffix(self, core: str) -> bool:
        res = self.res
        if (
            len(core) < 3
            or core in res.org_generic
            or core in res.titles
            or core.startswith(res.org_generic_prefixes)
        ):
            return False
        for size in self._suffix_sizes:
            least = res.org_suffixes.get(core[-size:])
            if least is not None and len(core) >= least:
                return core[:-size] not in res.stopwords
        return False

    def _place_by_suffix(self, core: str, w: Word) -> bool:
        if not 2 <= len(core) <= 7 or w.first_tag != "NNP" or not _HANGUL.fullmatch(core):
            return False
        for suffix in _PLACE_SUFFIX:
            if core.endswith(suffix) and len(core) > len(suffix):
                head = core[: -len(suffix)]
                return head in self.res.place_alias or w.ncore == 1
        return False

    def _declared_alias(self, text: str, end: int) -> str | None:
        """`과학기술정보통신부(이하 과기정통부)` or `세계보건기구(WHO)`: the alias in brackets."""
        match = _ALIAS.match(text, end)
        if match is None:
            return None
        alias = match.group(1).strip()
        declared = text[end : match.start(1)].find("이하") >= 0 or _is_abbreviation(alias, text[:end])
        if declared or _LATIN_ACRONYM.fullmatch(alias) or self.res.org_alias.get(alias):
            return alias
        return None

    def _alias_mentions(
        self, all_words: list[list[Word]], aliases: dict[str, str], found: list[_Found], taken: set[int]
    ) -> None:
        if not aliases:
            return
        for words in all_words:
            for w in words:
                if w.start not in taken and w.core in aliases:
                    found.append(_Found(ORG, aliases[w.core], Mention(w.core, w.start, w.core_end, w.sent)))
                    taken.add(w.start)

    # people --------------------------------------------------------------------------------
    def _person_at(
        self, text: str, words: list[Word], i: int, aliases: dict[str, str], depth: int = 0
    ) -> tuple[int, list[int]] | None:
        """When words[i] names a person: the index of the title word, and of the words that may give
        the affiliation, nearest first. The shapes, in order of trust: `조경식 제2차관`, `김대중 전
        대통령`, `이창용 한국은행 총재`, `박준호 삼성전자 MX사업부 상품기획팀장`, `성남시(시장
        신상진)`, `공격수 이준혁`, `이성윤·박규환 최고위원`."""
        w = words[i]
        if not self._name_like(w):
            return None
        n = len(words)
        if self.user.get(w.core, ("", ""))[0] == PERSON and not (i + 1 < n and self._title(words[i + 1])):
            return -1, _lookback(text, words, i)
        if _in_brackets_after_title(text, words, i) and self._title(words[i - 1]):
            return i - 1, _lookback(text, words, i - 1)
        title_before = (
            i > 0 and words[i - 1].bare and _adjacent(text, words[i - 1], w) and self._title(words[i - 1])
        )
        if not w.bare:
            return (i - 1, _lookback(text, words, i - 1)) if title_before else None
        j = i + 1
        if (
            j < n
            and words[j].bare
            and words[j].core in self.res.title_modifiers
            and _adjacent(text, w, words[j])
        ):
            j += 1
        if j < n and self._title(words[j]) and _adjacent(text, words[j - 1], words[j]):
            return j, _lookback(text, words, i)
        org = self._org_then_title(text, words, j, aliases)
        if org is not None and _adjacent(text, w, words[j]):
            return org, [j, *_lookback(text, words, i)]
        if title_before:
            return i - 1, _lookback(text, words, i - 1)
        if depth < 3 and text[w.end : w.end + 1] == "·" and j < n and words[j].start == w.end + 1:
            return self._person_at(text, words, j, aliases, depth + 1)
        return None

    def _proper_noun(self, w: Word) -> bool:
        """A bare proper noun (홈플러스, YG엔터테인먼트): between a name and a title, an organisation."""
        if w.first_tag not in ("NNP", "SL") or w.core.endswith("갑"):  # 동작갑: a constituency
            return False
        return all(t in _CORE_TAGS for t in w.tags) and not self._name_like(w)

    def _org_then_title(self, text: str, words: list[Word], j: int, aliases: dict[str, str]) -> int | None:
        """Index of the title after an organisation at words[j] and at most three more bare words
        (`삼성전자 MX사업부 갤럭시 상품기획팀장`), if that is what follows."""
        n = len(words)
        if (
            j >= n
            or not words[j].bare
            or not (
                words[j].core in aliases
                or self._classify(words[j]) is not None
                or self._proper_noun(words[j])
            )
        ):
            return None
        k = j + 1
        while k < n and k <= j + 4:
            if (
                not _adjacent(text, words[k - 1], words[k])
                and text[words[k - 1].end : words[k].start] != ") "
            ):
                return None
            if self._title(words[k]):
                return k
            if not words[k].bare:
                return None
            k += 1
        return None

    def _people(
        self, text: str, words: list[Word], found: list[_Found], taken: set[int], aliases: dict[str, str]
    ) -> None:
        surnames = self.res.surnames
        for i, w in enumerate(words):
            core = w.core
            if w.start in taken or not (w.first_tag == "NNP" or core[:1] in surnames or core in self.user):
                continue
            foreign = self._foreign_at(text, words, i)
            hit = self._person_at(text, words, i, aliases) if foreign is None else None
            last = i
            if foreign is not None:
                last, *hit = foreign
            elif hit is None:
                continue
            title_at, candidates = hit
            title = words[title_at].core if title_at >= 0 else None
            affiliation = self._title_place(title)
            for j in candidates:
                if affiliation is not None:
                    break
                core = words[j].core
                named = self._classify(words[j])
                if core in aliases:
                    affiliation = aliases[core]
                elif named is not None and named[0] in (ORG, LOCATION):
                    affiliation = named[1]
                elif j > i and words[j].start not in taken and self._proper_noun(words[j]):
                    affiliation = core
                    org = Mention(core, words[j].start, words[j].core_end, words[j].sent)
                    found.append(_Found(ORG, core, org))
                    taken.add(words[j].start)
            end = words[last].core_end
            surface = text[w.start : end]
            name = self.user[w.core][1] if w.core in self.user else surface
            found.append(_Found(PERSON, name, Mention(surface, w.start, end, w.sent), title, affiliation))
            taken.update(x.start for x in words[i : last + 1])

    def _foreign_at(self, text: str, words: list[Word], i: int) -> tuple[int, int, list[int]] | None:
        """A foreign name of two words before a title, the country or organisation maybe between:
        `볼로디미르 젤렌스키 우크라이나 대통령`, `조르자 멜로니 이탈리아 총리` (Kiwi may read the two
        words as one proper noun). Returns (index of the name's last word, title index, candidates)."""
        w = words[i]
        if not self._foreign_part(w, first=True):
            return None
        last = i
        if " " not in w.core:
            nxt = words[i + 1] if i + 1 < len(words) else None
            if nxt is None or not self._foreign_part(nxt) or not _adjacent(text, w, nxt):
                return None
            if w.core not in self.res.foreign_given_names and self._name_like(nxt):
                return None  # 딜레이레스트 곽석환 대표: a company, then a Korean name
            last = i + 1
        k = last + 1
        if k < len(words) and words[k].core in self.res.title_modifiers and words[k].bare:
            k += 1
        if k < len(words) and self._title(words[k]) and _adjacent(text, words[k - 1], words[k]):
            return last, k, _lookback(text, words, i)
        if k + 1 < len(words) and words[k].bare and self._title(words[k + 1]):
            named = self._classify(words[k])
            if named is not None and named[0] in (ORG, LOCATION):
                return last, k + 1, [k, *_lookback(text, words, i)]
        return None

    def _foreign_part(self, w: Word, first: bool = False) -> bool:
        """A bare, single proper noun in Hangul that is no known organisation or place; the first
        part is a known foreign given name, or does not look like a Korean name."""
        core = w.core
        if not w.bare or w.ncore != 1 or w.first_tag != "NNP" or (" " in core and not first):
            return False
        res = self.res
        if not _HANGUL.fullmatch(core.replace(" ", "")) or (
            len(core) < 2 and not (first and core in res.foreign_given_names)
        ):
            return False
        if core in res.org_alias or core in res.place_alias or core in res.stopwords or core in self.user:
            return False
        if not first or " " in core or core in res.foreign_given_names:
            return True
        return not self._name_like(w)

    def _title_place(self, title: str | None) -> str | None:
        """`수원시장` → 수원시: a title glued to the place it governs."""
        if not title:
            return None
        for ending, suffix in self.res.title_places.items():
            if title.endswith(ending) and len(title) > len(ending) + 1:
                place = title[: -len(ending)]
                place = place if place.endswith(suffix) else place + suffix
                return self.res.place_alias.get(place, place)
        return None

    def _name_like(self, w: Word) -> bool:
        core = w.core
        if core in self.user:
            return self.user[core][0] == PERSON
        if not 2 <= len(core) <= 4 or (
            core[0] not in self.res.surnames and core[:2] not in self.res.surnames
        ):
            return False
        if not _HANGUL.fullmatch(core):
            return False
        if core in self.res.org_alias or core in self.res.place_alias or core in self.res.stopwords:
            return False
        if (
            core in self.res.titles
            or self._org_by_suffix(core)
            or (len(core) >= 3 and core.endswith(_NOT_NAME_ENDINGS))
        ):
            return False
        if w.ncore == 1:
            return w.first_tag == "NNP"
        # Kiwi splits an unknown name after its family name (김/NNP 창/NNG 규/NNG) or tags a piece
        # as a proper noun (박영/NNP 희/NNG); a compound of common words does neither (연구/NNG 팀/NNG).
        return len(w.first_form) == 1 or w.first_form in self.res.surnames or "NNP" in w.tags

    def _title(self, w: Word) -> bool:
        core = w.core
        if core in self.res.titles:
            return True
        if len(core) > 8 or not core.endswith(self.res.title_endings):
            return False
        return core.startswith("제") or all(tag in _CORE_TAGS for tag in w.tags)

    def _person_references(
        self, text: str, all_words: list[list[Word]], found: list[_Found], taken: set[int]
    ) -> None:
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
                    found.append(_Found(PERSON, name, Mention(w.core, w.start, w.core_end, w.sent)))
                    taken.add(w.start)
                elif len(w.core) == 1 and w.bare and i + 1 < len(words):
                    k = i + 1
                    if words[k].core in self.res.title_modifiers and words[k].bare and k + 1 < len(words):
                        k += 1
                    title = words[k]
                    person = _by_surname(people.values(), w.core, title.core) if self._title(title) else None
                    if person is not None and title.start - w.end <= 4:
                        mention = Mention(text[w.start : title.core_end], w.start, title.core_end, w.sent)
                        found.append(_Found(PERSON, person, mention))
                        taken.add(w.start)

    # quoted names --------------------------------------------------------------------------
    def _misc(self, text: str, sents: list[Sent], found: list[_Found]) -> None:
        named = {f.canonical for f in found} | {f.mention.text for f in found}
        for s in sents:
            for match in _MISC_QUOTE.finditer(text, s.start, s.end):
                group = 1 if match.group(1) is not None else 2
                inner = match.group(group)
                name = inner.strip()
                if not name or name in named or len(name.split()) > _MAX_MISC_WORDS:
                    continue
                start = match.start(group) + inner.index(name)
                found.append(_Found(MISC, name, Mention(name, start, start + len(name), s.index)))


_ABBREVIATION = re.compile(r"\(([가-힣]{2,5})\)")


def _abbreviated(text: str, w: Word) -> str | None:
    """`중앙재난안전대책본부(중대본)`: the bracketed short form made of the name's own syllables."""
    match = _ABBREVIATION.match(text, w.core_end)
    return match.group(1) if match and _is_abbreviation(match.group(1), w.core) else None


def _is_abbreviation(short: str, name: str) -> bool:
    """Whether `short` takes its syllables, in order, from the end of `name`'s text, starting with
    the first syllable of the name's last word, and is clearly shorter."""
    name = name[name.rfind(" ") + 1 :][-20:]
    if not short or not name or short[0] != name[0] or len(name) < len(short) + 2:
        return False
    pos = 0
    for ch in short:
        pos = name.find(ch, pos)
        if pos < 0:
            return False
        pos += 1
    return True


def _adjacent(text: str, a: Word, b: Word) -> bool:
    return b.start - a.end <= 1 and not text[a.end : b.start].strip()


def _lookback(text: str, words: list[Word], i: int, most: int = 3) -> list[int]:
    """Indices of the bare words just before words[i] (spaces or brackets between), nearest first."""
    out = []
    j = i - 1
    while j >= 0 and len(out) < most and words[j].bare:
        gap = text[words[j].end : words[j + 1].start]
        if len(gap) > 3 or gap.strip(" ()") or "\n" in gap:
            break
        out.append(j)
        j -= 1
    return out


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


def _merge(found: list[_Found], aliases: dict[str, str]) -> list[Entity]:
    """One Entity per (kind, canonical name), its mentions in body order."""
    by_key: dict[tuple[str, str], Entity] = {}
    for f in sorted(found, key=lambda f: f.mention.start):
        canonical = aliases.get(f.canonical, f.canonical) if f.kind == ORG else f.canonical
        key = (f.kind, canonical)
        ent = by_key.get(key)
        if ent is None:
            m = f.mention
            ent = by_key[key] = Entity(f.kind, canonical, m.text, m.start, m.end, m.sentence)
        ent.mentions.append(f.mention)
        ent.title = ent.title or f.title
        ent.affiliation = ent.affiliation or (
            aliases.get(f.affiliation, f.affiliation) if f.affiliation else None
        )
        for alias in [*f.aliases, f.mention.text]:
            if alias != canonical and alias not in ent.aliases and f.kind != PERSON:
                ent.aliases.append(alias)
    return list(by_key.values())
