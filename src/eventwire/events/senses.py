"""Senses of trigger words that name no political act.

A trigger word is coded only in its political sense.  Three checks tell the other senses apart,
each from data (``other_senses.tsv``, ``sport.tsv``, ``causes.tsv``) drawn up from dictionary
senses and general usage:

- the word's object, or a noun's modifier, picks another sense: shares that *hit* a record
  high, a *deal struck*, a plan *executed*, a film *shot*, a fire *fought*, a *heart attack*;
- the sentence reports a game (one sport word, or two that sport often uses), and the word has a
  sport sense: "Brazil *beat* Germany in the semi-final", "the striker *shot* wide";
- harm done by an accident, a disaster or a disease is no one's act: "an earthquake *killed*
  ...", "two men were *killed* in a crash".

Once an article's events are coded, :func:`unsupported` drops those their sentence does not
support as someone's act (the rules follow the annotation guidelines of the project's
ordinary-news set, themselves drawn from the PLOVER manual).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from functools import cache
from itertools import chain

from eventwire.coref.words import nouns, speech_verbs
from eventwire.events.anchors import trigger_token
from eventwire.events.arguments import (
    COUNTER_VERBS,
    FINITE,
    LEGAL,
    PERSONAL_POSSESSIVES,
    ROAD_VEHICLES,
    SITE_NOUNS,
    TOPIC_VERBS,
    by_agent,
    child,
    from_whom,
    ordered_custody,
    ordered_done,
    phrase_of,
    prep_object,
    subject_of,
    tells_content,
    tells_of,
    under_fire,
)
from eventwire.events.casualties import FIELDS, VIOLENT, is_casualty_verb
from eventwire.events.coverage import FAMILY, names_a_thing, party_words
from eventwire.events.lexicon import (
    AS_OPPOSED_TO,
    DEFINITE,
    PERSONAL_PRONOUNS,
    PROPOSALS,
    PROTESTERS,
    SEQUENCE_PREPOSITIONS,
    THE,
    a_person,
    attack_told,
    data_rows,
    determined,
    lemma_of,
    match_trigger,
    names_time,
    natural_causes,
    of_time,
    other_sense_words,
    triggers,
    weapons,
    words_at,
)
from eventwire.events.parties import told_by_it
from eventwire.events.plover_rules import answers_back, armed_party, for_a_reason, under_criticism
from eventwire.model import Event
from eventwire.ontology import agent_for, known_person, petrarch_conventions
from eventwire.parse import Parse, Token
from eventwire.phrases import hyphen_glued
from eventwire.places.gazetteer import ADMIN1, gazetteer

#: sentences with this many weak sport words report a game
WEAK_SPORT_WORDS = 2
#: dependents that narrow a word's sense: objects, a passive subject, a noun's modifiers, adverbs
#: ("hits home")
_OWN_DEPENDENTS = ("dobj", "nsubjpass", "attr", "compound", "amod", "npadvmod", "advmod")


@cache
def _sport() -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = defaultdict(set)
    for kind, lemma in data_rows("sport.tsv"):
        table[kind].add(lemma)
    return {kind: frozenset(words) for kind, words in table.items()}


def _pos(tok: Token) -> str | None:
    return "V" if tok.pos == "VERB" else "N" if tok.pos == "NOUN" else None


#: prepositions of what a person is hit or attacked for ("hit Sanders on his record"), and those verbs
REASON_PREPOSITIONS = frozenset({"for", "on", "over", "about"})
BLAMING_VERBS = frozenset({"hit", "attack", "slam", "blast", "hammer", "knock", "rip", "assail"})


#: places struck whose modifiers say what they hold or make, not the verb's sense ("an oil depot")
STRUCK_SITES = SITE_NOUNS | frozenset(
    {"depot", "plant", "facility", "field", "village", "town", "city", "tanker", "pipeline", "terminal",
     "warehouse", "installation", "site", "complex", "compound", "storage", "rig", "dam"}
)  # fmt: skip


def _dependents(parse: Parse, tok: Token) -> set[str]:
    """Lemmas of the word's objects, the objects of its prepositions, and a noun's modifiers."""
    kids = parse.children(tok.i)
    out = {lemma_of(k) for k in kids if k.dep in _OWN_DEPENDENTS}
    if tok.dep == "acl" and tok.tag == "VBN" and tok.head != tok.i:
        out.add(lemma_of(parse.tokens[tok.head]))  # "the debates hosted by Univision": its object
    if tok.dep in ("amod", "compound") and tok.tag == "VBG" and tok.head != tok.i:
        out.add(lemma_of(parse.tokens[tok.head]))  # "punching bags", "a shooting range": a kind of thing
    out |= _relative_object(parse, tok)
    if tok.dep == "conj" and tok.head != tok.i:  # "the planning or execution of the attack": shared
        kids = kids + [k for k in parse.children(tok.head) if k.i > tok.i and k.dep == "prep"]
    on_a_person = lemma_of(tok) in BLAMING_VERBS and any(k.dep == "dobj" and a_person(k) for k in kids)
    for k in kids:
        if k.dep in ("prep", "prt"):
            if not of_time(parse, k):
                out.add("@" + k.lower)  # "seized on the report" (not "on Monday"): the word itself
            if on_a_person and k.lower in REASON_PREPOSITIONS:
                continue  # "hit Sanders on his record": why a person is hit, not what is hit
            out |= {lemma_of(g) for g in parse.children(k.i) if g.dep == "pobj"}
            # "a demonstration of how hard it is": the clause's opening word
            out |= {_opener(parse, g).lower for g in parse.children(k.i) if g.dep == "pcomp"}
        if k.dep == "dobj":  # "hit a record high", "ended his campaign for president": the object's own words
            if lemma_of(k) not in STRUCK_SITES:  # a place's say what it holds or makes ("an oil depot")
                out |= {lemma_of(g) for g in _modifiers(parse, k)}
            out |= {lemma_of(o) for g in parse.children(k.i) if g.dep == "prep" for o in parse.children(g.i)}
    return out


def _modifiers(parse: Parse, noun: Token) -> list[Token]:
    """The adjectives and nouns before a noun, through its compound names ("incumbent Republican US
    Senator Elizabeth Dole": incumbent, Republican, US, Senator, Elizabeth)."""
    found, todo = [], [noun]
    while todo:
        kids = [g for g in parse.children(todo.pop().i) if g.dep in ("amod", "compound")]
        found += kids
        todo += kids
    return found


def _opener(parse: Parse, head: Token) -> Token:
    """The first word of the clause ``head`` heads."""
    return parse.tokens[min(t.i for t in parse.subtree(head.i))]


#: a check that a word has a sense that names no political act
Check = Callable[[Parse, Token], bool]
#: the checks of :func:`other_sense` by the lemma they apply to (:func:`_for_lemmas`)
_BY_LEMMA: defaultdict[str, list[Check]] = defaultdict(list)
#: the checks of :func:`other_sense` that any word may pass (:func:`_for_any_lemma`)
_ANY_LEMMA: list[Check] = []


def _for_lemmas(*lemmas: str) -> Callable[[Check], Check]:
    """Register a check of :func:`other_sense` under each lemma it applies to: it runs only for a
    word of one of them, so it tests no lemma of its own (only the word's part of speech, tag and
    dependents, or which of its lemmas it is)."""

    def register(check: Check) -> Check:
        for lemma in lemmas:
            _BY_LEMMA[lemma].append(check)
        return check

    return register


def _for_any_lemma(check: Check) -> Check:
    """Register a check of :func:`other_sense` that is no test of a fixed set of lemmas (an entity
    type, a dependency, or words read from data at run time): it runs for every word."""
    _ANY_LEMMA.append(check)
    return check


def other_sense(parse: Parse, tok: Token) -> bool:
    """The word's object or modifier gives it a sense that names no political act, or its clause
    does: it asks a question, attributes a deed, states, names, realises, or holds a stance.  After
    the table of ``other_senses.tsv`` come the checks registered for the word's lemma, then those
    for any lemma."""
    pos = _pos(tok)
    words = other_sense_words().get((pos, lemma_of(tok))) if pos else None
    if words and words & _dependents(parse, tok):
        return True
    checks = chain(_BY_LEMMA.get(lemma_of(tok), ()), _ANY_LEMMA)
    return any(check(parse, tok) for check in checks)


#: the answers to a charge in court ("pleaded guilty", "pleads not guilty", "pleaded no contest")
PLEAS = frozenset({"guilty", "innocent", "contest"})


@_for_lemmas("plead")
def _answers_a_charge(parse: Parse, tok: Token) -> bool:
    """'He pleaded guilty for his role in the scheme': an answer to a charge, no plea for anything
    ('pleaded for calm' asks for it)."""
    return any(lemma_of(k) in PLEAS for k in parse.children(tok.i))


#: a disease and what causes it: attacked by medicine or the body, not by a party
DISEASES = frozenset(
    {"virus", "disease", "cancer", "tumour", "tumor", "cell", "bacteria", "bacterium", "germ", "infection",
     "pathogen", "parasite", "illness", "covid-19", "covid", "coronavirus"}
)  # fmt: skip


@_for_lemmas("attack")
def _attacks_a_disease(parse: Parse, tok: Token) -> bool:
    """'Researchers attacked the virus with a new drug', 'the immune system attacks the cells': what
    is attacked is a disease, no party ("attacked the government's strategy on the pandemic" is)."""
    objects = [k for k in parse.children(tok.i) if k.dep in ("dobj", "nsubjpass")]
    return bool(objects) and all(lemma_of(k) in DISEASES for k in objects)


#: a trade and its standing, which a rival attacks by competing ("launched an attack on Walmart's
#: grocery business", "attacking Apple's market share")
TRADES = frozenset({"share", "sale", "profit", "revenue", "dominance", "monopoly", "brand", "margin"})


@_for_lemmas("attack")
def _competes(parse: Parse, tok: Token) -> bool:
    """'Amazon launched an attack on Walmart's grocery business': an attack on a trade or its standing
    is competition, no act of force and no criticism of a party."""
    kids = parse.children(tok.i)
    objects = [k for k in kids if k.dep in ("dobj", "nsubjpass")] if tok.pos == "VERB" else []
    attacked = prep_object(parse, tok, ("on",))  # "an attack on Walmart's grocery business"
    objects += [attacked] if attacked is not None else []
    return bool(objects) and all(lemma_of(o) in TRADES or _a_firms_line(parse, o) for o in objects)


def _a_firms_line(parse: Parse, noun: Token) -> bool:
    """'Walmart's grocery business': a business a firm is named as owning is a line of trade ("a
    local business", "his business", "businesses" attacked by rioters are shops)."""
    owner = child(parse, noun, "poss")
    return lemma_of(noun) == "business" and noun.tag == "NN" and owner is not None and owner.pos == "PROPN"


#: places people leave when they evacuate them ("thousands evacuated their homes")
PLACES_LEFT = frozenset(
    {"home", "house", "area", "city", "town", "village", "building", "region", "neighborhood",
     "neighbourhood", "district", "island", "coast", "premise", "premises", "school", "hospital",
     "office", "flat", "apartment", "site", "zone", "camp"}
)  # fmt: skip


@_for_lemmas("evacuate")
def _leaves_a_place(parse: Parse, tok: Token) -> bool:
    """'The wildfire forced thousands to evacuate their homes': evacuating a place one is in is
    leaving it, no one brought out of danger by others (CAMEO 073 evacuates people)."""
    place = child(parse, tok, "dobj") if tok.pos == "VERB" else None
    return place is not None and lemma_of(place) in PLACES_LEFT


#: works and products that reviewers judge
WORKS = frozenset(
    {"show", "film", "movie", "album", "book", "novel", "memoir", "performance", "play", "production",
     "episode", "series", "song", "sequel", "game", "restaurant", "menu", "dish", "product", "phone",
     "device", "design", "exhibition", "season", "finale"}
)  # fmt: skip
#: those who judge works and products
REVIEWERS = frozenset(
    {"critic", "reviewer", "fan", "viewer", "audience", "reader", "listener", "user", "customer",
     "commentator"}
)  # fmt: skip


@_for_lemmas("slam", "criticize", "criticise", "mock", "lambaste", "pan", "deride", "ridicule", "savage")
def _reviews(parse: Parse, tok: Token) -> bool:
    """'Critics slammed the show as shallow', 'fans mocked the finale': a review of a work or a
    product by its critics or its public, no political act (the guidelines: a celebrity and the
    public); "the president criticized the show" stays one."""
    subject = subject_of(parse, tok)
    judged = [k for k in parse.children(tok.i) if k.dep == "dobj"]
    return (
        subject is not None
        and lemma_of(subject) in REVIEWERS
        and bool(judged)
        and all(lemma_of(k) in WORKS for k in judged)
    )


#: people whom a candidate or a message appeals to in the sense of attracting them
AUDIENCES = frozenset(
    {"voter", "base", "electorate", "audience", "constituent", "supporter", "demographic", "reader",
     "viewer", "consumer", "customer", "fan", "independent", "moderate", "conservative", "liberal",
     "member", "worker", "american", "woman", "man", "youth", "millennial", "evangelical", "republican",
     "democrat", "people", "family", "parent", "senior", "veteran", "student", "group", "folk", "crowd",
     "segment", "bloc", "constituency", "community", "minority", "hispanic", "latino", "alt-right", "alt",
     "right", "left", "wing", "populist", "nationalist", "progressive"}
)  # fmt: skip


@_for_lemmas("appeal")
def _attracts(parse: Parse, tok: Token) -> bool:
    """'a candidate who appeals to white voters': appealing to an audience, with nothing asked of it
    ("for calm", "to stay home"), is attracting it, no appeal (CAMEO 02)."""
    if tok.pos not in ("VERB", "NOUN"):
        return False  # "appeals to white voters", "its appeal to voters"
    kids = parse.children(tok.i)
    asks = [k for k in kids if k.dep in ("xcomp", "acl") or (k.dep == "prep" and k.lower == "for")]
    if asks:
        return False  # "an appeal to voters to stay home", "appealed to voters for calm"
    to = [
        g for k in kids if k.dep == "prep" and k.lower == "to" for g in parse.children(k.i) if g.dep == "pobj"
    ]
    to = [g for g in to if any(c.isalpha() for c in g.lower)]  # "alt - right" parsed as three objects
    return bool(to) and all(lemma_of(_part_of(parse, g)) in AUDIENCES for g in to)


#: words of a part of a group ("some of her members")
PARTS = frozenset(
    {"some", "many", "most", "all", "few", "part", "half", "majority", "much", "one", "series", "number",
     "couple", "set", "barrage", "list", "lot", "host", "string", "volley", "flurry"}
)  # fmt: skip


def _part_of(parse: Parse, word: Token) -> Token:
    """The group that a word of a part is of ("some of her members": members), else the word."""
    if lemma_of(word) not in PARTS:
        return word
    return next((g for g in _of_objects(parse, word) if g.dep == "pobj"), word)


@_for_lemmas("give")
def _stops_doing(parse: Parse, tok: Token) -> bool:
    """'Americans who had given up looking for work': giving up doing something stops it, no
    surrender ("gave up their weapons" is one)."""
    if tok.pos != "VERB":
        return False
    kids = parse.children(tok.i)
    up = any(k.dep == "prt" and k.lower == "up" for k in kids)
    return up and any(k.dep in ("xcomp", "pcomp", "dobj") and k.tag == "VBG" for k in kids)


@_for_lemmas("welcome")
def _greets(parse: Parse, tok: Token) -> bool:
    """'Welcome to POLITICO's weekly report': a greeting that opens a text, no welcome of anyone."""
    if tok.lower != "welcome":
        return False
    first = parse.sentence_tokens(tok.sent)[0]
    return first.i == tok.i and not any(k.dep in ("nsubj", "dobj") for k in parse.children(tok.i))


@_for_lemmas("rally")
def _rallies_support(parse: Parse, tok: Token) -> bool:
    """'themes capable of rallying the Republican Party', 'rallied his supporters': rallying people
    (an object) unites them behind one; the protest is a crowd that rallies ("thousands rallied")."""
    if tok.pos != "VERB":
        return False
    return any(k.dep == "dobj" for k in parse.children(tok.i))


#: what is convened by calling it ("called a debate", "call a vote")
CONVENED = frozenset(
    {"debate", "vote", "election", "meeting", "session", "referendum", "hearing", "conference", "caucus",
     "recess"}
)  # fmt: skip


@_for_lemmas("call")
def _convenes(parse: Parse, tok: Token) -> bool:
    """'Parliament will call a debate in January': calling a debate or a vote as its object convenes
    it; "called for new elections" asks for them (REQUEST)."""
    if tok.pos != "VERB":
        return False
    called = child(parse, tok, "dobj")
    return called is not None and lemma_of(called) in CONVENED


#: verbs of promising or threatening that, said of a thing, tell what is likely ("the debate
#: promised to be a crucial moment", "a debate that threatened to break their campaigns")
LIKELY = frozenset({"promise", "threaten"})


@_for_lemmas(*LIKELY)
def _likely(parse: Parse, tok: Token) -> bool:
    """A thing or an act (a singular noun that names no one) that promises or threatens to do or be
    something is likely to: no one promises ("the debate promised to be a crucial moment")."""
    if tok.pos != "VERB":
        return False
    if not any(k.dep == "xcomp" for k in parse.children(tok.i)):
        return False  # "promised raids": the promise of an act, not what is likely
    subject = subject_of(parse, tok)
    if subject is None or subject.pos != "NOUN" or not _a_thing(parse, subject):
        return False
    return lemma_of(subject) not in _party_table_lemmas()


@_for_lemmas("recognize", "recognise")
def _recognised_as(parse: Parse, tok: Token) -> bool:
    """'The detentions are widely recognized as among the largest violations': acknowledging what
    something is, not recognising a state or a government (CAMEO 054)."""
    if tok.pos != "VERB":
        return False
    return any(k.dep == "prep" and k.lower == "as" for k in parse.children(tok.i))


#: verbs whose object must be a party or an act: banning, blaming, fighting or aiding a thing is no
#: political act
THING_OBJECT_VERBS = frozenset({"ban", "blame", "outlaw", "prohibit", "fight", "aid"})


@_for_lemmas(*THING_OBJECT_VERBS)
def _done_to_a_thing(parse: Parse, tok: Token) -> bool:
    """'Clinton blamed the fog of war for the failure', 'blamed several factors': blaming a thing
    accuses no one (PLOVER ACCUSE is done to a party; "blamed the attack on Iran" blames Iran).
    'voted to ban therapeutic cloning', 'outlawing nearly all abortions': banning a practice or a
    product is ordinary legislation
    (the guidelines: only banning people, parties or political activity is COERCE; "ban Muslims",
    "ban protests" stay).  'promised to fight global warming': a struggle against a thing, no attack
    ("fought government troops" stays one); 'this concentration of power was aided by a feuding
    opposition': helping a thing along is no aid to anyone."""
    if tok.pos != "VERB":
        return False
    done_to = child(parse, tok, "dobj", "nsubjpass")  # "this concentration of power was aided by ..."
    if done_to is None or match_trigger(parse, done_to) is not None:
        return False
    own = match_trigger(parse, tok)
    if own is not None and own.objects:
        return False  # a row for this object: "banned flights" (an embargo), "outlawed the death penalty"
    return names_a_thing(done_to, _own_words(parse, done_to))


#: dependents of a noun that add a phrase of their own, not words of the noun's name ("several
#: factors, including budget cuts that ...", "the fog of war, which ...")
ADDED_PHRASES = frozenset({"relcl", "acl", "appos"})
#: prepositions that open examples of a noun ("factors including cuts", "groups such as")
EXAMPLE_PREPS = frozenset({"including", "like", "such"})


def _own_words(parse: Parse, noun: Token) -> list[Token]:
    """The noun's phrase without the clauses, appositions and examples added to it."""
    examples = {
        t.i
        for k in parse.children(noun.i)
        if k.dep == "prep" and k.lower in EXAMPLE_PREPS
        for t in parse.subtree(k.i)
    }
    return [t for t in parse.subtree(noun.i, skip=ADDED_PHRASES) if t.i not in examples]


#: bodies that are charged with a duty, not with a crime ("the department charged with
#: facilitating the transition")
BODIES = frozenset(
    {"department", "agency", "office", "administration", "committee", "commission", "panel", "board",
     "body", "unit", "team", "council", "ministry", "authority", "force", "service", "bureau", "part"}
)  # fmt: skip


@_for_lemmas("charge")
def _tasked(parse: Parse, tok: Token) -> bool:
    """'the State Department and other parts of his administration charged with facilitating the
    transition': a body charged with a task is given it (people are charged with crimes)."""
    if tok.pos != "VERB" or tok.tag != "VBN":
        return False
    charged = parse.tokens[tok.head] if tok.dep == "acl" else child(parse, tok, "nsubjpass", "nsubj")
    if charged is None:
        return False
    body = lemma_of(charged) in BODIES or (charged.pos == "PROPN" and charged.ent_type == "ORG")
    return body and any(k.dep == "prep" and k.lower == "with" for k in parse.children(tok.i))


#: prepositions of having someone or something in one's care ("the officer in charge", "those
#: under her charge")
CARE = frozenset({"in", "under"})


@_for_lemmas("charge")
def _in_care(parse: Parse, tok: Token) -> bool:
    """'those under her charge', 'the officer in charge of the unit': charge as care and
    responsibility (a dictionary sense of the noun), no accusation."""
    return tok.pos == "NOUN" and tok.dep == "pobj" and parse.tokens[tok.head].lower in CARE


#: values and institutions that are attacked only in words or by policy ("our freedom is under
#: assault", "the Second Amendment is under attack")
VALUES = frozenset(
    {"freedom", "liberty", "democracy", "right", "value", "principle", "constitution", "amendment",
     "faith", "religion", "truth", "fact", "science", "marriage", "tradition", "privacy", "dignity",
     "decency", "civility", "integrity", "reputation", "credibility", "legacy", "justice",
     "free", "speech", "expression", "independence", "culture", "idea", "reason"}
    # ... and words, records and plans, attacked only in words ("the address was under attack because
    # of plagiarism"), and information, by intrusion ("our classified information is under attack")
    | {"address", "remark", "comment", "statement", "record", "policy", "plan", "proposal", "bill",
       "law", "program", "programme", "agenda", "decision", "ruling", "position", "stance", "view",
       "book", "article", "information", "data"}
)  # fmt: skip


@_for_lemmas("assault", "attack", "siege")
def _values_attacked(parse: Parse, tok: Token) -> bool:
    """'Our freedom is under assault', 'the Second Amendment is under attack': a value or an
    institution under attack is criticised or threatened by policy, not harmed (PLOVER ASSAULT
    needs people or property)."""
    if tok.dep != "pobj" or parse.tokens[tok.head].lower != "under":
        return False  # "an attack on freedom" is often a deed's description ("the shooting was an
        # attack on free speech"), which names that deed again; "attacked the culture" is ACCUSE
    held = parse.tokens[parse.tokens[tok.head].head]
    subject = child(parse, held, "nsubj", "nsubjpass")
    return subject is not None and lemma_of(subject) in VALUES


#: the forms of the verb "spar" (the tagger also gives "spar" as the lemma of "spared", "sparing")
SPARRING = frozenset({"spar", "spars", "sparred", "sparring"})


@_for_lemmas("spar")
def _spared(parse: Parse, tok: Token) -> bool:
    """'Tsarnaev's life should be spared', 'sparing him the death penalty': sparing, not sparring."""
    return tok.lower not in SPARRING


@_for_lemmas("talk")
def _a_speech(parse: Parse, tok: Token) -> bool:
    """'Trump's talk starts at the 7 minute mark', 'talk of war': "talk" in the singular is a speech
    or rumour; talks, or a talk with or between parties, are negotiation (CONSULT)."""
    if tok.pos != "NOUN" or tok.tag != "NN":
        return False
    return not any(k.dep == "prep" and k.lower in ("with", "between") for k in parse.children(tok.i))


#: verbs of promising, whose clause may only assure that something is so
PROMISING = frozenset({"pledge", "promise", "vow", "swear", "guarantee"})


@_for_lemmas(*PROMISING)
def _assures(parse: Parse, tok: Token) -> bool:
    """'Pence pledged that Trump really is in favor of free trade': promising that something is or
    was so assures, it commits no one to act (PLOVER AGREE); "pledged that it would lift the
    restrictions" does."""
    if tok.pos != "VERB":
        return False
    clauses = [k for k in parse.children(tok.i) if k.dep == "ccomp"]
    return bool(clauses) and all(_a_fact(parse, c) for c in clauses)


@_for_any_lemma
def _non_prefixed(parse: Parse, tok: Token) -> bool:
    """'Cruz's non-endorsement of Trump', 'non-cooperation': the prefix "non-" names the act's
    absence (any lemma: it is a test of the word's spelling)."""
    if tok.i < 2 or tok.pos not in ("NOUN", "VERB", "ADJ"):
        return False
    return hyphen_glued(parse, tok.i - 2) and parse.tokens[tok.i - 2].lower == "non"


@_for_any_lemma
def _titled(parse: Parse, tok: Token) -> bool:
    """A word of a title ("NBC's 'Meet the Press'", "Attack on Titan"): a work's name, no act; not
    the sentence's own tensed verb with its subject, which the parser's title may swallow after a
    closing quotation mark ('Bemoaning the "phony system," Trump accused Holt of ...')."""
    return tok.ent_type == "WORK_OF_ART" and not _main_clause(parse, tok)


def _main_clause(parse: Parse, tok: Token) -> bool:
    """The sentence's root, a tensed verb with a subject of its own: a clause, never a name."""
    subject = child(parse, tok, "nsubj", "nsubjpass") is not None
    return tok.dep == "ROOT" and tok.tag in FINITE and subject


#: nouns that name a word as a word ("did not use the words "terror" or "attack"")
WORD_NOUNS = frozenset({"word", "term", "phrase", "label", "expression"})


@_for_any_lemma
def _mentioned_as_a_word(parse: Parse, tok: Token) -> bool:
    """A word in quotation marks after "the word", "the term" ("did not use the words "terror" or
    "attack"", "avoided the term "massacre""): the word is talked about, its act not told."""
    if tok.i == 0 or parse.tokens[tok.i - 1].text not in QUOTE_MARKS:
        return False
    after = parse.tokens[tok.i + 1 : tok.i + 3]
    if not any(t.text in QUOTE_MARKS for t in after):
        return False
    sent = parse.sents[tok.sent]
    window = parse.tokens[max(sent.start, tok.i - 12) : tok.i]
    return any(lemma_of(t) in WORD_NOUNS for t in window)


#: verbs of firing that, with "back" and no one aimed at, retort in a quarrel
FIRING_BACK = frozenset({"shoot", "fire", "hit"})
#: quotation marks
QUOTE_MARKS = frozenset({'"', "“", "”", "''", "``", "‘", "’", "'"})


@_for_lemmas(*FIRING_BACK)
def _retorts(parse: Parse, tok: Token) -> bool:
    """'"They're all here for the free stuff," Bennett shot back with a laugh', 'Trump shot back that
    the journalist had not been called on': firing back with no one aimed at, as the verb that
    reports a quoted retort or a that-clause, is answering in words ("we have the right to strike
    back", "we will fire back," he said: the act)."""
    if tok.pos != "VERB":
        return False
    kids = parse.children(tok.i)
    back = answers_back(parse, tok)
    aimed = any(k.dep == "dobj" or (k.dep == "prep" and k.lower in ("at", "on")) for k in kids)
    reports = [k for k in kids if k.dep in ("ccomp", "parataxis")]
    quoted = any(t.text in QUOTE_MARKS for t in parse.sentence_tokens(tok.sent))
    said = quoted or any(m.dep == "mark" and m.lower == "that" for k in reports for m in parse.children(k.i))
    return back and not aimed and bool(reports) and said


#: verbs of refusing whose infinitive may be only speaking
REFUSING = frozenset({"refuse", "decline"})
#: answering questions, which one declines as one declines to comment ("refused to answer
#: questions"; not "refused to respond to a demand", which rejects the demand)
ANSWERING = frozenset({"answer"})
#: speech verbs whose refusal rejects what is responded to
RESPONDING = frozenset({"respond", "reply"})


@_for_lemmas(*REFUSING)
def _declines_comment(parse: Parse, tok: Token) -> bool:
    """'refused to comment', 'refuses to discuss potential appointees', 'refused to answer questions':
    declining to comment is CAMEO 014, in the public-statement group PLOVER dropped, not a refusal
    to cooperate (REJECT).  Refusing to disclose records ("his tax returns") is one (hands_over)."""
    if tok.pos != "VERB":
        return False
    acts = [k for k in parse.children(tok.i) if k.dep == "xcomp" and k.pos == "VERB"]
    return any(
        (to_speak(parse, k) and lemma_of(k) not in RESPONDING and not hands_over(parse, k))
        or _tells_alone(parse, k)
        or _names_as(parse, k)
        or (lemma_of(k) in ADMITTING and _admits_a_point(parse, k))  # "refusing to concede that ..."
        for k in acts
    )


#: records and papers whose disclosure is handing them over: refusing to disclose them refuses a
#: demand for them (CAMEO 12), not a comment ("refused to disclose detailed medical records",
#: "declined to reveal his tax returns"); a detail, a name or a figure withheld is a comment declined
HANDED_OVER = frozenset(
    {"record", "return", "document", "email", "e-mail", "file", "transcript", "paper", "tape", "footage"}
)


def hands_over(parse: Parse, verb: Token) -> bool:
    """The verb of telling has records or papers as its object: "to disclose his tax returns"."""
    return any(k.dep == "dobj" and lemma_of(k) in HANDED_OVER for k in parse.children(verb.i))


#: types of acts whose promise is no offer to cooperate (CAMEO 03): a promised veto is a refusal
#: announced, a promised boycott a protest (the guidelines: "a promise to veto is REJECT uncertain", "a
#: boycott vowed is PROTEST uncertain"); a promise of harm is a threat (plover_rules._as_threat) and
#: a pledge to expand the army an agreement (the guidelines), so neither is listed
UNFRIENDLY = frozenset({"REJECT", "PROTEST", "THREATEN"})


@_for_lemmas(*PROMISING)
def _promises_hostility(parse: Parse, tok: Token) -> bool:
    """'promised a veto', 'pledged a boycott of the election': the promised act is coded, uncertain,
    at its noun; the promise is no agreement.  Off under PETRARCH's conventions, whose dictionary
    codes the promise by its own patterns."""
    if tok.pos != "VERB" or petrarch_conventions():
        return False
    objects = [k for k in parse.children(tok.i) if k.dep == "dobj"]
    return any((found := match_trigger(parse, k)) is not None and found.plover in UNFRIENDLY for k in objects)


#: verbs that name or describe something as something ("refused to label it terrorism")
NAMING_AS = frozenset({"label", "term", "characterize", "characterise", "describe", "brand", "dub"})
#: what one calls when calling is ordering, not naming ("refused to call a strike"), beside CONVENED
CALLED_OUT = frozenset(
    {"strike", "halt", "ceasefire", "truce", "summit", "poll", "emergency", "witness", "troop"}
)


def _names_as(parse: Parse, verb: Token) -> bool:
    """'refused to call the shooting terrorism', 'declined to label it a crime': naming something is
    saying, declined as comment is; calling a vote, a strike or witnesses, or calling off, is not."""
    kids = parse.children(verb.i)
    if lemma_of(verb) in NAMING_AS:
        return True
    if lemma_of(verb) != "call" or any(k.dep == "prt" or (k.dep == "prep" and k.lower != "as") for k in kids):
        return False  # "called it as terrorism" names it; "called off", "called on" do not
    objects = [k for k in kids if k.dep == "dobj"]
    named = bool(objects) and lemma_of(objects[0]) not in CONVENED | CALLED_OUT
    return any(k.dep == "oprd" for k in kids) or named


def _tells_alone(parse: Parse, verb: Token) -> bool:
    """Answering, weighing in, or telling about something with no one to talk with ("to discuss the
    appointees", not "to discuss the plan with Iran")."""
    weighs_in = lemma_of(verb) == "weigh" and any(k.lower == "in" for k in parse.children(verb.i))
    if lemma_of(verb) in ANSWERING or weighs_in:
        return True
    alone = not any(k.dep == "prep" and k.lower == "with" for k in parse.children(verb.i))
    return lemma_of(verb) in TELLING and alone


#: dependents that tell the state something is left in ("left the court split")
STATE_LINKS = frozenset({"ccomp", "xcomp", "oprd", "acomp", "dep"})


@_for_lemmas("leave")
def _leaves_in_a_state(parse: Parse, tok: Token) -> bool:
    """'Scalia's death left the court ideologically split': leaving something in a state brings the
    state about; it is no withdrawal from the court (CAMEO 161)."""
    if tok.pos != "VERB":
        return False
    return any(
        k.dep in STATE_LINKS and (k.pos == "ADJ" or k.tag in ("VBN", "VBD")) for k in parse.children(tok.i)
    )


#: what one takes at someone, with a weapon or in words
AIMS = frozenset({"aim", "shot"})


@_for_lemmas("take")
def _takes_aim(parse: Parse, tok: Token) -> bool:
    """'The sniper took aim at the soldiers', 'took aim with his rifle', 'gunmen took shots at the
    convoy': aiming or shooting a weapon, not the idiom for criticising ("Biden took aim at Trump's
    comments", "Republicans took shots at the White House")."""
    aims = {k.i for k in parse.children(tok.i) if lemma_of(k) in AIMS}
    if not aims:
        return False
    subject = subject_of(parse, tok)
    armed = subject is not None and armed_party(subject)
    words = (t for t in parse.sentence_tokens(tok.sent) if t.i not in aims)  # "shot" is a weapon's word
    return armed or any(lemma_of(t) in weapons() for t in words)


#: prepositions that put someone in custody ("remained in custody", "placed into custody")
CUSTODY_PREPS = frozenset({"in", "into"})
#: verbs that tell being put or kept in custody, which is then the act; after a trigger verb ("taken
#: into custody", "held in custody") the verb is coded, and after others custody frames their act
CUSTODY_VERBS = frozenset({"be", "remain", "stay", "keep", "place", "put", "remand", "return", "send"})


@_for_lemmas("custody")
def _custody(parse: Parse, tok: Token) -> bool:
    """'Custody' is detention only after 'in' or 'into' ("suspects in custody"; not "a custody
    battle", "custody of the children"), said of a person or with a verb of being or putting
    there ("remained in custody", "placed in custody"). After a trigger verb the act is the verb's
    ("taken into custody", "held in custody"); after another verb it frames that verb's act
    ("died while in police custody")."""
    if tok.pos != "NOUN":
        return False
    phrase = phrase_of(parse, tok)
    if phrase is None or phrase[0].lower not in CUSTODY_PREPS:
        return True
    holder = phrase[1]
    if holder.pos in ("NOUN", "PROPN", "PRON"):
        return False  # "suspects in custody"
    return lemma_of(holder) not in CUSTODY_VERBS  # "died while in police custody": a frame of the death


#: verbs whose object act is coded as its noun, with their subject as its source
CARRIERS = frozenset({"order", "join"})


@_for_lemmas(*CARRIERS)
def _passes_to_its_object(parse: Parse, tok: Token) -> bool:
    """'A judicial inquiry was ordered', 'ordered an investigation': the act ordered is coded as its
    noun (the guidelines' hotel fire: ACCUSE), not the order as a REQUEST of its own; 'joined the
    calls for ...', 'joined the protests': the joiner calls or protests, no meeting (CONSULT).  A
    passive clause of what was ordered likewise: "the court ordered him detained" (COERCE by the
    court)."""
    if tok.pos != "VERB" or petrarch_conventions():
        return False
    kids = parse.children(tok.i)
    objects = [k for k in kids if k.dep in ("dobj", "nsubjpass") and k.pos == "NOUN"]
    if any(match_trigger(parse, k) is not None for k in objects):
        return True
    # "the court ordered him detained", "ordered that he be held": the act ordered, done by the orderer
    clauses = kids + [g for k in kids if k.dep == "dobj" for g in parse.children(k.i) if g.dep == "acl"]
    if any(ordered_done(parse, k) is not None for k in clauses):
        return True
    kept = [t for k in kids if k.dep == "ccomp" for t in parse.subtree(k.i) if lemma_of(t) == "custody"]
    return any(ordered_custody(parse, t) is not None for t in kept)  # "ordered X remain in custody"


#: words of an election campaign, whose rallies are a candidate's meetings with supporters, no protest
CAMPAIGN_WORDS = frozenset(
    {"candidate", "nominee", "campaign", "presidential", "primary", "caucus", "frontrunner",
     "front-runner", "stump", "reelection", "re-election"}
)  # fmt: skip
#: words that make a rally a protest ("a rally against the war", "a protest rally")
PROTESTING = frozenset({"against", "protest", "anti", "opposition", "counter"})


#: things that clash with things, not parties with parties ("his politics clashed with the stances of
#: party leaders", "the plan clashes with the law")
IDEAS = frozenset(
    {"politics", "view", "stance", "position", "policy", "idea", "value", "belief", "opinion", "plan",
     "interest", "approach", "style", "personality", "vision", "priority", "agenda", "proposal", "rule",
     "law", "schedule", "date", "colour", "color", "claim", "account", "version", "finding", "data"}
)  # fmt: skip


@_for_lemmas("clash")
def _ideas_clash(parse: Parse, tok: Token) -> bool:
    """'His moderate politics have clashed with some of the stances of national leaders', 'clashing
    exclusive economic zone claims': views, plans or claims that clash disagree or conflict; no one
    fights (a party's subject clashes: "protesters clashed with police")."""
    if tok.pos != "VERB":
        return False
    subject, thing = child(parse, tok, "nsubj"), child(parse, tok, "dobj")
    if thing is not None and _an_idea(thing):
        return True  # "clashing exclusive economic zone claims": the participle of claims that conflict
    return subject is not None and subject.pos == "NOUN" and _an_idea(subject)


def _an_idea(noun: Token) -> bool:
    """A view, a plan or a claim (the lemmatiser may read "politics" as "politic")."""
    return lemma_of(noun) in IDEAS or noun.lower in IDEAS


#: verbs of leaving a party that voters do when their support moves ("wealthy voters have abandoned
#: the Republican party"): a shift in opinion, no act of the party's members or a state
DESERTING = frozenset({"abandon", "desert", "flee", "forsake", "ditch", "dump"})


@_for_lemmas(*DESERTING)
def _voters_move(parse: Parse, tok: Token) -> bool:
    """'Americans living in households making $100,000 or more have abandoned the Republican party':
    voters or supporters who abandon a party change their vote, they reduce no relations (CAMEO 16)."""
    subject = child(parse, tok, "nsubj") if tok.pos == "VERB" else None
    if subject is None:
        return False
    lemma = lemma_of(_part_of(parse, subject))
    return lemma in AUDIENCES or lemma.removesuffix("s") in AUDIENCES  # "Americans", a proper noun


#: people one thanks for their own help, which is courtesy, no support given to a party
HELPERS = AUDIENCES | {"staff", "volunteer", "team", "family", "friend", "donor", "follower", "backer"}


@_for_lemmas("thank")
def _thanks_helpers(parse: Parse, tok: Token) -> bool:
    """'in which she thanked her supporters', 'thanked his staff and volunteers': thanking one's
    own supporters or helpers is courtesy, no praise of a party (CAMEO 051)."""
    objects = [k for k in parse.children(tok.i) if k.dep == "dobj"] if tok.pos == "VERB" else []
    return bool(objects) and all(lemma_of(_part_of(parse, o)) in HELPERS for o in objects)


@_for_lemmas("protest")
def _objections(parse: Parse, tok: Token) -> bool:
    """'Despite her numerous protests, evidence continues to grow': one person's protests are her
    objections in words, no demonstration (a crowd's protests have no personal possessor)."""
    owner = child(parse, tok, "poss") if tok.pos == "NOUN" else None
    return owner is not None and owner.lower in ("his", "her")


#: verbs of winning a contest, which persons win against persons ("Bradley defeated Judge
#: Kloppenburg"); armies and states defeat armies and states
CONTESTS = frozenset({"defeat", "beat", "unseat", "outpoll", "outvote"})


@_for_lemmas(*CONTESTS)
def _wins_contest(parse: Parse, tok: Token) -> bool:
    """'Bradley defeated state Appeals Court Judge JoAnne Kloppenburg': one named person defeating
    another is a contest won (an election, a game), not a military defeat (CAMEO 19)."""
    if tok.pos != "VERB":
        return False
    subject, loser = child(parse, tok, "nsubj"), child(parse, tok, "dobj")
    if subject is None or loser is None:
        return False
    # the tagger takes some surnames for organisations ("Bradley"): a bare name will do as the winner
    winner = _a_named_person(parse, subject) or (subject.pos == "PROPN" and subject.ent_type in ("", "ORG"))
    return winner and _a_named_person(parse, loser)


def _a_named_person(parse: Parse, noun: Token) -> bool:
    """A person's name, or a phrase ending in one ("state Appeals Court Judge JoAnne Kloppenburg")."""
    return noun.ent_type == "PERSON" or any(
        k.dep == "appos" and k.ent_type == "PERSON" for k in parse.children(noun.i)
    )


#: prepositions that make a rally the setting of another act ("spoke at a rally", "after a rally")
SETTINGS = frozenset({"at", "during", "after", "before", "following"})


@_for_lemmas("rally")
def _own_rally(parse: Parse, tok: Token) -> bool:
    """'Trump's AZ rally', 'at your rallies': a person's own rally is their meeting with supporters,
    no protest against anyone; "Navalny's rally against Putin", "his protest rally" stay protests."""
    if tok.pos != "NOUN" or {k.lower for k in parse.children(tok.i)} & PROTESTING:
        return False
    owner = child(parse, tok, "poss")
    return owner is not None and (a_person(owner) or owner.lower in ONE_PERSONS)


#: the possessives of one person ("his rally", "your rallies"); "their rally" may be a group's
#: protest and is left out
ONE_PERSONS = PERSONAL_POSSESSIVES - {"their"}


@_for_lemmas("rally")
def _campaign_rally(parse: Parse, tok: Token) -> bool:
    """'Republican presidential candidate Donald Trump signs autographs at the conclusion of a rally':
    a rally that is only the setting of a candidate's other act, in a sentence about an election
    campaign, is no protest (a rally held, one against something, or a protest rally stays one)."""
    if tok.pos != "NOUN" or {k.lower for k in parse.children(tok.i)} & PROTESTING:
        return False
    if not _a_setting(parse, tok):
        return False
    words = {lemma_of(t) for t in parse.sentence_tokens(tok.sent)}
    return bool(words & CAMPAIGN_WORDS) and not words & {"protest", "protester", "demonstrator", "opposition"}


def _a_setting(parse: Parse, noun: Token) -> bool:
    """The noun names where or when another act happens: "at a rally", "at the conclusion of a rally"."""
    phrase = phrase_of(parse, noun)
    if phrase is not None and phrase[0].lower == "of" and phrase[1].pos == "NOUN":
        phrase = phrase_of(parse, phrase[1])  # "at the conclusion of a rally"
    return phrase is not None and phrase[0].lower in SETTINGS


#: who gathers to demonstrate: protesters, a crowd, or a number of people ("thousands gathered")
CROWDS = PROTESTERS | {"opponent", "thousand", "hundred", "million", "dozen"}
#: meetings, services and feasts: gathered at one is no demonstration
ASSEMBLIES = frozenset(
    {"convention", "caucus", "meeting", "conference", "congress", "summit", "fundraiser", "dinner",
     "luncheon", "breakfast", "banquet", "reception", "funeral", "service", "mass", "prayer",
     "ceremony", "celebration", "party", "wedding", "concert", "festival", "game", "debate", "hearing",
     "session", "forum", "gala", "church", "mosque", "synagogue", "temple", "cathedral"}
)  # fmt: skip
#: what a crowd may gather for that is a demonstration
DEMONSTRATIONS = frozenset({"rally", "protest", "demonstration", "march", "vigil", "sit-in"})


@_for_lemmas("gather")
def _gathers(parse: Parse, tok: Token) -> bool:
    """'Thousands of protesters gathered outside parliament' is a demonstration; 'gathered evidence',
    'people gathered at the scene', 'thousands gathered for the funeral' are not."""
    if tok.pos != "VERB":
        return False
    kids = parse.children(tok.i)
    purposes = {
        lemma_of(g) for k in kids if k.dep == "prep" and k.lower == "for" for g in parse.children(k.i)
    }
    if purposes & DEMONSTRATIONS:
        return False
    settings = {
        lemma_of(g) for k in kids if k.dep == "prep" and k.lower in ("at", "in") for g in parse.children(k.i)
    }
    if settings & ASSEMBLIES:
        return True  # "activists had gathered at local conventions"
    if _gathers_to_do(parse, kids):
        return True  # "a crowd will gather to gawk at a car crash"
    subject = child(parse, tok, "nsubj")
    words = {lemma_of(subject)} | {lemma_of(g) for g in _of_objects(parse, subject)} if subject else set()
    crowd = bool(words & CROWDS) and not any(k.dep == "dobj" and not _place_misread(parse, k) for k in kids)
    return not crowd or bool(purposes)


#: prepositions of place the tagger reads as adjectives before a bare noun ("gathered outside parliament")
PLACE_WORDS = frozenset({"outside", "inside", "near", "opposite", "beside"})


def _place_misread(parse: Parse, noun: Token) -> bool:
    """'gathered outside parliament', parsed as the object 'parliament' with the adjective 'outside':
    a place, not a thing gathered."""
    return any(k.dep == "amod" and k.lower in PLACE_WORDS and k.i < noun.i for k in parse.children(noun.i))


def _gathers_to_do(parse: Parse, kids: list[Token]) -> bool:
    """People who gather to do something other than protest ("to gawk", "to pray", "to watch"): the
    gathering's purpose, an infinitive that names no protest, makes it none ("gathered to protest",
    "to demand his release" stay demonstrations)."""
    aims = [k for k in kids if k.dep in ("advcl", "xcomp") and k.pos == "VERB" and parse.infinitive_to(k.i)]
    if not aims:
        return False
    return not any(
        (trig := match_trigger(parse, k)) is not None and trig.plover in ("PROTEST", "REQUEST") for k in aims
    )


def _of_objects(parse: Parse, noun: Token) -> list[Token]:
    """'thousands of protesters': the nouns after "of"."""
    return [
        g for k in parse.children(noun.i) if k.dep == "prep" and k.lower == "of" for g in parse.children(k.i)
    ]


def _prep_objects(parse: Parse, word: Token, preps: tuple[str, ...]) -> list[Token]:
    """The objects of the word's prepositions of these words ("backing from 74% of voters")."""
    return [
        g
        for k in parse.children(word.i)
        if k.dep == "prep" and k.lower in preps
        for g in parse.children(k.i)
        if g.dep == "pobj"
    ]


#: verbs of moving people that are also said of the people who move ("the crowd dispersed")
MOVED_OR_MOVING = frozenset({"evacuate", "disperse"})


@_for_lemmas(*MOVED_OR_MOVING)
def _leaves(parse: Parse, tok: Token) -> bool:
    """'forced 58,000 civilians to evacuate', 'residents evacuated to the hospital': evacuating with
    no one evacuated is leaving, not the aid of moving others to safety (CAMEO 073); 'the crowds
    dispersed' is people going home, not the police dispersing them (CAMEO 170).  Without an object
    and not passive, the subject is who moves."""
    if tok.pos != "VERB":
        return False
    return not any(k.dep in ("dobj", "nsubjpass") for k in parse.children(tok.i))


#: nouns and pronouns that, bare, name anyone of a kind ("people who had been accused of crimes")
ANYONE = frozenset({"anyone", "anybody", "everyone", "everybody", "whoever", "people", "person", "those"})
#: dependents that make such a noun some people in particular ("the two people who were protesting")
PARTICULAR = frozenset({"det", "nummod", "poss", "amod", "compound", "appos"})


#: legal acts (arguments.LEGAL) that, in a clause on anyone of a kind, describe the kind ("anyone
#: accused of a crime")
@_for_lemmas(*LEGAL)
def _of_anyone(parse: Parse, tok: Token) -> bool:
    """A legal act in a clause on anyone of a kind ("extradite anyone accused of a crime", "people
    who had been accused of crimes"): a generic statement about a kind of act (the guidelines), not
    one done.  "He killed people who were protesting" tells of people in particular, and stays."""
    if tok.dep not in ("relcl", "acl") or tok.head == tok.i:
        return False
    head = parse.tokens[tok.head]
    own = {k.dep for k in parse.children(head.i)}
    return lemma_of(head) in ANYONE and not own & PARTICULAR


#: verbs of taking a side that, in a vote, cast a vote (the guidelines: a legislative vote is no act)
SIDING = frozenset({"oppose", "support", "back", "favor", "favour"})


@_for_lemmas(*SIDING)
def _votes(parse: Parse, tok: Token) -> bool:
    """'194 Republicans opposing it', 'two Democrats opposed both articles' in a sentence on a vote:
    votes counted, not a refusal (CAMEO 12) of one party to another."""
    if tok.pos != "VERB":
        return False
    sent = parse.sents[tok.sent]
    voting = any(lemma_of(t) == "vote" for t in parse.tokens[sent.start : sent.end])
    subject = subject_of(parse, tok)
    counted = subject is not None and any(k.dep == "nummod" for k in parse.children(subject.i))
    return voting or counted


#: wars named as a situation, whose toll is no one act (the guidelines: only specific attacks,
#: battles and bombings are ASSAULT; "killed in the fighting near Donetsk" is one)
WARS = frozenset({"war", "conflict", "genocide", "insurgency", "revolution", "occupation", "troubles"})


@_for_any_lemma
def _war_toll(parse: Parse, tok: Token) -> bool:
    """'300,000 people were killed in the conflict': the toll of a war, not an act of violence.  (Any
    lemma: the casualty verbs are read from data, and any verb done "to death" is one.)"""
    kids = parse.children(tok.i)
    if not is_casualty_verb(parse, tok) or any(k.dep in ("dobj", "agent") for k in kids):
        return False  # "Israeli forces killed 20 people in the war": someone's act
    preps = (k for k in kids if k.dep == "prep" and k.lower in ("in", "during", "throughout"))
    return any(g.dep == "pobj" and lemma_of(g) in WARS for k in preps for g in parse.children(k.i))


#: verbs of fighting that, with no one fought, campaign or struggle ("fighting for the holiday",
#: "struggled with the economy",
#: "the law he spent his presidency fighting for", "will fight on to the convention", "they fight like
#: it matters"); fighting someone, or for a party ("fought for the Taliban"), or where a battle is
#: fought ("fought in the streets") is fighting
STRUGGLES = frozenset({"fight", "battle", "struggle"})
#: entity types of a party one fights on the side of
SIDES = frozenset({"GPE", "NORP", "ORG"})
#: prepositions of whom or where one fights ("fought against the rebels", "fought in the streets")
FOUGHT = frozenset(
    {"against", "with", "in", "at", "near", "around", "inside", "outside", "across", "along", "alongside",
     "between", "among", "on"}
)  # fmt: skip


@_for_lemmas(*STRUGGLES)
def _campaigns_for(parse: Parse, tok: Token) -> bool:
    if tok.pos != "VERB":
        return False
    kids = parse.children(tok.i)
    if any(k.dep in ("dobj", "nsubjpass") for k in kids):
        return False
    preps = [k for k in kids if k.dep == "prep" and not of_time(parse, k)]  # "for three days": how long
    causes = [g for k in preps if k.lower == "for" for g in parse.children(k.i) if g.dep == "pobj"]
    if causes:
        return not any(g.ent_type in SIDES and not _a_vision_of(parse, g) for g in causes)
    fought = [k for k in preps if k.lower in FOUGHT]
    return not fought or all(_a_thing_fought(parse, k) for k in fought)


@_for_lemmas("fight")
def _wages_a_war(parse: Parse, tok: Token) -> bool:
    """'A coalition fighting the Houthis', 'allied with Kurdish groups in fighting ISIS', 'has been
    fighting the state for five decades': fighting told as a campaign under way (a participle or a
    gerund) or as a long struggle is a war named as a situation (the guidelines: only specific
    attacks and battles are ASSAULT); "he fought her and bit her thumb", "troops are fighting rebels
    in the north" tell fighting done, and an infinitive ("sworn to fight the army") is left to its
    modality."""
    if tok.pos != "VERB" or tok.tag != "VBG":
        return False
    auxiliaries = [k for k in parse.children(tok.i) if k.dep in ("aux", "auxpass")]
    return not auxiliaries or any(lemma_of(k) == "have" for k in auxiliaries)


def _a_vision_of(parse: Parse, name: Token) -> bool:
    """'Fight for an America that works for everyone': a country with "a" or a clause of what it
    should be is an idea of it, not a side fought for ("fought for Ukraine")."""
    kids = parse.children(name.i)
    return any((k.dep == "det" and k.lower in ("a", "an")) or k.dep == "relcl" for k in kids)


def _a_thing_fought(parse: Parse, prep: Token) -> bool:
    """'Struggled with a rapidly deteriorating economy', 'battling against poverty': a thing, no
    party, after "with" or "against"."""
    objects = [g for g in parse.children(prep.i) if g.dep == "pobj"]
    return (
        prep.lower in ("with", "against")
        and bool(objects)
        and all(names_a_thing(g, parse.subtree(g.i)) for g in objects)
    )


#: verbs of recognition that, with a that-clause, say what someone realises ("recognizing that they
#: too can run for office"), not a state's recognition (CAMEO 054)
COGNITION = frozenset({"recognize", "recognise", "acknowledge"})
#: verbs of attitude whose simple present says what someone holds, not what they did ("both sides
#: oppose the Houthi rebels")
ATTITUDES = frozenset({"support", "oppose", "favor", "favour"})


@_for_lemmas(*COGNITION)
def _realises(parse: Parse, tok: Token) -> bool:
    return tok.pos == "VERB" and any(k.dep == "ccomp" for k in parse.children(tok.i))


@_for_lemmas(*ATTITUDES)
def _holds_a_stance(parse: Parse, tok: Token) -> bool:
    """'Both sides oppose the rebels', 'while he does support Clinton'; 'the immigration bill, opposed
    by House Republicans, never became law', 'a measure strongly opposed by unions': the simple
    present, or a participle of opposing or favouring that describes a noun, tells a stance held,
    not a deed done ("forces supported by Russia" are helped: the support is given)."""
    described = tok.tag == "VBN" and tok.dep == "acl" and lemma_of(tok) != "support"
    present = tok.tag in ("VBZ", "VBP") and not _declared(parse, tok)
    return tok.pos == "VERB" and (present or described or _present_with_do(parse, tok))


def _declared(parse: Parse, verb: Token) -> bool:
    """'"Yes, I support Ted Cruz,"', '"I strongly support Paul Ryan"': a speaker who says he backs a
    person by name backs him by saying it, an endorsement made then (CAMEO 051); "I support him
    because ...", "he supports Clinton", "I support a $12 minimum wage" tell a stance held."""
    subject = child(parse, verb, "nsubj")
    backed = child(parse, verb, "dobj")
    first = subject is not None and subject.lower in ("i", "we")
    return first and backed is not None and backed.ent_type == "PERSON"


def _present_with_do(parse: Parse, verb: Token) -> bool:
    """'While he does support Clinton', 'Do you oppose the plan?': the simple present with "do"."""
    return verb.tag == "VB" and any(
        k.dep == "aux" and k.tag in SIMPLE_PRESENT and lemma_of(k) == "do" for k in parse.children(verb.i)
    )


@_for_lemmas("support")
def _support_described(parse: Parse, tok: Token) -> bool:
    """'Beck, who supported Sen. Ted Cruz, ...', 'a pollster who had supported Cruz during the
    primaries': a relative clause in a past tense that tells whom someone backed describes who they
    are, as an apposition would; no act is reported ("who is supporting Sanders" is one now; "which
    supported the offensive" helps it)."""
    if tok.pos != "VERB" or tok.dep != "relcl":
        return False
    kids = parse.children(tok.i)
    backed = next((k for k in kids if k.dep == "dobj"), None)
    if backed is None or not (backed.ent_type == "PERSON" or backed.tag == "PRP"):
        return False  # "the allies, which supported the offensive": help given
    perfect = tok.tag == "VBN" and any(k.dep == "aux" and lemma_of(k) == "have" for k in kids)
    return tok.tag == "VBD" or perfect


#: words that make a noun phrase a poll's share of people ("42 percent of the Republicans surveyed")
POLL_SHARES = frozenset({"percent", "cent", "%", "majority", "plurality", "minority"})


@_for_lemmas(*ATTITUDES)
def _poll_share(parse: Parse, tok: Token) -> bool:
    """'Trump was supported by 42 percent of the Republicans surveyed', 'a majority of voters oppose
    the plan': a share of those polled holds a stance; no one backs anyone at a time."""
    holders = [k for k in parse.children(tok.i) if k.dep in ("nsubj", "nsubjpass")]
    agent = prep_object(parse, tok, ("by",))
    holders += [agent] if agent is not None else []
    return any(lemma_of(h) in POLL_SHARES or h.lower in POLL_SHARES for h in holders)


@_for_lemmas("backing", "support", "endorsement")
def _voters_backing(parse: Parse, tok: Token) -> bool:
    """'backing from 74% of African-American likely voters', 'support among voters': a share of the
    vote or of those polled, no one backing anyone at a time."""
    if tok.pos != "NOUN":
        return False
    givers = _prep_objects(parse, tok, ("from", "of", "among"))
    return any(lemma_of(g) in POLL_SHARES or lemma_of(g) in VOTERS or g.lower in POLL_SHARES for g in givers)


@_for_lemmas("oppose")
def _opposes_a_person(parse: Parse, tok: Token) -> bool:
    """'Beck virulently opposed Trump during the primaries', 'He opposed every single one of them':
    opposing a person, or what a pronoun stands for, is a stance held (the guidelines), no refusal
    of a request or a proposal at a time (PLOVER REJECT)."""
    opposed = child(parse, tok, "dobj") if tok.pos == "VERB" else None
    if opposed is not None and opposed.lower in ("one", "each", "all", "some"):
        opposed = prep_object(parse, opposed, ("of",)) or opposed  # "every single one of them"
    return opposed is not None and (opposed.ent_type == "PERSON" or opposed.tag == "PRP")


@_for_lemmas("oppose")
def _as_opposed_to(parse: Parse, tok: Token) -> bool:
    """'spent on ads boosting his campaign, as opposed to attacking his rivals': "as opposed to" is a
    compound preposition that contrasts two things (like "rather than"), no one's refusal."""
    return words_at(parse, tok.i - 1, AS_OPPOSED_TO)


@_for_lemmas("dismiss")
def _dismissed_from_a_post(parse: Parse, tok: Token) -> bool:
    """'Lewandowski was dismissed on Monday as Trump's campaign manager': dismissed as the holder of
    a post ("as his chief of staff", "as the director") is removed from it, no one disparaged ("as an
    ineffective leader") and nothing rejected."""
    preps = [k for k in parse.children(tok.i) if k.dep == "prep" and k.lower == "as"]
    return any(determined(parse, g, THE) for k in preps for g in parse.children(k.i))


@_for_lemmas("block")
def _blocks_someones_access(parse: Parse, tok: Token) -> bool:
    """'Blocking Sanders' access to his own data': cutting someone's access off is done to them, no
    blockade of a road or an entrance (PLOVER PROTEST obstruct); "protesters blocked access to the
    port" stays one."""
    obj = child(parse, tok, "dobj") if tok.pos == "VERB" else None
    if obj is None or lemma_of(obj) != "access":
        return False
    return any(k.dep == "poss" or _before_an_apostrophe(parse, k) for k in parse.children(obj.i))


def _before_an_apostrophe(parse: Parse, tok: Token) -> bool:
    """A name the parser hung as a modifier though an apostrophe makes it a possessor ("Sanders’
    access": the curly apostrophe of a plural possessive, read as a quote mark)."""
    after = parse.tokens[tok.i + 1] if tok.i + 1 < len(parse.tokens) else None
    return tok.dep in ("nmod", "compound") and after is not None and after.text in ("’", "'")


@_for_lemmas("investigate", "probe", "examine", "look")
def _weighs_what_to_do(parse: Parse, tok: Token) -> bool:
    """'Is investigating whether to punish any other staff members': looking into whether to do
    something is deciding it, no inquiry into anyone (investigating whether he lied stays one);
    'looked into what the consequences would be if he announced it': looking into what would or
    could happen weighs an outcome (looking into what happened, or whether he lied, stays one)."""
    clauses = [k for k in parse.children(tok.i) if k.dep in ("xcomp", "ccomp")]
    phrases = [
        g for k in parse.children(tok.i) if k.dep == "prep" for g in parse.children(k.i) if g.dep == "pcomp"
    ]
    return any(_to_do(parse, k) for k in clauses) or any(_would_be(parse, k) for k in phrases)


def _to_do(parse: Parse, clause: Token) -> bool:
    """'whether to punish': a choice of what to do."""
    kids = parse.children(clause.i)
    return any(g.dep == "mark" and g.lower == "whether" for g in kids) and any(
        g.dep == "aux" and g.lower == "to" for g in kids
    )


def _would_be(parse: Parse, clause: Token) -> bool:
    """'what the consequences would be', 'how it could work': an outcome that might come."""
    return any(g.dep == "aux" and g.lower in ("would", "could", "might") for g in parse.children(clause.i))


#: nouns whose "of" names a belief by its conviction: "the courage of his convictions"
HELD_FIRMLY = frozenset({"courage", "strength", "force", "depth", "sincerity"})


@_for_lemmas("conviction")
def _a_belief_held(parse: Parse, tok: Token) -> bool:
    """'Praised Cruz for showing the courage of his convictions': convictions one has the courage or
    the strength of are beliefs, no verdict (a "conviction for fraud" stays one)."""
    if tok.pos != "NOUN" or tok.dep != "pobj" or tok.head == tok.i:
        return False
    prep = parse.tokens[tok.head]
    return prep.lower == "of" and prep.head != prep.i and lemma_of(parse.tokens[prep.head]) in HELD_FIRMLY


@_for_lemmas("rejection")
def _a_rejection_of_no_one(parse: Parse, tok: Token) -> bool:
    """'It's driving a virulent rejection of the mogul among likely delegates', 'that means a rapid
    rejection of Trump', 'the rejection of the treaty signals the beginning of the end': a rejection
    that no one is named as making (no possessor, no "by") is a mood among people or an outcome told
    before, no act of refusing at a time; "Iran's rejection of the proposal" stays one."""
    return tok.pos == "NOUN" and not _maker_named(parse, tok, ("by",))


#: verbs by which someone has an appeal that draws people, or gains or loses it
HOLDING_APPEAL = frozenset(
    {"have", "hold", "lack", "broaden", "widen", "expand", "lose", "retain", "limit", "increase",
     "boost", "enjoy", "show", "demonstrate", "keep"}
)  # fmt: skip


@_for_lemmas("appeal")
def _an_attraction(parse: Parse, tok: Token) -> bool:
    """'Taylor had only one appeal for the Whigs', 'has broadened her appeal': an appeal someone has,
    keeps, lacks, broadens or loses is what draws people to them, no plea (CAMEO 02); "has an appeal
    pending" and an appeal "against" or "to" something stay a legal appeal or a plea."""
    if tok.pos != "NOUN" or tok.dep != "dobj" or tok.head == tok.i:
        return False
    if any(k.lower in ("pending", "against", "to", "before") for k in parse.children(tok.i)):
        return False
    return lemma_of(parse.tokens[tok.head]) in HOLDING_APPEAL


#: what a court does with an appeal: "his appeal was rejected" stays a legal appeal
APPEAL_RULINGS = frozenset(
    {"reject", "deny", "dismiss", "uphold", "grant", "hear", "allow", "refuse", "overturn", "fail", "succeed",
     "consider", "review", "file", "lodge", "launch", "decide"}
)  # fmt: skip


@_for_lemmas("appeal")
def _whose_appeal(parse: Parse, tok: Token) -> bool:
    """'Mr. Trump, whose appeal is predicated on an aura of toughness', 'the candidate's appeal would
    transcend race': someone's appeal told of as the subject of a clause, asking nothing of anyone,
    is what draws people to them, no plea (CAMEO 02); "his appeal was rejected" stays a legal one."""
    if tok.pos != "NOUN" or tok.dep not in ("nsubj", "nsubjpass") or tok.head == tok.i:
        return False
    kids = parse.children(tok.i)
    if not any(k.dep == "poss" for k in kids) or any(k.dep in ("prep", "acl", "relcl") for k in kids):
        return False
    return lemma_of(parse.tokens[tok.head]) not in APPEAL_RULINGS


#: nouns of an unnamed audience, whose cheers and applause are a reaction, no act of support
SPECTATORS = frozenset(
    {"crowd", "audience", "people", "fan", "attendee", "spectator", "viewer", "onlooker", "listener",
     "throng", "rallygoer", "room", "hall", "arena", "stadium"}
)  # fmt: skip


@_for_lemmas("cheer", "applaud", "clap")
def _audience_reacts(parse: Parse, tok: Token) -> bool:
    """'The crowd enthusiastically cheers Trump's words', 'six thousand people packed the hall to
    cheer him on': an audience cheering or applauding a speaker reacts to a speech, a rally's part
    (no act; the guidelines code rallies as none); "the governor applauded the ruling" and
    "supporters cheered Clinton" stay praise."""
    subject = subject_of(parse, tok) if tok.pos == "VERB" else None
    return subject is not None and lemma_of(subject) in SPECTATORS


@_for_lemmas("pull")
def _pulled_a_name(parse: Parse, tok: Token) -> bool:
    """'Hillary Clinton pulled a Donald Trump': to pull "a" someone is to act as they are known to
    (the idiom of "pulled a Houdini"), no one pulled."""
    obj = child(parse, tok, "dobj") if tok.pos == "VERB" else None
    if obj is None or obj.pos != "PROPN":
        return False
    return any(k.dep == "det" and k.lower in ("a", "an") for k in parse.children(obj.i))


#: nouns of things said to be true, whose rejection denies them: "dismissed a report in Politico that
#: ...", "rejected the allegations" (criticism rejected is a refusal: "laughed off the criticism")
CLAIMS = frozenset(
    {"report", "allegation", "accusation", "claim", "rumor", "rumour", "speculation", "story",
     "assertion", "suggestion", "notion", "characterization", "characterisation", "insinuation"}
)  # fmt: skip


def _maker_named(parse: Parse, noun: Token, preps: tuple[str, ...]) -> bool:
    """Someone is named as making what the noun names: a possessor ("Clinton's claim", "Iran's
    rejection") or one of ``preps`` ("the claim from Berlin", "a rejection by the union")."""
    return any(k.dep == "poss" or (k.dep == "prep" and k.lower in preps) for k in parse.children(noun.i))


@_for_lemmas("reject", "dismiss")
def _denies_a_content(parse: Parse, tok: Token) -> bool:
    """'Ms. Conway rejected the idea that the changes amounted to a shake-up', 'Trump dismissed a
    report in Politico that ...', 'rejected the allegations': rejecting what a "that" clause says,
    or a report, a claim or an allegation no party is named as making, denies it (CAMEO's dropped
    statements of denial; the guidelines: denying guilt is no event), no refusal of a demand or a
    proposal (PLOVER REJECT); "rejected the idea that she proposed" (a relative clause) and
    "rejected the idea of talks" stay refusals."""
    thing = child(parse, tok, "dobj") if tok.pos == "VERB" else None
    if thing is None or thing.pos != "NOUN":
        return False
    if lemma_of(thing) in CLAIMS:
        # "rejected Clinton's claim", "dismissed the claim from Berlin": a refusal aimed at its maker
        return not _maker_named(parse, thing, ("from", "by"))
    return tells_content(parse, thing)


#: verbs of doing harm that, done to one named person by no armed party, say how a political
#: contest is fought ("efforts to wound Donald J. Trump", "raising money to fight Mr. Trump",
#: "clobbered her in New Hampshire")
CONTEST_HARM = frozenset({"fight", "wound", "destroy", "clobber", "crush", "trounce", "bury", "torpedo"})


@_for_lemmas(*CONTEST_HARM)
def _fights_a_candidate(parse: Parse, tok: Token) -> bool:
    """Fighting, wounding or destroying one named person, by no armed party ("soldiers fought the
    gunman" stays a fight) and with no weapon ("wounded him with a knife"), is a contest of
    politics, no act of force; fighting a group ("to fight ISIS") stays one."""
    victim = child(parse, tok, "dobj") if tok.pos == "VERB" else None
    if victim is None or not _a_named_person(parse, victim):
        return False
    weapon = prep_object(parse, tok, ("with",))
    if weapon is not None and lemma_of(weapon) in weapons():
        return False  # "wounded Giffords with a gun"
    doer = subject_of(parse, tok)
    return doer is None or not armed_party(doer)


#: verbs of gladdening that a thing does to people ("the jobs report cheered Democrats")
GLADDENING = frozenset({"cheer", "hearten", "delight", "please", "buoy"})


@_for_lemmas(*GLADDENING)
def _gladdened_by_a_thing(parse: Parse, tok: Token) -> bool:
    """'The surprisingly robust jobs report cheered Democrats': news or a result that cheers people
    pleases them; no one cheers anyone on (the subject's head noun names a thing)."""
    subject = child(parse, tok, "nsubj") if tok.pos == "VERB" else None
    return subject is not None and names_a_thing(subject, [subject])


@_for_lemmas("protest")
def _done_in_protest(parse: Parse, tok: Token) -> bool:
    """'resigning in protest to May's Brexit agreement': "in protest" says why another act was done,
    which is the act coded (one record per act); where the verb names no act of its own ("walked out
    in protest", "marched in protest") the protest is the act."""
    if tok.pos != "NOUN" or tok.dep != "pobj" or tok.head == tok.i:
        return False
    prep = parse.tokens[tok.head]
    if prep.lower != "in" or prep.head == prep.i:
        return False
    verb = parse.tokens[prep.head]
    return verb.pos == "VERB" and match_trigger(parse, verb) is not None


@_for_lemmas("aid", "help")
def _helped_by_a_thing(parse: Parse, tok: Token) -> bool:
    """'Sanders was aided by the support of younger voters', 'helped by low turnout': what helps
    along is a circumstance, no party giving aid."""
    agent = child(parse, tok, "agent") if tok.pos == "VERB" else None
    helper = child(parse, agent, "pobj") if agent is not None else None
    return helper is not None and names_a_thing(helper, [helper])


#: verbs of steering a vehicle, and those who steer one
DRIVING = frozenset({"drive", "steer", "speed", "swerve", "veer"})
DRIVERS = frozenset({"driver", "motorist", "trucker"})
#: what a vehicle hits in a ramming attack, not a crash
RAMMED = CROWDS | {"crowd"}


@_for_lemmas("hit", "strike")
def _vehicle_crash(parse: Parse, tok: Token) -> bool:
    """'A car struck a pedestrian', 'she was hit by a bus', 'was driving erratically and struck a
    group of motorcycles': a vehicle, or someone driving one, runs into what it hits; a crash, not an
    attack.  Not where the article has told of a bomb or an attack before ("Masood's vehicle hit
    the Cochrans"), nor where a crowd is hit: a ramming attack."""
    thing = child(parse, tok, "dobj", "nsubjpass")
    hit = lemma_of(_part_of(parse, thing)) if thing is not None else ""
    if tok.pos != "VERB" or hit in RAMMED or hit in weapons():  # "their vehicle hit a landmine"
        return False
    if attack_told(parse, tok):
        return False
    agent = child(parse, tok, "agent")
    doer = child(parse, agent, "pobj") if agent is not None else subject_of(parse, tok)
    if doer is not None and lemma_of(doer) in ROAD_VEHICLES | DRIVERS:
        return True
    head = parse.tokens[tok.head]
    return tok.dep == "conj" and head.pos == "VERB" and lemma_of(head) in DRIVING


#: verbs of a vehicle's own accident ("crashed into a wall", "collided with a lorry", "overturned")
CRASHING = frozenset({"crash", "collide", "overturn", "plunge", "skid", "flip", "derail", "capsize"})


@_for_lemmas("kill", "injure", "wound")
def _killed_in_a_crash(parse: Parse, tok: Token) -> bool:
    """'A car struck a group of motorcycles, killing seven and injuring three', 'the driver lost
    control and crashed into a wall, killing two passengers': the dead and hurt of a crash are no
    one's act (a car that crashed into a crowd, or in an article that told of an attack, is left)."""
    tok = parse.first_conjunct(tok.i)  # "killing seven and injuring three"
    head = parse.tokens[tok.head]
    if tok.dep != "advcl" or tok.tag != "VBG":
        return False
    if lemma_of(head) in ("hit", "strike"):
        return _vehicle_crash(parse, head)
    return lemma_of(head) in CRASHING and not attack_told(parse, head) and not _into_a_crowd(parse, head)


def _into_a_crowd(parse: Parse, verb: Token) -> bool:
    into = prep_object(parse, verb, ("into", "through"))
    return into is not None and lemma_of(_part_of(parse, into)) in RAMMED


#: legal actions that challenge what they are brought against ("a lawsuit challenging the law")
LEGAL_ACTIONS = frozenset({"case", "lawsuit", "suit", "petition", "appeal", "motion", "complaint", "action"})


@_for_lemmas("challenge")
def _challenged_by_a_suit(parse: Parse, tok: Token) -> bool:
    """'court cases challenging the election results': the case is the act (a suit, coded where its
    noun is), and the challenge only says what it contests; no party challenges apart from it."""
    subject = subject_of(parse, tok) if tok.pos == "VERB" else None
    return subject is not None and lemma_of(subject) in LEGAL_ACTIONS


#: verbs whose subject loses what its object names
LOSING = frozenset({"lose", "forfeit"})


@_for_any_lemma
def _support_lost(parse: Parse, tok: Token) -> bool:
    """'Grayson then quickly lost endorsements': support one loses is no support given (whoever
    withdrew it is not named); "lost the battle" stays a battle."""
    noun = parse.first_conjunct(tok.i)
    if tok.pos != "NOUN" or noun.dep != "dobj" or noun.head == noun.i:
        return False
    if lemma_of(parse.tokens[noun.head]) not in LOSING:
        return False  # the cheap tests first: this check runs on every trigger
    trig = match_trigger(parse, tok)
    return trig is not None and trig.plover == "SUPPORT"


@_for_lemmas("call")
def _names(parse: Parse, tok: Token) -> bool:
    """'called the investigation a witch hunt', 'called its actions defensive': calling something
    something names it; it is no call (CAMEO 041) and no request."""
    if tok.pos != "VERB":
        return False
    kids = parse.children(tok.i)
    if any(k.dep == "oprd" for k in kids):
        return True
    objects = [k for k in kids if k.dep == "dobj"]
    return any(
        (g.dep in ("acl", "amod") and g.pos == "ADJ" and g.i > o.i)
        or (g.dep == "appos" and _indefinite(parse, g))
        for o in objects
        for g in parse.children(o.i)
    ) or any(_quoted_name_follows(parse, o) for o in objects)


#: opening quotation marks
OPENING_QUOTES = frozenset({'"', "“", "``", "‘"})
#: tokens looked at after an object for the quoted name it is given
NAME_WINDOW = 8


def _quoted_name_follows(parse: Parse, obj: Token) -> bool:
    """'calling him, among other things, "a failed candidate"': a quotation opened after the object,
    with no verb between, is the name it is called (the parser, put off by the aside, splits it off)."""
    after = [t for t in parse.sentence_tokens(obj.sent) if obj.i < t.i <= obj.i + NAME_WINDOW]
    for tok in after:
        if tok.text in OPENING_QUOTES:
            return True
        if tok.pos in ("VERB", "AUX") or tok.dep == "cc":
            return False
    return False


def _indefinite(parse: Parse, noun: Token) -> bool:
    """'called Mrs. Schlafly an "Aunt Tom"' (the parser's apposition): a name given, not a person named."""
    return any(k.dep == "det" and k.lower in ("a", "an") for k in parse.children(noun.i))


#: who a thing is released to when it is made public ("released to the press")
PUBLIC_ONES = frozenset({"public", "press", "media", "reporter", "journalist", "news"})


@_for_lemmas("release")
def _published(parse: Parse, tok: Token) -> bool:
    """'obtained the messages and released them publicly', 'released the report to the press':
    releasing something to the public publishes it; no one is set free (PLOVER RETREAT)."""
    if tok.pos != "VERB":
        return False
    kids = parse.children(tok.i)
    if any(k.dep == "advmod" and k.lower in ("publicly", "online") for k in kids):
        return True
    return any(
        k.dep == "prep" and k.lower == "to" and lemma_of(g) in PUBLIC_ONES
        for k in kids
        for g in parse.children(k.i)
        if g.dep == "pobj"
    )


#: verbs that make a request only with a to-infinitive ("told them to leave"); else they report
DIRECTIVE_WITH_INFINITIVE = frozenset(
    {"tell", "advise", "encourage", "direct", "command", "instruct", "press", "pressure", "pressurise",
     "pressurize", "lobby"}
)  # fmt: skip


@_for_lemmas("execute")
def _executes_nothing(parse: Parse, tok: Token) -> bool:
    """'the personal insults that only Trump seems capable of executing': a gerund of executing
    after a preposition with no one executed (no object, no passive subject) carries something out.
    A clause of its own keeps the sense ('the regime has been executing at a record pace')."""
    if tok.pos != "VERB" or tok.dep not in ("pobj", "pcomp"):
        return False
    return not any(k.dep in ("dobj", "nsubjpass", "auxpass") for k in parse.children(tok.i))


#: verbs whose object "heat" is criticism taken ("has taken heat from a civil rights group")
HEAT_TAKERS = frozenset({"take", "draw", "face", "catch", "get", "attract", "receive"})


@_for_lemmas("heat")
def _heat_not_taken(parse: Parse, tok: Token) -> bool:
    """Heat is criticism only when someone takes, draws or faces it ('has taken heat from a civil
    rights group'); 'the summer heat', 'escaped the heat', 'a qualifying heat' are not."""
    return tok.pos != "NOUN" or tok.dep != "dobj" or lemma_of(parse.tokens[tok.head]) not in HEAT_TAKERS


#: particles of tearing a thing away ("ripped them away", "tore the sign off"); "ripped apart" a plan
#: and "ripped up" a deal are words and policy
TEARING_PARTICLES = frozenset({"away", "off", "open", "out"})


@_for_lemmas("rip", "tear")
def _torn_away(parse: Parse, tok: Token) -> bool:
    """'Trump supporters ripped them away', 'tore the sign off': tearing a thing, not ripping into
    someone in words (criticism) or an attack."""
    return any(k.dep in ("prt", "advmod") and k.lower in TEARING_PARTICLES for k in parse.children(tok.i))


@_for_lemmas("call")
def _declares(parse: Parse, tok: Token) -> bool:
    """'the AP called Nevada for Biden', 'called an election for June': naming or setting, not a
    call for something (which has no object of its own); 'called off its search': cancelling.
    'Called out Trump for his remarks' criticises him for them."""
    kids = parse.children(tok.i)
    if any(k.dep == "prt" and k.lower == "off" for k in kids):
        return True  # "called off its search": cancelled
    if any(k.dep == "prt" and k.lower == "out" for k in kids):
        return False
    has_for = any(k.dep == "prep" and k.lower == "for" for k in kids)
    return has_for and any(k.dep == "dobj" for k in kids)


@_for_any_lemma
def _court_name(parse: Parse, tok: Token) -> bool:
    """'the Court of Appeal', 'a court of inquiry': the act's noun names a court."""
    prep = parse.tokens[tok.head]
    court = parse.tokens[prep.head] if prep.head != prep.i else prep
    return tok.pos == "NOUN" and tok.dep == "pobj" and prep.lower == "of" and lemma_of(court) == "court"


#: verbs that say what something is called or held to be ("called the lawsuit an attack on the
#: committee", "described the raid as an invasion")
CHARACTERIZING = frozenset(
    {"call", "label", "brand", "dub", "term", "deem", "consider", "describe", "characterize", "characterise"}
)
#: links inside the phrase that says what something is called ("nothing short of an attack")
_PREDICATE_LINKS = frozenset({"pobj", "prep", "amod", "compound", "conj"})


@_for_any_lemma
def _what_it_is_called(parse: Parse, tok: Token) -> bool:
    """'Gowdy's office called the lawsuit an attack on the committee', 'calls the whole thing
    nothing short of an attack': an act noun that says what something is called characterizes it,
    no act of its own (the thing so called is coded where it is told)."""
    if tok.pos != "NOUN":
        return False
    word = tok
    for _ in range(5):
        if word.head == word.i:
            return False
        head = parse.tokens[word.head]
        if word.dep == "oprd" or (word.dep == "pobj" and head.lower == "as" and head.dep == "prep"):
            verb = head if word.dep == "oprd" else parse.tokens[head.head]
            return verb.pos == "VERB" and lemma_of(verb) in CHARACTERIZING
        if word.dep not in _PREDICATE_LINKS:
            return False
        word = head
    return False


@_for_lemmas("ally")
def _allied_as_a_modifier(parse: Parse, tok: Token) -> bool:
    """'Democrats and allied outside groups', 'allied forces', 'a super PAC allied with House
    leadership': a participle before or after a noun names which side a party is on, no act of
    allying at a time (after the sentence's root noun it is the main verb the parser missed).  One
    allies oneself with someone: an object that is no one's self, with no "with", is the noun the
    adjective goes with (the parser may take "allied outside groups" for a verb and its object)."""
    kids = parse.children(tok.i)
    if tok.tag == "VBN" and (
        tok.dep == "amod" or (tok.dep == "acl" and parse.tokens[tok.head].dep != "ROOT")
    ):
        return True  # "allied forces", "a super PAC allied with House leadership": a side taken
    objects = [k for k in kids if k.dep == "dobj"]
    partner = any(k.dep == "prep" and k.lower in ("with", "to", "against") for k in kids)
    selves = any(o.lower.endswith(("self", "selves")) for o in objects)
    return bool(objects) and not partner and not selves and child(parse, tok, "nsubj") is None


def _dated(parse: Parse, noun: Token) -> bool:
    """'soon after Sunday's massacre in Orlando', 'since last week's attacks': a possessive of a
    time makes an act noun definite, one the reader is told of or knows (as "the massacre")."""
    days = [k for k in parse.children(noun.i) if k.dep == "poss" and k.ent_type in ("DATE", "TIME")]
    return bool(days)


#: links from a verb up to the relative clause it completes ("that Obama was able to hit")
COMPLETING = frozenset({"xcomp", "acomp", "ccomp"})


def _relative_object(parse: Parse, verb: Token) -> set[str]:
    gap = _gap_object(parse, verb)
    return {lemma_of(gap)} if gap is not None else set()


def _gap_object(parse: Parse, verb: Token) -> Token | None:
    """'a milepost that Obama was able to hit', 'the film that he shot': a verb with no object of its
    own, in a relative clause whose subject is no relative pronoun, has the clause's noun as its
    object (the gap); "the storm that hit the coast" has a subject gap and an object."""
    own = child(parse, verb, "dobj")
    if verb.pos != "VERB" or (own is not None and own.tag not in ("WDT", "WP")):
        return None  # "that" or "which" as the object stands for the clause's noun
    clause, hops = verb, 0
    while clause.dep in COMPLETING and clause.head != clause.i and hops < 3:
        clause, hops = parse.tokens[clause.head], hops + 1
    subject = child(parse, clause, "nsubj", "nsubjpass")
    if clause.dep != "relcl" or subject is None or subject.tag in ("WDT", "WP"):
        return None
    return parse.tokens[clause.head]


#: pronouns that point back to an act told before ("it was a terrorist attack")
POINTING_BACK = frozenset({"it", "this", "that"})


@_for_any_lemma
def _names_it_again(parse: Parse, tok: Token) -> bool:
    """'Mr. Jones argued it was both a terrorist attack and a hate crime': an act noun that only
    says what "it" or "this" was names an act told before, with no party of its own (the
    guidelines, section 2); "it was an attack on the embassy" tells its target."""
    noun = parse.first_conjunct(tok.i)
    if tok.pos != "NOUN" or noun.dep != "attr":
        return False
    verb = parse.tokens[noun.head]
    subject = child(parse, verb, "nsubj")
    if lemma_of(verb) != "be" or subject is None or subject.lower not in POINTING_BACK:
        return False
    own = ("prep", "poss", "acl", "relcl")
    return not any(k.dep in own for k in parse.children(tok.i))


#: determiners of a kind, not of one party ("a party that rejects her", "any group that attacks")
ANY_ONE = frozenset({"a", "an", "any", "every", "no"})


@_for_any_lemma
def _kind_described(parse: Parse, tok: Token) -> bool:
    """'A party that rejects Nikki Haley as a spokeswoman', 'a group that attacks villages': a
    relative clause in the simple present on an indefinite noun tells what such a one does, a kind
    or a habit, no act at a time ("a group that attacked the village" tells one).  A noun brought in
    by a past act is that one ("signed a decree that bars anyone ...": what the decree does)."""
    if tok.pos != "VERB" or tok.dep != "relcl" or tok.tag not in ("VBZ", "VBP"):
        return False
    if any(k.dep in ("aux", "auxpass") for k in parse.children(tok.i)):
        return False
    head = parse.tokens[tok.head]
    if not any(k.dep == "det" and k.lower in ANY_ONE for k in parse.children(head.i)):
        return False
    if head.dep not in ("dobj", "pobj", "dative"):
        return True  # "A party that rejects her is doomed", "they are a group that attacks villages"
    governor = parse.tokens[head.head]
    if head.dep == "pobj" and governor.head != governor.i:
        governor = parse.tokens[governor.head]  # "with a law that ...": the verb of the preposition
    return not _past_or_perfect(parse, governor)


def _past_or_perfect(parse: Parse, verb: Token) -> bool:
    """'signed', 'has signed', 'was handed': a verb in a past or perfect tense."""
    auxiliaries = [k for k in parse.children(verb.i) if k.dep in ("aux", "auxpass")]
    perfect = any(lemma_of(k) == "have" for k in auxiliaries)
    return verb.tag == "VBD" or perfect or any(k.tag == "VBD" for k in auxiliaries)


#: people one warns others about as a kind, no party named ("those Mexican rapists")
FEARED_PEOPLE = frozenset(
    {"rapist", "criminal", "immigrant", "extremist", "gang", "predator", "radical", "jihadist", "thug",
     "murderer", "killer", "dealer", "smuggler", "trafficker", "illegal", "alien", "terrorist", "migrant",
     "refugee"}
)  # fmt: skip


@_for_lemmas("warn", "caution")
def _warns_about_people(parse: Parse, tok: Token) -> bool:
    """'Trump has warned us about those Mexican rapists', 'warned voters of radical terrorists':
    warning others about a kind of people is cautioning them, no threat of the speaker's own act
    (PLOVER THREATEN); so is warning them about a person named.  'warned of retaliation' names an
    act, and a warning about a state or a group is left as coded."""
    if tok.pos != "VERB":
        return False
    holders = [tok, *(k for k in parse.children(tok.i) if k.dep == "dobj")]  # "warned voters about ..."
    phrases = [
        k for h in holders for k in parse.children(h.i) if k.dep == "prep" and k.lower in ("about", "of")
    ]
    objects = [g for k in phrases for g in parse.children(k.i) if g.dep == "pobj"]
    return bool(objects) and all(_feared(parse, g) for g in objects)


def _feared(parse: Parse, word: Token) -> bool:
    """A kind of feared people ("those Mexican rapists"), or a person named ("warned about Orlando
    shooter Omar Mateen"): whom one cautions others about, not whom one threatens."""
    if lemma_of(word) in FEARED_PEOPLE and word.tag == "NNS":
        return True
    named = [
        word,
        *(k for k in parse.children(word.i) if k.dep in ("appos", "compound")),
    ]  # "the gunman, Omar Mateen"
    return any(w.ent_type == "PERSON" for w in named)


#: what an interviewer asks one to do: choose, rank or guess ("when asked to pick a running mate");
#: not to respond, explain or justify, which a court or a legislature may demand
CHOOSING = frozenset(
    {"pick", "choose", "select", "rank", "rate", "grade", "predict", "guess", "list", "compare", "summarize",
     "summarise", "recall", "reflect"}
)  # fmt: skip


@_for_lemmas("ask")
def _asked_to_answer(parse: Parse, tok: Token) -> bool:
    """'Trump named Cruz when asked to pick a possible running mate', 'asked to predict the winner,
    she laughed': a participle of asking, with no asker, to choose or guess is an interviewer's
    question, no request (CAMEO 02); "when asked to resign" asks for an act."""
    if tok.tag != "VBN" or tok.dep != "advcl" or child(parse, tok, "agent") is not None:
        return False
    return any(k.dep == "xcomp" and lemma_of(k) in CHOOSING for k in parse.children(tok.i))


@_for_lemmas("ask")
def _asks_someone_only(parse: Parse, tok: Token) -> bool:
    """'Todd asked the real estate mogul.': asking someone with nothing asked for (no "for", no
    infinitive, no clause of what to do, no thing asked) puts a question, no request (CAMEO 02 asks
    for something)."""
    if tok.pos != "VERB":
        return False
    kids = parse.children(tok.i)
    if any(k.dep in ("xcomp", "ccomp", "advcl", "dative", "prt") for k in kids):
        return False
    if any(k.dep == "prep" and k.lower in ("for", "to", "about") for k in kids):
        return False
    objects = [k for k in kids if k.dep == "dobj"]
    if len(objects) != 1 or lemma_of(objects[0]) in ASKED_FOR:
        return False
    end = max(t.i for t in parse.subtree(objects[0].i))
    rest = [t for t in parse.sentence_tokens(tok.sent) if t.i > end]
    return all(t.pos == "PUNCT" for t in rest)  # the sentence ends there: nothing else asked


#: what one asks for by naming it as the object ("asked forgiveness", "asked permission")
ASKED_FOR = frozenset(
    {"help", "permission", "forgiveness", "favor", "favour", "pardon", "mercy", "leniency", "clemency",
     "asylum", "support", "money", "aid", "assistance", "protection", "release", "resignation", "vote",
     "approval", "consent", "ceasefire", "truce", "recount", "investigation", "inquiry", "probe"}
)  # fmt: skip


#: people one employs, whom one fires in the sense of dismissing them
EMPLOYED = frozenset(
    {"director", "manager", "staff", "staffer", "aide", "employee", "adviser", "advisor", "chief",
     "secretary", "coach", "worker", "spokesman", "spokeswoman", "spokesperson", "strategist", "chairman",
     "chairwoman", "executive", "ceo", "commissioner", "administrator", "editor", "anchor", "producer",
     "contractor", "consultant", "pollster", "deputy", "assistant", "counsel", "inspector", "prosecutor",
     "attorney", "lawyer", "official", "head"}
)  # fmt: skip


@_for_lemmas("fire")
def _dismisses(parse: Parse, tok: Token) -> bool:
    """'Sanders has fired his national data director', 'the company fired 200 workers at its Ohio
    plant': firing someone one employs dismisses them, wherever; a shot is fired at or on someone
    ("fired on the director's car", "the workers were fired on" stay attacks)."""
    if tok.pos != "VERB":
        return False
    kids = parse.children(tok.i)
    if any(k.dep == "dobj" and lemma_of(k) in EMPLOYED for k in kids):
        return True  # the object is who was dismissed; an "at" after it is where
    if any(k.dep in ("prep", "prt") and k.lower in ("at", "on", "into", "upon", "back") for k in kids):
        return False
    return any(k.dep == "nsubjpass" and lemma_of(k) in EMPLOYED for k in kids)


#: verbs of going on to do something, whose infinitive tells the next thing done
NEXT_STEP = frozenset({"go", "proceed", "continue", "turn", "move", "begin", "start"})


@_for_lemmas(*TOPIC_VERBS)
def _goes_on_to_discuss(parse: Parse, tok: Token) -> bool:
    """'Trump went on to discuss his opposition to the plan': the next thing one party did, with no
    one to discuss with, is talk about a topic (as :func:`_discussed_alone` for a clause of its
    own); "went on to discuss trade with China" is talks, "flew to Beijing to discuss trade" a trip."""
    if tok.pos != "VERB" or tok.dep not in ("xcomp", "advcl") or child(parse, tok, "nsubj") is not None:
        return False
    if lemma_of(parse.tokens[tok.head]) not in NEXT_STEP:
        return False
    partner = ("with", "between", "among")
    if any(t.dep == "prep" and t.lower in partner for t in parse.subtree(tok.i, CLAUSE_DEPS)):
        return False
    subject = child(parse, parse.tokens[tok.head], "nsubj")
    if subject is None or subject.tag in ("NNS", "NNPS") or subject.lower in PLURAL_PRONOUNS:
        return False
    return not any(k.dep in ("conj", "cc") for k in parse.children(subject.i))


@_for_lemmas("meet")
def _met_with(parse: Parse, tok: Token) -> bool:
    """'The move was met with fury', 'the plan was met with what critics called contempt': a thing
    met with a reaction drew it; no one met anyone.  The passive with "with" is that sense, whatever
    the reaction is called."""
    if tok.pos != "VERB":
        return False
    kids = parse.children(tok.i)
    passive = any(k.dep == "auxpass" for k in kids)
    return passive and any(k.dep == "prep" and k.lower == "with" for k in kids)


#: what a state recognises (CAMEO 054): a state, a government, its independence or a vote's outcome
RECOGNISED = frozenset(
    {"government", "state", "independence", "sovereignty", "regime", "authority", "country", "republic",
     "council", "legitimacy", "result", "election", "victory", "annexation", "border", "claim", "union",
     "administration", "president", "leader", "opposition", "statehood", "jurisdiction", "court"}
)  # fmt: skip


@_for_lemmas("recognize", "recognise")
def _acknowledges(parse: Parse, tok: Token) -> bool:
    """'The platform recognizes transgender people', 'parties recognize the anxiety of workers':
    acknowledging people or a fact, not recognising a state or a government (CAMEO 054)."""
    objects = _objects_of(parse, tok)  # "an electorate he no longer recognized"
    return bool(objects) and not any(o.ent_type or lemma_of(o) in RECOGNISED for o in objects)


def _objects_of(parse: Parse, verb: Token) -> list[Token]:
    """What the verb is done to: the noun of the relative clause it leaves a gap in ("the silence
    Democrats have demonstrated"), else its direct objects but for a relative pronoun."""
    if verb.pos != "VERB":
        return []
    gap = _gap_object(parse, verb)
    if gap is not None:
        return [gap]
    return [k for k in parse.children(verb.i) if k.dep == "dobj" and k.tag not in ("WDT", "WP")]


#: those gathered to hear or watch someone: their cheers and applause are a crowd's response, not a
#: party's praise (the dev annotators leave "voters cheer", "activists cheered loudly for Rubio"
#: uncoded, and code "Husted applauded the ruling")
CHEERING_CROWDS = frozenset(
    {"crowd", "audience", "supporter", "voter", "fan", "people", "activist", "delegate", "throng",
     "attendee", "spectator", "onlooker", "listener", "viewer", "rallygoer", "participant"}
)  # fmt: skip


@_for_lemmas("cheer", "applaud")
def _crowd_cheers(parse: Parse, tok: Token) -> bool:
    """'The activists placed throughout the debate hall cheered loudly for Rubio', 'voters cheer': a
    crowd's cheers or applause, not praise by a party (CAMEO 051)."""
    if tok.pos != "VERB":
        return False
    cheering = subject_of(parse, tok) or prep_object(parse, tok, ("by",))  # "applauded by the crowd"
    return cheering is not None and not cheering.ent_type and lemma_of(cheering) in CHEERING_CROWDS


#: feelings a crowd may show by demonstrating: "demonstrated their anger" is still a protest
SHOWN_IN_PROTEST = frozenset({"anger", "outrage", "opposition", "frustration", "discontent", "solidarity"})


@_for_lemmas("demonstrate")
def _shows_something(parse: Parse, tok: Token) -> bool:
    """'the silence Democrats have demonstrated', 'demonstrated the new system': to demonstrate
    something is to show it; the protest (CAMEO 141) is intransitive ("thousands demonstrated
    against the law")."""
    shown = _objects_of(parse, tok)
    return bool(shown) and lemma_of(shown[0]) not in SHOWN_IN_PROTEST


#: what one agrees to do when one agrees to an interview
INTERVIEWED = frozenset({"talk", "speak", "comment", "discuss", "interview"})
#: the terms of an interview ("on the condition that his name not be used")
INTERVIEW_TERMS = frozenset({"condition", "anonymity"})


@_for_lemmas("agree")
def _agrees_to_interview(parse: Parse, tok: Token) -> bool:
    """'Bob agreed to talk on the condition that his last name not be used', 'agreed to speak on
    condition of anonymity': a source granting a reporter an interview, no agreement between parties
    (CAMEO 03)."""
    done = child(parse, tok, "xcomp")
    if done is None or lemma_of(done) not in INTERVIEWED:
        return False
    said = parse.subtree(done.i) + parse.subtree(tok.i)
    return any(lemma_of(k) in INTERVIEW_TERMS for k in said)


#: documents of a legal or official act, cited for what they say ("the lawsuit says")
CITED_ACTS = LEGAL_ACTIONS | frozenset(
    {"indictment", "investigation", "inquiry", "probe", "filing", "ruling", "order", "report", "review",
     "audit", "resolution"}
)  # fmt: skip
#: verbs of what a document finds or says, besides the verbs of speech
DOCUMENT_VERBS = frozenset({"read", "find", "conclude", "show", "cite", "say"})
#: the words that leave a cited document bare ("the lawsuit", "Arizona's complaint")
BARE_DEPENDENTS = frozenset({"det", "poss", "case", "compound", "amod", "punct"})


@_for_lemmas(*CITED_ACTS)
def _cited_document(parse: Parse, tok: Token) -> bool:
    """'..., the lawsuit says', 'The inquiry found no evidence': a suit or an inquiry cited as a
    source is one told of before (coded where it is filed or opened), no new act; "a lawsuit filed
    Friday says" still tells of the filing."""
    if tok.pos != "NOUN" or tok.dep != "nsubj" or tok.head == tok.i:
        return False
    verb = lemma_of(parse.tokens[tok.head])
    if verb not in DOCUMENT_VERBS and verb not in speech_verbs().lemmas:
        return False
    return all(k.dep in BARE_DEPENDENTS for k in parse.children(tok.i))


@_for_lemmas("capture")
def _carries_states(parse: Parse, tok: Token) -> bool:
    """'His rival, Hillary Clinton, captured Virginia, Georgia and Texas': a candidate winning US
    states' votes or delegates, not taking a place by force (CAMEO 192): a named person captures
    places that are all states of the United States."""
    subject = child(parse, tok, "nsubj") if tok.pos == "VERB" else None
    taken = child(parse, tok, "dobj", "npadvmod")  # the parser takes some lists for an adverb
    if subject is None or taken is None or not _a_named_person(parse, subject):
        return False
    places = [taken] + [k for k in parse.subtree(taken.i) if k.dep == "conj"]
    return all(_a_us_state(k.text) for k in places)


def _a_us_state(name: str) -> bool:
    return any(
        m.candidate.feature == ADMIN1 and m.candidate.country == "USA" for m in gazetteer().lookup(name)
    )


@_for_lemmas("cite")
def _cites_a_source(parse: Parse, tok: Token) -> bool:
    """'The White House cited initial analysis': citing a source or a reason; only citing someone
    "for" a fault accuses (CAMEO 11)."""
    return tok.pos == "VERB" and not any(k.dep == "prep" and k.lower == "for" for k in parse.children(tok.i))


#: wars and conflicts: fought or waged as a situation, not an attack at a time (the guidelines)
WARS_FOUGHT = frozenset({"war", "conflict", "insurgency"})


#: prepositions of the war one fights in ("fought in the war", "on the frontlines of the conflict")
WAR_PREPS = frozenset({"in", "on"})


@_for_lemmas("fight", "wage", "battle")
def _wages_war(parse: Parse, tok: Token) -> bool:
    """'has been fighting the same war on terror', 'went to fight in the civil war', 'to fight on the
    frontlines of the conflict': a war fought or fought in is a situation; its attacks and battles
    are the events."""
    if tok.pos != "VERB":
        return False
    kids = parse.children(tok.i)
    fought = [k for k in kids if k.dep == "dobj"]
    fought += [g for k in kids if k.dep == "prep" and k.lower in WAR_PREPS for g in parse.children(k.i)]
    fought += [o for g in fought for k in parse.children(g.i) if k.lower == "of" for o in parse.children(k.i)]
    return any(lemma_of(k) in WARS_FOUGHT for k in fought)


#: who rejects a candidate at the polls
VOTERS = frozenset({"voter", "electorate", "constituent", "caucusgoer", "caucus-goer", "primary"})


@_for_lemmas("reject", "repudiate")
def _voted_down(parse: Parse, tok: Token) -> bool:
    """'Bush had been soundly rejected by an electorate', 'voters rejected the governor': a candidate
    defeated at the polls, no rejection of a proposal or a demand (PLOVER REJECT); "voters rejected
    the peace deal" is one."""
    if tok.pos != "VERB":
        return False
    kids = parse.children(tok.i)
    by = [g for k in kids if k.dep == "agent" for g in parse.children(k.i) if g.dep == "pobj"]
    rejected = [k for k in kids if k.dep in ("dobj", "nsubjpass")]
    deciders = [*by, *(k for k in kids if k.dep == "nsubj")]
    return (
        any(lemma_of(w) in VOTERS for w in deciders)
        and bool(rejected)
        and all(_a_person_word(w) for w in rejected)
    )


#: prepositions of what fire is aimed at ("fired on the crowd", "fired into the air")
AIMED_AT = frozenset({"at", "on", "upon", "into", "toward", "towards"})


@_for_lemmas("fire")
def _fired_from_a_post(parse: Parse, tok: Token) -> bool:
    """'The president fired the defense minister', 'he was fired on Monday': someone fired, not fired at
    or on, is dismissed from a post, no attack; shots, rockets or gas fired stay what they were."""
    kids = parse.children(tok.i)
    if tok.pos != "VERB" or any(
        k.dep == "prep" and k.lower in AIMED_AT and not of_time(parse, k) for k in kids
    ):
        return False
    fired = next((k for k in kids if k.dep in ("dobj", "nsubjpass")), None)
    return fired is not None and fired.pos in ("NOUN", "PROPN", "PRON") and not names_a_thing(fired, [fired])


#: verbs that end or defeat a filibuster, which is then another's ("voted to end the filibuster")
FILIBUSTER_ENDS = frozenset({"end", "break", "defeat", "overcome", "halt", "stop", "cut", "limit"})


@_for_lemmas("filibuster")
def _filibuster_ended(parse: Parse, tok: Token) -> bool:
    """'The majority voted to end the filibuster': ending it refuses nothing; its makers were others."""
    return tok.pos == "NOUN" and tok.dep == "dobj" and lemma_of(parse.tokens[tok.head]) in FILIBUSTER_ENDS


#: words of spaceflight and astronomy: a probe among them is a spacecraft
SPACE_WORDS = frozenset(
    {"space", "spacecraft", "orbit", "planet", "moon", "mars", "jupiter", "saturn", "venus", "asteroid",
     "comet", "sun", "solar", "lunar", "rocket", "telescope", "astronaut", "galaxy", "nasa"}
)  # fmt: skip
#: prepositions of what an inquiry looks into ("a probe into the deaths", "a probe of NASA's spending")
INQUIRED = frozenset({"into", "of", "against", "on"})


@_for_lemmas("probe")
def _a_spacecraft(parse: Parse, tok: Token) -> bool:
    """'NASA launched a probe to study the sun': a probe in a sentence about space is a spacecraft,
    no inquiry; "a probe into NASA's spending" is one."""
    near = parse.children(tok.i) + (parse.children(tok.head) if tok.dep == "dobj" else [])
    if tok.pos != "NOUN" or any(
        k.dep == "prep" and k.lower in INQUIRED and not of_time(parse, k) for k in near
    ):
        return False  # "launched a probe into NASA's spending", its "into" on the verb
    return bool({lemma_of(t) for t in parse.sentence_tokens(tok.sent)} & SPACE_WORDS)


@_for_lemmas("scoff", "sneer", "grumble", "fume", "bristle", "chafe")
def _chafes_at_doing(parse: Parse, tok: Token) -> bool:
    """'The candidate has chafed at making the changes his aides asked for': balking at doing
    something oneself is reluctance, no criticism of anyone."""
    return any(
        g.dep == "pcomp" for k in parse.children(tok.i) if k.dep == "prep" for g in parse.children(k.i)
    )


#: a subject's pronoun and the possessive that names the same one ("he ... his speech")
OWN_POSSESSIVES = {"he": "his", "she": "her", "i": "my", "we": "our", "they": "their", "you": "your"}


@_for_lemmas("interrupt")
def _own_interrupted(parse: Parse, tok: Token) -> bool:
    """'He interrupted his speech to greet a veteran': one's own speech broken off, no disruption
    ("protesters interrupted her speech" is one)."""
    subject, thing = child(parse, tok, "nsubj"), child(parse, tok, "dobj")
    owner = child(parse, thing, "poss") if thing is not None else None
    if subject is None or owner is None:
        return False
    return owner.lower in (subject.lower, OWN_POSSESSIVES.get(subject.lower))


@_for_lemmas("meet")
def _things_meet(parse: Parse, tok: Token) -> bool:
    """'where yuletide ritual meets professional opportunism': a thing that meets another comes
    together with it; only parties meet one another (CAMEO 04)."""
    subject = subject_of(parse, tok) if tok.pos == "VERB" else None
    if subject is None or subject.ent_type or lemma_of(subject) in _party_lemmas():
        return False
    if subject.pos == "ADJ":  # "yuletide ritual meets": the tagger's adjective for a noun subject
        return agent_for(lemma_of(subject)) is None
    return subject.pos == "NOUN" and _a_thing(parse, subject)


@cache
def _party_table_lemmas() -> frozenset[str]:
    """Words of groups and people that the party tables know ("committee", "council")."""
    known = party_words()
    return frozenset(known["group"] | known["people"])


@cache
def _party_lemmas() -> frozenset[str]:
    """Words of groups, bodies and people that the party tables and the coreference nouns know
    ("committee", "council", "general")."""
    return _party_table_lemmas() | frozenset(nouns())


@_for_lemmas("demand")
def _demands_of_a_thing(parse: Parse, tok: Token) -> bool:
    """'Lincoln matched the demands of his time', 'the demands of the job': what a thing requires
    is no one's demand (CAMEO 10); "the demands of the protesters" stays one."""
    if tok.pos != "NOUN" or child(parse, tok, "poss") is not None:
        return False
    return any(g.dep == "pobj" and g.pos == "NOUN" and _a_thing(parse, g) for g in _of_objects(parse, tok))


@_for_lemmas("demand")
def _demanding(parse: Parse, tok: Token) -> bool:
    """'because it is demanding and time-consuming': "demanding" said of a thing, with nothing
    demanded, is an adjective (hard), no demand (CAMEO 10)."""
    if tok.pos != "VERB" or tok.tag != "VBG":
        return False
    kids = parse.children(tok.i)
    if any(k.dep in ("dobj", "ccomp", "xcomp", "prep", "dative", "advcl") for k in kids):
        return False
    subject = subject_of(parse, tok)
    return subject is not None and (subject.lower in IMPERSONAL or _a_thing(parse, subject))


#: pronouns that name a thing or a situation, not a party
IMPERSONAL = frozenset({"it", "this", "that"})
#: people a country or a town takes in ("Turkey hosts 3 million refugees"): shelter, not a visit
SHELTERED = frozenset(
    {"refugee", "migrant", "immigrant", "asylum-seeker", "evacuee", "displaced", "exile", "student",
     "tourist", "visitor", "worker"}
)  # fmt: skip


@_for_lemmas("host")
def _shelters(parse: Parse, tok: Token) -> bool:
    """'laments hosting the growing number of migrants': hosting people who come to stay is
    sheltering them, no meeting (CAMEO 04 hosts a visit)."""
    objects = [k for k in parse.children(tok.i) if k.dep == "dobj"]
    for noun in objects:
        counted = _of_objects(parse, noun)
        if any(lemma_of(w) in SHELTERED for w in (noun, *counted)):
            return True  # "hosts refugees", "the growing number of migrants"
    return False


#: verbs of admitting or granting a point: with a clause, a statement (CAMEO 01), no concession
ADMITTING = frozenset({"concede", "admit", "acknowledge"})


@_for_lemmas(*ADMITTING)
def _admits_a_point(parse: Parse, tok: Token) -> bool:
    """'advisers privately conceded that it had been a difficult night': granting that something is
    so is a statement (the guidelines: admitting is CAMEO 015/016, which PLOVER dropped);
    "conceded defeat" or "conceded the election" yields (CONCEDE).  A "that" right after the verb
    opens its clause, wherever the parser hung it ("conceding that, when he does, he feels ...")."""
    if tok.pos != "VERB":
        return False
    after = parse.tokens[tok.i + 1] if tok.i + 1 < len(parse.tokens) else None
    that = after is not None and after.lower == "that" and after.dep == "mark"
    return that or any(k.dep == "ccomp" for k in parse.children(tok.i))


@_for_lemmas("agree")
def _concurs(parse: Parse, tok: Token) -> bool:
    """'The governor agreed, saying only this group could have done it', 'Hawkins somewhat agreed':
    agreeing with an opinion, with nothing agreed to or on, is no AGREE (PLOVER: an agreement to
    act or a settlement)."""
    if tok.pos != "VERB" or petrarch_conventions():
        return False  # PETRARCH codes a bare "agreed" (030) as its dictionary does
    kids = parse.children(tok.i)
    clauses = [k for k in kids if k.dep == "ccomp"]
    if clauses and all(_ought(parse, c) and _no_agent(parse, c) for c in clauses):
        return True  # "agreed there should be another referendum": sharing an opinion of what ought to be
    if clauses and tok.tag in SIMPLE_PRESENT and tok.sent > 0:
        return True  # "most Democrats agree that a president should not ...": a view held, not a deal
    if clauses and all(_a_fact(parse, c) for c in clauses):
        return True  # "the panel agreed that Pence won the debate": a view of what is or was so
    if _agrees_to_hear(parse, tok, kids):
        return True  # "the court had agreed to hear cases": the course of a case, no agreement
    shares = [subject_of(parse, tok), *(k for k in kids if k.dep == "npadvmod")]  # "a third agreed"
    if any(_a_share_polled(parse, w) for w in shares):
        return True  # "less than a third agreed with the President that ...": a survey's answer
    if any(k.dep in ("xcomp", "ccomp", "dobj", "nsubjpass") for k in kids):
        return False
    if _with_someone_on_issues(parse, kids):
        return True  # "they agree with him on the issues": a view shared, nothing settled
    return not any(k.dep == "prep" and k.lower in ("to", "on", "upon", "over") for k in kids)


#: what people agree with someone on when they share views, not settle terms
VIEW_MATTERS = frozenset(
    {"issue", "matter", "point", "question", "subject", "policy", "substance", "need", "importance",
     "much", "most", "everything", "something", "lot", "thing", "many"}
)  # fmt: skip


def _with_someone_on_issues(parse: Parse, kids: list[Token]) -> bool:
    """'agree with him on issues', 'agreed with Sanders on most things': a "with" and an "on" whose
    objects are views' matters ("agreed with Iran on a ceasefire" settles one)."""
    if not any(k.dep == "prep" and k.lower == "with" for k in kids):
        return False
    matters = [
        g for k in kids if k.dep == "prep" and k.lower == "on" for g in parse.children(k.i) if g.dep == "pobj"
    ]
    return bool(matters) and all(lemma_of(g) in VIEW_MATTERS for g in matters)


#: what a court agrees to do with a case: the course of its proceedings (the guidelines: trials,
#: hearings and proceedings are no separate acts)
HEARING_VERBS = frozenset({"hear", "review", "consider", "take", "decide", "rule", "weigh", "examine"})
#: who hears cases
BENCHES = frozenset({"court", "justice", "judge", "panel", "tribunal", "bench"})


def _agrees_to_hear(parse: Parse, tok: Token, kids: list[Token]) -> bool:
    """'The Supreme Court agreed to hear the case': a court taking up a case."""
    subject = subject_of(parse, tok)
    if subject is None or lemma_of(subject) not in BENCHES:
        return False
    return any(k.dep == "xcomp" and lemma_of(k) in HEARING_VERBS for k in kids)


#: shares of the people a survey asks ("a third agreed", "54 percent agree")
SHARES = frozenset(
    {"percent", "%", "third", "quarter", "half", "majority", "minority", "fraction", "plurality", "share",
     "two-thirds", "most", "many", "few"}
)  # fmt: skip


def _a_share_polled(parse: Parse, subject: Token | None) -> bool:
    """The subject is a share of people, as a poll reports it ("less than a third", "54 percent")."""
    if subject is None:
        return False
    return lemma_of(subject) in SHARES or subject.ent_type == "PERCENT"


#: quantifiers of a share that tell a part of a party acting ("most of his competitors called for"),
#: not a poll's count
VAGUE_SHARES = frozenset({"most", "many", "few"})
#: types of taking a stance, which a share of a population takes in a poll, not as a party's act
POLLED_STANCES = frozenset({"SUPPORT", "REJECT", "ACCUSE", "AGREE", "REQUEST"})
#: entity types of a body, whose majority acts as the body ("a majority of the Senate")
BODY_TYPES = frozenset({"ORG", "GPE", "FAC"})


@_for_any_lemma
def _polled(parse: Parse, tok: Token) -> bool:
    """'A 54% majority of independents endorse continuing the spending': a counted share of a
    population holding a stance is a poll's finding, an opinion, no act of a party (the guidelines:
    polls are no events); "a third of the troops withdrew" and "a majority of the Senate" stay acts."""
    subject = child(parse, tok, "nsubj") if tok.pos == "VERB" else None
    if subject is None or lemma_of(subject) in VAGUE_SHARES or not _a_share_polled(parse, subject):
        return False  # the cheap tests first: this check runs on every trigger
    whole = [g for k in parse.children(subject.i) if k.lower == "of" for g in parse.children(k.i)]
    if any(g.ent_type in BODY_TYPES for g in whole):
        return False
    trig = match_trigger(parse, tok)
    return trig is not None and trig.plover in POLLED_STANCES


#: finite forms of a verb that state what is or was so: past, and present of a third person or not
FACT_TENSES = FINITE


def _a_fact(parse: Parse, clause: Token) -> bool:
    """A clause in the plain past or present, with no modal ("Pence won the debate", "the economy
    is weak"), or of what a thing does ("the proposal would increase taxes") says what is or will
    be so: agreeing to it shares a view. "Troops would withdraw", "talks will resume", "elections
    be held" say what is to be done: agreeing to that is a deal."""
    subject = child(parse, clause, "nsubj")
    if subject is not None and _a_thing(parse, subject):
        return True  # "all agreed that the proposal would increase taxes": a forecast of a thing
    if clause.tag not in FACT_TENSES:
        return False
    return not any(k.dep == "aux" and k.tag == "MD" for k in parse.children(clause.i))


#: modals of what ought to be, not of what someone will do
OUGHT = frozenset({"should", "must", "ought"})


def _ought(parse: Parse, clause: Token) -> bool:
    """A clause that says what ought to be ('the issue should be decided by Congress')."""
    return any(k.dep == "aux" and k.lower in OUGHT for k in parse.children(clause.i))


def _no_agent(parse: Parse, clause: Token) -> bool:
    """A clause of a state of affairs, not of someone's act: 'there should be', a passive ('the
    issue should be decided'); 'their countries should cooperate' commits agents to act."""
    return not any(k.dep == "nsubj" and k.lower != "there" for k in parse.children(clause.i))


#: verbs that end an undertaking
ENDING = frozenset({"end", "finish", "conclude", "suspend", "abandon"})


@_for_lemmas(*ENDING)
def _ends_a_candidacy(parse: Parse, tok: Token) -> bool:
    """'Gillibrand ended her campaign': a candidate's campaign is a candidacy; ending it is no
    military retreat."""
    if tok.pos != "VERB":
        return False
    campaign = next((k for k in parse.children(tok.i) if k.dep == "dobj" and lemma_of(k) == "campaign"), None)
    if campaign is None:
        return False
    marks = {k.lower for k in parse.children(campaign.i) if k.dep in ("poss", "amod", "compound")}
    if campaign.lower == "campaigns":  # "they both ended their campaigns": one each, candidates
        marks = {"his" if m == "their" else m for m in marks}
    return bool(marks & {"his", "her", "presidential", "election", "reelection", "re-election", "primary"})


#: verbs by which someone or something is a danger ("posed a threat", "represents a threat")
POSING = frozenset({"pose", "represent", "constitute"})


@_for_lemmas("threaten")
def _threatened_by_an_act(parse: Parse, tok: Token) -> bool:
    """'the attacks on our police threaten our very way of life': what an act threatens is in
    danger; no one threatens (PLOVER THREATEN needs who threatens)."""
    if tok.pos != "VERB":
        return False
    subject = child(parse, tok, "nsubj")
    return subject is not None and subject.pos == "NOUN" and match_trigger(parse, subject) is not None


@_for_lemmas("threaten")
def _lives_endangered(parse: Parse, tok: Token) -> bool:
    """'The police officers' lives were seriously threatened': lives threatened by no one named are in
    danger; no one threatens ("the gang threatened his life" stays a threat)."""
    endangered = child(parse, tok, "nsubjpass") if tok.pos == "VERB" else None
    return endangered is not None and lemma_of(endangered) == "life" and by_agent(parse, tok) is None


@_for_lemmas("threat", "menace")
def _danger(parse: Parse, tok: Token) -> bool:
    """'a new threat to Mugabe's rule emerged': a threat to something that no one is named as
    making is a danger, not a threat of action (PLOVER THREATEN needs who threatens); so is a threat
    someone poses ("he posed a deadly threat")."""
    if tok.pos != "NOUN":
        return False
    if tok.dep == "dobj" and lemma_of(parse.tokens[tok.head]) in POSING:
        return True  # "he posed a deadly threat": he was a danger, no one threatened anyone
    if tok.dep == "pobj" and parse.tokens[tok.head].lower == "under":
        return True  # "France is under the threat of terrorism": in danger
    if _a_danger_from(parse, tok):
        return True
    kids = parse.children(tok.i)
    maker = any(k.dep == "poss" or (k.dep == "prep" and k.lower in ("by", "from")) for k in kids)
    return not maker and any(k.dep == "prep" and k.lower == "to" for k in kids)


#: verbs by which a critique is delivered: then it is an act of criticism, not a kind of argument
DELIVERING = frozenset(
    {"deliver", "make", "level", "launch", "offer", "lob", "issue", "unleash", "sharpen", "intensify",
     "escalate", "renew", "repeat", "pen", "write", "publish", "air", "voice"}
)  # fmt: skip


@_for_lemmas("critique")
def _critique_not_delivered(parse: Parse, tok: Token) -> bool:
    """'a social critique', 'disputed both critiques', 'at the heart of his critique': the noun names
    an argument; 'delivered a blistering critique of Trump', 'a critique he made again and again'
    tell the act of criticising (CAMEO 111)."""
    if tok.pos != "NOUN":
        return False
    head = parse.tokens[tok.head]
    delivered = tok.dep in ("dobj", "nsubjpass") and lemma_of(head) in DELIVERING
    made = any(k.dep == "relcl" and lemma_of(k) in DELIVERING for k in parse.children(tok.i))
    return not (delivered or made)


#: verbs by which immunity is received or given: then it is granted ("received partial immunity")
IMMUNITY_GIVEN = frozenset(
    {"receive", "get", "obtain", "win", "gain", "secure", "grant", "offer", "give", "extend"}
)


@_for_lemmas("immunity")
def _immunity_not_received(parse: Parse, tok: Token) -> bool:
    """'diplomatic immunity', 'presidential immunity from judicial process', 'herd immunity': immunity
    had or claimed is no act; immunity received or given is a grant of it (CAMEO 080)."""
    if tok.pos != "NOUN" or tok.head == tok.i:
        return True
    head = parse.tokens[tok.head]
    return not (tok.dep in ("dobj", "nsubjpass") and head.pos == "VERB" and lemma_of(head) in IMMUNITY_GIVEN)


#: verbs by which a threat is made or received: then it is one ("issued a threat", "received threats")
THREAT_VERBS = frozenset(
    {"issue", "make", "receive", "send", "level", "voice", "repeat", "deliver", "post", "utter", "renew",
     "carry", "follow", "get", "face"}
)  # fmt: skip
#: kinds of danger a threat is said to be ("the terrorist threat", "a security threat")
DANGER_KINDS = frozenset(
    {"terrorist", "terror", "terrorism", "security", "existential", "nuclear", "jihadist", "extremist",
     "cyber", "potential", "growing", "imminent", "biggest", "greatest", "serious", "persistent"}
)  # fmt: skip


def _a_danger_from(parse: Parse, tok: Token) -> bool:
    """'Sanders dispensed with the threat from the Islamic State', 'the terrorist threat': one
    threat, of a kind of danger or from someone, that no one is said to make, send or receive and
    that threatens nothing in words (no "to" clause, no "against") is a danger, not a threat made.
    Threats in the plural are made ("death threats from extremists")."""
    if tok.tag != "NN":
        return False
    kids = parse.children(tok.i)
    if _of_a_danger(parse, tok):
        return not any(k.dep == "poss" or (k.dep == "prep" and k.lower == "by") for k in kids)
    if any(k.dep in ("acl", "relcl") or (k.dep == "prep" and k.lower in ("against", "of")) for k in kids):
        return False  # "a threat to cut gas", "the threat of attacks": a content told
    head = parse.tokens[tok.head]
    if head.i != tok.i and lemma_of(head) in THREAT_VERBS:
        return False
    kind = any(k.dep in ("amod", "compound") and k.lower in DANGER_KINDS for k in kids)
    source = any(k.dep == "prep" and k.lower == "from" for k in kids)
    return kind or source


#: kinds of violence no one threatens to commit as a deed of their own: "the threat of terrorism" is a
#: danger ("the threat of attacks" may be a threat made)
TERROR_KINDS = frozenset(
    {"terrorism", "terror", "extremism", "radicalism", "radicalization", "radicalisation", "jihadism"}
)


def _of_a_danger(parse: Parse, tok: Token) -> bool:
    """'Americans face the threat of ISIS-inspired terrorism': a threat "of" a kind of violence."""
    kind = prep_object(parse, tok, ("of",))
    return kind is not None and lemma_of(kind) in TERROR_KINDS


#: verbs of holding power over a land ("Mugabe ruled Zimbabwe for 37 years")
GOVERNING = frozenset({"rule", "govern", "administer", "reign"})
#: nouns of lands and polities
LANDS = frozenset(
    {"country", "nation", "state", "empire", "kingdom", "province", "territory", "island", "region"}
)


@_for_lemmas(*GOVERNING)
def _governs(parse: Parse, tok: Token) -> bool:
    """'Mugabe ruled Zimbabwe for 37 years': governing a land is holding office, not an act toward
    it (CAMEO's dictionary patterns would read "ruled ... for" as a visit)."""
    if tok.pos != "VERB":
        return False
    land = next((k for k in parse.children(tok.i) if k.dep == "dobj"), None)
    if land is None:
        return lemma_of(tok) == "reign"  # "the court ruled against the government" is a ruling
    return land.ent_type == "GPE" or lemma_of(land) in LANDS


@_for_lemmas("question")
def _asks_questions(parse: Parse, tok: Token) -> bool:
    """'Johnson was questioned about the case while speaking to the press': questioning is an
    inquiry (CAMEO 090) only by police, investigators or the courts."""
    if tok.pos != "VERB" or petrarch_conventions():
        return False  # PETRARCH's own dictionary codes "question" as its patterns say
    if _security_party(parse, tok) or _doubts(parse, tok):
        return False
    subject = subject_of(parse, tok)
    if subject is not None and subject.lower in ("they", "we") and tok.dep == "ccomp" and tok.head != tok.i:
        subject = subject_of(parse, parse.tokens[tok.head])  # "police said they questioned him": police
    agent = agent_for(lemma_of(subject)) if subject is not None else None
    return agent is None or agent.sector not in INQUIRING


@_for_lemmas("ally")
def _allied_state(parse: Parse, tok: Token) -> bool:
    """'The US had been allied with Kurdish groups', 'a super PAC allied with House leadership':
    being allied is a standing relation, not an act of cooperation (CAMEO 06 codes acts); "Russia
    allied with Iran in 2015" forms an alliance."""
    if tok.pos != "VERB" or tok.tag != "VBN":
        return False  # "the rebels have allied with the army" forms one
    # "the rebel group allied with the army": a noun with no verb over it, the participle is the verb
    modifier = tok.dep == "acl" and parse.tokens[tok.head].dep != "ROOT"
    return modifier or any(k.dep in ("auxpass", "cop") for k in parse.children(tok.i))


#: personal pronouns that name one person
ONE_PERSON = frozenset({"he", "she", "him", "her", "i", "me"})


@_for_lemmas("side")
def _person_sides(parse: Parse, tok: Token) -> bool:
    """'Sanders sided with Republicans', 'chided him for siding with Republicans': one person siding
    with a camp on a bill or an issue takes a stance (the guidelines: a stance held is no act); a
    court siding with a party rules for it ("a judge sided with the Democrats"), and a state or a
    body siding with another in a dispute takes its part (CAMEO 051)."""
    if tok.pos != "VERB":
        return False
    subject = subject_of(parse, tok)
    if subject is None:
        return tok.dep == "pcomp"  # "chided him for siding with Republicans": the one chided
    if lemma_of(subject) in BENCHES:
        return False
    return subject.ent_type == "PERSON" or subject.lower in ONE_PERSON


def _doubts(parse: Parse, tok: Token) -> bool:
    """'questioned the President's power': what the lexicon's criticising row of the verb lists;
    'questioned whether the senator had paid his taxes': a clause doubted."""
    rows = triggers().get(("V", lemma_of(tok)), [])
    doubted = {word for row in rows if row.mode == "disapprove" for word in row.objects}
    kids = parse.children(tok.i)
    if any(k.dep == "ccomp" and _doubted_of_another(parse, k) for k in kids):
        return True
    return any(k.dep == "dobj" and lemma_of(k) in doubted for k in kids)


#: possessives that point back to the one questioning ("questioning whether their comments could be
#: taken down"), not to another party
SELF_POSSESSIVES = frozenset({"their", "its", "my", "our"})


def _doubted_of_another(parse: Parse, clause: Token) -> bool:
    """'whether the senator had paid his taxes', 'whether the court's determination is a violation':
    a whether-clause about someone or something of another's, not 'whether this was an isolated
    incident' (a pronoun) nor 'whether their comments could be taken down' (the questioner's own;
    "our" is taken as the questioner's too, which leaves a speaker's "whether our opponent ..." out)."""
    if not any(k.dep == "mark" and k.lower == "whether" for k in parse.children(clause.i)):
        return False
    subject = child(parse, clause, "nsubj", "nsubjpass")
    if subject is None or subject.pos == "PRON":
        return False
    return not any(k.dep == "poss" and k.lower in SELF_POSSESSIVES for k in parse.children(subject.i))


@_for_lemmas(*TOPIC_VERBS)
def _talks_alone(parse: Parse, tok: Token) -> bool:
    """'He discussed why he joined the party', 'this is discussed in the announcement': discussing
    a question (a clause), or a passive with no one discussing, is talking about it, not a
    consultation between actors (PLOVER CONSULT); "discussed the crisis", "discussed it with
    Iran" may be one."""
    if tok.pos != "VERB":
        return False
    kids = parse.children(tok.i)
    if any(k.dep == "prep" and k.lower == "with" for t in (tok, *kids) for k in parse.children(t.i)):
        return False
    passive = any(k.dep == "auxpass" for k in kids) or (tok.dep == "acl" and tok.tag == "VBN")
    unsaid = passive and not any(k.dep == "agent" for k in kids)  # "the main issue discussed was"
    return unsaid or any(k.dep == "ccomp" for k in kids)  # "this is discussed in the announcement"


#: verbs of warning: a threat (CAMEO 13) only when what they announce is a party's own act
WARNING = frozenset({"warn", "caution"})


@_for_lemmas(*WARNING)
def _forecasts(parse: Parse, tok: Token) -> bool:
    """'warned the administration that Giuliani could be a conduit', 'warned that the economy will
    shrink': a warning of what someone or something else may do or be is a forecast, not the
    threat of an act (PLOVER THREATEN); 'warned that they would retaliate' (a pronoun: the
    source or the one warned) stays a threat."""
    if tok.pos != "VERB":
        return False
    clauses = [k for k in parse.children(tok.i) if k.dep == "ccomp"]
    if clauses and all(_says_what_one_is(parse, c) for c in clauses):
        return True  # "warned that he might be an Islamic militant": what someone is, no act
    subjects = [k for c in clauses for k in parse.children(c.i) if k.dep in ("nsubj", "nsubjpass", "expl")]
    return bool(subjects) and all(k.pos != "PRON" or k.dep == "expl" or k.lower == "there" for k in subjects)


def _says_what_one_is(parse: Parse, clause: Token) -> bool:
    """The clause is a copula with a noun ("he was a threat", "he might be an Islamic militant"): it
    says what someone is; "it was ready to act" (an adjective) may announce an act."""
    kids = parse.children(clause.i)
    return lemma_of(clause) == "be" and any(k.dep == "attr" and k.pos in ("NOUN", "PROPN") for k in kids)


#: prepositions that name what a warning is about ("warned of flash floods", "about the outbreak")
WARNED_OF = frozenset({"of", "about", "against"})


@_for_lemmas(*WARNING)
def _hazard_warning(parse: Parse, tok: Token) -> bool:
    """'warned people about the viral outbreak', 'cautioned of flooding', 'warned of the dangers of
    ...': a warning of a hazard (a disaster, a disease, an accident) or of a danger is no threat;
    PLOVER THREATEN is a warning of what the speaker will do (the ordinary-news guidelines: weather
    and hazard warnings are no event)."""
    if tok.pos != "VERB":
        return False
    kids = parse.children(tok.i)
    holders = [tok, *(k for k in kids if k.dep == "dobj")]  # "warned residents of flooding": on the object
    phrases = [k for h in holders for k in parse.children(h.i) if k.dep == "prep" and k.lower in WARNED_OF]
    objects = [g for k in phrases for g in parse.children(k.i) if g.dep == "pobj"]
    return bool(objects) and all(lemma_of(g) in natural_causes() or lemma_of(g) in DANGERS for g in objects)


#: dangers in general, and troubles forecast, which a warning may name with no act of the speaker's
#: ("warned of the dangers of ...", "warned of a shortage of beds", "warned of a recession")
DANGERS = frozenset(
    {"danger", "risk", "peril", "hazard", "pitfall", "shortage", "shortfall", "crisis", "recession",
     "downturn", "slowdown", "surge", "spike", "rise", "increase", "spread", "deficit", "bubble", "default",
     "inflation", "unemployment", "layoff", "delay", "disruption"}
)  # fmt: skip


#: verbs of protest that, with a that-clause or an object, mean to show ("demonstrates that ...")
SHOWING = frozenset({"demonstrate"})


@_for_lemmas(*SHOWING)
def _shows(parse: Parse, tok: Token) -> bool:
    """'demonstrates that the system is not...', 'Trump had demonstrated a fondness for strong
    leaders': with a that-clause or an object, "demonstrate" means show; the protest sense takes
    none ("thousands demonstrated against the war").  The object must follow the verb at once and
    name no place or date: the parser makes "parliament" the object of "demonstrated outside
    parliament"."""
    if tok.pos != "VERB":
        return False
    kids = parse.children(tok.i)
    objects = [k for k in kids if k.dep == "dobj" and k.ent_type not in ("GPE", "LOC", "FAC", "DATE")]
    shown = any(min(t.i for t in parse.subtree(o.i)) == tok.i + 1 for o in objects)
    return shown or any(k.dep == "ccomp" for k in kids)


#: ... and those that ask for what their "for" names ("pressed for a grand bargain", as "pushed for")
PRESSING = frozenset({"press", "pressure"})


@_for_lemmas(*DIRECTIVE_WITH_INFINITIVE)
def _states(parse: Parse, tok: Token) -> bool:
    """'told reporters that the talks failed', 'advised of the risks': a statement, not a request;
    so is 'X told the press, "to show that ..."': an infinitive the quotation goes on with is the
    speaker's words, not what the listeners were told to do."""
    if tok.pos != "VERB":
        return False
    kids = parse.children(tok.i)
    infinitive = any(
        k.dep in ("xcomp", "ccomp")
        and (to := parse.infinitive_to(k.i)) is not None
        and not _quoted_from(parse, tok, to)
        for k in kids
    )
    misread = any(  # "encouraged supporters to march": the parser reads "to march" as a phrase
        k.dep == "prep"
        and k.lower == "to"
        and any(g.dep == "pobj" and g.pos == "VERB" for g in parse.children(k.i))
        for k in kids
    )
    pressed_for = (
        lemma_of(tok) in PRESSING
        and any(k.dep == "prep" and k.lower == "for" for k in kids)
        # "pressed the button for the lift" presses a thing; "pressing party officials for a role" asks them
        and not any(k.dep == "dobj" and names_a_thing(k, parse.subtree(k.i)) for k in kids)
    )
    return not (infinitive or misread or pressed_for)


def _quoted_from(parse: Parse, verb: Token, later: Token) -> bool:
    """A quotation mark stands between the verb and a later word of its clause."""
    return any(t.text in QUOTE_MARKS for t in parse.tokens[verb.i + 1 : later.i])


#: verbs whose passive without an agent attributes a deed rather than reports an act
#: ("he is credited with drafting the constitution")
ATTRIBUTING = frozenset({"credit"})


@_for_lemmas(*ATTRIBUTING)
def _attributed(parse: Parse, tok: Token) -> bool:
    if tok.pos != "VERB":
        return False
    deps = {k.dep for k in parse.children(tok.i)}
    return "auxpass" in deps and "agent" not in deps


#: verbs that make a request, or ask a question when a question follows
ASKING = frozenset({"ask", "inquire", "enquire"})
#: words that open an indirect question ("asked whether", "asked why")
QUESTION_WORDS = frozenset({"whether", "if", "why", "how", "what", "when", "where", "who", "which"})


@_for_lemmas(*ASKING)
def _asks_a_question(parse: Parse, tok: Token) -> bool:
    """'asked whether an investigation was conducted', 'asked about the report', 'asked questions',
    'asked the candidate who he thought would win', '"Why should it be grabbed from him?" asked
    Bennett': a question, not the appeal or request of CAMEO 02, which asks someone to do or give
    something ('asked him to resign', 'asked for his resignation')."""
    if tok.pos != "VERB":
        return False
    kids = parse.children(tok.i)
    if any(to_speak(parse, k) for k in kids):
        return True  # "Asked to comment on the report, the spokesman said ...": the interviewer's question
    if any(_quoted_before(parse, k, tok) or (k.dep == "advmod" and k.lower == "rhetorically") for k in kids):
        return True  # '"Mr. Trump, you said ...," Boyle asked Trump', "Sanders asked rhetorically"
    if any(k.dep == "xcomp" or (k.dep == "prep" and k.lower == "for") for k in kids):
        return False  # a request
    if tok.tag == "VBN" and tok.dep == "advcl" and not any(k.dep == "dobj" for k in kids):
        return True  # "Asked if he thought ..., Devine responded": the interviewer's question
    if any(_puts_a_question(parse, kid) for kid in kids):
        return True
    asked = subject_of(parse, tok) if any(k.dep == "auxpass" for k in kids) else None
    if asked is not None and lemma_of(asked) == "question":
        return True  # "the question has had to be asked of a serious contender"
    if _nothing_asked_for(parse, kids):
        return True  # "when I asked Bernie Sanders", "I was asked this", "Clinton asks"
    return any(t.text == "?" for t in parse.sentence_tokens(tok.sent))  # it reports a quoted question


#: marks that close a quotation
CLOSING_QUOTES = frozenset({'"', "”", "''", "’"})


def _quoted_before(parse: Parse, clause: Token, verb: Token) -> bool:
    """The clause is a quotation that the verb of asking reports after it ('"..., " Boyle asked'):
    the words quoted are the question put."""
    if clause.dep != "ccomp" or clause.i > verb.i:
        return False
    end = max(t.i for t in parse.subtree(clause.i))
    return any(t.text in CLOSING_QUOTES for t in parse.tokens[end : verb.i])


def _puts_a_question(parse: Parse, kid: Token) -> bool:
    """A dependent of a verb of asking that makes it a question: "about" a matter, a clause opened
    by a question word, or an object that is a question word, a question or one asked about."""
    if kid.dep == "prep" and kid.lower == "about":
        return True
    if kid.dep in ("ccomp", "advcl") and _question_opener(parse, kid).lower in QUESTION_WORDS:
        return True  # "asked whether ...", "asked specifically what about his vision is wrong"
    if kid.dep != "dobj":
        return False
    if kid.lower in QUESTION_WORDS:
        return True  # "was asked which of her enemies she was most proud of"
    if lemma_of(_part_of(parse, kid)) == "question" or _asked_who(parse, kid):
        return True  # "asked questions", "were asked a series of questions"
    # "asked the frontrunner about the kerfuffle": the parser's "about" on the one asked
    return any(p.dep == "prep" and p.lower == "about" for p in parse.children(kid.i))


def _question_opener(parse: Parse, clause: Token) -> Token:
    """The first word of a clause past its adverbs ("specifically what ..."): what opens a question."""
    words = sorted(parse.subtree(clause.i), key=lambda t: t.i)
    return next((t for t in words if t.pos != "ADV"), words[0])


#: pronouns that stand for the question itself ("I was asked this")
ASKED_PRONOUNS = frozenset({"this", "that", "it", "something", "what"})


def _nothing_asked_for(parse: Parse, kids: list[Token]) -> bool:
    """The verb of asking names no act or thing wanted: no infinitive, clause or "for"/"to"
    phrase, and its object, if any, is the one asked or the question ("asked him", "was asked
    this").  A request names what it asks (CAMEO 02); a question need not."""
    if any(
        k.dep in ("ccomp", "xcomp", "dative", "oprd")
        or (k.dep == "advcl" and not _when(parse, k) and not _alongside(parse, k))
        for k in kids
    ):
        return False
    if any(k.dep == "prep" and k.lower in ("for", "to", "of") for k in kids):
        return False
    objects = [k for k in kids if k.dep == "dobj"]
    return all(_one_asked(k) for k in objects)


def _alongside(parse: Parse, clause: Token) -> bool:
    """A participle clause with no subject of its own that tells what else the asker did ("Trump
    asked, repeating a broadside ..."), not what was asked for."""
    return clause.tag == "VBG" and not any(
        k.dep in ("nsubj", "nsubjpass", "mark") for k in parse.children(clause.i)
    )


#: subordinators of a clause of time
WHEN_MARKS = frozenset({"as", "when", "while", "after", "before", "since", "once"})


def _when(parse: Parse, clause: Token) -> bool:
    """A clause of time ("as a guard walks in"), not one of purpose or content."""
    return any(k.dep in ("mark", "advmod") and k.lower in WHEN_MARKS for k in parse.children(clause.i))


def _one_asked(word: Token) -> bool:
    """A person ("him", "Bernie Sanders", "the senator") or the question itself ("this")."""
    return _a_person_word(word) or word.lower in ASKED_PRONOUNS


def _a_person_word(word: Token) -> bool:
    """A person's name, a personal pronoun or a noun of a person ("the senator")."""
    known = nouns().get(lemma_of(word)) if word.pos == "NOUN" else None
    return a_person(word) or (known is not None and known.kind == "person")


#: verbs of telling about something, besides the speech verbs: what an interviewer asks one to do
TELLING = frozenset(
    {"describe", "name", "elaborate", "specify", "clarify", "discuss", "detail", "identify", "estimate",
     "characterize", "characterise", "define", "address", "assess", "evaluate", "speculate"}
)  # fmt: skip


def to_speak(parse: Parse, kid: Token) -> bool:
    """An infinitive of speaking that names no act of its own ("to comment", "to describe the
    device", "to explain the delay"; not "to resign", "to condemn the attack")."""
    if kid.dep != "xcomp" or kid.pos != "VERB":
        return False
    lemma = lemma_of(kid)
    speaks = lemma in TELLING or lemma in speech_verbs().lemmas or _speaks_phrasally(parse, kid)
    return speaks and match_trigger(parse, kid) is None


#: what one goes or gets into when one tells more ("declined to go into specifics")
PARTICULARS = frozenset({"detail", "details", "specific", "specifics", "particular", "particulars"})


def _speaks_phrasally(parse: Parse, verb: Token) -> bool:
    """A phrasal verb of commenting: "weigh in", "go into specifics", "get into the details"."""
    if lemma_of(verb) == "weigh":
        return any(k.dep == "prt" and k.lower == "in" for k in parse.children(verb.i))
    if lemma_of(verb) not in ("go", "get"):
        return False
    return any(g.lower in PARTICULARS for g in _prep_objects(parse, verb, ("into",)))


def _asked_who(parse: Parse, asked: Token) -> bool:
    """'asked the conservative who he thought would win': a question clause parsed as a relative
    clause of the one asked."""
    return any(
        g.dep == "relcl" and _opener(parse, g).lower in QUESTION_WORDS for g in parse.children(asked.i)
    )


def sport_sense(parse: Parse, tok: Token) -> bool:
    """The word has a sport sense and its sentence reports a game."""
    table = _sport()
    if lemma_of(tok) not in table.get("contest", frozenset()):
        return False
    if _security_party(parse, tok):
        return False  # "fans clashed with police outside the stadium": no game
    words = parse.sentence_tokens(tok.sent)
    lemmas = {lemma_of(t) for t in words}
    strong = bool(lemmas & table.get("cue", frozenset())) or _a_score(words)
    return strong or len(lemmas & table.get("weak", frozenset())) >= WEAK_SPORT_WORDS


#: a final score ("crushed Leeds 6-2"); a year or a range of years has more digits
SCORE = re.compile(r"\d{1,2}[-–]\d{1,2}")


def _a_score(words: Sequence[Token]) -> bool:
    """The sentence gives a score: two numbers of goals joined by a dash, in one token or in the
    three the tokenizer may split it into ("6", "-", "2"), counting nothing after it ("crushed
    Leeds 6-2 on Sunday"; not "killed 8-10 people", "15-25 million dollars")."""
    for n, tok in enumerate(words):
        split = (
            n + 2 < len(words) and words[n + 1].text in ("-", "\u2013") and not tok.ws and not words[n + 1].ws
        )
        if split and _goals(tok) and _goals(words[n + 2]):
            return not _counts(words[n + 3 : n + 4])
        if SCORE.fullmatch(tok.text) and tok.ent_type not in NOT_SCORES:
            return not _counts(words[n + 1 : n + 2])
    return False


#: entity types of numbers that are no score
NOT_SCORES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY"})


def _goals(tok: Token) -> bool:
    """A number of goals or points: one or two digits, not part of a date or an amount."""
    return tok.text.isdigit() and len(tok.text) <= 2 and tok.ent_type not in NOT_SCORES


def _counts(after: Sequence[Token]) -> bool:
    """The numbers count what follows them ("8-10 people", "15-25 million")."""
    return any(t.pos in ("NOUN", "PROPN", "NUM") or t.lower in ("percent", "%") for t in after)


#: sectors that play no game: police, soldiers, intelligence services
SECURITY = frozenset({"COP", "MIL", "SPY"})
#: sectors that question people as an inquiry: police, intelligence, the courts and prosecutors
INQUIRING = frozenset({"COP", "SPY", "JUD"})


#: ways that police or soldiers close to traffic as a security measure
WAYS = frozenset(
    {"road", "street", "highway", "bridge", "traffic", "entrance", "railway", "exit", "gate", "junction",
     "intersection", "route", "access"}
)  # fmt: skip
#: words that count the people of their "of" ("thousands of police")
COUNTING = frozenset({"thousand", "hundred", "dozen", "scores", "number", "group", "team", "unit"})


@_for_lemmas("block", "barricade")
def _closed_by_security(parse: Parse, tok: Token) -> bool:
    """'Police blocked roads leading to parliament', 'thousands of police began a manhunt, blocking
    streets': roads closed by police or soldiers are a security measure, not the blockade of a
    protest (PLOVER PROTEST 'obstruct')."""
    if tok.pos != "VERB" or not any(k.dep == "dobj" and lemma_of(k) in WAYS for k in parse.children(tok.i)):
        return False
    subject = subject_of(parse, tok)
    if subject is None:
        return False
    counted = lemma_of(subject) in COUNTING or subject.pos == "NUM"
    words = [subject, *(_of_objects(parse, subject) if counted else [])]
    return any(_security_word(w) for w in words)


@_for_lemmas("block", "barricade")
def _closed_by_no_one_named(parse: Parse, tok: Token) -> bool:
    """'The street is blocked off and people are being stopped': a road closed in the passive, by no
    one named, is far more often a cordon than a protest's blockade (PLOVER PROTEST is civilians'
    collective action); protesters who block a road are named ("was blocked by protesters"), and a
    protest the sentence reports is coded from its own word."""
    closed = any(k.dep == "nsubjpass" and lemma_of(k) in WAYS for k in parse.children(tok.i))
    return tok.pos == "VERB" and closed and by_agent(parse, tok) is None


def _security_party(parse: Parse, tok: Token) -> bool:
    """The word's subject, object or prepositional object is police or soldiers."""
    words = [k for k in parse.children(tok.i)]
    words += [g for k in words if k.dep in ("prep", "agent") for g in parse.children(k.i) if g.dep == "pobj"]
    return any(_security_word(w) for w in words if w.dep in ("nsubj", "nsubjpass", "dobj", "pobj"))


def _security_word(word: Token) -> bool:
    """The word names police, soldiers or an intelligence service."""
    agent = agent_for(lemma_of(word))
    return agent is not None and agent.sector in SECURITY


def natural_harm(parse: Parse, tok: Token, source: Token | None) -> bool:
    """Harm by an accident, a disaster or a disease: its cause is the subject, the passive
    agent, or the object of 'in' ('killed in a crash')."""
    names = [source, *(k for k in parse.children(source.i) if k.dep == "compound")] if source else []
    if any(_names_natural_cause(parse, w) for w in names):  # "the earthquake", "SARS-CoV-2"
        return True
    return _in_an_accident(parse, tok) or any(
        k.dep in ("prep", "agent")
        and k.lower in ("in", "by")
        and any(g.dep == "pobj" and _names_natural_cause(parse, g) for g in parse.children(k.i))
        for k in parse.children(tok.i)
    )


#: verbs of a vehicle's or a building's mishap ("his car hit a tree", "the bus plunged into a gorge")
MISHAPS = frozenset(
    {"crash", "collide", "hit", "overturn", "plunge", "veer", "flip", "roll", "skid", "derail", "sink",
     "capsize", "collapse", "fall", "slam", "swerve"}
)  # fmt: skip
#: what has such a mishap
MISHAP_HAVERS = frozenset(
    {"car", "truck", "lorry", "bus", "van", "minibus", "train", "plane", "aircraft", "helicopter",
     "vehicle", "motorcycle", "motorbike", "bike", "bicycle", "boat", "ship", "ferry", "tractor", "taxi",
     "building", "house", "roof", "wall", "bridge", "tree", "crane", "scaffolding", "balcony"}
)  # fmt: skip


def _in_an_accident(parse: Parse, tok: Token) -> bool:
    """'The driver was killed when his car hit a tree', 'died when the bus plunged into a ravine':
    harm told by a clause of a vehicle's or a building's mishap, in an article that names no bomb
    and no attack (a truck rammed into a crowd in an attack is one)."""
    for clause in parse.children(tok.i):
        if clause.dep != "advcl" or lemma_of(clause) not in MISHAPS:
            continue
        haver = subject_of(parse, clause)
        if haver is not None and lemma_of(haver) in MISHAP_HAVERS and not _of_bombs(parse):
            return True
    return False


def _names_natural_cause(parse: Parse, word: Token) -> bool:
    """The word names an accident, a disaster or a disease (causes.tsv), not the fire of guns; or
    an explosion in an article of several sentences that speaks of no bomb and no attack (an
    industrial accident)."""
    if lemma_of(word) in BLASTS:
        return not _of_bombs(parse)
    return lemma_of(word) in natural_causes() and not _shooting(parse, word)


#: nouns of an explosion, which is a bomb's only where the article says so
BLASTS = frozenset({"explosion", "blast"})
#: words that tell an article's explosion was set off: bombs, attacks and those who make them
BOMB_WORDS = frozenset(
    {"bomb", "bomber", "bombing", "explosive", "ied", "grenade", "detonate", "device", "attack", "attacker",
     "terror", "terrorist", "terrorism", "militant", "insurgent", "suicide", "gunman", "missile", "rocket",
     "shell", "shelling", "airstrike", "strike", "mine", "landmine", "mortar", "drone", "sabotage", "arson"}
)  # fmt: skip


def _of_bombs(parse: Parse) -> bool:
    """The article names a bomb, an attack or an attacker anywhere, or is a single sentence, which
    gives no context to tell an accident by (as a lone sentence keeps its events under the
    confidence floors)."""
    alone = not parse.tokens or parse.tokens[-1].sent == parse.tokens[0].sent
    return alone or any(lemma_of(t) in BOMB_WORDS for t in parse.tokens)


#: modifiers that make "fire" the fire of guns ("sniper fire", "enemy fire", "friendly fire")
GUNFIRE_MODIFIERS = frozenset(
    {"sniper", "enemy", "friendly", "hostile", "cross-border", "machine-gun", "small-arms", "tank"}
)


def _gunfire(parse: Parse, noun: Token) -> bool:
    """'Killed by Indian fire', 'sniper fire', 'artillery fire', 'police fire': fire that someone or
    a weapon shoots, not a blaze."""
    if lemma_of(noun) != "fire":
        return False
    mods = [k for k in parse.children(noun.i) if k.dep in ("compound", "amod", "poss", "nmod")]
    return any(
        k.ent_type in ("NORP", "GPE", "ORG")
        or k.lower in GUNFIRE_MODIFIERS
        or lemma_of(k) in weapons()
        or agent_for(lemma_of(k)) is not None
        for k in mods
    )


#: what comes under fire in a fight rather than in a debate: forces' posts, vehicles and places
UNDER_GUNFIRE = frozenset(
    {"convoy", "patrol", "vehicle", "base", "ship", "vessel", "boat", "helicopter", "aircraft", "plane",
     "jet", "drone", "checkpoint", "position", "post", "outpost", "camp", "village", "town", "city",
     "compound", "embassy", "tank", "unit", "column", "troop", "soldier", "force", "police", "officer"}
)  # fmt: skip


@_for_lemmas("fire")
def _no_gunfire_come_under(parse: Parse, tok: Token) -> bool:
    """The noun "fire" is an act only as shooting that someone comes or is under: "the convoy came
    under fire", "came under heavy mortar fire".  Other fires burn; one comes under fire in words
    for or over something, or from critics ("came under fire from Democrats over his remarks"):
    criticism, kept to be coded ACCUSE (plover_rules.under_criticism); shooting from someone names an
    armed party ("came under fire from militants")."""
    if tok.pos != "NOUN":
        return False
    under = under_fire(parse, tok)
    if under is None:
        return True
    if under_criticism(parse, tok):
        return False
    verb, near = under
    if for_a_reason(parse, near):
        return True
    shooters = from_whom(parse, near)
    if shooters:
        return not any(armed_party(w) for w in shooters)
    subject = subject_of(parse, verb)
    return not (_gunfire(parse, tok) or (subject is not None and lemma_of(subject) in UNDER_GUNFIRE))


def unsupported(parse: Parse, event: Event, reference: bool = False) -> bool:
    """An event its sentence does not support as an act of someone's:

    - an event noun of a non-violent act with no source, no target and no casualties that is not
      what its sentence is about (not the subject or object of the sentence's main verb): "the
      talks", "the investigation"; a threat by no one is a danger even as the subject ("the main
      threats to the colony are climate change and fisheries").  Violent acts named by a noun
      ("the attack", "the bombing") are kept: news names an attack's parties and toll in other
      sentences, and whole-document sets such as WikiEvents code every mention; one that only frames
      the time of another act is no act (unless it is kept as a ``reference``, events.references);
    - harm with no one named as doing it, told beside an accident, a disaster or a disease (this
      sentence, the one before or the article's lead names one): "five were seriously injured";
    - aid or rescue given by no one named: the routine work of emergency services;
    - a state of emergency or a curfew beside a disaster or a disease: no repression;
    - a habit, not an act at a time: the act's clause in the simple present with an adverb of
      frequency ("G7 meetings usually center on politics", "the police often arrest them");
    - a rule about a kind, not an act: the simple present with a bare plural subject, past the
      lead ("officials are removed from office after being impeached");
    - a stance held, not taken: "oppose" told as a state or an aim ("has opposed defunding", "both
      of whom opposed the deal", "opposing", "to oppose the rule"); a finite clause of its own
      takes it ("Bolsonaro opposed Macron's statement", "Israel is opposed to French mediation");
    - a way of arguing, not an attack: "a new line of attack on Clinton";
    - a meeting with one's own people ("meeting with her staff", "met his lawyers"), or of one body's
      own members ("the Fed's policy meeting", "a board meeting"), with the intent read off it;
    - acts counted as a kind in a figure: "82 percent of murders", "the number of attacks";
    - support voiced for a thing, not a party: "voiced support for a single-payer health system"
      (CAMEO 051 endorses an actor; a policy backed is an opinion held);
    - praise of a thing that is no party's, with no one praised: "hailed the record streak of
      job growth" (praise of a party's act, "applauded the ruling", stays);
    - a topic discussed by one party with no one ("Schlafly then discussed Trump's proposed wall",
      "McCaul discussed legislation on Fox & Friends"): talk about it, not talks;
    - talks named in particular only as the time of another act ("during Obama's visit to Turkey");
    - a prohibition in force, not imposed at a time: "the PKK is banned in Turkey".

    Talks that are none carry no intent read off them ("would discuss his mother's illness": no AGREE).
    """
    tok = trigger_token(parse, event)
    if tok is not None and _no_one_act(parse, tok, event):
        return True
    if tok is not None and (_kind_dealt_with(parse, tok) or _kind_in_a_trend(parse, tok)):
        return True
    if tok is not None and (
        _held_stance(parse, tok)
        or _counted(parse, tok)
        or _support_for_a_thing(parse, tok, event)
        or _praise_of_a_thing(parse, tok, event)
        or _opposed_a_practice(parse, tok)
        or _standing_ban(parse, tok)
    ):
        return True
    if tok is not None and (_members_meeting(parse, tok) or _during_the_talks(parse, tok, event)):
        return True  # the act and the intent read off it ("will hold its policy meeting")
    if (
        tok is not None
        and _of_talks(parse, tok, event)
        and (_own_people(parse, tok) or _discussed_alone(parse, tok))
    ):
        return True
    if tok is not None and _restriction(tok, event) and _beside_natural_cause(parse, tok):
        return True  # an emergency for a quake, a curfew for a disease: no repression (PLOVER manual)
    harm_by_it = event.type in DONE_BY_NATURE and told_by_it(event, tok)
    # "it killed nine" may be the fire whatever "it" was resolved to; "it blocked roads" is the storm
    # only where "it" stands for no actor ("the army said it blocked roads": the army)
    harm_by_it = harm_by_it and (event.type == "ASSAULT" or event.source.actor is None)
    if tok is not None and harm_by_it and _beside_natural_cause(parse, tok):
        return True  # "A fire destroyed 200 homes. Officials said it killed nine", "it blocked roads"
    if tok is None or event.source.named():
        return False
    if event.type == "AID":
        return True
    if event.type == "ASSAULT" and tok.pos == "VERB" and _beside_natural_cause(parse, tok):
        return not _by_force(parse, tok)  # "was killed by a US airstrike": no accident, whatever else is told
    bare = _bare_noun(tok, event)
    if event.type in VIOLENT:  # "the attack", "the raid": a violent act named by a noun is an act ...
        return bare and not reference and _frames_a_time(parse, tok)  # ... not one that only dates another
    told = _main_topic(parse, tok) and event.type != "THREATEN"  # "the main threats to X are": dangers
    return bare and not told


def names_only(parse: Parse, event: Event) -> bool:
    """A noun of an act of force that names it without reporting it: no source, no target, no toll,
    and not what its sentence is about ("Boston Marathon bombing suspect Dzhokhar Tsarnaev was moved",
    "a database about 18 months before the Boston attack").  The annotation guidelines (section 2)
    code such a noun only when its sentence gives its actor, recipient or casualties or asserts the
    act itself; document-level readers still want every mention (events.references)."""
    tok = trigger_token(parse, event)
    if tok is None or event.type not in VIOLENT or event.source.named() or not _bare_noun(tok, event):
        return False
    return not asserts_act(parse, tok)


def _bare_noun(tok: Token, event: Event) -> bool:
    """The event is named by a noun and gives no target and no toll (its source is tested apart)."""
    counted = any(getattr(event, f) for f in FIELDS)
    return tok.pos == "NOUN" and not event.target.named() and not counted


def asserts_act(parse: Parse, noun: Token) -> bool:
    """The sentence of an act noun asserts the act itself: the noun is the sentence ("Two
    explosions."), the subject or object of its main clause or of what its speaker says, or the
    subject of a verb of happening ("the protests began in June"); a sentence that is only the act's
    name, definite or a bare word ("== The attack ==", "Kidnapping.": a heading, a list's entry),
    names it."""
    if noun.dep == "ROOT":
        bare = all(k.dep == "punct" for k in parse.children(noun.i))
        return not bare and not determined(parse, noun)
    if _a_cause(parse, noun):
        return False  # "the attacks in Paris reframed the contest": the clause tells what they changed
    return _main_topic(parse, noun) or _occurs(parse, noun) or _said_of(parse, noun)


#: verbs whose subject is the cause of a change in some matter: a clause with one tells the change,
#: naming the act that caused it ("the terrorist attacks in Paris reframed the presidential contest",
#: "the attacks have inspired a bidding war"); the guidelines code the noun only where its sentence
#: asserts the act itself
EFFECTS = frozenset(
    {"reframe", "reshape", "inspire", "complicate", "prove", "renew", "revive", "rekindle", "reignite",
     "test", "shake", "change", "alter", "transform", "overshadow", "dominate", "highlight", "underscore",
     "expose", "intensify", "heighten", "deepen", "upend", "disrupt", "raise", "fuel", "shift", "crystallize",
     "crystallise", "galvanize", "galvanise"}
)  # fmt: skip


def _a_cause(parse: Parse, noun: Token) -> bool:
    return noun.dep == "nsubj" and noun.head != noun.i and lemma_of(parse.tokens[noun.head]) in EFFECTS


#: verbs whose subject is an act that happened: the clause asserts the act itself
OCCURRING = frozenset({"occur", "happen", "take", "erupt", "break", "unfold", "begin", "start", "continue"})


def _occurs(parse: Parse, noun: Token) -> bool:
    """'the killing occurred in Jeeyapuram forest', 'bombings took place in Tunis': the subject of a
    verb of happening, in whatever clause."""
    head = parse.tokens[noun.head]
    if noun.dep != "nsubj" or head.pos != "VERB" or lemma_of(head) not in OCCURRING:
        return False
    return lemma_of(head) != "take" or any(k.lower == "place" for k in parse.children(head.i))


def _said_of(parse: Parse, noun: Token) -> bool:
    """'the Saudi government said the attack included cruise missiles': the subject or object of
    what the sentence's speaker says is what the sentence is about."""
    head = parse.tokens[noun.head]
    if noun.dep not in ("nsubj", "nsubjpass", "dobj") or head.dep != "ccomp":
        return False
    root = parse.tokens[head.head]
    return root.dep == "ROOT" and lemma_of(root) in speech_verbs().lemmas


def _of_talks(parse: Parse, tok: Token, event: Event) -> bool:
    """The event is talks, or the intent read off talks ("would discuss", "will meet": an AGREE at
    the word of a CONSULT), which is no intent to consult where the talks are none."""
    if event.type == "CONSULT":
        return True
    trig = match_trigger(parse, tok)
    return trig is not None and trig.plover == "CONSULT"


def _no_one_act(parse: Parse, tok: Token, event: Event) -> bool:
    """A habit, a kind of act, a way of attacking, or a meeting that consoles: no act done between
    parties."""
    if _habitual(parse, tok) or _a_habit_of(parse, tok) or _line_of_attack(parse, tok):
        return True
    return _generic(parse, tok) or (_of_talks(parse, tok, event) and _consoles(parse, tok))


#: the people who work for someone: meeting them is no meeting between parties
OWN_PEOPLE = frozenset(
    {"staff", "aide", "adviser", "advisor", "team", "staffer", "campaign", "lawyer", "attorney"}
)
#: whom one meets in private: one's own people or one's family ("met his older brother for dinner")
PRIVATE_COMPANY = OWN_PEOPLE | FAMILY
#: possessives of whose people they are ("her staff", "its team")
POSSESSIVE_PRONOUNS = PERSONAL_POSSESSIVES | {"its"}


def _whom_met(parse: Parse, tok: Token) -> list[Token]:
    """Who a meeting word meets: its object ("met his lawyers") or its "with" ("meeting with her staff")."""
    met: list[Token | None] = [
        k if k.dep == "dobj" else child(parse, k, "pobj")
        for k in parse.children(tok.i)
        if k.dep == "dobj" or (k.dep == "prep" and k.lower == "with")
    ]
    return [g for g in met if g is not None]


def _own_people(parse: Parse, tok: Token) -> bool:
    """'meeting with her staff', 'met his advisers': a meeting inside one party, not a CONSULT;
    'met his older brother for dinner': one inside a family, a private one."""
    for whom in _whom_met(parse, tok):
        if lemma_of(whom) in PRIVATE_COMPANY:
            return any(g.dep == "poss" and g.lower in POSSESSIVE_PRONOUNS for g in parse.children(whom.i))
    return False


#: people met to console them, not to consult: victims of an act and their families
CONSOLED = frozenset({"victim", "survivor", "relative", "family", "mourner", "widow", "widower", "orphan"})


def _consoles(parse: Parse, tok: Token) -> bool:
    """'Obama met survivors of the massacre and relatives of the 49 people killed', 'went to Louisiana
    to meet the victims': meeting those who suffered an act is consolation, not consultation between
    parties (CAMEO 04); no one else met ("met the victims and the governor") is talks."""
    met = _whom_met(parse, tok)
    met += [c for g in met for c in parse.children(g.i) if c.dep == "conj"]
    return bool(met) and all(lemma_of(g) in CONSOLED for g in met)


#: what makes a meeting one body's meeting of its own members: its board, committee or staff, or
#: the policy it sets ("the Fed's policy meeting")
MEMBERS_MEETINGS = frozenset({"policy", "board", "committee", "staff"})
#: prepositions that name the other party of a meeting
PARTNER_PREPOSITIONS = frozenset({"with", "between", "among"})


def _members_meeting(parse: Parse, tok: Token) -> bool:
    """'The Federal Reserve's policy meeting', 'at its two-day policy meeting', 'a board meeting', 'a
    meeting of the policy committee': a body's meeting of its own members consults no other party
    (CAMEO 04 is between parties).  A meeting with or between parties ("a board meeting with the
    unions") and a meeting of several ("the G7 meeting") stay talks.  So does the verb: one body that
    meets no one sits (``_body_meets``)."""
    if tok.pos == "VERB" and lemma_of(tok) == "meet":
        return _body_meets(parse, tok)
    if tok.pos != "NOUN" or lemma_of(tok) != "meeting":
        return False
    kids = parse.children(tok.i)
    if any(k.dep == "prep" and k.lower in PARTNER_PREPOSITIONS for k in kids):
        return False
    members = [k for k in kids if k.dep in ("compound", "amod")] + _of_objects(parse, tok)
    return any(lemma_of(k) in MEMBERS_MEETINGS for k in members)


#: bodies whose meeting with no one named is a sitting of their own members ("the Senate met")
SITTING_BODIES = frozenset(
    {"senate", "house", "parliament", "congress", "assembly", "legislature", "council", "committee",
     "cabinet", "board", "court", "jury", "panel", "commission", "bureau", "politburo", "caucus"}
)  # fmt: skip


def _body_meets(parse: Parse, verb: Token) -> bool:
    """'The Senate was set to meet on Wednesday', 'the cabinet met on Monday': one body sitting, with
    no one it meets (no object, no "with"), consults no other party."""
    kids = parse.children(verb.i)
    if any(k.dep == "dobj" or (k.dep == "prep" and k.lower in PARTNER_PREPOSITIONS) for k in kids):
        return False
    subject = subject_of(parse, verb)
    if subject is None or child(parse, subject, "conj") is not None:
        return False
    if lemma_of(subject) == "member":  # "the group, whose members met": one body's, not "of both parties"
        bodies = _of_objects(parse, subject)
        return all(b.tag in ("NN", "NNP") and child(parse, b, "conj") is None for b in bodies)
    return subject.tag not in ("NNS", "NNPS") and lemma_of(subject) in SITTING_BODIES


#: nouns whose "of attack" names a way of arguing or planning, not an attack ("a new line of attack")
LINES = frozenset({"line", "area", "avenue", "angle", "mode"})


def _line_of_attack(parse: Parse, noun: Token) -> bool:
    """'a new line of attack', 'three main areas of attack': a way to attack, not an attack made."""
    if noun.dep != "pobj" or any(k.dep == "det" for k in parse.children(noun.i)):
        return False
    prep = parse.tokens[noun.head]
    return prep.lower == "of" and prep.head != prep.i and lemma_of(parse.tokens[prep.head]) in LINES


#: prepositions under which an act noun only dates or explains another act ("hours after the attack")
TIME_PREPOSITIONS = SEQUENCE_PREPOSITIONS | {"during"}
#: nouns of "in the wake of", "in the aftermath of", "in the run-up to": a time after or before an act
TIME_NOUNS = frozenset({"wake", "aftermath", "run-up", "lead-up", "eve"})


def _frames_a_time(parse: Parse, noun: Token) -> bool:
    """'hours after the bombing', 'in the wake of the attacks', 'due to the massacre': a definite
    act noun that only dates or explains the act its sentence reports is an act told before or known
    to the reader, not one the sentence reports (the annotation guidelines, section 2).  An
    indefinite noun reports one ("after an attack on a checkpoint"), and so does a noun whose
    relative clause tells something of it ("after the attacks in Paris, which were claimed by the
    Islamic State")."""
    kids = parse.children(noun.i)
    if any(k.dep == "relcl" for k in kids):
        return False
    if not any(k.dep == "det" and k.lower in DEFINITE for k in kids) and not _dated(parse, noun):
        return False
    noun = parse.first_conjunct(noun.i)  # "after the attacks and the shooting"
    if noun.dep != "pobj":
        return False
    prep = parse.tokens[noun.head]
    if prep.lower in TIME_PREPOSITIONS or (prep.lower == "to" and parse.tokens[prep.head].lower == "due"):
        return True
    frame = parse.tokens[prep.head] if prep.lower == "of" else None
    return frame is not None and (
        frame.lower in TIME_NOUNS or (frame.lower == "because" and prep.head != prep.i)
    )


def _during_the_talks(parse: Parse, noun: Token, event: Event) -> bool:
    """'During Obama's visit to Turkey, Erdogan reiterated his request', 'it became apparent to me
    during the discussions with Reince': talks named in particular only as when another act
    happened, told before or known to the reader (the guidelines, section 2: an act noun that only
    dates another act); "during a visit to Scotland" (indefinite) may report one."""
    if event.type != "CONSULT" or noun.pos != "NOUN" or noun.dep != "pobj" or noun.head == noun.i:
        return False
    return parse.tokens[noun.head].lower == "during" and determined(parse, noun)


#: CAMEO's code of a declared state of emergency or martial law
EMERGENCY = "1724"
#: CAMEO's curfew (1723): imposed for a disease it is a public-health restriction (the guidelines)
CURFEW = "1723"
#: adverbs of frequency: with a verb in the simple present they tell a habit, not an act
FREQUENCY = frozenset(
    {"usually", "typically", "generally", "normally", "often", "frequently", "regularly", "routinely",
     "traditionally", "customarily", "always", "rarely", "seldom", "sometimes", "commonly"}
)  # fmt: skip
#: Penn tags of a verb in the simple present
SIMPLE_PRESENT = frozenset({"VBZ", "VBP"})
#: Penn tags of a finite verb
FINITE = SIMPLE_PRESENT | {"VBD", "MD"}


def _habitual(parse: Parse, tok: Token) -> bool:
    """The trigger's clause (its own verb, or the verb a noun hangs on) tells a habit, present or
    past ("they would sometimes kill the farmers", "he used to support Paul")."""
    if tok.pos != "VERB" and any(_habit(parse, k) for k in parse.children(tok.i) if k.dep == "acl"):
        return True  # "G7 meetings usually center on politics", the verb parsed as the noun's clause
    verb = (
        tok
        if tok.pos == "VERB"
        else next((a for a in parse.ancestors(tok.i) if a.pos in ("VERB", "AUX")), None)
    )
    return verb is not None and (_habit(parse, verb) or _used_to(parse, verb))


def _used_to(parse: Parse, verb: Token) -> bool:
    """'Massie used to support Rand Paul', 'they used to meet every month': a former habit or state,
    no act at a time ("used drones to attack" uses a thing: its object, or the noun of a relative
    clause, "the gun he used to kill him", makes it no "used to")."""
    if verb.dep != "xcomp" or verb.head == verb.i:
        return False
    used = parse.tokens[verb.head]
    marked = any(k.dep == "aux" and k.lower == "to" for k in parse.children(verb.i))
    kids = parse.children(used.i)
    objects = any(k.dep in ("dobj", "nsubjpass") for k in kids)
    gap = used.dep in ("relcl", "acl")  # "the gun he used to kill Trayvon Martin": its object is the gun
    # the tagger reads a bare "used" as a participle at times; one with no auxiliary is the past
    past = used.tag == "VBD" or (used.tag == "VBN" and not any(k.dep in ("aux", "auxpass") for k in kids))
    return used.lower == "used" and past and marked and not objects and not gap


#: nouns of a habit: the act "of" which they are is no one act ("a long history of blaming others")
HABITS = frozenset(
    {"history", "habit", "pattern", "tradition", "practice", "tendency", "penchant", "propensity"}
)


def _a_habit_of(parse: Parse, tok: Token) -> bool:
    """'Donald Trump has a long history of blaming others', 'a habit of attacking reporters': an act
    named as what someone is given to doing tells a habit, not an act done (PLOVER codes events)."""
    if tok.dep != "pcomp" and not (tok.dep == "pobj" and tok.pos == "NOUN"):
        return False
    prep = parse.tokens[tok.head]
    if prep.lower != "of" or prep.head == prep.i:
        return False
    return lemma_of(parse.tokens[prep.head]) in HABITS


#: units of time whose "every" or "each" tells a recurring act ("every year", "each week")
RECURRING_UNITS = frozenset(
    {"day", "week", "month", "year", "summer", "winter", "spring", "autumn", "fall", "weekend",
     "morning", "evening", "night", "sunday", "monday", "tuesday", "wednesday", "thursday", "friday",
     "saturday", "election", "anniversary"}
)  # fmt: skip
#: spans of time "over" which an act recurs ("they meet over the years")
RECURRING_SPANS = frozenset({"years", "decades", "months", "weeks"})


def _habit(parse: Parse, verb: Token) -> bool:
    """The verb's clause tells a habit: the simple present (or "would") with an adverb of frequency
    or a recurring time ("every year", "over the years").  The present perfect reports the acts
    ("Trump has frequently denounced Bush": the project's guidelines code them)."""
    kids = parse.children(verb.i)
    passive = any(k.dep == "auxpass" and k.tag in SIMPLE_PRESENT for k in kids)  # "are often occupied by"
    used_to = any(k.dep == "aux" and k.lower == "would" for k in kids)  # "would sometimes kill"
    if verb.tag not in SIMPLE_PRESENT and not passive and not used_to:
        return False
    return any((k.dep == "advmod" and k.lower in FREQUENCY) or _recurring(parse, k) for k in kids)


def _recurring(parse: Parse, k: Token) -> bool:
    """'every year', 'each Friday', 'over the years': a time at which an act recurs."""
    if k.dep in ("npadvmod", "advmod", "obl", "dobj") and k.lemma.lower() in RECURRING_UNITS:
        return any(d.dep == "det" and d.lower in ("every", "each") for d in parse.children(k.i))
    if k.dep == "prep" and k.lower == "over":  # not "over the past four years": one stretch of time
        spans = [g for g in parse.children(k.i) if g.dep == "pobj" and g.lower in RECURRING_SPANS]
        return any(all(m.lower == "the" for m in parse.children(g.i)) for g in spans)
    return False


def _generic(parse: Parse, tok: Token) -> bool:
    """The act is told of a kind, as a rule, not as a thing that happened: its clause is in the
    simple present, or says what may happen, and its subject is a bare plural ("officials are
    removed after being impeached", "FBI investigations could create obstacles",
    "charges of terrorism carry the death penalty", "red notices are declared to ask police to
    arrest")."""
    if tok.sent == 0:
        return False  # a headline or a lead tells past acts in the present: "Police arrest 12 after ..."
    verb = _finite_governor(parse, tok)
    present = verb is not None and _simple_present(parse, verb)
    if verb is None or not (present or _may_happen(parse, verb)):
        return False
    if not present and tok.pos == "NOUN" and determined(parse, tok):
        return False  # "more attacks could follow last week's bombings": those happened
    if _at_a_time(parse, verb):
        return False  # "suspects are arrested on Friday": one occasion, no rule
    subject = next((k for k in parse.children(verb.i) if k.dep in ("nsubj", "nsubjpass")), None)
    subjects = [subject, *(k for k in parse.children(subject.i) if k.dep == "conj")] if subject else []
    if any(_a_kind(parse, s) for s in subjects):  # "tax audits and FBI investigations": either
        return True
    # "characterizes events where four or more people are killed as a mass shooting": a clause
    # that tells what a kind is
    return verb.dep == "relcl" and verb.head != verb.i and _a_kind(parse, parse.tokens[verb.head])


#: modals of what may happen, which tell of a kind as the simple present does ("tax audits and FBI
#: investigations could create obstacles")
POSSIBILITY = frozenset({"can", "could", "may", "might"})


def _may_happen(parse: Parse, verb: Token) -> bool:
    return any(k.dep == "aux" and k.lower in POSSIBILITY for k in parse.children(verb.i))


#: verbs of a policy against a kind of act, and prepositions of guarding against one
POLICY_VERBS = COUNTER_VERBS | {"fight", "stop", "halt", "end", "increase", "guard", "protect", "investigate"}


def _kind_dealt_with(parse: Parse, tok: Token) -> bool:
    """A kind of act that a policy deals with, not an act: a bare plural act noun as the object of a
    verb of countering, curbing or guarding against ("has reduced bomb attacks and murders", "to guard
    against terror attacks", "to combat robberies and shootings")."""
    noun = parse.first_conjunct(tok.i) if tok.pos == "NOUN" else None
    if noun is None or not _a_kind(parse, noun):
        return False
    head = parse.tokens[noun.head] if noun.head != noun.i else None
    if head is not None and noun.dep == "pobj" and head.lower == "against" and head.head != head.i:
        head = parse.tokens[head.head]  # "guard against terror attacks"
    elif noun.dep != "dobj":
        return False
    if head is None or head.pos != "VERB" or lemma_of(head) not in POLICY_VERBS or _on_one_day(parse, head):
        return False  # "repelled attacks on Monday": one occasion
    return not any(k.dep in ("prep", "agent") and k.lower == "by" for k in parse.children(noun.i))


#: verbs of how often a kind of act happens ("attacks have risen sharply")
TREND_VERBS = frozenset(
    {"rise", "increase", "grow", "surge", "soar", "fall", "decline", "drop", "double", "triple", "spike",
     "climb", "decrease", "multiply"}
)  # fmt: skip
#: nouns of how often a kind of act happens ("the acceleration of terrorist attacks", "a rise in")
TREND_NOUNS = frozenset(
    {"acceleration", "rise", "increase", "growth", "surge", "spike", "decline", "drop", "fall", "upsurge",
     "uptick", "proliferation", "frequency", "prevalence", "epidemic", "scourge"}
)  # fmt: skip
#: what a kind of act "becomes" when it grows common ("are becoming an everyday occurrence")
COMMON_THINGS = frozenset(
    {"occurrence", "norm", "commonplace", "common", "routine", "phenomenon", "epidemic", "frequent",
     "reality"}
)  # fmt: skip
#: adverbs that spread an act over a whole country or the world ("the shooting of police nationally")
SCOPE_ADVERBS = frozenset({"globally", "worldwide", "nationally", "internationally"})


def _kind_in_a_trend(parse: Parse, tok: Token) -> bool:
    """A kind of act told as a trend, not an act at a time (the guidelines' generic statements):
    "the acceleration of terrorist attacks on soft targets globally", "attacks have risen", "mass
    shootings are becoming an almost-everyday occurrence", "the shooting of police nationally"."""
    if tok.pos != "NOUN":
        return False
    if any(k.dep == "advmod" and k.lower in SCOPE_ADVERBS for k in parse.children(tok.i)):
        return True
    noun = parse.first_conjunct(tok.i)
    if not _a_kind(parse, noun) or noun.head == noun.i:
        return False
    head = parse.tokens[noun.head]
    told = [k for k in parse.children(head.i) if k.dep in ("attr", "acomp")]
    if noun.dep == "nsubj" and told:  # "are becoming an everyday occurrence", not "grew louder"
        return any(lemma_of(k) in COMMON_THINGS for k in told)
    if noun.dep == "nsubj":  # "grew louder on Monday": how loud, one day
        compared = any(k.tag in ("RBR", "JJR") for k in parse.children(head.i))
        return lemma_of(head) in TREND_VERBS and not compared and not _on_one_day(parse, head)
    trend = parse.tokens[head.head] if head.head != head.i else head
    return noun.dep == "pobj" and head.lower in ("of", "in") and lemma_of(trend) in TREND_NOUNS


def _on_one_day(parse: Parse, verb: Token) -> bool:
    """The clause is dated to one day or moment ("on Monday"), not to a span ("in recent years")."""
    dated = [g for k in parse.children(verb.i) for g in [k, *parse.children(k.i)] if names_time(g)]
    return any(g.tag not in ("NNS", "NNPS") for g in dated if g.pos in ("NOUN", "PROPN"))


def _at_a_time(parse: Parse, verb: Token) -> bool:
    """The clause is dated ("on Friday", "last week"): it tells one occasion."""
    return any(
        of_time(parse, k) or (k.dep == "npadvmod" and k.ent_type in ("DATE", "TIME"))
        for k in parse.children(verb.i)
    )


def _finite_governor(parse: Parse, tok: Token) -> Token | None:
    """The trigger if it is a finite verb, else the first verb above it in its sentence."""
    if tok.pos in ("VERB", "AUX") and tok.tag in FINITE:
        return tok
    if tok.pos == "VERB" and any(k.dep == "auxpass" and k.tag in FINITE for k in parse.children(tok.i)):
        return tok  # "interviews are requested": the participle carries its clause
    return next((a for a in parse.ancestors(tok.i) if a.pos in ("VERB", "AUX")), None)


def _simple_present(parse: Parse, verb: Token) -> bool:
    kids = parse.children(verb.i)
    if lemma_of(verb) == "be" or any(k.dep == "aux" for k in kids):
        return False  # "efforts are ongoing", "has been", "will", "is being": a state, or not simple
    if verb.tag in SIMPLE_PRESENT:
        return True
    return verb.tag == "VBN" and any(k.dep == "auxpass" and k.tag in SIMPLE_PRESENT for k in kids)


def _a_kind(parse: Parse, noun: Token) -> bool:
    """A bare plural common noun: "officials", "red notices" (no determiner, possessive or number)."""
    if noun.pos != "NOUN" or noun.ent_type or noun.tag != "NNS":
        return False
    return not any(k.dep in ("det", "poss", "nummod") for k in parse.children(noun.i))


#: verbs of a stance that news tells as held more often than as taken
STANCE_VERBS = frozenset({"oppose"})
#: auxiliaries that make a stance verb a state held or an aim: perfect, progressive, infinitive
HELD_AUXILIARIES = frozenset({"have", "has", "had", "'ve", "'d", "to", "been"})


def _held_stance(parse: Parse, tok: Token) -> bool:
    """'Oppose' told as a state held or an aim, not a stance taken at a time: in a relative clause
    ("both of whom opposed the deal", "activists who were opposed to Cruz"), perfect ("has
    opposed"), progressive or a gerund ("opposing"), an infinitive ("to oppose the rule").  A finite
    clause of its own, past or present, takes the stance (CAMEO's "Israel is opposed to French mediation")."""
    if tok.pos != "VERB" or lemma_of(tok) not in STANCE_VERBS:
        return False
    copula = parse.tokens[tok.head] if tok.dep == "acomp" else tok  # "activists who were opposed to"
    if tok.dep == "relcl" or copula.dep == "relcl" or tok.tag == "VBG":
        return True
    return any(k.dep in ("aux", "auxpass") and k.lower in HELD_AUXILIARIES for k in parse.children(tok.i))


#: verbs of a prohibition, and the present forms of "be" that tell one in force
BANNING = frozenset({"ban", "outlaw", "prohibit", "forbid", "proscribe"})
PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re", "remains", "remain"})


def _standing_ban(parse: Parse, tok: Token) -> bool:
    """'The PKK is banned in Turkey', 'the group remains outlawed': a prohibition in force, told in
    the present passive with no one who imposes it, is a state, not an act at a time ("the party
    was banned in 2003", "Turkey banned the PKK" are acts)."""
    if tok.pos != "VERB" or tok.tag != "VBN" or lemma_of(tok) not in BANNING:
        return False
    kids = parse.children(tok.i)
    if any(k.dep == "agent" for k in kids):
        return False
    present = any(k.dep in ("auxpass", "cop") and k.lower in PRESENT_BE for k in kids)
    return present or (tok.dep == "acomp" and parse.tokens[tok.head].lower in PRESENT_BE)


#: subjects that hold several parties
PLURAL_PRONOUNS = frozenset({"we", "us", "'s", "they", "both", "all"})  # "let's discuss": us


def _discussed_alone(parse: Parse, tok: Token) -> bool:
    """'Discussed' with no partner ('with'), by one party: a singular subject, not coordinated; or
    with no subject of its own, before an audience ("discussing the attack before Parliament")."""
    if tok.pos != "VERB" or lemma_of(tok) not in TOPIC_VERBS:
        return False
    first = parse.first_conjunct(tok.i)
    kids = parse.children(tok.i) + (parse.children(first.i) if first.i != tok.i else [])
    if any(_partner(parse, t) for t in parse.subtree(tok.i, CLAUSE_DEPS)):
        return False  # "discussed trade with Macron" (the parser may hang "with" on the topic)
    subjects = [k for k in kids if k.dep == "nsubj"]
    if not subjects and not any(k.dep == "nsubjpass" for k in kids):
        return _addressed(parse, tok)  # "Discussing his concern in a public statement, the minister"
    if len(subjects) != 1:
        return False
    subject = subjects[0]
    plural = subject.tag in ("NNS", "NNPS") or subject.lower in PLURAL_PRONOUNS
    return not plural and not any(k.dep == "conj" for k in parse.children(subject.i))


#: where one speaks to an audience rather than with a party: what is discussed there is talk
ADDRESSES = frozenset(
    {"interview", "statement", "speech", "address", "remark", "conference", "briefing", "hearing",
     "appearance", "show", "podcast", "broadcast", "column", "op-ed", "book", "article", "tweet",
     "video", "rally", "testimony", "debate", "letter"}
)  # fmt: skip


def _addressed(parse: Parse, verb: Token) -> bool:
    """'Discussing his concern in a public statement', 'discussing the attack before Parliament':
    the talk is given to an audience (the phrase may hang on the verb or on its object)."""
    words = [verb, *(k for k in parse.children(verb.i) if k.dep == "dobj")]
    for prep in (k for w in words for k in parse.children(w.i)):
        if prep.dep != "prep":
            continue
        objects = [k for k in parse.children(prep.i) if k.dep == "pobj"]
        if prep.lower == "before" or any(lemma_of(o) in ADDRESSES for o in objects):
            return True
    return False


def _partner(parse: Parse, word: Token) -> bool:
    """A preposition that names whom one talks with ("with Macron", "between the leaders"); not
    the host of an interview or a show ("during an interview with Sean Hannity")."""
    if word.dep != "prep" or word.lower not in ("with", "between", "among"):
        return False
    return not (word.head != word.i and lemma_of(parse.tokens[word.head]) in ADDRESSES)


#: dependencies that open a clause of its own below a word: its words are not the word's phrase
#: ("discussed legislation [he was introducing ... with classified information]": that "with" is
#: not the discussion's)
CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "csubj"})


