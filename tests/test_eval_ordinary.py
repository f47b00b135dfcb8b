"""The ordinary_news scorer's rules on hand-made records (no engine: the engine's events are given)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from eventwire.evaluate.ordinary import confidence_bin, names_match, score_ordinary
from eventwire.model import Actor, Article, Event, Party, Span

SENTENCES = [
    "Police arrested two men in Kabul.",
    "The weather was fine on Monday.",
    "He said the army attacked the village and shelled the town.",
    "Fans cheered the team.",
]
TEXT = " ".join(SENTENCES)


def where(words: str, sentence: int = 0) -> dict[str, Any]:
    """A gold span: the first ``words`` of the numbered sentence."""
    start = TEXT.index(words, TEXT.index(SENTENCES[sentence]))
    return {"start": start, "end": start + len(words), "text": words}


def gold(kind: str, trigger: str, sentence: int, **parts: Any) -> dict[str, Any]:
    event = {"type": kind, "mode": None, "trigger": where(trigger, sentence), "modality": "asserted"}
    for role in ("source", "target"):
        words = parts.pop(role, None)
        event[role] = where(words, sentence) if words else None
    return {**event, **parts}


def record(events: dict[int, list[dict[str, Any]]], text: str = TEXT) -> dict[str, Any]:
    sentences, at = [], 0
    for number, sentence in enumerate(SENTENCES):
        start = text.index(sentence, at)
        at = start + len(sentence)
        sentences.append({"sid": number + 1, "start": start, "end": at, "events": events.get(number, [])})
    return {"id": "a1", "text": text, "sentences": sentences}


def engine(kind: str, trigger: str | None, sentence: int = 0, **fields: Any) -> Event:
    """An engine event; its evidence is its sentence, its trigger the first ``trigger`` there."""
    start = TEXT.index(SENTENCES[sentence])
    spot = TEXT.index(trigger, start) if trigger else None
    parts = {role: Party(text=fields.pop(role)) for role in ("source", "target") if role in fields}
    return Event(
        id=f"e{kind}{trigger}",
        type=kind,
        evidence=Span(start=start, end=start + len(SENTENCES[sentence])),
        trigger=Span(start=spot, end=spot + len(trigger)) if spot is not None and trigger else None,
        **parts,
        **{"confidence": 0.6, **fields},
    )


def score(events: dict[int, list[dict[str, Any]]], found: list[Event], **article: Any) -> dict[str, Any]:
    coded = Article(id="a1", text=TEXT, events=found, **article)
    return score_ordinary([record(events)], {"a1": coded})


def test_a_gold_event_is_matched_by_an_engine_event_of_its_sentence_and_type() -> None:
    scores = score({0: [gold("COERCE", "arrested", 0)]}, [engine("COERCE", "arrested")])
    assert (scores["precision"], scores["recall"], scores["f1"]) == (1.0, 1.0, 1.0)
    assert scores["per_type"]["COERCE"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}


def test_another_type_or_another_sentence_does_not_match() -> None:
    scores = score({0: [gold("COERCE", "arrested", 0)]}, [engine("ASSAULT", "arrested")])
    assert (scores["matched"], scores["found"], scores["gold_events"]) == (0, 1, 1)
    # the same type, but its trigger lies in the third sentence
    scores = score({0: [gold("ASSAULT", "arrested", 0)]}, [engine("ASSAULT", "attacked", 2)])
    assert scores["matched"] == 0 and scores["precision"] == 0.0 and scores["recall"] == 0.0


def test_an_event_without_trigger_belongs_to_the_sentence_of_its_evidence() -> None:
    scores = score({2: [gold("ASSAULT", "attacked", 2)]}, [engine("ASSAULT", None, 2)])
    assert scores["matched"] == 1


def test_one_to_one_prefers_the_engine_event_whose_trigger_overlaps() -> None:
    events = {2: [gold("ASSAULT", "shelled", 2, target="the town")]}
    attacked = engine("ASSAULT", "attacked", 2, target="the village")
    shelled = engine("ASSAULT", "shelled", 2, target="the town")
    scores = score(events, [attacked, shelled])
    # both could match; the one on "shelled" does, so its right target is the one scored
    assert (scores["matched"], scores["found"], scores["target_accuracy"]) == (1, 2, 1.0)
    assert scores["precision"] == 0.5


def test_only_asserted_engine_events_are_scored() -> None:
    found = [
        engine("COERCE", "arrested", modality="uncertain"),
        engine("ASSAULT", "attacked", 2, modality="negated"),
    ]
    scores = score({0: [gold("COERCE", "arrested", 0)]}, found)
    assert (scores["found"], scores["recall"]) == (0, 0.0)


def test_a_mention_that_only_names_an_earlier_event_again_is_not_scored() -> None:
    """The guidelines code no noun that only refers back to an act reported before (section 2)."""
    again = engine("ASSAULT", "attacked", 2, refers_to="eCOERCEarrested")
    scores = score({0: [gold("COERCE", "arrested", 0)]}, [engine("COERCE", "arrested"), again])
    assert (scores["found"], scores["precision"]) == (1, 1.0)


def test_an_asserted_event_over_an_uncertain_gold_event_is_a_modality_error() -> None:
    events = {2: [gold("ASSAULT", "attacked", 2, modality="uncertain")]}
    scores = score(events, [engine("ASSAULT", "attacked", 2)])
    assert (scores["gold_events"], scores["matched"], scores["found"]) == (0, 0, 1)
    assert scores["modality_errors"] == 1 and scores["gold_uncertain"] == 1
    # and the sentence is not a no-event sentence
    assert scores["no_event_sentences"] == 3


def test_no_event_sentences_given_an_event() -> None:
    found = [engine("PROTEST", "cheered", 3), engine("PROTEST", "cheered", 3, confidence=0.2)]
    scores = score({0: [gold("COERCE", "arrested", 0)]}, found)
    assert scores["no_event_sentences"] == 3
    assert scores["no_event_with_event_rate"] == pytest.approx(1 / 3, abs=1e-4)
    assert scores["found"] == 2 and scores["precision"] == 0.0


def test_confident_figures_keep_events_at_half_or_above() -> None:
    found = [engine("COERCE", "arrested", confidence=0.9), engine("PROTEST", "cheered", 3, confidence=0.3)]
    scores = score({0: [gold("COERCE", "arrested", 0)]}, found)
    assert scores["precision"] == 0.5 and scores["no_event_with_event_rate"] > 0
    assert scores["confident"]["precision"] == 1.0 and scores["confident"]["no_event_with_event_rate"] == 0.0
    assert scores["calibration"] == {
        "0.3-0.4": {"events": 1, "precision": 0.0},
        "0.9-1.0": {"events": 1, "precision": 1.0},
    }


def test_confidence_bins() -> None:
    assert [confidence_bin(c) for c in (0.0, 0.05, 0.5, 0.55, 0.95, 1.0)] == [
        "0.0-0.1",
        "0.0-0.1",
        "0.5-0.6",
        "0.5-0.6",
        "0.9-1.0",
        "0.9-1.0",
    ]


def test_a_party_is_right_when_its_words_overlap_the_gold_span() -> None:
    events = {0: [gold("COERCE", "arrested", 0, source="Police", target="two men")]}
    right = score(events, [engine("COERCE", "arrested", source="Police", target="men")])
    assert (right["source_accuracy"], right["target_accuracy"]) == (1.0, 1.0)
    wrong = score(events, [engine("COERCE", "arrested", source="Kabul")])  # and no target given
    assert (wrong["source_accuracy"], wrong["target_accuracy"]) == (0.0, 0.0)


def test_a_gold_null_party_is_right_only_when_the_engine_gives_none() -> None:
    events = {0: [gold("COERCE", "arrested", 0, target="two men")]}  # no source in the sentence
    assert score(events, [engine("COERCE", "arrested", target="two men")])["source_accuracy"] == 1.0
    assert score(events, [engine("COERCE", "arrested", source="Police")])["source_accuracy"] == 0.0


def test_a_pronoun_is_right_through_its_antecedent_or_the_actor_named_elsewhere() -> None:
    events = {2: [gold("ASSAULT", "attacked", 2, source="the army", target="the village")]}
    events[2][0]["source"] = where("He", 2)
    events[2][0]["source_antecedent"] = "Police"
    # the engine names the antecedent: the names match
    assert score(events, [engine("ASSAULT", "attacked", 2, source="Police")])["source_accuracy"] == 1.0
    # the engine's words are elsewhere, but its actor has a mention on the gold span
    actor = Actor(id="a1", name="Kabul", mentions=[(TEXT.index("He"), TEXT.index("He") + 2)])
    event = engine("ASSAULT", "attacked", 2)
    event = event.model_copy(update={"source": Party(actor="a1", text="Fans")})
    assert score(events, [event], actors=[actor])["source_accuracy"] == 1.0
    assert score(events, [event])["source_accuracy"] == 0.0  # without the actor's mention


def test_a_party_is_right_when_its_actors_name_matches_the_gold_name() -> None:
    events = {0: [gold("COERCE", "arrested", 0, source="Police")]}
    # words that do not occur in the text, but an actor named "the police"
    actor = Actor(id="p", name="the police", mentions=[])
    event = engine("COERCE", "arrested").model_copy(update={"source": Party(actor="p", text="officers")})
    assert score(events, [event], actors=[actor])["source_accuracy"] == 1.0
    assert score(events, [event])["source_accuracy"] == 0.0


def test_names_match_as_whole_words_without_a_leading_article() -> None:
    assert names_match("Judge Bernard Schwartz", "Schwartz")
    assert names_match("the Thames Valley Police", "Thames Valley Police")
    assert names_match("police", "The Police")
    assert not names_match("Schwartzman", "Schwartz")  # whole words only
    assert not names_match("the", "the army") and not names_match("", "army")
    assert not names_match("Kabul police", "army")


def test_a_cleaned_text_is_aligned_and_a_missing_article_finds_nothing() -> None:
    # the record's text has a headline and a double space that cleaning took out
    raw = "Breaking.\n\n" + TEXT.replace("arrested two", "arrested  two")

    def at(words: str) -> dict[str, Any]:
        return {"start": raw.index(words), "end": raw.index(words) + len(words), "text": words}

    event = {
        "type": "COERCE",
        "trigger": at("arrested"),
        "source": at("Police"),
        "target": None,
        "modality": "asserted",
    }
    first = {"sid": 2, "start": raw.index("Police"), "end": raw.index("Kabul.") + 6, "events": [event]}
    headline = {"sid": 1, "start": 0, "end": 9, "events": []}
    rec = {"id": "a1", "text": raw, "sentences": [headline, first]}
    coded = Article(id="a1", text=TEXT, events=[engine("COERCE", "arrested", source="Police")])
    scores = score_ordinary([rec], {"a1": coded})
    assert (scores["f1"], scores["source_accuracy"], scores["target_accuracy"]) == (1.0, 1.0, 1.0)
    assert scores["gold_spans_unaligned"] == 1  # the headline
    assert score_ordinary([rec], {})["recall"] == 0.0


DEV = Path(__file__).resolve().parent.parent / "eval" / "data" / "ordinary_news" / "local" / "dev.jsonl"


def test_the_built_dev_half_holds_the_counts_of_its_readme() -> None:
    if not DEV.is_file():
        pytest.skip("eval/data/ordinary_news/local is not built (see eval/data/ordinary_news/README.md)")
    import json

    records = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
    scores = score_ordinary(records, {})
    assert (scores["sentences"], scores["no_event_sentences"]) == (3164, 2449)
    assert scores["gold_events"] + scores["gold_uncertain"] == 894
    assert scores["found"] == 0 and scores["gold_spans_unaligned"] == 0
