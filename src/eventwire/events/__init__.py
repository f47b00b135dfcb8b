"""Events: who did what to whom, coded in PLOVER and CAMEO, from the parse.

For each sentence, words of the trigger lexicon (verbs and event nouns) become
events; their source and target come from the dependency parse
(:mod:`.arguments`), their modality from governing cues (:mod:`.modality`),
their date, place and mode from nearby words (:mod:`.anchors`).  Once every
event of the article is coded, counts of the killed, injured, kidnapped and
arrested are attributed to the event whose clause states them (:mod:`.casualties`).
Parties are linked to the article's actors (:mod:`.parties`).  A verb the
core lexicon (:mod:`.lexicon`) does not know is looked up in the CAMEO verb
dictionary (:mod:`.verb_dictionary`, :mod:`.patterns`).  Stances, demands and
paired codes add events beside the act (:mod:`.stance`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import partial
from typing import ClassVar

from eventwire.events.anchors import (
    date_for,
    evidence_span,
    mode_for,
    place_for,
    trigger_span,
    with_dateline_place,
    with_parties,
)
from eventwire.events.arguments import (
    act_apart,
    adjective_arguments,
    child,
    noun_arguments,
    subject_of,
    tells_content,
    verb_arguments,
)
from eventwire.events.casualties import VIOLENT, attribute, no_one_harmed
from eventwire.events.compound import JOINT, expand_parties
from eventwire.events.confidence import Candidate, confidence, features, salience
from eventwire.events.context import phrase_after
from eventwire.events.coverage import (
    POLITICAL_IN_ITSELF,
    agentless,
    apolitical,
    between_speakers,
    campaign_affair,
    domestic_visit,
    done_to_animal,
    firms_deal,
    not_questioning,
    press_exchange,
    private_affair,
    private_lives,
    private_resignation,
    unlikely,
    without_things,
)
from eventwire.events.discards import discarded_sentences
from eventwire.events.folding import fold_casualty_reports, fold_restated_clauses, fold_tolls_of_it
from eventwire.events.lexicon import (
    RELATIVES,
    UNDERTAKINGS,
    Trigger,
    lemma_of,
    match_trigger,
    modality_cues,
    records,
)
from eventwire.events.modality import Cue, governing_cue
from eventwire.events.parties import actors_by_id, party_of, token_owners
from eventwire.events.patterns import dictionary_event, names_event_noun
from eventwire.events.plover_rules import is_protest_topic, recoded
from eventwire.events.references import (
    with_modifier_mentions,
    with_references,
    with_restatements,
    with_subject_acts,
)
from eventwire.events.senses import names_only, natural_harm, other_sense, sport_sense, unsupported
from eventwire.events.stance import (
    as_stance,
    claim_event,
    demand_event,
    offer_event,
    paired_event,
    stance_beside,
    stance_of,
)
from eventwire.events.verb_dictionary import (
    DictionaryMatch,
    dictionary_match,
    dictionary_trigger,
    paired_code,
)
from eventwire.model import Actor, Article, Event
from eventwire.ontology import cameo_info, petrarch_conventions
from eventwire.parse import Parse, Token
from eventwire.pipeline import ArticleStage

#: CAMEO codes of joint acts under another type: signing a formal agreement (PLOVER SUPPORT)
SYMMETRIC_CODES = frozenset({"057"})
#: dependency labels under which a noun is no event of its own ("a strike force")
NOUN_SKIP_DEPS = ("compound", "amod", "npadvmod")
#: prepositions under which an event noun only frames the time or circumstances of another act
#: ("during peace negotiations", "following heavy bombing", "pending investigation")
FRAMING_PREPOSITIONS = frozenset(
    {"during", "following", "after", "before", "amid", "since", "pending", "until"}
    | {"at", "above", "near", "outside", "inside", "around"}  # the place of another act: "spoke at the rally"
)


class EventsStage(ArticleStage):
    name = "events"
    requires: ClassVar[frozenset[str]] = frozenset({"parse", "actors", "times", "places", "quotes"})
    assigns: ClassVar[frozenset[str]] = frozenset({"events"})

    def process(self, article: Article) -> Article:
        if article.parse is None:
            return article
        return article.with_(events=find_events(article, article.parse))


@dataclass
class _Coding:
    """One article's coding in progress: what is known of it and what was coded so far."""

    article: Article
    parse: Parse
    owners: dict[int, str]  # token -> the actor whose mention covers it
    codes: dict[str, str | None]  # actor id -> its code
    built_in: bool  # coding with the built-in dictionaries (stances, demands), not a user's verbs
    events: list[Event] = field(default_factory=list)
    used: dict[int, str] = field(default_factory=dict)  # token -> type of the event it triggered
    covered: set[int] = field(default_factory=set)  # tokens no event is coded at

    def next_id(self) -> str:
        return f"e{len(self.events) + 1}"