#: nouns of a figure that counts acts of a kind
QUANTITY_NOUNS = frozenset(
    {"percent", "%", "percentage", "per cent", "number", "share", "rate", "proportion", "majority",
     "minority", "half", "third", "quarter", "fraction", "total", "count", "tally", "average",
     # properties of a kind of act, not an act: "the distribution of strikes over time", "the
     # legality of drone strikes"
     "distribution", "frequency", "incidence", "statistics", "database", "legality", "efficacy",
     "effectiveness",
     # how fast a kind of act comes: "a pace of killing unknown to most Americans"
     "pace", "tempo"}
)  # fmt: skip


#: verbs whose subject, a place, has had acts counted ("Ferguson had two murders in 2014")
TALLYING = frozenset({"have", "record", "see", "register", "log", "report", "suffer", "experience"})
#: place nouns that count what happened in them
PLACE_NOUNS = frozenset(
    {"city", "town", "county", "state", "country", "district", "neighborhood", "neighbourhood", "area",
     "village", "region", "province", "borough", "precinct", "suburb"}
)  # fmt: skip


def _counted(parse: Parse, tok: Token) -> bool:
    """An act noun in a figure: the object of 'of' after a quantity ("82 percent of murders ... were
    committed by", "the number of arrests rose"), or a number of acts a place had ("Ferguson had two
    murders in 2014", "the city recorded 50 shootings")."""
    if _place_tally(parse, tok):
        return True
    phrase = phrase_of(parse, tok) if tok.pos == "NOUN" else _gerund_phrase(parse, tok)
    if phrase is None or phrase[0].lower != "of":
        return False
    figure = phrase[1]
    if lemma_of(figure) in ("number", "total", "series") and any(
        k.dep == "det" and k.lower in ("a", "an") for k in parse.children(figure.i)
    ):
        return False  # "made a number of arrests", "a total of 12 arrests": several acts, told
    return lemma_of(figure) in QUANTITY_NOUNS


