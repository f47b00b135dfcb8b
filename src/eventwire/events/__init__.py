"""Events: who did what to whom, coded in PLOVER and CAMEO, from the parse.

For each sentence, words of the trigger lexicon (verbs and event nouns) become
events; their source and target come from the dependency parse
(:mod:`.arguments`), their modality from governing cues (:mod:`.modality`),
their date, place, casualties and mode from nearby words (:mod:`.anchors`).
Parties are linked to the article's actors by character offsets.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import ClassVar

from eventwire.events.anchors import date_for, mode_for, place_for
from eventwire.events.arguments import (
    noun_arguments,
    prep_object,
    relative_antecedent,
    subject_of,
    verb_arguments,
)
from eventwire.events.casualties import FIELDS as CASUALTY_FIELDS
from eventwire.events.casualties import attribute
from eventwire.events.compound import expand_parties, fill_target, token_owners
from eventwire.events.confidence import confidence
from eventwire.events.context import phrase_after
from eventwire.events.dictionary import (
    OTHER_TYPE,
    DictionaryMatch,
    dictionary_match,
    dictionary_trigger,
    paired_code,
)
from eventwire.events.discards import discarded_sentences
from eventwire.events.lexicon import Trigger, match_trigger, modality_cues
from eventwire.events.modality import Cue, governing_cue, is_ultimatum
from eventwire.events.patterns import apply_slots
from eventwire.model import Actor, Article, Event, Party, Span
from eventwire.ontology import cameo_info, user_verbs
from eventwire.parse import Parse, Token
from eventwire.phrases import np_bounds
from eventwire.pipeline import ArticleStage

#: CAMEO codes of stances: intent to cooperate, threaten, reject, demand
STANCE_CODES = {"AGREE": "030", "THREATEN": "130", "REJECT": "120", "REQUEST": "100"}
#: acts two parties do together: "X and Y agreed" makes Y the target
SYMMETRIC = frozenset({"AGREE", "CONSULT", "COOPERATE"})
#: prepositions through which an object that is no actor points at one ("ties with Gondor")
PARTY_PREPS = ("with", "to", "against", "on", "of")
#: dependency labels under which a noun is no event of its own ("a strike force")
NOUN_SKIP_DEPS = ("compound", "amod", "npadvmod")


class EventsStage(ArticleStage):
    name = "events"
    requires: ClassVar[frozenset[str]] = frozenset({"parse", "actors", "times", "places"})
    assigns: ClassVar[frozenset[str]] = frozenset({"events"})

    def process(self, article: Article) -> Article:
        if article.parse is None:
            return article
        return article.with_(events=find_events(article, article.parse))


def find_events(article: Article, parse: Parse) -> list[Event]:
    events: list[Event] = []
    used: dict[int, str] = {}  # token -> type of the event it triggered
    built_in = not user_verbs()  # stances and demands are built-in coding, replaced by a user's verbs
    owners = token_owners(parse, article.actors)
    codes = {a.id: a.code for a in article.actors}
    skipped = discarded_sentences(article, parse)
    covered = {t.i for t in parse.tokens if t.sent in skipped}
    for tok in parse.tokens:
        if tok.i in covered:
            continue
        found = _trigger(parse, tok, used, owners)
        if found is not None:
            trig, hit = found
            event, cue = _build(article, parse, tok, trig, f"e{len(events) + 1}", hit)
            if hit is not None:
                coded = _dictionary_event(article, parse, (owners, codes), tok, hit, event)
                if coded is None:
                    continue
                event = coded
            used[tok.i] = event.type
            events.append(event)
            if not built_in:  # PETRARCH codes one event per verb phrase: not the verbs inside it
                covered.update(t.i for t in phrase_after(parse, tok))
                pair = paired_code(hit.entry) if hit is not None else None
                if pair is not None:  # "arrived in Gondor" [032:033]: Gondor receives the visit
                    events.append(_paired(event, pair, f"e{len(events) + 1}"))
            stance = _stance(parse, event, cue) if built_in else None
            if stance is not None:
                events.append(_as_stance(event, stance, f"e{len(events) + 1}"))
        elif built_in and tok.dep == "aux" and modality_cues().get(tok.lower) == "demand":
            demand = _demand(article, parse, tok, f"e{len(events) + 1}")
            if demand is not None:
                events.append(demand)
    return attribute(parse, expand_parties(article, parse, events))


def _stance(parse: Parse, event: Event, cue: Cue | None) -> str | None:
    """The stance an intended or refused act shows: AGREE, THREATEN or REJECT, or None.

    PLOVER (after CAMEO 03, 12 and 13) codes an intent to cooperate as AGREE, an
    intent to do harm as THREATEN, and a refusal to cooperate as REJECT; the act
    itself keeps its own modality.
    """
    if cue is None or match_trigger(parse, cue.token) is not None:
        return None  # "promised to", "refused to": the cue word is coded as an event already
    hostile = (event.quad_class or 0) >= 3
    if cue.kind == "intent":
        return "THREATEN" if hostile or is_ultimatum(parse, cue) else "AGREE"
    if cue.kind == "negated" and not hostile and event.source.text:
        return "REJECT"
    return None


def _paired(event: Event, code: str, event_id: str) -> Event:
    """The paired event of a dictionary's ``[active:paired]`` code: target to source."""
    info = cameo_info(code)
    plover = (info.plover or info.plover_fallback) if info is not None else None
    recoded = _recoded(event, code, plover or OTHER_TYPE, event_id)
    swapped = {"source": event.target, "target": event.source, "mode": event.mode, "modality": event.modality}
    return recoded.model_copy(update=swapped)