def find_events(article: Article, parse: Parse) -> list[Event]:
    codes = {a.id: a.code for a in article.actors}
    run = _Coding(article, parse, token_owners(parse, article.actors), codes, not petrarch_conventions())
    quiet = run.built_in and apolitical(article, parse)  # no political content: protests alone
    skipped = discarded_sentences(article, parse)
    run.covered = {t.i for t in parse.tokens if t.sent in skipped}
    for tok in parse.tokens:
        if tok.i in run.covered:
            continue
        found = _trigger(parse, tok, run.used, run.owners)
        if found is not None:
            _code_trigger(run, tok, *found)
        elif run.built_in:
            _code_speech_act(run, tok)
    expanded = expand_parties(article, parse, run.owners, run.events)
    coded = fold_tolls_of_it(
        parse, fold_restated_clauses(parse, fold_casualty_reports(parse, attribute(parse, expanded)))
    )
    actors = actors_by_id(article)
    kept = [e for e in coded if not _outside_plover(article, parse, e, actors)]
    cleaned = [without_things(article, parse, e) for e in kept]  # "supported my decision": no target

    def keep(e: Event) -> bool:
        return not unsupported(parse, e) and not private_lives(article, e, actors) and not unlikely(parse, e)

    def keep_reference(e: Event) -> bool:  # "after the attack" names it again: a mention, however unsure
        return not unsupported(parse, e, reference=True)

    told = with_references(article, parse, cleaned, keep, keep_reference, partial(names_only, parse))
    reports = with_subject_acts(parse, told)
    coded_all = with_dateline_place(
        article, parse, with_modifier_mentions(parse, with_restatements(parse, reports))
    )
    return [e for e in coded_all if not quiet or e.type in POLITICAL_IN_ITSELF]


def _code_speech_act(run: _Coding, tok: Token) -> None:
    """A demand read off "must" ("said Y must release them"), or an offer or a refusal to do what
    names no act ("offered to debate", "declined to release his tax returns": stance.offer_event)."""
    act = None
    if tok.dep == "aux" and modality_cues().get(tok.lower) == "demand":
        act = demand_event(run.article, run.parse, tok, run.next_id())
    elif tok.pos == "VERB":
        act = offer_event(run.article, run.parse, tok, run.next_id())
    if act is not None:
        run.events.append(act)


def _outside_plover(article: Article, parse: Parse, event: Event, actors: dict[str, Actor]) -> bool:
    """A company's own affair, a private person's resignation, an act of no one, an act done to an
    animal, a meeting with, an interview or an inquiry by the press, a tour of one's own country, an
    election campaign's money, rallies and wins, or one between an interview's "I" and "you"
    (events.coverage)."""
    return (
        private_affair(event, actors)
        or firms_deal(parse, event, actors)
        or private_resignation(event, actors)
        or press_exchange(event, actors)
        or not_questioning(article, event, actors)
        or domestic_visit(article, parse, event, actors)
        or campaign_affair(parse, event, actors)
        or agentless(article, parse, event)
        or done_to_animal(article, parse, event)
        or between_speakers(article, event)
    )


