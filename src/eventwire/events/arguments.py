"""Who did it and to whom: the source and target of a trigger, from the parse.

Active voice: subject is the source, direct object the target.  Passive voice:
the ``by`` agent is the source, the passive subject the target.  A verb with no
subject of its own borrows one through coordination, control (``xcomp``) and
participle clauses.  A nominal trigger ("the assassination of X", "a drone
strike on X", "carried out an attack") takes its source from a possessor, a
``by`` phrase or the subject of the verb that governs it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial

from eventwire.events.lexicon import (
    CLAUSES,
    DOER_ENTITIES,
    FORCE_TYPES,
    PARTY_ENTITIES,
    RELATIVES,
    SEQUENCE_PREPOSITIONS,
    UNDERTAKINGS,
    a_person,
    lemma_of,
    match_trigger,
    modality_cues,
    names_time,
    of_time,
    other_sense_words,
    records,
    weapons,
)
from eventwire.ontology import actor_for, agent_for, country_for, petrarch_conventions
from eventwire.parse import Parse, Token
from eventwire.places.gazetteer import COUNTRY, gazetteer

SUBJECTS = ("nsubj", "csubj")
PASSIVE_SUBJECTS = ("nsubjpass", "csubjpass")
#: prepositions that introduce the target of a nominal or intransitive trigger
TARGET_PREPS = ("on", "against", "of", "at", "with", "to", "from", "into", "over")
#: ... of a joint act (meeting, agreeing): not "at", which places it
JOINT_PREPS = tuple(p for p in TARGET_PREPS if p != "at")
#: ... of a fight or a clash: the other side, not the issue or the place ("clashed over immigration")
OPPONENT_PREPS = ("with", "against")
#: verbs whose infinitive's subject is their subject even with an object ("promised X to ...")
SUBJECT_CONTROL = frozenset({"promise"})
#: verbs whose thing object is the means of their infinitive's act, done by their subject ("used
#: live ammunition to disperse protesters"); a person object does it ("used children to carry bombs")
INSTRUMENTAL = frozenset({"use", "employ", "fire", "deploy", "spend", "take"})
#: prepositions of "accused X of", "blamed X for", "warned X against" before a gerund
CONTROL_PREPS = frozenset({"of", "for", "against"})
#: clause links across which a verb borrows its subject from its head
BORROW_SUBJECT = ("conj", "xcomp", "advcl", "pcomp", "acomp")
#: verbs whose object is what is talked about or exchanged, never a party ("traded barbs about racism
#: with Trump": Trump)
TOPIC_VERBS = frozenset({"discuss", "debate", "trade"})
#: verbs of hosting whose "to" names the place guests come to, not a party ("welcomed world leaders
#: to the White House": the leaders)
HOSTING_VERBS = frozenset({"welcome"})
#: prepositions of time or manner whose gerund clause shares the subject of the verb they hang on
#: ("stabbed three people before being arrested", "fled after attacking the police", "was more
#: forceful in blaming Iran", "responded by firing tear gas")
CLAUSE_PREPS = frozenset({"before", "after", "upon", "while", "without", "since", "on", "in", "by"})


@dataclass(frozen=True)
class Arguments:
    source: Token | None
    target: Token | None


def is_passive(parse: Parse, verb: Token) -> bool:
    if _marked_passive(parse, verb) or elided_passive(parse, verb) or _copular_participle(parse, verb):
        return True
    return _state_participle(parse, verb) or _bare_participle(parse, verb)


def _bare_participle(parse: Parse, verb: Token) -> bool:
    """A passive with no "be" whose subject the parser reads as an agent (``nsubj``): a headline, a
    grant denied, or the state an act left someone in."""
    return _headline_participle(parse, verb) or _denied_a_grant(parse, verb) or _left_in_state(parse, verb)


def _left_in_state(parse: Parse, verb: Token) -> bool:
    """'A blast left almost two dozen people injured': the parser may read the people as the subject
    of the participle, a clause of "left"; they are who was injured."""
    if verb.tag != "VBN" or verb.dep not in ("ccomp", "xcomp", "oprd") or verb.head == verb.i:
        return False
    if any(k.dep in ("aux", "auxpass", "dobj") for k in parse.children(verb.i)):
        return False
    return lemma_of(parse.tokens[verb.head]) == "leave"


#: what a court or a state grants or refuses a person: "X denied bail" is "X was denied bail"
GRANTS = frozenset(
    {"bail", "entry", "visa", "parole", "asylum", "permission", "pardon", "clemency", "citizenship",
     "residency", "access"}
)  # fmt: skip
#: verbs whose passive keeps that object ("was denied bail", "was granted asylum")
GRANTING = frozenset({"deny", "refuse", "grant"})
#: entity types of subjects that grant or refuse: states, bodies ("Israel denied entry")
GRANTING_ENTITIES = frozenset({"GPE", "ORG", "NORP"})
#: nouns of those who grant or refuse: their past tense is active ("the judge denied bail")
GRANTORS = frozenset(
    {"judge", "court", "magistrate", "justice", "tribunal", "panel", "board", "government", "ministry",
     "minister", "official", "authority", "police", "state", "country", "embassy", "consulate", "agency",
     "department", "office", "president", "governor", "prosecutor", "jury", "commission", "council"}
)  # fmt: skip


def _denied_a_grant(parse: Parse, verb: Token) -> bool:
    """'San Bernardino shooter's friend denied bail', 'Activist refused entry to Israel': a past
    tense of deny, refuse or grant with no auxiliary, whose object is a grant (bail, a visa, entry)
    and whose subject is no one who grants it, is a passive that keeps its object, the "was" left
    out as headlines do; "the judge denied bail", "denied bail to the suspect" stay active."""
    if lemma_of(verb) not in GRANTING or verb.tag not in ("VBN", "VBD"):
        return False
    kids = parse.children(verb.i)
    if any(k.dep in ("aux", "auxpass", "dative") or _to_someone(parse, k) for k in kids):
        return False
    granted = any(k.dep == "dobj" and lemma_of(k) in GRANTS for k in kids)
    subject = child(parse, verb, "nsubj")
    if not granted or subject is None:
        return False
    return lemma_of(subject) not in GRANTORS and subject.ent_type not in GRANTING_ENTITIES


def _to_someone(parse: Parse, prep: Token) -> bool:
    """'denied bail to the suspect': a "to" whose object is no place (not "entry to Israel")."""
    if prep.dep != "prep" or prep.lower != "to":
        return False
    return any(g.dep == "pobj" and g.ent_type not in ("GPE", "LOC", "FAC") for g in parse.children(prep.i))


def _headline_participle(parse: Parse, verb: Token) -> bool:
    """'Boston Bombing Suspect Arrested', 'Teen Arrested for Planting Bomb': a headline's capitalised
    participle after a capitalised subject, with no auxiliary and no object, is a passive whose "was"
    headlines leave out (an active headline is in the present: "Police Arrest Suspect")."""
    if verb.tag not in ("VBN", "VBD") or not verb.text[:1].isupper() or verb.i == 0:
        return False
    if lemma_of(verb) in DONE_ALONE:
        return False  # "Prime Minister Resigned": he resigned
    if parse.tokens[verb.i - 1].sent != verb.sent:
        return False
    kids = parse.children(verb.i)
    if any(k.dep in ("aux", "auxpass", "dobj", "ccomp", "xcomp") for k in kids):
        return False
    subject = child(parse, verb, "nsubj")
    words = parse.subtree(subject.i) if subject is not None else []
    return bool(words) and all(w.text[:1].isupper() or not w.text[:1].isalpha() for w in words)


#: verbs of acts done with no one acted on, whose headline past tense stays active
DONE_ALONE = frozenset(
    {"resign", "retire", "quit", "withdraw", "flee", "escape", "protest", "march", "rally", "riot",
     "strike", "surrender", "die", "step", "return", "defect", "abstain", "walk"}
)  # fmt: skip


def _state_participle(parse: Parse, verb: Token) -> bool:
    """'Many people dead and wounded', 'three people were dead and wounded': a participle joined to
    an adjective of state is one too, told of those it was done to (no auxiliary of its own)."""
    if verb.tag != "VBN" or verb.dep != "conj" or verb.head == verb.i:
        return False
    own_aux = any(k.dep in ("aux", "auxpass") for k in parse.children(verb.i))
    return parse.tokens[verb.head].pos == "ADJ" and not own_aux


def _copular_participle(parse: Parse, verb: Token) -> bool:
    """'Protesters were tear-gassed by police': the parser reads a hyphenated participle after "be"
    as its complement (``acomp``), and hangs the "by" on "be"; it is a passive.  Not a participle
    that is an adjective ("are opposed to our movement")."""
    if verb.dep != "acomp" or verb.tag != "VBN" or verb.pos != "VERB" or verb.head == verb.i:
        return False
    be = parse.tokens[verb.head]
    hyphenated = verb.i > 0 and parse.tokens[verb.i - 1].text == "-"
    return lemma_of(be) == "be" and (hyphenated or by_agent(parse, be) is not None)


def _copula_agent(parse: Parse, verb: Token) -> Token | None:
    """The "by" of such a participle, on its "be"."""
    return by_agent(parse, parse.tokens[verb.head]) if _copular_participle(parse, verb) else None


def _marked_passive(parse: Parse, verb: Token) -> bool:
    """A passive auxiliary or subject on the verb itself ("were killed")."""
    return any(k.dep in ("auxpass", *PASSIVE_SUBJECTS) for k in parse.children(verb.i))


def _main_verb_misread(parse: Parse, verb: Token) -> bool:
    """A past tense the parser read as a participle on the sentence's subject ("William Conley, a
    United States District judge, ordered last week that ballots be accepted": the name is the
    sentence's root): with no other verb to head the sentence, and an object or a clause of its own,
    which a passive participle does not take, it is the main verb, its noun its subject."""
    head = parse.tokens[verb.head]
    # ... or heads the clause of a conjunction read as a preposition ("The move came after William
    # Conley, a judge, ordered that ...")
    conjunction = head.dep == "pobj" and parse.tokens[head.head].lower in SEQUENCE_PREPOSITIONS
    if (head.dep != "ROOT" and not conjunction) or head.pos not in ("PROPN", "NOUN"):
        return False
    return any(k.dep in ("ccomp", "dobj") for k in parse.children(verb.i))


def elided_passive(parse: Parse, verb: Token) -> bool:
    """A participle conjoined to a passive, its "were" left out: "20 were killed and dozens
    injured".  The parser reads its subject as an agent (``nsubj``); it is who was hurt."""
    if verb.dep != "conj" or verb.head == verb.i:
        return False
    if any(k.dep in ("aux", "auxpass", "dobj", "nsubjpass") for k in parse.children(verb.i)):
        return False
    if lemma_of(verb) in HARM_ONLY_DONE and any(k.dep == "nsubj" for k in parse.children(verb.i)):
        return True  # "... that left him and two officers wounded", joined to the main verb: no one wounds
    head = parse.tokens[verb.head]
    return verb.tag == "VBN" and (_marked_passive(parse, head) or _left_so(parse, head))


#: verbs of harm that always take the harmed as their object when active ("X wounded Y")
HARM_ONLY_DONE = frozenset({"wound", "injure", "maim"})


def _left_so(parse: Parse, verb: Token) -> bool:
    """'Left five dead and 30 injured': 'leave' with the state it left someone in."""
    return lemma_of(verb) == "leave" and any(k.dep == "oprd" for k in parse.children(verb.i))


def _left_so_object(parse: Parse, verb: Token) -> Token | None:
    """'The blast left two officers wounded': the parser hangs the participle on "left" as a clause
    of its own; whom it was left so is the object of "left", not its subject."""
    head = parse.tokens[verb.head]
    return child(parse, head, "dobj") if lemma_of(head) == "leave" else None


def participle_clause(parse: Parse, verb: Token) -> bool:
    """A past participle that opens a clause of its own ("Tarrant appeared in court, charged with
    murder", "backed by Russia, the rebels attacked"): passive; the subject it borrows is acted on."""
    if verb.dep != "advcl" or verb.tag != "VBN" or verb.head == verb.i:
        return False
    return not any(k.dep in ("aux", "auxpass", "nsubj", "nsubjpass") for k in parse.children(verb.i))


def child(parse: Parse, tok: Token, *deps: str) -> Token | None:
    return next((k for k in parse.children(tok.i) if k.dep in deps), None)


def prep_object(parse: Parse, tok: Token, preps: tuple[str, ...]) -> Token | None:
    """The object of the first of tok's prepositions whose word is in preps, but for a phrase of on
    whose part ("on behalf of the families", "in the name of the people") or of time ("clashed on
    Monday with Trump": Trump)."""
    for prep in parse.children(tok.i):
        if prep.dep in ("prep", "agent", "dative") and prep.lower in preps and not of_time(parse, prep):
            obj = child(parse, prep, "pobj")
            if obj is not None and not for_whom(parse, prep):
                return obj
    return None


#: nouns of a phrase that names on whose part an act is done, not whom to ("prosecuting the case on
#: behalf of the government", "acting in the name of the people")
PRINCIPALS = frozenset({"behalf", "name"})


def for_whom(parse: Parse, prep: Token) -> bool:
    """'on behalf of the government', 'in the name of the people': whose part, not whom."""
    return any(g.dep == "pobj" and lemma_of(g) in PRINCIPALS for g in parse.children(prep.i))


def verb_arguments(
    parse: Parse,
    verb: Token,
    prep: str | None,
    symmetric: bool = False,
    tabari: bool = False,
    phrase: frozenset[str] = frozenset(),
) -> Arguments:
    """Source and target of a verb; for a symmetric act ("X and Y agreed") the second party is the target.

    ``tabari``: read a passive as TABARI and PETRARCH do, as passive only when
    it names its agent ("criticized by X"); "X was criticized over ..." then
    has X as its source.  ``phrase``: object words that belong to the trigger
    ("opened fire", "lifted sanctions"); the target is then the object of a
    preposition ("on the crowd", "on Iran") where there is one.
    """
    fixed = _fixed_parties(parse, verb)
    if fixed is not None:
        return fixed
    agent = by_agent(parse, verb) or _shared_agent(parse, verb) or _shot_in_a_gunfight(parse, verb)
    agent = agent or _copula_agent(parse, verb)
    # "Utah: Teen Arrested for ...": a participle with a subject of its own tells of that subject,
    # not of the noun the parser hung it on
    own_subject = child(parse, verb, *PASSIVE_SUBJECTS, *SUBJECTS)
    if verb.dep == "acl" and verb.tag == "VBN" and verb.head != verb.i and own_subject is None:
        if _main_verb_misread(parse, verb):  # "William Conley, a judge, ordered last week that ..."
            return _parties(parse, parse.tokens[verb.head], _direct_object(parse, verb))
        # "the victims killed by a bomb blast": a weapon is no party, its user may be
        return _parties(parse, _behind_weapon(parse, agent), _participle_head(parse, verb, phrase))
    if participle_clause(parse, verb):
        borrowed = _left_so_object(parse, verb) or borrowed_subject(parse, verb, passive=True)
        return _parties(parse, agent, borrowed)
    passive = is_passive(parse, verb)
    if passive and (agent is not None or not tabari):
        return _passive(parse, verb, agent)
    source = child(parse, verb, *PASSIVE_SUBJECTS) if passive else subject_of(parse, verb)
    if source is not None and (
        _goes_off(parse, verb) or (source.dep == "nsubj" and _goes_off(parse, parse.tokens[source.head]))
    ):
        # "one of them exploded, injuring 29": what explodes is no one, in any clause; "a suicide
        # bomber exploded" is the bomber who set himself off; "the bomb planted by the rebels
        # exploded": the rebels
        source = source if lemma_of(source) in AUTHOR_NOUNS else _weapon_user(parse, source)
    elif source is not None and _a_weapon(source):
        # "Israeli air strikes killed ...": the attacker; "a car bomb killed ...": no one named
        source = _behind_weapon(parse, source)
    elif source is not None and rams_people(parse, verb, source):
        source = None  # "a truck rammed into a crowd": the vehicle is the weapon
    elif source is not None and source.pos == "NOUN" and match_trigger(parse, source) is not None:
        source = noun_arguments(parse, source).source or source
    elif source is not None and source.pos == "NOUN" and lemma_of(source) in records():
        source = _author(parse, source) or source  # "Pompeo sent a letter requesting ...": Pompeo
    if _ran_into_a_bomb(parse, verb) or _site_before_gerund(parse, verb, source):
        # "their vehicle hit a landmine": the vehicle was struck; "after the Pulse nightclub shooting"
        # (read as the nightclub shooting): the nightclub is where, struck
        return _parties(parse, None, source)
    return _parties(parse, source, _verb_target(parse, verb, prep, phrase, symmetric, source))


