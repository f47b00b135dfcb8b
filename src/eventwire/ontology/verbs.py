"""Verb knowledge kept as the dictionaries write it: blocks of synonymous verbs sharing patterns.

A block's patterns apply to every verb in it, and a pattern's ``&name``
tokens stand for every member of that synset; entries are expanded for one
lemma at a time, on first lookup, so the tables stay small.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from eventwire.lookup import key
from eventwire.ontology.types import VerbEntry

T = TypeVar("T")

MAX_EXPANSIONS = 64  # a pattern holding several large synsets is cut here
Pattern = tuple[str, ...]


@dataclass(frozen=True)
class VerbForm:
    """A verb as written in a block: lemma, particle, words before it, inflected forms, own code."""

    lemma: str
    particle: str | None
    before: tuple[str, ...] = ()
    forms: tuple[str, ...] = ()
    code: str | None = None


@dataclass(frozen=True)
class VerbBlock:
    """Synonymous verbs, the block's default code, and the patterns they share."""

    code: str
    verbs: tuple[VerbForm, ...]
    patterns: tuple[tuple[Pattern, str], ...] = ()
    bare: bool = True  # whether a verb alone, with no pattern, is an entry


def split_code(raw: str) -> tuple[str, str | None]:
    """``042:043`` -> (042, 043); ``:173`` -> (---, 173); ``---`` -> (---, None)."""
    active, _, paired = raw.strip().partition(":")
    return active.strip() or "---", paired.strip() or None


def regular_forms(verb: str) -> list[str]:
    """The regular -s, -ed and -ing forms of an English verb."""
    if verb.endswith("e"):
        return [verb + "s", verb + "d", verb[:-1] + "ing"]
    if verb.endswith("y") and verb[-2:-1] not in ("a", "e", "o", "u"):
        return [verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"]
    if verb.endswith(("s", "sh", "ch", "x", "z")):
        return [verb + "es", verb + "ed", verb + "ing"]
    return [verb + "s", verb + "ed", verb + "ing"]


def synset_key(name: str) -> str:
    return name.strip().lstrip("&").rstrip("_").lower()


def expand(tokens: Pattern, synsets: dict[str, tuple[Pattern, ...]], depth: int = 0) -> list[Pattern] | None:
    """Every pattern ``tokens`` stands for, synsets spelled out; None when one is undefined."""
    choices: list[list[Pattern]] = []
    for token in tokens:
        if not token.startswith("&") or len(token) == 1:
            choices.append([(token,)])
            continue
        members = synsets.get(synset_key(token))
        if members is None or depth > 4:
            return None
        options: list[Pattern] = []
        for member in members:
            options.extend(expand(member, synsets, depth + 1) or [])
        choices.append(options)
    product = itertools.islice(itertools.product(*choices), MAX_EXPANSIONS)
    return [tuple(word for part in combo for word in part) for combo in product]


def make_entry(verb: VerbForm, pattern: Pattern, code: str) -> VerbEntry:
    """The entry for ``verb`` under ``pattern``; words written before a multi-word verb join the pattern."""
    if verb.before and "*" in pattern:
        at = pattern.index("*")
        joined = tuple(part for word in verb.before for part in (word, "_"))  # "WIRE_+TAP": neighbours
        pattern = pattern[:at] + joined + pattern[at:]
    active, paired = split_code(code)
    return VerbEntry(verb.lemma, verb.particle, pattern, active, paired)


@dataclass(frozen=True)
class VerbTable:
    """Verb (or event-noun) blocks by lemma, reachable from any inflected form."""

    blocks: tuple[VerbBlock, ...]
    synsets: dict[str, tuple[Pattern, ...]] = field(default_factory=dict)
    forms: dict[str, str] = field(default_factory=dict)
    by_lemma: dict[str, list[tuple[VerbForm, VerbBlock]]] = field(default_factory=dict, compare=False)
    _cache: dict[str, tuple[VerbEntry, ...]] = field(default_factory=dict, compare=False, repr=False)
    #: what a reader works out once from a word's entries (see :meth:`kept`)
    _derived: dict[tuple[str, str], Any] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def of(
        cls,
        blocks: Iterable[VerbBlock],
        synsets: dict[str, tuple[Pattern, ...]] | None = None,
        forms: dict[str, str] | None = None,
    ) -> VerbTable:
        blocks = tuple(blocks)
        by_lemma: dict[str, list[tuple[VerbForm, VerbBlock]]] = defaultdict(list)
        all_forms = dict(forms or {})
        for block in blocks:
            for verb in block.verbs:
                by_lemma[verb.lemma].append((verb, block))
                for form in verb.forms:
                    all_forms.setdefault(form, verb.lemma)
        return cls(blocks, dict(synsets or {}), all_forms, dict(by_lemma))

    def entries_of(self, lemma: str) -> tuple[VerbEntry, ...]:
        """Every entry of one lemma, expanded once and kept."""
        if lemma not in self._cache:
            out: list[VerbEntry] = []
            for verb, block in self.by_lemma.get(lemma, ()):
                if block.bare:
                    out.append(make_entry(verb, ("*",), verb.code or block.code))
                for tokens, code in block.patterns:
                    for pattern in expand(tokens, self.synsets) or ():
                        out.append(make_entry(verb, pattern, code))
            self._cache[lemma] = tuple(dict.fromkeys(out))
        return self._cache[lemma]

    def lookup(self, word: str) -> list[VerbEntry]:
        """Entries of the lemma ``word`` is a form of, then of ``word`` itself as a lemma."""
        word = key(word)
        lemma = self.forms.get(word, word)
        found = list(self.entries_of(lemma))
        if lemma != word:
            found.extend(self.entries_of(word))
        return found

    def kept(self, word: str, name: str, make: Callable[[list[VerbEntry]], T]) -> T:
        """``make`` of the word's entries (:meth:`lookup`), worked out once for the word and kept under
        ``name``: a reader's index of the patterns, built on first use."""
        slot = (name, key(word))
        if slot not in self._derived:
            self._derived[slot] = make(self.lookup(word))
        found: T = self._derived[slot]
        return found

    def lemmas(self) -> list[str]:
        return sorted(self.by_lemma)

    def __len__(self) -> int:
        return sum(len(block.verbs) for block in self.blocks)
