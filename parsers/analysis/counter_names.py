"""Numbers before a counter that name rather than count: a stage (`대장암 2기`), an assembly
(`22대 국회`), a kind (`1인 시위`), a hole or a batter (`18번 홀`), a division (`1부 리그`), an
inning (`7회말`), a game clock (`종료 2분 전`), a burn (`2도 화상`) ... Each rule holds for one
counter; the words they look for are data (quantity_words.tsv)."""

from __future__ import annotations

import re

from parsers.analysis.quantity_shapes import noun_follows, rank_after, skip_space
from parsers.analysis.sentences import Sent, Tok
from parsers.analysis.words import token_at

_RATIO = re.compile(r"\s?\d")
_AGE_GROUPS = frozenset({1020, 2030, 2040, 3040, 4050, 5060, 6070, 7080})
_GAME_CLOCK = re.compile(r"종료\s*(?:\d+\s*분\s*)?$")
_BEFORE_THE_END = re.compile(r"\s*(?:\d+(?:\.\d+)?\s*초\s*)?전(?:(?![가-힣])|(?=이|에|의|까지|부터))")


class CounterNames:
    """The patterns of the counter rules, compiled once from the quantity words."""

    def __init__(self, words: dict[str, tuple[str, ...]]) -> None:
        self._words = words
        self._ordinal_dae = re.compile(rf"\s*(?:{'|'.join(words['ordinal_dae'])})")
        self._innings = re.compile(
            rf"(?:{'|'.join(words['innings_after'])})(?:에도|에는|에|엔|까지|부터|의|도)?(?![가-힣])"
        )
        self._rank_dae = re.compile(rf" ?(?:{'|'.join(words['rank_dae'])})")
        self._ordinal_gi = re.compile(rf" ?(?:{'|'.join(words['ordinal_gi'])})")
        self._kind_of_in = re.compile(rf" ?(?:{'|'.join(words['kind_of_in'])})")

    def names(
        self,
        text: str,
        toks: list[Tok],
        sent: Sent,
        counter_unit: str,
        value: int | float,
        native: bool,
        start: int,
        end: int,
        *,
        glued: bool,
    ) -> bool:
        """Whether the number from `start` with its counter up to `end` names something rather
        than counts it. `glued`: a native number written together with its counter (`한번`)."""
        if counter_unit == "기" and (
            rank_after(self._ordinal_gi, text, end)
            or _before(text, sent, start).endswith(self._words["stage_gi"])
        ):
            return True  # 대장암 2기: a stage; 1기 신도시: a generation
        if counter_unit == "대" and _RATIO.match(text, end):
            return True  # 경쟁률 18.7대 1, 3대 1로: a ratio or a score, not a count of machines
        if counter_unit == "대" and self._ordinal_dae.match(text, end):
            return True  # 22대 국회, 18대 총선: the 22nd assembly
        if counter_unit == "대" and not native and value <= 100 and rank_after(self._rank_dae, text, end):
            return True  # 3대 프로젝트, 100대 기업: the three major projects, the top hundred firms
        if counter_unit == "인" and self._kind_of_in.match(text, end):
            return True  # 1인 시위, 1인 가구: a one-person protest, a single-person household
        if counter_unit == "시즌" and value >= 1000:
            return True  # 2024시즌: the season of a year
        if counter_unit == "세대" and value in _AGE_GROUPS:
            return True  # 2030세대: people in their twenties and thirties, not 2,030 households
        if (
            counter_unit == "세대"
            and value <= 10
            and noun_follows(toks, token_at(toks, sent.starts, end), end)
        ):
            return True  # 4세대 아이돌, 5세대 이동통신: a generation, not households
        if counter_unit == "번" and not native:
            j = token_at(toks, sent.starts, end)
            if noun_follows(toks, j, end) and toks[j].form not in self._words["duration_after"]:
                return True  # 18번 홀, 3번 타자, 5번 출구: a number that names, not a count
        if native and counter_unit == "번" and glued and value == 1:
            return True  # 한번: "once, for a try", written as one word
        if counter_unit == "부" and not native and value <= 3:
            return True  # 1부 리그, 2부 행사: a division or a part by its number, not copies
        if counter_unit == "단계" and not native:
            return True  # 거리두기 3단계, 1단계 사업: a stage by its number (두 단계 낮아져: a count)
        if (
            counter_unit in ("분", "초")
            and _GAME_CLOCK.search(text, max(sent.start, start - 10), start)
            and _BEFORE_THE_END.match(text, end)
        ):
            return True  # 4쿼터 종료 2분 30초 전: a time on the game clock
        if counter_unit == "℃" and text.startswith("화상", skip_space(text, end, 1)):
            return True  # 2도 화상: a burn's degree
        return counter_unit == "회" and self._innings.match(text, end) is not None  # 7회말: an inning


def _before(text: str, sent: Sent, start: int) -> str:
    return text[max(sent.start, start - 6) : start].rstrip()  # 집행유예 5년, 대장암 2기
