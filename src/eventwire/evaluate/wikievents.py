"""Score attacks, arrests and protests and who did them to whom on ``shared/gold/wikievents_dev``.

The rules are the set's README's (the way the engine is measured on the
reserved test split), applied as written:

- classes: ``Conflict.Attack.*`` = ASSAULT, ``Justice.ArrestJailDetain`` =
  COERCE, ``Conflict.Demonstrate`` = PROTEST;
- an engine event of one of these types matches a gold event of its class
  when its trigger span (else, for an event without a trigger, its evidence
  span) covers the gold trigger, one to one; pairs whose triggers overlap are
  matched first (then the nearest).  Every engine event of these types is
  scored, whatever its modality or confidence.  ``events_by_evidence`` is a
  diagnostic beside the README's figures: the looser reading in which the
  evidence covering the gold trigger is enough even when the trigger is
  elsewhere;
- an engine event of these types that matches nothing is a false alarm,
  unless its trigger covers a ``Life.Die`` or ``Life.Injure`` trigger (an
  attack's outcome: "killing six");
- agents are the gold roles Attacker, Killer, Injurer, Jailer, Demonstrator,
  patients Target, Victim, Detainee.  On a matched event the engine's source
  (target) is right when its words inside the evidence, or any mention of its
  actor, overlap any span of a gold agent (patient); argument precision is
  over every source and target the engine gives on events of these types,
  recall over the gold events of these classes that have an agent (for
  sources) and a patient (for targets), both sides added up.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from eventwire.evaluate.align import SpanMap, covers, one_to_one, overlaps
from eventwire.evaluate.metrics import prf
from eventwire.evaluate.parties import gives_party, party_spans
from eventwire.evaluate.runs import article_of
from eventwire.model import Article, Event

#: KAIROS type (itself or any subtype) -> the PLOVER type it is scored as
CLASSES = {
    "Conflict.Attack": "ASSAULT",
    "Justice.ArrestJailDetain": "COERCE",
    "Conflict.Demonstrate": "PROTEST",
}
#: an engine event over one of these triggers is an attack's outcome, not a false alarm
OUTCOMES = ("Life.Die", "Life.Injure")
AGENTS = frozenset({"Attacker", "Killer", "Injurer", "Jailer", "Demonstrator"})
PATIENTS = frozenset({"Target", "Victim", "Detainee"})
#: engine role scored against gold agents, and against gold patients
SIDES = (("source", AGENTS), ("target", PATIENTS))

Span = tuple[int, int]


@dataclass(frozen=True)
class Gold:
    """A gold event of a scored class, in the article's coordinates (None: lost to cleaning)."""

    type: str
    trigger: Span | None
    roles: dict[str, list[Span]]  # "source" / "target" -> spans of every agent / patient mention


def is_kind(kairos: str, prefix: str) -> bool:
    return kairos == prefix or kairos.startswith(prefix + ".")


def plover_class(kairos: str) -> str | None:
    return next((plover for prefix, plover in CLASSES.items() if is_kind(kairos, prefix)), None)


def score_wikievents(records: Sequence[Mapping[str, Any]], articles: Mapping[str, Article]) -> dict[str, Any]:
    """Event and argument precision, recall and F1 over the documents."""
    counts: Counter[str] = Counter()
    for rec in records:
        article = article_of(rec, articles)
        counts.update(score_document(rec, article))
    classes = sorted(set(CLASSES.values()))
    sides = {
        role: prf(counts[f"{role}_right"], counts[f"{role}_given"], counts[f"{role}_gold"])
        for role, _ in SIDES
    }
    return {
        "documents": len(records),
        "gold_events": counts["gold"],
        "found": counts["matched"] + counts["false_alarms"],
        "matched": counts["matched"],
        "false_alarms": counts["false_alarms"],
        "outcomes_excused": counts["excused"],
        "events": prf(counts["matched"], counts["matched"] + counts["false_alarms"], counts["gold"]),
        "arguments": prf(
            sum(counts[f"{r}_right"] for r, _ in SIDES),
            sum(counts[f"{r}_given"] for r, _ in SIDES),
            sum(counts[f"{r}_gold"] for r, _ in SIDES),
        ),
        # a diagnostic beside the README's figures: sources and targets of matched events only
        "arguments_of_matched_events": prf(
            sum(counts[f"{r}_right"] for r, _ in SIDES),
            sum(counts[f"{r}_given_matched"] for r, _ in SIDES),
            sum(counts[f"{r}_gold"] for r, _ in SIDES),
        ),
        "agents": sides["source"],
        "patients": sides["target"],
        "per_class": {
            c: prf(counts[f"matched:{c}"], counts[f"matched:{c}"] + counts[f"false:{c}"], counts[f"gold:{c}"])
            for c in classes
        },
        "events_by_evidence": prf(
            counts["loose_matched"],
            counts["loose_matched"] + counts["loose_false_alarms"],
            counts["gold"],
        ),
        "gold_spans_unaligned": counts["lost"],
    }


