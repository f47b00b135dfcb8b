"""Lookup tables over the knowledge records: one class per kind, built once, read-only."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Generic, TypeVar

from eventwire.countries import CountryInfo
from eventwire.lookup import key
from eventwire.ontology.types import ActorInfo, ActorRecord, AgentInfo

NULL_CODES = frozenset({"---", "+++", "###", ""})
MAX_PHRASE_WORDS = 8  # longer dictionary phrases are never tried by longest_match

T = TypeVar("T")


def longest(
    table: Mapping[str, T], words: Sequence[str], start: int, most: int, starts: frozenset[str] | None = None
) -> tuple[int, T] | None:
    """The longest phrase of ``table`` that begins at ``words[start]``: (end index, value).
    ``starts`` (the first words of its phrases, ``first_words``) lets a word no phrase begins with
    be passed over at once."""
    if starts is not None and not _may_begin(key(words[start]), starts):
        return None
    for end in range(min(len(words), start + most), start, -1):
        found = table.get(key(" ".join(words[start:end])))
        if found is not None:
            return end, found
    return None


def first_words(keys: Iterable[str]) -> frozenset[str]:
    """The first word of each phrase key, and its part before a hyphen ("al" of "al-qaeda": the
    tokenizer splits "al-Qaeda" into three tokens)."""
    firsts = {k.split(" ", 1)[0] for k in keys}
    return frozenset(firsts | {f.split("-", 1)[0] for f in firsts})


def _may_begin(word: str, starts: frozenset[str]) -> bool:
    # "the" may open a phrase whose key drops it ("The Hague" -> "hague"); so may an empty key
    return word in starts or word in ("the", "") or word.split("-", 1)[0] in starts


def most_words(keys: Iterable[str]) -> int:
    return min(MAX_PHRASE_WORDS, max((k.count(" ") + 1 for k in keys), default=1))


class _Phrases(Generic[T]):
    """A table whose phrases are matched on token n-grams: how long they run and which words begin
    them, worked out once from ``_phrases``."""

    @property
    def _phrases(self) -> Mapping[str, T]:
        raise NotImplementedError

    @cached_property
    def _most(self) -> int:
        return most_words(self._phrases)

    @cached_property
    def _starts(self) -> frozenset[str]:
        return first_words(self._phrases)

    def _longest(self, words: Sequence[str], start: int) -> tuple[int, T] | None:
        return longest(self._phrases, words, start, self._most, self._starts)


@dataclass(frozen=True)
class CountryTable(_Phrases[CountryInfo]):
    """Phrase -> CountryInfo ("Iraqi", "the United States", "U.S.")."""

    by_phrase: dict[str, CountryInfo]

    def lookup(self, phrase: str) -> CountryInfo | None:
        return self.by_phrase.get(key(phrase))

    @property
    def _phrases(self) -> Mapping[str, CountryInfo]:
        return self.by_phrase

    def longest_match(self, words: Sequence[str], start: int = 0) -> tuple[int, CountryInfo] | None:
        """The longest country phrase starting at ``words[start]`` (token texts): (end, info)."""
        return self._longest(words, start)

    @property
    def cameo_codes(self) -> frozenset[str]:
        return frozenset(info.cameo for info in self.by_phrase.values() if info.kind != "ethnic")


@dataclass(frozen=True)
class AgentTable(_Phrases[AgentInfo]):
    """Agent phrase -> AgentInfo ("militants", "prime minister", "maj. gen.")."""

    by_phrase: dict[str, AgentInfo]

    @classmethod
    def of(cls, agents: Iterable[AgentInfo]) -> AgentTable:
        table: dict[str, AgentInfo] = {}
        for agent in agents:
            table.setdefault(key(agent.phrase), agent)
        return cls(table)

    def lookup(self, phrase: str) -> AgentInfo | None:
        found = self.by_phrase.get(key(phrase))
        if found is None and "." in phrase:
            found = self.by_phrase.get(key(phrase.replace(".", "")))
        return found

    @property
    def _phrases(self) -> Mapping[str, AgentInfo]:
        return self.by_phrase

    def longest_match(self, words: Sequence[str], start: int = 0) -> tuple[int, AgentInfo] | None:
        """The longest agent phrase starting at ``words[start]`` (token texts): (end, info)."""
        return self._longest(words, start)


#: a name's bracketed tail: "irish republican army (ira)", "stanko todorov (acting" (cut short)
BRACKET = re.compile(r"\s*\(([^)]*)\)?\s*$")


def bracketed(written: str) -> tuple[str, str | None]:
    """A dictionary name without its bracketed tail, and the abbreviation the tail gives, if it is
    one: "irish republican army (ira)" -> ("irish republican army", "ira"); a tail that is a note
    ("(acting", "(colombia)", "(karatas faction)") gives none.  The Phoenix dictionaries write
    such names, which no text spells with the brackets; :meth:`ActorTable.of` keeps the name
    without a note only for people, since a note may tell places apart ("samoa (american)")."""
    found = BRACKET.search(written)
    if found is None or found.start() == 0:
        return written, None
    name, tail = written[: found.start()], found.group(1).strip()
    return name, tail if _abbreviates(tail, name) else None


def _abbreviates(tail: str, name: str) -> bool:
    """'ira' of 'irish republican army', 'jem' of 'jaish-e-mohammad': the tail's letters are
    initials of the name's words, in order (some words may be skipped)."""
    if not (2 <= len(tail) <= 6 and tail.isalpha()):
        return False
    initials = iter(w[0] for w in re.split(r"[\s-]+", name.lower()) if w)
    return all(letter in initials for letter in tail.lower())


