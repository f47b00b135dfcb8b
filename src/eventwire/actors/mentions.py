"""Actor mentions: the words in a text that name someone who can act.

Three sources, in order of trust: runs of proper nouns that the actor
dictionary knows ("Islamic State", "NATO"); the model's PERSON, ORG, GPE and
NORP entities; and role nouns of the agent dictionary ("militants", "Iraqi
lawmakers", "the Biden administration").  Each mention keeps the token range
of its whole noun phrase (for titles and nationality words) and of its name.
"""

from __future__ import annotations

from collections.abc import Iterator

from eventwire.actors.known_names import dictionary_mentions
from eventwire.actors.mention import ActorMention, name_tokens, span_text
from eventwire.actors.words import words_of
from eventwire.coref.words import nouns_of
from eventwire.ontology import actor_for, agent_for, country_for, known_person
from eventwire.parse import Entity, Parse, Token
from eventwire.phrases import np_bounds

ENTITY_KINDS = {"PERSON": "person", "ORG": "org", "GPE": "country", "NORP": "group"}
#: dependencies of words that belong with a role noun ("two Iraqi soldiers")
ROLE_MODIFIERS = ("amod", "compound", "nummod", "nmod", "poss", "det", "npadvmod")


def find_mentions(parse: Parse, text: str, published: str | None) -> list[ActorMention]:
    taken: set[int] = set()
    found: list[ActorMention] = []
    for source in (dictionary_mentions, _dictionary_names, _entity_names, _bare_names):
        for m in source(parse, text, published):
            if taken.isdisjoint(range(m.start, m.end)):
                found.append(m)
                taken.update(range(m.start, m.end))
    # A role noun may hold a name ("the Biden administration"): only its head must be free.
    found.extend(m for m in _role_nouns(parse, text, published) if m.head not in taken)
    return sorted((m for m in found if not _names_a_currency(parse, m)), key=lambda m: (m.start, m.end))


#: currencies named after a country ("US dollars", "Hong Kong dollars", "Canadian dollars")
CURRENCIES = frozenset(
    {"dollar", "euro", "pound", "yen", "yuan", "renminbi", "rupee", "peso", "franc", "ruble", "rouble",
     "lira", "dinar", "rial", "riyal", "shekel", "won", "krona", "krone", "rand", "real", "dirham"}
)  # fmt: skip


def _names_a_currency(parse: Parse, mention: ActorMention) -> bool:
    """The country's name is part of a currency's ("nine billion US dollars"): no one acts."""
    after = parse.tokens[mention.end] if mention.end < len(parse.tokens) else None
    return (
        after is not None
        and after.sent == parse.tokens[mention.head].sent
        and after.lemma.lower() in CURRENCIES
    )


def _propn_runs(parse: Parse) -> Iterator[tuple[int, int]]:
    run: list[Token] = []
    for tok in [*parse.tokens, None]:
        joins = tok is not None and (tok.pos == "PROPN" or (run and tok.text in ("-", "al", "bin")))
        if tok is not None and joins and (not run or run[-1].sent == tok.sent):
            run.append(tok)
            continue
        if run:
            yield run[0].i, run[-1].i + 1
        run = [tok] if tok is not None and tok.pos == "PROPN" else []


def _dictionary_names(parse: Parse, text: str, published: str | None) -> Iterator[ActorMention]:
    """Runs of proper nouns the actor dictionary knows, whole or after leading titles.

    A known name inside a longer unknown one ("Hezbollah" in "Harakat Hezbollah
    al-Nujaba") is another actor, so only whole runs count.
    """
    for start, end in _propn_runs(parse):
        first = start
        while first < end - 1 and agent_for(parse.tokens[first].text) is not None:
            first += 1
        for i in dict.fromkeys((first, start)):
            name = span_text(parse, text, i, end)
            info = actor_for(name, published)
            if info is not None and (end - i > 1 or name.isupper() or info.kind == "country"):
                kind = info.kind if info.kind in ("person", "country") else "org"
                yield ActorMention(i, end, end - 1, kind, np_bounds(parse, parse.tokens[end - 1])[0])
                break
            if info is None and _names_country(name):  # a country the model did not tag
                yield ActorMention(i, end, end - 1, "country", np_bounds(parse, parse.tokens[end - 1])[0])
                break