def _code_trigger(run: _Coding, tok: Token, trig: Trigger, hit: DictionaryMatch | None) -> None:
    """Code the event at a trigger word, and the events beside it (stance, paired code)."""
    built = _build(run.article, run.parse, tok, trig, run.next_id(), hit)
    if built is None:
        return
    event, cue = built
    if hit is not None:
        coded = dictionary_event(run.article, run.parse, (run.owners, run.codes), tok, hit, event)
        if coded is None:
            if run.built_in:  # "offered to debate": the dictionary's pattern wants an object
                _code_speech_act(run, tok)
            return
        event = coded
    if run.built_in and is_protest_topic(run.parse, tok, event, run.used):
        return  # "marched to demand ...": the demand is what the protest is about
    if run.built_in:
        event = recoded(run.parse, tok, event, run.article.actors)
    at = len(run.events)  # where _append puts the event
    _append(run, tok, event)
    if not run.built_in:  # PETRARCH codes one event per verb phrase: not the verbs inside it
        run.covered.update(t.i for t in phrase_after(run.parse, tok))
        pair = paired_code(hit.entry) if hit is not None else None
        if pair is not None:  # "arrived in Gondor" [032:033]: Gondor receives the visit
            run.events.append(paired_event(event, pair, run.next_id()))
        return
    stance = stance_of(run.parse, event, cue)
    if stance is None:
        return
    if stance == event.type:  # "offered a ceasefire": the offer is the agreement, told once, as made
        run.events[at] = as_stance(run.events[at], stance, event.id)
        return
    run.events.append(stance_beside(event, stance, run.next_id()))


def _append(run: _Coding, tok: Token, event: Event) -> None:
    """Add the event; an act of force one party claims another did is only alleged, and the claim
    is an accusation of its own (stance.claim_event)."""
    accusation = claim_event(run.article, run.parse, event) if run.built_in else None
    if accusation is not None:
        event = event.model_copy(update={"modality": "uncertain"})
    run.used[tok.i] = event.type
    run.events.append(event)
    if accusation is not None:
        run.events.append(accusation.model_copy(update={"id": run.next_id()}))


def _trigger(
    parse: Parse, tok: Token, used: Mapping[int, str], owners: Mapping[int, str]
) -> tuple[Trigger, DictionaryMatch | None] | None:
    """The word's trigger, and the dictionary match it came from (None for the core lexicon)."""
    # PETRARCH codes with its verb dictionary alone: no core trigger lexicon.
    core = None if petrarch_conventions() else match_trigger(parse, tok)
    if (
        core is not None
        and core.lemma in TARGETED_IN_WORDS
        and core.plover == "ACCUSE"
        and not _by_a_document(parse, tok)
    ):
        core = None  # "drones targeting militants": the CAMEO dictionary's aim, not an ad's
    hit = None if core is not None else dictionary_match(parse, tok, owners)
    trig = core or (dictionary_trigger(hit, tok) if hit is not None else None)
    if trig is None or (hit is not None and names_event_noun(parse, hit, trig)):
        return None
    if other_sense(parse, tok) or sport_sense(parse, tok):
        return None  # "shares hit a record high", "Brazil beat Germany in the semi-final"
    if trig.pos == "V" and _verb_modifier(parse, tok):
        return None  # "Iranian-backed", "a kill switch", "code-sharing and hosting service": modifiers
    if trig.pos == "V" and (any(k.dep == "det" for k in parse.children(tok.i)) or _named_people(parse, tok)):
        return None  # "arrested the accused", "the wounded": a participle with an article names people
    if trig.pos == "A" and _standing(parse, tok):
        return None  # "the Church is critical of worshippers of the ancient deities": a stance held
    if trig.pos == "V" and trig.plover == "SUPPORT" and _backer_described(parse, tok):
        return None  # "a group backing Bush", "a super PAC that supports Clinton": who it is
    if trig.pos == "N" and (
        _modifier(parse, tok)
        or _restates_verb(parse, tok, trig, used)
        or _phrase_of_act_noun(parse, tok)
        or _frames(parse, tok, trig)
        or _talked_about(parse, tok, trig)
        or _demanded(parse, tok)
        or _in_title(parse, tok)
    ):
        return None
    return trig, hit


#: verbs whose core row (criticism) holds only for a document or a recording that does them: "online
#: ads targeting Clinton on immigration", "a video that targets Cruz"; anyone else targets people as
#: voters or as a mark ("targeting young voters", "Taliban targeted security forces")
TARGETED_IN_WORDS = frozenset({"target"})


def _by_a_document(parse: Parse, verb: Token) -> bool:
    """The verb's doer (the noun it describes, or its subject) is a document or a recording."""
    if verb.pos != "VERB":
        return False
    described = verb.dep in ("acl", "relcl") and verb.head != verb.i
    doer = parse.tokens[verb.head] if described else subject_of(parse, verb)
    return doer is not None and (lemma_of(doer) in records() or doer.lower in records())


def _standing(parse: Parse, adjective: Token) -> bool:
    """A predicate adjective in the plain present tells a stance held, not one voiced ("is critical
    of"); in the past or the perfect it reports one ("was critical of", "has been critical of")."""
    copula = parse.tokens[adjective.head]
    return copula.tag in ("VBZ", "VBP") and not any(k.dep == "aux" for k in parse.children(copula.i))