def _as_stance(event: Event, plover: str, event_id: str) -> Event:
    return _recoded(event, STANCE_CODES[plover], plover, event_id)


def _recoded(event: Event, code: str, plover: str, event_id: str) -> Event:
    info = cameo_info(code)
    return event.model_copy(
        update={
            "id": event_id,
            "type": plover,
            "mode": None,
            "cameo": code,
            "quad_class": info.quad_class if info else None,
            "goldstein": info.goldstein if info else None,
            "modality": "asserted",
            **dict.fromkeys(CASUALTY_FIELDS),
            "confidence": round(max(0.05, event.confidence - 0.05), 2),
        }
    )


def _demand(article: Article, parse: Parse, aux: Token, event_id: str) -> Event | None:
    """'X said that Y must release the prisoners': X demands of Y (a REQUEST)."""
    verb = parse.tokens[aux.head]
    if verb.dep not in ("ccomp", "xcomp") or verb.head == verb.i:
        return None
    speaker_verb = parse.tokens[verb.head]
    speaker, addressee = subject_of(parse, speaker_verb), subject_of(parse, verb)
    if speaker is None or addressee is None:
        return None
    code = STANCE_CODES["REQUEST"]
    info = cameo_info(code)
    return Event(
        id=event_id,
        type="REQUEST",
        cameo=code,
        quad_class=info.quad_class if info else None,
        goldstein=info.goldstein if info else None,
        source=_party(article, parse, speaker),
        target=_party(article, parse, addressee),
        date=date_for(parse, speaker_verb, article.times, article.published),
        place=place_for(parse, speaker_verb, article.places),
        evidence=_clause(parse, speaker_verb, nominal=False),
        trigger=Span(start=aux.start, end=aux.end),
        confidence=0.6,
    )


def _dictionary_event(
    article: Article,
    parse: Parse,
    known: tuple[dict[int, str], Mapping[str, str | None]],
    verb: Token,
    hit: DictionaryMatch,
    event: Event,
) -> Event | None:
    """A dictionary verb's event with the parties its pattern bound, or None where it codes none.

    As in PETRARCH, a dictionary verb is coded only between two parties, one of
    them an actor with a code; a bare verb of the built-in dictionary
    ("offered", "eased") only where it names both parties itself.
    ``known``: the token owners and the actors' codes.
    """
    owners, codes = known
    event = fill_target(article, parse, owners, verb, apply_slots(article, parse, owners, hit, event))
    if not _between_actors(codes, event):
        return None
    if not user_verbs() and hit.entry.pattern == ("*",) and not _own_parties(parse, verb):
        return None
    return event


def _own_parties(parse: Parse, verb: Token) -> bool:
    """Whether the verb names both its parties itself: a subject and an object of its own.

    A verb without a subject may take its head's through control or coordination
    ("offered to hand over", "met and agreed"), as TABARI reads a verb phrase.
    """
    tok = verb
    while tok.dep in ("xcomp", "conj") and tok.head != tok.i and not _has(parse, tok, "nsubj", "agent"):
        tok = parse.tokens[tok.head]
    kids = list(parse.children(verb.i))
    objects = any(k.dep in ("dobj", "nsubjpass", "xcomp", "ccomp") for k in kids) or any(
        k.dep == "prep" and _has(parse, k, "pobj") for k in kids
    )
    return _has(parse, tok, "nsubj", "agent") and objects


def _has(parse: Parse, tok: Token, *deps: str) -> bool:
    return any(k.dep in deps for k in parse.children(tok.i))


def _between_actors(codes: Mapping[str, str | None], event: Event) -> bool:
    """Whether the event links two parties, one of them an actor with a code."""
    src, tgt = event.source, event.target
    return bool((codes.get(src.actor or "") and tgt.text) or (codes.get(tgt.actor or "") and src.text))


