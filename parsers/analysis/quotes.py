"""Direct quotes and who said them.

Korean news marks direct speech with double quotation marks and a quotative ending after them
(`"...."이라며`, `"...."고 밝혔다`). The speaker is the subject of the sentence: the last word before
the first quote that carries a subject or topic particle (은/는/이/가/도). When that subject is a
person (`조경식 제2차관은`) or an organisation, it is the speaker; when it is a pronoun (`그는`), or the
sentence has no subject (`이어 "...."고 덧붙였다`), the previous speaker goes on; when it is someone
the analysis cannot name (`한 관계자는`, `A씨는`), the speaker is left unknown rather than guessed.
"""

from __future__ import annotations

import re

from parsers.analysis.affiliation import body_for_noun
from parsers.analysis.sentences import Sent
from parsers.record.analysis import ORG, PERSON, Entity, Mention, Quote

_QUOTE = re.compile(r"“([^“”\n]{1,1500})”|\"([^\"\n]{1,1500})\"")
_QUOTATIVE = re.compile(
    r"\s*(?:(?:이?라고|고|이?라며|며|이?라면서|면서)[도는]?|이?라는\s*(?:말|입장|뜻|설명|취지))(?![가-힣])"
)
_SPEECH_END = re.compile(r"(?:[다요까죠네][.!?]?|[.!?])\s*$")
_SUBJECT_PARTICLES = frozenset({"은", "는", "이", "가", "도", "께서", "께서는"})
_SUBJECT_TAGS = frozenset({"JX", "JKS"})
_TOPICS = frozenset({"은", "는", "께서는"})
_NOUN_TAGS = frozenset(
    {"NNG", "NNP", "NNB", "NP", "SL", "SH", "SN", "XSN", "NR", "SSC"}
)  # SSC: 의원(국민의힘)은
_PRONOUNS = frozenset({"그", "그녀", "그들", "이들", "본인", "자신"})
_LOOKBACK = 3
_PRONOUN_LOOKBACK = 2  # sentences back to the person a pronoun (`그는`) names
_SPEECH_NOUNS = frozenset(
    {"분석", "설명", "전망", "지적", "주장", "말", "얘기", "평가", "진단", "조언", "견해", "입장", "해석"}
)
_TITLE_TAGS = frozenset({"NNG", "NNP", "NNB", "SL", "SN", "SH", "XSN", "XPN", "SP", "SSO", "SSC", "MM"})


def find_quotes(text: str, sents: list[Sent], entities: list[Entity]) -> list[Quote]:
    """Every direct quote of the body with its speaker when the text says who."""
    by_end: dict[int, tuple[Mention, Entity]] = {}
    for ent in entities:
        if ent.kind in (PERSON, ORG):
            for m in ent.mentions:
                if ent.kind == PERSON or m.end not in by_end:
                    by_end[m.end] = (m, ent)
    people = sorted((m for m, ent in by_end.values() if ent.kind == PERSON), key=lambda m: m.start)
    names = {id(m): ent.canonical for m, ent in by_end.values()}
    people_named = [(m, names[id(m)]) for m in people]
    out: list[Quote] = []
    last: tuple[int, str] | None = None
    for s in sents:
        spans = [m for m in _QUOTE.finditer(text, s.start, s.end) if _is_speech(text, m)]
        if not spans:
            continue
        speaker, goes_on = _speaker(text, s, spans, by_end)
        if speaker is None and goes_on and s.index + 1 < len(sents):
            speaker = _attributed_next(text, sents[s.index + 1], by_end)
        if speaker is _PRONOUN:  # 그는: the person last named, or else the last speaker
            speaker = _last_person(people_named, s)
        if speaker is None and goes_on and last is not None and s.index - last[0] <= _LOOKBACK:
            speaker = last[1]
        for m in spans:
            group = 1 if m.group(1) is not None else 2
            out.append(Quote(m.group(group), m.start(group), m.end(group), s.index, speaker))
        if speaker is not None:
            last = (s.index, speaker)
        elif not goes_on:
            last = None
    return out


_PRONOUN = "\0pronoun"  # _speaker's answer for `그는`: resolved by find_quotes


def _attributed_next(text: str, s: Sent, by_end: dict[int, tuple[Mention, Entity]]) -> str | None:
    """A quote that is a sentence of its own, said by the next one: `"...." 이수민 하나은행
    이코노미스트의 분석이다.`"""
    owner = _owner_of_speech(s.toks)
    if owner is None or _QUOTE.search(text, s.start, s.end):
        return None
    return _named_subject(text, s, owner, by_end)[0]


def _last_person(people: list[tuple[Mention, str]], s: Sent) -> str | None:
    """The person named last before the sentence, a couple of sentences back at most."""
    before = [
        (m, name) for m, name in people if m.start < s.start and s.index - m.sentence <= _PRONOUN_LOOKBACK
    ]
    return before[-1][1] if before else None


def _is_speech(text: str, m: re.Match[str]) -> bool:
    inner = m.group(1) if m.group(1) is not None else m.group(2)
    if _QUOTATIVE.match(text, m.end()):
        return True
    return " " in inner.strip() and bool(_SPEECH_END.search(inner))


