"""Event parties: the words of the parse linked to the article's actors.

A party is the noun phrase of a source or target word and the actor whose
mention covers its head (or, failing that, any mention inside the phrase);
"restored ties with Gondor" and "some of whom" reach through to the actor.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from eventwire.actors.affiliation import KIN
from eventwire.actors.codes import political
from eventwire.events.arguments import (
    KINDS,
    SITE_NOUNS,
    instrument,
    on_a_medium,
    part_of_a_place,
    prep_object,
    relative_antecedent,
)
from eventwire.events.lexicon import DOER_ENTITIES, lemma_of, names_time
from eventwire.memo import per_article
from eventwire.model import Actor, Article, Event, Party, Quote
from eventwire.ontology import country_for
from eventwire.parse import Parse, Token
from eventwire.phrases import name_after_title, np_bounds
from eventwire.spans import SpanIndex, index_of

#: words by which a speaker names himself or his side
FIRST_PERSON = frozenset({"i", "me", "my", "we", "us", "our"})
#: prepositions through which an object that is no actor points at one ("ties with Gondor")
PARTY_PREPS = ("with", "to", "against", "on", "of")
#: words that ask who or what ("Who launched the attack?", "wondering who was behind it"): when
#: no relative clause gives them a noun to stand for, they name no one
ASKING = frozenset({"who", "whom", "what", "which", "whoever", "whomever", "whatever"})


#: articles, which a misparse may leave alone as a noun phrase's head
ARTICLES = frozenset({"a", "an", "the"})


def party_of(article: Article, parse: Parse, head: Token | None, act: Token | None = None) -> Party:
    """The party the word ``head`` names, in the words of its noun phrase; the phrase stops before
    the ``act`` it names ("the organizer of the attack on the president": the organizer, not the
    president)."""
    if head is None or (head.tag in ("WP", "WDT") and head.lower in ASKING):
        return Party()
    if head.tag == "DT" and head.lower in ARTICLES:
        return Party()  # "A shoot-out killed two people" parsed with "A" for the subject: no one
    first, last = np_bounds(parse, head)
    titled = _name_after_title(article, parse, head)
    if titled is not None:  # "United States Senator from Vermont Bernie Sanders"
        person, name = titled
        return Party(actor=person, text=article.text[parse.tokens[first].start : name.end])
    holds_act = act is not None and head.i < act.i <= last
    if act is not None and holds_act:
        last = _before(parse, head, act)
    start, end = parse.tokens[first].start, parse.tokens[last].end
    if head.lemma.lower() in KIN:  # "the son of the interior minister" is not the minister
        own = _actor_at(article.actors, head.start, head.end, head.start, head.end)
        return Party(actor=own, text=article.text[start:end])
    actor = _actor_at(article.actors, head.start, head.end, start, end)
    actor = _named_role(article, parse, head) or actor if _uncoded(article, actor) else actor
    if actor is None and head.pos == "ADJ":
        actor = _country_actor(article.actors, head.text)  # "the American occupation": the U.S.
    if actor is None and head.lower in FIRST_PERSON:
        actor = _speaker_of(article.quotes, head.start)  # '"We will not negotiate," the minister said'
    if actor is None:
        inner = prep_object(parse, head, PARTY_PREPS)  # "restored ties with Gondor", "some of whom"
        # not "an inmate on Friday", nor "survivors of the blast" (an act or a weapon is no party)
        outside = holds_act and inner is not None and inner.i > last  # past the act the phrase names
        # nor "a bus on Main Street", "a synagogue on rue Copernic": a street or a building is where,
        # never who ("a visit to Europe" goes to whoever rules there)
        on = inner is not None and parse.tokens[inner.head].lower == "on"
        site = inner is not None and (
            inner.ent_type == "FAC" or (on and (inner.ent_type == "LOC" or lemma_of(head) in SITE_NOUNS))
        )
        if (
            inner is not None
            and not outside
            and not site
            and not names_time(inner)
            and not instrument(parse, inner)
            and lemma_of(inner) not in KINDS
            and not _someone_of_a_thing(parse, head, inner)
            and not part_of_a_place(parse, inner)  # "custody on the fringe of Bangkok"
            and not on_a_medium(parse, inner)  # "criticized the decision on Facebook"
        ):
            return party_of(article, parse, relative_antecedent(parse, inner))
    return Party(actor=actor, text=article.text[start:end])


def _someone_of_a_thing(parse: Parse, head: Token, inner: Token) -> bool:
    """A noun naming people, whose preposition's object names a thing: the people are the party
    ("the owner of the shop", "the driver of the bus" were shot, not the shop or the bus)."""
    from eventwire.events.coverage import names_a_thing, names_people  # coverage reads this module

    person = head.pos == "NOUN" and names_people(head)
    return person and names_a_thing(inner, list(parse.subtree(inner.i)))


def _name_after_title(article: Article, parse: Parse, title: Token) -> tuple[str, Token] | None:
    """'Senator from Vermont Bernie Sanders': a title whose "from" phrase ends in a person's name
    (the parser read the name as the object of "from", and the place and the name as one): the
    person's actor, and the name's last word."""
    name = name_after_title(parse, title) if title.pos in ("NOUN", "PROPN") else None
    if name is None:
        return None
    actor = _actor_at(article.actors, name.start, name.end, name.start, name.end)
    known = actors_by_id(article).get(actor) if actor else None
    return (known.id, name) if known is not None and known.kind == "person" else None


def _named_role(article: Article, parse: Parse, role: Token) -> str | None:
    """The actor of the name a role noun stands for ("Khalid Masood, the militant responsible":
    the militant is Masood)."""
    name = _name_for(parse, role) if role.pos in ("NOUN", "ADJ") else None
    return _actor_at(article.actors, name.start, name.end, name.start, name.end) if name else None


def _uncoded(article: Article, actor: str | None) -> bool:
    """No actor, or one the dictionaries gave no code ("the customer", "a suspect")."""
    return actor is None or actors_by_id(article)[actor].code is None


#: verbs that say who someone is: "was named as the bomber", "identified him as a suspect"
NAMING_VERBS = frozenset({"name", "identify", "describe", "confirm", "reveal", "list", "unmask", "label"})


def _name_for(parse: Parse, role: Token) -> Token | None:
    """The name a role noun stands for: its apposition ("Khalid Masood, the militant", "the
    victim, Aysha Frade"), the subject it is said to be ("Masood was the ringleader"), or whom a
    naming verb says it is ("Khalid was named as the suicide bomber", "identified McVeigh as a
    suspect")."""
    if role.dep == "appos" and role.head != role.i and parse.tokens[role.head].ent_type in DOER_ENTITIES:
        return parse.tokens[role.head]
    kids = parse.children(role.i)
    apposed = next((k for k in kids if k.dep == "appos" and k.ent_type in DOER_ENTITIES), None)
    if apposed is not None:
        return apposed
    if role.dep == "attr" and lemma_of(parse.tokens[role.head]) == "be":
        # "his older brother was the driving force behind the attack": the brother
        return next((k for k in parse.children(role.head) if k.dep == "nsubj"), None)
    prep = parse.tokens[role.head]
    if role.dep != "pobj" or prep.lower != "as" or prep.head == prep.i:
        return None
    verb = parse.tokens[prep.head]
    if verb.pos != "VERB" or lemma_of(verb) not in NAMING_VERBS:
        return None
    named = next((k for k in parse.children(verb.i) if k.dep in ("nsubjpass", "dobj")), None)
    return named if named is not None and (named.ent_type in DOER_ENTITIES or named.pos == "PROPN") else None


def _before(parse: Parse, head: Token, act: Token) -> int:
    """The last word of the phrase before the act's own phrase, its linking words left out ("the
    victims of the bombing", "the perpetrators of honor killings": "the victims", "the
    perpetrators")."""
    top = act
    while top.dep in ("compound", "amod", "nmod") and top.head != top.i and top.head > head.i:
        top = parse.tokens[top.head]  # "the August 4 assassination attempt": the attempt's phrase
    last = min(np_bounds(parse, top)[0], act.i) - 1
    while last > head.i and parse.tokens[last].pos in ("ADP", "DET", "PART", "PUNCT", "ADJ"):
        last -= 1
    return max(last, head.i)


def coded(article: Article, party: Party) -> bool:
    """The party's actor has a country or a political sector ('IRQ', 'GOV'), not only a name."""
    actor = actors_by_id(article).get(party.actor) if party.actor else None
    return actor is not None and political(actor.country, actor.sector)


def told_by_it(event: Event, verb: Token | None) -> bool:
    """The act is told by a verb whose subject is "it" ("officials said it killed nine"), whatever
    "it" was resolved to: a fire, a virus, a storm, or the act told just before it."""
    return verb is not None and verb.pos == "VERB" and (event.source.text or "").lower() == "it"


@per_article
def actors_by_id(article: Article) -> dict[str, Actor]:
    """The article's actors by their ids (asked once per event: built once per article)."""
    return {a.id: a for a in article.actors}


def _speaker_of(quotes: Sequence[Quote], at: int) -> str | None:
    """The speaker of the direct quote that holds the character offset ``at``."""
    for quote in quotes:
        if quote.direct and quote.start <= at < quote.end:
            return quote.speaker.actor
    return None


def _country_actor(actors: Sequence[Actor], adjective: str) -> str | None:
    """The article's actor for the country a nationality word names, if it has one."""
    info = country_for(adjective)
    if info is None:
        return None
    return next((a.id for a in actors if a.kind == "country" and a.code == info.cameo), None)


def _actor_at(actors: Sequence[Actor], hs: int, he: int, start: int, end: int) -> str | None:
    """The actor whose mention covers the head word, else the widest mention inside the phrase
    ("a general of the US army": the US army, not the United States its "US" names), the first
    such actor in the article's order on a tie."""
    index = index_of(actors, lambda: SpanIndex([m for a in actors for m in a.mentions], _owners(actors)))
    covering = index.covering(hs, he)
    if covering:
        return index.labels[min(covering)]
    inside = index.inside(start, end)
    return index.labels[min(inside, key=lambda n: (-index.length(n), n))] if inside else None


def _owners(actors: Sequence[Actor]) -> list[str]:
    return [a.id for a in actors for _ in a.mentions]


def token_owners(parse: Parse, actors: Sequence[Actor]) -> dict[int, str]:
    """Token index -> id of the actor whose mention covers it (the tokens of each mention by a
    binary search: a scan of every token per mention made the events stage quadratic)."""
    owners: dict[int, str] = {}
    for actor in actors:
        for start, end in actor.mentions:
            for tok in parse.tokens_in(start, end):
                owners.setdefault(tok.i, actor.id)
    return owners


def phrase_tokens(article: Article, parse: Parse, sentence: int, text: str) -> list[Token]:
    """The tokens of the first occurrence of ``text`` that starts in the sentence (none if none)."""
    sent = parse.sents[sentence]
    start = article.text.find(text, sent.start_char)
    if start < 0 or start >= sent.end_char:
        return []
    end = start + len(text)
    return [t for t in parse.tokens[sent.start : sent.end] if start <= t.start and t.end <= end]


def _same_mention(parse: Parse, owners: Mapping[int, str], actor: str, index: int, k: int) -> bool:
    """Token ``k`` continues the mention of ``actor`` at ``index``: owned by it, in the same sentence,
    and no relative pronoun ("two men who ...": "who" is a mention of its own)."""
    return (
        owners.get(k) == actor
        and parse.tokens[k].sent == parse.tokens[index].sent
        and parse.tokens[k].tag != "WP"
    )


def party_at(article: Article, parse: Parse, owners: Mapping[int, str], index: int) -> Party:
    """The party named by the actor mention that covers token ``index``."""
    actor = owners[index]
    first = last = index
    while _same_mention(parse, owners, actor, index, first - 1):
        first -= 1
    while _same_mention(parse, owners, actor, index, last + 1):
        last += 1
    text = article.text[parse.tokens[first].start : parse.tokens[last].end]
    return Party(actor=actor, text=text)
