"""A plain-data linguistic parse: tokens, sentences, entities, dependencies.

NLP backends (:mod:`eventwire.nlp`) turn text into a :class:`Parse`; the
extractors read only this, never a spaCy ``Doc``, so they run the same with the
real model, with the fake backend of the tests, and inside a Ray worker.
Token character offsets index into the article text that was parsed.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property


@dataclass(frozen=True, slots=True)
class Token:
    i: int
    text: str
    start: int
    end: int
    lemma: str
    pos: str  # universal POS: NOUN, PROPN, VERB, AUX, ...
    tag: str  # fine tag: NN, NNS, VBD, ...
    dep: str  # dependency label: nsubj, dobj, ...; "ROOT" for the root
    head: int  # index of the head token (itself for the root)
    sent: int  # index of the sentence
    ent_type: str = ""  # PERSON, ORG, GPE, ... ; "" outside entities
    ent_iob: str = "O"  # B, I or O
    morph: str = ""  # e.g. "Tense=Past|VerbForm=Fin"
    ws: str = " "  # whitespace after the token in the text

    @property
    def lower(self) -> str:
        return self.text.lower()

    def has_morph(self, feature: str) -> bool:
        """True when the morphology holds e.g. ``"Tense=Past"``."""
        return feature in self.morph.split("|")


@dataclass(frozen=True, slots=True)
class Entity:
    start: int  # first token
    end: int  # token after the last
    label: str
    start_char: int
    end_char: int
    text: str


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int  # first token
    end: int  # token after the last
    start_char: int
    end_char: int


@dataclass
class Parse:
    """Tokens, sentences and entities of one text, with tree helpers."""

    tokens: list[Token]
    sents: list[Sentence]
    ents: list[Entity] = field(default_factory=list)
    backend: str = ""

    @cached_property
    def _children(self) -> list[list[int]]:
        kids: list[list[int]] = [[] for _ in self.tokens]
        for tok in self.tokens:
            if tok.head != tok.i:
                kids[tok.head].append(tok.i)
        return kids

    def children(self, i: int) -> list[Token]:
        return [self.tokens[k] for k in self._children[i]]

    def subtree(self, i: int, skip: frozenset[str] = frozenset()) -> list[Token]:
        """The token and all its descendants, in text order; none below a link labelled in ``skip``
        (a clause of its own under a phrase, say)."""
        out: list[int] = []
        stack = [i]
        while stack:
            k = stack.pop()
            out.append(k)
            stack.extend(c for c in self._children[k] if self.tokens[c].dep not in skip)
        return [self.tokens[k] for k in sorted(out)]

    def ancestors(self, i: int) -> Iterator[Token]:
        seen = {i}
        tok = self.tokens[i]
        while tok.head != tok.i and tok.head not in seen:
            seen.add(tok.head)
            tok = self.tokens[tok.head]
            yield tok

    def first_conjunct(self, i: int) -> Token:
        """The first of the coordinated words the token sits in ("attack" of "take a knife and
        attack"), the token itself when it is no conjunct."""
        tok = self.tokens[i]
        while tok.dep == "conj" and tok.head != tok.i:
            tok = self.tokens[tok.head]
        return tok

    def infinitive_to(self, i: int) -> Token | None:
        """The "to" that marks token i as an infinitive ("to attack"), if any."""
        return next((k for k in self.children(i) if k.dep == "aux" and k.lower == "to"), None)

    def has_infinitive_complement(self, i: int) -> bool:
        """Token i takes a complement clause in the infinitive ("warned residents to stay inside")."""
        return any(
            k.dep in ("xcomp", "ccomp") and self.infinitive_to(k.i) is not None for k in self.children(i)
        )

    def sentence_tokens(self, s: int) -> list[Token]:
        sent = self.sents[s]
        return self.tokens[sent.start : sent.end]

    def ents_in(self, s: int) -> list[Entity]:
        sent = self.sents[s]
        return [e for e in self.ents if sent.start <= e.start < sent.end]

    @cached_property
    def _ent_of_token(self) -> dict[int, Entity]:
        return {k: e for e in self.ents for k in range(e.start, e.end)}

    def entity_at(self, i: int) -> Entity | None:
        """The entity that token i belongs to, if any."""
        return self._ent_of_token.get(i)

    @cached_property
    def _sent_starts(self) -> list[int]:
        return [s.start_char for s in self.sents]

    @cached_property
    def _token_starts(self) -> list[int]:
        return [t.start for t in self.tokens]

    def sentence_at_char(self, pos: int) -> int | None:
        """Index of the sentence that holds character offset pos (a binary search: stages call it
        once per mention, so a scan would make them quadratic in the article's length)."""
        k = bisect_right(self._sent_starts, pos) - 1
        if k >= 0 and pos < self.sents[k].end_char:
            return k
        return None

    def token_at_char(self, pos: int) -> Token | None:
        """The token that holds character offset pos, if any (a binary search, as above)."""
        k = bisect_right(self._token_starts, pos) - 1
        if k >= 0 and pos < self.tokens[k].end:
            return self.tokens[k]
        return None

    def tokens_overlapping(self, start: int, end: int) -> list[Token]:
        """The tokens that share a character with the range [start, end)."""
        first = max(0, bisect_right(self._token_starts, start) - 1)
        last = bisect_left(self._token_starts, end)
        return [t for t in self.tokens[first:last] if t.end > start]

    def tokens_in(self, start: int, end: int) -> list[Token]:
        """The tokens that lie wholly inside the character range [start, end)."""
        first = bisect_left(self._token_starts, start)
        last = bisect_left(self._token_starts, end)
        return [t for t in self.tokens[first:last] if t.end <= end]