def _fixed_parties(parse: Parse, verb: Token) -> Arguments | None:
    """The parties a construction around the verb fixes: "the court ordered him detained" (the court,
    him); '"It's about time ...," urged Clinton's introducer' (the one who spoke, and no one named)."""
    ordered = ordered_done(parse, verb)
    if ordered is not None and not petrarch_conventions():
        return _parties(parse, *ordered)
    speaker = speaker_after_quote(parse, verb)
    return _parties(parse, speaker, None) if speaker is not None else None


def speaker_after_quote(parse: Parse, verb: Token) -> Token | None:
    """'"Vote for her," urged the mayor': a verb right after a quotation's closing mark and its comma,
    with no subject of its own, says who spoke in the words after it, which the parser may read as
    its object; the one it is said to is not named.  Only a tensed verb that heads its sentence: a
    participle ('"expansionist," accusing it of ...') or a verb sharing a subject ('summed her up as
    "terrible," denounced her record') has its speaker before."""
    if verb.i < 2 or verb.dep not in ("ROOT", "parataxis") or verb.tag not in FINITE:
        return None
    if child(parse, verb, *SUBJECTS, *PASSIVE_SUBJECTS) is not None:
        return None
    before = {t.tag for t in parse.tokens[verb.i - 2 : verb.i]}
    if not {",", "''"} <= before or not any(_quoted_clause(parse, k, verb) for k in parse.children(verb.i)):
        return None
    speaker = child(parse, verb, "dobj")
    return speaker if speaker is not None and speaker.i > verb.i else None


def _quoted_clause(parse: Parse, clause: Token, verb: Token) -> bool:
    """The verb's clause before it has its head inside the quotation that closes right before the
    verb: the words quoted."""
    if clause.i > verb.i or clause.dep not in ("ccomp", "advcl", "parataxis"):
        return False
    opening = [t.i for t in parse.tokens[parse.sents[verb.sent].start : clause.i] if t.tag == "``"]
    return bool(opening) and not any(t.tag == "''" for t in parse.tokens[opening[-1] : verb.i - 2])


#: verbs of ordering whose passive clause tells an act the orderer has done ("ordered him detained")
ORDERING = frozenset({"order", "command"})
#: ... of the types of acts done to someone
ORDERED_ACTS = frozenset({"COERCE", "ASSAULT", "SANCTION"})


def ordered_done(parse: Parse, verb: Token) -> tuple[Token | None, Token] | None:
    """'The court ordered him detained', 'the judge ordered that he be held': a passive clause (a
    participle with its subject and no auxiliary, or a passive) of a verb of ordering tells an act
    its orderer has done to the clause's subject: (orderer, subject)."""
    if verb.head == verb.i or verb.tag not in ("VBN", "VBD") or verb.dep not in ("ccomp", "acl"):
        return None
    trig = match_trigger(parse, verb)
    if trig is None or trig.plover not in ORDERED_ACTS:  # "ordered the troops withdrawn": their own move
        return None
    head = parse.tokens[verb.head]
    if verb.dep == "acl":  # "ordered [the prisoners executed]": the parser hung the participle on them
        orderer = parse.tokens[head.head] if head.dep == "dobj" else None
        ordering = orderer is not None and lemma_of(orderer) in ORDERING and orderer.pos == "VERB"
        return (subject_of(parse, orderer), head) if orderer is not None and ordering else None
    if lemma_of(head) not in ORDERING or head.pos != "VERB":
        return None
    bare = not any(k.dep in ("aux", "auxpass") for k in parse.children(verb.i))
    subject = child(parse, verb, "nsubj") if bare else child(parse, verb, "nsubjpass")
    return (subject_of(parse, head), subject) if subject is not None else None


#: verbs of being kept in custody ("remain in custody", "be held in custody")
KEPT = frozenset({"remain", "stay", "be", "hold", "keep", "remand"})


def ordered_custody(parse: Parse, noun: Token) -> tuple[Token | None, Token] | None:
    """'Judge Paul Kellar ordered the accused remain in custody': custody that a verb of ordering
    keeps someone in is the orderer's act on them: (orderer, the one kept)."""
    if lemma_of(noun) != "custody" or noun.dep != "pobj" or noun.head == noun.i:
        return None
    prep = parse.tokens[noun.head]
    verb = parse.tokens[prep.head] if prep.lower in ("in", "into") and prep.head != prep.i else None
    if verb is None or lemma_of(verb) not in KEPT or verb.dep != "ccomp" or verb.head == verb.i:
        return None
    head = parse.tokens[verb.head]
    # "ordered the accused remain in custody": the parser may make the one kept the order's object
    kept = child(parse, verb, "nsubj", "nsubjpass", "dobj") or child(parse, head, "dobj")
    if lemma_of(head) not in ORDERING or kept is None:
        return None
    return subject_of(parse, head), kept


def _site_before_gerund(parse: Parse, verb: Token, subject: Token | None) -> bool:
    """'The Pulse nightclub shooting': a site noun right before a gerund that the parser made its
    subject is the site of an act named as a noun, not someone who acts."""
    if subject is None or verb.tag != "VBG" or subject.i != verb.i - 1 or subject.dep != "nsubj":
        return False
    return subject.pos == "NOUN" and lemma_of(subject) in SITE_NOUNS


def _verb_target(
    parse: Parse, verb: Token, prep: str | None, phrase: frozenset[str], symmetric: bool, source: Token | None
) -> Token | None:
    """Whom the active verb's act is done to: its object, else the object of its preposition."""
    if lemma_of(verb) in DETONATING and child(parse, verb, "dobj") is not None:
        return _bombed_site(parse, verb)  # what is set off is no target; the site where it went off is
    # "discussed the pandemic with X": what is discussed is the topic, the other party comes after "with"
    topic = lemma_of(verb) in TOPIC_VERBS
    target = _partner(parse, verb) if topic else _object(parse, verb, prep, phrase, symmetric)
    if lemma_of(verb) in HOSTING_VERBS and prep == "to":
        target = _direct_object(parse, verb)
    if target is not None and lemma_of(verb) in USING_VERBS and _a_weapon(target):
        target = prep_object(parse, verb, ("against", "on", "at"))  # "used tear gas on the crowd"
    combat = lemma_of(verb) in COMBAT
    if target is None and (symmetric or combat) and source is not None:
        # "X and Y will meet with Z": Z; "X and Y met", "X and Y clashed": each the other
        target = prep_object(parse, verb, ("with",)) or child(parse, source, "conj")
    if target is None:  # a joint act's "at" is where the parties met or agreed ("met at the Elysee")
        preps = (prep,) if prep else JOINT_PREPS if symmetric else TARGET_PREPS
        if prep in AIMING_PARTICLES:  # "hit out at the mayor", "lashed out at the nominee"
            preps = (prep, *AIMED_AT)
        # "clashed over immigration", "clashed on the debate stage": the issue or the place, not a side
        target = prep_object(parse, verb, OPPONENT_PREPS if combat else preps)
    if target is None:
        target = _in_support_of(parse, verb, phrase) or _accused_in_clause(parse, verb)
    target = target or _refused_to(parse, verb) or _asked_for_them_to(parse, verb, prep)
    target = target or _demanded_of(parse, verb)
    return target if target is not None else _bombed_site(parse, verb)


#: particles of verbs whose act is aimed at someone ("lashed out at the GOP nominee", "hit back at
#: critics"; not "went off at 7:58", where "at" says when or where), and the prepositions that name whom
AIMING_PARTICLES = frozenset({"out", "back"})
AIMED_AT = ("at", "against")


def _asked_for_them_to(parse: Parse, verb: Token, prep: str | None) -> Token | None:
    """'Clinton is calling for the United States to take a stronger role': the one asked is the
    subject of the clause that "for" opens, when it names a party."""
    if prep != "for":
        return None
    for clause in parse.children(verb.i):
        marked = any(k.dep == "mark" and k.lower == "for" for k in parse.children(clause.i))
        subject = child(parse, clause, "nsubj") if marked and clause.dep in CLAUSES else None
        if subject is not None and _a_party_named(subject):
            return subject
    return None


#: tags of finite verbs, which a subject of their own comes before
FINITE = frozenset({"VBD", "VBZ", "VBP"})
#: verbs that take a mandative clause, whose subject is the one asked ("demanded that police release
#: the video", "urged that Congress act"); not "insist", which as often states a fact
MANDATIVE = frozenset(
    {"demand", "urge", "request", "require", "order", "command", "ask", "recommend", "propose"}
)
#: tags of a clause told as fact, not asked for ("demanded that it was done", "asks that he resigns"):
#: the finite ones but the present's bare form, which a mandative clause shares ("that they resign")
FACT_TAGS = FINITE - {"VBP"}


def _demanded_of(parse: Parse, verb: Token) -> Token | None:
    """'Protesters demanded that the mayor resign': the one asked is the subject of the mandative
    clause (its verb in the bare form, or with "should"), when it names a party; a passive one
    ("demanding that the flag be removed") asks no one named."""
    if lemma_of(verb) not in MANDATIVE:
        return None
    return _clause_subject(parse, verb, partial(_mandative, parse))


def _mandative(parse: Parse, clause: Token) -> bool:
    """The clause asks for its act: no tense of fact, no auxiliary but "should" or "must"."""
    tensed = any(k.dep == "aux" and k.lower not in ("should", "must") for k in parse.children(clause.i))
    return clause.tag not in FACT_TAGS and not tensed


def _clause_subject(parse: Parse, verb: Token, fits: Callable[[Token], bool]) -> Token | None:
    """The subject of the verb's content clause, when the clause fits and its subject names a party
    (a name, or a body named by a role noun: "the government")."""
    for clause in parse.children(verb.i):
        subject = child(parse, clause, "nsubj") if clause.dep == "ccomp" and fits(clause) else None
        if subject is not None and _a_party_named(subject):
            return subject
    return None


#: words of refusing whose infinitive's object is whom the refusal is toward ("refused to endorse Ryan")
REFUSALS = frozenset({"refuse", "refusal", "decline"})


def _refused_to(parse: Parse, word: Token) -> Token | None:
    """'Trump refused to endorse Ryan', 'Trump's refusal to endorse Ryan', 'Iran refused to admit the
    inspectors': the one the refused act would have been done to, when it names someone."""
    if lemma_of(word) not in REFUSALS:
        return None
    acts = [
        k
        for k in parse.children(word.i)
        if k.dep in ("xcomp", "acl") and parse.infinitive_to(k.i) is not None
    ]
    done_to = [_party_word(parse, child(parse, act, "dobj")) for act in acts]
    return next((t for t in done_to if t is not None and _a_party_named(t)), None)


def _a_party_named(word: Token) -> bool:
    """A person or a named party, or a noun the agent table knows ("the only Republican")."""
    return _names_party(word) or agent_for(lemma_of(word)) is not None


#: verbs of alleging whose content clause names the accused as its subject ("alleged that X ...")
ALLEGING = frozenset({"allege", "charge", "complain", "carp", "grumble", "gripe"})


def _accused_in_clause(parse: Parse, verb: Token) -> Token | None:
    """'Democrats charged that the White House had obstructed the inquiry': the active subject of
    what is alleged is whom it is alleged of, when it names someone (not "that fraud took place")."""
    if lemma_of(verb) not in ALLEGING:
        return None
    return _clause_subject(parse, verb, lambda clause: clause.pos in ("VERB", "AUX"))


def _in_support_of(parse: Parse, verb: Token, phrase: frozenset[str]) -> Token | None:
    """'Came out in support of Cruz', 'spoke out in favor of Clinton': whom the stance the trigger
    needs is for."""
    stance = prep_object(parse, verb, ("in",))
    if stance is None or lemma_of(stance) not in phrase & STANCES:
        return None
    return prep_object(parse, stance, ("of",))


#: stances taken "in ... of" someone ("in support of", "in favor of"; not "held in contempt of")
STANCES = frozenset({"support", "favor", "favour", "defense", "defence", "solidarity"})


def _ran_into_a_bomb(parse: Parse, verb: Token) -> bool:
    """'Their vehicle hit a landmine', 'a convoy struck a roadside bomb': what hits a bomb is what
    the bomb struck; who laid it is not named."""
    bomb = child(parse, verb, "dobj")
    return lemma_of(verb) in ("hit", "strike") and bomb is not None and lemma_of(bomb) in EXPLOSIVES


def _author(parse: Parse, document: Token) -> Token | None:
    """Who a document is by: "a letter by X", "X's letter", or the subject of the verb it is the
    object of ("X sent a letter", "X signed an open letter")."""
    own = prep_object(parse, document, ("by",)) or child(parse, document, "poss")
    if own is not None or document.dep != "dobj" or document.head == document.i:
        return own
    verb = parse.tokens[document.head]
    return subject_of(parse, verb) if verb.pos == "VERB" and not is_passive(parse, verb) else None


def _partner(parse: Parse, verb: Token) -> Token | None:
    """Whom a topic is discussed with: "with X" on the verb, or on its object where the parser hangs
    it ("discussed his role with Wikinews")."""
    partner = prep_object(parse, verb, ("with",))
    topic = child(parse, verb, "dobj")
    if partner is None and topic is not None:
        partner = prep_object(parse, topic, ("with",))
    return partner


def _passive(parse: Parse, verb: Token, agent: Token | None) -> Arguments:
    """'X was condemned by Y': Y acted on X.  A passive verb with no subject of its own
    takes one as its target ("Turkey ... was condemned"); with no "by" of its own, its
    agent may hang on its complement ("condemned in a statement by Egypt").  An agent that
    names a weapon or an attack stands for who used it ("hit by drone strikes": no one named)."""
    bare = elided_passive(parse, verb) or _bare_participle(parse, verb)
    target = child(parse, verb, *PASSIVE_SUBJECTS, *(("nsubj",) if bare else ()))
    target = target or _subject_after_conjunction(parse, verb) or borrowed_subject(parse, verb, passive=True)
    if target is not None and (
        (target.pos == "NOUN" and lemma_of(target) in weapons()) or lemma_of(verb) in DETONATING
    ):
        target = None  # "a bomb was detonated", "the bomb was placed on a motorcycle": the instrument
    if target is not None and target.lower == "it" and child(parse, verb, "ccomp") is not None:
        target = None  # "it was agreed (that) a lockdown would be instated": "it" stands for the clause
    agent = agent or _nested_agent(parse, verb) or _operation_party(parse, verb)
    if agent is not None and instrument(parse, agent):
        agent = noun_arguments(parse, agent).source
    return _parties(parse, agent, target)


#: verbs of setting off or of a bomb going off ("detonated the bomb", "set off a bomb", "blew up")
BURSTING = frozenset({"explode", "detonate", "blow", "set", "go"})
#: prepositions of where a bomb went off: a site there is what it struck
BLAST_PREPS = frozenset({"in", "inside", "outside", "near", "at"})


def _bombed_site(parse: Parse, verb: Token) -> Token | None:
    """'Two bombs exploded in a pair of pubs', 'set off a bomb in a restaurant', 'a bomb went off
    outside a police station': the site where a bomb went off is what it struck (a building, a
    vehicle, a gathering of SITE_NOUNS; not a town, which is the event's place)."""
    if lemma_of(verb) not in BURSTING:
        return None
    # "detonated the bomb", "set off a bomb", "blew up a car bomb": a weapon as the object
    detonated = lemma_of(verb) in DETONATING  # "detonated his explosive-laden vehicle": what goes off
    set_off = [k for k in parse.children(verb.i) if k.dep == "dobj" and (_a_weapon(k) or detonated)]
    if not set_off and not _goes_off(parse, verb) and not detonated:
        return None
    for holder in (verb, *set_off):
        for k in parse.children(holder.i):
            after = k.i > verb.i  # "In Botanic Avenue, after a bomb exploded in a van": the street is where
            site = child(parse, k, "pobj") if after and k.dep == "prep" and k.lower in BLAST_PREPS else None
            site = _of_objects_site(parse, site)
            if site is not None:
                return site
    return None


def _of_objects_site(parse: Parse, noun: Token | None) -> Token | None:
    """The noun if it is a site; through "a pair of pubs", "one of the restaurants", the site it counts."""
    if noun is None:
        return None
    if _a_site(noun):
        return noun
    of = prep_object(parse, noun, ("of",))
    return of if of is not None and _a_site(of) else None


def _goes_off(parse: Parse, verb: Token) -> bool:
    """A bomb exploding, said of the bomb: "exploded" or "went off" with no object. Its subject is
    the thing that explodes, never who set it off ("the bomber detonated his vest" has an object)."""
    kids = parse.children(verb.i)
    off = any(k.dep in ("prt", "prep", "advmod") and k.lower == "off" for k in kids)
    bursting = lemma_of(verb) in ("explode", "detonate") or (lemma_of(verb) == "go" and off)
    return bursting and not any(k.dep in ("dobj", "nsubjpass") for k in kids)


