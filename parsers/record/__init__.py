"""Records that stand alone: plain dataclasses and their JSON Schema, no parsing code."""

from parsers.record.article import SCHEMA_VERSION, Article, Image, RecordError

__all__ = ["SCHEMA_VERSION", "Article", "Image", "RecordError"]
