"""Bytes to text. Korean pages lie about their charset often enough that declarations are hints.

Order: BOM, then strict UTF-8 (multi-byte UTF-8 is almost never valid CP949 text by accident, and a
page declared EUC-KR that is really UTF-8 decodes right this way), then the caller's charset (the
HTTP header), then <meta charset>, then detection. EUC-KR is always read as its superset CP949.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.I)
_KOREAN_ALIASES = {
    "euc-kr", "euckr", "euc_kr", "ks_c_5601-1987", "ks_c_5601", "ksc5601", "ksc_5601", "korean",
    "x-windows-949", "windows-949", "cp949", "ms949", "uhc", "x-euc-kr",
}  # fmt: skip
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def normalise_charset(name: str | None) -> str | None:
    """A Python codec name for a declared charset, or None when unknown."""
    if not name:
        return None
    name = name.strip().strip("\"'").lower()
    if name in _KOREAN_ALIASES:
        return "cp949"
    try:
        info = codecs.lookup(name)
    except LookupError:
        return None
    # uu, base64, zlib ... are codecs of bytes to bytes: a page that names one names no charset
    return info.name if getattr(info, "_is_text_encoding", True) else None


def declared_charset(raw: bytes) -> str | None:
    match = _META_CHARSET.search(raw[:8192])
    return normalise_charset(match.group(1).decode("ascii", "replace")) if match else None


def says_utf8(raw: bytes, charset: str | None = None) -> bool:
    """Whether the page has no BOM and declares UTF-8 or nothing: such a page is almost always
    UTF-8, and worth parsing as it came before any decoding."""
    if raw.startswith(tuple(bom for bom, _ in _BOMS)):
        return False
    return all(codec in (None, "utf-8") for codec in (normalise_charset(charset), declared_charset(raw)))


def decode_html(raw: bytes, charset: str | None = None) -> tuple[str, str]:
    """Decode page bytes; returns (text, codec used)."""
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            return raw[len(bom) :].decode(codec, "replace"), codec
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    for codec in (normalise_charset(charset), declared_charset(raw)):
        if codec and codec != "utf-8":
            try:
                return raw.decode(codec), codec
            except UnicodeError:  # a decode error, or a codec like idna that refuses such bytes
                continue
    best = charset_normalizer.from_bytes(raw[:200_000]).best()
    codec = normalise_charset(best.encoding) if best is not None else None
    if codec is None or codec == "utf-8":
        codec = "cp949" if _looks_korean_legacy(raw) else "utf-8"
    return raw.decode(codec, "replace"), codec


def _looks_korean_legacy(raw: bytes) -> bool:
    """Mostly valid CP949 with a few broken bytes beats UTF-8 with replacement characters."""
    sample = raw[:100_000]
    return sample.decode("cp949", "replace").count("\ufffd") < sample.decode("utf-8", "replace").count(
        "\ufffd"
    )