def _backer_described(parse: Parse, verb: Token) -> bool:
    """A support verb that describes its noun, the backer, in the plain present, as a participle or a
    present-tense relative clause, tells whose side the noun is on, not an act (the guidelines'
    descriptions: "an outside group backing Marco Rubio", "a super PAC that supports Clinton"); "a
    group that backed Bush last week" reports one, and so does "your candidacy, which I endorse"."""
    if verb.head == verb.i or lemma_of(verb) in ANNOUNCING:
        return False  # "superdelegates declaring support for her": they declare it, now
    if verb.dep == "acl":
        return verb.tag == "VBG"
    backer = child(parse, verb, "nsubj")
    return (
        verb.dep == "relcl" and verb.tag in ("VBZ", "VBP") and backer is not None and backer.tag in RELATIVES
    )


#: types whose mode a weapon named beside the trigger sets ("a drone strike", "sent 14 tanks"): no
#: weapon makes a request, an arrest or a sentence "aerial"
WEAPON_MODED = frozenset({"ASSAULT", "AID"})


#: verbs that voice support at a time, never a standing side: "declaring support for her"
ANNOUNCING = frozenset({"declare", "announce", "pledge", "voice", "express", "tweet"})


#: participles of harm that name the people harmed after an article ("the wounded", "the 141 injured")
HARMED = frozenset({"wound", "injure", "kill", "hurt", "maim"})


def _named_people(parse: Parse, tok: Token) -> bool:
    """'The dead and wounded', 'the 141 injured': a participle joined to an adjective that an article
    makes a noun, or after an article and a number, names people, whatever the parser made of it."""
    if tok.tag != "VBN" or tok.i < 2 or lemma_of(tok) not in HARMED:
        return False
    if any(k.dep in ("nsubj", "nsubjpass", "dobj") for k in parse.children(tok.i)):
        return False
    before, first = parse.tokens[tok.i - 1], parse.tokens[tok.i - 2]
    if before.lower in ("and", "or") and first.pos in ("ADJ", "VERB"):
        return any(k.dep == "det" for k in parse.children(first.i))  # "the dead and wounded"
    counted = before.pos == "NUM" and tok.dep == "acl" and tok.head == before.i
    return counted and any(k.dep == "det" for k in parse.children(before.i))  # "the 141 injured"


def _verb_modifier(parse: Parse, tok: Token) -> bool:
    """A verb form that modifies a noun, alone or joined to another modifier ("sharing and hosting
    service")."""
    return parse.first_conjunct(tok.i).dep in ("amod", "compound", "nmod")


#: office nouns whose "for" phrase names the brief of the office, not an act
OFFICES = frozenset(
    {"envoy", "minister", "commissioner", "secretary", "coordinator", "representative", "negotiator",
     "rapporteur", "adviser", "advisor", "czar", "tsar", "chief", "director", "head", "ambassador"}
)  # fmt: skip


def _in_title(parse: Parse, noun: Token) -> bool:
    """'the special envoy for Ukraine negotiations', 'minister for peace talks': the noun names an
    office's brief, not an act."""
    prep = parse.tokens[noun.head]
    if noun.dep != "pobj" or prep.lower not in ("for", "on") or prep.head == prep.i:
        return False
    return lemma_of(parse.tokens[prep.head]) in OFFICES


#: kinds of cue whose verb's object names what is asked for
ASKING_CUES = frozenset({"uncertain", "demand"})


def _demanded(parse: Parse, noun: Token) -> bool:
    """'demanded the resignation of the president', 'called for the release of': the noun is what
    a demand asks for, coded as the demand (REQUEST), not as an act of its own."""
    head = parse.tokens[noun.head]
    if noun.dep == "pobj" and head.lower == "for" and head.head != head.i:
        head = parse.tokens[head.head]
    elif noun.dep != "dobj" or lemma_of(head) == "call":
        return False  # "called a strike" calls one
    if any(k.dep == "prt" for k in parse.children(head.i)):
        return False  # "called off the attack": another verb
    asking = head.pos == "VERB" and modality_cues().get(lemma_of(head)) in ASKING_CUES
    return asking and lemma_of(head) not in ("expect", "fear", "consider", "threaten")