def _gerund_phrase(parse: Parse, tok: Token) -> tuple[Token, Token] | None:
    """As arguments.phrase_of, for an "-ing" form the parser hung as a preposition's clause ("a pace
    of killing")."""
    if tok.tag != "VBG" or tok.dep != "pcomp" or tok.head == tok.i:
        return None
    prep = parse.tokens[tok.head]
    return None if prep.head == prep.i else (prep, parse.tokens[prep.head])


def _place_tally(parse: Parse, tok: Token) -> bool:
    """'Ferguson had two murders in 2014': a plural act noun with a number, the object of a verb of
    tallying whose subject is a place."""
    if tok.pos != "NOUN" or tok.tag != "NNS" or tok.dep != "dobj" or tok.head == tok.i:
        return False
    verb = parse.tokens[tok.head]
    if lemma_of(verb) not in TALLYING or not any(k.dep == "nummod" for k in parse.children(tok.i)):
        return False
    place = child(parse, verb, "nsubj")
    if place is None:
        return False
    # a name of no person ("Ferguson", which the parser may take for an organisation)
    name = place.pos == "PROPN" and place.ent_type not in ("PERSON", "NORP")
    return place.ent_type in ("GPE", "LOC") or name or lemma_of(place) in PLACE_NOUNS


#: verbs that voice support through their object ("voiced support for")
VOICING = frozenset({"voice", "express", "throw", "lend"})


