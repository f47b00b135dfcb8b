"""Reworded copies of an article, as content farms make them: for tests of copies and incidents.

A copy swaps words for synonyms (``data/reword.tsv``), moves and drops sentences, adds a
sentence of its own, stray junk tokens ("HTML1", a dot before a word) and boilerplate tails
("Read More").  Everything is drawn from a seeded random generator, so a seed gives the same
copy every time.  Standard library and the package's own data only.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from functools import cache

from eventwire.datafiles import rows

# A sentence ends after three lower-case letters and a mark ("U.S." "Dec. 31" "Maj. Gen." do not).
_SENTENCE_END = re.compile(r"(?<=[a-z]{3}[.!?])\s+(?=[A-Z“\"])|(?<=[a-z]{3}[.!?][”\"])\s+(?=[A-Z“\"])")
_FILLERS = (
    "The situation remains fluid, observers said.",
    "Further details were not immediately available.",
    "The development drew attention across the region.",
)
_BOILERPLATE = ("Read More", "Related Posts", "Click here to subscribe to our newsletter.", "Share this:")
_JUNK = ("HTML1", "XYZ123", "SEO42", "AMP7")


@dataclass(frozen=True)
class Rewording:
    """How hard a copy is reworded: shares of words swapped and sentences moved or dropped."""

    swap: float = 0.6  # share of the swappable words that are swapped
    move: float = 0.2  # share of the sentences moved
    drop: float = 0.1  # share of the sentences dropped (never the first)
    add: bool = True  # a filler sentence added
    junk: int = 2  # stray junk tokens added
    boilerplate: bool = True  # boilerplate lines added at the end


@cache
def _swaps() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple(
        (re.compile(rf"\b{re.escape(word)}\b"), replacement)
        for word, replacement in rows("eventwire.stories", "reword.tsv")
    )


def reword(text: str, seed: int, how: Rewording = Rewording()) -> str:
    """A reworded copy of ``text``: its paragraphs (the first two, title and lead, stay first),
    each a few sentences."""
    rng = random.Random(seed)
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    head, body = paragraphs[:2], paragraphs[2:]
    body = _moved(body, rng, how.move)
    out = [_swap_words(p, rng, how.swap) for p in head]
    for paragraph in body:
        sentences = [_swap_words(s, rng, how.swap) for s in _SENTENCE_END.split(paragraph)]
        kept = [s for s in sentences if rng.random() >= how.drop] or sentences[:1]
        out.append(" ".join(_moved(kept, rng, how.move)))
    if how.add and len(out) > 2:
        out.insert(rng.randrange(2, len(out)), rng.choice(_FILLERS))
    out = _with_junk(out, rng, how.junk)
    tail = rng.sample(_BOILERPLATE, 2) if how.boilerplate else []
    return "\n\n".join([*out, *tail]).strip() + "\n"


def _swap_words(sentence: str, rng: random.Random, share: float) -> str:
    for pattern, replacement in _swaps():
        if pattern.search(sentence) and rng.random() < share:
            sentence = pattern.sub(replacement, sentence, count=1)
    return sentence


def _moved(items: list[str], rng: random.Random, share: float) -> list[str]:
    """Neighbours swapped, about ``share`` of the items."""
    out = list(items)
    for _ in range(round(len(out) * share)):
        if len(out) < 2:
            break
        k = rng.randrange(len(out) - 1)
        out[k], out[k + 1] = out[k + 1], out[k]
    return out


def _with_junk(sentences: list[str], rng: random.Random, count: int) -> list[str]:
    out = list(sentences)
    for _ in range(count):
        k = rng.randrange(len(out))
        words = out[k].split(" ")
        if len(words) > 3:
            at = rng.randrange(1, len(words) - 1)
            words.insert(at, rng.choice(_JUNK) if rng.random() < 0.5 else "." + words.pop(at))
            out[k] = " ".join(words)
    return out


def copies(text: str, n: int, seed: int = 0, how: Rewording = Rewording()) -> list[str]:
    """``n`` reworded copies of ``text`` (seeds ``seed`` .. ``seed + n - 1``)."""
    return [reword(text, seed + k, how) for k in range(n)]