@dataclass(frozen=True)
class ActorTable(_Phrases[tuple[ActorRecord, ...]]):
    """Named actors; looked up by any of their names, or by a surname when it is unambiguous."""

    records: tuple[ActorRecord, ...]
    country_codes: frozenset[str] = frozenset()
    by_name: dict[str, tuple[ActorRecord, ...]] = field(default_factory=dict, compare=False)
    by_surname: dict[str, tuple[ActorRecord, ...]] = field(default_factory=dict, compare=False)

    @classmethod
    def of(cls, records: Iterable[ActorRecord], country_codes: frozenset[str] = frozenset()) -> ActorTable:
        records = tuple(records)
        names: dict[str, list[ActorRecord]] = defaultdict(list)
        surnames: dict[str, list[ActorRecord]] = defaultdict(list)
        short: dict[str, list[ActorRecord]] = defaultdict(list)  # abbreviations given in brackets
        for record in records:
            for written in (record.name, *record.aliases):
                name, abbreviation = bracketed(written)
                # a note in brackets may tell apart records of one name ("samoa (american)")
                name = name if abbreviation or record.kind == "person" else written
                names[key(name)].append(record)
                if abbreviation:
                    short[key(abbreviation)].append(record)
                if record.kind == "person" and len(name.split()) > 1:
                    surnames[key(name).split()[-1]].append(record)
        for abbreviation, holders in short.items():  # only where it names one record and no name does
            if abbreviation not in names and len(set(holders)) == 1:
                names[abbreviation] = holders
        by_name = {k: tuple(dict.fromkeys(v)) for k, v in names.items()}
        by_surname = {k: tuple(dict.fromkeys(v)) for k, v in surnames.items()}
        return cls(records, country_codes, by_name, by_surname)

    def lookup(
        self,
        name: str,
        date: str | None = None,
        latest: bool = False,
        place: Callable[[str], bool] | None = None,
    ) -> ActorInfo | None:
        """By a name, else by an unambiguous surname that ``place`` does not say is a place's name."""
        found = self.by_name.get(key(name))
        if not found and not (place is not None and place(name)):
            surname = self.by_surname.get(key(name), ())
            found = surname if len(surname) == 1 and key(name) not in self.country_codes else None
        if not found:
            return None
        return self.info(found[0], date, latest)

    @property
    def _phrases(self) -> Mapping[str, tuple[ActorRecord, ...]]:
        return self.by_name

    def longest_match(self, words: Sequence[str], start: int = 0) -> tuple[int, ActorRecord] | None:
        """The longest actor name starting at ``words[start]``: (end, first record of that name).

        Resolve its code for a date with ``record.code_on(date)`` or :meth:`info`.
        """
        found = self._longest(words, start)
        return (found[0], found[1][0]) if found else None

    def info(self, record: ActorRecord, date: str | None = None, latest: bool = False) -> ActorInfo | None:
        """``record`` as an ActorInfo for ``date``; None for a null code.

        With ``latest``, a date after every restriction gets the last one: "Saddam
        Hussein" in a 2021 story is still an Iraqi actor.
        """
        code = record.code_on(date)
        if code is None and latest and date is not None:
            code = record.last_code_before(date)
        if code is None or code in NULL_CODES:
            return None
        country, sector = self.split(code)
        return ActorInfo(code, record.name, country, sector, record.kind)

    def split(self, code: str) -> tuple[str | None, str | None]:
        """``IRQGOV`` -> (IRQ, GOV); ``IGOUNO`` -> (None, IGO)."""
        if code[:3] in self.country_codes:
            return code[:3], (code[3:6] or None)
        return None, code[:3] or None
