"""Rules of the PLOVER manual that look beyond the trigger word itself.

- The topic of a protest is no event of its own: in "thousands marched to
  demand his resignation" the demand is what the PROTEST is about.
- PROTEST presumes physical activity: a government or an international body
  that "protests" an act makes a diplomatic protest, coded ACCUSE
  ('disapprove').
- Hostage rescues are AID: soldiers or police who "free" captives rescue
  them; a captor who frees them releases them (RETREAT).
- A promise of harm is a threat: "vowed to attack", "pledged to punish", "promised a crackdown" is
  THREATEN (CAMEO 13), not the AGREE a vow to cooperate is (CAMEO 03).
- A strike that workers, a union, teachers or doctors hold, or one that is
  called, staged or joined, is a labour strike (CAMEO 143, PROTEST strike), not
  an air strike.
- An attack by a newspaper, a magazine, a broadcaster or a document is made in
  words: CAMEO 111 (criticize or denounce, ACCUSE), not an assault; so is a named
  politician's attack on a person in which no one is hurt ("Trump attacked Biden"), and an
  attack on someone for what they did or as what they are called ("attacked other candidates for
  accepting donations", "attacked her opponent as a fraud").
- Coming under fire from no armed party, for or over something, is criticism (CAMEO 111): "the
  senator came under fire from Democrats over his remarks".
- Rockets or missiles fired or launched at, on, into or against someone, or
  aimed at them, are an attack (CAMEO 195, aerial weapons: heavy weapons); fired with no one
  aimed at (a test, a show of force), they stay MOBILIZE.
- Police who capture someone arrest them (CAMEO 173, COERCE detain): "captured
  by FBI agents" is no abduction and no occupation of territory.
- A building stormed, occupied, besieged, torched or looted by protesters, rioters, students or a
  crowd is a protest (PLOVER's "collective actions carried out as protests": riot, obstruct), not
  an armed attack or an occupation of territory: "protesters stormed the parliament building".
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from eventwire.actors.affiliation import INSTITUTIONS
from eventwire.coref.words import nouns_of
from eventwire.events.arguments import (
    BODY_PARTS,
    SITE_NOUNS,
    THING_ENTITIES,
    child,
    from_whom,
    prep_object,
    subject_of,
    under_fire,
)
from eventwire.events.cameo_fields import code_fields
from eventwire.events.casualties import is_casualty_verb
from eventwire.events.lexicon import (
    PROTESTERS,
    a_person,
    documents,
    lemma_of,
    match_trigger,
    mode_words,
    of_time,
    records,
    weapons,
)
from eventwire.model import Actor, Event, Party
from eventwire.ontology import agent_for
from eventwire.parse import Parse, Token
from eventwire.places.gazetteer import CITY, gazetteer

#: links from a protest to the clause that says what it is for
TOPIC_LINKS = ("advcl", "acl", "xcomp")
#: the code of a diplomatic protest
DISAPPROVE = "111"
#: the code of a rescue (CAMEO 073, humanitarian aid)
RESCUE = "073"
#: sectors whose freeing of captives is a rescue
RESCUERS = frozenset({"MIL", "COP", "SPY"})
#: verbs of attack that media and documents make in words, and the code of that criticism
VERBAL_ATTACKS = frozenset(
    {"attack", "assail", "savage", "slam", "blast", "hit", "rip", "assault", "clash", "hammer", "offensive",
     "pound", "take", "tear", "torch"}
)  # fmt: skip
CRITICIZE = "111"
#: sectors of politicians, whose attack on a person is made in words, and of armed people
POLITICIANS = frozenset({"GOV", "LEG", "ELI", "OPP", "JUD"})
#: the sectors of offices, whose holders named by their title are politicians ("the senator")
OFFICES = POLITICIANS - {"OPP"}
ARMED = frozenset({"MIL", "REB", "INS", "COP", "SPY", "UAF"})
#: verbs that fire rockets, the prepositions and verbs that say at whom, and the code of the attack
FIRING = frozenset({"fire", "launch"})
AIMED = frozenset({"at", "on", "into", "against", "toward", "towards"})
AIMING = frozenset({"target", "aim", "hit", "strike"})
AERIAL = "195"
#: where a test missile falls: no one is aimed at there
OPEN_WATER = frozenset({"sea", "ocean", "water", "waters", "gulf", "sky", "air", "desert"})
#: the code of an arrest, the capture verbs that are one when police capture, and who police are
ARREST = "173"
#: CAMEO's "coerce, not specified below": a search or raid by the police
COERCE_UNSPECIFIED = "170"
CAPTURES = frozenset({"capture", "seize", "apprehend", "nab"})
#: modifiers of a raid that name the law it enforces ("deportation raids", "ICE raids", "drug raids")
LAW_RAIDS = frozenset(
    {"police", "deportation", "immigration", "drug", "narcotics", "customs", "tax", "ice", "fbi", "swat",
     "vice", "anti-drug", "antidrug", "counter-narcotics"}
)  # fmt: skip
POLICE = frozenset({"COP", "SPY", "JUD"})
#: the code of a labour strike, who holds one and the verbs that call one
LABOUR_STRIKE = "1431"
STRIKERS = frozenset({"LAB", "EDU", "HLH"})
STRIKE_VERBS = frozenset({"call", "stage", "hold", "join", "end", "suspend", "announce"})
#: CAMEO's "reject, not specified below": a promise not to act
REFUSE = "120"
#: the code of a threat, and the acts whose promise is one (material conflict)
THREATEN = "130"
HARM = frozenset({"ASSAULT", "COERCE", "SANCTION"})


def is_protest_topic(parse: Parse, tok: Token, event: Event, used: Mapping[int, str]) -> bool:
    """A REQUEST in the purpose or participle clause of a protest ("marched to demand ...")."""
    if event.type != "REQUEST" or tok.dep not in TOPIC_LINKS or tok.head == tok.i:
        return False
    head = parse.tokens[tok.head]
    protests = [head, *(k for k in parse.children(head.i) if k.dep == "dobj")]
    return any(used.get(t.i) == "PROTEST" for t in protests)


def recoded(parse: Parse, tok: Token, event: Event, actors: Sequence[Actor]) -> Event:
    """The event as the PLOVER manual codes it where its source or its complement decides its type."""
    event = _as_arrest(tok, _as_diplomatic(parse, tok, _in_words(parse, tok, event, actors), actors), actors)
    event = _as_state_blockade(event, actors)
    event = _as_cyber(parse, tok, _as_search(parse, tok, event, actors))
    event = _as_strike(parse, tok, event)
    event = _as_threat(parse, tok, _as_rescue(tok, _as_labour_strike(parse, tok, event, actors), actors))
    return _as_relief(parse, tok, _as_advice(parse, tok, _as_crowd_action(parse, tok, event)))


#: acts of force on a place that a crowd commits as a protest, and the PLOVER mode (CAMEO code) of each
CROWD_ACTS = {
    "storm": ("riot", "145"), "torch": ("riot", "145"), "loot": ("riot", "145"), "ransack": ("riot", "145"),
    "occupy": ("obstruct", "1443"), "besiege": ("obstruct", "1443"), "invade": ("riot", "145"),
    "overrun": ("riot", "145"),
}  # fmt: skip
#: who storms or occupies as a crowd: protesters and their like (not the bare numbers of
#: ``senses.CROWDS``, which armies share)
CROWD_MAKERS = PROTESTERS | {"rioter", "student", "mob", "looter"}


#: sectors of the state's forces, whose blockade restricts rather than protests (a government's
#: own is :func:`_official`)
STATE_FORCES = POLICE | {"MIL"}
#: CAMEO's "impose restrictions on political freedoms": a state blocking access or roads
RESTRICT = "1721"


def _as_state_blockade(event: Event, actors: Sequence[Actor]) -> Event:
    """'Russia blocked access to Twitter', 'police blocked the roads to the square': a state or its
    forces obstructing is a restriction (COERCE), not the obstruction of a protest (PROTEST), which
    crowds make ("farmers blocked highways")."""
    if event.type != "PROTEST" or event.mode != "obstruct":
        return event
    source = _actor(actors, event.source.actor)
    if source is None or not (_official(source) or source.sector in STATE_FORCES):
        return event
    return _with_code(event, "COERCE", RESTRICT, "restrict")


def _as_crowd_action(parse: Parse, tok: Token, event: Event) -> Event:
    """'Protesters stormed the parliament building', 'students occupied the lobby': a protest."""
    act = CROWD_ACTS.get(lemma_of(tok))
    if act is None or event.type not in ("ASSAULT", "COERCE") or not event.source.text:
        return event
    words = {w.removesuffix("s") for w in event.source.text.lower().split()}
    if not words & CROWD_MAKERS:
        return event
    mode, code = act
    return _with_code(event, "PROTEST", code, mode)


#: CAMEO's "coerce" (no narrower code has cyber attacks), and what tells an attack is made on computers:
#: its maker, a word on the attack ("a cyber attack", "the digital assault") or what it struck
COERCE_CODE = "170"
HACKERS = frozenset({"hacker", "hackers"})
CYBER_WORDS = frozenset(
    {"cyber", "digital", "online", "computer", "internet", "ransomware", "phishing", "hacking"}
)
CYBER_TARGETS = frozenset(
    {"network", "networks", "server", "servers", "website", "websites", "computer", "computers",
     "database", "databases", "account", "accounts", "email", "emails"}
)  # fmt: skip


def _as_cyber(parse: Parse, tok: Token, event: Event) -> Event:
    """'The Russian hackers who struck the DNC', 'a cyber attack on Sony Pictures', 'attacked the
    committee's computer network': hacking is COERCE in the mode 'cyber' (the PLOVER manual:
    "cyber attacks and crime, including hacking, security breaches, website attacks"), not
    physical violence."""
    if event.type != "ASSAULT" or event.fatalities or event.injured:
        return event
    maker = (event.source.text or "").lower().split()
    struck = (event.target.text or "").lower().split()
    said = any(k.dep in ("amod", "compound") and lemma_of(k) in CYBER_WORDS for k in parse.children(tok.i))
    cyber = said or bool(maker and maker[-1] in HACKERS) or bool(struck and struck[-1] in CYBER_TARGETS)
    return _with_code(event, "COERCE", COERCE_CODE, "cyber") if cyber else event


#: CAMEO's "provide humanitarian aid"
HUMANITARIAN_AID = "073"
#: acts of relief that troops or police are sent to do ("deployed to help residents")
RELIEF_VERBS = frozenset({"help", "assist", "aid", "rescue", "evacuate", "distribute", "deliver", "rebuild"})
#: what troops or police are sent for ("mobilised for the relief effort", "deployed for search and rescue")
RELIEF_NOUNS = frozenset(
    {"relief", "rescue", "recovery", "cleanup", "clean-up", "evacuation", "aid", "assistance", "search"}
)


def _as_relief(parse: Parse, tok: Token, event: Event) -> Event:
    """'Soldiers were deployed to help residents', 'the National Guard was mobilised for the relief
    effort': police or military forces mobilised for relief are AID (the PLOVER manual: "Mobilizing
    police or military forces for disaster relief should be coded as AID")."""
    if event.type != "MOBILIZE" or tok.pos != "VERB":
        return event
    kids = parse.children(tok.i)
    aims = [k for k in kids if k.dep in ("xcomp", "advcl") and parse.infinitive_to(k.i) is not None]
    causes = [g for k in kids if k.dep == "prep" and k.lower == "for" for g in parse.children(k.i)]
    causes += [m for g in causes for m in parse.children(g.i) if m.dep in ("compound", "amod")]
    if not any(lemma_of(k) in RELIEF_VERBS for k in aims) and not any(
        lemma_of(g) in RELIEF_NOUNS for g in causes
    ):
        return event
    # the forces sent are no recipient of the aid: who sent them gives it, else they do ("soldiers
    # were deployed to help residents")
    giver = event.source if event.source.named() else event.target
    event = event.model_copy(update={"source": giver, "target": Party()})
    return _with_code(event, "AID", HUMANITARIAN_AID, "humanitarian")