def _support_for_a_thing(parse: Parse, tok: Token, event: Event) -> bool:
    """'Voiced support for a single-payer health system': what the support is for is a thing (a
    common noun that names no one, and no party of the event), not an actor."""
    if tok.pos != "VERB" or lemma_of(tok) not in VOICING or event.target.text is not None:
        return False
    supports = [k for k in parse.children(tok.i) if k.dep == "dobj"]  # "support", "backing", "weight"
    preps = [
        p
        for k in supports
        for p in parse.children(k.i)
        if p.dep == "prep" and p.lower in ("for", "behind", "to")
    ]
    backed = [g for p in preps for g in parse.children(p.i) if g.dep == "pobj"]
    return bool(backed) and all(_a_thing(parse, g) for g in backed)


#: verbs of praise, which endorse a party (CAMEO 051) when they name or imply one
PRAISING = frozenset(
    {"praise", "hail", "laud", "applaud", "commend", "welcome", "salute", "celebrate", "acclaim", "extol"}
)
#: entity types of amounts and times, which name no party ("hailed 71 months of job growth")
AMOUNTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "QUANTITY", "ORDINAL"})
#: what a party decides, says or does, whose praise is praise of that party ("applauded the ruling")
PARTY_ACTS = PROPOSALS | frozenset(
    {"ruling", "decision", "verdict", "judgment", "judgement", "move", "announcement", "statement", "step",
     "agreement", "accord", "law", "bill", "order", "appointment", "nomination", "vote", "victory", "win",
     "release", "choice", "speech", "remark", "comment", "effort", "leadership", "work", "role"}
)  # fmt: skip


