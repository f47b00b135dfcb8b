"""The trigger lexicon: which words signal which event (data in ``data/``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from eventwire.datafiles import rows
from eventwire.ontology import known_person
from eventwire.parse import Parse, Token

#: the objects column ``*``: the trigger needs an object, whichever
ANY_OBJECT = frozenset({"*"})


@dataclass(frozen=True)
class Trigger:
    pos: str  # "V" or "N"
    lemma: str
    prep: str | None  # a particle or preposition the trigger needs
    objects: frozenset[str]  # object lemmas it needs; empty for any
    cameo: str
    plover: str
    mode: str | None
    tier: int = 1  # 1: core lexicon; 2: the CAMEO verb dictionary


def data_rows(name: str) -> list[list[str]]:
    """The rows of the events package's ``data/NAME`` (tab-separated, ``#`` comments skipped)."""
    return rows("eventwire.events", name)


def _dash(value: str) -> str | None:
    return None if value in ("", "-") else value


@cache
def object_sets() -> dict[str, frozenset[str]]:
    """data/object_sets.tsv: name -> the object words a trigger row names as ``$name``."""
    return {name: frozenset(words.split(",")) for name, words in data_rows("object_sets.tsv")}


def _objects(field: str) -> frozenset[str]:
    """A row's object words, each ``$name`` replaced by its set's words."""
    if field == "-":
        return frozenset()
    words = field.split(",")
    sets = object_sets()
    return frozenset(w for word in words for w in (sets[word[1:]] if word.startswith("$") else (word,)))


@cache
def triggers() -> dict[tuple[str, str], list[Trigger]]:
    """Triggers keyed by (pos, lemma)."""
    table: dict[tuple[str, str], list[Trigger]] = {}
    for pos, lemma, prep, objects, cameo, plover, mode in data_rows("triggers.tsv"):
        objs = _objects(objects)
        trig = Trigger(pos, lemma, _dash(prep), objs, cameo, plover, _dash(mode))
        table.setdefault((pos, lemma), []).append(trig)
    return table


@cache
def mode_words() -> dict[str, str]:
    return {word: mode for word, mode in data_rows("modes.tsv")}


@cache
def no_bare_verbs() -> frozenset[str]:
    """Verbs whose bare dictionary entry codes no event (data/no_bare.tsv)."""
    return frozenset(row[0] for row in data_rows("no_bare.tsv"))


@cache
def natural_causes() -> frozenset[str]:
    """Nouns of accidents, disasters and disease: harm they do is no one's act."""
    return frozenset(row[0] for row in data_rows("causes.tsv"))


@cache
def _proxy_kinds() -> dict[str, frozenset[str]]:
    """data/proxies.tsv read once: kind (weapon, document, provision, act) -> nouns."""
    kinds: dict[str, set[str]] = {}
    for word, kind in data_rows("proxies.tsv"):
        kinds.setdefault(kind, set()).add(word)
    return {kind: frozenset(words) for kind, words in kinds.items()}


def proxies() -> frozenset[str]:
    """Nouns of things that stand for the people behind them as an act's subject: weapons, documents."""
    return frozenset().union(*_proxy_kinds().values())


def documents() -> frozenset[str]:
    """The proxies that are documents or decisions: they stand for their authors."""
    return _proxy_kinds().get("document", frozenset()) | provisions()


def recordings() -> frozenset[str]:
    """Videos, films, books, e-mails: they speak for whoever made or released them ("released a
    video that accuses Cruz"), and do nothing else ("videos show a bomb detonating, injuring 29":
    no attacker)."""
    return _proxy_kinds().get("recording", frozenset())


@cache
def records() -> frozenset[str]:
    """Documents and recordings: things that speak for whoever made them ("a letter claiming
    responsibility", "online ads targeting Clinton")."""
    return documents() | recordings()


def provisions() -> frozenset[str]:
    """The documents that provide or require, and so speak for no one: laws, treaties, plans."""
    return _proxy_kinds().get("provision", frozenset())


