"""The knowledge the quote finder reads: speech verbs, pronouns, role nouns, quote marks.

Each table lives in ``data/`` (see ``data/README.md`` for sources) and is read
once per process.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources


def _rows(name: str) -> Iterator[list[str]]:
    text = resources.files("eventwire.quotes").joinpath("data", name).read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.rstrip("\n").split("\t")


@dataclass(frozen=True)
class SpeechVerbs:
    lemmas: frozenset[str]
    forms: dict[str, str]  # surface form (said, says, say) -> lemma


@cache
def speech_verbs() -> SpeechVerbs:
    forms: dict[str, str] = {}
    for row in _rows("speech_verbs.tsv"):
        for form in row:
            forms.setdefault(form.strip().lower(), row[0].strip().lower())
    return SpeechVerbs(lemmas=frozenset(forms.values()), forms=forms)


@cache
def frame_verbs() -> frozenset[str]:
    """Verbs that report speech only in a bare frame beside a quote ("“...,” she continued")."""
    return frozenset(row[0].strip().lower() for row in _rows("frame_verbs.tsv"))


def _kinds_table(name: str) -> dict[str, frozenset[str]]:
    return {row[0].strip().lower(): frozenset(k.strip() for k in row[1].split(",")) for row in _rows(name)}


@cache
def pronoun_kinds() -> dict[str, frozenset[str]]:
    """Pronoun -> actor kinds it may refer to ("person", "org")."""
    return _kinds_table("pronouns.tsv")


@cache
def role_noun_kinds() -> dict[str, frozenset[str]]:
    """Role or group noun ("official", "group") -> actor kinds it may refer to."""
    return _kinds_table("speaker_nouns.tsv")


@cache
def double_quote_marks() -> dict[str, frozenset[str]]:
    """Opening double mark -> the marks that may close it."""
    return {row[0]: frozenset(row[1]) for row in _rows("quote_marks.tsv")}
