"""The bundled word lists of `parsers/data/`, read once per process.

The lists are data, not code: adding an organisation, a title or a counter is a one-line edit of a
file, and the analysis picks it up on the next process start.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class Counter:
    """A unit that may follow a number: its kind and how it is written canonically."""

    unit: str
    kind: str


@dataclass(frozen=True)
class Resources:
    """Every list the analysers read, as lookup tables."""

    org_alias: dict[str, str]  # any name of an organisation -> canonical name
    org_suffixes: dict[str, int]  # suffix -> least length of a name ending in it
    org_generic: frozenset[str]
    titles: frozenset[str]
    title_endings: tuple[str, ...]  # titles of two or more syllables, longest first
    surnames: frozenset[str]
    counters: dict[str, Counter]
    native_numbers: dict[str, int]
    day_counts: dict[str, int]  # 이틀 -> 2: words that are a number of days
    native_ranges: dict[str, tuple[int, int]]  # 두세 -> (2, 3)
    stopwords: frozenset[str]
    place_alias: dict[str, str]  # any name of a place -> canonical name
    year_words: dict[str, int]
    year_parts: dict[str, tuple[str, int, int]]
    quantity_words: dict[str, tuple[str, ...]]  # role -> words, longest first
    title_places: dict[str, str]  # title ending -> suffix of the place it governs
    ambiguous_places: frozenset[str]
    org_weak_suffixes: tuple[str, ...]
    org_weak_exceptions: tuple[str, ...]  # acts and events with such an ending (…조사, …대회)
    org_generic_prefixes: tuple[str, ...]
    title_modifiers: frozenset[str]
    org_classifiers: frozenset[str]
    foreign_given_names: frozenset[str]
    person_context: dict[str, tuple[str, ...]]  # role -> words (person_verbs, org_after, ...)
    org_shapes: dict[str, frozenset[str]]  # role -> words (military_units, company_words, ...)
    sports_clubs: dict[str, dict[str, str]]  # short name (울산, LG) -> sport -> club, first line first
    local_governments: dict[str, str]  # place -> the government's official name (서울: 서울특별시)
    parties: frozenset[str]  # canonical names of political parties (orgs.tsv's party sections)
    sports_titles: frozenset[str]  # titles of players and staff (선수, 세터): they play for a club
    org_branches: tuple[str, ...]  # endings of a branch named after its organisation (…지원)
    org_units: tuple[str, ...]  # endings of units inside an organisation (…교실, …팀)
    title_orgs: dict[str, tuple[str, ...]]  # title -> endings of the organisations it implies
    org_short_forms: tuple[tuple[str, str, int], ...]  # (short ending, full ending, least length)
    sport_kinds: dict[str, frozenset[str]]  # sport -> words that say an article is about it
    sports_words: frozenset[str]
    state_bodies: frozenset[str]  # bodies of a foreign state named after its country (외무부)
    minister_bodies: dict[str, str]  # title of a foreign minister -> the body he heads (외무장관 -> 외무부)


def _lines(name: str) -> list[str]:
    """Lines of a data file, without comments and blank lines."""
    text = resources.files("parsers").joinpath("data", name).read_text(encoding="utf-8")
    return [line.rstrip("\n") for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _alias_table(name: str) -> dict[str, str]:
    table: dict[str, str] = {}
    for line in _lines(name):
        canonical, _, others = line.partition("\t")
        canonical = canonical.strip()
        table[canonical] = canonical
        for alias in others.split(","):
            if alias.strip():
                table[alias.strip()] = canonical
    return table


def _local_governments() -> dict[str, str]:
    """Places of places.tsv written with an administrative suffix among their names (부산:
    부산시), each with the longest such name, the government's official one (부산광역시)."""
    names = {}
    for line in _lines("places.tsv"):
        canonical, _, others = line.partition("\t")
        governed = [a.strip() for a in others.split(",") if a.strip().endswith(("시", "도", "군", "구"))]
        if governed:
            names[canonical.strip()] = max(governed, key=len)
    return names


def _party_names() -> frozenset[str]:
    """The canonical names listed under a heading of orgs.tsv that names parties."""
    text = resources.files("parsers").joinpath("data", "orgs.tsv").read_text(encoding="utf-8")
    names, in_parties = set(), False
    for line in text.splitlines():
        if line.startswith("# "):
            in_parties = "part" in line.lower()  # "# Political parties", "# Former party names"
        elif line.strip() and in_parties:
            names.add(line.split("\t")[0].strip())
    return frozenset(names)


def _sports_clubs() -> dict[str, dict[str, str]]:
    clubs: dict[str, dict[str, str]] = {}
    for line in _lines("sports_clubs.tsv"):
        short, sport, club = line.split("\t")
        clubs.setdefault(short, {})[sport] = club
    return clubs


