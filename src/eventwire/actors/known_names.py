"""Actor names of the active knowledge, matched on token n-grams as PETRARCH matches them.

Every capitalised word may begin a name of the actor dictionary; the longest
name wins and the scan goes on after it.  A name found inside a longer run of
proper nouns that is no title ("Hezbollah" in "Harakat Hezbollah al-Nujaba")
names another actor and is skipped.  Codes are resolved for the story's date
(date-restricted codes); a name whose code is null for that date is no actor.
"""

from __future__ import annotations

from collections.abc import Iterator

from eventwire.actors.mention import ActorMention
from eventwire.ontology import active_knowledge, agent_for, country_for
from eventwire.ontology.tables import ActorTable
from eventwire.parse import Parse, Token
from eventwire.phrases import np_bounds


def dictionary_mentions(parse: Parse, text: str, published: str | None) -> Iterator[ActorMention]:
    table = active_knowledge().actors
    if table is None:
        return
    for sent in parse.sents:
        words = [t.text for t in parse.tokens[sent.start : sent.end]]
        i = sent.start
        while i < sent.end:
            found = _match_at(parse, table, words, sent.start, i, published)
            if found is None:
                i += 1
                continue
            yield found
            i = found.end


def _match_at(
    parse: Parse, table: ActorTable, words: list[str], offset: int, i: int, published: str | None
) -> ActorMention | None:
    tok = parse.tokens[i]
    if not (tok.text[:1].isupper() or tok.pos == "PROPN"):
        return None
    match = table.longest_match(words, i - offset)
    if match is None:
        return None
    end = match[0] + offset
    info = table.info(match[1], published, latest=True)
    if info is None or not _stands_alone(parse, i, end, tok, info.kind):
        return None
    if agent_for(tok.text) is not None and i + 1 < end and table.longest_match(words, i + 1 - offset):
        return None  # a title before a name ("President Donald Trump") is coded as a title
    kind = "person" if _titled(parse, i) else info.kind if info.kind in ("person", "country") else "org"
    head = _head(parse, i, end)
    return ActorMention(i, end, head.i, kind, np_bounds(parse, head)[0])


def _stands_alone(parse: Parse, start: int, end: int, first: Token, kind: str) -> bool:
    """A single word must look like a name; no untitled proper noun may run on either side, but a
    first name before a person's ("Ali Khamenei") or a country's before a body's ("US Congress"); a
    proper noun that modifies a body's name makes another body's ("the Clinton Foundation")."""
    if end - start == 1 and not (kind == "country" or first.pos == "PROPN" or first.text.isupper()):
        return False
    sent = parse.sents[first.sent]
    before = parse.tokens[start - 1] if start > sent.start else None
    after = parse.tokens[end] if end < sent.end else None
    if before is not None and before.pos == "PROPN" and agent_for(before.text) is None:
        if kind != "person" and _names_it(before, start, end) and not _a_country(before):
            return False  # "the Clinton Foundation" is not the gang Phoenix also calls "Foundation"
        return _is_title_start(parse, end) if after is not None and after.pos == "PROPN" else True
    return after is None or after.pos != "PROPN" or _is_title_start(parse, end)


def _a_country(word: Token) -> bool:
    """A country's name, or the end of an abbreviation that may be one ("U. S.")."""
    return country_for(word.text) is not None or word.text.endswith(".")


def _names_it(before: Token, start: int, end: int) -> bool:
    """The word is a compound modifier of the name that follows it."""
    return before.dep == "compound" and start <= before.head < end


def _titled(parse: Parse, i: int) -> bool:
    """A name right after a title ("Prime Minister Romendacil") is a person's."""
    sent = parse.sents[parse.tokens[i].sent]
    for first in range(max(sent.start, i - 3), i):
        if agent_for(" ".join(t.text for t in parse.tokens[first:i])) is not None:
            return True
    return False


def _is_title_start(parse: Parse, i: int) -> bool:
    agents = active_knowledge().agents
    sent = parse.sents[parse.tokens[i].sent]
    words = [t.text for t in parse.tokens[i : sent.end]]
    return agents is not None and agents.longest_match(words, 0) is not None


def _head(parse: Parse, start: int, end: int) -> Token:
    """The name's syntactic head: its word whose head lies outside it."""
    for tok in parse.tokens[start:end]:
        if not start <= tok.head < end or tok.head == tok.i:
            return tok
    return parse.tokens[end - 1]
