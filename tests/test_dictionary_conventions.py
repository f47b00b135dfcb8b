"""The PETRARCH coder (`--coder petrarch`) follows PETRARCH's conventions (README: own dictionaries)."""

from __future__ import annotations

import pytest

from eventwire.dictionaries import load_dictionaries
from eventwire.evaluate.petrarch import triples
from eventwire.nlp import SpacyBackend
from eventwire.ontology import use_knowledge
from tests.helpers import analyse

VERBS = """--- RESTORE [064] ---
RESTORE
- NOT * RELATIONS [112]

--- ARRIVE [032:033] ---
ARRIVE

--- CONDEMN [122] ---
CONDEMN
"""
ACTORS = "ARNOR [ARN]\nGONDOR [GON]\n"
AGENTS = "OFFICIAL [~GOV]\nOFFICIALS [~GOV]\n"
DISCARDS = "+TYPHOON\nBASEBALL\n"

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def code(spacy_backend: SpacyBackend, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("dictionaries")
    for name, text in (("verbs", VERBS), ("actors", ACTORS), ("agents", AGENTS), ("discards", DISCARDS)):
        (folder / f"t.{name}.txt").write_text(text, encoding="utf-8")
    knowledge = load_dictionaries(folder)

    def run(text: str) -> set[tuple[str, str, str]]:
        with use_knowledge(knowledge, coder="petrarch"):
            return triples(analyse(spacy_backend, text, until="events"))

    return run


def test_future_tense_is_coded_as_the_act(code) -> None:  # type: ignore[no-untyped-def]
    assert code("Arnor will restore diplomatic ties with Gondor.") == {("ARN", "GON", "064")}


def test_a_pattern_that_spells_out_the_negation_codes_it(code) -> None:  # type: ignore[no-untyped-def]
    assert code("Arnor did not restore diplomatic relations with Gondor.") == {("ARN", "GON", "112")}


def test_paired_code_adds_the_reverse_event(code) -> None:  # type: ignore[no-untyped-def]
    assert code("Arnor arrived in Gondor on Monday.") == {("ARN", "GON", "032"), ("GON", "ARN", "033")}


def test_agent_of_no_known_country(code) -> None:  # type: ignore[no-untyped-def]
    assert code("Officials condemned Gondor on Monday.") == {("---GOV", "GON", "122")}


def test_discards_drop_the_story_or_the_sentence(code) -> None:  # type: ignore[no-untyped-def]
    assert code("Arnor condemned Gondor. A typhoon hit the coast.") == set()
    assert code("Arnor condemned Gondor. Gondor restored baseball ties with Arnor.") == {
        ("ARN", "GON", "122")
    }


def test_verbs_inside_a_coded_phrase_are_not_coded_again(code) -> None:  # type: ignore[no-untyped-def]
    found = code("Arnor restored ties with Gondor after Gondor condemned Arnor.")
    assert found == {("ARN", "GON", "064")}


def test_built_in_coding_keeps_forecasts_uncertain(spacy_backend: SpacyBackend) -> None:
    article = analyse(spacy_backend, "Iraq will restore diplomatic ties with Iran.", until="events")
    acts = [e for e in article.events if e.type != "AGREE"]  # the act itself, not the intent to act
    assert acts and all(e.modality == "uncertain" for e in acts)
