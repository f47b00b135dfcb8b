"""The first event coder, on invented sentences of varied news styles."""

from __future__ import annotations

import pytest

from eventwire.nlp import SpacyBackend
from tests.helpers import analyse, event_at, party_text

pytestmark = pytest.mark.model


def test_active_voice_source_target_date_and_fatalities(spacy_backend: SpacyBackend) -> None:
    art = analyse(
        spacy_backend, "On Monday, rebels killed 12 Nigerian soldiers near the border.", "2022-03-10"
    )
    (ev,) = event_at(art, "killed")
    assert ev["type"] == "ASSAULT" and ev["modality"] == "asserted"
    assert "rebels" in party_text(art, ev["source"])
    assert "soldiers" in party_text(art, ev["target"])
    assert ev["fatalities"] == 12
    assert ev["date"] == "2022-03-07"
    assert ev["quad_class"] == 4 and ev["goldstein"] is not None and ev["goldstein"] < 0


def test_passive_voice_agent_is_the_source(spacy_backend: SpacyBackend) -> None:
    art = analyse(
        spacy_backend, "Three police officers were killed by gunmen in Peshawar on Sunday.", "2022-03-10"
    )
    (ev,) = event_at(art, "killed")
    assert "gunmen" in party_text(art, ev["source"])
    assert "officers" in party_text(art, ev["target"])
    assert ev["fatalities"] == 3


def test_negation_and_forecast_are_not_asserted(spacy_backend: SpacyBackend) -> None:
    art = analyse(
        spacy_backend, "The army did not attack the town. Officials said the rebels would attack the capital."
    )
    modalities = sorted(str(e.modality) for e in art.events if e.type == "ASSAULT")
    assert modalities == ["negated", "uncertain"]


def test_nominal_event_with_possessor_and_target(spacy_backend: SpacyBackend) -> None:
    art = analyse(
        spacy_backend, "Protesters condemned the government's crackdown on journalists in the capital."
    )
    types = {e.type for e in art.events}
    assert {"ACCUSE", "COERCE"} <= types


def test_coordinated_subject_agree_and_phrasal_call_for(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "French officials and the German government agreed on a new budget rule.")
    (ev,) = event_at(art, "agreed")
    assert ev["type"] == "AGREE" and "officials" in party_text(art, ev["source"])
    art = analyse(spacy_backend, "Opposition leaders called for new elections in Serbia.")
    (ev,) = event_at(art, "called")
    assert ev["type"] == "REQUEST"


def test_modifier_participles_are_not_events(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "Iranian-backed groups held a rally in the city.")
    assert [e.type for e in art.events] == ["PROTEST"]


def test_evidence_and_trigger_spans_lie_inside_the_text(spacy_backend: SpacyBackend) -> None:
    text = "Troops withdrew from the region in 2011. Later, militants attacked a base, killing four."
    art = analyse(spacy_backend, text)
    assert art.events
    for ev in art.events:
        assert 0 <= ev.evidence.start < ev.evidence.end <= len(text)
        assert (
            ev.trigger is not None
            and ev.evidence.start <= ev.trigger.start < ev.trigger.end <= ev.evidence.end
        )
    withdrew = event_at(art, "withdrew")
    assert withdrew and withdrew[0]["type"] == "RETREAT" and withdrew[0]["date"] == "2011"


@pytest.mark.parametrize(
    ("sentence", "word", "stance"),
    [
        ("The rebels said they will release the hostages next week.", "release", "AGREE"),
        ("The militia is ready to attack the town.", "attack", "THREATEN"),
        ("The government will not accept any more refugees.", "accept", "REJECT"),
    ],
)
def test_intents_and_refusals_are_stances_of_their_own(
    spacy_backend: SpacyBackend, sentence: str, word: str, stance: str
) -> None:
    art = analyse(spacy_backend, sentence)
    at_word = event_at(art, word)
    assert {e["modality"] for e in at_word} >= {"asserted"}
    assert stance in {e["type"] for e in at_word if e["modality"] == "asserted"}
    assert any(e["modality"] != "asserted" for e in at_word), "the intended act itself stays unasserted"


def test_a_reported_must_is_the_speakers_demand(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "The foreign minister said Libya must hand over the suspects.")
    (demand,) = [e for e in art.events if e.type == "REQUEST"]
    assert "minister" in party_text(art, demand.source.model_dump())
    assert "Libya" in party_text(art, demand.target.model_dump())


def test_an_attempted_act_is_an_act_and_property_destruction_is_coercion(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "Gunmen tried to assassinate the governor. Soldiers demolished three homes.")
    (attempt,) = event_at(art, "assassinate")
    assert attempt["type"] == "ASSAULT" and attempt["modality"] == "asserted"
    (razed,) = event_at(art, "demolished")
    assert razed["type"] == "COERCE"
