"""Light coreference: which actor a speaker mention names.

A mention that overlaps an actor's mention names that actor (the one under
the mention's head word first).  A pronoun ("he", "they") names the last
speaker when that speaker was mentioned just before, else the most recent
actor of a fitting kind that was a subject in the last sentences, else the
most recent actor of a fitting kind.  A definite description ("the
official", "the group") names the most recent actor whose name or mention
context holds the noun ("Finance Minister Peter Novak" for "the minister").
Called in text order, it remembers the last speaker.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from eventwire.model import Actor
from eventwire.parse import Parse
from eventwire.quotes.claims import Mention
from eventwire.quotes.lexicon import pronoun_kinds, role_noun_kinds

#: A last speaker mentioned within this many characters before a pronoun is its antecedent.
RECENT_SPEAKER_CHARS = 400
#: How far around an actor's mention a role word ("minister", "spokesman") still describes it.
ROLE_WINDOW = 50
#: A pronoun prefers an actor that was the subject of its own or the last two sentences.
SUBJECT_LOOKBACK_SENTENCES = 2
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_DETERMINERS = frozenset({"the", "this", "that"})
_KIND_OF_ACTOR = {"person": "person", "role": "person", "org": "org", "group": "org", "country": "country"}
_KIND_OF_LABEL = {"PERSON": "person", "ORG": "org", "NORP": "org", "GPE": "country"}
_PRONOUN_REACH = {"org": frozenset({"org", "country"})}


@dataclass(frozen=True)
class _Mentioned:
    start: int
    end: int
    actor: str


class SpeakerResolver:
    def __init__(self, text: str, parse: Parse | None, actors: Sequence[Actor]) -> None:
        self._text = text
        self._mentions = sorted(
            (_Mentioned(s, e, a.id) for a in actors for s, e in a.mentions if 0 <= s < e <= len(text)),
            key=lambda m: (m.start, m.end),
        )
        self._kinds = {a.id: _actor_kind(a, parse) for a in actors}
        self._names = {a.id: a.name.lower() for a in actors}
        self._last: tuple[str, int] | None = None  # last speaker and where it was named
        self._parse = parse
        self._subject_starts = (
            sorted(t.start for t in parse.tokens if t.dep in _SUBJECT_DEPS) if parse else []
        )

    def resolve(self, mention: Mention) -> str | None:
        actor = self._named(mention) or self._referred(mention)
        if actor is not None:
            self._last = (actor, mention.end)
        return actor

    def _named(self, mention: Mention) -> str | None:
        under_head = [m for m in self._mentions if m.start < mention.head_end and mention.head_start < m.end]
        overlapping = [m for m in self._mentions if m.start < mention.end and mention.start < m.end]
        found = under_head or overlapping
        return min(found, key=lambda m: m.end - m.start).actor if found else None

    def _referred(self, mention: Mention) -> str | None:
        word = self._text[mention.head_start : mention.head_end].lower()
        if mention.start == mention.head_start and word in pronoun_kinds():
            return self._antecedent(mention.start, _reach(pronoun_kinds()[word]))
        first = self._text[mention.start : mention.head_start].split()[:1]
        if first and first[0].lower() in _DETERMINERS and word in role_noun_kinds():
            return self._described(mention.start, word, role_noun_kinds()[word])
        return None

    def _antecedent(self, before: int, kinds: frozenset[str]) -> str | None:
        last = self._last
        if last is not None and self._fits(last[0], kinds) and before - last[1] <= RECENT_SPEAKER_CHARS:
            return last[0]
        earlier = [m for m in self._mentions if m.end <= before and self._fits(m.actor, kinds)]
        if not earlier:
            return None
        near = self._window_start(before)
        subjects = [m for m in earlier if m.start >= near and self._is_subject(m)]
        return max(subjects or earlier, key=lambda m: m.end).actor

    def _window_start(self, pos: int) -> int:
        """Where the sentences that a pronoun most likely looks back to begin."""
        if self._parse is None:
            return pos
        k = self._parse.sentence_at_char(pos)
        if k is None:
            return pos
        return self._parse.sents[max(0, k - SUBJECT_LOOKBACK_SENTENCES)].start_char

    def _is_subject(self, m: _Mentioned) -> bool:
        k = bisect_left(self._subject_starts, m.start)
        return k < len(self._subject_starts) and self._subject_starts[k] < m.end

    def _described(self, before: int, noun: str, kinds: frozenset[str]) -> str | None:
        """The most recent actor the noun fits: in its name ("the ministry" -> "Interior Ministry"),
        in the words around one of its mentions ("Finance Minister Peter Novak", "Lopez, the
        president"), or, for group nouns ("the group"), the most recent organisation."""
        word = re.compile(rf"\b{re.escape(noun)}s?\b", re.IGNORECASE)
        earlier = [m for m in self._mentions if m.end <= before]
        fitting = [m for m in earlier if word.search(self._names[m.actor]) or word.search(self._around(m))]
        if not fitting and "org" in kinds:
            fitting = [m for m in earlier if self._kinds.get(m.actor) == "org"]
        return max(fitting, key=lambda m: m.end).actor if fitting else None

    def _around(self, m: _Mentioned) -> str:
        """The words just before and after a mention, within its sentence."""
        before = re.split(r"[.!?\n]", self._text[max(0, m.start - ROLE_WINDOW) : m.start])[-1]
        after = re.split(r"[.!?\n]", self._text[m.end : m.end + ROLE_WINDOW])[0]
        return f"{before} {after}"

    def _fits(self, actor: str, kinds: frozenset[str]) -> bool:
        kind = self._kinds.get(actor)
        return kind is None or kind in kinds


def _reach(kinds: frozenset[str]) -> frozenset[str]:
    """Kinds a pronoun may refer to: "it" and "they" also stand for countries."""
    out = set(kinds)
    for kind in kinds:
        out |= _PRONOUN_REACH.get(kind, frozenset())
    return frozenset(out)


def _actor_kind(actor: Actor, parse: Parse | None) -> str | None:
    """person, org or country; from the actor's kind, else the entity label at its first mention."""
    if actor.kind in _KIND_OF_ACTOR:
        return _KIND_OF_ACTOR[actor.kind]
    if parse is None or not actor.mentions:
        return None
    start, end = actor.mentions[0]
    for ent in parse.ents:
        if ent.start_char < end and start < ent.end_char:
            return _KIND_OF_LABEL.get(ent.label)
    return None