def _frames(parse: Parse, noun: Token, trig: Trigger) -> bool:
    """'during peace negotiations': the noun of a non-violent act frames the time of another act;
    it is no act here, unless it names its party ("following the resignation of the governor"; a
    meeting's "with" names the one met: "during a conference call with Democratic lawmakers").
    A violent one ('after the bombing') is kept, as in :func:`unsupported`."""
    framing = noun.dep == "pobj" and parse.tokens[noun.head].lower in FRAMING_PREPOSITIONS
    party_preps = ("of", "by", "with") if trig.plover == "CONSULT" else ("of", "by")
    own_party = any(
        k.dep == "poss" or (k.dep == "prep" and k.lower in party_preps) for k in parse.children(noun.i)
    )
    return framing and trig.plover not in VIOLENT and not own_party  # "following the resignation of X"


#: verbs whose object is what one talks about ("discussed his criticisms", "answered the criticism")
TALKING_ABOUT = frozenset(
    {"discuss", "address", "mention", "describe", "explain", "answer", "recall", "debate", "ignore",
     "acknowledge", "downplay", "characterize", "characterise"}
)  # fmt: skip
#: verbs whose object after these prepositions is what one talks about ("responded to his call")
TALKING_PREPOSITIONS = {
    "to": frozenset({"respond", "react", "reply", "refer", "allude"}),
    "about": frozenset(
        {"talk", "speak", "write", "ask", "question", "comment", "joke", "complain", "testify"}
    ),
    "on": frozenset({"comment", "elaborate", "remark", "reflect", "question"}),
}


def _talked_about(parse: Parse, noun: Token, trig: Trigger) -> bool:
    """'The two did not discuss his criticisms of her', 'answered the Khan family's criticism',
    'responded to Sanders' call for a new way', 'a statement describing their meeting': the noun of
    a non-violent act is what someone talks about, a mention of an act told before, no act here
    (the annotation guidelines, section 2: a noun that only refers back to an act is not coded),
    unless a that-clause tells what was said ("replying to Sanders' charge that she was weak")."""
    if trig.plover in VIOLENT or noun.dep not in ("dobj", "pobj") or noun.head == noun.i:
        return False
    if tells_content(parse, noun):
        return False  # "replying to Sanders' charge that she has been weak": the act's words are told
    head = parse.tokens[noun.head]
    if noun.dep == "dobj":
        return head.pos == "VERB" and lemma_of(head) in TALKING_ABOUT
    verbs = TALKING_PREPOSITIONS.get(head.lower)
    return verbs is not None and head.head != head.i and lemma_of(parse.tokens[head.head]) in verbs


def _modifier(parse: Parse, noun: Token) -> bool:
    """'a strike force': an event noun that modifies another is no event, unless that other
    only says it was an undertaking ('a mediation effort', 'a bombing campaign')."""
    if noun.dep not in NOUN_SKIP_DEPS:
        return False
    undertaking = parse.tokens[noun.head].lemma.lower() in UNDERTAKINGS  # "stabbing" may parse as amod
    return noun.dep == "npadvmod" or not undertaking


def _restates_verb(parse: Parse, noun: Token, trig: Trigger, used: Mapping[int, str]) -> bool:
    """'killed ... in an ambush', 'carried out an attack': the noun names an act a verb above it coded;
    'lifted sanctions', 'signed an agreement', 'sanctions were imposed': the noun is the object the
    verb's trigger names (a passive's subject comes before its verb is coded)."""
    head = parse.tokens[noun.head]
    if noun.dep == "pobj" and head.head != head.i:
        head = parse.tokens[head.head]  # "went on strike": the verb above the preposition
    if (head.i in used and noun.dep in ("dobj", "pobj")) or noun.dep == "nsubjpass":
        verb_trig = match_trigger(parse, head)
        if (
            verb_trig is not None
            and lemma_of(noun) in verb_trig.objects
            and not _act_of_its_own(verb_trig, trig)
        ):
            return True
    if _object_of_participle(parse, noun):
        return True
    above = list(parse.ancestors(noun.i))[:3]
    return any(
        anc.pos == "VERB" and used.get(anc.i) == trig.plover and not act_apart(parse, above[:n], anc)
        for n, anc in enumerate(above)
    )