def _praise_of_a_thing(parse: Parse, tok: Token, event: Event) -> bool:
    """'Obama hailed the record streak of private-sector job growth': praise of a thing that is no
    party's (no owner, no one named by its "of" or "by") and with no one praised is an opinion, not an
    endorsement (the guidelines: praise by a covered actor of a covered actor). "Praised Obama's
    presidency" and "praised the efforts of John Kerry" praise their owners."""
    if tok.pos != "VERB" or lemma_of(tok) not in PRAISING or event.type != "SUPPORT" or event.target.text:
        return False
    praised = [k for k in parse.children(tok.i) if k.dep == "dobj"]
    return bool(praised) and all(_nobodys_thing(parse, noun) for noun in praised)


def _nobodys_thing(parse: Parse, noun: Token) -> bool:
    """A common noun, or an amount or a time, that names no kind of person or body, with no owner and
    no party named by its "of", "by" or "from"."""
    if noun.pos != "NOUN" or (noun.ent_type and noun.ent_type not in AMOUNTS) or agent_for(lemma_of(noun)):
        return False
    if lemma_of(noun) in PARTY_ACTS or match_trigger(parse, noun) is not None:
        return False  # "applauded the ruling", "welcomed the ceasefire": a party's act
    kids = parse.children(noun.i)
    if any(k.dep == "poss" for k in kids) or any(
        _names_someone(parse, k) for k in kids if k.dep in CONTENT_CLAUSES
    ):
        return False  # "welcomed the news that Kasich would quit"
    named = _prep_objects(parse, noun, ("of", "by", "from"))
    return not any(g.pos in ("PROPN", "PRON") or (g.ent_type and g.ent_type not in AMOUNTS) for g in named)


