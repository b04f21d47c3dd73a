"""Named entities: people with their titles and affiliations, organisations with their aliases,
places, and quoted names of programmes and events.

Organisations come from the bundled and user dictionaries, from names the text declares
(`과학기술정보통신부(이하 과기정통부)`, `중앙재난안전대책본부(중대본)`), from suffix rules over runs
of nouns (`…진흥원`, `…위원회`) and from the noun that introduces one (`배급사 …`); people are
`people.py`'s; every mention of one entity resolves to one canonical name.
"""

from __future__ import annotations

import re
from itertools import pairwise

from parsers.analysis.declared import ALIAS, abbreviated, acronym_after, declared_alias, declares_at
from parsers.analysis.kiwi import UserEntry
from parsers.analysis.lexicon import Found, Lexicon
from parsers.analysis.org_shapes import OrgShapes
from parsers.analysis.people import PeopleFinder
from parsers.analysis.references import add_references, name_parts_as_people
from parsers.analysis.resources import Resources
from parsers.analysis.sentences import Sent
from parsers.analysis.words import CORE_TAGS, HANGUL, Word, adjacent, split_words
from parsers.record.analysis import LOCATION, MISC, ORG, PERSON, Entity, Mention

_MISC_QUOTE = re.compile(
    r"‘([^‘’\n.?!\"“”]{2,40})’|['`]([^‘’'`\n.?!\"“”]*[가-힣][^‘’'`\n.?!\"“”]*[^‘’'`\n.?!\"“”\s])['`]"
)
_MAX_MISC_WORDS = 5
_SCORE_AFTER = re.compile(r"\s*\d+\s*[-:대]\s*\d+")  # 포항에 3-1로: the club beaten
_CLUB_PARTICLES = frozenset(
    {"", "은", "는", "이", "가", "도", "의", "을", "를", "과", "와", "과의", "와의", "만", "에게"}
)
_MIN_SPORTS_WORDS = 3
_LEGAL_PERSON = "법인"  # 법무법인, 회계법인, 사단법인: part of the name they introduce
# tags a word that names an organisation or a place may start with (MAG: 한결/MAG 투자/NNG 증권/NNG)
_NAMEABLE = frozenset({"NNG", "NNP", "SL", "SH", "XPN", "MAG"})
_SUBJECT_PARTICLES = frozenset({"은", "는", "이", "가", "도"})
_ACTION_TAGS = frozenset({"VV", "VX", "XSV"})
_CHANGE_VERBS = frozenset({"오르", "내리", "떨어지", "늘", "줄", "뛰", "치솟", "급등하", "하락하"})
_CHANGE_NOUNS = frozenset({"상승", "하락", "증가", "감소", "급등", "급락", "반등"})
_RANK = re.compile(r"\d{1,2}위")
_STATE_TAGS = frozenset({"VA", "XSA", "VCP", "VCN"})