#: CAMEO's "make an appeal or request"
APPEAL = "020"


#: verbs of warning or pressing someone, a request when they tell them what to do, and the types
#: they are coded as otherwise
PRESSING = {
    "warn": "THREATEN", "pressure": "COERCE", "pressurise": "COERCE", "pressurize": "COERCE",
    "order": "MOBILIZE",  # "ordered troops to withdraw": the order, not a mobilisation
    "challenge": "ACCUSE",  # "challenged Clinton to debate him": a dare, not a dispute of her claims
}  # fmt: skip


def _as_advice(parse: Parse, tok: Token, event: Event) -> Event:
    """'Police warned residents to stay inside': a warning that tells someone what to do is a
    request; THREATEN is a warning of what the speaker will do (the PLOVER manual).  'Officials
    pressured Trump not to commute the sentence': pressing someone to act is asking it of them
    (CAMEO 10, demand), not coercion; 'ordered troops to withdraw', 'the Air Force was ordered to work
    with Boeing': an order to act, not a mobilisation; 'challenged Clinton to debate him': a dare, no
    dispute."""
    if tok.pos != "VERB" or PRESSING.get(lemma_of(tok)) != event.type:
        return event
    told = any(k.dep in ("dobj", "nsubjpass") for k in parse.children(tok.i))
    return (
        _with_code(event, "REQUEST", APPEAL, None)
        if told and parse.has_infinitive_complement(tok.i)
        else event
    )


