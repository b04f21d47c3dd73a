"""The Korean analysis record: what `parsers.analysis.analyze_text` returns, as plain dataclasses.

Every item keeps `text`, its character span (`start`, `end`: `body[start:end] == text`) and the index
of its sentence, so a reader can always go back to the words it came from. The module holds data only
(no Kiwi), so stored records can be read back without loading the analyser.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any, ClassVar

PERSON = "PERSON"
ORG = "ORG"
LOCATION = "LOCATION"
MISC = "MISC"  # a quoted name of a programme, event, product or campaign: ‘데이터 댐’

AT_LEAST = "at_least"
AT_MOST = "at_most"


@dataclass(repr=False)
class Sentence:
    """One sentence of the body; `index` is what every other item's `sentence` refers to."""

    index: int
    start: int
    end: int
    text: str

    def __repr__(self) -> str:
        return f"Sentence({self.index}: {_clip(self.text, 50)!r} @{self.start}-{self.end})"


@dataclass(repr=False)
class Quantity:
    """A number with its counter or currency: `3만 1000여명` is value 31000, unit 명, approx.

    `high` is the upper end of a range (`3~5명`); `bound` says the text gives a floor (`이상`, `넘는`)
    or a ceiling (`이하`, `미만`); `counted` is the noun counted (`170종의 데이터` counts 데이터);
    `kind` groups units: count, currency, percent, measure, duration, age, multiple.
    """

    text: str
    start: int
    end: int
    sentence: int
    value: int | float
    unit: str
    kind: str = "count"
    approx: bool = False
    bound: str | None = None
    high: int | float | None = None
    counted: str | None = None

    def __repr__(self) -> str:
        value = f"{self.value:,}" + (f"~{self.high:,}" if self.high is not None else "")
        marks = ("≈" if self.approx else "") + {AT_LEAST: "≥", AT_MOST: "≤"}.get(self.bound or "", "")
        counted = f" of {self.counted}" if self.counted else ""
        return f"Quantity({self.text!r} = {marks}{value} {self.unit}{counted}, s{self.sentence})"


@dataclass(repr=False)
class DateRef:
    """A date or time named in the text, resolved against the publish time.

    `value` is ISO-like at its `precision`: '2021-08-06' (day), '2021-06' (month), '2020' (year),
    '2022-early' or '2022-H1' (part_of_year), '2021-08-06T15:00' (minute/hour). `first_day` and
    `last_day` bound the period it names; `relation` is 'from' (부터) or 'until' (까지) when stated.
    Without a publish time, relative expressions (지난해, 6일) keep value None.
    """

    text: str
    start: int
    end: int
    sentence: int
    value: str | None
    precision: str
    first_day: str | None = None
    last_day: str | None = None
    relation: str | None = None

    def __repr__(self) -> str:
        rel = f", {self.relation}" if self.relation else ""
        return f"DateRef({self.text!r} = {self.value} [{self.precision}{rel}], s{self.sentence})"


@dataclass(repr=False)
class Mention:
    """One place in the body where an entity is named."""

    text: str
    start: int
    end: int
    sentence: int

    def __repr__(self) -> str:
        return f"{self.text!r}@{self.start}"


@dataclass(repr=False)
class Entity:
    """A person, organisation, place or quoted name, with every mention of it.

    `canonical` is the one name all its mentions and aliases resolve to (과기정통부 →
    과학기술정보통신부). For a PERSON, `title` is the job title as first given (제2차관) and
    `affiliation` the canonical name of the organisation given with it. The entity's own `text`,
    `start`, `end` and `sentence` are those of its first mention.
    """

    kind: str
    canonical: str
    text: str
    start: int
    end: int
    sentence: int
    aliases: list[str] = field(default_factory=list)
    title: str | None = None
    affiliation: str | None = None
    mentions: list[Mention] = field(default_factory=list)

    def __repr__(self) -> str:
        extra = ", ".join(x for x in (self.title, self.affiliation) if x)
        extra = f" ({extra})" if extra else ""
        aliases = f" aka {', '.join(self.aliases)}" if self.aliases else ""
        return f"Entity({self.kind} {self.canonical}{extra}{aliases}, {len(self.mentions)} mentions)"