def _names_country(name: str) -> bool:
    info = country_for(name)
    return info is not None and info.kind in ("country", "abbreviation")


def _entity_names(parse: Parse, text: str, published: str | None) -> Iterator[ActorMention]:
    for ent in parse.ents:
        kind = ENTITY_KINDS.get(ent.label)
        if kind is None:
            continue
        start, end = name_tokens(parse, ent.start, ent.end)
        if start >= end:
            continue
        kind = _refine_kind(parse, text, ent, start, end, kind)
        if kind == "org" and known_person(span_text(parse, text, start, end), published):
            kind = "person"  # "called Sanders": a person the actor dictionary knows, tagged ORG
        if kind is not None:
            yield ActorMention(start, end, end - 1, kind, np_bounds(parse, parse.tokens[end - 1])[0])


def _bare_names(parse: Parse, text: str, published: str | None) -> Iterator[ActorMention]:
    """'Trump met with Macron': a capitalised singular noun with no determiner as a subject, which
    the tagger read as a common noun ("trump") and the model as no entity, and the actor dictionary
    knows as a person's name (a count noun needs a determiner there)."""
    for tok in parse.tokens:
        bare = tok.tag == "NN" and tok.text[:1].isupper() and tok.dep in ("nsubj", "nsubjpass")
        bare = bare and not any(k.dep in ("det", "poss") for k in parse.children(tok.i))
        if bare and known_person(tok.text, published):
            yield ActorMention(tok.i, tok.i + 1, tok.i, "person", np_bounds(parse, tok)[0])


def _refine_kind(parse: Parse, text: str, ent: Entity, start: int, end: int, kind: str) -> str | None:
    """Keep places out (only countries act) and nationality words used as nouns only."""
    name = span_text(parse, text, start, end)
    if kind == "person" and _apposed_org_word(parse, parse.tokens[end - 1]):
        return "org"
    if kind == "country":
        info = country_for(name)
        return "country" if info is not None and info.kind in ("country", "abbreviation", "capital") else None
    if kind == "group":
        head = parse.tokens[end - 1]
        return "group" if head.pos in ("NOUN", "PROPN") and head.dep not in ("amod", "compound") else None
    return kind


def _apposed_org_word(parse: Parse, head: Token) -> bool:
    """'Harakat al-Nujaba, an Iranian-aligned militia group': a name the model took for a person."""
    return any(k.dep == "appos" and k.lemma.lower() in words_of("orgword") for k in parse.children(head.i))


def _role_nouns(parse: Parse, text: str, published: str | None) -> Iterator[ActorMention]:
    """Nouns of the agent dictionary ('militants', 'Iraqi lawmakers'), and 'the group'."""
    for tok in parse.tokens:
        noun = tok.pos == "NOUN" or (tok.pos == "PROPN" and tok.text.islower())  # "foreign ministry" as PROPN
        if not noun or tok.dep == "compound":
            continue
        if not (_is_agent(parse, tok) or _is_anaphor(parse, tok)):
            continue
        start, end = name_tokens(parse, np_bounds(parse, tok)[0], tok.i + 1)
        yield ActorMention(start, end, tok.i, "role", start)


def _is_agent(parse: Parse, tok: Token) -> bool:
    known = agent_for(tok.text) or agent_for(tok.lemma)
    return known is not None or _compound_agent(parse, tok) is not None


def _is_anaphor(parse: Parse, tok: Token) -> bool:
    """'the group', 'the organisation': a bare definite description of an organisation, an actor
    of its own until the resolver (:mod:`eventwire.coref`) finds whom it describes."""
    kids = parse.children(tok.i)
    return tok.lemma.lower() in nouns_of("group") and [k.lower for k in kids if k.i < tok.i] == ["the"]


def _compound_agent(parse: Parse, tok: Token) -> str | None:
    """'security forces', 'militia groups', 'foreign secretary': the agent may take in the word before."""
    for k in parse.children(tok.i):
        if k.dep in ("compound", "amod") and k.i == tok.i - 1:
            phrase = f"{k.text} {tok.text}"
            if agent_for(phrase) is not None or (k.dep == "compound" and agent_for(k.lemma) is not None):
                return phrase
    return None