@lru_cache(maxsize=1)
def load() -> Resources:
    """All lists, parsed once."""
    suffixes = {}
    for line in _lines("org_suffixes.tsv"):
        suffix, least = line.split("\t")
        suffixes[suffix] = int(least)
    counters = {}
    for line in _lines("counters.tsv"):
        parts = line.split("\t")
        counters[parts[0]] = Counter(unit=parts[2] if len(parts) > 2 else parts[0], kind=parts[1])
    natives = {}
    native_ranges = {}
    for line in _lines("native_numbers.tsv"):
        word, value = line.split("\t")
        low, _, high = value.partition("-")
        if high:
            native_ranges[word] = (int(low), int(high))
        else:
            natives[word] = int(value)
    year_words: dict[str, int] = {}
    year_parts: dict[str, tuple[str, int, int]] = {}
    for line in _lines("date_words.tsv"):
        kind, word, *values = line.split("\t")
        if kind == "year":
            year_words[word] = int(values[0])
        else:
            year_parts[word] = (values[0], int(values[1]), int(values[2]))
    titles = frozenset(_lines("titles.txt"))
    sport_kinds = {
        sport: frozenset(words.split())
        for sport, _, words in (line.partition("\t") for line in _lines("sport_kinds.tsv"))
    }  # the words of every sport also say that an article is about sport (sports_words)
    return Resources(
        org_alias=_alias_table("orgs.tsv"),
        org_suffixes=suffixes,
        org_generic=frozenset(_lines("org_generic.txt")),
        titles=titles,
        title_endings=tuple(sorted((t for t in titles if len(t) >= 2), key=len, reverse=True)),
        surnames=frozenset(w for line in _lines("surnames.txt") for w in line.split()),
        counters=counters,
        native_numbers=natives,
        day_counts={w: int(n) for w, n in (line.split("\t") for line in _lines("day_counts.tsv"))},
        native_ranges=native_ranges,
        stopwords=frozenset(w for line in _lines("stopwords.txt") for w in line.split()),
        place_alias=_alias_table("places.tsv"),
        year_words=year_words,
        year_parts=year_parts,
        title_places=dict(line.split("\t") for line in _lines("title_places.tsv")),
        ambiguous_places=frozenset(_lines("places_ambiguous.txt")),
        org_weak_suffixes=tuple(w for line in _lines("org_weak_suffixes.txt") for w in line.split()),
        org_weak_exceptions=tuple(w for line in _lines("org_weak_exceptions.txt") for w in line.split()),
        org_generic_prefixes=tuple(w for line in _lines("org_generic_prefixes.txt") for w in line.split()),
        title_modifiers=frozenset(w for line in _lines("title_modifiers.txt") for w in line.split()),
        org_classifiers=frozenset(w for line in _lines("org_classifiers.txt") for w in line.split()),
        foreign_given_names=frozenset(w for line in _lines("foreign_given_names.txt") for w in line.split()),
        person_context={
            role: tuple(words.split())
            for role, _, words in (line.partition("\t") for line in _lines("person_context.tsv"))
        },
        org_shapes={
            role: frozenset(words.split())
            for role, _, words in (line.partition("\t") for line in _lines("org_shapes.tsv"))
        },
        sports_clubs=_sports_clubs(),
        parties=_party_names(),
        local_governments=_local_governments(),
        sports_titles=frozenset(w for line in _lines("sports_titles.txt") for w in line.split()),
        org_branches=tuple(w for line in _lines("org_branches.txt") for w in line.split()),
        org_units=tuple(w for line in _lines("org_units.txt") for w in line.split()),
        title_orgs={  # longest title first: 부장판사 before 판사
            title: tuple(endings.split())
            for title, _, endings in sorted(
                (line.partition("\t") for line in _lines("title_orgs.tsv")), key=lambda t: -len(t[0])
            )
        },
        org_short_forms=tuple(
            (short, full, int(least))
            for short, full, least in (line.split("\t") for line in _lines("org_short_forms.tsv"))
        ),
        sport_kinds=sport_kinds,
        sports_words=frozenset(w for line in _lines("sports_words.txt") for w in line.split()).union(
            *sport_kinds.values()
        ),
        state_bodies=frozenset(line.partition("\t")[0] for line in _lines("state_bodies.tsv")),
        minister_bodies={
            title: body
            for body, _, titles in (line.partition("\t") for line in _lines("state_bodies.tsv"))
            for title in titles.split()
        },
        quantity_words={
            role: tuple(sorted(words.split(), key=len, reverse=True))
            for role, _, words in (line.partition("\t") for line in _lines("quantity_words.tsv"))
        },
    )
