"""Organisations named in more than one word, read by their shape: a name of two words in the
dictionary (`LG 트윈스`) or declared with one of its words as the short name (`청림화재
블루윙스(이하 청림화재)`), a foreign state's body (`폴란드 외무부`), a military unit (`해군 제3함대`),
a foreign company (`메리디언 파마슈티컬스`), a company's sports team (`한빛건설 육상단`), a branch written after its organisation (`광주지법
목포지원`) and a diplomatic mission with its post (`주한 인도네시아대사관`). The words that make
each shape are data (`org_shapes.tsv`, `org_branches.txt`)."""

from __future__ import annotations

import re

from parsers.analysis.declared import declared_alias, declares_at
from parsers.analysis.lexicon import Lexicon
from parsers.analysis.words import HANGUL, Word, adjacent

_ORDINAL_UNIT = re.compile(r"제\d+([가-힣]+)")


class OrgShapes:
    """The shapes, with the lists they need, built once per analyser."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.res = lex.res
        self._two_word_heads = frozenset(
            name.split(" ")[0] for name in self.res.org_alias if name.count(" ") == 1
        )
        shapes = self.res.org_shapes
        self._branches = shapes["military_branches"]
        self._units = shapes["military_units"]
        self._company_words = shapes["company_words"]
        self._teams = shapes["sports_teams"]
        self._missions = tuple(shapes["missions"])
        self._hosts = shapes["mission_hosts"]

    def two_words(self, text: str, words: list[Word], i: int) -> tuple[str, int] | None:
        """The canonical name and end of an organisation named by words[i] and the word after it."""
        if i + 1 >= len(words):
            return None
        first, second = words[i], words[i + 1]
        if not first.bare or second.start - first.end != 1:
            return None
        if first.core in self._two_word_heads:
            canonical = self.res.org_alias.get(f"{first.core} {second.core}")
            if canonical:
                return canonical, second.core_end
        if second.core in self.res.state_bodies:
            country = self.lex.foreign_country(first)
            if country is not None:
                return self.lex.state_body(country, second.core), second.core_end
        if first.core in self._branches and self._military_unit(second.core):
            return f"{first.core} {second.core}", second.core_end
        if second.core in self._company_words and self._foreign_word(first):
            return f"{first.core} {second.core}", second.core_end
        if second.core in self._teams and self.lex.is_org(first):  # 한빛건설 육상단: the company's team
            return f"{first.core} {second.core}", second.core_end
        if (
            text.startswith("(", second.core_end)
            and declares_at(text, second.core_end)
            and declared_alias(text, second.core_end, {}) in (first.core, second.core)
        ):
            # 청림화재 블루윙스(이하 청림화재), 대한캐피탈 레이븐스(이하 레이븐스): the text names
            # the two words and shortens them to one
            return f"{first.core} {second.core}", second.core_end
        return None

    def _military_unit(self, core: str) -> bool:
        ordinal = _ORDINAL_UNIT.fullmatch(core)
        return ordinal is not None and ordinal.group(1) in self._units

    def _foreign_word(self, w: Word) -> bool:
        """A proper noun no list knows and no Korean name: the first word of a foreign name."""
        return (
            (w.first_tag in ("NNP", "SL") or w.unknown_noun)  # Kiwi may guess a common noun (메리디언/NNG)
            and w.ncore == 1
            and self.lex.classify(w) is None
            and not self.lex.name_like(w)
        )

    def branch(self, text: str, org: Word, nxt: Word) -> bool:
        """`광주지법 목포지원`: the word after an organisation names its branch."""
        core = nxt.core
        return (
            adjacent(text, org, nxt)
            and nxt.first_tag in ("NNP", "NNG")
            and len(core) >= 3
            and core.endswith(self.res.org_branches)
            and self.lex.classify(nxt) is None
            and HANGUL.fullmatch(core) is not None
        )

    def post(self, text: str, before: Word, org: Word, canonical: str) -> bool:
        """`주한 인도네시아대사관`: the word before a mission says where it is posted (주 and a
        country, or a host's one-syllable short name)."""
        host = before.core[1:]
        return (
            canonical.endswith(self._missions)
            and before.bare
            and adjacent(text, before, org)
            and before.core.startswith("주")
            and (host in self._hosts or host in self.res.place_alias)
        )
