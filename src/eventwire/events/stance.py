"""Stances and the events coded beside an act: intents, refusals, demands, paired codes.

PLOVER (after CAMEO 03, 12 and 13) codes an intent to cooperate as AGREE, an
intent to do harm as THREATEN and a refusal to cooperate as REJECT, next to
the act itself; "X said Y must ..." is X's REQUEST of Y; a dictionary's
paired code ``[032:033]`` adds the event from target to source.
"""

from __future__ import annotations

from eventwire.events.anchors import date_for, evidence_span, place_for, trigger_token
from eventwire.events.arguments import TOPIC_VERBS, subject_of
from eventwire.events.cameo_fields import code_fields
from eventwire.events.casualties import FIELDS as CASUALTY_FIELDS
from eventwire.events.lexicon import PROPOSALS, lemma_of, match_trigger, modality_cues
from eventwire.events.modality import Cue, intent_denied, is_ultimatum, modality_of
from eventwire.events.parties import actors_by_id, coded, party_of
from eventwire.events.senses import QUESTION_WORDS, hands_over, to_speak
from eventwire.events.verb_dictionary import OTHER_TYPE
from eventwire.model import Article, Event, Party, Span
from eventwire.ontology import cameo_info
from eventwire.parse import Parse, Token

#: CAMEO codes of stances: intent to cooperate, threaten, reject, demand
STANCE_CODES = {"AGREE": "030", "THREATEN": "130", "REJECT": "120", "REQUEST": "100", "CONCEDE": "080"}
#: acts whose announced intent is no offer to cooperate: "intends to appeal", "will ask for help"
ASKING = frozenset({"REQUEST"})
#: acts whose announced intent PLOVER codes as a concession, not an agreement
YIELDING = frozenset({"RETREAT", "CONCEDE"})
#: links from an act up to the cue that makes it its source's intent or refusal
STANCE_LINKS = frozenset({"xcomp", "ccomp", "dobj", "acomp", "conj", "pcomp", "prep", "pobj"})
#: negations that are no refusal: not yet, a denial of a fact, an inability ("could not agree",
#: "were unable to", "failed to": a failure is not a refusal, though CAMEO counted one as such) and
#: an avoidance ("avoided discussing it")
NOT_REFUSALS = frozenset({"yet", "deny", "could", "can", "ca", "unable", "fail", "avoid"})


def stance_of(parse: Parse, event: Event, cue: Cue | None) -> str | None:
    """The stance an intended or refused act shows: AGREE, THREATEN or REJECT, or None.

    PLOVER (after CAMEO 03, 12 and 13) codes an intent to cooperate as AGREE, an
    intent to do harm (material conflict, CAMEO 15-20) as THREATEN, an announced
    retreat or concession as CONCEDE, and a refusal to cooperate as REJECT; the act
    itself keeps its own modality.  An intent to criticise, accuse, appeal or
    protest (verbal conflict) is neither a threat nor an agreement: no stance.
    """
    if cue is None or match_trigger(parse, cue.token) is not None:
        return None  # "promised to", "refused to": the cue word is coded as an event already
    if not _own_act(parse, event, cue):
        return None  # "its resistance would continue until the occupation is removed"
    if cue.kind == "intent" and not event.source.named():
        return None  # "the man will remain in custody": no one named intends the act
    if cue.kind == "intent" and not _commits(parse, event, cue):
        return None  # "would have asked", "will be thanked", "did not say whom they would support"
    quad = event.quad_class or 0
    hostile = quad >= 3
    if cue.kind == "intent" and intent_denied(parse, cue.token):
        # "is not willing to negotiate", "neither X nor Y intends to meet": a refusal, no promise
        return None if hostile else "REJECT"
    if cue.kind == "intent" and event.type == "PROTEST" and event.mode not in RESTRICTING:
        return None  # "protesters will march on Sunday": an announced demonstration, no threat
    if cue.kind == "intent" and (quad == 4 or is_ultimatum(parse, cue)):
        return "THREATEN"  # "will attack", "plans sanctions": CAMEO 13 threatens force or penalties
    if cue.kind == "intent" and not hostile and event.type not in ASKING:
        # "will withdraw" concedes, "will meet" agrees; "intends to appeal" offers nothing
        return "CONCEDE" if event.type in YIELDING else "AGREE"
    if cue.kind == "negated" and event.type in ASKING:
        return None  # "the WHO does not recommend self-medication": advice not given is no refusal
    if cue.kind == "negated" and not hostile and event.source.text and _refused(parse, event, cue):
        return None if _prohibited(parse, event) else "REJECT"
    return None


#: protests whose announcement threatens (the PLOVER manual's THREATEN 'restrict': strikes, boycotts
#: and blockades); an announced demonstration threatens nothing
RESTRICTING = frozenset({"strike", "boycott", "obstruct"})


