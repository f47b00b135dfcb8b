"""Noun phrases: the words that belong with a head noun, without its clauses.

"the head of the group" keeps its "of" phrase; "militants, who seized the
town" stops before the relative clause; "Iranian-backed militia groups" keeps
its hyphenated modifier.
"""

from __future__ import annotations

from eventwire.ontology import agent_for
from eventwire.parse import Parse, Token

#: links that end a noun phrase on the right (and, but for determiners, on the left)
NP_STOP = ("relcl", "acl", "appos", "punct", "advcl", "prep", "cc", "conj", "det")
LEFT_STOP = ("relcl", "acl", "appos", "advcl", "prep", "cc", "conj")


def np_bounds(parse: Parse, head: Token) -> tuple[int, int]:
    """Token range [first, last] of the noun phrase headed by head, without clauses."""
    first = last = head.i
    reduced = _reduced_relatives(parse, head)
    for k in parse.subtree(head.i):
        if k.i < head.i and not _crosses(parse, k, head, LEFT_STOP):
            first = min(first, k.i)
        elif k.i > head.i and not _crosses(parse, k, head, NP_STOP) and k.i not in reduced:
            last = max(last, k.i)
    first = _skip_leading(parse, first, head.i)
    while last > head.i and parse.tokens[last].pos == "SPACE":
        last -= 1
    first, last = _whole_words(parse, first, last)
    return first, closing_bracket(parse, first, last)


#: prefixes written with a hyphen ("anti-semitism", "non-combatants", "vice-president"); a hyphen
#: between other words may stand for a dash in a text that lost its spaces ("2016-A gunman")
PREFIXES = frozenset(
    {"anti", "pro", "non", "counter", "ex", "vice", "ultra", "self", "co", "post", "pre", "multi", "semi",
     "neo", "pan", "inter", "sub", "super", "mid", "far", "re"}
)  # fmt: skip


def hyphen_glued(parse: Parse, i: int) -> bool:
    """Token i, a hyphen and token i + 2 are written as one word ("non-combatants", split in three)."""
    tokens = parse.tokens
    return i + 2 < len(tokens) and tokens[i + 1].text == "-" and not tokens[i].ws and not tokens[i + 1].ws


def _whole_words(parse: Parse, first: int, last: int) -> tuple[int, int]:
    """The range widened to a whole word a prefix makes: the parser may split "anti-semitism" or
    "non-combatants" into three tokens and hang them apart ("condemned anti-semitism": not "anti")."""

    def prefixed(i: int) -> bool:  # token i a prefix, glued by a hyphen to token i + 2
        return hyphen_glued(parse, i) and parse.tokens[i].lower in PREFIXES

    while first >= 2 and prefixed(first - 2):
        first -= 2
    while prefixed(last):
        last += 2
    return first, last


def name_after_title(parse: Parse, title: Token) -> Token | None:
    """'United States Senator from Vermont Bernie Sanders': the name the parser made the object of a
    title's "from" (with the place before it, as one name)."""
    if agent_for(title.text) is None:
        return None
    prep = next((k for k in parse.children(title.i) if k.dep == "prep" and k.lower == "from"), None)
    name = next((k for k in parse.children(prep.i) if k.dep == "pobj"), None) if prep is not None else None
    return name if name is not None and name.pos == "PROPN" else None


def closing_bracket(parse: Parse, first: int, last: int) -> int:
    """The phrase's last word, past the bracket that closes one it opens ("the European Union (EU)":
    the parser may hang the ")" on the verb)."""
    words = [t.text for t in parse.tokens[first : last + 1]]
    after = parse.tokens[last + 1] if last + 1 < len(parse.tokens) else None
    unclosed = words.count("(") > words.count(")")
    closes = after is not None and after.text == ")" and after.sent == parse.tokens[last].sent
    return last + 1 if unclosed and closes else last


def _reduced_relatives(parse: Parse, head: Token) -> set[int]:
    """The words of an adjective after the head with a phrase of its own ("the group responsible for
    the attack"): a clause cut short ("that is responsible for ..."), no part of the noun phrase."""
    out: set[int] = set()
    for k in parse.children(head.i):
        title = k.i == head.i + 1 and k.lower == "general"  # "attorneys general from 16 states"
        if (
            k.i > head.i
            and k.dep == "amod"
            and not title
            and any(g.dep == "prep" for g in parse.children(k.i))
        ):
            out |= {t.i for t in parse.subtree(k.i)}
    return out


