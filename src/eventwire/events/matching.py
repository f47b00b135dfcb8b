"""TABARI-style matching of one verb pattern against the words around the verb.

A pattern is split at ``*`` (the verb).  Its words after the verb are looked
for, in order, among the words after the verb in its phrase; its words before
the verb are looked for among the words before it, going backwards from the
verb.  Between two pattern words any number of sentence words may be skipped,
unless the dictionary joined them with ``_`` ("NEW_&TIETYPES_RELATIONS"):
then they must be neighbours.  Slots bind actors: ``$`` the source and ``+``
the target (the next actor mention), ``^`` skips one noun phrase, ``%``
requires a compound actor.  The match reports how many pattern words and
slots it used, so that the most specific pattern can win.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache

JOIN = "_"
SLOT_SOURCE, SLOT_TARGET, SLOT_SKIP, SLOT_COMPOUND = "$", "+", "^", "%"
SLOTS = frozenset({"*", SLOT_SOURCE, SLOT_TARGET, SLOT_SKIP, SLOT_COMPOUND, JOIN})


@dataclass(frozen=True)
class Word:
    """One word of the sequence a pattern is matched against."""

    index: int  # token index in the parse
    forms: frozenset[str]  # the spellings a pattern word may match
    actor: str | None = None  # the actor whose mention covers the word
    phrase_end: int = -1  # position (in this sequence) of the last word of its noun phrase
    coordinated: bool = False  # part of a compound actor ("Gondor and Osgiliath")


@dataclass(frozen=True)
class Item:
    value: str
    joined: bool  # must directly follow the previous item (or the verb)


@dataclass(frozen=True)
class Match:
    size: int  # pattern words and slots matched
    source: int | None = None  # token index of the word the ``$`` slot bound
    target: int | None = None  # token index of the word the ``+`` slot bound
    compound: bool = False
    words: tuple[int, ...] = ()  # token indices of the words the literal pattern words matched


@cache
def split_pattern(pattern: tuple[str, ...]) -> tuple[tuple[Item, ...], tuple[Item, ...]]:
    """(items before the verb, nearest first; items after the verb, in order), worked out once."""
    star = pattern.index("*") if "*" in pattern else 0
    before = _items(list(reversed(pattern[: star + 1])))  # starts at the verb, going backwards
    after = _items(list(pattern[star:]))  # starts at the verb, going forwards
    return before, after


@cache
def literal_words(pattern: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """The words the pattern needs before and after the verb (slots left out)."""
    before, after = split_pattern(pattern)
    return (
        frozenset(i.value for i in before if i.value not in SLOTS),
        frozenset(i.value for i in after if i.value not in SLOTS),
    )


@dataclass(frozen=True)
class PatternIndex:
    """Which of a verb's patterns could match, told by the words around the verb: a pattern that
    needs words is filed under one of them, so that only patterns whose word is there are tried.

    A verb's patterns run to hundreds ("say", "make"); the words around one verb rule out most.
    """

    always: tuple[int, ...]  # patterns that need no word
    before: dict[str, tuple[int, ...]]  # patterns filed under a word they need before the verb
    after: dict[str, tuple[int, ...]]  # ... after the verb

    @classmethod
    def of(cls, patterns: Sequence[tuple[str, ...]]) -> PatternIndex:
        always: list[int] = []
        before: dict[str, list[int]] = {}
        after: dict[str, list[int]] = {}
        for k, pattern in enumerate(patterns):
            need_before, need_after = literal_words(pattern)
            if need_after:
                after.setdefault(min(need_after), []).append(k)
            elif need_before:
                before.setdefault(min(need_before), []).append(k)
            else:
                always.append(k)
        return cls(
            tuple(always),
            {w: tuple(ks) for w, ks in before.items()},
            {w: tuple(ks) for w, ks in after.items()},
        )

    def candidates(self, forms: tuple[frozenset[str], frozenset[str]]) -> list[int]:
        """The patterns, in their order, whose filed word is among ``forms`` (before, after)."""
        found = list(self.always)
        for word in forms[0] & self.before.keys():
            found.extend(self.before[word])
        for word in forms[1] & self.after.keys():
            found.extend(self.after[word])
        return sorted(found)


def _items(tokens: list[str]) -> tuple[Item, ...]:
    """Items after the leading ``*``; an item is joined when a ``_`` stands before it."""
    items: list[Item] = []
    joined = False
    for token in tokens[1:]:
        if token == JOIN:
            joined = True
            continue
        items.append(Item(token, joined))
        joined = False
    return tuple(items)


def forms_of(words: Sequence[Word]) -> frozenset[str]:
    """Every spelling the words offer: a pattern needing a word not among them cannot match."""
    return frozenset().union(*(w.forms for w in words))


def match_pattern(
    pattern: tuple[str, ...],
    upper: Sequence[Word],
    lower: Sequence[Word],
    forms: tuple[frozenset[str], frozenset[str]] | None = None,
) -> Match | None:
    """How ``pattern`` matches: ``upper`` holds the words before the verb, nearest first.

    ``forms`` (:func:`forms_of` of ``upper`` and ``lower``), when given, rules out at once a
    pattern whose words are not all there, which is most of a verb's patterns.
    """
    if forms is not None:
        need_before, need_after = literal_words(pattern)
        if not (need_after <= forms[1] and need_before <= forms[0]):
            return None
    before, after = split_pattern(pattern)
    low = _match(after, lower, 0, Match(0))
    if low is None:
        return None
    return _match(before, upper, 0, low)


def _match(items: Sequence[Item], words: Sequence[Word], pos: int, found: Match) -> Match | None:
    """The first way (trying nearer words first) that ``items`` match ``words`` from ``pos`` on."""
    if not items:
        return found
    item, rest = items[0], items[1:]
    last = pos + 1 if item.joined else len(words)
    for at in range(pos, min(last, len(words))):
        step = _step(item.value, words, at, found)
        if step is None:
            continue
        done = _match(rest, words, step[0], step[1])
        if done is not None:
            return done
    return None


def _step(value: str, words: Sequence[Word], at: int, found: Match) -> tuple[int, Match] | None:
    """Where matching goes on after ``value`` matched at ``at``, and what it bound; None for no match."""
    word = words[at]
    if value in (SLOT_SOURCE, SLOT_TARGET):
        if word.actor is None:
            return None
        end = at
        while end + 1 < len(words) and words[end + 1].actor == word.actor:
            end += 1
        if value == SLOT_SOURCE:
            return end + 1, replace(found, size=found.size + 1, source=word.index)
        return end + 1, replace(found, size=found.size + 1, target=word.index)
    if value == SLOT_SKIP:
        return (word.phrase_end + 1, found) if word.phrase_end >= at else None
    if value == SLOT_COMPOUND:
        return (at, replace(found, size=found.size + 1, compound=True)) if word.coordinated else None
    if value in word.forms:
        return at + 1, replace(found, size=found.size + 1, words=(*found.words, word.index))
    return None
