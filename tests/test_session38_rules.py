"""Rules written on polnear_events round 31 (dev once round 32 took over) and on sentences written
to probe the coder: exhorting someone urges them (CAMEO 020), complimenting someone praises them
(CAMEO 051), overruling what was asked rejects it (CAMEO 12), poking at someone mocks them (CAMEO
111); the sentence's own tensed verb is no word of a title the parser thought it saw; a noun said of
the target ("accused Holt of being a Democrat") is no party of its own; a verb after a quotation
with its speaker after it ('"Vote," urged the mayor') has that speaker as its source.

Sentences written for this test (no gold set was read to write them or the rules): each rule's
case, and the neighbouring readings it must leave alone.
"""

from __future__ import annotations

import pytest

from eventwire.nlp import SpacyBackend
from tests.helpers import assert_act, assert_no_event_at, types_at

pytestmark = pytest.mark.model

PUBLISHED = "2016-09-26"

#: (sentence, trigger, (type, source, target))
ACTS = [
    ("Cruz exhorted Republicans to vote their conscience.", "exhorted", ("REQUEST", "Cruz", "Republicans")),
    ("The senator complimented the governor on his handling of the storm.", "complimented",
     ("SUPPORT", "The senator", "the governor")),
    ("She wanted no escort, but the police department overruled that request.", "overruled",
     ("REJECT", "the police department", "")),
    ("Dean poked at the nominee during the debate.", "poked", ("ACCUSE", "Dean", "the nominee")),
    # the predicate noun describes the one accused
    ("Trump accused Holt of being a Democrat.", "accused", ("ACCUSE", "Trump", "Holt")),
    ("The minister accused the editor of being a Russian agent.", "accused",
     ("ACCUSE", "The minister", "the editor")),
    # a tensed root verb after a closing quotation mark, which the parser may read as a title's word
    ('Bemoaning the "phony system," Trump accused Holt of being a Democrat.', "accused",
     ("ACCUSE", "Trump", "Holt")),
    # a verb of asking after the quotation, its speaker after it
    ('"Leave the square now," urged the mayor.', "urged", ("REQUEST", "the mayor", "")),
    ("“We need to act,” urged Senator Warren on Monday.", "urged", ("REQUEST", "Senator Warren", "")),
    # a verb that shares its subject, or a participle, keeps its speaker before it
    ("He has called China ''provocative,'' accusing it of militarizing the disputed waters.", "accusing",
     ("ACCUSE", "He", "it")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word", "want"), ACTS)
def test_the_act(spacy_backend: SpacyBackend, text: str, word: str, want: tuple[str, str, str]) -> None:
    assert_act(spacy_backend, text, word, PUBLISHED, want)


def test_an_objection_overruled_in_court_is_still_a_conviction_row(spacy_backend: SpacyBackend) -> None:
    # the older row stays: a conviction overruled eases a sanction (CAMEO 080)
    assert "CONCEDE" in types_at(spacy_backend, "The appeals court overruled his conviction.", "overruled")


#: (sentence, trigger): words that name no act
NOTHING = [
    # a work's title keeps its words out of the events
    ('He praised the film "Attack on Titan" on his show.', "Attack"),
    ("The board overruled nothing of substance.", "overruled"),
]


@pytest.mark.parametrize(("text", "word"), NOTHING)
def test_no_event(spacy_backend: SpacyBackend, text: str, word: str) -> None:
    assert_no_event_at(spacy_backend, text, word, PUBLISHED)