def _as_threat(parse: Parse, tok: Token, event: Event) -> Event:
    """'The rebels vowed to attack the capital', 'promised a crackdown on protesters': a promise of
    harm is a THREATEN; 'vowed not to vote for him', 'pledged never to support it': a promise not to
    act is a refusal (REJECT)."""
    if event.type != "AGREE" or tok.pos != "VERB":
        return event
    for act in (k for k in parse.children(tok.i) if k.dep in ("xcomp", "dobj")):
        if act.dep == "xcomp" and any(k.dep == "neg" for k in parse.children(act.i)):
            return _with_code(event, "REJECT", REFUSE, None)
        trig = match_trigger(parse, act)
        if trig is not None and trig.plover in HARM and not _policy(parse, act):
            return _with_code(event, "THREATEN", THREATEN, None)
    return event


def _policy(parse: Parse, act: Token) -> bool:
    """'Vowed to fight terrorism': the act promised is in another sense (a policy), no harm."""
    from eventwire.events.senses import other_sense  # senses reads this module's tables

    return other_sense(parse, act)


def _in_words(parse: Parse, tok: Token, event: Event, actors: Sequence[Actor]) -> Event:
    """'Freedom Magazine attacked high-ranking defectors', 'Trump attacked Biden', 'Clinton
    launched a blistering attack on Trump': criticism, not violence.  An attack with a weapon
    ("attacked the senator with a knife") stays one."""
    if event.type != "ASSAULT" or tok.pos not in ("VERB", "NOUN"):
        return event
    if under_criticism(parse, tok):
        return _with_code(event, "ACCUSE", CRITICIZE, None)
    retort = _fires_back(parse, tok)
    aimed = _fires_at(parse, tok)
    said = _said_of(parse, tok) and not (event.fatalities or event.injured)
    wordy = lemma_of(tok) in VERBAL_ATTACKS or _spoken_kind(parse, tok) or said
    if not wordy and not retort and not aimed:
        return event
    source, target = _actor(actors, event.source.actor), _actor(actors, event.target.actor)
    if aimed and not retort and not (_a_politician(source) and _a_politician(target)):
        return event  # "a gunman fired at the senator"; "Jeb Bush fired at Trump" is words
    words = (event.source.text or "").lower().split()
    press = (source is not None and source.sector == "MED") or bool(words and _a_document(words[-1]))
    press = press and tok.pos == "VERB"  # "a statement saying an attack on an air base": not its author
    blamed = _for_conduct(parse, tok) and _unarmed_on_person(parse, tok, (source, target), event)
    spoken = _of_words(parse, tok, event) or _unnamed_on_politician(parse, tok, target, event)
    spoken = spoken or (retort and target is not None and target.sector in POLITICIANS) or said
    spoken = spoken or (retort and _at_an_act(parse, tok))
    spoken = spoken or _joined_with_words(parse, tok) or _told_by_a_record(parse, tok)
    spoken = spoken or _attacks_on_someone(tok, target, event)
    if not press and not _politician_on_person(source, target, event) and not blamed and not spoken:
        return event
    return event if _physical(parse, tok) else _with_code(event, "ACCUSE", CRITICIZE, None)


#: who takes aim with a gun, when the sentence names none, besides the armed agents of the actor
#: dictionaries ("gunman", "soldier", "police": ontology.agent_for)
SHOOTERS = frozenset({"sniper", "shooter", "marksman", "officer", "trooper"})
#: prepositions of what one comes under fire for in words ("for his remarks", "over the deal")
REASONS = frozenset({"for", "over"})


def armed_party(word: Token) -> bool:
    """A shooter or an agent noun of an armed sector ('militants', 'soldiers')."""
    agent = agent_for(lemma_of(word))
    return lemma_of(word) in SHOOTERS or (agent is not None and agent.sector in ARMED)


def under_criticism(parse: Parse, tok: Token) -> bool:
    """'The senator came under fire from Democrats', 'the campaign has come under fire for violence
    at its rallies': criticism (CAMEO 111), the idiom's sense when the fire comes from no armed party
    and for or over something, or from someone unarmed.  Fire of a kind ("mortar fire", "heavy
    artillery fire") or from soldiers is shooting."""
    if lemma_of(tok) != "fire" or tok.pos != "NOUN":
        return False
    under = under_fire(parse, tok)
    if under is None or any(k.dep in ("compound", "nmod") for k in parse.children(tok.i)):
        return False
    _, near = under
    shooters = from_whom(parse, near)
    if any(armed_party(w) for w in shooters):
        return False
    return for_a_reason(parse, near) or bool(shooters)


def for_a_reason(parse: Parse, near: Sequence[Token]) -> bool:
    """A "for" or "over" phrase among ``near`` that is no time ("for his remarks", not "over the
    weekend"): what one comes under fire for."""
    return any(k.dep == "prep" and k.lower in REASONS and not of_time(parse, k) for k in near)


#: verbs of a participle that tells an attack was made by calling someone something ("targeted
#: Mexico, calling its migrants criminals")
CHARACTERISING = frozenset(
    {"call", "label", "brand", "dub", "describe", "accuse", "deride", "mock", "ridicule", "denounce",
     "criticize", "criticise", "blame", "liken", "compare", "question", "characterize", "portray", "paint"}
)  # fmt: skip
#: where one speaks from ("attacked the Koch brothers from the Senate floor", "from the podium")
SPEAKING_PLACES = frozenset({"floor", "podium", "pulpit", "lectern", "rostrum", "dais", "stage", "stump"})


