"""What one word is: an organisation, a place, a person's name, a job title.

The bundled lists and the user dictionary say it when they know the word; otherwise the shape of the
word does (`…진흥원` is an organisation, `…구` a district, a family name and two syllables a name).
Each word is classified once and the answer kept on it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from parsers.analysis.kiwi import UserEntry
from parsers.analysis.resources import Resources
from parsers.analysis.words import CORE_TAGS, HANGUL, UNSET, Word, adjacent
from parsers.record.analysis import LOCATION, ORG, PERSON, Mention

_PLACE_SUFFIX = ("특별시", "광역시", "특별자치시", "특별자치도", "시", "도", "군", "구", "읍", "면", "동")
# A name rarely ends so: 한국당 (a party), 인하대 (a university), 동작갑 (a constituency), 도의회 (a
# council), and 태양과 or 민효린와 (a name Kiwi read with its conjunction).
_NOT_NAME_ENDINGS = ("당", "대", "갑", "과", "와", "의회")
# the other constituencies of a district: 마포을, 수원병 (마포/NNP 을/NNG; 김가을 is a name)
_CONSTITUENCY = ("을", "병")


def _constituency(w: Word) -> bool:
    """`마포을`: a place Kiwi reads as a proper noun, then 을 or 병 as a noun of its own."""
    first = w.first_form
    one_more = w.ncore == 2 and 2 <= len(first) == len(w.core) - 1
    return one_more and w.first_tag == "NNP" and w.core.endswith(_CONSTITUENCY) and w.tags[-1] == "NNG"


# A bare name rarely ends so: 백두산, 한강, 독도, 서울역, 강진만 are places, 한국당 a party, 임피제 a
# scheme.
# Syllables that write foreign sounds (a consonant with no vowel of its own) and that Korean given
# names do not use.
_LOANWORD_SYLLABLES = frozenset("드트크스즈프브츠쯔흐")
_COMMON_HEADS = ("업체", "회사", "기업", "단체", "기관", "업계", "당국")  # never the end of a foreign name
_PLACE_ENDINGS = tuple("산강섬항역궁당대천시군구읍면동도사만제")
_GOVERNMENT_SUFFIXES = ("시", "도", "군", "구")
_SWALLOWED = frozenset("도은는이가")  # particles Kiwi may read into the name before them
_HOME_COUNTRY = "한국"  # its bodies go by their own names: 한국 외교부 is 외교부


@dataclass
class Found:
    """One mention found, before the mentions are merged into entities."""

    kind: str
    canonical: str
    mention: Mention
    title: str | None = None
    affiliation: str | None = None
    aliases: list[str] = field(default_factory=list)


class Lexicon:
    """Classifies words with the bundled lists and a user dictionary."""

    def __init__(self, res: Resources, user: list[UserEntry]) -> None:
        self.res = res
        self._suffix_sizes = sorted({len(x) for x in res.org_suffixes}, reverse=True)
        self._by_suffix: dict[str, bool] = {}
        self._province_heads = {short: full for short, full, least in res.org_short_forms if least == 0}
        self.user: dict[str, tuple[str, str]] = {}
        for entry in user:
            for name in (entry.name, *entry.aliases):
                self.user[name] = (entry.kind, entry.name)

    def user_person(self, core: str) -> bool:
        """Whether the user dictionary names a person so."""
        return self.user.get(core, ("", ""))[0] == PERSON

    def drop_swallowed_particle(self, w: Word) -> None:
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
            and HANGUL.fullmatch(core)
            and core not in self.res.org_alias
        ):
            w.core, w.core_end = core[:-1], w.core_end - 1
            w.first_tag = "NNP"
        elif (  # 경남도도/NNP: a listed body or province, then its particle
            w.ncore == 1
            and len(core) >= 3
            and core[-1] in _SWALLOWED
            and w.first_tag == "NNP"
            and core not in self.res.org_alias
            and core not in self.res.place_alias
            and (core[:-1] in self.res.org_alias or core[:-1] in self._province_heads)
        ):
            w.core, w.core_end = core[:-1], w.core_end - 1

    def classify(self, w: Word, declared: bool = False) -> tuple[str, str, int] | None:
        """(kind, canonical name, end) of a word that names an organisation or a place.
        `declared`: the text gives the word a short name in brackets, `(이하 …)`."""
        if declared:
            return self._classify_word(w, True)
        if w.cls is UNSET:
            w.cls = self._classify_word(w, False)
        return w.cls  # type: ignore[return-value]

    def _classify_word(self, w: Word, declared: bool) -> tuple[str, str, int] | None:
        core = w.core
        if w.first_tag in ("MAG", "MM") and w.ncore > 1 and self.org_by_suffix(core):
            # 한결/MAG 투자/NNG 증권/NNG, 새/MM 정치/NNG 민주당/NNP: a name Kiwi opens with an
            # adverb or a determiner
            return ORG, self.full_name(core), w.core_end
        if not core or w.first_tag not in ("NNG", "NNP", "SL", "SH", "XPN"):
            return None
        if w.first_tag == "XPN" and core not in self.user and core not in self.res.org_alias:
            return None  # 대/XPN 법원/NNG: Kiwi splits a listed name after a prefix-like syllable
        if core in self.user:
            kind, canonical = self.user[core]
            return (kind, canonical, w.core_end) if kind != PERSON else None
        if core in self.res.org_alias:
            return ORG, self.res.org_alias[core], w.core_end
        if core in self.res.place_alias:
            return LOCATION, self.res.place_alias[core], w.core_end
        if (
            self.org_by_suffix(core)
            or (
                declared
                and len(core) >= 4
                and core.endswith(self.res.org_weak_suffixes)
                and not core.endswith(self.res.org_weak_exceptions)
            )
            or (w.ncore == 1 and w.first_tag == "NNP" and 3 <= len(core) <= 4 and core.endswith("대"))
            or (w.ncore == 1 and w.first_tag == "NNP" and 3 <= len(core) <= 7 and core.endswith("당"))
        ):  # the last two: a university's short name (인하대, 경희대), a party (새한국당, 민생당)
            kind = ORG
        elif self.place_by_suffix(core, w):
            kind = LOCATION
        else:
            return None
        if not all(tag in CORE_TAGS for tag in w.tags):
            return None
        return kind, self.full_name(core) if kind == ORG else core, w.core_end

    def foreign_country(self, w: Word) -> str | None:
        """The canonical name of a foreign country (or a place that is no local government) the
        bare word names, as a foreign state's body is named after it (`체코 외교부`)."""
        place = self.res.place_alias.get(w.core) if w.bare else None
        if place is None or place == _HOME_COUNTRY or place in self.res.local_governments:
            return None
        return place

    def government(self, core: str) -> str | None:
        """The official name of the local government a place written with its administrative
        suffix names (`괴산군`; `서울시` → 서울특별시; `충북도` → 충청북도); None for a bare place."""
        if len(core) < 2 or not core.endswith(_GOVERNMENT_SUFFIXES):
            return None
        if core in self._province_heads:
            return self._province_heads[core]
        place = self.res.place_alias.get(core)
        return core if place is None else self.res.local_governments.get(place)

    def state_body(self, country: str, body: str) -> str:
        """`폴란드 외무부`; the dictionary's canonical name when it has one (`미국 국무부` is 국무부)."""
        name = f"{country} {body}"
        return self.res.org_alias.get(name, name)

    def ministry(self, country_word: Word, title: str | None) -> str | None:
        """`폴란드 외무장관` → 폴란드 외무부: the body a foreign minister heads."""
        body = self.res.minister_bodies.get(title or "")
        country = self.foreign_country(country_word) if body else None
        return self.state_body(country, body) if country and body else None

    def full_name(self, name: str) -> str:
        """`인하대` → 인하대학교, `서울중앙지법` → 서울중앙지방법원, `전남도의회` → 전라남도의회
        (`org_short_forms.tsv`)."""
        suffix = max((len(x) for x in self.res.org_suffixes if name.endswith(x)), default=0)
        for short, full, least in self.res.org_short_forms:
            if least == 0:  # a head: 전남도의회 → 전라남도의회
                if name.startswith(short) and len(name) > len(short):
                    name = full + name[len(short) :]
            # not when a longer organisation suffix ends the name: 참여연대 is no 참여연 university
            elif name.endswith(short) and len(name) >= least and suffix <= len(short):
                return name[: -len(short)] + full
        return name

    def org_by_suffix(self, core: str) -> bool:
        """`…진흥원`, `…위원회`: a noun ending in an organisation suffix, not a generic one."""
        known = self._by_suffix.get(core)
        if known is None:
            if len(self._by_suffix) > 50_000:  # bounded: a long crawl meets ever new nouns
                self._by_suffix.clear()
            known = self._by_suffix[core] = self._org_by_suffix(core)
        return known

    def _org_by_suffix(self, core: str) -> bool:
        res = self.res
        if len(core) < 3 or core in res.org_generic or core in res.titles:
            return False
        for size in self._suffix_sizes:
            least = res.org_suffixes.get(core[-size:])
            if least is not None and len(core) >= least:
                return core[:-size] not in res.stopwords and not self._generic_kind(core, size)
        return False

    def _generic_kind(self, core: str, suffix_size: int) -> bool:
        """`대형병원`, `지역협회`, `전국노동조합`: a generic prefix and the suffix, nothing that names
        one (`전국전력노동조합` names one)."""
        for prefix in self.res.org_generic_prefixes:
            if core.startswith(prefix):
                middle = core[len(prefix) : len(core) - suffix_size]
                return len(middle) < 2 or middle in self.res.org_generic or middle in self.res.stopwords
        return False

    def place_by_suffix(self, core: str, w: Word) -> bool:
        """`성남시`, `용산구`: a proper noun ending in an administrative suffix."""
        if not 2 <= len(core) <= 7 or w.first_tag != "NNP" or not HANGUL.fullmatch(core):
            return False
        for suffix in _PLACE_SUFFIX:
            if core.endswith(suffix) and len(core) > len(suffix):
                head = core[: -len(suffix)]
                return head in self.res.place_alias or w.ncore == 1
        return False

    def proper_noun(self, w: Word) -> bool:
        """A bare proper noun (홈플러스, YG엔터테인먼트): between a name and a title, an organisation."""
        if w.core.endswith("갑"):  # 동작갑: a constituency
            return False
        # 부동산R114: a brand mixes Hangul with Latin letters, whatever tag Kiwi gives its first part
        brand = "SL" in w.tags and HANGUL.search(w.core) is not None
        if w.first_tag not in ("NNP", "SL") and not brand:
            return False
        return all(t in CORE_TAGS for t in w.tags) and not self.name_like(w)

    def foreign_part(self, w: Word, first: bool = False) -> bool:
        """A bare, single proper noun in Hangul that is no known organisation or place; the first
        part is a known foreign given name, or does not look like a Korean name."""
        core = w.core
        if not w.bare or (" " in core and not first):
            return False
        # a family name Kiwi splits into common nouns (로스웰: 로스/NNG 웰/NNG) shows its loanword syllables
        split = (
            not first
            and len(core) >= 3
            and all(tag in ("NNG", "NNP") for tag in w.tags)
            and any(ch in _LOANWORD_SYLLABLES for ch in core)
        )
        if not split and (w.ncore != 1 or w.first_tag != "NNP"):
            return False
        res = self.res
        if not HANGUL.fullmatch(core.replace(" ", "")) or (
            len(core) < 2 and not (first and core in res.foreign_given_names)
        ):
            return False
        if core in res.org_alias or core in res.place_alias or core in res.stopwords or core in self.user:
            return False
        if core.endswith(_COMMON_HEADS):
            return False  # 투자업체/NNP: Kiwi's proper noun is a common noun compound
        if not first or " " in core or core in res.foreign_given_names:
            return True
        return not self.name_like(w)

    def title_place(self, title: str | None) -> str | None:
        """`수원시장` → 수원시: a title glued to the place it governs."""
        if not title:
            return None
        # the longest title that ends it: 행정부지사 is 행정 + 부지사, no 행정부 + 지사
        ending = next(self._title_endings_of(title), None)
        suffix = self.res.title_places.get(ending) if ending else None
        if suffix is None or len(title) <= len(ending) + 1:
            return None
        place = title[: -len(ending)]
        # the local government (부산시), not the place's canonical name (부산); a province by its
        # full name (충남지사: 충청남도)
        place = place if place.endswith(suffix) else place + suffix
        return self._province_heads.get(place, place)

    def title_org(self, title: str | None, aliases: dict[str, str]) -> str | None:
        """`금감원장` → 금융감독원, `법사위원장` → 법제사법위원회 (an alias the text declared): a
        title glued to the body it heads."""
        if not title:
            return None
        for ending in (*self._title_endings_of(title), "장"):  # 금감원 + 장
            head = title[: -len(ending)]
            if not title.endswith(ending) or len(head) < 2:
                continue
            if ending == "장" and head.endswith("위원"):
                head += "회"  # 보건복지위원장 heads 보건복지위원회
            if head in aliases:
                return aliases[head]
            if head in self.res.org_alias:
                return self.res.org_alias[head]
            if self.org_by_suffix(head):
                return self.full_name(head)
        return None

    def _title_endings_of(self, title: str) -> Iterator[str]:
        """The titles of two or more syllables that end `title`, longest first (`행정부지사`:
        부지사, 지사)."""
        titles = self.res.titles
        for size in range(len(title), 1, -1):
            if title[-size:] in titles:
                yield title[-size:]

    def name_like(self, w: Word) -> bool:
        """Whether the word can be a Korean person's name: a family name and one to three syllables,
        no known organisation, place, title or common word. Asked by many rules: kept on the word."""
        if w.name is UNSET:
            w.name = self._name_like(w)
        return w.name  # type: ignore[return-value]

    def _name_like(self, w: Word) -> bool:
        core = w.core
        if core in self.user:
            return self.user[core][0] == PERSON
        if not 2 <= len(core) <= 4 or (
            core[0] not in self.res.surnames and core[:2] not in self.res.surnames
        ):
            return False
        if len(core) == 2 and core[1] == "모":
            return False  # 박모, 김모: a name withheld
        if w.tags[-1] == "XSN" and core.endswith("들"):
            return False  # 선사들 (선/NNP 사/NNG 들/XSN): a plural, no one's name
        if w.ncore > 1 and w.tags[-1] == "NNB" and core[-1] in "행발":
            return False  # 서안행 (서안/NNP 행/NNB), 부산발: bound for a place, or leaving it
        if not HANGUL.fullmatch(core) or (len(core) == 4 and core[:2] not in self.res.surnames):
            return False  # 진학나라: four syllables after a one-syllable family name read as no name
        if core in self.res.org_alias or core in self.res.place_alias or core in self.res.stopwords:
            return False
        if (
            core in self.res.titles
            or self.org_by_suffix(core)
            or (len(core) >= 3 and core.endswith(_NOT_NAME_ENDINGS))
            or _constituency(w)
        ):
            return False
        if any(ch in _LOANWORD_SYLLABLES for ch in core[1:]):
            return False  # 하다드, 헤이워드, 마커스: syllables of loanwords, not of Korean given names
        if w.ncore == 1:  # a name Kiwi did not know may come out as one common noun (정현우/NNG)
            return w.first_tag == "NNP" or (len(core) == 3 and w.unknown_noun)
        if len(core) == 3 and w.first_tag in ("VV", "VA") and "ETM" in w.tags:
            return True  # 박찬우 as 박차/VV ᆫ/ETM 우/NNG: no noun phrase is a verb's stem and one syllable
        # Kiwi splits an unknown name after its family name (김/NNP 창/NNG 규/NNG), tags a piece
        # as a proper noun (박영/NNP 희/NNG) or its last syllable as an adverb (정재/NNG 욱/MAG); a
        # compound of common words does none of these (연구/NNG 팀/NNG).
        return (
            len(w.first_form) == 1
            or w.first_form in self.res.surnames
            or "NNP" in w.tags
            or (len(core) == 3 and w.ncore == 2 and w.tags[-1] == "MAG")
        )

    def title_before(self, text: str, words: list[Word], i: int) -> bool:
        """words[i] follows a job title directly (`공격수 티아고`), not an honorific (`씨`)."""
        if i == 0:
            return False
        before = words[i - 1]
        return (
            before.bare
            and adjacent(text, before, words[i])
            and self.title(before)
            and before.core not in self.res.person_context["honorifics"]
        )

    def is_org(self, w: Word) -> bool:
        named = self.classify(w)
        return named is not None and named[0] == ORG

    def korean_name(self, w: Word) -> bool:
        """A family name and two syllables (or a two-syllable family name and two), as a name reads."""
        core = w.core
        size = 4 if core[:2] in self.res.surnames else 3
        return len(core) == size and not core.endswith(_PLACE_ENDINGS) and self.name_like(w)

    def foreign_name(self, w: Word) -> bool:
        """One proper noun of two to six syllables that no list knows and that is no Korean name."""
        core = w.core
        res = self.res
        return (
            w.ncore == 1
            and 2 <= len(core) <= 6
            and not self.name_like(w)
            and not core.endswith(_PLACE_ENDINGS)
            and core not in res.stopwords
            and core not in res.titles
            and not self.org_by_suffix(core)
        )

    def title(self, w: Word) -> bool:
        """A job title (`원장`), or a longer one ending in one (`미래사업본부장`, `제2차관`)."""
        core = w.core
        if core in self.res.titles:
            return True
        if len(core) > 12 or not core.endswith(self.res.title_endings):
            return False
        return core.startswith("제") or all(tag in CORE_TAGS for tag in w.tags)
