"""One Kiwi per process, built on first use with every dictionary already loaded.

Building Kiwi costs ~1.5 s and ~510 MB, and each dictionary change costs ~1.1 s on the next call, so
the instance is built once, lazily, with the bundled organisation names and the user dictionary
added before its first call, and then reused by every analysis in the process.
"""

from __future__ import annotations

import os
import re
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from parsers.analysis import resources

if TYPE_CHECKING:
    from kiwipiepy import Kiwi

USER_DICT_ENV = "KNEWS_USER_DICT"
KINDS = ("PERSON", "ORG", "LOCATION", "MISC")

_lock = threading.Lock()
_kiwi: Kiwi | None = None
_settings: dict[str, object] = {"num_workers": -1, "user_dictionary": None}
_user_entries: list[UserEntry] = []

_SURROGATE = re.compile("[\ud800-\udfff]")
_inherited: list[object] = []  # a parent's Kiwi in a forked child: kept, never used


def _after_fork_in_child() -> None:
    """A forked child (a worker of a process pool or of a Dask LocalCluster) builds its own Kiwi:
    the parent's worker threads did not come along, so its instance must not be used, nor be
    destroyed (its destructor would wait on those threads). A lock held by another thread at the
    fork would never be released: the child takes a new one."""
    global _kiwi, _lock
    _lock = threading.Lock()
    if _kiwi is not None:
        _inherited.append(_kiwi)
        _kiwi = None


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)


@dataclass(frozen=True)
class UserEntry:
    """One line of a user dictionary: a name, its kind, and other names that mean it."""

    name: str
    kind: str
    aliases: tuple[str, ...] = ()


class UserDictionaryError(ValueError):
    """A user dictionary that cannot be read: says which line and why."""


def configure(*, num_workers: int | None = None, user_dictionary: str | os.PathLike | None = None) -> None:
    """Set how the process's Kiwi is built; call before the first analysis.

    `num_workers` is Kiwi's thread count for lists of paragraphs (-1: all cores; 1 in batch worker
    processes). `user_dictionary` is a .tsv or .toml file (see docs/analysis.md), "" for none; the
    environment variable KNEWS_USER_DICT names one too. Kiwi is rebuilt on the next analysis.
    """
    global _kiwi
    with _lock:
        if num_workers is not None:
            _settings["num_workers"] = num_workers
        if user_dictionary is not None:
            _settings["user_dictionary"] = os.fspath(user_dictionary) or None
        _kiwi = None


def get_kiwi() -> Kiwi:
    """The process's Kiwi, built on first call."""
    global _kiwi
    if _kiwi is None:
        with _lock:
            if _kiwi is None:
                _kiwi = _build()
    return _kiwi


def current_user_dictionary() -> str | None:
    """The user dictionary the next Kiwi is (or the current one was) built with."""
    path = _settings["user_dictionary"] or os.environ.get(USER_DICT_ENV)
    return str(path) if path else None


def user_entries() -> list[UserEntry]:
    """The user dictionary's entries, as loaded with the current Kiwi."""
    get_kiwi()
    return list(_user_entries)


def _build() -> Kiwi:
    from kiwipiepy import Kiwi

    kiwi = Kiwi(num_workers=int(_settings["num_workers"]))  # type: ignore[call-overload]
    res = resources.load()
    for alias, canonical in res.org_alias.items():
        if _hangul_word(alias):
            kiwi.add_user_word(alias, "NNP", 0.0, user_value={"kind": "ORG", "canonical": canonical})
    path = current_user_dictionary()
    entries = load_user_dictionary(path) if path else []
    for entry in entries:
        for word in (entry.name, *entry.aliases):
            if " " not in word:
                kiwi.add_user_word(word, "NNP", 5.0, user_value={"kind": entry.kind, "canonical": entry.name})
    _user_entries[:] = entries
    kiwi.tokenize("사전을 불러온다.")  # pay the dictionary cost now, not on the first article
    return kiwi


def _hangul_word(word: str) -> bool:
    return " " not in word and all("가" <= ch <= "힣" for ch in word)


def load_user_dictionary(path: str | os.PathLike) -> list[UserEntry]:
    """Read a user dictionary: TSV (name, kind, aliases) or TOML ([[entity]] tables)."""
    path = Path(path)
    if path.suffix.lower() == ".toml":
        return _load_toml(path)
    entries = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = [c.strip() for c in line.split("\t")]
        kind = cols[1].upper() if len(cols) > 1 and cols[1] else "PERSON"
        aliases = tuple(a.strip() for a in cols[2].split(",") if a.strip()) if len(cols) > 2 else ()
        entries.append(_entry(cols[0], kind, aliases, f"{path}:{number}"))
    return entries


def _load_toml(path: Path) -> list[UserEntry]:
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib  # type: ignore[no-redef]
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    entries = []
    for number, table in enumerate(data.get("entity", []), 1):
        where = f"{path}: entity #{number}"
        if not isinstance(table, dict) or not isinstance(table.get("name"), str):
            raise UserDictionaryError(f"{where}: each [[entity]] needs a name")
        aliases = table.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise UserDictionaryError(f"{where}: aliases is a list of strings")
        entries.append(_entry(table["name"], str(table.get("kind", "PERSON")).upper(), tuple(aliases), where))
    return entries


def _entry(name: str, kind: str, aliases: tuple[str, ...], where: str) -> UserEntry:
    if not name.strip():
        raise UserDictionaryError(f"{where}: empty name")
    if kind not in KINDS:
        raise UserDictionaryError(f"{where}: kind {kind!r} is not one of {', '.join(KINDS)}")
    return UserEntry(name=name.strip(), kind=kind, aliases=aliases)


def clean(text: str) -> str:
    """Text Kiwi can take, of the same length so that offsets stay valid in the original.

    A lone surrogate makes Kiwi raise, so it becomes U+FFFD; the backtick, used as a quotation mark
    by some outlets, becomes an apostrophe, which Kiwi pairs as a quote.
    """
    return _SURROGATE.sub("\ufffd", text).replace("`", "'")
