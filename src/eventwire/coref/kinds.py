"""What kind of referent a mention is, which decides the pronouns that may stand for it.

person: a named person, or a common noun in the singular that names one ("the commander", "a
gunman"); body: an organisation, or a common noun naming one ("the army", "the ministry");
country; plural: a role noun in the plural ("militants") or a people ("Kurds").  A singular noun
counts only when ``data/nouns.tsv`` lists it: the agent dictionary's roles include institutions
("prison", "television") that "he" never stands for, and roles made by a modifier ("government
ownership") that nobody does.
"""

from __future__ import annotations

from eventwire.coref.words import Noun, nouns
from eventwire.model import Actor
from eventwire.ontology import agent_for
from eventwire.parse import Parse, Token

PLURAL_TAGS = frozenset({"NNS", "NNPS"})
_KIND_OF_ACTOR = {"person": "person", "org": "body", "country": "country", "group": "plural"}
_KIND_OF_LABEL = {"PERSON": "person", "ORG": "body", "NORP": "plural", "GPE": "country"}


def referent_kind(actor: Actor, head: Token) -> str | None:
    """The kind of one mention of the actor, whose head word is ``head``; an actor of no kind
    (one a caller made by hand) by its entity label."""
    if actor.kind == "role":
        return noun_kind(head)
    if actor.kind in _KIND_OF_ACTOR:
        return _KIND_OF_ACTOR[actor.kind or ""]
    return _KIND_OF_LABEL.get(head.ent_type)


def noun_kind(head: Token) -> str | None:
    """The kind of a common noun that names an actor, or None when it names no one."""
    noun = noun_of(head)
    if head.tag in PLURAL_TAGS:
        known = noun is not None or agent_for(head.text) is not None or agent_for(head.lemma) is not None
        return "plural" if known else None
    if noun is None:
        return None
    return "person" if noun.kind == "person" else "body"


def noun_of(tok: Token) -> Noun | None:
    word = description_noun(tok) if tok.tag not in PLURAL_TAGS else tok.lemma.lower()
    return nouns().get(word or "")


def gender(head: Token) -> str:
    """ "m" or "f" for a noun that says ("spokeswoman"), else ""."""
    noun = noun_of(head)
    return noun.gender if noun is not None else ""


#: titles before a name that tell the person's gender ("Mrs. Clinton", "Mr. Sanders")
TITLE_GENDERS = {
    **dict.fromkeys(("mrs", "mrs.", "ms", "ms.", "miss", "madam", "madame", "mme", "mme.", "dame"), "f"),
    **dict.fromkeys(("mr", "mr.", "sir", "monsieur", "m."), "m"),
}


def title_gender(parse: Parse, head: Token) -> str:
    """ "f" for a name after "Mrs." or "Ms.", "m" after "Mr." or "Sir", else ""."""
    if head.pos != "PROPN":
        return ""
    i = head.i - 1
    while i >= 0 and parse.tokens[i].pos == "PROPN" and parse.tokens[i].lower not in TITLE_GENDERS:
        i -= 1  # "Mrs. Hillary Rodham Clinton"
    return TITLE_GENDERS.get(parse.tokens[i].lower, "") if i >= 0 and head.i - i <= 4 else ""


def description_noun(tok: Token) -> str | None:
    """The listed noun a singular common noun is ("ministry", "minister"), if any."""
    if tok.pos != "NOUN" or tok.tag in PLURAL_TAGS:
        return None
    return next((w for w in (tok.lemma.lower(), tok.lower) if w in nouns()), None)
