"""Copies: which earlier article an article copies (a wire copy, a rewrite, a reworded clone).

Two steps, so that the work stays near-linear however many articles are stored:

1. **candidates** from a MinHash LSH index (datasketch) over the article's shingles (its
   content words and numbers, order-free): only articles that share a band of the signature are
   looked at, never all pairs.  The LSH threshold is low (``stories.copy_candidate_jaccard``),
   as rewording lowers the resemblance of a copy to its original;
2. a **check that survives rewording** (for articles published within ``stories.copy_window_days``
   of each other, when both dates are known): the estimated containment of the shorter text's shingles
   in the longer one's (a copy with sentences dropped is still contained in its original;
   one with junk and boilerplate added still contains most of it), and the share of the
   shorter one's names and numbers that the other also has (synonyms are swapped for words,
   never for names or figures).  Both must pass.

An article copies the earliest stored or earlier-processed article it passes the check with; a
copy of a copy points at the first original.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

import numpy as np
from datasketch import MinHash, MinHashLSH

from eventwire.stories.horizon import Horizon, keep_days

#: Permutations of the MinHash signature: 64 keeps the estimate within about +-0.06 of the truth.
NUM_PERM = 64
#: datasketch's hashing scheme, named so that stored signatures stay comparable across versions.
SCHEME = "affine32"


@dataclass(frozen=True)
class Signature:
    """What the copy check needs of one article: its MinHash, its shingle count, its anchors, its day."""

    hashes: np.ndarray  # NUM_PERM unsigned integers
    size: int
    anchors: frozenset[str]
    day: date | None = None

    def minhash(self) -> MinHash:
        return MinHash(num_perm=NUM_PERM, hashvalues=self.hashes, scheme=SCHEME, permutations=_permutations())

    def to_bytes(self) -> bytes:
        return self.hashes.astype("<u8").tobytes()

    @staticmethod
    def from_parts(blob: bytes, size: int, anchors: Iterable[str], day: date | None) -> Signature:
        hashes = np.frombuffer(blob, dtype="<u8").astype(np.uint64)
        return Signature(hashes, size, frozenset(anchors), day)


@cache
def _permutations() -> Any:
    """datasketch's permutations for NUM_PERM (drawn from its fixed seed), made once: drawing them
    costs more than hashing an article."""
    return MinHash(num_perm=NUM_PERM, scheme=SCHEME).permutations


def signature(shingles: set[str], anchors: Sequence[str], day: date | None = None) -> Signature:
    """The article's signature (an article without shingles gets the empty one: it copies nothing)."""
    sketch = MinHash(num_perm=NUM_PERM, scheme=SCHEME, permutations=_permutations())
    sketch.update_batch([s.encode("utf-8") for s in sorted(shingles)])
    return Signature(sketch.hashvalues.copy(), len(shingles), frozenset(anchors), day)


def containment(a: Signature, b: Signature) -> float:
    """Estimated share of the smaller shingle set that lies in the other, from the MinHash Jaccard."""
    if not a.size or not b.size:
        return 0.0
    jaccard = float(np.count_nonzero(a.hashes == b.hashes)) / NUM_PERM
    shared = jaccard * (a.size + b.size) / (1.0 + jaccard)
    return min(1.0, shared / min(a.size, b.size))


def anchor_overlap(a: Signature, b: Signature) -> float:
    """Share of the smaller anchor set found in the other (1.0 when neither has any)."""
    smaller = min(len(a.anchors), len(b.anchors))
    if smaller == 0:
        return 1.0 if not a.anchors and not b.anchors else 0.0
    return len(a.anchors & b.anchors) / smaller


@dataclass(frozen=True)
class CopyRule:
    """How close a copy is to its original (the ``stories`` settings)."""

    candidate_jaccard: float
    min_containment: float
    min_anchor_overlap: float
    min_shingles: int
    window_days: int
    forget_after_days: int = 0


class CopyIndex:
    """The signatures seen so far, in an LSH index, and the original each article copies."""

    def __init__(self, rule: CopyRule) -> None:
        self.rule = rule
        self._lsh = MinHashLSH(threshold=rule.candidate_jaccard, num_perm=NUM_PERM)
        self._signatures: dict[str, Signature] = {}
        self._original: dict[str, str] = {}  # article id -> the original it copies (or itself)
        self._order: dict[str, int] = {}
        self._horizon = Horizon(keep_days(rule.forget_after_days, rule.window_days))

    def __contains__(self, article_id: str) -> bool:
        return article_id in self._signatures

    def original_of(self, article_id: str) -> str | None:
        """The article this one copies, None for an original."""
        root = self._original.get(article_id)
        return None if root in (None, article_id) else root

    def find(self, article_id: str, sig: Signature) -> str | None:
        """The earliest article ``sig`` passes the copy check with, else None."""
        if sig.size < self.rule.min_shingles:
            return None
        found: list[str] = [
            str(key)
            for key in self._lsh.query(sig.minhash())
            if key != article_id and self._is_copy(sig, self._signatures[key])
        ]
        if not found:
            return None
        first = min(found, key=lambda key: self._order[key])
        return self._original.get(first, first)

    def _is_copy(self, a: Signature, b: Signature) -> bool:
        if b.size < self.rule.min_shingles:
            return False
        if a.day is not None and b.day is not None and abs((a.day - b.day).days) > self.rule.window_days:
            return False
        return (
            containment(a, b) >= self.rule.min_containment
            and anchor_overlap(a, b) >= self.rule.min_anchor_overlap
        )

    def add(self, article_id: str, sig: Signature, original: str | None, order: int) -> None:
        """Index an article (replacing an earlier version of it)."""
        self.remove(article_id)
        self._signatures[article_id] = sig
        self._original[article_id] = original or article_id
        self._order[article_id] = order
        if sig.size:
            self._lsh.insert(article_id, sig.minhash(), check_duplication=False)
        self._horizon.note(article_id, sig.day)

    def forget_old(self) -> None:
        """Forget the signatures no later article can copy (:mod:`eventwire.stories.horizon`)."""
        for day, article_id in self._horizon.expired():
            found = self._signatures.get(article_id)
            if found is not None and found.day == day:
                self.remove(article_id)

    def remove(self, article_id: str) -> None:
        if article_id in self._signatures:
            if self._signatures.pop(article_id).size:
                self._lsh.remove(article_id)
            del self._original[article_id], self._order[article_id]