def _act_of_its_own(verb: Trigger, noun: Trigger) -> bool:
    """'attributed the bombing to X': an act alleged is an act of its own, not the verb's object;
    'granted Judicial Watch's request': a request or a demand yielded to is its maker's act."""
    alleged = verb.plover == "ACCUSE" and noun.plover in VIOLENT
    return alleged or (verb.plover == "CONCEDE" and noun.plover == "REQUEST")


def _object_of_participle(parse: Parse, noun: Token) -> bool:
    """'a lawsuit brought by Judicial Watch', 'sanctions imposed on Iran': the noun is the object
    the trigger of the participle after it names; the participle codes the act, with its agent."""
    participles = [k for k in parse.children(noun.i) if k.dep == "acl" and k.tag == "VBN"]
    return any(lemma_of(noun) in getattr(match_trigger(parse, k), "objects", ()) for k in participles)


def _phrase_of_act_noun(parse: Parse, noun: Token) -> bool:
    """'An exchange of gunfire': the noun after "of" is a word of the act noun's own trigger, not an
    act of its own."""
    prep = parse.tokens[noun.head]
    if noun.dep != "pobj" or prep.lower != "of" or prep.head == prep.i:
        return False
    head = parse.tokens[prep.head]
    trig = match_trigger(parse, head) if head.pos == "NOUN" else None
    return trig is not None and trig.prep == "of" and lemma_of(noun) in trig.objects


def _cue(parse: Parse, tok: Token, hit: DictionaryMatch | None) -> Cue | None:
    """What makes the event negated or uncertain, or None.

    The PETRARCH coder (``--coder petrarch``) follows PETRARCH's conventions:
    statements of the future, plans and conditions are coded as the act (the
    dictionary's patterns, such as ``WILL NOT *``, say where they mean something
    else), and a negation counts unless the matched pattern spells it out itself.
    """
    cue = governing_cue(parse, tok)
    if cue is None or not petrarch_conventions():
        return cue
    if cue.kind != "negated":
        return None
    return None if hit is not None and cue.token.i in hit.match.words else cue


#: types whose noun's "from" is where the act leaves or takes someone ("withdrawal from", "expulsion from");
#: so is SANCTION's 'withdraw' mode ("withdrawal from the European Union")
LEAVING = frozenset({"RETREAT", "COERCE", "MOBILIZE"})


def _build(
    article: Article, parse: Parse, tok: Token, trig: Trigger, event_id: str, hit: DictionaryMatch | None
) -> tuple[Event, Cue | None] | None:
    if trig.pos == "V":
        tabari = trig.tier == 2 and petrarch_conventions()
        joint = trig.plover in JOINT or trig.cameo in SYMMETRIC_CODES  # "X and Y agreed": Y the target
        args = verb_arguments(parse, tok, trig.prep, symmetric=joint, tabari=tabari, phrase=trig.objects)
    elif trig.pos == "A":
        args = adjective_arguments(parse, tok)
    else:
        args = noun_arguments(parse, tok, given=trig.plover not in LEAVING and trig.mode != "withdraw")
    if trig.plover == "ASSAULT" and natural_harm(parse, tok, args.source):
        return None  # "a traffic collision killed", "killed in a crash": no one's act
    if trig.plover == "ASSAULT" and no_one_harmed(parse, tok):
        return None  # "no one was injured": a toll of zero, no act
    info = cameo_info(trig.cameo)
    cue = _cue(parse, tok, hit)
    modality = cue.modality if cue is not None else "asserted"
    parties = (party_of(article, parse, args.source, tok), party_of(article, parse, args.target, tok))
    facts = features(parse, Candidate(tok, trig, args, modality, parties, article))
    event = Event(
        id=event_id,
        type=trig.plover,
        mode=mode_for(parse, tok, trig.mode) if trig.plover in WEAPON_MODED else trig.mode,
        cameo=trig.cameo,
        quad_class=info.quad_class if info else None,
        goldstein=info.goldstein if info else None,
        source=parties[0],
        target=parties[1],
        date=date_for(parse, tok, article.times, article.published),
        place=place_for(parse, tok, article.places),
        modality=modality,
        evidence=with_parties(
            parse, evidence_span(parse, tok, nominal=trig.pos != "V"), tok, (args.source, args.target)
        ),
        trigger=trigger_span(parse, tok, trig.objects, custody=(trig.pos, trig.plover) == ("V", "COERCE")),
        confidence=confidence(facts),
    ).with_salience(salience(facts))
    return event, cue
