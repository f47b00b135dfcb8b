"""The wikievents_dev scorer's rules (its README's) on hand-made documents; no engine."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from eventwire.evaluate.wikievents import plover_class, score_wikievents
from eventwire.model import Actor, Article, Event, Party, Span

TEXT = (
    "A suicide bomber blew himself up in Kabul, killing six soldiers. "
    "Police arrested the bomber's brother. Hundreds protested in the capital."
)


def at(words: str, after: str = "") -> list[int]:
    start = TEXT.index(words, TEXT.index(after) if after else 0)
    return [start, start + len(words)]


def gold(kind: str, trigger: str, *arguments: tuple[str, str]) -> dict[str, Any]:
    args = [{"role": role, "text": words, "spans": [at(words)]} for role, words in arguments]
    return {"type": kind, "trigger": at(trigger), "trigger_text": trigger, "arguments": args}


def engine(kind: str, trigger: str | None, evidence: str, **parties: Any) -> Event:
    start, end = at(evidence)
    spot = at(trigger) if trigger else None
    return Event(
        id=f"e{kind}{trigger}",
        type=kind,
        evidence=Span(start=start, end=end),
        trigger=Span(start=spot[0], end=spot[1]) if spot else None,
        **{role: party if isinstance(party, Party) else Party(text=party) for role, party in parties.items()},
    )


def score(golds: list[dict[str, Any]], found: list[Event], **article: Any) -> dict[str, Any]:
    rec = {"id": "d1", "text": TEXT, "events": golds}
    return score_wikievents([rec], {"d1": Article(id="d1", text=TEXT, events=found, **article)})


ATTACK = gold("Conflict.Attack.DetonateExplode", "blew", ("Attacker", "bomber"), ("Target", "six soldiers"))
DIE = gold("Life.Die.Unspecified", "killing", ("Victim", "six soldiers"))
ARREST = gold(
    "Justice.ArrestJailDetain.Unspecified", "arrested", ("Jailer", "Police"), ("Detainee", "brother")
)
PROTEST = gold("Conflict.Demonstrate.Unspecified", "protested", ("Demonstrator", "Hundreds"))
FIRST = "A suicide bomber blew himself up in Kabul, killing six soldiers."


def test_the_classes_of_the_readme() -> None:
    assert plover_class("Conflict.Attack.DetonateExplode") == "ASSAULT"
    assert plover_class("Conflict.Attack") == "ASSAULT"
    assert plover_class("Justice.ArrestJailDetain.Unspecified") == "COERCE"
    assert plover_class("Conflict.Demonstrate.DemonstrateWithViolence") == "PROTEST"
    assert plover_class("Conflict.AttackOther") is None and plover_class("Life.Die.Unspecified") is None


def test_a_trigger_that_covers_the_gold_trigger_matches_its_class_only() -> None:
    scores = score([ARREST], [engine("COERCE", "arrested", "Police arrested the bomber's brother.")])
    assert scores["events"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    scores = score([ARREST], [engine("ASSAULT", "arrested", "Police arrested the bomber's brother.")])
    assert (scores["matched"], scores["false_alarms"], scores["gold_events"]) == (0, 1, 1)


def test_the_evidence_stands_in_for_a_missing_trigger_only() -> None:
    # no trigger: the evidence (the sentence) covers "blew"
    assert score([ATTACK], [engine("ASSAULT", None, FIRST)])["matched"] == 1
    # a trigger, "up", that does not cover "blew": no match, though the evidence covers it
    scores = score([ATTACK], [engine("ASSAULT", "up", FIRST)])
    assert (scores["matched"], scores["false_alarms"]) == (0, 1)
    # the looser reading, kept as a diagnostic, takes it
    assert scores["events_by_evidence"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    # an evidence that does not hold the gold trigger: nothing matches either way
    scores = score([ATTACK], [engine("ASSAULT", None, "killing six soldiers")])
    assert scores["matched"] == 0 and scores["events_by_evidence"]["recall"] == 0.0


def test_trigger_overlaps_are_matched_first_one_to_one() -> None:
    second = gold("Conflict.Attack.Unspecified", "killing")  # a second attack gold event in the sentence
    on_killing = engine("ASSAULT", "killing", FIRST)
    on_blew = engine("ASSAULT", "blew", FIRST)
    # in the looser reading, the event on "killing", listed first, would take "blew" through its
    # evidence; pairs whose triggers overlap go first
    scores = score([ATTACK, second], [on_killing, on_blew])
    assert (scores["matched"], scores["false_alarms"]) == (2, 0)
    assert scores["events_by_evidence"]["f1"] == 1.0
    # one to one: two engine events for one gold event leave a false alarm
    scores = score([ATTACK], [on_blew, engine("ASSAULT", "blew", FIRST)])
    assert (scores["matched"], scores["false_alarms"]) == (1, 1)


def test_an_unmatched_event_over_a_death_or_injury_trigger_is_no_false_alarm() -> None:
    found = [engine("ASSAULT", "blew", FIRST), engine("ASSAULT", "killing", "killing six soldiers")]
    scores = score([ATTACK, DIE], found)
    assert (scores["matched"], scores["false_alarms"], scores["outcomes_excused"]) == (1, 0, 1)
    assert scores["events"]["precision"] == 1.0
    # without the Life.Die gold event it is a false alarm
    assert score([ATTACK], found)["false_alarms"] == 1


def test_other_engine_types_and_other_gold_types_are_not_scored() -> None:
    found = [engine("ACCUSE", "arrested", "Police arrested the bomber's brother.")]
    scores = score([DIE, ARREST], found)
    assert (scores["found"], scores["gold_events"], scores["events"]["recall"]) == (0, 1, 0.0)


def test_arguments_agents_and_patients() -> None:
    found = [
        engine("ASSAULT", "blew", FIRST, source="A suicide bomber", target="Kabul"),
        engine(
            "COERCE", "arrested", "Police arrested the bomber's brother.", source="Police", target="brother"
        ),
        engine("PROTEST", "protested", "Hundreds protested in the capital.", source="Hundreds"),
    ]
    scores = score([ATTACK, ARREST, PROTEST], found)
    # given: 3 sources, 2 targets; right: 3 sources, 1 target (Kabul is no patient)
    assert scores["agents"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert scores["patients"]["precision"] == 0.5 and scores["patients"]["recall"] == 0.5
    assert scores["arguments"]["precision"] == 0.8 and scores["arguments"]["recall"] == 0.8


def test_argument_precision_counts_parties_of_unmatched_events_too() -> None:
    found = [
        engine("PROTEST", "protested", "Hundreds protested in the capital.", source="Hundreds"),
        engine("ASSAULT", "arrested", "Police arrested the bomber's brother.", source="Police"),
    ]
    scores = score([PROTEST], found)
    assert scores["agents"]["precision"] == 0.5 and scores["agents"]["recall"] == 1.0
    assert scores["arguments_of_matched_events"]["precision"] == 1.0  # the diagnostic leaves them out


def test_a_party_is_right_by_its_words_inside_the_evidence_or_a_mention_of_its_actor() -> None:
    # "bomber" occurs inside the evidence only as the gold agent's words
    assert score([ATTACK], [engine("ASSAULT", "blew", FIRST, source="bomber")])["agents"]["recall"] == 1.0
    # words found only outside the evidence do not count
    outside = engine("ASSAULT", "blew", "blew himself up in Kabul", source="A suicide bomber")
    assert score([ATTACK], [outside])["agents"]["recall"] == 0.0
    # a pronoun whose actor has a mention on the gold agent's span
    actor = Actor(id="a1", name="bomber", mentions=[tuple(at("bomber"))])  # type: ignore[list-item]
    pronoun = engine("ASSAULT", "blew", FIRST, source=Party(actor="a1", text="himself"))
    assert score([ATTACK], [pronoun], actors=[actor])["agents"]["recall"] == 1.0


def test_gold_events_without_an_agent_count_no_agent_recall() -> None:
    scores = score([PROTEST], [engine("PROTEST", "protested", "Hundreds protested in the capital.")])
    assert scores["patients"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0}  # no patient either way
    assert scores["agents"]["recall"] == 0.0  # an agent given by no one


def test_the_dev_set_holds_the_classes_of_its_readme(gold_dir: Path) -> None:
    path = gold_dir / "wikievents_dev" / "records.jsonl"
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    scores = score_wikievents(records, {})
    # Conflict.Attack 102, Justice.ArrestJailDetain 12, Conflict.Demonstrate 6
    assert scores["gold_events"] == 120 and scores["found"] == 0
    assert scores["events"]["recall"] == 0.0


@pytest.mark.model
def test_the_engine_runs_on_three_documents(gold_dir: Path) -> None:
    from eventwire.evaluate.runs import code_records

    path = gold_dir / "wikievents_dev" / "records.jsonl"
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()][:3]
    scores = score_wikievents(records, code_records(records))
    assert scores["matched"] > 0 and scores["gold_spans_unaligned"] == 0