def weapons() -> frozenset[str]:
    """The proxies that are weapons or attacks: an act's instrument, never its party."""
    return _proxy_kinds().get("weapon", frozenset())


@cache
def modality_cues() -> dict[str, str]:
    """Cue word -> its kind (``data/cues.tsv``)."""
    return {row[0]: row[1] for row in data_rows("cues.tsv")}


@cache
def verb_only_cues() -> frozenset[str]:
    """Cue words that are cues only as verbs (``data/cues.tsv``, pos V)."""
    return frozenset(row[0] for row in data_rows("cues.tsv") if row[2:] == ["V"])


def lemma_of(tok: Token) -> str:
    return tok.lemma.lower()


#: the object word of triggers.tsv that stands for any named person or personal pronoun
PERSON_OBJECT = "@person"
#: the object word that stands for such a person after a preposition ("spoke to Jeh Johnson")
ADDRESSEE = "@person-after-preposition"
#: the object word that stands for a named body or people as a party ("blasted the Oversight
#: Committee"): a proper noun the parser gives no type or the type of a name that can act
NAMED_PARTY = "@named-party"
PERSONAL_PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them", "i", "me", "we", "us"})


def a_person(tok: Token) -> bool:
    """A named person (the parser's, or a name the actor dictionary knows as a person's, which the
    parser may tag otherwise: "called Sanders") or a personal pronoun."""
    if tok.ent_type == "PERSON" or (tok.pos == "PRON" and tok.lower in PERSONAL_PRONOUNS):
        return True
    return tok.pos == "PROPN" and tok.ent_type not in ("GPE", "LOC", "NORP") and known_person(tok.text)


#: tags of relative pronouns ("that", "which", "who", "whom")
RELATIVES = frozenset({"WDT", "WP"})

#: clauses a verb takes whose opening preposition belongs to the verb ("call for X to do")
CLAUSES = ("advcl", "ccomp", "xcomp")


#: particles of phrasal verbs that the parser sometimes labels adverbs
ADVERB_PARTICLES = frozenset({"down", "up", "out", "off", "back", "away"})


#: people who protest as a crowd, whatever they do: the common core of ``senses.CROWDS`` (who
#: gathers to demonstrate) and ``plover_rules.CROWD_MAKERS`` (who storms or occupies as a protest)
PROTESTERS = frozenset(
    {"protester", "protestor", "demonstrator", "activist", "crowd", "supporter", "marcher"}
)

#: prepositions that place an act before or after another ("killed days after the bombings",
#: "hours before the attack"): the act they govern is not the other one
SEQUENCE_PREPOSITIONS = frozenset({"following", "after", "before", "since", "until", "ahead"})

#: prepositions of the means by which something is done, or of the time and circumstances of
#: doing it ("withdrew from the city after the agreement"): their object is no object of the verb
MEANS_PREPS = frozenset(
    {"via", "aboard", "atop", "after", "before", "since", "during", "until", "amid", "despite", "following"}
)


def names_time(tok: Token) -> bool:
    """The word is part of a date or a time ("Friday", "August 30"): never a party."""
    return tok.ent_type in ("DATE", "TIME")


def of_time(parse: Parse, prep: Token) -> bool:
    """'on Tuesday', 'in March': a phrase of time, never the preposition a trigger needs ("Biden
    called Netanyahu on Tuesday" is no call on him) nor whom an act was aimed at."""
    return prep.dep == "prep" and any(g.dep == "pobj" and names_time(g) for g in parse.children(prep.i))


