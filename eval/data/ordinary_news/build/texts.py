"""The texts of the ordinary-news set: cleaning, sentence split and excerpt of each Wikinews body.

Every offset in `../annotations.jsonl` indexes the text made here, and each article's SHA-256
there is the hash of it, so this is the one place that says what the text is. Standard library
only; the source rows come from `wikinews_common/wikinews.py` (pin, checkout or git directory).

Why not `wikinews.clean_text` (the cleaning of the two other Wikinews sets): this set was
annotated on its own cleaning, which gives the same text on 36 of its 40 articles but not on
four: `clean_text` drops the sentence that follows an inline Korean gloss (its language-template
pattern runs to the end of the paragraph; Seoul mayor article), keeps thin spaces (U+2009; Nobel
prize and Winchester bus articles) and keeps the lead-in of a bulleted list the scraper lost
("Other classes included:", Texas Haunters). Re-cleaning would move the annotated offsets, so
the set keeps the cleaning it was annotated on: the scraper's date line removed, the exact
scraping fragments in JUNK removed, zero-width joiners and thin spaces removed, white space
collapsed, paragraphs joined by one blank line, every other word kept.

A long article keeps its leading paragraphs up to MAX_SENTENCES sentences (`excerpt`): the
set is annotated sentence by sentence, and the cut keeps long articles from outweighing the rest.
"""

from __future__ import annotations

import re
import sys

MAX_SENTENCES = 18  # a longer article keeps its leading paragraphs up to this many sentences
MIN_SENTENCES = 12  # ... or is cut inside a paragraph when whole paragraphs give fewer than this

# Scraping junk removed from the body: (article id, exact text). Each must occur exactly once.
SIRHAN = "wn-2019-09-03-kennedy-assassin-sirhan-sirhan-stabbed-in-california-prison"
JUNK: list[tuple[str, str]] = [
    # image captions rendered as paragraphs
    (SIRHAN, "Sirhan in 1969  (Image: CDCR)"),
    (SIRHAN, "Sirhan in 2016  (Image: CDCR)"),
    # attribution line of a pull quote whose quote the scraper did not keep
    (
        "wn-2019-01-04-magnitogorsk-apartment-building-collapses-after-explosion-do",
        "—Zinichev calling a temporary halt to rescue work ahead of emergency stabilisation works",
    ),
    # lead-in of a bulleted list the scraper did not keep
    ("wn-2019-08-05-wikinews-attends-texas-haunters-convention", " Other classes included:"),
    # inline template: the Korean original of the quote just before it
    (
        "wn-2020-07-09-seoul-city-mayor-park-won-soon-found-dead-south-korean-polic",
        "((ko))Korean language: \u200d4~5시간 전에 아버지가 유언 같은 말을 남기고 "
        "집을 나갔는데 전화기가 꺼져 있다",
    ),
]

DATE_LINE = re.compile(r"^\s*\w+day, \w+ \d{1,2}, \d{4}[\s\xa0]*\n")
ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "inc", "ltd", "co", "corp", "vs", "gen", "lt", "col",
    "sgt", "capt", "rep", "sen", "gov", "prof", "no", "mt", "ft", "jan", "feb", "mar", "apr", "aug",
    "sep", "sept", "oct", "nov", "dec", "a.m", "p.m", "e.g", "i.e", "approx", "u.s", "u.k", "s.a",
}  # fmt: skip
BOUNDARY = re.compile(r"[.!?][\"'”’)\]]*(?=\s+[\"“'‘(\[]?[A-Z0-9])")

Span = tuple[int, int]


def clean(aid: str, raw: str) -> str:
    """Plain text, paragraphs separated by one blank line, junk removed, words kept."""
    text = DATE_LINE.sub("", raw, count=1)
    for junk_id, junk in JUNK:
        if junk_id == aid:
            if text.count(junk) != 1:
                sys.exit(f"{aid}: junk not found exactly once: {junk!r}")
            text = text.replace(junk, "")
    text = text.replace("\u200d", "").replace("\u2009", "")
    paragraphs = []
    for block in re.split(r"\n\s*\n", text):
        para = re.sub(r"[\s\xa0]+", " ", block).strip()
        if para:
            paragraphs.append(para)
    return "\n\n".join(paragraphs)


def rule_boundaries(para: str) -> list[int]:
    """Offsets (in the paragraph) where a sentence ends, by punctuation and capitalisation."""
    ends = []
    for match in BOUNDARY.finditer(para):
        before = para[: match.start()]
        word = re.split(r"[\s(\"“]", before)[-1].casefold()
        if match.group()[0] == "." and (word in ABBREVIATIONS or re.fullmatch(r"[a-z]", word)):
            continue
        ends.append(match.end())
    return ends


def split_sentences(text: str) -> list[Span]:
    """Sentence spans over the whole text: every paragraph end and every rule end.

    The rule's output on this set was read sentence by sentence and needed no correction (quoted
    speech is split into its sentences; an elision "[...]" between quoted sentences ends one)."""
    ends: set[int] = set()
    offset = 0
    for para in text.split("\n\n"):
        ends.update(offset + e for e in rule_boundaries(para))
        offset += len(para)
        ends.add(offset)
        offset += 2
    spans = []
    start = 0
    for end in sorted(ends):
        while start < end and text[start].isspace():
            start += 1
        spans.append((start, end))
        start = end
    return spans


def truncate(text: str, spans: list[Span]) -> tuple[str, list[Span]]:
    """Keep a long article's leading paragraphs up to MAX_SENTENCES sentences."""
    if len(spans) <= MAX_SENTENCES:
        return text, spans
    para_ends = [i for i, (_s, e) in enumerate(spans) if e == len(text) or text[e : e + 2] == "\n\n"]
    whole = [i + 1 for i in para_ends if i + 1 <= MAX_SENTENCES]
    keep = whole[-1] if whole and whole[-1] >= MIN_SENTENCES else MAX_SENTENCES
    return text[: spans[keep - 1][1]], spans[:keep]


def excerpt(aid: str, raw: str) -> tuple[str, list[Span]]:
    """The annotated text of an article (cleaned, cut if long) and its sentence spans."""
    full = clean(aid, raw)
    return truncate(full, split_sentences(full))
