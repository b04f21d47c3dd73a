"""Reading the package's data files (TOML), once each."""

from __future__ import annotations

import sys
from functools import cache
from importlib import resources
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib


@cache
def load_data(name: str) -> dict[str, Any]:
    """A TOML file from parsers/data/, parsed once per process."""
    text = resources.files("parsers").joinpath("data", name).read_text(encoding="utf-8")
    return tomllib.loads(text)


def parse_toml(text: str) -> dict[str, Any]:
    return tomllib.loads(text)


TOMLDecodeError = tomllib.TOMLDecodeError