#: prepositions a verb needs that the parser may hang on the phrase before them
LOW_ATTACHED = frozenset({"with"})
#: acts of force, arrests and protests: the acts done to people, whose every mention is kept, and which
#: are carried out or led rather than issued
FORCE_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST"})
#: entity types of parties: people, groups, organisations, places that act as states
PARTY_ENTITIES = frozenset({"PERSON", "NORP", "ORG", "GPE"})
#: the kinds of names that can do an act ("bombings in Jakarta by Islamist militants"): the parties
#: less the places, which may only be where an act is aimed ("an ad targeting Iowa": its voters)
DOER_ENTITIES = PARTY_ENTITIES - {"GPE"}
#: determiners of a noun phrase that names something already known to the reader ("the attack",
#: "these demands")
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
#: what is put to a party to take or leave: not taking it is rejecting it (PLOVER REJECT)
PROPOSALS = frozenset(
    {"offer", "proposal", "deal", "plan", "demand", "request", "terms", "ceasefire", "truce", "settlement",
     "bid", "compromise", "ultimatum", "invitation", "resolution"}
)  # fmt: skip
#: the definite article alone ("as the director": a post, not "this"/"that" one)
THE = frozenset({"the"})


#: compound prepositions that set an act against the one done ("praised them instead of attacking
#: his rivals"): what they introduce is not done, and their own words name no act ("as opposed to")
AS_OPPOSED_TO = ("as", "opposed", "to")
INSTEAD_OF = (("instead", "of"), ("rather", "than"), AS_OPPOSED_TO)


def words_at(parse: Parse, start: int, words: tuple[str, ...]) -> bool:
    """The tokens from ``start`` on are these words, in order."""
    found = parse.tokens[start : start + len(words)] if start >= 0 else []
    return len(found) == len(words) and all(t.lower == w for t, w in zip(found, words, strict=True))


def determined(parse: Parse, noun: Token, determiners: frozenset[str] = DEFINITE) -> bool:
    """The noun has a possessor ("his arrest", "protesters' demands") or one of these determiners
    ("the request"): a phrase that names something in particular."""
    return any(k.dep == "poss" or (k.dep == "det" and k.lower in determiners) for k in parse.children(noun.i))


def _hung_lower(parse: Parse, kids: list[Token]) -> set[str]:
    """'charged the suspect in the shooting with capital murder': the parser hangs "with" on
    "shooting"; read it as the verb's own when it follows the verb's object or its phrase ("in an
    interview with MSNBC, he spoke": a phrase before the verb keeps its "with")."""
    nouns = [k for k in kids if k.dep == "dobj"]
    after = [k for k in kids if k.dep == "prep" and k.i > k.head]
    nouns += [g for k in after for g in parse.children(k.i) if g.dep == "pobj"]
    return {
        g.lower for n in nouns for g in parse.children(n.i) if g.dep == "prep" and g.lower in LOW_ATTACHED
    }


#: nouns that only name an undertaking, so that the event noun modifying them is the event
UNDERTAKINGS = frozenset(
    {"effort", "mission", "campaign", "operation", "bid", "attempt", "initiative", "drive"}
    | {"spree", "rampage", "spate", "wave"}  # a run of the acts: "a stabbing spree", "a bombing wave"
)


def _word_class(parse: Parse, tok: Token) -> str | None:
    """ "V" for a verb, "N" for a noun (also for the "-ing" word the parser may read as an adjective
    before an undertaking, "went on a stabbing spree", or as a verb under a determiner, "after the
    police shooting of a black man sparked protests"), "A" for a predicate adjective."""
    if tok.pos == "VERB":
        return "N" if _determined_gerund(parse, tok) else "V"
    if tok.pos == "NOUN":
        return "N"
    if tok.pos == "ADJ" and tok.dep == "acomp":
        return "A"  # a predicate adjective: "was sharply critical of Republicans"
    ing = tok.pos == "ADJ" and tok.dep == "amod" and tok.lower.endswith("ing")
    return "N" if ing and parse.tokens[tok.head].lemma.lower() in UNDERTAKINGS else None


#: the determiners under which an "-ing" form names an act ("the shooting", "a killing")
ARTICLES_AND_DEMONSTRATIVES = DEFINITE | {"a", "an"}