def _said_of(parse: Parse, tok: Token) -> bool:
    """An attack that its words say was made in words (besides one of a spoken kind,
    :func:`_spoken_kind`): with what it claims ("the attacks that Clinton is untrustworthy"),
    levelled ("an attack he leveled at Clinton"), calling its target something ("attacking the
    nominee as unfit", "targeted Mexico, calling its migrants rapists"), or made from a podium."""
    kids = parse.children(tok.i)
    if tok.pos == "NOUN":
        claims = any(k.dep in ("acl", "relcl") and _content_clause(parse, k) for k in kids)
        return claims or _levelled(parse, tok)
    if tok.pos != "VERB":
        return False
    called = any(k.dep == "prep" and k.lower == "as" and _calls_it(parse, k) for k in kids)
    naming = any(k.dep == "advcl" and k.tag == "VBG" and _calls_people(parse, k) for k in kids)
    podium = any(
        k.dep == "prep"
        and k.lower == "from"
        and any(lemma_of(g) in SPEAKING_PLACES for g in parse.children(k.i))
        for k in kids
    )
    return called or naming or podium


#: what an attack is made as that is no name for its target ("as a warning", "as part of an offensive")
AIMS = frozenset(
    {"part", "warning", "response", "reprisal", "retaliation", "revenge", "punishment", "message", "signal",
     "deterrent", "diversion", "test", "precaution", "result", "means", "way", "pretext"}
)  # fmt: skip


def _calls_it(parse: Parse, as_: Token) -> bool:
    """'attacking the nominee as unfit', 'attacked her opponent as a fraud': what follows "as" names
    or describes the one attacked, not the aim or the manner of the attack."""
    said = [g for g in parse.children(as_.i) if g.dep in ("pobj", "amod", "acomp")]
    return any(
        g.pos == "ADJ" or (g.pos == "NOUN" and lemma_of(g) not in AIMS and match_trigger(parse, g) is None)
        for g in said
    )


def _content_clause(parse: Parse, verb: Token) -> bool:
    """'that Clinton is untrustworthy', 'that he betrayed voters': a clause opened by "that" with no
    word missing, what a claim says; "that Soleimani took part in", "that he ordered" (a gap, the
    noun's place) is a relative clause."""
    kids = parse.children(verb.i)
    if not any(k.dep == "mark" and k.lower == "that" for k in kids) or child(parse, verb, "nsubj") is None:
        return False
    clause = parse.subtree(verb.i)
    if any(
        t.dep == "prep" and not any(g.dep in ("pobj", "pcomp") for g in parse.children(t.i)) for t in clause
    ):
        return False  # a stranded preposition: "that he took part in"
    return any(k.dep in ("attr", "acomp", "dobj", "ccomp") for k in kids)


def _calls_people(parse: Parse, verb: Token) -> bool:
    """'calling Mexican border-crossers rapists', 'branding him a liar': a verb of calling people
    something, with persons as its object ("blaming human error" calls no one)."""
    if lemma_of(verb) not in CHARACTERISING:
        return False
    objects = [k for k in parse.children(verb.i) if k.dep == "dobj"]
    return any(
        o.ent_type in ("PERSON", "NORP") or o.pos == "PRON" or (o.tag == "NNS" and not o.ent_type)
        for o in objects
    )


def _levelled(parse: Parse, noun: Token) -> bool:
    """'an attack he leveled at Clinton', 'leveled attacks against the press': one levels words."""
    head = parse.tokens[noun.head]
    if noun.dep == "dobj" and lemma_of(head) in ("level", "levy"):
        return True
    return any(k.dep == "relcl" and lemma_of(k) in ("level", "levy") for k in parse.children(noun.i))


#: adverbs of an assault on the body ("sexually assaulted her", "physically attacked him"); not
#: "brutally" or "viciously", said of attacks in words as often ("their strategy of brutally attacking him")
BODILY = frozenset({"sexually", "physically"})


def _physical(parse: Parse, tok: Token) -> bool:
    """A weapon named ("with a knife", "drones attacked the leadership"), a part of the body struck
    ("in the back of the head") or an adverb of the body ("sexually assaulted her")."""
    for k in parse.children(tok.i):
        if k.dep == "advmod" and k.lower in BODILY:
            return True
        if k.dep == "nsubj" and (lemma_of(k) in weapons() or lemma_of(k) in mode_words()):
            return True
        objects = [g for g in parse.children(k.i) if g.dep == "pobj"] if k.dep == "prep" else []
        if k.lower == "with" and any(lemma_of(g) in weapons() for g in objects):
            return True
        if k.lower in ("in", "on") and any(lemma_of(g) in BODY_PARTS for g in objects):
            return True
    return False


#: verbs of speaking against someone: an attack joined to one is made in words (not "call", which
#: also calls for acts: "militias call for a U.S. departure and have attacked Iraqi bases")
ACCUSING = frozenset(
    {"blame", "accuse", "criticize", "criticise", "denounce", "condemn", "mock", "label", "dismiss", "brand",
     "deride", "ridicule", "slam", "insult", "smear"}
)  # fmt: skip


def _joined_with_words(parse: Parse, tok: Token) -> bool:
    """'she attacked law enforcement officers nationwide and blamed police shootings on ...': an
    attack coordinated with a verb of speaking against someone is made in words, like it."""
    if tok.pos != "VERB":
        return False
    joined = [k for k in parse.children(tok.i) if k.dep == "conj"]
    if tok.dep == "conj" and tok.head != tok.i:
        joined.append(parse.tokens[tok.head])
    return any(lemma_of(k) in ACCUSING for k in joined) or _runs_ads(parse, tok)


#: verbs of putting words out ("running negative ads against him", "airing spots")
PUBLISHING = frozenset({"run", "air", "post", "publish", "broadcast", "tweet", "buy", "launch"})


def _runs_ads(parse: Parse, tok: Token) -> bool:
    """'Rubio has been attacked from several sides as rivals see him as a threat, running more than
    $22 million in negative ads against him': a participle in the attack's clause that puts out a
    medium of words ("ads", "tweets") says what the attack was made with."""
    for verb in parse.subtree(tok.i):
        if verb.dep != "advcl" or verb.tag != "VBG" or lemma_of(verb) not in PUBLISHING:
            continue
        said = [g for g in parse.children(verb.i) if g.dep in ("dobj", "prep")]
        said += [o for g in said for p in parse.children(g.i) if p.dep == "prep" for o in parse.children(p.i)]
        said += [o for g in said if g.dep == "prep" for o in parse.children(g.i)]
        if any(o.dep in ("dobj", "pobj") and _medium(parse, o) for o in said):
            return True
    return False


