"""An actor mention: the tokens of a name and of the noun phrase around it."""

from __future__ import annotations

from dataclasses import dataclass

from eventwire.actors.words import words_of
from eventwire.parse import Parse


@dataclass(frozen=True)
class ActorMention:
    start: int  # first token of the name
    end: int  # token after the name
    head: int  # the phrase's head token
    kind: str  # person, org, country, group, role
    phrase_start: int  # first token of the noun phrase (titles, adjectives)


def name_tokens(parse: Parse, start: int, end: int) -> tuple[int, int]:
    """Trim articles, possessive endings and punctuation off a token range."""
    edge = words_of("edge")
    while start < end and (parse.tokens[start].lower in edge or parse.tokens[start].pos == "PUNCT"):
        start += 1
    while end > start and (parse.tokens[end - 1].lower in edge or parse.tokens[end - 1].pos == "PUNCT"):
        end -= 1
    return start, end


def span_text(parse: Parse, text: str, start: int, end: int) -> str:
    return text[parse.tokens[start].start : parse.tokens[end - 1].end]