#: modals that make a negated act a refusal: "will not negotiate", "would not agree", "won't meet"
REFUSING_MODALS = frozenset({"will", "would", "wo", "shall"})


def _refused(parse: Parse, event: Event, cue: Cue) -> bool:
    """The negated act is refused, not just not done: a refusal's own word ("declined to meet") or a
    "will not" that states the intent not to act ("would not agree to the ceasefire").  An act that
    did not happen ("did not concede defeat", "do not all agree", "did not ratify") is coded negated
    as the project's guidelines have it, with no REJECT beside it."""
    if _pending(parse, cue):
        return False
    act = trigger_token(parse, event)
    if cue.token.dep == "det" and act is not None and act.head != act.i:
        act = parse.tokens[act.head]  # "makes no apologies": refused only as "will make no concessions"
    elif cue.token.dep != "neg":
        return True  # "declined to", "refused to" (when not coded as a word of its own)
    kids = parse.children(act.i) if act is not None else []
    return any(k.dep == "aux" and k.lower in REFUSING_MODALS for k in kids) or _turned_down(parse, act)


def _turned_down(parse: Parse, act: Token | None) -> bool:
    """'did not agree to the pay offer', 'did not accept the proposal': a proposal not taken is
    rejected, where "they do not all agree on how it works" is no rejection of anything."""
    if act is None or lemma_of(act) not in ("agree", "accept", "approve", "endorse"):
        return False
    kids = parse.children(act.i)
    objects = [k for k in kids if k.dep == "dobj"] + [
        o for k in kids if k.dep == "prep" for o in parse.children(k.i)
    ]
    return any(lemma_of(o) in PROPOSALS for o in objects if o.dep in ("dobj", "pobj"))


def _own_act(parse: Parse, event: Event, cue: Cue) -> bool:
    """Whether the cue governs the act as its source's own ("will withdraw", "vowed to fight",
    "plans an attack"), not from a clause of another subject or a subject phrase."""
    tok = trigger_token(parse, event)
    verb = parse.tokens[cue.token.head] if cue.token.dep == "aux" else cue.token
    if tok is not None and tok.i != verb.i and lemma_of(verb) in TOPIC_VERBS:
        return False  # "will discuss the hotel assault", "will debate a ceasefire": a topic, no intent
    while tok is not None and tok.i != cue.token.i and tok.i != cue.token.head:
        if (tok.dep not in STANCE_LINKS and not _infinitive(parse, tok)) or tok.head == tok.i:
            return False
        tok = parse.tokens[tok.head]
    return tok is not None


#: words that open an indirect question ("whom they would support", "whether it will withdraw")
ASKED = QUESTION_WORDS | {"whom", "whose"}


def _commits(parse: Parse, event: Event, cue: Cue) -> bool:
    """An intent cue commits the act's subject to it: not a counterfactual ("would have asked"),
    not a passive (whoever is acted on commits to nothing: "you will be thanked"), not a
    question ("did not announce whom they would support")."""
    modal = cue.token.dep == "aux"
    verb = parse.tokens[cue.token.head] if modal else cue.token
    if modal and any(k.dep == "aux" and k.lemma.lower() == "have" for k in parse.children(verb.i)):
        return False
    act = trigger_token(parse, event)
    if act is not None and any(k.dep == "auxpass" for k in parse.children(act.i)):
        return False
    if _hedged(parse, verb):
        return False  # "Virginia would probably host the race": a forecast
    opener = min(parse.subtree(verb.i), key=lambda t: t.i)
    return not (verb.dep in ("ccomp", "pcomp", "advcl") and opener.lower in ASKED)


#: adverbs of likelihood: what they qualify is forecast, not undertaken ("would probably host the
#: race"); a condition is not, for a conditional offer commits ("will withdraw if they stop shelling")
HEDGES = frozenset({"probably", "possibly", "perhaps", "maybe", "likely", "presumably"})


def _hedged(parse: Parse, verb: Token) -> bool:
    """The verb is qualified by an adverb of likelihood: "Virginia would probably host the race"."""
    return any(k.dep == "advmod" and k.lower in HEDGES for k in parse.children(verb.i))


def _infinitive(parse: Parse, tok: Token) -> bool:
    """'sworn to fight' parsed as an adverbial clause: an infinitive is the cue's complement."""
    return tok.dep == "advcl" and parse.infinitive_to(tok.i) is not None


def _prohibited(parse: Parse, event: Event) -> bool:
    """'they must not send weapons': a negated demand is a prohibition the speaker states, not the
    subject's refusal."""
    act = trigger_token(parse, event)
    kids = parse.children(act.i) if act is not None else []
    return any(k.dep == "aux" and modality_cues().get(k.lower) == "demand" for k in kids)