def _fires_at(parse: Parse, tok: Token) -> bool:
    """'Jeb Bush fired at Trump': fired at someone with nothing fired named (no "fired rockets at")."""
    kids = parse.children(tok.i)
    at = any(k.dep == "prep" and k.lower == "at" for k in kids)
    return lemma_of(tok) == "fire" and tok.pos == "VERB" and at and not any(k.dep == "dobj" for k in kids)


def _fires_back(parse: Parse, tok: Token) -> bool:
    """'fired back at Trump over the proposal', 'shot back': a retort, when a politician makes it or
    is its target."""
    return lemma_of(tok) in ("fire", "shoot", "hit", "strike") and answers_back(parse, tok)


def _at_an_act(parse: Parse, tok: Token) -> bool:
    """'hit back at US sanctions', 'fired back at the proposal': what the retort is aimed at is an act
    or a decision, which only words or policy answer."""
    at = prep_object(parse, tok, ("at",))
    return at is not None and at.pos == "NOUN" and match_trigger(parse, at) is not None


def answers_back(parse: Parse, tok: Token) -> bool:
    """The verb takes "back" ("fired back", "shot back at"): it answers someone."""
    return any(k.lower == "back" and k.dep in ("prt", "advmod") for k in parse.children(tok.i))


def _told_by_a_record(parse: Parse, tok: Token) -> bool:
    """'released a video attacking Cruz', 'an ad attacking Trump', 'ads that promote Cruz and attack
    Trump': a document or a recording that attacks does so in words (not "the decision to attack the
    building", a plan of force)."""
    if tok.dep == "conj" and tok.head != tok.i:
        tok = parse.tokens[tok.head]  # "ads that promote Cruz and attack Trump"
    if tok.head == tok.i or not ((tok.dep == "acl" and tok.tag == "VBG") or tok.dep == "relcl"):
        return False
    return lemma_of(parse.tokens[tok.head]) in records()


def _a_document(word: str) -> bool:
    """A document or its plural ("ads that attack Trump")."""
    return word in documents() or word.removesuffix("s") in documents()


def _for_conduct(parse: Parse, tok: Token) -> bool:
    """'attacked other candidates for accepting donations', 'attacking Trump for the greed of his
    campaign', 'attacked her opponent as a fraud': attacking someone for what they did or are, or
    as what they are called, or over what is theirs ("attacked Sanders over his votes on guns"), is
    blaming them, in words (CAMEO 111); not "for three hours", "over the weekend"."""
    if tok.pos != "VERB":
        return False
    preps = [k for k in parse.children(tok.i) if k.dep == "prep" and k.lower in ("for", "as", "over")]
    return any(
        (p.lower == "for" and g.dep == "pcomp" and g.tag == "VBG")
        or (p.lower == "for" and g.dep == "pobj" and g.pos == "NOUN" and not of_time(parse, p))
        or (p.lower == "as" and g.pos == "NOUN")
        or (p.lower == "over" and g.pos == "NOUN" and any(k.dep == "poss" for k in parse.children(g.i)))
        for p in preps
        for g in parse.children(p.i)
    )


#: kinds of attack made in words ("personal attacks", "scurrilous attacks"), and the parties of
#: politics that make them ("the Obama legacy under Republican assault")
SPOKEN_KINDS = frozenset(
    {"personal", "verbal", "rhetorical", "partisan", "negative", "inflammatory", "scathing", "vitriolic",
     "scurrilous", "cutting", "political", "withering", "harsh", "baseless", "unfounded", "false",
     "misleading", "nasty", "snide", "petty", "sarcastic", "slanderous", "libelous", "republican",
     "democratic", "conservative", "liberal", "progressive", "blistering", "stinging", "searing", "pointed",
     "veiled"}
)  # fmt: skip
#: what only words can attack: a campaign, a record, remarks, a policy
SPOKEN_TARGETS = frozenset(
    {"campaign", "candidacy", "record", "policy", "remark", "comment", "statement", "plan", "proposal",
     "platform", "character", "credibility", "integrity", "stance", "view", "decision",
     "speech", "agenda", "heritage", "patriotism", "motive", "judgment", "judgement", "competence",
     "fitness", "temperament", "honesty", "qualification", "experience", "faith", "skill", "identity",
     "appearance", "intelligence", "accent", "loyalty", "trade", "deal", "law", "bill", "legislation",
     "program", "programme", "idea", "ideology", "rule", "democracy", "constitution", "amendment", "freedom",
     "truth", "institution", "value", "proclamation", "declaration", "announcement", "recognition",
     "voting", "vote", "function", "work", "reputation", "legacy", "budget", "nomination"}
)  # fmt: skip


def _of_words(parse: Parse, tok: Token, event: Event) -> bool:
    """'the personal attacks each has engaged in', 'attacks on her campaign funded by two
    billionaires': an attack of a spoken kind, or on what only words can attack, with no one hurt."""
    if event.fatalities or event.injured:
        return False
    if _spoken_kind(parse, tok):
        return True
    kids = parse.children(tok.i)
    if any(k.dep == "prep" and k.lower == "about" for k in kids):
        return True  # "attacks about his business history": what is said about someone
    objects = [k for k in kids if k.dep == "dobj"] + [
        g for k in kids if k.dep == "prep" and k.lower in ("on", "against") for g in parse.children(k.i)
    ]
    media = [g for k in kids if k.dep == "prep" and k.lower in ("in", "on") for g in parse.children(k.i)]
    # what only words attack: a plan, a record, a law by name ("attacked the Affordable Care Act")
    spoken_on = any(_spoken_target(o) for o in objects if o.dep in ("dobj", "pobj"))
    in_words = any(g.dep == "pobj" and _medium(parse, g) for g in media)
    with_words = any(lemma_of(g) in SPOKEN_MEANS for g in _with_objects(parse, tok))
    return spoken_on or in_words or with_words or _over_an_issue(parse, tok, objects)


def _spoken_target(word: Token) -> bool:
    return lemma_of(word) in SPOKEN_TARGETS or word.ent_type in THING_ENTITIES


#: what an attack made in words is made with ("attacking them, with broadsides in recent months")
SPOKEN_MEANS = frozenset(
    {"broadside", "word", "insult", "tweet", "ad", "advertisement", "remark", "comment", "barb", "jab",
     "accusation", "slur", "rhetoric", "joke", "taunt", "allegation", "claim", "criticism", "question",
     "statement", "speech", "nickname", "epithet", "putdown", "zinger", "quip", "salvo", "volley"}
)  # fmt: skip


