"""Later mentions of the people found: the full name again, the family name of a foreign name
(`젤렌스키`), family name and title (`조 차관`), family name and 씨 (`최씨`)."""

from __future__ import annotations

from parsers.analysis.lexicon import Found, Lexicon
from parsers.analysis.resources import Resources
from parsers.analysis.words import HONORIFIC, Word
from parsers.record.analysis import LOCATION, ORG, PERSON, Mention


def add_references(
    lex: Lexicon, text: str, all_words: list[list[Word]], found: list[Found], taken: set[int]
) -> None:
    """Add the later mentions of the people in `found` to it, taking their words."""
    people = {f.canonical: f for f in found if f.kind == PERSON}
    if not people:
        return
    # 젤렌스키 for 볼로디미르 젤렌스키; a family name of one syllable (제임스 한) only with its title
    family = {
        name.rsplit(" ", 1)[1]: name for name in people if " " in name and len(name.rsplit(" ", 1)[1]) > 1
    }
    family.update({alias: f.canonical for f in people.values() for alias in f.aliases})  # '루멘' 최도윤
    for words in all_words:
        for i, w in enumerate(words):
            if w.start in taken:
                continue
            if w.core in people or w.core in family:
                name = people[w.core].canonical if w.core in people else family[w.core]
                found.append(Found(PERSON, name, Mention(w.core, w.start, w.core_end, w.sent)))
                taken.add(w.start)
            elif len(w.core) == 1 and text.startswith(HONORIFIC, w.core_end):  # 최씨 after 최성민(47)씨
                person = _by_surname(people.values(), w.core, "")
                if person is not None:
                    end = w.core_end + len(HONORIFIC)
                    found.append(Found(PERSON, person, Mention(text[w.start : end], w.start, end, w.sent)))
                    taken.add(w.start)
            elif len(w.core) == 1 and w.bare and i + 1 < len(words):
                k = i + 1
                if words[k].core in lex.res.title_modifiers and words[k].bare and k + 1 < len(words):
                    k += 1
                title = words[k]
                person = _by_surname(people.values(), w.core, title.core) if lex.title(title) else None
                if person is not None and title.start - w.end <= 4:
                    mention = Mention(text[w.start : title.core_end], w.start, title.core_end, w.sent)
                    found.append(Found(PERSON, person, mention))
                    taken.add(w.start)


def name_parts_as_people(res: Resources, found: list[Found]) -> list[Found]:
    """A word read as a place or an organisation that is one part of a foreign person's name, and
    in no list, is a mention of that person: `다카하시는` after `다카하시 렌(27)` (a family name
    written first; 다카하시 ends as a city does)."""
    parts = {
        part: f.canonical
        for f in found
        if f.kind == PERSON and " " in f.canonical
        for part in f.canonical.split(" ")
        if len(part) > 1
    }
    if not parts:
        return found
    return [
        Found(PERSON, parts[f.canonical], f.mention)
        if f.kind in (LOCATION, ORG)
        and f.canonical in parts
        and f.canonical not in res.org_alias
        and f.canonical not in res.place_alias
        else f
        for f in found
    ]


def _by_surname(people: object, surname: str, title: str) -> str | None:
    """The one person of that family name; when several share it, the one whose title matches."""
    same = {p.canonical: p for p in people if _has_family_name(p.canonical, surname)}  # type: ignore[attr-defined]
    if len(same) == 1:
        return next(iter(same))
    matches = [c for c, p in same.items() if p.title and (p.title.endswith(title) or title.endswith(p.title))]
    return matches[0] if len(matches) == 1 else None


def _has_family_name(name: str, surname: str) -> bool:
    """김 of 김철수, 남궁 of 남궁현; 한 of 제임스 한, a foreign given name first."""
    return name.rsplit(" ", 1)[1] == surname if " " in name else name.startswith(surname)