#: the links of a clause that says what a noun holds ("the news that Kasich would quit")
CONTENT_CLAUSES = frozenset({"acl", "relcl", "ccomp"})


def _names_someone(parse: Parse, clause: Token) -> bool:
    """A proper noun or a personal pronoun in the clause."""
    return any(t.pos == "PROPN" or t.lower in PERSONAL_PRONOUNS for t in parse.subtree(clause.i))


def _opposed_a_practice(parse: Parse, tok: Token) -> bool:
    """'The candidates opposed an increase to the federal minimum wage', 'China opposed hacking',
    'oppose federal intervention': a policy or a practice in general, opposed, is an opinion held,
    as support voiced for a thing is.  What a party put forward or did is rejected: a proposal
    ("opposed a request"), a party's own ("opposed Macron's statement") or one in particular ("the
    deal", "the withdrawal")."""
    if tok.pos != "VERB" or lemma_of(tok) not in STANCE_VERBS:
        return False
    opposed = [k for k in parse.children(tok.i) if k.dep == "dobj"] + _prep_objects(parse, tok, ("to",))
    return bool(opposed) and all(_a_practice(parse, noun) for noun in opposed)


def _a_practice(parse: Parse, noun: Token) -> bool:
    """A gerund, or a common noun, bare or indefinite, of no one and no proposal: "hacking", "an
    increase"."""
    if noun.tag == "VBG":
        return True  # "opposed hacking", "opposes raising taxes": a practice
    if (
        noun.pos != "NOUN"
        or noun.ent_type
        or agent_for(lemma_of(noun)) is not None
        or lemma_of(noun) in PROPOSALS
    ):
        return False
    kids = parse.children(noun.i)
    owned = any(k.dep == "poss" or (k.dep in ("amod", "compound") and k.ent_type) for k in kids)
    return not owned and not any(k.dep == "det" and k.lower in DEFINITE for k in kids)