def instrument(parse: Parse, word: Token) -> bool:
    """The word names a weapon or an act ("by drone strikes"), not who used it or did it."""
    return word.pos == "NOUN" and (lemma_of(word) in weapons() or match_trigger(parse, word) is not None)


def _nested_agent(parse: Parse, verb: Token) -> Token | None:
    """'condemned in a statement by Egypt': Egypt; 'taken into the custody of the forestry
    department': who holds them."""
    for prep in parse.children(verb.i):
        obj = child(parse, prep, "pobj") if prep.dep == "prep" else prep if prep.dep == "dobj" else None
        by = ("of",) if obj is not None and lemma_of(obj) == "custody" else ("by",)
        agent = prep_object(parse, obj, by) if obj is not None else None
        if agent is not None:
            return agent  # also "was fined 2 billion euros by the Commission": the parser's "euros by"
    return None


#: nouns of an operation by a force, whose party did what was done to people in it
OPERATIONS = frozenset(
    {"operation", "confrontation", "clash", "crackdown", "shootout", "gunfight", "standoff"}
)
#: verbs of a court's or a legislature's decision on someone, which the body they are done "in" made
DECISIONS = frozenset({"sentence", "convict", "acquit", "try", "impeach", "fine", "indict", "clear"})
#: sectors of the bodies that decide ("sentenced in federal court", "acquitted in the Senate")
DECIDING = frozenset({"JUD", "LEG"})


def _operation_party(parse: Parse, verb: Token) -> Token | None:
    """'Was killed in a United States counterterrorism operation', 'were killed in confrontations with
    police', 'arrested in a police operation': who ran the operation, or whom it was with, did it.
    'Was sentenced in U.S. Federal Court', 'were acquitted in the Senate': the court or the chamber
    decided."""
    noun = prep_object(parse, verb, ("in", "during"))
    if noun is None:
        return None
    if lemma_of(noun) in OPERATIONS:
        return _compound_actor(parse, noun, exclude=None) or prep_object(parse, noun, ("with",))
    body = agent_for(lemma_of(noun))
    deciding = lemma_of(verb) in DECISIONS and body is not None and body.sector in DECIDING
    return noun if deciding else None


def content_that(parse: Parse, verb: Token) -> Token | None:
    """A "that" the parser read as the verb's relative-pronoun object while another object follows:
    the opener of a content clause, no object ("the rumor that the army attacked the town")."""
    objects = [k for k in parse.children(verb.i) if k.dep == "dobj"]
    return objects[0] if len(objects) > 1 and objects[0].lower == "that" else None


def tells_content(parse: Parse, noun: Token) -> bool:
    """The noun has a that-clause telling what it says ("the idea that the changes amounted to a
    shake-up", "Sanders' charge that she has been weak")."""
    return any(
        k.dep in ("acl", "ccomp") and any(g.dep == "mark" and g.lower == "that" for g in parse.children(k.i))
        for k in parse.children(noun.i)
    )


def _direct_object(parse: Parse, verb: Token) -> Token | None:
    """The verb's direct object, not a content clause's "that" (:func:`content_that`): the town."""
    opener = content_that(parse, verb)
    return next((k for k in parse.children(verb.i) if k.dep == "dobj" and k is not opener), None)


def _participle_head(parse: Parse, verb: Token, phrase: frozenset[str]) -> Token | None:
    """The party of the noun a participle modifies: "schoolgirls kidnapped by gunmen" (the
    schoolgirls); not "a device detonated" (a weapon), nor "a lawsuit brought by X against Y", where
    the noun names the act the verb's trigger needs and the target stands after a preposition."""
    head = parse.tokens[verb.head]
    if lemma_of(head) in phrase:
        return _party_word(parse, _after_verb_or_word(parse, verb, head, TARGET_PREPS))
    return None if lemma_of(head) in weapons() else head


def _after_verb_or_word(parse: Parse, verb: Token, word: Token, preps: tuple[str, ...]) -> Token | None:
    """The object of the verb's preposition, else of the preposition after a word the act is done
    with or named by ("lifted sanctions on Iran", "fired rounds at the post"): where the party of an
    act whose object is no party stands."""
    return prep_object(parse, verb, preps) or prep_object(parse, word, preps)


def _object(
    parse: Parse, verb: Token, prep: str | None, phrase: frozenset[str], symmetric: bool
) -> Token | None:
    """The verb's direct object as a party, or None.

    A trigger that needs a preposition has its target there ("fired rockets at Tel
    Aviv"); an object that names the act leaves the target to a preposition of the
    verb or of the object ("recalled its ambassador to Australia").
    """
    target = _direct_object(parse, verb) or _small_clause_subject(parse, verb)
    # what follows "as" says what the object is, whom it names ("dismissed him as a Hollywood actor")
    own_prep = prep_object(parse, verb, (prep,)) if prep not in (None, "as") else None
    if _party_word(parse, own_prep) is not None:
        return own_prep
    if target is not None and target.lemma.lower() in phrase:
        # "opened fire on the crowd", "lifted sanctions on Iran", "X and Y signed a deal"
        preps = (prep,) if prep else TARGET_PREPS
        party = _after_verb_or_word(parse, verb, target, preps)
        if _party_word(parse, party) is not None:
            return _owner_named(parse, target, symmetric) or party
        return None if symmetric or lemma_of(target) in weapons() else target  # "detonated his vest"
    if target is not None and target.pos == "NOUN" and lemma_of(target) in EXPLOSIVES:
        # "blew up a backpack bomb at a high school", "used two car bombs": the instrument; what was
        # struck, if anything, comes after a preposition
        return _party_word(parse, _after_verb_or_word(parse, verb, target, TARGET_PREPS))
    if target is not None and target.pos == "NOUN":
        # "condemned an attack by X": the act's agent is who is condemned
        target = prep_object(parse, target, ("by",)) or target
    return target


def _owner_named(parse: Parse, thing: Token, symmetric: bool) -> Token | None:
    """'blasted Trump's ties to Russia': whose the thing is, before whom it is toward; not "its own"
    ("imposed its sanctions against Russia"), nor a possessor that is no party ("the car's owner")."""
    owner = _party_word(parse, child(parse, thing, "poss"))
    if owner is None or owner.pos == "PRON" or symmetric:
        return None
    return owner if _a_party_named(owner) else None


#: verbs whose object is what goes off, never whom it struck ("detonated his explosive-laden vehicle
#: outside the base", "detonating them inside a restaurant"): the base, the restaurant
DETONATING = frozenset({"detonate"})
#: weapons that explode: the object of a verb that uses, sets off or carries one is no party
EXPLOSIVES = frozenset(
    {"bomb", "device", "explosive", "ied", "grenade", "landmine", "mine", "firebomb", "petrol-bomb",
     "molotov", "vest"}
)  # fmt: skip


def _small_clause_subject(parse: Parse, verb: Token) -> Token | None:
    """Whom a verb's adjective complement is said of: "found the three men guilty" (the parser
    reads "the three men guilty" as a clause, or "Avenatti" as a modifier of "guilty")."""
    complement = next((k for k in parse.children(verb.i) if k.dep == "ccomp" and k.pos == "ADJ"), None)
    return child(parse, complement, "nsubj", "compound") if complement is not None else None


def _parties(parse: Parse, source: Token | None, target: Token | None) -> Arguments:
    """The parties as found, less dates ("said on Saturday", "the past week has offered")
    and with a relative pronoun read as the noun it stands for ("whom Washington backed")."""
    return Arguments(_party_word(parse, source), _party_word(parse, target))


#: pronouns that point at a thing said, never at a party ("we're still discussing that")
DEMONSTRATIVES = frozenset({"that", "this", "these", "those"})
#: nouns after "by" that say whose account a figure is ("by early reports", "by some estimates")
ACCOUNTS = frozenset({"report", "account", "estimate", "count", "tally", "figure", "measure"})
#: nouns after "by" that name the channel a thing is done or sent through ("talks by phone",
#: "met by video link", "sent by email"), never who does it
CHANNELS = frozenset(
    {"phone", "telephone", "videophone", "video", "link", "videolink", "videoconference",
     "teleconference", "call", "zoom", "skype", "webcam", "satellite", "radio", "email", "e-mail",
     "mail", "letter", "fax", "message", "text", "telegram", "cable", "courier", "messenger"}
)  # fmt: skip
#: words that name no one: an act whose subject or object is one of them did not happen
NO_ONE = frozenset({"nobody", "none", "nothing", "no-one", "noone"})


def act_apart(parse: Parse, between: Sequence[Token], verb: Token) -> bool:
    """An act noun under ``verb`` (``between`` the words on the way up) names an act of its own,
    not ``verb``'s again: the verb counters it ("repelled an attack by militants"), or a word on the
    way is a verb that counters it or has a subject of its own ("Hamas fired rockets, and Israel
    responded with airstrikes": two acts), or a preposition that sets it before or after the verb's
    ("was killed days after the bombings")."""
    return (
        lemma_of(verb) in COUNTER_VERBS
        or in_sequence(between)
        or any(
            w.pos in ("VERB", "AUX")
            and (
                lemma_of(w) in COUNTER_VERBS
                or any(k.dep in ("nsubj", "nsubjpass") for k in parse.children(w.i))
            )
            for w in between
        )
    )


def in_sequence(between: Sequence[Token]) -> bool:
    """A word on the way up from an act noun is a preposition that sets its act before or after
    another ("was killed days after the bombings")."""
    return any(w.dep == "prep" and w.lower in SEQUENCE_PREPOSITIONS for w in between)


def _a_weapon(word: Token) -> bool:
    return word.pos == "NOUN" and lemma_of(word) in weapons()


def _weapon_user(parse: Parse, weapon: Token) -> Token | None:
    """Who the weapon's own clause says set or used it: "the bomb planted by the rebels", "the bomb
    he was planting"."""
    agent = clause_agent(parse, weapon)
    if agent is not None:
        return agent
    for clause in parse.children(weapon.i):
        if clause.dep == "relcl" and lemma_of(clause) in DOING_VERBS and not is_passive(parse, clause):
            user = child(parse, clause, "nsubj")
            if user is not None and user.tag not in ("WDT", "WP"):
                return user
    return None


#: road and rail vehicles, which strike what they run into (not drones, planes or tanks, which
#: strike in war)
ROAD_VEHICLES = frozenset(
    {"car", "truck", "lorry", "van", "bus", "minibus", "coach", "train", "tram", "taxi", "cab", "suv",
     "vehicle", "motorcycle", "motorbike", "pickup", "tractor", "trailer", "jeep", "sedan", "automobile"}
)  # fmt: skip
#: verbs of a vehicle driven into people, and the people it is driven into in a ramming attack
RAMMING = frozenset({"ram", "plow", "plough", "drive", "smash", "slam", "mow", "barrel", "careen", "crash"})
RAMMED_PEOPLE = frozenset(
    {"crowd", "people", "pedestrian", "protester", "demonstrator", "worshipper", "shopper", "tourist",
     "bystander", "passer-by", "reveller", "reveler", "spectator", "marcher", "student", "market"}
)  # fmt: skip


def rams_people(parse: Parse, verb: Token, source: Token) -> bool:
    """'A truck rammed into a crowd celebrating Bastille Day, killing at least 80 people': a road
    vehicle driven into a crowd or people is the weapon of a ramming attack, no one's party (as "a
    car bomb killed five" names no attacker); so is it for the participle of its toll ("killing")."""
    if source.pos != "NOUN" or lemma_of(source) not in ROAD_VEHICLES:
        return False
    if verb.dep == "advcl" and verb.tag == "VBG" and verb.head != verb.i:
        verb = parse.tokens[verb.head]
    into = prep_object(parse, verb, ("into", "through"))
    return lemma_of(verb) in RAMMING and into is not None and lemma_of(into) in RAMMED_PEOPLE


def _behind_weapon(parse: Parse, word: Token | None) -> Token | None:
    """Who a weapon's phrase says used it ("Israeli air strikes": Israeli; "a car bomb": no one), or the
    word itself when it names no weapon: a weapon is never a party ("an attack by a fertilizer bomb")."""
    if word is None or not _a_weapon(word):
        return word
    user = noun_arguments(parse, word).source
    return None if user is not None and _a_weapon(user) else user  # "killed by a bomb blast": no one


def by_agent(parse: Parse, tok: Token) -> Token | None:
    """The object of the word's "by": who did it (see ``_doer_by``)."""
    return _doer_by(prep_object(parse, tok, ("by",)) or _by_after_wound(parse, tok))


#: parts of the body a blow or a wound strikes ("shot in the back by an officer", "punched him in
#: the face"): where on someone an act of force lands (lemmas)
BODY_PARTS = frozenset(
    {"head", "face", "back", "chest", "neck", "leg", "arm", "stomach", "eye", "nose", "mouth", "jaw",
     "shoulder", "groin", "knee", "hand", "foot", "side", "body", "skull", "throat", "abdomen", "rib",
     "heart"}
)  # fmt: skip


def _by_after_wound(parse: Parse, verb: Token) -> Token | None:
    """'was shot in the back by an officer': the parser hangs the passive's "by" on the body part."""
    if verb.pos != "VERB":
        return None
    for prep in parse.children(verb.i):
        part = child(parse, prep, "pobj") if prep.dep == "prep" and prep.lower in ("in", "on") else None
        if part is not None and lemma_of(part) in BODY_PARTS:
            return prep_object(parse, part, ("by",))
    return None


def _doer_by(agent: Token | None) -> Token | None:
    """The object of a "by" as who did it, unless it says whose account a figure is ("by early
    reports, 30 injured") or the channel of the act ("held talks by phone")."""
    return None if agent is not None and lemma_of(agent) in ACCOUNTS | CHANNELS else agent


#: dependents by which a joined verb has a clause of its own
OWN_CLAUSE = frozenset({"nsubj", "nsubjpass", "aux", "auxpass"})


def _shared_agent(parse: Parse, verb: Token) -> Token | None:
    """'Was arrested and questioned by police': passives joined under one subject share the agent
    the last of them names (the parser hangs "by" on it)."""
    if not is_passive(parse, verb):
        return None
    joined = [k for k in parse.children(verb.i) if k.dep == "conj" and k.tag == "VBN"]
    # under the same subject and auxiliary: "was granted immunity and has been interviewed by" is two
    joined = [k for k in joined if not any(g.dep in OWN_CLAUSE for g in parse.children(k.i))]
    return next((a for k in joined if (a := by_agent(parse, k)) is not None), None)


#: nouns of kind and measure: "a bomb of this kind", "an attack of this size" name no one
KINDS = frozenset({"kind", "sort", "type", "size", "scale", "magnitude", "nature", "form"})
#: what is exchanged in "an exchange of fire": the act's own words, not a party
SHOTS = frozenset({"fire", "gunfire", "shot", "gunshot"})


def _party_word(parse: Parse, tok: Token | None) -> Token | None:
    if tok is None or names_time(tok) or lemma_of(tok) in KINDS or _clock_time(parse, tok):
        return None
    if part_of_a_place(parse, tok):
        return None  # "taken into custody on the eastern fringe of Bangkok": where, not whom
    if _bare_adjective(parse, tok):
        return None  # "a pace of killing unknown to most Americans": a quality, not whom
    word = relative_antecedent(parse, tok)
    if word.pos == "PRON" and (word.lower in DEMONSTRATIVES or word.lower.endswith(("self", "selves"))):
        return None  # "discussing that"; "blew himself up": the bomber is no target of his own bomb
    return None if names_no_one(parse, word) else word


#: the parser's entity types of names that name things, never parties (not WORK_OF_ART: the small
#: model gives it to people's names, "attacked Sanders over his votes")
THING_ENTITIES = frozenset({"LAW"})
#: adjectives that stand for people counted ("killed many", "arrested several", "wounded others")
COUNTING_ADJECTIVES = frozenset(
    {"many", "several", "few", "most", "more", "much", "other", "others", "some", "all", "any"}
    | {"each", "both", "either", "neither", "enough", "less", "fewer"}
)


def _bare_adjective(parse: Parse, tok: Token) -> bool:
    """An adjective with no article of its own and no capital names no one: the parser's object of
    "killing" in "a pace of killing unknown to most Americans" (not "the wounded", "killed many")."""
    if tok.pos != "ADJ" or tok.lower in COUNTING_ADJECTIVES or not tok.text.islower():
        return False
    return not any(k.dep in ("det", "poss") for k in parse.children(tok.i))


#: nouns that name a part of a place ("the outskirts of Kabul", "the edge of town"): where, never who
PLACE_PARTS = frozenset(
    {"outskirts", "outskirt", "fringe", "fringes", "edge", "edges", "periphery", "vicinity", "environs"}
    | {"heart", "middle", "midst", "corner", "shore", "shores", "coast"}
)


