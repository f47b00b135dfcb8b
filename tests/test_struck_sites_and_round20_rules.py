"""Where an attack's noun says it struck, and the rules written on polnear_events round 20 and the
other dev texts (rounds 1-20, wikievents_train dev) and on sentences written to probe the coder.

Sentences written for this test (no gold set was read to write them or the rules): each rule's
case, and the neighbouring readings it must leave alone.
"""

from __future__ import annotations

import pytest

from eventwire.nlp import SpacyBackend
from tests.helpers import assert_act

pytestmark = pytest.mark.model

PUBLISHED = "2019-01-20"

#: (sentence, trigger, (type, source, target)): a building or a gathering where an attack's noun says
#: it happened is what it struck; a town is only where; the harmed, when named, come first
WHO_TO_WHOM = [
    ("A suicide bomber triggered an explosion outside the restaurant.", "explosion",
     ("ASSAULT", "A suicide bomber", "the restaurant")),
    ("The ELN claimed to have carried out the car bomb attack at a police academy in Bogota.", "attack",
     ("ASSAULT", "The ELN", "a police academy")),
    ("There was a bombing in a crowded market in Kabul.", "bombing", ("ASSAULT", "", "a crowded market")),
    ("The attack in Kabul killed five.", "attack", ("ASSAULT", "", "five")),
    ("The attack outside the academy injured at least 68 others.", "attack",
     ("ASSAULT", "", "at least 68 others")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word", "want"), WHO_TO_WHOM)
def test_who_did_it_to_whom(
    spacy_backend: SpacyBackend, text: str, word: str, want: tuple[str, str, str]
) -> None:
    assert_act(spacy_backend, text, word, PUBLISHED, want)