def _a_thing(parse: Parse, noun: Token) -> bool:
    """A singular common noun that is no entity and names no kind of person or body ("system",
    "bill"); a plural may name people the tables lack ("the strikers"); nor a person's name the
    tagger read as a common noun ("Trump met with Macron")."""
    thing = noun.tag == "NN" and not noun.ent_type and agent_for(lemma_of(noun)) is None
    return thing and not (noun.text[:1].isupper() and known_person(noun.text))


def _main_topic(parse: Parse, noun: Token) -> bool:
    if noun.dep == "compound":  # "a mediation effort", "a bombing campaign": the phrase's head
        noun = parse.tokens[noun.head]
    while noun.dep == "conj" and parse.tokens[noun.head].pos in ("NOUN", "PROPN"):
        noun = parse.tokens[noun.head]  # "sparked controversy and protests": as the first of them
    head = parse.tokens[noun.head]
    if noun.dep == "attr" and any(k.dep == "expl" for k in parse.children(head.i)):
        return head.dep == "ROOT"  # "there were protests in Paris": the sentence tells the act
    if noun.dep == "dobj" and tells_of(parse, head):
        return False  # "Trump hailed the agreements": the sentence tells the hailing
    if noun.dep == "nsubj" and _under_way(parse, head):
        return True  # "an investigation was underway", said or not: the clause tells the act itself
    if _the_reception(parse, noun):
        return True  # "the decision was met with protests": the clause tells the reaction
    return noun.dep in ("nsubj", "nsubjpass", "dobj") and head.dep == "ROOT"