def _determined_gerund(parse: Parse, tok: Token) -> bool:
    """An "-ing" form under an article or a demonstrative, with no object of its own, is a noun
    whatever the parser says: "the shooting of a black man", "this killing"; not "the super PAC
    backing Clinton", where the article is the noun's the parser hung on the verb."""
    if tok.tag != "VBG":
        return False  # most verbs: no need to look at their dependents
    kids = parse.children(tok.i)
    determined = any(k.dep == "det" and k.lower in ARTICLES_AND_DEMONSTRATIVES for k in kids)
    return determined and not any(k.dep in ("dobj", "nsubj", "ccomp") for k in kids)


def _contact_relative(kids: list[Token]) -> bool:
    """A relative clause with no relative pronoun, a subject of its own and no object: the noun it
    modifies is its object ("the agreement Mrs. Clinton had struck with the White House")."""
    subject = any(k.dep == "nsubj" and k.tag not in RELATIVES for k in kids)
    return subject and not any(k.dep in ("dobj", "nsubjpass", "ccomp", "xcomp") for k in kids)


#: the "prep" of a noun's trigger row that an infinitive clause of the noun stands for ("call to-inf")
TO_INFINITIVE = "to-inf"


#: verbs that take, make or get a thing for a purpose ("took a call to discuss the deal")
HANDLING_VERBS = frozenset(
    {"take", "make", "get", "receive", "return", "place", "answer", "have", "hold", "use"}
)


def _infinitive_after(parse: Parse, noun: Token, kids: list[Token]) -> bool:
    """The noun has an infinitive clause ("calls to impeach him"), or is followed at once by one the
    parser hung on the verb above ("renewed his call to raise the wage": "to raise" under "renewed")."""
    if any(k.dep in ("acl", "relcl") and parse.infinitive_to(k.i) is not None for k in kids):
        return True
    head = parse.tokens[noun.head]
    if lemma_of(head) in HANDLING_VERBS:
        return False  # "took a call to discuss the deal": the infinitive is why the call was taken
    # where an infinitive right after the noun would stand, counting each of the noun's dependents
    # after it as one word ("renewed his call to raise"); the end of the noun's whole phrase was tried
    # and made "arranging calls with both Sanders and Clinton to discuss the race" a request
    after = noun.i + 1 + sum(1 for k in kids if k.i > noun.i)
    return any(
        k.dep in ("advcl", "xcomp") and (to := parse.infinitive_to(k.i)) is not None and to.i == after
        for k in parse.children(head.i)
    )


