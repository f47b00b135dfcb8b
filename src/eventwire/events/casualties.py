"""How many were killed, injured, kidnapped or arrested, counted from the parse.

A casualty word ("killed", "wounding", "were arrested", "died", "left ... dead", any verb
done "to death" or leaving its victim "dead", but for a sentence or a figure: "sentenced to death")
counts the people it applies to: its object, its passive subject, or for
"died" its subject.  A count is a number (digits or words, "two dozen" = 24),
"a"/"one" = 1, or 1 for a named person; "at least 13" and "more than 20" keep
the stated number (a lower bound, as event datasets record it); "dozens" or
"scores" give no count.  Coordinated victims add up ("three soldiers and two
civilians" = 5).  Each casualty word is counted once, for the event whose
trigger it is, else for the nearest event that governs it, else for the first
violent event of its sentence.  A later event that repeats an earlier event's
type and exact counts (of one person: and the same victim) restates the toll (news repeats a
toll, often without its date): its counts are dropped, so an article's totals are not counted twice.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from eventwire.coref.words import nouns_of, pronouns
from eventwire.events.anchors import trigger_token
from eventwire.events.arguments import child, elided_passive, names_no_one, relative_antecedent
from eventwire.events.lexicon import data_rows
from eventwire.model import CASUALTY_FIELDS, Event
from eventwire.parse import Parse, Token

FIELDS = CASUALTY_FIELDS
VIOLENT = frozenset({"ASSAULT", "COERCE"})


@dataclass(frozen=True)
class Casualty:
    field: str
    count: int
    word: Token  # the casualty word


@cache
def _table() -> dict[str, dict[str, str]]:
    table: dict[str, dict[str, str]] = defaultdict(dict)
    for kind, word, value in data_rows("casualties.tsv"):
        table[kind][word] = value
    return dict(table)


def _words(kind: str) -> dict[str, str]:
    return _table().get(kind, {})


def number_value(parse: Parse, tok: Token) -> int | None:
    """'13' -> 13, 'thirteen' -> 13, '1,200' -> 1200, 'two dozen' -> 24, 'dozens' -> None."""
    text = tok.text.replace(",", "").lower()
    if text.isdigit():
        value = int(text)
    elif text in _words("number"):
        value = int(_words("number")[text])
    else:
        return None
    for k in parse.children(tok.i):
        if k.dep not in ("compound", "quantmod", "nummod"):
            continue
        inner = number_value(parse, k)
        if inner is not None and k.i < tok.i and inner < value:
            value *= inner  # "two dozen", "three thousand"
        elif inner is not None and k.i == tok.i + 1 and inner > value and not k.text[:1].isdigit():
            value *= inner  # the parser may hang the multiplier on the number: "two [dozen] people"
    return value


def _antecedent(parse: Parse, relative: Token) -> Token:
    """The noun a relative pronoun stands for (``arguments.relative_antecedent``); the pronoun itself
    where the parse hangs the clause on a singular noun that names no one ("the plight of minorities
    who have been killed")."""
    noun = relative_antecedent(parse, relative)
    if noun.tag == "NN" and noun.lemma.lower() not in nouns_of("person"):
        return relative
    return noun


def count_of(parse: Parse, noun: Token) -> int | None:
    """How many people a noun phrase names, its coordinated parts added up."""
    total = _own_count(parse, noun)
    for part in (k for k in parse.children(noun.i) if k.dep == "conj"):
        extra = count_of(parse, part)
        if total is None or extra is None:
            return None if total is None else total
        total += extra
    return total


@cache
def _one_person() -> frozenset[str]:
    """Pronouns of one person, not possessive ("he was killed": one dead): he, him, she, her."""
    return frozenset(
        w for w, p in pronouns().items() if p.kinds[:1] == ("person",) and p.case != "possessive"
    )


def _own_count(parse: Parse, noun: Token) -> int | None:
    if noun.tag in ("WP", "WDT") and noun.lower in ("who", "that"):
        noun = _antecedent(parse, noun)  # "Tamerlan, who was killed": Tamerlan
    if noun.tag == "PRP" and noun.lower in _one_person():
        return 1
    vague = _words("vague")
    if noun.lower in vague or any(k.dep == "det" and k.lower in vague for k in parse.children(noun.i)):
        return None  # "dozens", "no one"
    direct = number_value(parse, noun) if noun.pos == "NUM" else None
    if direct is not None:
        return direct
    for k in parse.children(noun.i):
        if k.dep in ("nummod", "det", "quantmod") and k.lower not in _words("vague"):
            value = number_value(parse, k)
            if value is not None:
                return value
    if noun.ent_type == "PERSON" or (noun.pos == "PROPN" and noun.tag == "NNP"):
        return 1
    if noun.tag == "NN" and any(k.dep in ("det", "poss", "appos") for k in parse.children(noun.i)):
        return 1  # "the mayor", "a policeman", "the mayor, Ahmed Karim"
    return None


def casualties_in(parse: Parse, sentence: int) -> list[Casualty]:
    found = []
    for tok in parse.sentence_tokens(sentence):
        lemma = tok.lemma.lower()
        field = _words("verb").get(lemma) or _words("intransitive").get(lemma)
        if lemma == "toll" and tok.pos == "NOUN":
            found.extend(_death_toll(parse, tok))  # "the death toll from the bombing rose to 45"
        elif lemma == "leave" and tok.pos == "VERB":
            found.extend(_left_state(parse, tok))  # "left three dead": not "the shooting" done to death
        elif tok.pos == "VERB" and field is None and _to_death(parse, tok):
            field = "fatalities"  # "stabbed to death", "beaten to death", "starved to death"
            victim = _victim(parse, tok, False) or _victim(parse, tok, True)
            count = count_of(parse, victim) if victim is not None else None
            if count is not None:
                found.append(Casualty(field, count, tok))
        elif tok.pos == "VERB" and field is not None:
            victim = _victim(parse, tok, lemma in _words("intransitive"))
            count = count_of(parse, victim) if victim is not None else None
            if count is not None:
                found.append(Casualty(field, count, tok))
    return found


def is_casualty_verb(parse: Parse, tok: Token) -> bool:
    """The word is a verb that counts casualties: "killed", "wounded", "died", "stabbed to death"."""
    if tok.pos != "VERB":
        return False
    lemma = tok.lemma.lower()
    return lemma in _words("verb") or lemma in _words("intransitive") or _to_death(parse, tok)


def no_one_harmed(parse: Parse, verb: Token) -> bool:
    """'No one was injured', 'nobody was killed', 'no soldiers were wounded': a casualty verb whose
    victims are none reports a toll of zero, not an act of its own."""
    if not is_casualty_verb(parse, verb):
        return False
    victim = _victim(parse, verb, verb.lemma.lower() in _words("intransitive"))
    return victim is not None and names_no_one(parse, victim)


def _to_death(parse: Parse, verb: Token) -> bool:
    """The verb is done 'to death', or leaves its victim 'dead' ("shot dead", "shot two men dead"):
    whatever the act, its victim died of it.  Not a verb of judging or of feeling ("sentenced to
    death", "scared to death"): its object lives."""
    if verb.lemma.lower() in _words("judged"):
        return False
    return any(
        (
            k.dep == "prep"
            and k.lower == "to"
            and any(o.dep == "pobj" and o.lower == "death" for o in parse.children(k.i))
        )
        or (k.lower == "dead" and k.dep in ("advmod", "oprd", "acomp", "advcl", "xcomp", "ccomp"))
        for k in parse.children(verb.i)
    )


def _victim(parse: Parse, verb: Token, intransitive: bool) -> Token | None:
    deps = ("nsubj",) if intransitive or elided_passive(parse, verb) else ("dobj", "nsubjpass")
    victim = next((k for k in parse.children(verb.i) if k.dep in deps), None)
    if victim is None and not intransitive:  # "injuring more than 260": the parser's bare number
        victim = next((k for k in parse.children(verb.i) if k.dep == "npadvmod" and k.pos == "NUM"), None)
    if victim is None and verb.dep in ("acl", "amod") and not intransitive:
        victim = parse.tokens[verb.head]  # "12 people killed in the attack"
    return victim


#: links from a toll's verb to its figure: "rose to 45", "stands at 45", "reached 45", "is 45"
TOLL_FIGURES = ("dobj", "attr")


def _death_toll(parse: Parse, toll: Token) -> list[Casualty]:
    """'The death toll rose to 45', 'a death toll of 45', 'the death toll is 45': the figure of a
    death toll, its latest one where the sentence says it rose."""
    if not any(k.lower == "death" and k.dep in ("compound", "amod", "nmod") for k in parse.children(toll.i)):
        return []  # a road toll, a toll on the economy
    figures = [
        g for k in parse.children(toll.i) if k.dep == "prep" and k.lower == "of" for g in parse.children(k.i)
    ]
    if toll.dep in ("nsubj", "nsubjpass") and toll.head != toll.i:
        verb = parse.tokens[toll.head]
        kids = parse.children(verb.i)
        figures += [k for k in kids if k.dep in TOLL_FIGURES]
        figures += [
            g for k in kids if k.dep == "prep" and k.lower in ("to", "at") for g in parse.children(k.i)
        ]
    counts = [count_of(parse, f) for f in figures if f.dep in ("pobj", *TOLL_FIGURES)]
    return [Casualty("fatalities", c, toll) for c in counts[-1:] if c is not None]


def _left_state(parse: Parse, leave: Token) -> list[Casualty]:
    """'left 12 dead and 30 injured'."""
    out = []
    for k in parse.children(leave.i):
        for state in [k, *parse.children(k.i)]:
            field = _words("state").get(state.lower)
            if field is None or (state.pos == "VERB" and _victim(parse, state, False) is not None):
                continue  # "left 12 dead and 30 people were injured": the verb counts its own
            counted = next((n for n in parse.children(state.i) if n.pos in ("NUM", "NOUN")), None)
            # "left 12 dead" (12 under "dead"), "left 12 people dead" ("dead" beside the object)
            counted = counted or (k if k is not state else child(parse, leave, "dobj"))
            count = count_of(parse, counted) if counted is not None else None
            if count is not None:
                out.append(Casualty(field, count, leave))
    return out


def attribute(parse: Parse, events: Sequence[Event]) -> list[Event]:
    """Events with their casualty counts; restated tolls dropped."""
    counts: dict[int, dict[str, int]] = defaultdict(dict)
    by_trigger = {tok.i: n for n, e in enumerate(events) if (tok := trigger_token(parse, e)) is not None}
    for sentence in {parse.tokens[i].sent for i in by_trigger}:
        for cas in casualties_in(parse, sentence):
            owner = _owner(parse, cas.word, by_trigger, events)
            if owner is not None and events[owner].modality == "asserted":
                held = counts[owner]
                held[cas.field] = held.get(cas.field, 0) + cas.count
    updated = [e.model_copy(update={f: counts[n].get(f) for f in FIELDS}) for n, e in enumerate(events)]
    return _drop_restatements(updated)


def _owner(parse: Parse, word: Token, by_trigger: dict[int, int], events: Sequence[Event]) -> int | None:
    if word.i in by_trigger:
        return by_trigger[word.i]
    for anc in parse.ancestors(word.i):
        if anc.i in by_trigger and events[by_trigger[anc.i]].type in VIOLENT:
            return by_trigger[anc.i]
    same = [n for i, n in sorted(by_trigger.items()) if parse.tokens[i].sent == word.sent]
    return next((n for n in same if events[n].type in VIOLENT), None)


def _one_victim(event: Event) -> str | None:
    """Who a toll of one person counts (its target's actor, else its words without an article):
    one killed is restated only of the same person ("Tamerlan was killed", "a police officer killed":
    two tolls)."""
    if any((getattr(event, f) or 0) > 1 for f in FIELDS):
        return None
    target = event.target
    words = (target.text or "").lower().split()
    return target.actor or " ".join(words[1:] if words[:1] in (["a"], ["an"], ["the"]) else words)


def _drop_restatements(events: list[Event]) -> list[Event]:
    seen: set[tuple[object, ...]] = set()
    out = []
    for e in events:
        key = (e.type, *(getattr(e, f) for f in FIELDS), _one_victim(e))
        if any(getattr(e, f) for f in FIELDS) and key in seen:
            e = e.model_copy(update=dict.fromkeys(FIELDS))
        seen.add(key)
        out.append(e)
    return out
