"""Events: who did what to whom, coded in PLOVER and CAMEO, from the parse.

For each sentence, words of the trigger lexicon (verbs and event nouns) become
events; their source and target come from the dependency parse
(:mod:`.arguments`), their modality from governing cues (:mod:`.modality`),
their date, place, casualties and mode from nearby words (:mod:`.anchors`).
Parties are linked to the article's actors by character offsets.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from eventwire.events.anchors import date_for, fatalities_for, mode_for, place_for
from eventwire.events.arguments import Arguments, noun_arguments, verb_arguments
from eventwire.events.dictionary import dictionary_trigger
from eventwire.events.lexicon import Trigger, match_trigger
from eventwire.events.modality import Cue, governing_cue
from eventwire.model import Actor, Article, Event, Party, Span
from eventwire.ontology import cameo_info
from eventwire.parse import Parse, Token
from eventwire.phrases import np_bounds
from eventwire.pipeline import ArticleStage

#: CAMEO codes of an announced intent: to cooperate (express intent), to do harm (threaten)
INTENT_CODES = {"AGREE": "030", "THREATEN": "130"}
#: acts two parties do together: "X and Y agreed" makes Y the target
SYMMETRIC = frozenset({"AGREE", "CONSULT", "COOPERATE"})
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
    used: set[int] = set()
    for tok in parse.tokens:
        trig = _trigger(parse, tok, used)
        if trig is None:
            continue
        event, cue = _build(article, parse, tok, trig, f"e{len(events) + 1}")
        if trig.tier == 2 and not _between_actors(event):
            continue  # a dictionary verb is coded only between two parties, one of them a known actor
        used.add(tok.i)
        events.append(event)
        if cue is not None and cue.kind == "intent" and match_trigger(parse, cue.token) is None:
            events.append(_commitment(event, f"e{len(events) + 1}"))
    return events


def _commitment(event: Event, event_id: str) -> Event:
    """'X will withdraw', 'X is ready to attack': the announced intent is itself an event.

    PLOVER (after CAMEO 03 and 13) codes an intent to cooperate as AGREE and an
    intent to do harm as THREATEN; the intended act itself stays uncertain.
    """
    hostile = (event.quad_class or 0) >= 3
    code = INTENT_CODES["THREATEN" if hostile else "AGREE"]
    info = cameo_info(code)
    return event.model_copy(
        update={
            "id": event_id,
            "type": info.plover if info and info.plover else ("THREATEN" if hostile else "AGREE"),
            "mode": None,
            "cameo": code,
            "quad_class": info.quad_class if info else None,
            "goldstein": info.goldstein if info else None,
            "modality": "asserted",
            "fatalities": None,
            "confidence": round(max(0.05, event.confidence - 0.05), 2),
        }
    )


def _between_actors(event: Event) -> bool:
    src, tgt = event.source, event.target
    return bool((src.actor and tgt.text) or (tgt.actor and src.text))


def _trigger(parse: Parse, tok: Token, used: set[int]) -> Trigger | None:
    trig = match_trigger(parse, tok) or dictionary_trigger(parse, tok)
    if trig is None:
        return None
    if trig.pos == "V" and tok.dep in ("amod", "compound"):
        return None  # "Iranian-backed", "a kill switch": modifiers, not acts
    if trig.pos == "N" and (tok.dep in NOUN_SKIP_DEPS or _restates_verb(parse, tok, trig, used)):
        return None
    return trig


def _restates_verb(parse: Parse, noun: Token, trig: Trigger, used: set[int]) -> bool:
    """'killed ... in an ambush': the noun names the same act as a verb already coded."""
    for anc in list(parse.ancestors(noun.i))[:3]:
        if anc.i in used and anc.pos == "VERB":
            verb_trig = match_trigger(parse, anc)
            return verb_trig is not None and verb_trig.plover == trig.plover
    return False


def _build(
    article: Article, parse: Parse, tok: Token, trig: Trigger, event_id: str
) -> tuple[Event, Cue | None]:
    if trig.pos == "V":
        args = verb_arguments(parse, tok, trig.prep, symmetric=trig.plover in SYMMETRIC)
    else:
        args = noun_arguments(parse, tok)
    info = cameo_info(trig.cameo)
    cue = governing_cue(parse, tok)
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
        fatalities=fatalities_for(parse, tok, args.target) if modality == "asserted" else None,
        modality=modality,
        evidence=_clause(parse, tok, nominal=trig.pos == "N"),
        trigger=Span(start=tok.start, end=tok.end),
        confidence=_confidence(parse, tok, trig, args, modality),
    )
    return event, cue


def _party(article: Article, parse: Parse, head: Token | None) -> Party:
    if head is None:
        return Party()
    first, last = np_bounds(parse, head)
    start, end = parse.tokens[first].start, parse.tokens[last].end
    actor = _actor_at(article.actors, head.start, head.end, start, end)
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


def _confidence(parse: Parse, tok: Token, trig: Trigger, args: Arguments, modality: str) -> float:
    """Higher for a verb of the core lexicon with both parties, high in its sentence's tree."""
    score = 0.45 if trig.pos == "V" else 0.35
    score += 0.25 if args.source is not None else 0.0
    score += 0.15 if args.target is not None else 0.0
    score += 0.05 if trig.objects or trig.prep else 0.0
    score -= 0.1 if modality != "asserted" else 0.0
    score -= 0.2 if trig.tier == 2 else 0.0
    score -= 0.04 * min(3, _depth(parse, tok))  # the governing act is the sentence's main event
    return round(max(0.05, min(0.95, score)), 2)


def _depth(parse: Parse, tok: Token) -> int:
    """How many clauses down from its sentence's root the trigger sits."""
    return sum(1 for anc in parse.ancestors(tok.i) if anc.pos in ("VERB", "AUX"))