def _pending(parse: Parse, cue: Cue) -> bool:
    """'has not yet decided', 'denied supplying drones': an act still to come or denied,
    not a refusal."""
    verb = parse.tokens[cue.token.head]
    words = {k.lower for k in (*parse.children(verb.i), *parse.children(cue.token.i))}
    return bool(words & NOT_REFUSALS) or lemma_of(cue.token) in NOT_REFUSALS


def paired_event(event: Event, code: str, event_id: str) -> Event:
    """The paired event of a dictionary's ``[active:paired]`` code: target to source."""
    info = cameo_info(code)
    plover = (info.plover or info.plover_fallback) if info is not None else None
    recoded = _recoded(event, code, plover or OTHER_TYPE, event_id)
    swapped = {"source": event.target, "target": event.source, "mode": event.mode, "modality": event.modality}
    return recoded.model_copy(update=swapped)


def as_stance(event: Event, plover: str, event_id: str) -> Event:
    return _recoded(event, STANCE_CODES[plover], plover, event_id)


#: how sure a stance read off an act that is not asserted is, as a share of the act's own
#: confidence: the project's guidelines code a schedule or forecast ("will meet", "would endorse
#: Clinton on Thursday") as the act alone, uncertain, and a promise only where one is made; on the
#: dev sets (polnear_events rounds 1-25 and ordinary_news dev) 3 of 27 such stances were events
#: of the guidelines, at a mean confidence of 0.43 for their acts
STANCE_SHARE = 0.25


def stance_beside(event: Event, plover: str, event_id: str) -> Event:
    """The stance read off an intended or refused act, beside the act ("will meet": AGREE)."""
    return _recoded(event, STANCE_CODES[plover], plover, event_id, event.confidence * STANCE_SHARE)


def _recoded(event: Event, code: str, plover: str, event_id: str, confidence: float | None = None) -> Event:
    """The stance read off an unasserted act: less salient than the act, and a little less sure
    unless ``confidence`` says how sure."""
    sure = event.confidence - 0.05 if confidence is None else confidence
    return event.model_copy(
        update={
            "id": event_id,
            **code_fields(code, plover, None),
            "modality": "asserted",
            **dict.fromkeys(CASUALTY_FIELDS),
            "confidence": round(max(0.05, sure), 2),
        }
    ).with_salience(event.salience - 0.05)


def demand_event(article: Article, parse: Parse, aux: Token, event_id: str) -> Event | None:
    """'X said that Y must release the prisoners': X demands of Y (a REQUEST), when both are
    political actors (a country or a political sector).  A demand made of no one in particular
    ("any leader should", "a state must protect") or by someone outside politics is an opinion,
    not an act between parties: PLOVER's REQUEST is one party asking another."""
    verb = parse.tokens[aux.head]
    if verb.dep not in ("ccomp", "xcomp") or verb.head == verb.i:
        return None
    speaker_verb = parse.tokens[verb.head]
    speaker, addressee = subject_of(parse, speaker_verb), subject_of(parse, verb)
    if speaker is None or addressee is None or _anyone(parse, addressee):
        return None
    source, target = party_of(article, parse, speaker), party_of(article, parse, addressee)
    if not (coded(article, source) and coded(article, target)) or source.actor == target.actor:
        return None  # no demand between parties, or a speaker's view of what they should do
    if _own_state(article, source, target):
        return None  # "Obama said the United States must act": a view of what his own state should do
    # confidence set from the dev rounds: the model's facts are those of an act's trigger, not of "must"
    code = ("REQUEST", STANCE_CODES["REQUEST"])
    demand = _speech_act(article, parse, (speaker_verb, aux), code, (source, target), DEMAND_CONFIDENCE)
    return demand.model_copy(update={"id": event_id})


#: how sure a demand read off "must" is: the guidelines code a request only where the asking is named
#: ("urged", "called for"), and "X said Y must ..." is a statement of what Y should do; on the dev
#: rounds 0 of 3 such demands were events, (0 + 1) / (3 + 2) by the rule of succession. Below the
#: article floor (``events.min_confidence_other_types``), so a whole article drops it; a single
#: sentence, as the CAMEO-coded sets give, keeps it
DEMAND_CONFIDENCE = 0.2


#: determiners of no one in particular: "a president must be ready", "any leader should"
ANY_ONE = frozenset({"a", "an", "any", "every", "each", "no"})


def _anyone(parse: Parse, noun: Token) -> bool:
    """The noun names whoever fills a role, not a party: "a president", "any leader"."""
    return any(k.dep == "det" and k.lower in ANY_ONE for k in parse.children(noun.i))


#: verbs of offering or declining to do something: the offer is an AGREE of its own (CAMEO 03, the
#: guidelines' "offered"), the refusal a REJECT (CAMEO 12, "declined to release his tax returns")
OFFERING = {"offer": "AGREE", "volunteer": "AGREE", "decline": "REJECT"}