#: verbs of how something is received, whose "with" names the reaction ("was met with protests")
RECEPTIONS = frozenset({"meet", "greet"})


def _the_reception(parse: Parse, noun: Token) -> bool:
    """The noun is what a main clause's verb of reception was met with ("was greeted with protests
    in Seoul", "... but in Hong Kong it was met with protests")."""
    if noun.dep != "pobj" or noun.head == noun.i:
        return False
    prep = parse.tokens[noun.head]
    verb = parse.tokens[prep.head]
    main = verb.dep == "ROOT" or (verb.dep == "conj" and parse.tokens[verb.head].dep == "ROOT")
    return prep.lower == "with" and main and lemma_of(verb) in RECEPTIONS


#: what is said of an act that is going on
UNDER_WAY = frozenset({"underway", "ongoing", "continuing", "under"})


def _under_way(parse: Parse, verb: Token) -> bool:
    """'is underway', 'is ongoing', 'was under way'."""
    return lemma_of(verb) == "be" and any(
        k.dep in ("acomp", "advmod", "prep", "attr") and k.lower in UNDER_WAY for k in parse.children(verb.i)
    )


#: prepositions of the cause of a harm ("killed by an airstrike", "died in a bombing")
CAUSE_PREPOSITIONS = frozenset({"by", "in", "with"})


def _by_force(parse: Parse, verb: Token) -> bool:
    """The harm's cause is named as a weapon or an attack ("killed by a United States military
    airstrike", "wounded in a bombing"): an act of force, beside an accident or not."""
    preps = [
        k
        for k in parse.children(verb.i)
        if k.dep == "agent" or (k.dep == "prep" and k.lower in CAUSE_PREPOSITIONS)
    ]
    causes = [o for p in preps for o in parse.children(p.i) if o.dep == "pobj"]
    return any(lemma_of(c) in weapons() or _names_violence(parse, c) for c in causes)


def _names_violence(parse: Parse, noun: Token) -> bool:
    trig = match_trigger(parse, noun)
    return trig is not None and trig.plover == "ASSAULT"


def _restriction(tok: Token, event: Event) -> bool:
    """A state of emergency or a curfew (also as what is planned or threatened: "planned to
    implement a curfew")."""
    return event.cameo in (EMERGENCY, CURFEW) or lemma_of(tok) == "curfew"


#: types whose words a storm, a fire or a disease is said to do ("it killed nine", "it blocked roads
#: and forced thousands to flee")
DONE_BY_NATURE = frozenset({"ASSAULT", "PROTEST", "COERCE"})


def _beside_natural_cause(parse: Parse, tok: Token) -> bool:
    """This sentence, the one before or the article's lead names an accident, a disaster or a
    disease (a crash story tells its injured several sentences down)."""
    sentences = {0, tok.sent - 1, tok.sent} - {-1}
    return any(_names_natural_cause(parse, t) for n in sentences for t in parse.sentence_tokens(n))


#: verbs whose object "fire" is shooting ("opened fire", "exchanged fire", "returned fire")
SHOOTING_FIRE = frozenset({"open", "exchange", "return", "hold", "cease", "trade", "draw"})


def _shooting(parse: Parse, word: Token) -> bool:
    """'Shots were fired', 'opened fire', 'came under fire', 'sniper fire': the fire of guns, not
    a blaze (the verb "fire" never names one)."""
    if lemma_of(word) != "fire":
        return False
    if word.pos != "NOUN":
        return True
    head = parse.tokens[word.head]
    opened = word.dep == "dobj" and lemma_of(head) in SHOOTING_FIRE
    return opened or _gunfire(parse, word) or under_fire(parse, word) is not None