def _crosses(parse: Parse, tok: Token, head: Token, stop: tuple[str, ...]) -> bool:
    """True when the path from tok up to head passes a clause or phrase boundary."""
    cur = tok
    while cur.i != head.i:
        if cur.dep in stop and not _of_phrase(parse, cur, head) and not _close_apposition(parse, cur, head):
            return True
        cur = parse.tokens[cur.head]
    return False


def _of_phrase(parse: Parse, tok: Token, head: Token) -> bool:
    """Keep 'of' phrases of a person-like head: 'the head of the group'; not the 'of' of a verb
    that the parser hung on its object ('acquitted the journalist of all charges'); of a name,
    those inside the name ('the Ministry of Defence')."""
    if tok.dep != "prep" or tok.lower != "of" or tok.head != head.i:
        return False
    if head.pos == "PROPN":  # "the Ministry of Defence", "the Department of Transportation": one name
        return bool(head.ent_type) and tok.ent_iob == "I"
    if head.pos != "NOUN":
        return False
    verb = parse.tokens[head.head] if head.dep == "dobj" else None
    if verb is None or verb.lemma.lower() not in OF_VERBS:
        return True
    # the verb's own "of" is the last: "accused the head of the group of fraud" keeps "of the group"
    objects = [k for k in parse.children(tok.i) if k.dep == "pobj"]
    return any(g.dep == "prep" and g.lower == "of" for o in objects for g in parse.children(o.i))


#: verbs whose "of" phrase says what their object is accused, cleared or deprived of
OF_VERBS = frozenset(
    {"accuse", "acquit", "convict", "clear", "absolve", "exonerate", "rob", "strip", "deprive", "suspect",
     "inform", "warn", "remind", "notify", "relieve"}
)  # fmt: skip


def _close_apposition(parse: Parse, tok: Token, head: Token) -> bool:
    """A name right after its title, with no comma: 'security minister Wiranto' is one phrase
    ('the minister, Wiranto,' is two)."""
    if tok.dep != "appos" or tok.head != head.i or tok.pos != "PROPN":
        return False
    first = min(k.i for k in parse.subtree(tok.i))
    return first == head.i + 1


def _skip_leading(parse: Parse, first: int, head: int) -> int:
    """Past leading punctuation and symbols ("== Taliban insurgents"), conjunctions ("both", "either"
    before a coordination), prepositions, a
    sentence adverb the parser hung on the head ("Afterwards Trump"), a date before an article
    ("2017-A machete-wielding man") and a date before a name ("on Saturday Sirhan Sirhan")."""
    while first < head and (
        parse.tokens[first].pos in ("PUNCT", "CCONJ", "SPACE")
        or not any(c.isalnum() for c in parse.tokens[first].text)  # a wiki heading's "=="
        or _date_before_article(parse, first)
        or (
            parse.tokens[first].pos == "ADP" and parse.tokens[first].dep not in ("advmod", "quantmod")
        )  # "at least"
        or (parse.tokens[first].pos == "ADV" and parse.tokens[first].head == head)
        or parse.tokens[first].dep == "preconj"  # "both Israel and the United States": Israel
        or date_before_name(parse, first, head)  # "reported on Saturday Sirhan Sirhan was stabbed"
    ):
        first += 1
    return first


def date_before_name(parse: Parse, i: int, head: int) -> bool:
    """A date the parser ran into a name ("on Saturday Sirhan Sirhan"): no word of the name.  An age
    the model also tags as a date stays ("28-year-old Usman Khan")."""
    date = parse.entity_at(i)
    age = date is not None and date.text.lower().endswith("old")
    return parse.tokens[i].ent_type in ("DATE", "TIME") and parse.tokens[head].ent_type in NAMES and not age


#: entity types of names that a date before them is no part of
NAMES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _date_before_article(parse: Parse, i: int) -> bool:
    """A number of a date followed, through a dash, by an article or a number: a timeline's date
    glued to its entry ("2017-A man", "2016-Three bombers"), never part of the noun phrase."""
    if parse.tokens[i].pos != "NUM" or parse.tokens[i].ent_type != "DATE" or i + 2 >= len(parse.tokens):
        return False
    dash, after = parse.tokens[i + 1], parse.tokens[i + 2]
    article = (
        after.dep in ("det", "nummod") or after.pos in ("DET", "NUM") or after.lower in ("a", "an", "the")
    )
    return dash.pos == "PUNCT" and article
