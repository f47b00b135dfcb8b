"""Who acted when the text names them only through an operation, a court, a sentence or a
two-word country name.

Sentences written for this test (no gold set was read to write them or the rules): each rule's
case, and the neighbouring cases it must leave alone.
"""

from __future__ import annotations

import pytest

from eventwire.nlp import SpacyBackend
from tests.helpers import one_event_at

pytestmark = pytest.mark.model

PUBLISHED = "2019-09-20"


@pytest.mark.parametrize(
    ("text", "word", "source"),
    [
        # a two-word country before an act's noun says who ("United" is the parser's "nmod")
        ("A United States military airstrike killed him.", "airstrike", "United States"),
        ("He was killed by a United States military airstrike in Iraq.", "airstrike", "United States"),
        # an operation's party, or whom it was with, did what was done in it
        ("He was killed in a United States counterterrorism operation.", "killed", "United States"),
        ("Many black people have been killed in confrontations with police.", "killed", "police"),
        ("Five suspects were arrested in a police operation on Monday.", "arrested", "police"),
        # the court or chamber a decision was made in made it
        ("Both were acquitted in the Senate.", "acquitted", "the Senate"),
        ("A former adviser was sentenced in federal court on Wednesday.", "sentenced", "federal court"),
        # who serves a sentence for an act did it
        ("Sirhan is serving a life sentence for the assassination of Robert F. Kennedy.", "assassination",
         "Sirhan"),
    ],
)  # fmt: skip
def test_who_acted(spacy_backend: SpacyBackend, text: str, word: str, source: str) -> None:
    _, event = one_event_at(spacy_backend, text, word, PUBLISHED)
    assert (event["source"] or {}).get("text") == source


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a building one is arrested in is where, not who
        ("He was arrested in parliament on Monday.", "arrested"),
        # who hands a sentence down did not do the act it punishes
        ("The judge handed down a ten-year sentence for the attack.", "attack"),
    ],
)
def test_no_one_acted_here(spacy_backend: SpacyBackend, text: str, word: str) -> None:
    _, event = one_event_at(spacy_backend, text, word, PUBLISHED)
    assert not (event["source"] or {}).get("text")