class EntityFinder:
    """Finds entities in tokenised sentences with the bundled lists and a user dictionary."""

    def __init__(self, res: Resources, user: list[UserEntry]) -> None:
        self.res = res
        self.lex = Lexicon(res, user)
        self.people = PeopleFinder(self.lex)
        self.shapes = OrgShapes(self.lex)

    def find(self, text: str, sents: list[Sent]) -> list[Entity]:
        """Organisations and places first (so a person's organisation is known), then people, then
        quoted names; mentions merged into one entity per canonical name."""
        found: list[Found] = []
        aliases: dict[str, str] = {}
        all_words = [split_words(text, s) for s in sents]
        for words in all_words:
            for w in words:
                self.lex.drop_swallowed_particle(w)
        taken: set[int] = set()
        cores = {w.core for words in all_words for w in words}
        self._sport = (
            _sport_of(cores, self.res) if len(cores & self.res.sports_words) >= _MIN_SPORTS_WORDS else None
        )
        for words in all_words:
            self._named(text, words, found, aliases, taken)
        self._alias_mentions(all_words, aliases, found, taken)
        self._coordinated(text, all_words, found, taken)
        for words in all_words:
            self.people.find(text, words, found, taken, aliases)
        self.people.untitled(text, all_words, found, taken)
        self._org_by_context(text, all_words, found, taken)
        add_references(self.lex, text, all_words, found, taken)
        self._acting_governments(text, sents, all_words, found)
        people = {f.canonical for f in found if f.kind == PERSON}
        # a name that is also read as a district (최종구 is a person, not a 구) is the person's
        found = name_parts_as_people(
            self.res, [f for f in found if not (f.kind == LOCATION and f.canonical in people)]
        )
        self._misc(text, sents, found)
        return _merge(found, aliases)

    def _named(
        self, text: str, words: list[Word], found: list[Found], aliases: dict[str, str], taken: set[int]
    ) -> None:
        skip_to = -1
        for i, w in enumerate(words):
            if w.core in aliases and w.start not in taken:  # 한국프로야구선수협회(선수협): declared just now
                found.append(Found(ORG, aliases[w.core], Mention(w.core, w.start, w.core_end, w.sent)))
                taken.add(w.start)
                continue
            after_legal = i > 0 and words[i - 1].bare and words[i - 1].core.endswith(_LEGAL_PERSON)
            if i <= skip_to or (
                w.first_tag not in _NAMEABLE and not _led_by_determiner(w) and not after_legal
            ):
                continue  # a verb, an ending, a number: no name starts there (법무법인 해온 reads as 하/VV...)
            pair = self.shapes.two_words(text, words, i)
            club = self._club(text, words, i) if self._sport is not None and pair is None else None
            if club is not None:
                hit = w.cls = (ORG, club, w.core_end)  # so a person's affiliation reads the club
            elif pair is not None:
                hit: tuple[str, str, int] | None = (ORG, *pair)
                skip_to = i + 1
                taken.add(words[i + 1].start)  # 안양 정관장이: the second word is the club too
            else:
                declared = text[w.core_end : w.core_end + 1] == "(" and (
                    declares_at(text, w.end) or abbreviated(text, w) is not None or acronym_after(text, w)
                )
                hit = self.lex.classify(w, declared)
                introduced = self._introduced_org(text, words, i) if hit is None else None
                hit = hit or introduced
                # 법무법인 도담 정하윤 변호사: a name its kind introduces is no person's
                if hit is None or (
                    introduced is None and self.people.person_at(text, words, i, aliases) is not None
                ):
                    continue
            kind, canonical, end = hit
            if kind == LOCATION and w.core in self.res.ambiguous_places:
                nxt = self.lex.classify(words[i + 1]) if i + 1 < len(words) and w.bare else None
                if nxt is None or nxt[0] != LOCATION:
                    continue
            start = w.start
            if kind == ORG and w.bare and i + 1 < len(words) and self.shapes.branch(text, w, words[i + 1]):
                branch = words[i + 1]  # 광주지법 목포지원: the branch of the court
                canonical, end, skip_to = f"{canonical} {branch.core}", branch.core_end, i + 1
                taken.add(branch.start)
            if kind == ORG and i > 0 and self.shapes.post(text, words[i - 1], w, canonical):
                start = words[i - 1].start  # 주한 인도네시아대사관: the post is part of the name
                canonical = f"{words[i - 1].core} {canonical}"
                taken.add(start)
            mention = Mention(text[start:end], start, end, w.sent)
            found.append(Found(kind, canonical, mention))
            taken.add(w.start)
            if kind == ORG:
                alias = declared_alias(text, end, self.res.org_alias)
                body = words[i + 1].core if pair is not None else None
                if (
                    body in self.res.state_bodies
                    and len(body) >= 3
                    and body not in self.res.org_alias
                    and not alias
                ):
                    alias = body  # 일본 방위성, then 방위성은: the body alone (Korea has no 방위성; 외교부 stays Korea's)
                if alias:
                    aliases[alias] = canonical
                    found[-1].aliases.append(alias)

    def _club(self, text: str, words: list[Word], i: int) -> str | None:
        """In an article about sport, `울산은`, `포항에 3-1로`, `울산 구단`: the club the city or
        sponsor names (`sports_clubs.tsv`); `울산에서`, `전주로` stay places."""
        w = words[i]
        clubs = self.res.sports_clubs.get(w.core)
        if clubs is None:
            return None
        sibling = self._sport[1:] if self._sport.startswith("w") else "w" + self._sport
        # an article on both leagues of a sport (남자부 and 여자부) names clubs of each
        club = clubs.get(self._sport) or clubs.get(sibling) if self._sport else next(iter(clubs.values()))
        if club is None:
            return None
        rest = text[w.core_end : w.end]
        if rest in _CLUB_PARTICLES or (rest == "에" and _SCORE_AFTER.match(text, w.end)):
            if rest == "" and i + 1 < len(words):
                nxt = self.lex.classify(words[i + 1])
                if nxt is not None and nxt[0] == LOCATION:
                    return None
            return club
        return None

    def _coordinated(
        self, text: str, all_words: list[list[Word]], found: list[Found], taken: set[int]
    ) -> None:
        """`도요타와 히타치 등`: an unknown proper noun joined by 와/과 or a comma to an organisation
        is one too."""
        orgs = {f.mention.start for f in found if f.kind == ORG}
        for words in all_words:
            for a, b in pairwise(words):
                joined = text[a.core_end : a.end] in ("와", "과") or text[a.end : a.end + 1] in (",", "·")
                if not joined:
                    continue
                for known, other in ((a, b), (b, a)):
                    if known.start in orgs and other.start not in taken and self._unknown_proper_noun(other):
                        found.append(
                            Found(
                                ORG, other.core, Mention(other.core, other.start, other.core_end, other.sent)
                            )
                        )
                        taken.add(other.start)
                        orgs.add(other.start)

    def _org_by_context(
        self, text: str, all_words: list[list[Word]], found: list[Found], taken: set[int]
    ) -> None:
        """Companies no list knows, by what the text says of them: `쿠팡 측은`, `한빛 관계자는`, or
        the subject of a sentence about sales, shares or launches (`큐비랩은 ... 출시했다`). Every
        other mention of the name is the same organisation."""
        ctx = self.res.person_context
        people = {f.canonical for f in found if f.kind == PERSON}
        names: set[str] = set()
        for words in all_words:
            if not words:
                continue
            sentence = text[words[0].start : words[-1].end]
            business = any(b in sentence for b in ctx["business_words"])
            for i, w in enumerate(words):
                if w.start in taken or w.core in people or not self._unknown_proper_noun(w):
                    continue
                rest = text[w.core_end : w.end]
                nxt = words[i + 1] if i + 1 < len(words) else None
                by_noun = (
                    w.bare and nxt is not None and adjacent(text, w, nxt) and nxt.core in ctx["org_after"]
                )
                if by_noun or (business and rest in ("은", "는", "이", "가", "도")):
                    names.add(w.core)
        if not names:
            return
        for words in all_words:
            for w in words:
                if w.start not in taken and w.core in names and self._unknown_proper_noun(w):
                    found.append(Found(ORG, w.core, Mention(w.core, w.start, w.core_end, w.sent)))
                    taken.add(w.start)

    def _acting_governments(
        self, text: str, sents: list[Sent], all_words: list[list[Word]], found: list[Found]
    ) -> None:
        """`괴산군은 ... 발표했다`, `충북도는 ... 넓힐 계획이다`: a place written as a local
        government, the subject of a sentence that ends in an action or a plan, acts as one: an ORG
        by its official name. Where it stands as a place (`괴산군에서`, `영도구는 인구가 ... 가장
        많다`) it stays one."""
        places = {f.mention.start: k for k, f in enumerate(found) if f.kind == LOCATION}
        for sent, words in zip(sents, all_words, strict=True):
            if not any(w.start in places for w in words) or not self._acts(sent):
                continue
            for w in words:
                k = places.get(w.start)
                if k is None:
                    continue
                # 충청남도(충남도)는: the short name in brackets between the name and its particle
                bracket = ALIAS.match(text, w.core_end)
                if bracket is not None and bracket.start(1) not in places:
                    bracket = None  # 용산구(0.33%)가: a figure in brackets, not its short name
                particle = text[bracket.end() : bracket.end() + 1] if bracket else text[w.core_end : w.end]
                if particle not in _SUBJECT_PARTICLES:
                    continue
                government = self.lex.government(w.core)
                if government is None:
                    continue
                found[k] = Found(ORG, government, found[k].mention)
                if bracket is not None:
                    short = places[bracket.start(1)]
                    found[short] = Found(ORG, government, found[short].mention)

    def _acts(self, sent: Sent) -> bool:
        """The sentence's last predicate is a verb (착수했다, 나선다, 밝혔다) or a plan (넓힐
        계획이다), not an adjective or a copula (가장 많다, 곳이다)."""
        toks = sent.toks
        for k in range(len(toks) - 1, -1, -1):
            tag = toks[k].tag
            if tag in _ACTION_TAGS:
                # 서초구도 0.39% 올랐다: a figure that changed, not a government that acted
                changed = toks[k].form in _CHANGE_VERBS or (
                    tag == "XSV" and k > 0 and toks[k - 1].form in _CHANGE_NOUNS
                )
                return not changed
            if tag in _STATE_TAGS:
                return tag == "VCP" and k > 0 and toks[k - 1].form in self.res.person_context["plan_nouns"]
        return False

    def _unknown_proper_noun(self, w: Word) -> bool:
        return (
            w.first_tag in ("NNP", "SL")
            and w.ncore <= 2
            and all(t in ("NNP", "SL") for t in w.tags)  # 노바/NNP 큐브/NNP
            and len(w.core) >= 2
            and self.lex.classify(w) is None
            and not self.lex.korean_name(w)
            and w.core not in self.res.stopwords
            and not self.lex.title(w)  # 창원시장과: a mayor, with the title of the place
            and w.core not in self.res.org_generic  # 시공사 관계자: a builder, no name
        )

    def _introduced_org(self, text: str, words: list[Word], i: int) -> tuple[str, str, int] | None:
        """`배급사 씨네원엔터테인먼트`: a proper noun right after a noun that introduces an organisation."""
        w = words[i]
        if i == 0:
            return None
        before = words[i - 1]
        legal = before.core.endswith(_LEGAL_PERSON)  # 법무법인 율현, 사단법인 한빛: the registered name
        # a name Kiwi does not know may come out as one guessed common noun (빌리프랩/NNG), and a
        # firm's name as anything at all (법무법인 해온: 하/VV 어/EC 오/VX ᆫ/ETM)
        named_shape = w.first_tag in ("NNP", "SL") or (w.unknown_noun and len(w.core) >= 3)
        if legal and not named_shape:
            surface = text[w.start : w.end]
            if w.first_tag not in _NAMEABLE and 2 <= len(surface) <= 4 and HANGUL.fullmatch(surface):
                return ORG, f"{before.core} {surface}", w.end
        if not (named_shape or (legal and HANGUL.fullmatch(w.core))) or len(w.core) < 2:
            return None
        classified = (
            before.core in self.res.org_classifiers
            or (
                len(before.core) > 2
                and before.core[-2:] in self.res.org_classifiers
                and self.lex.classify(before) is None  # 하나은행 이코노미스트: a bank, then a title
            )
            or (i >= 2 and _RANK.fullmatch(before.core) is not None and words[i - 2].core == "업계")
        )
        # 여론조사업체 한빛리서치, 법무법인 새길, 업계 1위 태산생활건강: a company by what it is
        # `컨테이너선사인 해랑해운이`: the kind, then the name it is (인) as much as the kind before it
        appositive = text[before.core_end : before.end] == "인"
        if not classified or not (before.bare or appositive) or not adjacent(text, before, w):
            return None
        if self.lex.title(w) or (
            not legal and (self.lex.name_like(w) or not all(t in CORE_TAGS for t in w.tags))
        ):
            return None  # (a firm's name may read as a person's: 법무법인 도담)
        if legal:
            return ORG, f"{before.core} {w.core}", w.core_end
        return ORG, w.core, w.core_end

    def _alias_mentions(
        self, all_words: list[list[Word]], aliases: dict[str, str], found: list[Found], taken: set[int]
    ) -> None:
        if not aliases:
            return
        for words in all_words:
            for w in words:
                if w.start not in taken and w.core in aliases:
                    found.append(Found(ORG, aliases[w.core], Mention(w.core, w.start, w.core_end, w.sent)))
                    taken.add(w.start)

    def _misc(self, text: str, sents: list[Sent], found: list[Found]) -> None:
        named = {f.canonical for f in found} | {f.mention.text for f in found}
        for s in sents:
            for match in _MISC_QUOTE.finditer(text, s.start, s.end):
                group = 1 if match.group(1) is not None else 2
                inner = match.group(group)
                name = inner.strip()
                if not name or name in named or len(name.split()) > _MAX_MISC_WORDS:
                    continue
                start = match.start(group) + inner.index(name)
                found.append(Found(MISC, name, Mention(name, start, start + len(name), s.index)))


def _sport_of(cores: set[str], res: Resources) -> str:
    """The sport an article is about, by its words (`sport_kinds.tsv`): '' when none says; a
    women's league (`wbasketball`) when the article names one besides the sport's own words."""
    counts = {
        sport: len(cores & words) for sport, words in res.sport_kinds.items() if not sport.startswith("w")
    }
    sport = max(counts, key=counts.__getitem__, default="")
    if not counts.get(sport):
        return ""
    women = "w" + sport
    return women if cores & res.sport_kinds.get(women, frozenset()) else sport


def _led_by_determiner(w: Word) -> bool:
    """`새정치민주당` as 새/MM 정치/NNG 민주당/NNP: a long name may open with a determiner."""
    return w.first_tag == "MM" and w.ncore >= 2 and len(w.core) >= 4


def _merge(found: list[Found], aliases: dict[str, str]) -> list[Entity]:
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
        # a person's mentions (`강 감독`) are no aliases; a nickname the text gives is
        for alias in f.aliases if f.kind == PERSON else [*f.aliases, f.mention.text]:
            if alias != canonical and alias not in ent.aliases:
                ent.aliases.append(alias)
    return list(by_key.values())