def _with_objects(parse: Parse, tok: Token) -> list[Token]:
    """The objects of the word's "with", and what they are made of ("with a string of insults")."""
    found = [g for g in _objects_after(parse, tok, "with") if g.dep == "pobj"]
    return found + [o for g in found for o in _objects_after(parse, g, "of")]


def _objects_after(parse: Parse, word: Token, prep: str) -> list[Token]:
    """The dependents of the word's prepositions of that word."""
    return [
        g for k in parse.children(word.i) if k.dep == "prep" and k.lower == prep for g in parse.children(k.i)
    ]


def _over_an_issue(parse: Parse, tok: Token, hit: list[Token]) -> bool:
    """'attacks from Senator Rubio over immigration and national security policies', 'Rubio attacked
    Trump over his immigration policy': what an attack is 'over' is its subject matter, and only words
    have one (not "over the border": a place).  An attack on a thing or a place ("rebels attacked the
    town over the new policy") is made by force, whatever it is over.  ``hit``: the attack's object
    and the words after its "on" or "against" (:func:`_of_words` gathers them)."""
    if any(g.dep in ("dobj", "pobj") and g.ent_type != "PERSON" and g.tag != "PRP" for g in hit):
        return False
    issues = [
        g
        for k in parse.children(tok.i)
        if k.dep == "prep" and k.lower == "over"
        for g in parse.children(k.i)
        if g.dep == "pobj" and not g.ent_type
    ]
    issues += [c for g in issues for c in parse.children(g.i) if c.dep == "conj"]
    return any(lemma_of(g) in SPOKEN_TARGETS for g in issues)


#: modifiers that make a place or thing one of words ("on the debate stage", "on the campaign trail")
SPOKEN_PLACES = frozenset({"debate", "tv", "television", "radio", "campaign", "talk", "interview"})


def _medium(parse: Parse, noun: Token) -> bool:
    """A medium of words, or a place named for one ("on the debate stage"; not "on an air base")."""
    modifiers = {k.lower for k in parse.children(noun.i) if k.dep == "compound"}
    return bool({lemma_of(noun), noun.lower} & SPOKEN_MEDIA or modifiers & SPOKEN_PLACES)


#: where an attack made in words is made ("attacked in the media", "attacked him in a speech", "on
#: Twitter", "on television")
SPOKEN_MEDIA = frozenset(
    {"media", "press", "newspaper", "column", "op-ed", "editorial", "ad", "advert", "advertisement",
     "commercial", "speech", "interview", "debate", "tweet", "statement", "letter", "book", "post", "blog",
     "article", "podcast", "radio", "television", "tv", "broadcast", "memo", "video", "email", "e-mail",
     "twitter", "facebook", "instagram", "youtube", "tiktok", "x", "truth", "air", "airwave"}
)  # fmt: skip


def _spoken_kind(parse: Parse, tok: Token) -> bool:
    """An attack noun of a spoken kind: "personal attacks", "his verbal assault on the nominee"."""
    kids = parse.children(tok.i)
    return tok.pos == "NOUN" and any(k.dep == "amod" and k.lower in SPOKEN_KINDS for k in kids)


def _unnamed_on_politician(parse: Parse, tok: Token, target: Actor | None, event: Event) -> bool:
    """'spent much of his time attacking the former president': a gerund with no subject of its
    own, whose object is a politician, with no one hurt, is the war of words of the clause above."""
    if event.fatalities or event.injured or tok.tag != "VBG" or target is None:
        return False
    if any(k.dep in ("nsubj", "nsubjpass") for k in parse.children(tok.i)) or _a_body(target):
        return False  # "fled after attacking the embassy": a body is no politician in a war of words
    return _a_politician(target) or (target.kind in ("person", "role") and target.sector in POLITICIANS)


def _attacks_on_someone(tok: Token, target: Actor | None, event: Event) -> bool:
    """'attacks on Obama', 'such attacks on the most recent Republican president': a run of attacks
    by no one named on a person of no armed party (or a politician's role), with no one hurt, is a
    campaign of words; one attack ("the attack on the senator") may be an act of force and stays
    one, and attacks on people of no politics ("attacks on aid workers") stay acts of force."""
    if event.fatalities or event.injured or event.source.text or target is None:
        return False
    plural = tok.pos == "NOUN" and tok.tag == "NNS"
    head = _last_word(target.name)
    # "the Republican president"; not "the attacks on the American consulate", a building
    politician = target.kind == "role" and target.sector in POLITICIANS and head in nouns_of("person")
    return plural and ((target.kind == "person" and target.sector not in ARMED) or politician)


def _unarmed_on_person(
    parse: Parse, tok: Token, actors: tuple[Actor | None, Actor | None], event: Event
) -> bool:
    """No one hurt, and persons or a body of people attacked by a person of no armed party ("he", a
    name: not "a mob"): as coded, else an object that is a person's name, a personal pronoun or a
    plural of no place ("other candidates")."""
    source, target = actors
    if event.fatalities or event.injured or (source is not None and source.sector in ARMED):
        return False
    controlled = tok.dep in ("advcl", "xcomp")
    subject = child(parse, tok, "nsubj") or (subject_of(parse, tok) if controlled else None)
    one_person = subject is not None and (
        subject.ent_type == "PERSON"
        or subject.lower in ("he", "she")
        or _a_persons_circle(parse, subject)
        or _a_contestant(subject)
    )
    if not one_person and (source is None or source.kind != "person"):
        return False
    if target is not None:  # a person, or a party of people ("attacked Republicans as extremists")
        return target.kind in ("person", "role", "org", "group") and target.sector not in ARMED
    objects = [k for k in parse.children(tok.i) if k.dep == "dobj"]
    return any(
        a_person(o) or o.pos == "PRON" or (o.tag == "NNS" and not o.ent_type) or _reciprocal(parse, o)
        for o in objects
    )


def _reciprocal(parse: Parse, word: Token) -> bool:
    """'each other', 'one another': the subject's own members, persons when it is."""
    return word.lower in ("other", "another") and (
        word.lower == "another" or any(k.lower == "each" for k in parse.children(word.i))
    )


#: the people around a named person who speak for them: "the Clinton campaign", "the Bush family"
CIRCLES = frozenset({"campaign", "family", "camp", "team", "dynasty", "aide", "adviser", "advisor", "ally"})