def _speaker(
    text: str, s: Sent, quotes: list[re.Match[str]], by_end: dict[int, tuple[Mention, Entity]]
) -> tuple[str | None, bool]:
    """(speaker, whether the previous speaker may go on) for a sentence with quotes."""
    first, last = quotes[0].start(), quotes[-1].end()
    inside = [(q.start(), q.end()) for q in quotes]
    before = [t for t in s.toks if t.end <= first]
    subject = _last_subject(before)
    if subject is not None:
        return _named_subject(text, s, subject, by_end)
    after = [t for t in s.toks if t.start >= last and not any(a <= t.start < b for a, b in inside)]
    subject = _first_subject(after) or _owner_of_speech(after)
    if subject is not None:
        return _named_subject(text, s, subject, by_end)
    return None, True


def _owner_of_speech(toks: list) -> object | None:
    """`"...." 이수민 하나은행 이코노미스트의 분석이다`: the `의` before a word for what was said."""
    for i in range(len(toks) - 1, 0, -1):
        t = toks[i]
        if t.tag == "JKG" and i + 1 < len(toks) and toks[i + 1].form in _SPEECH_NOUNS:
            return t
    return None


def _first_subject(toks: list) -> object | None:
    """After the quote, the subject nearest to it says who spoke (`"..."고 윤하진 연구원은
    내다봤다. 한은에 따르면 외국인은 ...`: Kiwi may leave the next sentence on)."""
    for i in range(1, len(toks)):
        t = toks[i]
        if t.tag in _SUBJECT_TAGS and t.form in _SUBJECT_PARTICLES and toks[i - 1].end == t.start:
            return t
    return None


def _last_subject(toks: list) -> object | None:
    """Before the quote: the last topic (`은`/`는`), else the last subject; a `이`/`가` after the
    topic is a clause's own (`조선중앙통신은 미사일총국이 ... 진행했다며 "..."`)."""
    last = None
    for i in range(len(toks) - 1, 0, -1):
        t = toks[i]
        if t.tag in _SUBJECT_TAGS and t.form in _SUBJECT_PARTICLES and toks[i - 1].end == t.start:
            if toks[i - 1].tag not in _NOUN_TAGS:
                continue  # 미국에서는, 관련해서는: a setting, not who speaks
            if t.form in _TOPICS:
                return t
            last = last or t
    return last


def _named_subject(
    text: str, s: Sent, particle: object, by_end: dict[int, tuple[Mention, Entity]]
) -> tuple[str | None, bool]:
    """Who the subject ending at `particle` names: a person named before it with nothing but titles
    and organisation names between (`박준호 삼성전자 상품기획팀장은`), else an organisation."""
    p = particle.start  # type: ignore[attr-defined]
    word_start = max(text.rfind(" ", s.start, p) + 1, s.start)
    word = text[word_start:p]
    if word in _PRONOUNS:
        return _PRONOUN, True
    best: tuple[Mention, Entity] | None = None
    for end in range(p, max(s.start, p - 60) - 1, -1):
        hit = by_end.get(end)
        if hit is None:
            continue
        between = [t for t in s.toks if end <= t.start < p]
        if len(between) > 12 or not all(t.tag in _TITLE_TAGS for t in between):
            break
        if best is None or (hit[1].kind == PERSON and best[1].kind != PERSON):
            best = hit
    if best is not None:
        between = [t for t in s.toks if best[0].end <= t.start < p]
        if any(t.tag == "MM" and t.form == "한" for t in between):
            return None, False  # 국민의힘 소속 한 재선 의원은: someone the text does not name
        return best[1].canonical, False
    return _said_for_body(text, word_start, by_end), False


_FOR_BODY = frozenset({"측", "관계자", "관계자들", "대변인"})
_NOT_BODIES = frozenset({"한", "이", "그", "다른", "여러"})


def _said_for_body(text: str, word_start: int, by_end: dict[int, tuple[Mention, Entity]]) -> str | None:
    """`회사 측은`, `미술관 측은`, `통신은`: the organisation last named that the common noun stands
    for (any, for a company; one whose name ends so, for 미술관, 구단 or 통신)."""
    word_end = word_start
    while word_end < len(text) and "가" <= text[word_end] <= "힣" and text[word_end] not in "은는이가":
        word_end += 1
    word = text[word_start:word_end]
    if word in _FOR_BODY:  # 회사 측은, 도 관계자는: the body named by the word before
        noun = text[text.rfind(" ", 0, max(0, word_start - 1)) + 1 : word_start].strip()
        if noun in _NOT_BODIES:
            return None  # 한 관계자는: someone the text does not name
    elif len(word) >= 2:
        noun = word  # 통신은 "...": the agency named before
    else:
        return None
    if not noun:
        return None
    named = [
        (m.start, ent.canonical) for m, ent in by_end.values() if ent.kind == ORG and m.end <= word_start
    ]
    return body_for_noun(noun, named)
