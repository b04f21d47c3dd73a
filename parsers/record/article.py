"""The Article record: what parse_article returns, and how it round-trips through JSON.

The record knows nothing about HTML or Kiwi: it is plain data, so stored records can be read back
by any version of the parser that understands their schema_version.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from parsers.record.analysis import Analysis

SCHEMA_VERSION = 1


class RecordError(ValueError):
    """A serialised record that this version cannot read (wrong shape or newer schema)."""


@dataclass
class Image:
    """An image of the article with its caption (captions never go into the body)."""

    url: str
    caption: str | None = None


@dataclass(repr=False)
class Article:
    """One news article, as a reader sees it.

    `paragraphs` is the body; `body` is derived from it (joined by a blank line) so the two can
    never disagree. Times are timezone-aware (Asia/Seoul when the page gives no zone).
    """

    url: str | None = None
    canonical_url: str | None = None
    site: str | None = None
    outlet: str | None = None
    title: str = ""
    subtitles: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    published: datetime | None = None
    modified: datetime | None = None
    section: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    profile: str = "generic"
    warnings: list[str] = field(default_factory=list)
    analysis: Analysis | None = None

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict; `body` is included for readers, and ignored by from_dict."""
        return {
            "schema_version": SCHEMA_VERSION,
            "url": self.url,
            "canonical_url": self.canonical_url,
            "site": self.site,
            "outlet": self.outlet,
            "title": self.title,
            "subtitles": list(self.subtitles),
            "authors": list(self.authors),
            "emails": list(self.emails),
            "published": _iso(self.published),
            "modified": _iso(self.modified),
            "section": self.section,
            "body": self.body,
            "paragraphs": list(self.paragraphs),
            "images": [{"url": im.url, "caption": im.caption} for im in self.images],
            "tags": list(self.tags),
            "profile": self.profile,
            "warnings": list(self.warnings),
            "analysis": self.analysis.to_dict() if self.analysis is not None else None,
        }

    def to_json(self, *, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """Rebuild an Article from to_dict() output; raises RecordError on a record it cannot read."""
        if not isinstance(data, dict):
            raise RecordError(f"an Article record is a JSON object, not {type(data).__name__}")
        version = data.get("schema_version", SCHEMA_VERSION)
        if not isinstance(version, int) or version > SCHEMA_VERSION:
            raise RecordError(f"record schema_version {version!r} is newer than {SCHEMA_VERSION}")
        try:
            analysis = None
            if data.get("analysis") is not None:
                from parsers.record.analysis import Analysis

                analysis = Analysis.from_dict(data["analysis"])
            return cls(
                url=data.get("url"),
                canonical_url=data.get("canonical_url"),
                site=data.get("site"),
                outlet=data.get("outlet"),
                title=data.get("title") or "",
                subtitles=list(data.get("subtitles") or []),
                authors=list(data.get("authors") or []),
                emails=list(data.get("emails") or []),
                published=_parse_iso(data.get("published")),
                modified=_parse_iso(data.get("modified")),
                section=data.get("section"),
                paragraphs=list(data.get("paragraphs") or []),
                images=[Image(url=im["url"], caption=im.get("caption")) for im in data.get("images") or []],
                tags=list(data.get("tags") or []),
                profile=data.get("profile") or "generic",
                warnings=list(data.get("warnings") or []),
                analysis=analysis,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise RecordError(f"malformed Article record: {exc}") from exc

    @classmethod
    def from_json(cls, text: str) -> Article:
        return cls.from_dict(json.loads(text))

    def __repr__(self) -> str:
        when = self.published.isoformat(timespec="minutes") if self.published else "no date"
        parts = [
            f"title={_clip(self.title, 60)!r}",
            f"outlet={self.outlet!r}",
            f"published={when}",
            f"authors={self.authors!r}",
            f"{len(self.paragraphs)} paragraphs ({len(self.body)} chars)",
            f"{len(self.images)} images",
            f"profile={self.profile!r}",
        ]
        if self.warnings:
            parts.append(f"warnings={self.warnings!r}")
        return "Article(" + ", ".join(parts) + ")"

    def _repr_html_(self) -> str:
        """Notebook rendering. Everything from the page is escaped: a page must not inject markup."""
        esc = html.escape
        meta = " · ".join(
            esc(x)
            for x in [
                self.outlet or self.site or "",
                ", ".join(self.authors),
                self.published.isoformat(sep=" ", timespec="minutes") if self.published else "",
                self.section or "",
            ]
            if x
        )
        subs = "".join(f"<li>{esc(s)}</li>" for s in self.subtitles)
        paras = "".join(f"<p>{esc(p)}</p>" for p in self.paragraphs[:5])
        more = len(self.paragraphs) - 5
        tail = f"<p><i>… {more} more paragraphs</i></p>" if more > 0 else ""
        link = f"<div><small>{esc(self.url)}</small></div>" if self.url else ""
        return (
            f"<div class='knews-article'><h3>{esc(self.title)}</h3><div><small>{meta}</small></div>"
            f"{link}{f'<ul>{subs}</ul>' if subs else ''}{paras}{tail}</div>"
        )


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _parse_iso(value: Any) -> datetime | None:
    if value is None or value == "":
        return None
    return datetime.fromisoformat(str(value))


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
