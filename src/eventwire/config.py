"""One configuration: every setting a run can change, typed, with its default, in one place.

A run's settings come, weakest first, from the defaults here, an ``eventwire.toml`` in the
working folder (or the file given with ``--config``), and command-line flags.  Unknown keys
are errors, not silently ignored.  Each run records its whole configuration in the store's
``runs`` table, and ``eventwire config`` prints the settings in force as TOML.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any, Literal

import tomli_w
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from eventwire.errors import UsageError

#: The file a run reads its settings from when no ``--config`` is given, if it exists.
DEFAULT_FILE = "eventwire.toml"

Coder = Literal["builtin", "petrarch"]


class Section(BaseModel):
    """Base of every settings section: frozen, unknown keys refused."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Config(Section):
    """The settings of a run.  Frozen and hashable: an engine is built once per configuration."""

    coder: Coder = Field(
        "builtin",
        description="builtin: the core trigger lexicon, then the CAMEO verb dictionary, by eventwire's "
        "own conventions; petrarch: the verb dictionary alone, matched and coded as PETRARCH/TABARI do",
    )
    dictionaries: Path | None = Field(
        None,
        description="a folder of PETRARCH/TABARI dictionaries (*.verbs.txt, *.actors.txt, *.agents.txt, "
        "*.discards.txt); each kind found replaces the built-in knowledge of that kind",
    )
    backend: Literal["spacy", "fake"] = Field(
        "spacy", description="NLP backend: spacy (en_core_web_sm 3.8) or fake (for tests only)"
    )
    batch_size: int = Field(32, ge=1, le=10_000, description="articles parsed and stored together")


def load_config(path: Path | None = None, **overrides: Any) -> Config:
    """Defaults, then ``path`` (else ``eventwire.toml`` if present), then the ``overrides`` not None."""
    data: dict[str, Any] = {}
    source = path if path is not None else Path(DEFAULT_FILE)
    if path is not None or source.is_file():
        data = read_toml(source)
    for key, value in overrides.items():
        if value is not None:
            data[key] = value
    return validated(data, str(source) if data else "settings")


def read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as stream:
            return tomllib.load(stream)
    except FileNotFoundError:
        raise UsageError(f"{path}: no such configuration file") from None
    except OSError as exc:
        raise UsageError(f"{path}: cannot read: {exc.strerror}") from None
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(f"{path}: not valid TOML ({exc})") from None


def validated(data: dict[str, Any], where: str) -> Config:
    """A Config from plain data; the first problem named by its key, as one line."""
    try:
        return Config.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        key = ".".join(str(part) for part in first["loc"]) or "(top level)"
        message = "unknown setting" if first["type"] == "extra_forbidden" else first["msg"]
        raise UsageError(f"{where}: {key}: {message}") from None


def to_toml(config: Config) -> str:
    """The configuration as TOML that ``load_config`` reads back (unset optional settings left out)."""
    return tomli_w.dumps(config.model_dump(mode="json", exclude_none=True))


def as_record(config: Config) -> dict[str, Any]:
    """The configuration as plain JSON data, for the store's ``runs`` table."""
    return config.model_dump(mode="json")