def part_of_a_place(parse: Parse, tok: Token) -> bool:
    """A noun naming a part of the place its "of" names ("on the outskirts of the capital")."""
    return tok.lower in PLACE_PARTS and prep_object(parse, tok, ("of",)) is not None


#: platforms and channels that words are said on ("attacked him on Twitter", "said on television")
MEDIA = frozenset(
    {"twitter", "facebook", "instagram", "youtube", "tiktok", "snapchat", "reddit", "linkedin", "x"}
    | {"television", "tv", "radio", "air", "airwaves", "internet", "web", "blog", "podcast", "website"}
)


#: what is laid on a platform, which is then its target ("a ban on TikTok", "sanctions on Facebook")
LAID_ON = frozenset(
    {"ban", "sanction", "fine", "crackdown", "restriction", "tax", "tariff", "embargo", "curb", "limit"}
    | {"regulation", "cyberattack", "hack", "pressure", "call"}
)


def on_a_medium(parse: Parse, tok: Token) -> bool:
    """The word names a platform or channel after "on" or "via" ("criticized the decision on
    Facebook", "attacks on Twitter", "a warning on social media"): where words were said, never to
    whom; but what is laid on it, or a call on it, is done to it ("a ban on TikTok", "called on
    Twitter to ...")."""
    if tok.dep in ("amod", "compound"):
        tok = parse.tokens[tok.head]  # "social" of "social media"
    prep = parse.tokens[tok.head]
    if tok.dep != "pobj" or prep.lower not in ("on", "via") or lemma_of(parse.tokens[prep.head]) in LAID_ON:
        return False
    social = tok.lower == "media" and any(k.lower == "social" for k in parse.children(tok.i))
    return tok.lower in MEDIA or social


def _clock_time(parse: Parse, tok: Token) -> bool:
    """A bare number after "at" is an hour ("the bomb exploded at 1"), no one; "killing three" counts
    people."""
    at = tok.dep == "pobj" and parse.tokens[tok.head].lower == "at"
    return at and tok.pos == "NUM" and not parse.children(tok.i)  # not "at 141 injured"


def names_no_one(parse: Parse, word: Token) -> bool:
    """'Nobody', 'no group': a phrase that names no one is no party ("no group has claimed
    responsibility for the bombing": the bombing has no claimed author).  "Neither X nor Y" names
    two parties who did not act (modality negates the act)."""
    if word.lower in NO_ONE:
        return True
    return any(k.dep == "det" and k.lower == "no" for k in parse.children(word.i))


def subject_of(parse: Parse, verb: Token) -> Token | None:
    own = (
        _nearest_subject(parse, verb)
        or _subject_read_as_object(parse, verb)
        or _subject_read_as_conjunct(parse, verb)
    )
    if own is not None:
        return relative_antecedent(parse, own)
    return borrowed_subject(parse, verb, passive=False)


def _subject_read_as_object(parse: Parse, verb: Token) -> Token | None:
    """'after Theresa May stepped down': a clause whose opening conjunction the parser took for a
    preposition, with the clause's subject as its object; the name is the subject, not the main
    clause's ("Johnson became prime minister after ...").  Or a gerund right after a name that is
    the object of "of", or a verb right after the object of a free relative the parser made the
    main clause ("what organizers estimated at 1.7 million Hongkongers marched")."""
    if verb.dep != "advcl" or verb.pos != "VERB" or verb.i == 0:
        return None
    before = parse.tokens[verb.i - 1]
    if verb.tag == "VBG" and (before.pos == "PROPN" or a_person(before)) and _of_object(parse, before):
        # "gives an account of Clinton telling one agent ...": the parser hung the gerund on the
        # main verb; the name right before it, after "of", is its subject
        return before
    if (
        before.dep == "pobj"
        and before.pos == "NOUN"
        and _free_relative_subject(parse, parse.tokens[verb.head])
    ):
        # "what organizers estimated at 1.7 million Hongkongers marched": the estimate is a free
        # relative the parser made the main clause; the marchers are the subject
        return before
    for mark in parse.children(verb.i):
        if mark.dep == "mark" and mark.i < verb.i:
            name = child(parse, mark, "pobj")
            if name is not None and (name.pos == "PROPN" or a_person(name)):
                return name
    return None


def _subject_read_as_conjunct(parse: Parse, verb: Token) -> Token | None:
    """'Republicans said the department mishandled the investigation and Democrats accused the GOP':
    the parser joined "Democrats" to the object before it and the verb after it to a verb before
    (as its conjunct or its clause), with no conjunction of the verb's own.  A finite verb right
    after a name or noun so joined, with no "and" of its own, is that noun's: one "and" cannot join
    both the nouns and the verbs."""
    if verb.dep not in ("conj", "ccomp") or verb.tag not in FINITE or verb.i == 0:
        return None
    if any(k.dep == "cc" for k in parse.children(verb.i)):
        return None
    before = parse.tokens[verb.i - 1]
    if before.dep != "conj" or before.pos not in ("PROPN", "NOUN") or before.head == before.i:
        return None
    joined = parse.tokens[before.head]
    return before if joined.pos in ("PROPN", "NOUN") and joined.i < before.i else None


def _free_relative_subject(parse: Parse, verb: Token) -> bool:
    """The verb's subject opens with "what" ("what organizers estimated")."""
    subject = child(parse, verb, "nsubj")
    return subject is not None and any(
        k.lower == "what" and k.i < subject.i for k in parse.children(subject.i)
    )


def _subject_after_conjunction(parse: Parse, verb: Token) -> Token | None:
    """'An individual has been arrested after Paweł Adamowicz, mayor of Gdańsk, was stabbed': a
    finite clause whose "after" the parser took for a preposition, its subject for the object and
    the clause for a second verb of the main one; the name after "after" is its subject."""
    own_aux = any(k.dep in ("aux", "auxpass") for k in parse.children(verb.i))
    if verb.dep not in ("conj", "advcl") or verb.head == verb.i or not own_aux:
        return None
    head = parse.tokens[verb.head]
    for prep in parse.children(head.i):
        if prep.dep == "prep" and prep.lower in SEQUENCE_PREPOSITIONS and head.i < prep.i < verb.i:
            name = child(parse, prep, "pobj")  # a party's name, not "after Christmas"
            if name is not None and _names_party(name):
                return name
    return None


def _names_party(word: Token) -> bool:
    """A person, or a name of an organisation, a country or a people ("after Christmas" names none)."""
    return a_person(word) or word.ent_type in PARTY_ENTITIES


def _of_object(parse: Parse, word: Token) -> bool:
    """The word is the object of an "of" ("an account of Clinton")."""
    return word.dep == "pobj" and word.head != word.i and parse.tokens[word.head].lower == "of"


def _nearest_subject(parse: Parse, verb: Token) -> Token | None:
    """The verb's subject; of two, the one after a dateline's, a time stamp's or a label's mark
    ("Article content TORONTO — An ISIL supporter detonated a bomb": the parser made the label a
    second subject), else the first ("individuals other than Muslims kill": the individuals)."""
    subjects = [k for k in parse.children(verb.i) if k.dep in SUBJECTS]
    if len(subjects) == 1 and names_time(subjects[0]):
        # "Feb. 3, 2017-A machete-wielding man ... attacked": a date the parser made the subject, the
        # doer set beside it
        return child(parse, subjects[0], "appos") or subjects[0]
    if len(subjects) < 2:
        return next(iter(subjects), None)
    first, near = subjects[0], subjects[-1]
    between = parse.tokens[first.i + 1 : parse.subtree(near.i)[0].i]
    cut = near.i < verb.i and any(t.text in LABEL_MARKS for t in between)
    return near if cut else first


#: marks that end a dateline, a time stamp or a page's label before the sentence proper
LABEL_MARKS = frozenset({"—", "–", "--", ":", "|", "=="})


#: nouns of what someone means to do, whose "was to ..." is done by their possessor
AIMS = frozenset(
    {"goal", "aim", "plan", "intention", "objective", "mission", "purpose", "task", "job", "idea"}
)


def borrowed_subject(parse: Parse, verb: Token, passive: bool) -> Token | None:
    """The subject a clause without one takes from the clause it hangs on."""
    tok, hops = verb, 0
    while tok.head != tok.i and hops < 4:
        head = parse.tokens[tok.head]
        linked = _noun_linked_subject(parse, tok, head, passive)
        if linked is not None:
            return linked[0]
        clause_prep = tok.dep == "prep" and tok.lower in CLAUSE_PREPS and hops > 0  # "before being arrested"
        if clause_prep and tok.lower == "by" and is_passive(parse, head):
            return None  # "was interrupted by protesting legislators": the passive's agent, misparsed
        if tok.dep not in BORROW_SUBJECT and not clause_prep:
            return None
        if tok.dep == "xcomp" and _expletive_it(parse, head):
            # "it is time for Congress to act": Congress acts, "it" is no one
            return _for_subject(parse, head)
        controller = _object_controller(parse, tok, head)
        if controller is not None:
            return controller  # "urged Russia to withdraw": Russia withdraws
        own = child(parse, head, *SUBJECTS, *_shared_passive(clause_prep or passive))
        if own is not None and tok.dep == "xcomp" and lemma_of(own) in AIMS:
            return child(parse, own, "poss")  # "their goal was to capture him": they would
        if own is not None:
            # "a convoy struck a roadside bomb, killing three": the convoy killed no one
            return None if _ran_into_a_bomb(parse, head) else relative_antecedent(parse, own)
        tok, hops = head, hops + 1
    return None


#: words that rank a noun among those who did something ("the last leader to visit"); not "next"
RANKS = frozenset({"last", "only", "sole", "latest"})


def ranked(parse: Parse, noun: Token | None) -> bool:
    """The noun is ranked by an ordinal or a superlative: an infinitive after it tells what was done."""
    return noun is not None and any(
        k.dep == "amod" and (k.ent_type == "ORDINAL" or k.tag == "JJS" or k.lower in RANKS)
        for k in parse.children(noun.i)
    )


def _noun_linked_subject(parse: Parse, tok: Token, head: Token, passive: bool) -> tuple[Token | None] | None:
    """The subject of a clause that hangs on a noun, as a one-tuple (its subject may be no one), or
    None where ``tok`` does not hang on a noun that way."""
    infinitive = parse.infinitive_to(tok.i) is not None
    ranks_a_doer = ranked(parse, head) and lemma_of(head) not in UNDERTAKINGS  # not "the first effort to"
    if tok.dep in ("relcl", "acl") and infinitive and not passive and ranks_a_doer:
        return (head,)  # "the first senator to endorse Trump": the senator endorsed him
    if tok.dep == "relcl" and head.pos == "NOUN" and infinitive:
        return (child(parse, head, "poss"),)  # "Trump's calls to ban Muslims": Trump would ban
    if (tok.dep == "relcl" and not passive) or (tok.dep == "acl" and tok.tag == "VBG"):
        return (head,)
    if tok.dep == "acl" and head.pos == "NOUN":
        return (child(parse, head, "poss") or _taker(parse, head),)  # "his decision to order ..."
    taker = _taker(parse, parse.tokens[head.head]) if tok.dep == "pcomp" and head.lower == "of" else None
    if taker is not None:
        return (taker,)  # "took the step of arresting him"
    if tok.dep == "conj" and tok.pos == "VERB" and head.pos in NOMINALS and head.dep == "appos":
        return (parse.tokens[head.head],)  # "Zimmerman, then a volunteer, shot and killed ..."
    return None


#: the parts of speech of a noun phrase's head; a verb the parser hung as a conjunct of an appositive
#: has the name the appositive describes as its subject ("Zimmerman, then a neighborhood watch
#: volunteer, shot and killed Trayvon", read as "shot" a conjunct of "volunteer")
NOMINALS = frozenset({"NOUN", "PROPN"})


#: nouns of a step taken or a decision made, whose act is the taker's ("took the step of arresting")
STEPS = frozenset(
    {"step", "decision", "opportunity", "chance", "initiative", "measure", "trouble", "liberty"}
)  # fmt: skip


def step_verb(parse: Parse, noun: Token) -> Token | None:
    """The verb that takes the step or makes the decision the noun names ("took the step of ...")."""
    if lemma_of(noun) not in STEPS or noun.dep != "dobj" or noun.head == noun.i:
        return None
    verb = parse.tokens[noun.head]
    return verb if lemma_of(verb) in ("take", "make") else None


def _taker(parse: Parse, noun: Token) -> Token | None:
    """Who takes the step or makes the decision that the noun names: its verb's subject."""
    verb = step_verb(parse, noun)
    return subject_of(parse, verb) if verb is not None else None


def _expletive_it(parse: Parse, verb: Token) -> bool:
    """'It is too late to ...', 'it was time to ...': "be" whose subject "it" stands for the clause."""
    subject = child(parse, verb, "nsubj")
    return lemma_of(verb) == "be" and subject is not None and subject.lower == "it"


def _for_subject(parse: Parse, verb: Token) -> Token | None:
    """Who the clause after "it is ... for X to" is said of: X, hung on "be" or on its complement."""
    for word in (verb, *(k for k in parse.children(verb.i) if k.dep in ("acomp", "attr"))):
        found = prep_object(parse, word, ("for",))
        if found is not None:
            return found
    return None


def _shared_passive(shared: bool) -> tuple[str, ...]:
    """A passive subject is shared with a passive joined to its verb ("was arrested and was
    imprisoned") and with a gerund under "after" ("was watched after being released"); PETRARCH
    shares only active subjects."""
    return PASSIVE_SUBJECTS if shared and not petrarch_conventions() else ()


def _object_controller(parse: Parse, clause: Token, head: Token) -> Token | None:
    """The object of "urged/asked/forced X to ..." and of "accused X of ...ing": the clause's subject."""
    moved = _passive_controller(parse, clause, head)
    if moved is not None:
        return moved  # "he was ordered to attack the base": he attacks
    if clause.dep == "pcomp" and head.dep == "prep" and head.lower in CONTROL_PREPS and head.head != head.i:
        head = parse.tokens[head.head]  # "accused Azerbaijan of shelling": the verb above "of"
        accused = child(parse, head, "nsubjpass") if head.pos == "VERB" else None
        if accused is not None:
            return relative_antecedent(parse, accused)  # "was accused of plotting to blow up": he
    elif _entreated(parse, clause, head):
        return prep_object(parse, head, ("with", "to"))
    elif clause.dep != "xcomp" or head.lemma.lower() in SUBJECT_CONTROL:
        return None
    if head.pos != "VERB":
        return None
    if lemma_of(head) in PHONING and child(parse, head, "dobj") is not None:
        return None  # "she called Sanders to congratulate him": she congratulates, by phone
    obj = child(parse, head, "dobj") or prep_object(parse, head, ("on", "upon")) or _called_on(parse, head)
    if obj is None and lemma_of(head) in PLEADING:
        obj = prep_object(parse, head, ("with", "to"))  # "pleaded with voters to reject": the voters
    if obj is not None and lemma_of(head) in INSTRUMENTAL and _a_thing(obj):
        return None  # "used live ammunition to disperse protesters": the subject disperses them
    if obj is not None and obj.pos == "NOUN" and lemma_of(obj) in modality_cues():
        return child(parse, obj, "poss")  # "decried Trump's calls to ban": the parser's verb; Trump would
    return relative_antecedent(parse, obj) if obj is not None else None


def _called_on(parse: Parse, verb: Token) -> Token | None:
    """'called on Michigan Gov. Rick Snyder (R) to resign': the parser may leave "on" without its
    object and read the name as the verb's object predicate (``oprd``)."""
    bare_on = any(
        k.dep == "prep" and k.lower in ("on", "upon") and child(parse, k, "pobj") is None
        for k in parse.children(verb.i)
    )
    return child(parse, verb, "oprd") if bare_on else None


#: verbs of entreating, whose "with" or "to" object is asked to act ("pleaded with voters to reject
#: him", "appealed to residents to stay home")
PLEADING = frozenset({"plead", "appeal"})
#: verbs of phoning someone, whose "to" clause is the caller's purpose ("called Sanders to congratulate
#: him"); "called on X to" asks X to act
PHONING = frozenset({"call", "phone", "telephone", "ring"})
#: verbs that move someone to act, whose "to" clause the parser may hang as a clause of purpose
#: ("he was influenced by his brother to carry out the attack")
MOVED_TO = frozenset(
    {"order", "persuade", "urge", "force", "influence", "encourage", "inspire", "instruct", "convince",
     "compel", "pressure", "push", "motivate", "recruit", "direct", "tell", "ask", "incite", "pay",
     "send", "deploy", "dispatch", "hire", "train", "task"}
)  # fmt: skip


def _entreated(parse: Parse, clause: Token, head: Token) -> bool:
    """'appealed to protesters to end the blockade': the parser hangs what they are asked to do as a
    clause of purpose."""
    return (
        clause.dep == "advcl"
        and head.pos == "VERB"
        and lemma_of(head) in PLEADING
        and parse.infinitive_to(clause.i) is not None
    )


