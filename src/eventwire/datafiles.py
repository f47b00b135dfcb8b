"""The one reader of the package's data files (``<package>/data/NAME``).

Knowledge is data: word lists, trigger lexicons, country and actor tables ship
as UTF-8 text files inside the package, each with its source and licence in the
folder's README.  Every module reads its files here, in one of four forms:

- :func:`lines`: one entry a line;
- :func:`rows`: tab-separated values without a header;
- :func:`records`: tab-separated values under a header row, as dicts;
- :func:`json_data`: a JSON document.

Lines that are blank or start with ``#`` are comments in the three text forms.
A file that cannot be read is a :class:`DataError` naming it: a broken install,
never bad input.
"""

from __future__ import annotations

import csv
import io
import json
from importlib import resources
from typing import Any

from eventwire.errors import EventwireError


class DataError(EventwireError):
    """A data file of the package that cannot be read."""


def text(package: str, name: str) -> str:
    """The whole text of ``data/NAME`` in ``package`` (e.g. ``"eventwire.events"``)."""
    try:
        return resources.files(package).joinpath("data", name).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError, ModuleNotFoundError) as exc:
        raise DataError(f"{package}/data/{name}: built-in data unreadable ({exc})") from exc


def _meaningful(package: str, name: str) -> list[str]:
    return [line for line in text(package, name).splitlines() if line.strip() and not line.startswith("#")]


def lines(package: str, name: str) -> list[str]:
    """The file's entries, one a line, without comments, blank lines and line-end whitespace."""
    return [line.rstrip() for line in _meaningful(package, name)]


def rows(package: str, name: str) -> list[list[str]]:
    """The file's tab-separated rows (no header)."""
    return list(csv.reader(_meaningful(package, name), delimiter="\t", quoting=csv.QUOTE_NONE))


def records(package: str, name: str) -> list[dict[str, str]]:
    """The file's tab-separated rows as dicts keyed by its header row."""
    body = (line for line in io.StringIO(text(package, name)) if not line.startswith("#"))
    return list(csv.DictReader(body, delimiter="\t", quoting=csv.QUOTE_NONE))


def json_data(package: str, name: str) -> Any:
    """The file's JSON document."""
    try:
        return json.loads(text(package, name))
    except ValueError as exc:
        raise DataError(f"{package}/data/{name}: not valid JSON ({exc})") from exc
