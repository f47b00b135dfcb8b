"""A headline run into the top of a story, as the parser should read it.

Text converted from web pages often runs the headline into the first sentence with no line break
("Thai Police Arrest Bombing Suspect BANGKOK — Police in Thailand arrested ...").  The model then
reads the headline's title-case words as names ("Bombing" a proper noun inside an organisation)
and the headline as the start of the first sentence.  :func:`reading` gives the text the parser
reads instead: of the same length, with the headline's common words in lower case, and the
offset where the story after the headline starts, so that a sentence starts there.  The article
text itself is never changed: spans and words are read from it, not from this copy.

A word of the headline is common when the story writes it in lower case and never capitalises it
inside a sentence ("Suspect" when the story says "the suspect"; not "Boston").  The story starts
after the headline at a dateline ("BANGKOK —"), a time stamp ("02:53 UTC:"), an article ("The",
"A", "An") that title case would have left in lower case, or the next line; when none marks it,
the text is read as it is (a headline word may start the story: "... Sentenced Convicted Boston
Marathon bomber").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from eventwire.clean.dateline import find_dateline

#: a headline is looked for among the first words of the text's first line
HEAD_WORDS = 30
#: capitalised words (not counting the story's first) a run needs to be a title-case headline
MIN_CAPITALISED = 3
#: the shortest stem compared with the story's words ("Arrests" and "arrested" share "arrest")
MIN_STEM = 4
#: how much of the story is searched for the way it writes a headline's word
STORY_CHARS = 30_000
#: short words title case leaves in lower case
MINOR = frozenset(
    {"a", "an", "the", "and", "or", "but", "nor", "as", "at", "by", "for", "in", "of", "on", "to", "up",
     "vs", "via", "per", "off", "out", "over", "into", "with", "from"}
)  # fmt: skip
#: capitalised inside a title-case headline, these start the story after it
STORY_STARTS = frozenset({"The", "A", "An"})
_WORD = re.compile(r"\S+")
_EDGE = "\"“”‘’'()[],:;!?.…—–-|"
_TIME = re.compile(r"\d{1,2}:\d{2}$")
_SENTENCE_BEFORE = re.compile(r"(?:^|[.!?:;\"“”‘’(\[—–-]|\n)\s*$")


@dataclass(frozen=True)
class Reading:
    """The text the parser reads (same length as the article's) and offsets where a sentence starts."""

    text: str
    starts: tuple[int, ...] = ()


@dataclass(frozen=True)
class _Word:
    start: int
    core: str  # the word without the punctuation around it
    core_at: int  # where the core starts

    @property
    def kind(self) -> str:
        if not any(c.isalpha() for c in self.core):
            return "other"
        if self.core[0].isupper():
            return "capital"
        return "minor" if self.core in MINOR else "lower"


def reading(text: str) -> Reading:
    """How the parser should read ``text``: itself, unless a title-case headline opens it."""
    words = _first_words(text)
    stop = next((k for k, w in enumerate(words) if w.kind == "lower"), len(words))
    run = words[:stop]
    if not _is_headline(run):
        return Reading(text)
    start = _story_start(text, run)
    if start is None and stop == len(words) and len(words) < HEAD_WORDS:
        start = len(run)  # the whole first line: the story starts on the next
    if start is None:  # the headline's end is not marked: "... Sentenced Convicted Boston bomber"
        return Reading(text)
    story_at = words[start].start if start < len(words) else _next_line(text)
    viewed = _lowered(text, run[1:start], text[story_at : story_at + STORY_CHARS])
    return Reading(viewed, (story_at,) if story_at < len(text) else ())


def _first_words(text: str) -> list[_Word]:
    line_end = text.find("\n")
    line = text if line_end < 0 else text[:line_end]
    out = []
    for m in _WORD.finditer(line):
        lead = len(m.group()) - len(m.group().lstrip(_EDGE))
        out.append(_Word(m.start(), m.group().strip(_EDGE), m.start() + lead))
        if len(out) == HEAD_WORDS:
            break
    return out


def _is_headline(run: list[_Word]) -> bool:
    capitals = [w for w in run if w.kind == "capital"]
    return bool(run) and run[0].kind != "minor" and len(capitals) > MIN_CAPITALISED


def _story_start(text: str, run: list[_Word]) -> int | None:
    """Index of the run's word that starts the story after the headline, if one is marked."""
    for k in range(2, len(run)):
        word = run[k]
        if word.core in STORY_STARTS or _TIME.match(word.core):
            return k
        if word.core.isupper() and len(word.core) > 1 and find_dateline(text[word.start :]) is not None:
            return k
    return None


def _next_line(text: str) -> int:
    at = text.find("\n")
    return len(text) if at < 0 else at + 1


def _lowered(text: str, head: list[_Word], story: str) -> str:
    chars = list(text)
    for word in head:
        if word.kind == "capital" and _common(word.core, story):
            low = word.core[0].lower()
            if len(low) == 1:
                chars[word.core_at] = low
    return "".join(chars)


def _common(word: str, story: str) -> bool:
    """True when the story writes ``word`` (or another form of it) in lower case and never
    capitalises it inside a sentence."""
    if not word.isalpha() or not word[1:].islower():
        return False
    stem = _stem(word)
    if re.search(rf"\b{re.escape(stem.lower())}[a-z]{{0,3}}\b", story) is None:
        return False
    return not any(
        _SENTENCE_BEFORE.search(story[max(0, m.start() - 3) : m.start()]) is None
        for m in re.finditer(rf"\b{re.escape(stem)}[a-z]{{0,3}}\b", story)
    )


def _stem(word: str) -> str:
    """``word`` less an inflection ending ("Arrests" -> "Arrest", "Resigned" -> "Resign")."""
    for ending in ("ing", "ed", "es", "s", "d"):
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            return word[: -len(ending)]
    return word