def _passive_controller(parse: Parse, clause: Token, head: Token) -> Token | None:
    """The passive subject of a verb of getting someone to act, whose "to" clause is that subject's
    act ("he was ordered to attack": he attacks); not a clause of purpose ("he was arrested to
    prevent attacks": those who arrested him prevent them)."""
    if head.pos != "VERB" or lemma_of(head) in SUBJECT_CONTROL | INSTRUMENTAL:
        return None  # "it was used to denigrate the statement": a means, whoever used it acts
    if parse.infinitive_to(clause.i) is None:
        return None
    if not (clause.dep == "xcomp" or (clause.dep == "advcl" and lemma_of(head) in MOVED_TO)):
        return None
    subject = child(parse, head, "nsubjpass")
    return relative_antecedent(parse, subject) if subject is not None else None


def _a_thing(word: Token) -> bool:
    """A common noun that names no person or body ("ammunition", "tear gas", "money")."""
    return (
        word.pos == "NOUN" and not word.ent_type and not a_person(word) and agent_for(lemma_of(word)) is None
    )


def relative_antecedent(parse: Parse, subject: Token) -> Token:
    """'who'/'whom'/'which'/'that' stands for the noun its relative clause modifies."""
    if subject.tag in ("WP", "WDT") or (subject.lower == "that" and subject.dep != "det"):
        for anc in parse.ancestors(subject.i):
            if anc.dep == "relcl":
                return _described(parse, parse.tokens[anc.head])
    return subject


#: pronouns that stand for no one a predicate noun could describe ("it was Trump who ...")
EMPTY_SUBJECTS = frozenset({"it", "this", "that", "these", "those", "there", "what"})


def _described(parse: Parse, noun: Token) -> Token:
    """Whom a common noun said of a name or a person describes: the subject of its copula ("Trump
    is a bully who pledged ...": Trump pledged; "Smith is the Republican who endorsed Cruz";
    "Arizona will be the fifth state that Elias is suing"), through the nouns listed or set beside
    it; else the noun itself (a name said of someone, "the target was Kelly, whom he lit into", or a
    noun said of a noun)."""
    tok = noun
    while tok.dep in ("conj", "appos") and tok.head != tok.i:
        tok = parse.tokens[tok.head]
    common = (tok.pos == "NOUN" or tok.ent_type == "NORP") and noun.ent_type in ("", "NORP")
    if not common or tok.dep != "attr" or lemma_of(parse.tokens[tok.head]) != "be":
        return noun
    subject = child(parse, parse.tokens[tok.head], "nsubj")
    if subject is None or subject.lower in EMPTY_SUBJECTS:
        return noun
    return subject if subject.pos == "PROPN" or subject.tag == "PRP" else noun


#: verbs whose subject undergoes the act their object names ("survived an attack"), or is given it
#: ("received aid", "drew criticism", "caught flak from both sides")
UNDERGO_VERBS = frozenset(
    {"survive", "suffer", "escape", "face", "endure", "sustain", "undergo", "experience",
     "receive", "draw", "attract", "earn", "garner", "win", "get", "await", "serve", "catch"}
)  # fmt: skip
#: verbs whose subject brings criticism on itself ("inviting ridicule from Christie", "the endorsements
#: prompted blowback from members"), and the nouns of criticism that their subject undergoes
CENSURE_CAUSES = frozenset({"invite", "incur", "provoke", "spark", "prompt"})
CENSURE_NOUNS = frozenset(
    {"criticism", "blowback", "flak", "backlash", "ridicule", "mockery", "derision", "scorn", "jeer", "boo",
     "rebuke", "condemnation", "censure", "heat"}
)  # fmt: skip
#: verbs whose subject takes criticism ("took flak from his own party", "has taken heat from a group")
CENSURE_TAKERS = CENSURE_CAUSES | {"take"}


def undergoes(verb: Token, noun: Token) -> bool:
    """The verb's subject undergoes the act its object names: "survived an attack", "drew criticism",
    "invited ridicule from Christie", "took flak" (a cause or a taker undergoes only criticism:
    "triggered an explosion", "took part in the attack")."""
    lemma = lemma_of(verb)
    return lemma in UNDERGO_VERBS or (lemma in CENSURE_TAKERS and lemma_of(noun) in CENSURE_NOUNS)


#: verbs whose subject is in the act named after "under" ("came under attack", "was under fire")
BEING_UNDER = frozenset({"come", "be", "remain", "stay", "fall"})
#: verbs whose subject dies in an act named after "in" ("died in the attack"): its target, not its doer
DYING = frozenset({"die", "perish"})
#: verbs whose subject tells of, sees, remembers or greets an act named by their object, not does it
#: ("Trump hailed the agreements": the agreeing parties are others)
TELLING_VERBS = frozenset(
    {"characterize", "characterise", "describe", "call", "label", "term", "dub", "brand", "witness",
     "see", "watch", "film", "record", "report", "recall", "remember", "mark", "commemorate",
     "discuss", "mention", "cite", "cover", "document", "hear", "learn", "read", "explain",
     "point", "refer", "allude",
     "detail", "confirm", "regret", "mourn", "lament", "study", "analyse", "analyze", "address",
     "hail", "welcome", "applaud", "celebrate", "salute", "laud", "greet", "decry", "deplore",
     "note", "follow", "track", "monitor", "observe", "question", "doubt", "bring", "raise", "compare",
     "invoke", "reference", "highlight", "underscore", "evoke", "exploit", "politicize", "politicise",
     "say", "tell", "state", "write", "show", "reveal", "publish", "post", "broadcast", "televise",
     "cast", "portray", "paint", "depict", "frame"}
)  # fmt: skip
#: verbs whose subject weighs, judges, refuses, answers, uses or causes an act its object names, not
#: does it ("investigators are treating the blast as a terror attack", "the embassy declined the
#: request", "the bill sparked protests", "Washington is using the attacks to renew its calls", "Sanders
#: has begun to rebut that criticism"); not "trigger" or "cause", which one does to one's own bomb ("a
#: suicide bomber triggered an explosion")
REGARDING_VERBS = frozenset(
    {"treat", "regard", "view", "identify", "link", "tie", "connect", "associate", "investigate",
     "probe", "examine", "review", "assess", "evaluate", "deny", "decline", "refuse", "reject", "defy",
     "ignore", "dismiss", "accept", "grant", "heed", "answer", "appreciate", "justify", "defend",
     "excuse", "condone", "indicate", "use", "stay", "commute", "spark",
     "prompt", "provoke", "spur", "fuel", "rebut", "refute", "dispute", "deflect", "parry", "spurn", "fend"}
)  # fmt: skip
#: verbs of a judge's or a defendant's part in a case, whose subject does not bring it ("the judge
#: handling two class-action lawsuits against Trump University"), and the cases they take
CASE_VERBS = frozenset({"handle", "oversee", "hear", "adjudicate", "settle"})
CASES = frozenset({"lawsuit", "suit", "case", "complaint", "charge", "appeal", "claim"})
#: verbs whose object is the instrument of the act, not whom it is done to ("riot police used tear
#: gas against protesters", "wielding a knife")
USING_VERBS = frozenset({"use", "employ", "utilize", "utilise", "wield", "fire", "launch", "throw", "hurl"})
#: nouns of who did an act, or is held to have done it: "the suspect in the shooting"
AUTHOR_NOUNS = frozenset(
    {"suspect", "perpetrator", "gunman", "attacker", "assailant", "bomber", "shooter", "killer", "culprit",
     "mastermind", "organizer", "organiser", "ringleader", "participant", "accomplice", "plotter",
     "conspirator", "co-conspirator", "planner", "instigator"}
)  # fmt: skip
#: verbs whose subject acts against the act its object names, not does it ("the authorities chose
#: to suppress protests", "police foiled the attack", "Russia blocked the sanctions"); not "stop" or
#: "halt", which one does to one's own acts as often ("Israel halted its air strikes")
COUNTER_VERBS = frozenset(
    {"suppress", "crush", "quell", "disperse", "repress", "foil", "thwart", "prevent", "block", "oppose",
     "avert", "forestall", "prohibit", "ban", "outlaw", "repel", "repulse", "curb", "combat", "counter",
     "tackle", "deter", "reduce", "stem", "eradicate", "decrease", "lessen", "diminish", "minimize",
     "minimise", "mitigate"}
)  # fmt: skip
LIGHT_VERBS = frozenset(
    {"carry", "launch", "conduct", "stage", "mount", "hold", "make", "order", "begin", "start", "join"}
)


#: act nouns whose "of" names who acts, not whom: "the resignation of the prime minister", "the
#: visit of the Pope", "a protest of farmers" (against "the arrest of", "the killing of")
OF_DOER = frozenset(
    {"resignation", "departure", "protest", "demonstration", "march", "rally", "visit", "trip",
     "walkout", "mutiny", "uprising", "defection", "retreat", "withdrawal", "pullout",
     "request", "demand", "urging",  # "the request of the Municipality of Livorno": who asks
     "backing",  # "had the backing of Mitt Romney", "with the backing of Iran": who backs
     "custody"}  # "in the custody of Iraqi police": the police hold them
)  # fmt: skip


#: act nouns of asking, whose "of" names whom a party asks when the party makes the act: "Trump is
#: making a demand of Obama", "placed a request of the court"
ASKING_NOUNS = frozenset({"request", "demand"})
#: verbs that make a request or a demand of someone ("making a demand of Obama")
MAKING_REQUESTS = frozenset({"make", "place", "put", "lodge", "file", "issue", "submit", "send", "press"})


#: act nouns of opposing, whose "of" names what is opposed when it names no one ("a silent protest of
#: Maduro's power grab") and who opposes when it names people ("a protest of students")
OPPOSING_NOUNS = frozenset({"protest", "demonstration"})


def _of_names_doer(parse: Parse, noun: Token) -> bool:
    """Whether the noun's "of" names who acts: "the request of the Municipality" (not "makes a
    demand of Obama", the object of a verb with its own subject, nor "a protest of Maduro's power
    grab", what is protested)."""
    if lemma_of(noun) not in OF_DOER:
        return False
    if lemma_of(noun) in OPPOSING_NOUNS | ASKING_NOUNS:
        from eventwire.events.coverage import names_a_thing  # coverage reads this module's tables

        of = prep_object(parse, noun, ("of",))
        if of is not None and names_a_thing(of, [of]):
            return False  # "a protest of Maduro's power grab", "requests of this nature"
    asked = noun.dep == "dobj" and lemma_of(parse.tokens[noun.head]) in MAKING_REQUESTS
    return not (lemma_of(noun) in ASKING_NOUNS and asked)  # "rejected the demands of the protesters"


#: nouns of words spoken, which are "for" or "about" whom they praise or criticise
WORDS_SPOKEN = frozenset({"word"})


def noun_arguments(parse: Parse, noun: Token, given: bool = False) -> Arguments:
    """Source and target of an act named by a noun.  ``given``: the act is one a party gives or
    makes, so "from" names who ("criticism from the opposition", "aid from the United States"),
    not where it leaves ("the withdrawal from Afghanistan")."""
    between = _between(parse, noun) or ordered_custody(parse, noun)
    if between is not None:
        # "a ceasefire between Israel and Hamas"; "ordered the accused remain in custody"
        return _parties(parse, *between)
    undertaking = _undertaking(parse, noun)
    if undertaking is not None:  # "an assassination attempt on the president": the attempt's phrases
        return noun_arguments(parse, undertaking, given)
    fought = _fought_with(parse, noun) or _under_fire_from(parse, noun)
    if fought is not None:
        return _parties(parse, *fought)  # "killed in a shootout with police": the police shot him
    passed = _passed_on(parse, noun) if given else None
    if passed is not None:
        return _parties(parse, *passed)  # "won the endorsement of the AFL-CIO", "the endorsement he gave X"
    preps = tuple(
        p for p in TARGET_PREPS if not (given and p == "from") and not (p == "with" and _armed(parse, noun))
    )
    if _an_assault(parse, noun):  # "link the attack to terrorism": an attack is "on" someone, not "to"
        preps = tuple(p for p in preps if p != "to")
    if lemma_of(noun) in WORDS_SPOKEN:  # "sharp words for Washington", "kind words about Mr. Bush"
        preps = ("for", "about", *preps)
    of = prep_object(parse, noun, ("of",))
    doer = of if _of_names_doer(parse, noun) else None
    if doer is not None or (of is not None and lemma_of(of) in KINDS | SHOTS):
        preps = tuple(p for p in preps if p != "of")  # "the visit of the Pope to Iraq": Iraq
    target = _party_word(
        parse,
        prep_object(parse, noun, preps)
        or _shared_prep_object(parse, noun, preps)
        or _verb_held_prep_object(parse, noun, preps),
    )
    if target is not None and on_a_medium(parse, target):
        # "a series of attacks on Twitter against the judge": where they were made; whom, after another
        target = _party_word(parse, prep_object(parse, noun, tuple(p for p in preps if p != "on")))
    target = _undergoer_over_matter(parse, noun, target) or _asked_for_them_to(parse, noun, "for")
    undergone = _undergone_by(parse, noun) if target is None else None
    target = target or undergone
    giver = _giver(parse, noun) if given else None
    owner = None if undergone is not None else _party_word(parse, child(parse, noun, "poss"))
    source = (
        _behind_weapon(parse, by_agent(parse, noun))
        or _shared_by(parse, noun)
        or _collection_agent(parse, noun)
    )
    source = source or _by_after(parse, noun)
    source = source or owner or giver or doer
    source = source or clause_agent(parse, noun)
    site = (_struck_site(parse, noun) or _struck_there(parse, noun)) if target is None else None
    if source is None:
        source = _compound_actor(parse, noun, exclude=target or site) or nationality(parse, noun)
    if source is None:
        source = governing_subject(parse, noun)
    target = (
        target or _undergoer(parse, noun) or site or _answered_at(parse, noun) or _refused_to(parse, noun)
    )
    target = target or _named_victim(parse, noun)
    if source is not None and target is not None and source.i == target.i:
        source = None  # "the man will remain in custody": he is held, not his own jailer
    return _parties(parse, source, target)


def adjective_arguments(parse: Parse, adjective: Token) -> Arguments:
    """'Bolton was sternly critical of Republicans': the copula's subject holds the stance, the
    adjective's "of" names whom it is held toward."""
    copula = parse.tokens[adjective.head]
    return _parties(parse, subject_of(parse, copula), prep_object(parse, adjective, ("of",)))


def under_fire(parse: Parse, noun: Token) -> tuple[Token, list[Token]] | None:
    """For a noun after "under" ("came under fire from militants over the border"): the verb it
    hangs on and the words that hang on either, where "for", "over" and "from" phrases go."""
    if noun.dep != "pobj" or parse.tokens[noun.head].lower != "under":
        return None
    verb = parse.tokens[parse.tokens[noun.head].head]
    return verb, [*parse.children(verb.i), *parse.children(noun.i)]


def from_whom(parse: Parse, near: Sequence[Token]) -> list[Token]:
    """The objects of the "from" among ``near``."""
    return [g for k in near if k.lower == "from" for g in parse.children(k.i) if g.dep == "pobj"]


def _under_fire_from(parse: Parse, noun: Token) -> tuple[Token | None, Token] | None:
    """'The convoy came under fire from militants': the militants shot at the convoy; 'Donald
    Trump, under fire over his taxes, ...': Trump is the one under fire (what it is over or for is
    no party)."""
    under = under_fire(parse, noun) if lemma_of(noun) == "fire" else None
    if under is None:
        return None
    verb, near = under
    shooters = from_whom(parse, near)
    under_it = verb if verb.pos in ("NOUN", "PROPN") else subject_of(parse, verb)
    if under_it is None:
        return None
    return (shooters[0] if shooters else None), under_it


#: fights in which both sides shoot ("a shootout with police")
GUNFIGHTS = frozenset(
    {"shootout", "gunbattle", "gunfight", "firefight", "shoot-out", "gun-battle", "exchange"}
)
#: verbs whose subject is hurt in the act named after "in" or "during" ("was killed in a shootout")
HURT_IN = frozenset({"kill", "wound", "injure", "hurt", "shoot", "die", "perish"})
#: prepositions whose act noun names the act a casualty verb reports ("killed in the attack")
ACT_PREPS = ("in", "during")


def _fought_with(parse: Parse, noun: Token) -> tuple[Token, Token] | None:
    """'The gunman died in a gunbattle with soldiers': of the two sides of a gunfight, the one
    hurt in it is its target, the other ("with") its source."""
    phrase = phrase_of(parse, noun)
    if phrase is None or phrase[0].lower not in ACT_PREPS or not _hurt(parse, phrase[1]):
        return None
    other = _other_side(parse, noun, phrase[1])
    subject = subject_of(parse, phrase[1]) or child(parse, phrase[1], *PASSIVE_SUBJECTS)
    subject = relative_antecedent(parse, subject) if subject is not None else None
    return (other, subject) if other is not None and subject is not None else None