#: people who run for office: they attack rivals in words ("the leading candidates attack each other
#: for not doing enough")
CONTESTANTS = frozenset(
    {"candidate", "nominee", "contender", "challenger", "frontrunner", "front-runner", "incumbent", "hopeful"}
)


def _a_contestant(noun: Token) -> bool:
    """A candidate, or a politician named by office ("the senator", "lawmakers")."""
    agent = agent_for(lemma_of(noun))
    return lemma_of(noun) in CONTESTANTS or (agent is not None and agent.sector in POLITICIANS | {"PTY"})


def _a_persons_circle(parse: Parse, noun: Token) -> bool:
    """'The Clinton campaign', 'the Bush family', 'Trump's aides': a named person's circle, which
    attacks in words as the person does."""
    if lemma_of(noun) not in CIRCLES:
        return False
    return any(k.dep in ("compound", "poss") and k.ent_type == "PERSON" for k in parse.children(noun.i))


def _politician_on_person(source: Actor | None, target: Actor | None, event: Event) -> bool:
    """A person attacking a politician, or a politician attacking a person, no one named or a thing
    that is no place, with no one hurt: a war of words ("Trump kept attacking Clinton", "Sanders
    should moderate his attacks", "Mr. Trump has attacked loopholes")."""
    if event.fatalities or event.injured:
        return False
    if target is None:  # "Sanders should moderate his attacks", "Biden tried to attack": a politician's
        return _a_politician(source) and _no_place(event.target.text)  # war of words, whoever it aims at
    if target.sector in ARMED or target.kind == "country":
        return False
    if _a_body(target) or (target.kind not in ("person", "role") and target.sector != "ELI"):
        return _a_politician(source)  # "Trump attacked the New York Times"; CAMEO's elites are persons
    if source is None:  # a name no dictionary codes ("Trump kept attacking Clinton"); an office, or a
        # named opponent, but not a protester ("guards assaulted a protester": the opposition's role)
        opponent = target.kind == "person" or target.sector != "OPP"
        return bool(event.source.text) and target.sector in POLITICIANS and opponent
    if source.kind not in ("person", "role") and source.sector != "ELI":  # "Trump" taken for a firm is
        return False  # still a politician
    if source.kind == "role" and source.sector not in OFFICES:
        return False  # "the senator" is a politician by office; "protesters" are no office
    return source.sector in POLITICIANS or (source.sector is None and target.sector in POLITICIANS)


#: what one strikes that is a place, a post or a vehicle, besides the sites of arguments.SITE_NOUNS
#: ("attacked the airbase", "attacked a patrol"): no words of a politician's
PLACES_STRUCK = SITE_NOUNS | frozenset(
    {"airbase", "airfield", "facility", "site", "plant", "compound", "installation", "depot", "position",
     "post", "outpost", "target", "village", "town", "city", "area", "region", "district", "province",
     "home", "house", "vehicle", "car", "truck", "ship", "vessel", "boat", "patrol", "unit", "troop",
     "force", "infrastructure", "pipeline", "field", "capital", "border", "territory", "island", "grid",
     "dam", "silo", "warehouse", "reactor", "substation", "road", "highway", "railway", "rail", "tunnel",
     "well", "tanker", "aircraft", "jet", "helicopter", "drone", "satellite", "cable"}
)  # fmt: skip


def _last_word(words: str | None) -> str:
    """The last word of a party's words or an actor's name, lower-cased ("" for none): its head."""
    split = (words or "").lower().split()
    return split[-1] if split else ""


def _no_place(words: str | None) -> bool:
    """No target named, or one whose last word names no place, post or vehicle struck, and that is
    no town of the gazetteer ("ordered the attack on Halabja": a town is struck, not criticised; a
    country, a region or a capital, which also names a government, may be either: "attacking
    Washington")."""
    last = _last_word(words)
    struck = last in PLACES_STRUCK or last.removesuffix("s") in PLACES_STRUCK
    return not struck and not (words and _a_town(words))


def _a_town(words: str) -> bool:
    places = [m.candidate for m in gazetteer().lookup(words) if m.primary]  # the lookup drops "the"
    best = max(places, key=lambda c: c.population, default=None)  # the one a reader takes it for
    return best is not None and best.feature == CITY and not best.capital


def _a_body(actor: Actor) -> bool:
    """A role that is an institution, not a person ("the embassy", "embassies"): as a name of a
    body would be, it is no person whom "Rebels" (a name no dictionary codes) attacked in words."""
    word = _last_word(actor.name)
    return actor.kind == "role" and (
        word in INSTITUTIONS
        or word.removesuffix("s") in INSTITUTIONS
        or word.removesuffix("ies") + "y" in INSTITUTIONS
    )


def _a_politician(actor: Actor | None) -> bool:
    """A person of a political sector (not an armed one)."""
    return (
        actor is not None
        and (actor.kind == "person" or actor.sector == "ELI")
        and actor.sector in POLITICIANS
    )


def _as_strike(parse: Parse, tok: Token, event: Event) -> Event:
    """'fired rockets into southern Israel', 'launched missiles targeting US troops': an attack."""
    if event.type != "MOBILIZE" or tok.pos != "VERB" or lemma_of(tok) not in FIRING:
        return event
    kids = parse.children(tok.i)
    aimed = any(k.dep == "prep" and k.lower in AIMED and not _when(parse, k) for k in kids)
    aiming = any(
        g.dep == "acl" and lemma_of(g) in AIMING for k in kids if k.dep == "dobj" for g in parse.children(k.i)
    )
    return _with_code(event, "ASSAULT", AERIAL, "heavy-weapons") if aimed or aiming else event


def _when(parse: Parse, prep: Token) -> bool:
    """'on Sunday', 'into the sea': the preposition's object is a time or open water, not whom it
    was aimed at."""
    return of_time(parse, prep) or any(
        g.dep == "pobj" and lemma_of(g) in OPEN_WATER for g in parse.children(prep.i)
    )