@dataclass(repr=False)
class Quote:
    """A direct quote: `text` is what is inside the quotation marks; `speaker` is the canonical
    name of the entity who said it, when the text tells."""

    text: str
    start: int
    end: int
    sentence: int
    speaker: str | None = None

    def __repr__(self) -> str:
        return f"Quote({self.speaker or '?'}: {_clip(self.text, 60)!r}, s{self.sentence})"


@dataclass(repr=False)
class Keyword:
    """One of the article's main nouns: its lemma, how often it occurs, and where it first does."""

    lemma: str
    count: int
    text: str
    start: int
    end: int
    sentence: int

    def __repr__(self) -> str:
        return f"Keyword({self.lemma} ×{self.count})"


@dataclass(repr=False)
class Analysis:
    """Everything the Korean analysis found in one body, item by item."""

    sentences: list[Sentence] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    dates: list[DateRef] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    keywords: list[Keyword] = field(default_factory=list)

    KINDS: ClassVar[dict[str, type]] = {
        "sentences": Sentence,
        "quantities": Quantity,
        "dates": DateRef,
        "entities": Entity,
        "quotes": Quote,
        "keywords": Keyword,
    }

    @property
    def persons(self) -> list[Entity]:
        return [e for e in self.entities if e.kind == PERSON]

    @property
    def orgs(self) -> list[Entity]:
        return [e for e in self.entities if e.kind == ORG]

    @property
    def locations(self) -> list[Entity]:
        return [e for e in self.entities if e.kind == LOCATION]

    def entity(self, name: str) -> Entity | None:
        """The entity called `name`, by canonical name, alias or mention text."""
        for ent in self.entities:
            if name == ent.canonical or name in ent.aliases or any(m.text == name for m in ent.mentions):
                return ent
        return None

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON types only (lists, dicts, str, int, float, bool, None)."""
        return {kind: [asdict(item) for item in getattr(self, kind)] for kind in self.KINDS}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Analysis:
        """Rebuild from to_dict() output; raises TypeError/KeyError/ValueError on a malformed one."""
        if not isinstance(data, dict):
            raise TypeError(f"an Analysis record is a JSON object, not {type(data).__name__}")
        out = cls()
        for kind, item_cls in cls.KINDS.items():
            setattr(out, kind, [_item_from_dict(item_cls, d) for d in data.get(kind) or []])
        return out

    def to_frames(self) -> dict[str, Any]:
        """One pandas DataFrame per kind (needs the optional extra `frames`)."""
        import pandas as pd

        frames = {}
        for kind, item_cls in self.KINDS.items():
            rows = [asdict(item) for item in getattr(self, kind)]
            if kind == "entities":
                for row in rows:
                    row["mentions"] = [m["text"] for m in row["mentions"]]
                    row["n_mentions"] = len(row["mentions"])
            columns = [f.name for f in fields(item_cls)] + (["n_mentions"] if kind == "entities" else [])
            frames[kind] = pd.DataFrame(rows, columns=columns)
        return frames

    def __repr__(self) -> str:
        counts = ", ".join(f"{len(getattr(self, kind))} {kind}" for kind in self.KINDS)
        return f"Analysis({counts})"

    def __str__(self) -> str:
        lines = [repr(self)]
        for kind in self.KINDS:
            if kind == "sentences":
                continue
            for item in getattr(self, kind):
                lines.append(f"  {item!r}")
        return "\n".join(lines)


def _item_from_dict(item_cls: type, data: dict[str, Any]) -> Any:
    if not isinstance(data, dict):
        raise TypeError(f"a {item_cls.__name__} is a JSON object, not {type(data).__name__}")
    if item_cls is Entity:
        data = dict(data)
        data["mentions"] = [Mention(**m) for m in data.get("mentions") or []]
        data["aliases"] = list(data.get("aliases") or [])
    return item_cls(**data)


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
