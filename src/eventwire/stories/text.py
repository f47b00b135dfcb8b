"""The words of an article as copies and stories compare them: plain regular expressions, no parse.

Copies and stories are assigned in the parent process after coding, where the parse is gone
(worker processes and Ray return articles without it), and again from what the store holds; so
everything here reads the cleaned text alone and is the same wherever it runs.

- **content words**: lower-cased words of three letters or more that are not stop words,
  crudely stemmed (a plural ``s`` off), so "bombs" and "bomb" meet;
- **names**: capitalised words that are not sentence-initial function words, lower-cased one by
  one ("Harry Winston" gives ``harry`` and ``winston``): who and where, which a reworded copy keeps
  and another happening of the same kind does not share;
- **numbers**: figures as written ("6.1", "23", "1,500" -> ``1500``), which rewording keeps too.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from dataclasses import dataclass
from functools import cache

from eventwire.datafiles import lines

PACKAGE = "eventwire.stories"
_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*[A-Za-z]|[A-Za-z]|\d+(?:[.,]\d+)*")
_YEAR = re.compile(r"^(?:19|20)\d\d$")


@cache
def _stop_words() -> frozenset[str]:
    """spaCy's English stop words (a copy: see the file) and the words of news reporting itself
    ("said", "reported")."""
    return frozenset(lines(PACKAGE, "stop_words.txt") + lines(PACKAGE, "news_words.txt"))


def _stem(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


@dataclass(frozen=True)
class Words:
    """The words of one text, in the three kinds copies and stories use."""

    content: Counter[str]
    names: Counter[str]
    numbers: Counter[str]
    years: frozenset[str]


def words(text: str) -> Words:
    """Content words, names, numbers and years of ``text``.

    A capitalised word is a name where it stands inside a sentence; at the start of a sentence
    or in a headline set in title case, only when the text also capitalises it inside one
    ("Robbers stole..." is no name, "Paris" is).
    """
    stops = _stop_words()
    content: Counter[str] = Counter()
    capitalised: Counter[str] = Counter()
    inside: set[str] = set()
    numbers: Counter[str] = Counter()
    years: set[str] = set()
    for sentence in _sentences(text):
        title_case = _is_title_case(sentence)
        for n, match in enumerate(_WORD.finditer(sentence)):
            token = match.group(0)
            if token[0].isdigit():
                number = token.replace(",", "")
                numbers[number] += 1
                if _YEAR.match(number):
                    years.add(number)
                continue
            low = token.lower().replace("’", "'").removesuffix("'s")
            if low in stops or len(low) < 3:
                continue
            if token[0].isupper():
                capitalised[low] += 1
                if n > 0 and not title_case:
                    inside.add(low)
            content[_stem(low)] += 1
    names = Counter({word: count for word, count in capitalised.items() if word in inside})
    return Words(content, names, numbers, frozenset(years))


def content_words(text: str) -> frozenset[str]:
    """The content words of a short text (an event's evidence), as :func:`words` finds them, in
    one pass with no sentences or names to tell."""
    stops = _stop_words()
    found = set()
    for match in _WORD.finditer(text):
        token = match.group(0)
        low = token.lower().replace("’", "'").removesuffix("'s")
        if not token[0].isdigit() and low not in stops and len(low) >= 3:
            found.add(_stem(low))
    return frozenset(found)


_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")


def _sentences(text: str) -> list[str]:
    return _SENTENCE.findall(text)


def _is_title_case(sentence: str) -> bool:
    """A headline: most of its words of four letters or more are capitalised."""
    long_words = [w for w in _WORD.findall(sentence) if len(w) >= 4 and w[0].isalpha()]
    return len(long_words) >= 3 and sum(w[0].isupper() for w in long_words) >= 0.7 * len(long_words)


def shingles(found: Words) -> set[str]:
    """What a copy's MinHash is made of: a text's content words and figures (order-free, so that
    a copy whose sentences were moved is still near its original)."""
    return set(found.content) | {f"#{n}" for n in found.numbers}


def anchors(found: Words) -> list[str]:
    """The names and numbers of a text, the facts a reworded copy keeps (sorted, unique; interned,
    since a run keeps every article's anchors and names recur across articles)."""
    return sorted({sys.intern(a) for a in (*found.names, *(f"#{n}" for n in found.numbers))})


def lead_of(text: str, sentences: int) -> str:
    """The first ``sentences`` sentences of the text (a headline line counts as one)."""
    return " ".join(_sentences(text)[:sentences])