def match_trigger(parse: Parse, tok: Token) -> Trigger | None:
    """The trigger this token fires, checking its particle/preposition and object."""
    pos = _word_class(parse, tok)
    if pos is None:
        return None
    word = tok.lower if pos == "N" and tok.pos == "VERB" else lemma_of(tok)  # "the shooting": shooting
    candidates = triggers().get((pos, word), [])
    if not candidates:
        return None
    kids = parse.children(tok.i)
    preps = {lemma_of(k) for k in kids if k.dep in ("prt", "prep", "agent") and not of_time(parse, k)}
    preps |= _hung_lower(parse, kids) if pos == "V" else set()
    # a particle the parser took for an adverb: "stepped down" (down: advmod)
    preps |= {k.lower for k in kids if k.dep == "advmod" and k.lower in ADVERB_PARTICLES}
    # "called for the bill to be dropped": the preposition opens the clause that follows
    preps |= {lemma_of(g) for k in kids if k.dep in CLAUSES for g in parse.children(k.i) if g.dep == "mark"}
    if pos == "N" and _infinitive_after(parse, tok, kids):
        preps.add(TO_INFINITIVE)  # "his call to raise the minimum wage": what the noun asks be done
    # an object, or a complement that says what the object was found or taken to be ("found guilty")
    # a bracket or a quote mark the parser hung as an object is none ("the explosion gasses [and]")
    kinds = ("dobj", "nsubjpass", "attr", "oprd", "acomp")
    objects = {lemma_of(k) for k in kids if k.dep in kinds and any(c.isalnum() for c in k.text)}
    objects |= {lemma_of(k) for k in kids if k.dep == "ccomp" and k.pos == "ADJ"}  # "found them guilty"
    objects |= _kind_of_name(parse, kids)  # "banned Iranian airline Mahan Air": an airline
    objects |= _said_to_be(parse, kids)  # "ruled that the law was unconstitutional"
    # "granted Angela Stanton a full pardon": the parser hangs the direct object on the indirect one
    objects |= {
        lemma_of(g) for k in kids if k.dep == "dative" for g in parse.children(k.i) if g.dep == "appos"
    }
    objects |= _reduced_relative_object(parse, kids)  # "reconsidered his decision made the day before"
    if tok.dep == "acl" and tok.tag == "VBN" and tok.head != tok.i:
        objects.add(lemma_of(parse.tokens[tok.head]))  # "an operation supported by Russia"
    # "the deal that was signed", "the deal which he signed": the relative pronoun stands for the noun
    if tok.dep == "relcl" and (
        any(k.dep in ("dobj", "nsubjpass") and k.tag in RELATIVES for k in kids) or _contact_relative(kids)
    ):
        objects.add(lemma_of(parse.tokens[tok.head]))
    if any(a_person(k) for k in kids if k.dep in ("dobj", "nsubjpass")):
        objects.add(PERSON_OBJECT)  # "released Kyle Rittenhouse", "he was released"
    if any(_a_named_party(k) for k in kids if k.dep in ("dobj", "nsubjpass")):
        objects.add(NAMED_PARTY)  # "blasted the Oversight Committee", "Mexico was ripped"
    if pos == "N" and any(a_person(k) for k in kids if k.dep == "poss"):
        objects.add(PERSON_OBJECT)  # "Rittenhouse's charges", "his charges": a person's
    # "provided Ukraine with air defence systems"; not "opened an investigation into the fire", where
    # the phrase belongs to the event noun, not the verb (looked for only where there is a phrase)
    objects |= _phrase_objects(parse, kids, pos)
    if pos == "N":  # a noun's modifiers narrow it like a verb's object: "hunger strike", "general strike"
        objects |= {lemma_of(k) for k in kids if k.dep in ("compound", "amod")}
    named = objects | _undergoers(parse, tok)
    if any(t.mode == EXPLOSIVES for t in candidates):
        named |= _bomb_told(parse, tok)
    if any(t.mode == "allege" for t in candidates):
        named |= _claimed(parse, tok)
    ordered = sorted(candidates, key=lambda t: (t.prep is None, not t.objects))
    return _first_fit(ordered, preps, objects, named)


def _a_named_party(tok: Token) -> bool:
    """A name of a party: a proper noun of a party's entity type, or of none ("blasted Oversight")."""
    return tok.pos == "PROPN" and (tok.ent_type in DOER_ENTITIES or not tok.ent_type)


def _a_persons(parse: Parse, noun: Token) -> bool:
    """The noun is a named person's: "Clinton's environmental record"."""
    return any(k.dep == "poss" and a_person(k) for k in parse.children(noun.i))


def _phrase_objects(parse: Parse, kids: list[Token], pos: str) -> set[str]:
    """The objects of the word's prepositions, and whether one is a person ("spoke to Jeh Johnson",
    "a defense of her husband"); none where the phrase belongs to an act noun the word carries."""
    phrases = [k for k in kids if k.dep == "prep" and k.lower not in MEANS_PREPS]  # "launched via a rocket"
    preps_objects = [g for k in phrases for g in parse.children(k.i) if g.dep == "pobj"]
    # a person after "after" is no time or means: whom one goes after ("went after Hillary Clinton",
    # "went after Clinton's environmental record")
    after = [g for k in kids if k.dep == "prep" and k.lower == "after" for g in parse.children(k.i)]
    gone_after = any(g.dep == "pobj" and (a_person(g) or _a_persons(parse, g)) for g in after)
    if not (preps_objects or gone_after) or _carries_an_act(parse, kids):
        return set()
    objects = {ADDRESSEE} if gone_after else set()
    objects |= {lemma_of(g) for g in preps_objects}
    if any(a_person(g) for g in preps_objects):
        objects.add(ADDRESSEE)  # "spoke to Jeh Johnson", "reached out to Mr. Sanders"
        if pos == "N":
            objects.add(PERSON_OBJECT)  # "a defense of her husband", "the release of Kyle Rittenhouse"
    return objects