def _as_labour_strike(parse: Parse, tok: Token, event: Event, actors: Sequence[Actor]) -> Event:
    """'The union called a strike', 'teachers began a strike', 'dock workers struck for a third day',
    'unions will strike unless ...': a labour strike, not an attack.  The verb strikes no one: it
    has no object and no target ("militants struck the base" is an attack)."""
    if event.type != "ASSAULT" or lemma_of(tok) != "strike" or tok.pos not in ("NOUN", "VERB"):
        return event
    struck = event.target.text and not _labour_matter(event.target.text)  # "struck over pay": the cause
    if tok.pos == "VERB" and (struck or any(k.dep == "dobj" for k in parse.children(tok.i))):
        return event
    source = _actor(actors, event.source.actor)
    called = tok.dep == "dobj" and lemma_of(parse.tokens[tok.head]) in STRIKE_VERBS
    striking = (
        called or (source is not None and source.sector in STRIKERS) or _among_workers(parse, tok, event)
    )
    return _with_code(event, "PROTEST", LABOUR_STRIKE, "strike") if striking else event


#: words of work and pay: a strike told among them, with no one struck, is a labour strike
LABOUR_WORDS = frozenset(
    {"worker", "union", "employee", "staff", "teacher", "miner", "nurse", "docker", "labour", "labor",
     "wage", "pay", "pension", "walkout", "picket", "workforce", "textile", "factory", "trade-union"}
)  # fmt: skip


#: what workers strike over ("struck over pay"): no one struck
LABOUR_MATTERS = frozenset({"pay", "wage", "wages", "pension", "pensions", "salary", "salaries", "contract",
                            "conditions", "hours", "benefits", "cuts"})  # fmt: skip


def _labour_matter(words: str) -> bool:
    """The last word of a party's words is something workers strike over."""
    return _last_word(words) in LABOUR_MATTERS


def _among_workers(parse: Parse, tok: Token, event: Event) -> bool:
    """'the rallying call of textile workers during a 1912 strike': no target, no modifier that
    arms it ("air strike", "drone strike"), and its sentence speaks of workers."""
    if event.target.text or any(k.dep in ("compound", "amod") for k in parse.children(tok.i)):
        return False
    return any(lemma_of(t) in LABOUR_WORDS for t in parse.sentence_tokens(tok.sent))


def _as_arrest(tok: Token, event: Event, actors: Sequence[Actor]) -> Event:
    """'Police captured the suspect': an arrest, not an abduction."""
    if event.type != "ASSAULT" or lemma_of(tok) not in CAPTURES or not _by_police(event, actors):
        return event
    return _with_code(event, "COERCE", ARREST, "detain")


def _as_search(parse: Parse, tok: Token, event: Event, actors: Sequence[Actor]) -> Event:
    """'Police raided the suspect's home', 'FBI agents raided his office': a search by law
    enforcement (COERCE), not an armed attack, unless its sentence tells someone hurt ("raided the
    compound, killing two gunmen")."""
    if event.type != "ASSAULT" or lemma_of(tok) != "raid" or event.fatalities or event.injured:
        return event
    police = _by_police(event, actors) or _law_raid(parse, tok)
    if not police or any(is_casualty_verb(parse, t) for t in parse.sentence_tokens(tok.sent)):
        return event
    return _with_code(event, "COERCE", COERCE_UNSPECIFIED, None)


def _law_raid(parse: Parse, tok: Token) -> bool:
    """'its deportation raids', 'ICE raids': a raid whose modifier names the law it enforces."""
    return tok.pos == "NOUN" and any(
        k.dep in ("compound", "amod") and k.lower in LAW_RAIDS for k in parse.children(tok.i)
    )


def _by_police(event: Event, actors: Sequence[Actor]) -> bool:
    """The event's source is the police, an intelligence service or the judiciary."""
    source = _actor(actors, event.source.actor)
    return source is not None and source.sector in POLICE


def _as_rescue(tok: Token, event: Event, actors: Sequence[Actor]) -> Event:
    """'Police freed 10 trafficking victims': a rescue (AID), not a release."""
    if event.type != "RETREAT" or lemma_of(tok) != "free":
        return event
    source = _actor(actors, event.source.actor)
    if source is None or source.sector not in RESCUERS:
        return event
    return _with_code(event, "AID", RESCUE, "rescue")


def _as_diplomatic(parse: Parse, tok: Token, event: Event, actors: Sequence[Actor]) -> Event:
    """A government's or international body's 'protest' recoded as ACCUSE; so is one person's protest
    of something ("Cruz is protesting Obama's executive actions", "the senator protested the
    ruling"): PROTEST presumes a crowd's physical action (the manual), not one voice. Other events
    unchanged."""
    if event.type != "PROTEST" or lemma_of(tok) != "protest" or tok.pos != "VERB":
        return event
    source = _actor(actors, event.source.actor)
    if source is None or not (_official(source) or _one_protesting(parse, tok, event, source)):
        return event
    return _with_code(event, "ACCUSE", DISAPPROVE, "disapprove")


def _one_protesting(parse: Parse, tok: Token, event: Event, source: Actor) -> bool:
    """One person, named or by a politician's title, protests something named as the verb's object,
    with no place of a demonstration ("protesting Trump inside his rally") and not as the purpose of
    going somewhere ("came to Philadelphia to protest the convention")."""
    kids = parse.children(tok.i)
    if not any(k.dep == "dobj" for k in kids) or _many_protest(parse, tok, event):
        return False
    if parse.infinitive_to(tok.i) is not None or any(
        k.dep == "prep" and k.lower in PLACE_PREPS and not of_time(parse, k) for k in kids
    ):
        return False
    return source.kind == "person" or (source.kind == "role" and source.sector in OFFICES)


#: prepositions of where a protest is held
PLACE_PREPS = frozenset({"at", "in", "inside", "outside", "near", "on", "before", "across", "through"})


def _many_protest(parse: Parse, tok: Token, event: Event) -> bool:
    """The protest's subject is plural or coordinated ("the senators", "Cruz and Lee"); with no
    subject in the parse, the source as written ends in a plural "s"."""
    verb = parse.first_conjunct(tok.i)
    subject = next((k for k in parse.children(verb.i) if k.dep == "nsubj"), None)
    if subject is None:
        return _last_word(event.source.text).endswith("s")
    return subject.tag in ("NNS", "NNPS") or any(k.dep == "conj" for k in parse.children(subject.i))


def _actor(actors: Sequence[Actor], actor_id: str | None) -> Actor | None:
    return next((a for a in actors if a.id == actor_id), None) if actor_id else None


def _with_code(event: Event, plover: str, code: str, mode: str | None) -> Event:
    return event.model_copy(update=code_fields(code, plover, mode))


def _official(actor: Actor) -> bool:
    """A state, its government or an international organisation."""
    code = actor.code or ""
    return actor.kind == "country" or actor.sector == "GOV" or code.startswith("IGO")