def _shot_in_a_gunfight(parse: Parse, verb: Token) -> Token | None:
    """'One of the suspects was killed in a shootout with police': the police shot him."""
    if not _hurt(parse, verb):
        return None
    noun = prep_object(parse, verb, ACT_PREPS)
    return _other_side(parse, noun, verb) if noun is not None else None


def _hurt(parse: Parse, verb: Token) -> bool:
    """A verb whose subject is hurt: "died", "was killed" ("police killed him in a shootout with
    gunmen" is another reading)."""
    if verb.pos != "VERB" or lemma_of(verb) not in HURT_IN:
        return False
    return lemma_of(verb) in DYING or is_passive(parse, verb)


def _other_side(parse: Parse, noun: Token, verb: Token) -> Token | None:
    """The other side of a gunfight: its "with", on the noun or where the parser hung it, the verb."""
    if lemma_of(noun) not in GUNFIGHTS:
        return None
    return prep_object(parse, noun, ("with",)) or prep_object(parse, verb, ("with",))


def _undertaking(parse: Parse, noun: Token) -> Token | None:
    """The undertaking noun the act noun modifies, whose phrases and place in the clause are the act's
    ("an assassination attempt on X", "a bombing campaign against Y")."""
    if noun.dep != "compound" or noun.head == noun.i:
        return None
    head = parse.tokens[noun.head]
    return head if lemma_of(head) in UNDERTAKINGS and head.pos == "NOUN" else None


def _shared_prep_object(parse: Parse, noun: Token, preps: tuple[str, ...]) -> Token | None:
    """'arrests and killings of activists': a phrase after the last of joined nouns is theirs too,
    though the parser hangs it on the first."""
    if noun.dep != "conj" or noun.head == noun.i:
        return None
    first = parse.tokens[noun.head]
    for prep in parse.children(first.i):
        if prep.i > noun.i and prep.dep == "prep" and prep.lower in preps:
            return child(parse, prep, "pobj")
    return None


#: prepositions the parser hangs on the verb though they finish the act noun that is its object
#: ("opened an investigation into the governor", "filed a lawsuit against the city")
NOUN_FINISHING_PREPS = frozenset({"into", "against"})


def _verb_held_prep_object(parse: Parse, noun: Token, preps: tuple[str, ...]) -> Token | None:
    """'opened an investigation into the governor': the phrase right after the object act noun is the
    noun's, though the parser hangs it on the verb."""
    if noun.dep != "dobj" or noun.head == noun.i:
        return None
    end = max(t.i for t in parse.subtree(noun.i))
    finishing = NOUN_FINISHING_PREPS.intersection(preps)
    for prep in parse.children(noun.head):
        if prep.dep == "prep" and prep.i == end + 1 and prep.lower in finishing:
            return child(parse, prep, "pobj")
    return None


def _by_after(parse: Parse, noun: Token) -> Token | None:
    """'could follow last week's bombings in Jakarta by Islamist militants': the parser hangs the
    noun's "by" on the active verb it is the object of; right after the noun's phrase and naming
    someone who can act, it is the noun's."""
    verb = parse.tokens[noun.head]
    if noun.dep != "dobj" or verb.pos != "VERB" or is_passive(parse, verb):
        return None
    after = max(t.i for t in parse.subtree(noun.i)) + 1
    prep = next(
        (k for k in parse.children(verb.i) if k.i == after and k.dep == "prep" and k.lower == "by"), None
    )
    agent = _doer_by(child(parse, prep, "pobj")) if prep is not None else None  # this "by", not another
    doer = (
        agent is not None
        and agent.pos != "VERB"
        and (agent_for(lemma_of(agent)) is not None or agent.ent_type in DOER_ENTITIES)
    )
    return agent if doer else None


def _shared_by(parse: Parse, noun: Token) -> Token | None:
    """'bombings and shootings by republicans': the last joined noun's "by", hung on the first."""
    return _doer_by(_shared_prep_object(parse, noun, ("by",)))


#: verbs of answering an act with one's own ("responded with airstrikes", "retaliated with rockets")
ANSWERING = frozenset({"respond", "retaliate", "react", "reply", "answer", "hit", "strike"})


def _doer_above(parse: Parse, tok: Token, head: Token) -> tuple[Token | None] | None:
    """Who the phrase above an act noun says did it, when it says: "the Taliban claimed
    responsibility for the attack", "Israel responded with airstrikes", "police placed three men
    under arrest"."""
    if tok.dep == "prep" and tok.lower == "for" and head.lemma.lower() == "responsibility":
        return (_claimant(parse, head),)
    if _placed_under(tok, head):
        return (None if is_passive(parse, head) else _actor_subject(parse, head),)
    return (_actor_subject(parse, head),) if _answered_with(tok, head) else None


def _placed_under(prep: Token, verb: Token) -> bool:
    """'placed three men under arrest', 'put them in custody': the verb's subject holds them."""
    holding = lemma_of(verb) in ("place", "put", "keep", "hold", "take")
    return prep.dep == "prep" and prep.lower in ("under", "in", "into") and verb.pos == "VERB" and holding


def _answered_with(prep: Token, verb: Token) -> bool:
    return prep.dep == "prep" and prep.lower == "with" and verb.pos == "VERB" and lemma_of(verb) in ANSWERING


def _answered_at(parse: Parse, noun: Token) -> Token | None:
    """'Israel responded with airstrikes on Gaza': the parser hangs "on Gaza" on the verb; it says
    whom the answering act struck."""
    prep = parse.tokens[noun.head] if noun.dep == "pobj" and noun.head != noun.i else None
    if prep is None or prep.head == prep.i or not _answered_with(prep, parse.tokens[prep.head]):
        return None
    return prep_object(parse, parse.tokens[prep.head], ("on", "against", "at"))


#: nouns of a run of acts, whose "by" names who did them: "a series of bombings and shootings by
#: loyalists" (the parser hangs "by" on "series")
COLLECTIONS = frozenset(
    {"series", "wave", "spate", "string", "campaign", "round", "rash", "flurry", "succession", "sequence"}
)


def _collection_agent(parse: Parse, noun: Token) -> Token | None:
    """The "by" of the run of acts the noun (or the first noun it is joined to) is "of"."""
    first = parse.first_conjunct(noun.i)
    prep = parse.tokens[first.head] if first.dep == "pobj" else None
    if prep is None or prep.lower != "of" or prep.dep != "prep":
        return None
    run = parse.tokens[prep.head]
    return by_agent(parse, run) if run.pos == "NOUN" and lemma_of(run) in COLLECTIONS else None


def clause_agent(parse: Parse, noun: Token) -> Token | None:
    """Who a participle or relative clause of the noun says did it or used it: "an attack carried
    out by the Taliban", "the bomb, which was planted by Houthi rebels", "rockets fired by militants"."""
    for clause in [*parse.children(noun.i), *_hung_after(parse, noun)]:
        if (
            clause.dep in ("acl", "relcl", "advcl")
            and _passive_clause(parse, clause)
            and lemma_of(clause) in DOING_VERBS
        ):
            agent = prep_object(parse, clause, ("by",))
            if agent is not None:
                return agent
    return None


def _hung_after(parse: Parse, noun: Token) -> list[Token]:
    """'Dozens died in the attack, reportedly conducted by the Taliban': a participle clause the
    parser hung on the verb above, right after the noun's phrase (a comma and adverbs between)."""
    holder = parse.tokens[noun.head]
    verb = parse.tokens[holder.head] if noun.dep == "pobj" else holder
    clauses = [k for k in parse.children(verb.i) if k.dep == "advcl" and k.i > noun.i]
    return [k for k in clauses if all(t.pos in ("PUNCT", "ADV") for t in parse.tokens[noun.i + 1 : k.i])]


def _passive_clause(parse: Parse, clause: Token) -> bool:
    """A passive relative clause ("which was planted by") or a bare past participle ("fired by")."""
    return clause.tag == "VBN" and (clause.dep in ("acl", "advcl") or is_passive(parse, clause))


#: verbs by which someone does an act or uses a weapon ("carried out by", "planted by", "claimed
#: by"); not those by which others react to it ("condemned by the United Nations")
DOING_VERBS = LIGHT_VERBS | frozenset(
    {"plant", "place", "fire", "detonate", "set", "throw", "drop", "hurl", "lob", "use", "deploy",
     "claim", "perpetrate", "commit", "orchestrate", "mastermind", "organize", "organise", "plot",
     "plan", "trigger", "drive", "send", "shoot"}
)  # fmt: skip


def _a_force(parse: Parse, noun: Token) -> bool:
    """An act of force, which is carried out, led or called, never issued or advanced as a request
    or a subpoena is ("the subpoena was issued by X": X subpoenaed)."""
    trig = match_trigger(parse, noun)
    return trig is not None and trig.plover in FORCE_TYPES


#: verbs whose passive's "by" names who led or called an act ("the strike was called by the union",
#: "the protest was led by students"), beside the verbs of doing it
LEADING_VERBS = frozenset({"lead", "call", "coordinate", "direct", "spearhead", "execute", "sponsor"})


#: nouns of acts done to a person, whose possessor with no "of" is the one it was done to ("Nabil's
#: murder", "his arrest"); "the US' killing of Soleimani" names the doer
UNDERGONE = frozenset(
    {"murder", "assassination", "killing", "arrest", "detention", "kidnapping", "abduction", "execution",
     "imprisonment", "extradition", "deportation", "conviction", "sentencing", "beheading", "torture",
     "lynching", "impeachment", "indictment", "prosecution", "stabbing", "shooting", "beating", "charge",
     "acquittal", "pardon", "exoneration"}
)  # fmt: skip
#: personal possessives
PERSONAL_POSSESSIVES = frozenset({"his", "her", "their", "my", "our", "your"})


def _undergone_by(parse: Parse, noun: Token) -> Token | None:
    """The person whose name or pronoun is the possessor of an act done to someone ("Nabil's murder")."""
    owner = child(parse, noun, "poss")
    if owner is None or lemma_of(noun) not in UNDERGONE or _says_that(parse, noun):
        return None  # "Sanders' charge that she has been weak": Sanders charges
    named = owner.pos == "PROPN" and owner.ent_type not in ("GPE", "NORP", "LOC", "FAC")  # "Nabil" as ORG
    person = owner.ent_type == "PERSON" or named or owner.lower in PERSONAL_POSSESSIVES
    return owner if person else None


def _says_that(parse: Parse, noun: Token) -> bool:
    """The noun has a clause of what is said ("the charge that she was weak")."""
    clauses = [k for k in parse.children(noun.i) if k.dep in ("acl", "ccomp")]
    return any(m.dep == "mark" and m.lower == "that" for c in clauses for m in parse.children(c.i))


#: verbs whose subject owns up to an act with "responsibility for" it
CLAIM_VERBS = frozenset({"claim", "accept", "take", "admit", "assume"})


def _claimant(parse: Parse, responsibility: Token) -> Token | None:
    """Who claimed responsibility for an act: its author by the claimant's own word.  Denying it
    ("denied responsibility") or a negated claim names no one."""
    verb = parse.tokens[responsibility.head]
    if responsibility.dep != "dobj" or lemma_of(verb) not in CLAIM_VERBS or child(parse, verb, "neg"):
        return None
    claimant = subject_of(parse, verb)
    if claimant is not None and claimant.pos == "NOUN" and lemma_of(claimant) in records():
        return _author(parse, claimant)  # "a letter claiming responsibility": whoever wrote it
    return claimant


def _actor_subject(parse: Parse, verb: Token) -> Token | None:
    """The verb's subject, unless it names an act ("the arrest sparked protests": no one protested
    by arresting)."""
    subject = subject_of(parse, verb)
    act = subject is not None and subject.pos == "NOUN" and match_trigger(parse, subject) is not None
    return None if act else subject


#: attack nouns whose "with" names the other side ("clashes with police"), not the weapon
#: ("an attack with knives", "airstrikes with the air force")
COMBAT = frozenset(
    {"clash", "fight", "fighting", "battle", "skirmish", "confrontation", "war", "conflict", "gunfight",
     "firefight", "scuffle", "brawl", "standoff", "hostility", "shootout", "shoot-out", "gunbattle",
     "exchange"}
)  # fmt: skip


def _armed(parse: Parse, noun: Token) -> bool:
    """An attack noun whose "with" is its instrument: any attack word but those of combat."""
    if lemma_of(noun) in COMBAT:
        return False
    trig = match_trigger(parse, noun)
    return lemma_of(noun) in weapons() or (trig is not None and trig.plover == "ASSAULT")


#: verbs whose subject is given the act their object names ("won the endorsement of the union",
#: "secured pledges from donors", "locked down endorsements from unions")
RECEIVING = frozenset(
    {"receive", "draw", "attract", "earn", "garner", "win", "get", "secure", "gain", "obtain", "land",
     "lock", "collect", "pick", "rack", "ring", "snag", "accept"}
)  # fmt: skip


def _received(parse: Parse, noun: Token) -> tuple[Token | None, Token] | None:
    """(giver, receiver) of an act given to the subject of a verb of receiving: the giver is named
    by "of", "from" or a possessive ("won the backing of the union", "got Obama's endorsement"),
    the receiver is the verb's subject; None when the noun is no such verb's object."""
    if noun.dep != "dobj" or noun.head == noun.i:
        return None
    verb = parse.tokens[noun.head]
    receiver = subject_of(parse, verb) if lemma_of(verb) in RECEIVING else None
    if receiver is None:
        return None
    giver = prep_object(parse, noun, ("of", "from")) or prep_object(parse, verb, ("from",))
    return giver or child(parse, noun, "poss"), receiver


#: verbs by which an act is given to someone ("the endorsement he gave Clinton", "the support
#: they lent him")
GIVING = frozenset({"give", "offer", "extend", "lend", "grant"})


def _passed_on(parse: Parse, noun: Token) -> tuple[Token | None, Token | None] | None:
    """(giver, receiver) of an act a verb of receiving or a clause of giving passes on."""
    return _received(parse, noun) or _given_in_clause(parse, noun)


def _given_in_clause(parse: Parse, noun: Token) -> tuple[Token, Token | None] | None:
    """(giver, receiver) of an act a relative clause says someone gave: its subject gives, its
    indirect object (or its object, the act's relative pronoun left out, or its "to") receives."""
    clause = next((k for k in parse.children(noun.i) if k.dep == "relcl" and lemma_of(k) in GIVING), None)
    giver = child(parse, clause, "nsubj") if clause is not None else None
    if clause is None or giver is None or giver.tag in RELATIVES:
        return None  # "the support that came from Iran": no one named gives it in the clause
    person = child(parse, clause, "dobj")
    person = person if person is not None and (person.ent_type == "PERSON" or person.tag == "PRP") else None
    return giver, child(parse, clause, "dative") or person or prep_object(parse, clause, ("to",))


def _giver(parse: Parse, noun: Token) -> Token | None:
    """Who gives the act: "criticism from the opposition", "drew criticism from the opposition"."""
    own = prep_object(parse, noun, ("from",)) or _from_after_matter(parse, noun)
    head = parse.tokens[noun.head]
    if own is None and noun.dep == "dobj" and undergoes(head, noun):
        return prep_object(parse, head, ("from",))
    return own


def _from_after_matter(parse: Parse, noun: Token) -> Token | None:
    """'criticism for the move from Clinton and Trump': the parser hangs the "from" on what the
    criticism is for or about; a party there is who voices it (not "a subpoena for documents from
    Pompeo": what is asked for comes from whom it is asked of)."""
    if lemma_of(noun) not in CENSURE_NOUNS:
        return None
    for matter in (
        child(parse, p, "pobj")
        for p in parse.children(noun.i)
        if p.dep == "prep" and p.lower in ("for", "over", "about")
    ):
        giver = prep_object(parse, matter, ("from",)) if matter is not None else None
        if giver is not None and _party_word(parse, giver) is not None:
            return giver
    return None


#: prepositions of what an act is about ("criticism over the decision"), not of whom it is done to
MATTER_PREPS = frozenset({"over", "about"})


def _undergoer_over_matter(parse: Parse, noun: Token, target: Token | None) -> Token | None:
    """'The minister faced criticism over the decision', 'the senator faces accusations of
    favoritism': who undergoes the act is its target, not what it is about ("over", "about", or "of"
    a thing with no name, when the act has someone who undergoes it)."""
    if target is None or target.head == target.i:
        return target
    prep = parse.tokens[target.head].lower
    matter = prep in MATTER_PREPS or (prep == "of" and not target.ent_type and target.pos == "NOUN")
    return (_undergoer(parse, noun) or target) if matter else target