@cache
def other_sense_words() -> dict[tuple[str, str], frozenset[str]]:
    """data/other_senses.tsv: (pos, lemma) -> the objects or modifiers that give the word a sense
    that names no political act ("heart attack"); read by senses.other_sense."""
    table: dict[tuple[str, str], set[str]] = {}
    for pos, lemma, words in data_rows("other_senses.tsv"):
        table.setdefault((pos, lemma), set()).update(words.split(","))
    return {key: frozenset(words) for key, words in table.items()}


#: the mode of the triggers of a bomb going off ("exploded", "the blast", "set off")
EXPLOSIVES = "explosives"
#: words that tell of a bomb: after them, an explosion is a bomb's (KAIROS' Conflict.Attack.DetonateExplode)
BOMB_WORDS = frozenset({"bomb", "bomber", "bombing", "explosive", "ied", "grenade", "car-bomb", "detonator"})
#: words that tell of an attack: after them too, a bare explosion is the attack's ("alleged drone
#: attack ... after an explosion was heard", "the attacker", "a terrorist act")
ATTACK_WORDS = frozenset({"attack", "attacker", "terrorist", "terrorism", "suicide"})
#: words of a bomb going off that say nothing else ("the blast", "it exploded"), unlike "set off", "go off"
BURSTS = frozenset({"explosion", "blast", "explode", "detonate", "detonation"})
#: what a bomb told before is called when it goes off again ("one of them exploded", "the bombs they set off")
STAND_INS = frozenset({"it", "they", "them", "one", "that", "which", "what"})


#: what carries a bomb and goes off with it ("the vehicle exploded", "two pressure cookers exploded")
CARRIERS = frozenset(
    {"vehicle", "car", "truck", "van", "bus", "motorcycle", "motorbike", "bicycle", "bag", "backpack"}
    | {"rucksack", "package", "parcel", "cooker", "suitcase", "box", "container", "drone", "vest", "belt"}
)


def _bomb_told(parse: Parse, tok: Token) -> set[str]:
    """{"bomb"} when the article has told of a bomb before this word (or in its sentence) and the
    word names nothing but an explosion: a bare "explosion" or "blast" (a "gas explosion" names
    another), "exploded" or "went off" said of nothing else or of a word that stands for the bomb
    ("one of them exploded", "it went off", "the vehicle exploded"); or the same after the article
    told of an attack or of terrorism (ATTACK_WORDS). An explosion in an article with no bomb and no
    attack in it is an accident, not an attack."""
    lemma = lemma_of(tok)
    kids = parse.children(tok.i)
    own = ("compound",) if tok.pos in ("NOUN", "PROPN") else ("nsubj", "nsubjpass", "dobj")
    things = {lemma_of(k) for k in kids if k.dep in own} - BOMB_WORDS - STAND_INS - CARRIERS
    if lemma in BURSTS:
        fits = not things
    else:  # "go off": said of the bomb, or of a word that stands for it
        fits = lemma == "go" and not things and any(k.dep == "nsubj" for k in kids)
    return {"bomb"} if fits and attack_told(parse, tok) else set()


def attack_told(parse: Parse, tok: Token) -> bool:
    """The article, up to the end of the word's sentence, has told of a bomb, an attack or terrorism."""
    end = parse.sents[tok.sent].end
    return any(_of_a_bomb_or_attack(parse, t) for t in parse.tokens[:end])


