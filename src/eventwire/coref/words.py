"""The resolver's word lists (``data/``): pronouns, nouns of definite descriptions, speech verbs.

They live here, not with the actors or the quotes, because all three stages read them and the
resolver may import neither of those packages.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from eventwire.datafiles import rows


def _rows(name: str) -> list[list[str]]:
    return [[cell.strip() for cell in row] for row in rows("eventwire.coref", name)]


#: genders a word may have: "m", "f", or "" when it does not say
GENDERS = ("", "m", "f")


def _gender(cell: str) -> str:
    return "" if cell == "-" else cell


@dataclass(frozen=True)
class Pronoun:
    case: str  # subject, object, possessive
    gender: str  # m, f, or "" ("it", "they")
    kinds: tuple[str, ...]  # referent kinds it may stand for, best first


@cache
def pronouns() -> dict[str, Pronoun]:
    """Third-person pronoun -> its case, gender and the kinds of referent it may stand for."""
    return {
        row[0].lower(): Pronoun(row[1], _gender(row[2]), tuple(k.strip() for k in row[3].split(",")))
        for row in _rows("pronouns.tsv")
    }


@dataclass(frozen=True)
class Noun:
    kind: str  # person, body, group
    gender: str  # m, f, or ""


@cache
def nouns() -> dict[str, Noun]:
    """Noun of a definite description ("the minister") -> the kind of actor it describes."""
    return {row[0].lower(): Noun(row[1], _gender(row[2])) for row in _rows("nouns.tsv")}


def nouns_of(kind: str) -> frozenset[str]:
    """The description nouns of one kind: person, body or group."""
    return frozenset(noun for noun, info in nouns().items() if info.kind == kind)


@dataclass(frozen=True)
class SpeechVerbs:
    lemmas: frozenset[str]
    forms: dict[str, str]  # surface form (said, says, say) -> lemma


@cache
def speech_verbs() -> SpeechVerbs:
    """Verbs that report speech or writing; their subject is a speaker."""
    forms: dict[str, str] = {}
    for row in _rows("speech_verbs.tsv"):
        for form in row:
            forms.setdefault(form.lower(), row[0].lower())
    return SpeechVerbs(lemmas=frozenset(forms.values()), forms=forms)