def _undergoer(parse: Parse, noun: Token) -> Token | None:
    """'Wiranto survived an attack', 'suffered wounds in the attack': who it was done to."""
    if lemma_of(noun) in STATES_OF_PERSONS or _under_arrest(parse, noun):
        return _in_state(parse, noun)
    marked = _marked_as(parse, noun)
    if marked is not None:
        return marked
    tok = noun
    if tok.dep == "pobj" and tok.head != tok.i:
        tok = parse.tokens[tok.head]  # the preposition: "in the attack"
    head = parse.tokens[tok.head]
    dying = tok.dep == "prep" and head.lemma.lower() in DYING  # "eight Mexicans died in the attack"
    # "he came under attack", "the city is under siege": who is under it
    under = tok.dep == "prep" and tok.lower == "under" and head.lemma.lower() in BEING_UNDER
    if dying or under or (tok.dep in ("dobj", "prep") and undergoes(head, noun)):
        return subject_of(parse, head)
    return None


#: nouns that say what someone was to an act ("Abqaiq was the target of an attack")
MARKED_AS = frozenset({"target", "victim", "object"})


def phrase_of(parse: Parse, noun: Token) -> tuple[Token, Token] | None:
    """The preposition whose object the noun is, and the word that phrase hangs on ("suspects in
    custody": "in", "suspects"), or None."""
    if noun.dep != "pobj" or noun.head == noun.i:
        return None
    prep = parse.tokens[noun.head]
    return None if prep.head == prep.i else (prep, parse.tokens[prep.head])


def _marked_as(parse: Parse, noun: Token) -> Token | None:
    """'X was the target of an Al-Qaeda attack', 'she was a victim of the bombing': X, she; and
    the victims an act's "of" or possessive hangs on: "the victims of the bombing were named", "the
    bombing's victims, Marc Fucarile", "the last victim of the attack was a teacher"."""
    holder = _holder_of(parse, noun)
    if holder is None or lemma_of(holder) not in MARKED_AS:
        return None
    if holder.dep == "attr":
        return child(parse, parse.tokens[holder.head], "nsubj")
    named = child(parse, holder, "appos")
    said = child(parse, parse.tokens[holder.head], "attr") if holder.dep == "nsubj" else None
    if named is None and said is not None and _someone(parse, said):
        named = said  # "the last victim ... was a teacher, Aysha Frade"; not "were 'collateral damage'"
    # "the target of the attack" names no one by itself; the victims do
    return named or (holder if lemma_of(holder) == "victim" else None)


#: entity types of names of someone
SOMEONE = frozenset({"PERSON", "NORP", "ORG", "GPE"})


def _someone(parse: Parse, word: Token) -> bool:
    """A word that names people: a name, a pronoun, a plural ("foreign citizens"), a role ("a
    teacher"), or a noun with a person's name beside it."""
    if word.ent_type in SOMEONE or word.tag in ("NNP", "NNPS", "NNS", "PRP"):
        return True
    if agent_for(word.text) is not None or agent_for(lemma_of(word)) is not None:
        return True
    return any(k.dep == "appos" and k.ent_type == "PERSON" for k in parse.children(word.i))


def _holder_of(parse: Parse, noun: Token) -> Token | None:
    """The noun whose "of" phrase or possessive the act noun is ("the victims of the bombing", "the
    bombing's victims")."""
    if noun.dep == "poss" and noun.head != noun.i:
        return parse.tokens[noun.head]
    phrase = phrase_of(parse, noun)
    return phrase[1] if phrase is not None and phrase[0].lower == "of" else None


#: nouns of a state a person is put or kept in ("the accused remain in custody")
STATES_OF_PERSONS = frozenset({"custody"})


def _under_arrest(parse: Parse, noun: Token) -> bool:
    """'Placed under house arrest', 'is under arrest', 'was moved to house arrest': arrest as the
    state someone is in or is sent to."""
    phrase = phrase_of(parse, noun)
    if lemma_of(noun) != "arrest" or phrase is None:
        return False
    prep, holder = phrase
    return prep.lower == "under" or (
        prep.lower == "to" and holder.pos == "VERB" and lemma_of(holder) in SENT_TO
    )


#: verbs that send someone to a state ("transferred to house arrest", "sentenced to house arrest")
SENT_TO = frozenset({"transfer", "move", "send", "sentence", "release", "return", "confine", "commute"})


def _in_state(parse: Parse, noun: Token) -> Token | None:
    """Who is in the state: the subject of the clause ("three men were placed in custody") or the
    noun the phrase hangs on ("suspects in custody")."""
    phrase = phrase_of(parse, noun)
    if phrase is None:
        return None
    holder = phrase[1]
    if holder.pos in ("NOUN", "PROPN", "PRON"):
        return holder
    # "police placed three men in custody": the object; "three men were placed in custody", "he
    # remains in custody": the subject; "Lopez, who was moved to house arrest": Lopez
    held = child(parse, holder, "dobj") or child(parse, holder, "nsubj", "nsubjpass")
    return relative_antecedent(parse, held) if held is not None else None


def _between(parse: Parse, noun: Token) -> tuple[Token, Token] | None:
    """The two sides of "talks between X and Y"."""
    first = prep_object(parse, noun, ("between",))
    second = child(parse, first, "conj") if first is not None else None
    return (first, second) if first is not None and second is not None else None


def nationality(parse: Parse, noun: Token) -> Token | None:
    """'the American occupation', 'Israeli air strikes': a nationality word names who acted; so does
    the adjective of a party ("Republican criticism")."""
    for k in parse.children(noun.i):
        info = country_for(k.text) if k.dep == "amod" and k.pos == "ADJ" else None
        if info is not None and info.kind == "adjective" and not info.approximate:
            return k
        if k.dep == "amod" and k.lower in PARTY_ADJECTIVES and k.text[:1].isupper() and k.i < noun.i:
            return k
    return None


#: adjectives of political parties and camps, which name who acted ("Republican criticism",
#: "Labour calls for an inquiry"); not those of a faith or a people ("Islamic", "Arab"), which
#: describe more often than they name a doer
PARTY_ADJECTIVES = frozenset(
    {"republican", "democratic", "democrat", "conservative", "labour", "liberal", "tory", "gop"}
    | {"socialist", "communist", "libertarian", "unionist", "loyalist", "nationalist", "separatist"}
)


def _compound_actor(parse: Parse, noun: Token, exclude: Token | None) -> Token | None:
    """'the U.S. drone strike': a proper-noun modifier names who struck.  A word before the noun's
    determiner is none of its modifiers, whatever the parse says ("Abstract The Oklahoma City
    bombing": a page's heading glued to the sentence)."""
    kids = parse.children(noun.i)
    determiner = next((k.i for k in kids if k.dep == "det"), -1)
    for k in kids:
        if (
            k.dep in ("compound", "nmod", "amod")
            and k.pos == "PROPN"
            and k is not exclude
            and k.i > determiner
            and not names_time(k)
        ):
            if (
                place_name(parse, k, COUNTRY_NAMES)
                or known_town(parse, k)
                or k.ent_type in SITES
                or _names_a_site(parse, k)
                or _a_site(k)
            ):
                continue  # "the Paris attacks", "the Boston Marathon bombing" (or "blasts"): where or what
            if _victim_named(noun, k):
                continue  # "the Khashoggi murder": whom
            return k
        if k.dep == "compound" and k.pos == "NOUN" and _acting_body(k):
            return k  # "a police raid", "an army offensive", "a government crackdown"
        # a compound's own modifiers, but not a site's ("the Glasgow pub bombings": the pub's Glasgow)
        if k.dep == "compound" and k.pos == "NOUN" and lemma_of(k) not in SITE_NOUNS:
            inner = _compound_actor(parse, k, exclude)
            if inner is not None:
                return inner
    return None


#: acts done to one person, whose person's name before them says whom ("the Kennedy assassination")
DONE_TO_ONE = frozenset(
    {"assassination", "murder", "killing", "kidnapping", "abduction", "beheading", "execution", "stabbing",
     "poisoning", "lynching"}
)  # fmt: skip


def _victim_named(noun: Token, word: Token) -> bool:
    """The name before the noun is a person's, and the noun an act done to one person."""
    return lemma_of(noun) in DONE_TO_ONE and word.ent_type == "PERSON"


def _named_victim(parse: Parse, noun: Token) -> Token | None:
    """'The Kennedy assassination', 'the Maduro assassination attempt': the person's name before an
    act done to one person."""
    acts = _act_words(parse, noun)
    names = [k for a in acts for k in parse.children(a.i) if k.dep == "compound" and _victim_named(a, k)]
    return names[-1] if names else None


def _act_words(parse: Parse, noun: Token) -> list[Token]:
    """The noun, and the act nouns before it when it names an undertaking ("assassination attempt")."""
    named = (
        [k for k in parse.children(noun.i) if k.dep == "compound"] if lemma_of(noun) in UNDERTAKINGS else []
    )
    return [noun, *named]


#: entity types of a name before an attack's noun that says what was struck ("the Westminster Bridge
#: attack", "the Boston Marathon bombing"): a building, a structure or an event, never who struck
SITES = frozenset({"FAC", "EVENT"})


#: places where people gather or travel, which an attack's noun before them says were struck ("the
#: shrine bombing", "the Glasgow pub bombings", "a train bombing"); weapons and manners ("a car
#: bombing", "a knife attack", "a suicide bombing") are not among them
SITE_NOUNS = frozenset(
    {"shrine", "temple", "church", "mosque", "synagogue", "cathedral", "school", "university", "campus"}
    | {"market", "mall", "shop", "store", "pub", "bar", "club", "nightclub", "cafe", "restaurant", "hotel"}
    | {"train", "subway", "metro", "airport", "station", "stadium", "concert", "embassy", "consulate"}
    | {"hospital", "checkpoint", "convoy", "marathon", "parade", "rally", "office", "barracks", "bridge"}
    | {"building", "tower", "hall", "headquarters", "palace", "parliament", "courthouse", "prison", "jail"}
    | {"academy", "college", "museum", "library", "cinema", "theatre", "theater", "arena", "festival"}
    | {"square", "plaza", "port", "bus", "ferry", "plane", "flight", "factory", "refinery", "camp", "base"}
    | {"coach", "tram"}
)
#: words that end a site's name but, as common nouns, name a middle as often ("the World Trade Center";
#: "in the center of the country")
SITE_NAME_ENDS = frozenset({"center", "centre"})


def _struck_site(parse: Parse, noun: Token) -> Token | None:
    """The site or event an attack's noun says was struck, by the word before it: a named building,
    structure or event, or a common noun of SITE_NOUNS."""
    trig = match_trigger(parse, noun)
    if trig is None or trig.plover != "ASSAULT":
        return None
    sites = [k for k in parse.children(noun.i) if k.dep == "compound" and (_a_site(k) or _a_firm(parse, k))]
    return sites[-1] if sites else None


#: sectors of companies, whose name before an attack's noun is the store or the plant struck
FIRMS = frozenset({"MNC", "BUS"})


def _a_firm(parse: Parse, word: Token) -> bool:
    """'The Walmart shooting': a company's name, which names its premises there, not an attacker."""
    info = actor_for(_compound_name(parse, word)) if word.pos == "PROPN" else None
    return info is not None and info.sector in FIRMS


#: verbs whose object attack's place phrase they may hold ("carried out the attack at an academy")
CARRYING_OUT = frozenset(
    {"carry", "launch", "stage", "conduct", "mount", "commit", "perpetrate", "plan", "plot"}
)


def _struck_there(parse: Parse, noun: Token) -> Token | None:
    """'an explosion outside the restaurant', 'carried out the bomb attack at a police academy': a
    site (SITE_NOUNS, a named building) where an attack's noun says it happened is what it struck; a
    town is the event's place. The phrase may hang on the verb whose object the noun is."""
    if not _an_assault(parse, noun) or _harms_as_subject(parse, noun):
        return None
    holders = [noun]
    if noun.dep == "dobj" and noun.head != noun.i and lemma_of(parse.tokens[noun.head]) in CARRYING_OUT:
        holders.append(parse.tokens[noun.head])  # not "ordered the attack in a hall": where it was ordered
    end = max(t.i for t in parse.subtree(noun.i))
    for holder in holders:
        for prep in parse.children(holder.i):
            if prep.dep != "prep" or prep.lower not in BLAST_PREPS or prep.i < noun.i:
                continue
            if holder.i != noun.i and prep.i != end + 1:
                continue  # on the verb, only right after the noun's phrase
            site = _of_objects_site(parse, child(parse, prep, "pobj"))
            if site is not None and site.ent_type != "EVENT":  # "in World War II" says when
                return site
    return None


def _harms_as_subject(parse: Parse, noun: Token) -> bool:
    """'the attack outside the academy injured 68', 'the bombing at a market that killed 12': whom it
    harmed, not the site, is what it struck."""
    if noun.dep == "nsubj" and noun.head != noun.i and lemma_of(parse.tokens[noun.head]) in HURT_IN:
        return True
    return any(k.dep in ("acl", "relcl") and lemma_of(k) in HURT_IN for k in parse.children(noun.i))


def _names_a_site(parse: Parse, word: Token) -> bool:
    """A name right before a site noun of the same act ("the Glasgow pub bombings"): the site's."""
    after = parse.tokens[word.i + 1] if word.i + 1 < len(parse.tokens) else None
    return after is not None and after.head == word.head and after.dep == "compound" and _a_site(after)


def _a_site(word: Token) -> bool:
    """A named building, structure or event ("the Westminster Bridge", a FAC), or a site noun."""
    named = word.pos == "PROPN" and (word.ent_type in SITES or word.lower in SITE_NOUNS | SITE_NAME_ENDS)
    return named or (word.pos == "NOUN" and lemma_of(word) in SITE_NOUNS)


#: what country_for calls a name of the country itself ("Iraq", "U.S."), not of its capital or a region
COUNTRY_NAMES = frozenset({"country", "abbreviation"})
#: ... and the names that stand for its government where it is visited ("visiting Washington")
SEATS_OF_STATE = COUNTRY_NAMES | {"capital"}


def place_name(parse: Parse, word: Token, acting: frozenset[str]) -> bool:
    """A city, a state or a region: a place name whose kind in the country table is not in ``acting``
    (the kinds that stand for the country's state).  Before an act's noun it says where ("the Paris
    attacks", "the San Bernardino shooting"); a country's name there says who ("a U.S. strike")."""
    if word.ent_type not in ("GPE", "LOC", "FAC"):
        return False
    info = country_for(_compound_name(parse, word))
    return info is None or info.kind not in acting


#: entity kinds the parser gives a person or a people: such a name is who, whatever town
#: shares it ("the Clinton campaign", "Obama's strikes": both are towns too)
ACTOR_ENTITIES = frozenset({"PERSON", "NORP"})


def known_town(parse: Parse, word: Token) -> bool:
    """A city or a region of the gazetteer that the parser did not tag as a place ("the Manbij
    bombing", Manbij read as a product): not a country, whose name says who acted ("a U.S. strike"),
    nor a name the parser gives a people, nor one the actor dictionary knows ("an Obama
    airstrike"); a lone word the parser gives a person is a town only when a city of at least
    CITY_AS_PERSON people bears it ("the Waco siege")."""
    lone_person = word.ent_type == "PERSON" and not parse.children(word.i)
    if (word.ent_type in ACTOR_ENTITIES and not lone_person) or word.ent_type in ("GPE", "LOC", "FAC"):
        return False
    name = _compound_name(parse, word)
    if actor_for(name) is not None:
        return False
    least = CITY_AS_PERSON if lone_person else 0
    matches = gazetteer().lookup(name)
    return any(
        m.primary and m.candidate.feature != COUNTRY and m.candidate.population >= least for m in matches
    )


#: people of a city whose one-word name, tagged as a person's, still reads as the city before an act
CITY_AS_PERSON = 100_000


def _compound_name(parse: Parse, word: Token) -> str:
    """The word with the proper-noun words compounded before it ("Oklahoma City"; "United States",
    which the parser may link as "nmod")."""
    before = [k for k in parse.children(word.i) if k.i < word.i and (k.dep == "compound" or _name_part(k))]
    return " ".join([k.text for k in before] + [word.text])


def _name_part(word: Token) -> bool:
    """A proper noun of the same name as the word it modifies ("United" in "United States")."""
    return word.dep == "nmod" and word.pos == "PROPN" and word.ent_iob == "B"


#: sectors of the bodies whose name before an act's noun says who did it ("a police raid");
#: other words there say whom or where ("a school shooting", "a mosque bombing")
ACTING_SECTORS = frozenset({"COP", "MIL", "GOV", "REB", "INS", "SPY", "UAF", "OPP"})