def offer_event(article: Article, parse: Parse, verb: Token, event_id: str) -> Event | None:
    """'Clinton offered to debate April 14', 'has declined to release any tax returns': a political
    party's offer or refusal to do what names no act of its own is the offer (AGREE) or the refusal
    (REJECT) itself.  One to do an act ("offered to mediate", "declined to meet") is coded as that
    act, with its stance; declining to comment or to say is no refusal of anything."""
    kind = OFFERING.get(lemma_of(verb)) if verb.pos == "VERB" else None
    if kind is None:
        return None  # called for every verb that is no trigger: the cheap test first
    acts = [k for k in parse.children(verb.i) if k.dep == "xcomp" and k.pos == "VERB"]
    if not acts or any(match_trigger(parse, a) or _only_speaks(parse, a) for a in acts):
        return None
    source = party_of(article, parse, subject_of(parse, verb))
    if not coded(article, source):
        return None  # "the app offers to translate": no party
    offer = _speech_act(article, parse, (verb, verb), (kind, STANCE_CODES[kind]), (source, Party()))
    return offer.model_copy(update={"id": event_id, "modality": modality_of(parse, verb)})


def _only_speaks(parse: Parse, act: Token) -> bool:
    """An infinitive of speaking that hands nothing over ("to comment"; not "to disclose his
    records", whose refusal rejects a demand for them)."""
    return to_speak(parse, act) and not hands_over(parse, act)


def claim_event(article: Article, parse: Parse, event: Event) -> Event | None:
    """'Tamim claimed Houthis have attacked journalists': the claimant accuses whoever the claimed
    act of force names as its doer (CAMEO 112, the guidelines' "claimed" with an alleged wrong), when
    that is someone else; the act itself is then only alleged.  A claim of what one suffered ("claimed
    90 civilians were wounded", "claimed he was wrongfully imprisoned") accuses no one here."""
    verb = _claim_over(parse, trigger_token(parse, event))
    if verb is None or event.quad_class != 4:
        return None
    claimant = party_of(article, parse, subject_of(parse, verb))
    accused = event.source
    if not claimant.named() or not accused.named() or _same_party(claimant, accused):
        return None
    accusation = _speech_act(article, parse, (verb, verb), ("ACCUSE", "112"), (claimant, accused))
    return accusation.model_copy(update={"confidence": round(max(0.05, event.confidence - 0.05), 2)})


def _claim_over(parse: Parse, act: Token | None) -> Token | None:
    """The verb "claim" whose reported clause the act heads ("claimed [Houthis have attacked]")."""
    if act is None or act.dep != "ccomp" or act.head == act.i:
        return None
    verb = parse.tokens[act.head]
    return verb if lemma_of(verb) == "claim" and verb.pos == "VERB" else None


def _own_state(article: Article, speaker: Party, addressee: Party) -> bool:
    """The addressee is the speaker's own country ("President Obama said the United States must
    act", "the candidates say the United States must play a role") or, for a member of a government,
    that government: no party is asked."""
    actors = actors_by_id(article)
    one, other = actors.get(speaker.actor or ""), actors.get(addressee.actor or "")
    if one is None or other is None or one.country != other.country:
        return False
    # "the foreign minister said the government must reevaluate": a member's view of what her own
    # government should do, no party asked (neither may have a known country)
    own_government = other.kind == "role" and one.sector == other.sector == "GOV"
    return (other.kind == "country" and one.country is not None) or own_government


def _same_party(one: Party, other: Party) -> bool:
    return (one.actor is not None and one.actor == other.actor) or one.text == other.text


#: how sure an offer, a refusal or an accusation read off a clause is (hand-set: the model's facts
#: are those of an act's trigger)
SPEECH_ACT_CONFIDENCE = 0.6


def _speech_act(
    article: Article,
    parse: Parse,
    words: tuple[Token, Token],
    code: tuple[str, str],
    parties: tuple[Party, Party],
    confidence: float = SPEECH_ACT_CONFIDENCE,
) -> Event:
    """An act of speech read off a clause: said at ``words[0]``'s clause, its trigger ``words[1]``;
    its id is the caller's to give."""
    verb, trigger = words
    info = cameo_info(code[1])
    return Event(
        id="",
        type=code[0],
        cameo=code[1],
        quad_class=info.quad_class if info else None,
        goldstein=info.goldstein if info else None,
        source=parties[0],
        target=parties[1],
        date=date_for(parse, verb, article.times, article.published),
        place=place_for(parse, verb, article.places),
        evidence=evidence_span(parse, verb, nominal=False),
        trigger=Span(start=trigger.start, end=trigger.end),
        confidence=confidence,
    ).with_salience(0.6)