def _of_a_bomb_or_attack(parse: Parse, word: Token) -> bool:
    """A word of BOMB_WORDS or ATTACK_WORDS, not an attack in another sense ("a heart attack")."""
    lemma = lemma_of(word)
    if lemma in BOMB_WORDS or lemma not in ATTACK_WORDS:
        return lemma in BOMB_WORDS
    senses = other_sense_words().get(("N", lemma), frozenset())
    return not any(k.dep in ("compound", "amod") and lemma_of(k) in senses for k in parse.children(word.i))


def _kind_of_name(parse: Parse, kids: list[Token]) -> set[str]:
    """The common noun that says what a named object is ("airline" of "airline Mahan Air")."""
    names = [k for k in kids if k.dep in ("dobj", "nsubjpass") and k.pos == "PROPN"]
    return {
        lemma_of(g) for k in names for g in parse.children(k.i) if g.dep == "compound" and g.pos == "NOUN"
    }


def _reduced_relative_object(parse: Parse, kids: list[Token]) -> set[str]:
    """The object the parser took for the subject of a clause: "reconsidered [his decision made the
    previous day]" read as a clause "his decision made ..." whose participle has no auxiliary."""
    # the participle: the parser tags it either way
    clauses = [k for k in kids if k.dep == "ccomp" and k.tag in ("VBN", "VBD")]
    bare = [c for c in clauses if not any(g.dep in ("aux", "auxpass") for g in parse.children(c.i))]
    return {lemma_of(g) for c in bare for g in parse.children(c.i) if g.dep == "nsubj"}


def _said_to_be(parse: Parse, kids: list[Token]) -> set[str]:
    """What a clause of the verb says something is ("found that X was guilty": guilty)."""
    copulas = (k for k in kids if k.dep == "ccomp" and k.lemma.lower() == "be")
    return {lemma_of(g) for c in copulas for g in parse.children(c.i) if g.dep == "acomp"}


def _carries_an_act(parse: Parse, kids: list[Token]) -> bool:
    """The verb's direct object is an event noun: the verb is its light verb ("opened an inquiry")."""
    return any(k.dep == "dobj" and k.pos == "NOUN" and match_trigger(parse, k) is not None for k in kids)


def _first_fit(
    candidates: list[Trigger], preps: set[str], objects: set[str], named: set[str]
) -> Trigger | None:
    """The first trigger whose particle and object the word's dependents meet."""
    for trig in candidates:
        if trig.prep and trig.prep not in preps:
            continue
        if trig.objects == ANY_OBJECT and not objects:
            continue  # "warned Iran", "warned of retaliation"; not "warned that ..."
        if trig.objects and trig.objects != ANY_OBJECT and not (trig.objects & named):
            continue
        return trig
    return None


def _claimed(parse: Parse, tok: Token) -> set[str]:
    """The nouns of the clause a verb of alleging states ("claimed Biden only won due to voter
    fraud"): what is alleged, which may meet a trigger's list of objects ("claim" of fraud), not its
    need for one."""
    if tok.pos != "VERB":
        return set()
    clauses = [k for k in parse.children(tok.i) if k.dep == "ccomp"]
    return {lemma_of(t) for c in clauses for t in parse.subtree(c.i) if t.pos == "NOUN"}


def _undergoers(parse: Parse, tok: Token) -> set[str]:
    """The subject of a verb used intransitively, which undergoes it as an object would: "a bomb
    exploded", "troops deployed".  It may meet a trigger's list of objects, not its need for one.
    A verb with a that-clause has it for its object ("the mayor lamented that ...")."""
    kids = parse.children(tok.i)
    if tok.pos != "VERB" or any(k.dep in ("dobj", "nsubjpass", "auxpass", "ccomp") for k in kids):
        return set()
    return {lemma_of(k) for k in kids if k.dep == "nsubj"}