def _acting_body(word: Token) -> bool:
    agent = agent_for(word.lemma.lower())
    return agent is not None and agent.sector in ACTING_SECTORS


def tells_of(parse: Parse, verb: Token) -> bool:
    """The verb's subject tells of, sees or greets the act its object names.  "Call" tells only
    when it names ("called the attack cowardly", "called it a massacre"); "called a strike"
    calls one."""
    if verb.lemma.lower() != "call":
        return verb.lemma.lower() in TELLING_VERBS
    kids = parse.children(verb.i)
    objects = [k for k in kids if k.dep == "dobj"]
    after = [k for k in kids if objects and k.i > objects[0].i]
    if any(k.dep in NAMING_DEPS or (k.dep == "advmod" and k.lower not in WHEN_ADVERBS) for k in after):
        return True  # "called the attack cowardly" (the parser makes "cowardly" an adverb)
    return any(g.dep in ("acl", "amod", "appos") and g.i > o.i for o in objects for g in parse.children(o.i))


#: links of what a calling names its object ("called it a massacre", "called the attack an outrage")
NAMING_DEPS = frozenset({"oprd", "ccomp", "xcomp", "acomp", "attr"})
#: adverbs of when or how an act was called, which name nothing ("called a strike again")
WHEN_ADVERBS = frozenset(
    {"today", "yesterday", "again", "also", "now", "then", "immediately", "later", "earlier", "formally",
     "officially", "quickly", "swiftly", "publicly", "recently", "previously", "once", "twice"}
)  # fmt: skip


def _bare_noun_of(parse: Parse, prep: Token, noun: Token) -> bool:
    """The noun is the preposition's own object with no determiner: a manner ("walked out in
    protest"), not an event in which something happened ("died in the attack")."""
    own = noun.head == prep.i != noun.i
    return own and not any(k.dep in ("det", "poss") for k in parse.children(noun.i))


def _blamed_for(parse: Parse, tok: Token, head: Token) -> Token | None:
    """Whom an act is laid on: "blamed Iran for the attacks" (the act after "for"), "attributed the
    bombing to Houthi rebels" (the act as object, the author after "to")."""
    if tok.dep == "prep" and tok.lower == "for" and lemma_of(head) == "blame":
        return child(parse, head, "dobj")
    if tok.dep == "dobj" and lemma_of(head) in ("attribute", "ascribe"):
        return prep_object(parse, head, ("to",))
    return None


def _author_of(parse: Parse, prep: Token, head: Token) -> Token | None:
    """The noun of who did an attack that the attack's "in" or "of" phrase hangs on ("the suspect in
    the shooting"), or follows right after where the parser hung the phrase on the verb ("arrested the
    suspect in the shooting"); who is "behind" it, or took part "in" it ("participated in the
    bombings")."""
    act = (
        child(parse, prep, "pobj")
        if prep.dep == "prep" and prep.lower in ("in", "of", "behind", "for")
        else None
    )
    if act is None or not _an_assault(parse, act):
        return None  # "suspects in custody" are held, not holders
    if head.pos in ("NOUN", "PROPN") and prep.lower == "behind":
        return head  # "the group behind the pub bombings", "Iran is behind the attacks"
    if head.pos in ("VERB", "AUX") and prep.lower == "behind":
        # "who was behind the drone attack"; "named the man behind the attack", the phrase hung on
        # the verb: the object just before it
        named = parse.tokens[prep.i - 1]
        return named if named.dep == "dobj" and named.head == head.i else subject_of(parse, head)
    if prep.lower == "for" and head.lower == "responsible":
        return _responsible(parse, head)  # "those responsible for the explosion"
    if head.pos == "NOUN" and prep.lower == "in" and lemma_of(head) in SHARES:
        return _part_holder(parse, head)  # "admitted his part in the bombing", "played a role in"
    if head.pos in ("VERB", "AUX") and prep.lower == "in" and _takes_part(parse, head):
        # "he participated in the bombings", "decided to take part in an attack"
        controlled = head.dep == "xcomp" and child(parse, head, "nsubj", "nsubjpass") is None
        return (
            borrowed_subject(parse, head, passive=False)
            if controlled
            else child(parse, head, "nsubj", "nsubjpass")
        )
    if head.pos == "NOUN":
        return head if lemma_of(head) in AUTHOR_NOUNS else None
    before = parse.tokens[prep.i - 1] if prep.i > 0 else None  # "was a participant in the bombing"
    if before is None or before.dep not in ("dobj", "attr") or before.head != head.i:
        return None
    if prep.lower == "in" and lemma_of(before) in SHARES:
        return _part_holder(parse, before)  # "admitted his part in the bombing", hung on the verb
    return before if lemma_of(before) in AUTHOR_NOUNS else None


#: legal acts done to a person (events.senses reads them too: "anyone accused of a crime" is a kind)
LEGAL = frozenset({"accuse", "charge", "convict", "suspect", "prosecute", "sentence", "indict", "arrest",
                   "detain", "jail", "imprison"})  # fmt: skip
#: verbs that hold someone to account for an act named after "of", "for", "with" or "over": the one
#: held is its (alleged) doer ("was convicted of the bombing", "charged him with the murder")
CHARGING = LEGAL | {"try", "acquit", "execute", "extradite", "investigate"}
#: prepositions of the act one is held to account for
CHARGE_PREPS = frozenset({"of", "for", "with", "over", "on"})
#: words of guilt whose "of" or "to" names an act of the one guilty ("found guilty of", "pleaded guilty to")
GUILT = frozenset({"guilty", "innocent", "responsible"})


def _charged_with(parse: Parse, prep: Token, head: Token) -> Token | None:
    """Who is held to account for an attack: "McVeigh was convicted of the bombing", "charged him with
    the murder", "was found guilty of the attack", "pleaded guilty to the shooting"."""
    act = child(parse, prep, "pobj") if prep.dep == "prep" else None
    if act is None or not _an_assault(parse, act):
        return None
    if lemma_of(head) in GUILT and prep.lower in ("of", "to") and head.head != head.i:
        verb = parse.tokens[head.head]  # "found guilty": the found; "pleaded guilty": who pleads
        return child(parse, verb, "nsubjpass", "dobj") or subject_of(parse, verb)
    if prep.lower == "for" and head.pos == "NOUN" and lemma_of(head) in PUNISHMENTS:
        return _part_holder(parse, head, SERVING)  # "is serving a life sentence for the assassination"
    if head.pos != "VERB" or lemma_of(head) not in CHARGING or prep.lower not in CHARGE_PREPS:
        return None
    return child(parse, head, "nsubjpass") if is_passive(parse, head) else child(parse, head, "dobj")


#: nouns of a punishment served for an act ("serving a life sentence for the assassination")
PUNISHMENTS = frozenset({"sentence", "term"})
#: verbs whose subject undergoes the punishment that is their object ("serves", "received"), not
#: who metes it out ("the judge handed down a sentence")
SERVING = frozenset({"serve", "receive", "get", "face", "begin", "complete"})


#: nouns of one's share in an act ("his part in the bombing", "played a role in the murder")
SHARES = frozenset({"part", "role", "involvement", "complicity", "participation", "hand"})


def _part_holder(parse: Parse, part: Token, verbs: frozenset[str] | None = None) -> Token | None:
    """Whose part (or punishment) it is: its possessor, or the subject of the active verb it is the
    object of ("played a role"; with ``verbs``, only one of them: "serves a sentence", not "handed
    down a sentence")."""
    owner = child(parse, part, "poss")
    if owner is not None or part.dep != "dobj" or part.head == part.i:
        return owner
    verb = parse.tokens[part.head]
    holds = verb.pos == "VERB" if verbs is None else lemma_of(verb) in verbs
    return subject_of(parse, verb) if holds and not is_passive(parse, verb) else None


def _responsible(parse: Parse, word: Token) -> Token | None:
    """Who is responsible: the noun the adjective follows ("the group responsible for the attack"), or
    the subject it is said of ("who was responsible for the attacks")."""
    if word.dep == "amod" and word.head != word.i:
        return parse.tokens[word.head]
    verb = parse.tokens[word.head] if word.dep == "acomp" and word.head != word.i else None
    return subject_of(parse, verb) if verb is not None else None


def _an_assault(parse: Parse, act: Token) -> bool:
    """An attack's noun, or the undertaking one names ("the assassination attempt")."""
    words = _act_words(parse, act)
    return any((trig := match_trigger(parse, w)) is not None and trig.plover == "ASSAULT" for w in words)


def _takes_part(parse: Parse, verb: Token) -> bool:
    """'participated in', 'took part in', 'was involved in', 'engaged in': the subject did the act."""
    lemma = lemma_of(verb)
    if lemma == "take":
        return any(k.dep == "dobj" and k.lower == "part" for k in parse.children(verb.i))
    return lemma in ("participate", "engage") or (lemma == "involve" and is_passive(parse, verb))


#: nouns of meetings: who acts during or at one, with the one met named, took part in it
MEETINGS = frozenset(
    {"meeting", "talk", "call", "summit", "conversation", "breakfast", "lunch", "dinner", "session",
     "negotiation", "consultation"}
)  # fmt: skip


#: prepositions that place an act in, at or around a meeting
MEETING_TIMES = frozenset({"during", "at", "in", "after", "following", "before", "from"})


def _took_part(parse: Parse, prep: Token, noun: Token) -> bool:
    """'Pelosi aired her concerns during a conference call with Democratic lawmakers', 'Zelensky
    said in a meeting with Honcharuk', 'Emerging from a meeting with President Obama, Sanders said',
    'after talks with Putin, Macron said': the subject acting during, at, in, before, after or
    coming from a meeting that names the one met took part in it, whatever the verb."""
    if prep.dep != "prep" or prep.lower not in MEETING_TIMES or lemma_of(noun) not in MEETINGS:
        return False
    own = noun.head == prep.i != noun.i
    return own and prep_object(parse, noun, ("with",)) is not None


def _leaves_the_act(parse: Parse, prep: Token, head: Token, went_on: bool) -> bool:
    """Climbing through this preposition leaves the act's own phrase: "summoned the envoy over the
    arrests" (who made them is another matter), "stressed her support of the 2011 raid" (a noun
    with a holder of its own: the supporter did not raid)."""
    if prep.lower == "of":
        foreign = lemma_of(head) in ABOUT_THE_ACT or child(parse, head, "poss") is not None
        return head.pos == "NOUN" and foreign
    return prep.lower != "in" and not went_on


#: nouns whose "of" leaves the act: what is known or said of it, its time, its outcome, its worth, its
#: risk or its cause ("asserted the evidence of the bombing was fabricated", "has records of drone
#: strikes", "provided advance warning of attacks"); who has or gives them did not do it, whereas who
#: carries out "a series of attacks" or orders "the deployment of troops" does
ABOUT_THE_ACT = frozenset(
    {"evidence", "record", "report", "footage", "video", "image", "photo", "photograph", "picture", "news",
     "detail", "account", "story", "proof", "documentation", "data", "list", "database", "description",
     "analysis", "study", "review", "assessment", "investigation", "probe", "inquiry", "anniversary",
     "day", "night", "aftermath", "wake", "eve", "moment", "efficacy", "effectiveness", "legality",
     "legitimacy", "morality", "impact", "effect", "consequence", "cost", "toll", "victim", "survivor",
     "family", "witness", "memory", "memorial", "site", "scene", "risk", "possibility", "prospect", "fear",
     "warning", "danger", "likelihood", "basis", "cause", "motive", "reason", "root", "origin"}
)  # fmt: skip


def _not_its_doer(parse: Parse, noun: Token, tok: Token, head: Token) -> bool:
    """The subject of the verb over the act does not do it: the verb is an act of its own ("condemned
    the attack"), undergoes it ("survived an attack": the subject is its target), tells of it, acts
    against it ("suppress protests"), or weighs, refuses or answers the act that is its very object
    ("declined the request"; not "used car bombs", "the tactic it used in previous attacks")."""
    verb = head.lemma.lower()
    own_act = _own_act(parse, head, {lemma_of(tok), lemma_of(noun)})
    instrument = _a_weapon(tok) and match_trigger(parse, tok) is None  # "used car bombs"
    regarded = verb in REGARDING_VERBS and tok.dep == "dobj" and not instrument and _joined(parse, noun, tok)
    regarded = regarded or _caused_by_a_thing(parse, head)
    undergone = undergoes(head, noun)
    judged = verb in CASE_VERBS and lemma_of(noun) in CASES
    return own_act or undergone or judged or verb in COUNTER_VERBS or regarded or tells_of(parse, head)


#: verbs of causing that a bomber does to his own bomb ("triggered an explosion") as often as a
#: ruling or a death does to the protests that follow it ("the ruling triggered protests")
CAUSING = frozenset({"trigger", "cause", "ignite", "unleash"})


def _caused_by_a_thing(parse: Parse, verb: Token) -> bool:
    """'The ruling triggered protests': a thing that causes an act does not do it (who triggers or
    causes one, "the bomber triggered the explosion", still does)."""
    if lemma_of(verb) not in CAUSING:
        return False
    subject = subject_of(parse, verb)
    return subject is not None and _a_thing(subject)


def _own_act(parse: Parse, verb: Token, objects: frozenset[str] | set[str] = frozenset()) -> bool:
    """The verb over an act noun is an act of its own ("condemned the attack"), not a light verb
    that does the act ("carried out an attack"), nor one whose other sense takes one of ``objects``
    and so does the act it names ("execute attacks": other_senses.tsv)."""
    lemma = verb.lemma.lower()
    light = lemma in LIGHT_VERBS or bool(objects & other_sense_words().get(("V", lemma), set()))
    return not light and match_trigger(parse, verb) is not None


def _joined(parse: Parse, noun: Token, tok: Token) -> bool:
    """``tok`` is the noun itself, or a word the noun is joined or attached to ("sparked controversy
    and protests"), with no preposition between."""
    word = noun
    for _ in range(6):
        if word.i == tok.i:
            return True
        if word.dep not in ("conj", "compound", "amod") or word.head == word.i:
            return False
        word = parse.tokens[word.head]
    return False


def _doer_named_above(parse: Parse, tok: Token, head: Token) -> Token | None:
    """Who a word above the act says did it: "X carried out an attack" claimed, "blamed Iran for the
    attacks", "attributed the bombing to Houthi rebels", "the suspect in the shooting", "the
    perpetrators of the attack"."""
    claimed = _doer_above(parse, tok, head)
    if claimed is not None:
        return claimed[0]
    return _blamed_for(parse, tok, head) or _author_of(parse, tok, head) or _charged_with(parse, tok, head)


def governing_subject(parse: Parse, noun: Token) -> Token | None:
    """'X carried out an attack', 'his decision to order the assassination'; an act noun that
    modifies the undertaking it names takes that noun's place ("went on a shooting rampage")."""
    tok = parse.tokens[noun.head] if noun.dep in ("compound", "amod") else noun
    for _ in range(5):
        if tok.head == tok.i:
            return None
        head = parse.tokens[tok.head]
        author = _doer_named_above(parse, tok, head)
        if author is not None:
            return author
        if head.pos in ("VERB", "AUX") and _took_part(parse, tok, noun):
            return _actor_subject(parse, head)  # "aired her concerns during a call with lawmakers"
        went_on = tok.lower == "on" and lemma_of(head) == "go"  # "went on a shooting rampage"
        if tok.dep == "prep" and _leaves_the_act(parse, tok, head, went_on):
            return None
        # "walked out in protest": the noun's own "in" (not "in the wake of the attacks")
        # "remains in custody": a state the subject is kept in, not an act of its own
        manner = went_on or (
            tok.dep == "prep"
            and tok.lower == "in"
            and _bare_noun_of(parse, tok, noun)
            and lemma_of(noun) not in STATES_OF_PERSONS
        )
        if head.pos in ("VERB", "AUX") and tok.dep == "nsubjpass":
            # "an attack was carried out by X"; "the killing was condemned by X", "the attack was
            # repelled by X": X did not kill, nor attack
            done = not _own_act(parse, head) and (
                lemma_of(head) in DOING_VERBS | LEADING_VERBS or not _a_force(parse, noun)
            )
            return prep_object(parse, head, ("by",)) if done else None
        if tok.dep == "attr":
            return None  # "it was the deadliest attack": what the act is said to be, not who did it
        if head.pos in ("VERB", "AUX") and (manner or tok.dep in ("dobj", "pobj")):
            # "condemned the attack": who condemns is not who attacked; "carried out an attack": it is
            return None if _not_its_doer(parse, noun, tok, head) else _actor_subject(parse, head)
        if head.pos == "NOUN" and tok.dep in ("acl", "relcl"):
            owner = child(parse, head, "poss")
            if owner is not None:
                return owner
        if tok.dep not in ("dobj", "pobj", "prep", "xcomp", "acl", "conj"):
            return None
        tok = head
    return None