def _trigger(
    parse: Parse, tok: Token, used: Mapping[int, str], owners: Mapping[int, str]
) -> tuple[Trigger, DictionaryMatch | None] | None:
    """The word's trigger, and the dictionary match it came from (None for the core lexicon)."""
    # A run with the user's own verb dictionary codes with it alone: it replaces the built-in verbs.
    core = None if user_verbs() else match_trigger(parse, tok)
    hit = None if core is not None else dictionary_match(parse, tok, owners)
    trig = core or (dictionary_trigger(hit, tok) if hit is not None else None)
    if trig is None or (hit is not None and _names_event_noun(parse, hit, trig)):
        return None
    if trig.pos == "V" and tok.dep in ("amod", "compound"):
        return None  # "Iranian-backed", "a kill switch": modifiers, not acts
    if trig.pos == "N" and (tok.dep in NOUN_SKIP_DEPS or _restates_verb(parse, tok, trig, used)):
        return None
    return trig, hit


def _names_event_noun(parse: Parse, hit: DictionaryMatch, trig: Trigger) -> bool:
    """'carried out an attack', 'began a hunger strike': the pattern's noun is an event noun
    of the same type, coded by the noun itself (with the verb's subject as its source)."""
    for i in hit.match.words:
        noun = match_trigger(parse, parse.tokens[i]) if parse.tokens[i].pos == "NOUN" else None
        if noun is not None and noun.plover == trig.plover:
            return True
    return False


def _restates_verb(parse: Parse, noun: Token, trig: Trigger, used: Mapping[int, str]) -> bool:
    """'killed ... in an ambush', 'carried out an attack': the noun names an act a verb above it coded."""
    return any(
        used.get(anc.i) == trig.plover for anc in list(parse.ancestors(noun.i))[:3] if anc.pos == "VERB"
    )


def _cue(parse: Parse, tok: Token, hit: DictionaryMatch | None) -> Cue | None:
    """What makes the event negated or uncertain, or None.

    A user's verb dictionary is coded by PETRARCH's conventions: statements of
    the future, plans and conditions are coded as the act (the dictionary's
    patterns, such as ``WILL NOT *``, say where they mean something else), and
    a negation counts unless the matched pattern spells it out itself.
    """
    cue = governing_cue(parse, tok)
    if cue is None or not user_verbs():
        return cue
    if cue.kind != "negated":
        return None
    return None if hit is not None and cue.token.i in hit.match.words else cue


def _build(
    article: Article, parse: Parse, tok: Token, trig: Trigger, event_id: str, hit: DictionaryMatch | None
) -> tuple[Event, Cue | None]:
    if trig.pos == "V":
        args = verb_arguments(
            parse, tok, trig.prep, symmetric=trig.plover in SYMMETRIC, tabari=trig.tier == 2 and user_verbs()
        )
    else:
        args = noun_arguments(parse, tok)
    info = cameo_info(trig.cameo)
    cue = _cue(parse, tok, hit)
    modality = cue.modality if cue is not None else "asserted"
    event = Event(
        id=event_id,
        type=trig.plover,
        mode=mode_for(parse, tok, trig.mode),
        cameo=trig.cameo,
        quad_class=info.quad_class if info else None,
        goldstein=info.goldstein if info else None,
        source=_party(article, parse, args.source),
        target=_party(article, parse, args.target),
        date=date_for(parse, tok, article.times, article.published),
        place=place_for(parse, tok, article.places),
        modality=modality,
        evidence=_clause(parse, tok, nominal=trig.pos == "N"),
        trigger=Span(start=tok.start, end=tok.end),
        confidence=confidence(parse, tok, trig, args, modality),
    )
    return event, cue


def _party(article: Article, parse: Parse, head: Token | None) -> Party:
    if head is None:
        return Party()
    first, last = np_bounds(parse, head)
    start, end = parse.tokens[first].start, parse.tokens[last].end
    actor = _actor_at(article.actors, head.start, head.end, start, end)
    if actor is None:
        inner = prep_object(parse, head, PARTY_PREPS)  # "restored ties with Gondor", "some of whom"
        if inner is not None:
            return _party(article, parse, relative_antecedent(parse, inner))
    return Party(actor=actor, text=article.text[start:end])


def _actor_at(actors: Sequence[Actor], hs: int, he: int, start: int, end: int) -> str | None:
    """The actor whose mention covers the head word, else any mention inside the phrase."""
    inside: str | None = None
    for actor in actors:
        for ms, me in actor.mentions:
            if ms <= hs and he <= me:
                return actor.id
            if inside is None and start <= ms and me <= end:
                inside = actor.id
    return inside


def _clause(parse: Parse, tok: Token, nominal: bool) -> Span:
    """A verb's clause (its subtree); an event noun's sentence, which holds the verb that governs it."""
    sub = [t for t in parse.subtree(tok.i) if t.pos != "PUNCT"] or [tok]
    if nominal or len(sub) == 1:
        sent = parse.sents[tok.sent]
        return Span(start=sent.start_char, end=sent.end_char)
    return Span(start=sub[0].start, end=sub[-1].end)