def score_document(rec: Mapping[str, Any], article: Article) -> Counter[str]:
    spans = SpanMap(rec["text"], article.text)
    golds = gold_events(rec, spans)
    outcomes = [
        spans.span(*ev["trigger"]) for ev in rec["events"] if any(is_kind(ev["type"], o) for o in OUTCOMES)
    ]
    found = [ev for ev in article.events if ev.type in CLASSES.values()]
    pairs = match(golds, found)
    counts: Counter[str] = Counter(lost=spans.lost, gold=len(golds), matched=len(pairs))
    for gold in golds:
        counts[f"gold:{gold.type}"] += 1
        for role, _ in SIDES:
            counts[f"{role}_gold"] += bool(gold.roles[role])
    for g, f in pairs:
        counts[f"matched:{golds[g].type}"] += 1
        for role, _ in SIDES:
            counts[f"{role}_right"] += argument_right(article, found[f], role, golds[g].roles[role])
    counts.update(alarms(found, {f for _, f in pairs}, outcomes))
    for ev in found:
        for role, _ in SIDES:
            counts[f"{role}_given"] += gives_party(getattr(ev, role))
    for f in {f for _, f in pairs}:
        for role, _ in SIDES:
            counts[f"{role}_given_matched"] += gives_party(getattr(found[f], role))
    loose = match(golds, found, loose=True)
    counts["loose_matched"] += len(loose)
    counts["loose_false_alarms"] += alarms(found, {f for _, f in loose}, outcomes)["false_alarms"]
    return counts


def alarms(found: Sequence[Event], paired: set[int], outcomes: Sequence[Span | None]) -> Counter[str]:
    """Engine events matched to nothing: false alarms, or excused over a death or injury trigger."""
    counts: Counter[str] = Counter()
    for f, ev in enumerate(found):
        if f in paired:
            continue
        excused = any(o is not None and covers(_trigger(ev) or (0, 0), o) for o in outcomes)
        counts["excused" if excused else "false_alarms"] += 1
        counts[f"false:{ev.type}"] += not excused
    return counts


def gold_events(rec: Mapping[str, Any], spans: SpanMap) -> list[Gold]:
    golds = []
    for ev in rec["events"]:
        plover = plover_class(ev["type"])
        if plover is None:
            continue
        roles = {role: _role_spans(ev, names, spans) for role, names in SIDES}
        golds.append(Gold(plover, spans.span(*ev["trigger"]), roles))
    return golds


def _role_spans(ev: Mapping[str, Any], names: frozenset[str], spans: SpanMap) -> list[Span]:
    out = []
    for arg in ev["arguments"]:
        if arg["role"] in names:
            mapped = [spans.span(s, e) for s, e in arg["spans"]]
            out += [m for m in mapped if m is not None] or [(-1, -1)]  # an argument the text lost stays one
    return out


def match(golds: Sequence[Gold], found: Sequence[Event], loose: bool = False) -> list[tuple[int, int]]:
    """(gold, engine) pairs: the engine's trigger (its evidence when it has none) covers the gold trigger.

    ``loose``: the evidence covering the gold trigger is enough (the diagnostic reading).
    """
    candidates = []
    for g, gold in enumerate(golds):
        if gold.trigger is None:
            continue
        for f, ev in enumerate(found):
            trigger = _trigger(ev)
            evidence = (ev.evidence.start, ev.evidence.end)
            spans = [trigger or evidence] + ([evidence] if loose else [])
            if ev.type == gold.type and any(covers(span, gold.trigger) for span in spans):
                touch = trigger is not None and overlaps(trigger, gold.trigger)
                distance = abs((trigger or evidence)[0] - gold.trigger[0])
                candidates.append(((int(not touch), distance), g, f))
    return one_to_one(candidates)


def argument_right(article: Article, event: Event, role: str, gold: list[Span]) -> bool:
    party = getattr(event, role)
    if not gold or not gives_party(party):
        return False
    return any(
        overlaps(mine, theirs)
        for mine in party_spans(article, event, party, nearest=False)
        for theirs in gold
    )


def _trigger(ev: Event) -> Span | None:
    return None if ev.trigger is None else (ev.trigger.start, ev.trigger.end)
