"""Words that ask who did it, the state an act left people in, and multipliers the parser hangs on
the number (rules from the dev texts: wikievents_train dev, polnear_events rounds 1-17, the
ordinary_news dev half).

Sentences written for this test (no gold set was read to write them or the rules): each rule's
case, and the neighbouring readings it must leave alone.
"""

from __future__ import annotations

import pytest

from eventwire.nlp import SpacyBackend
from tests.helpers import analyse, assert_act, assert_no_event_at, event_at, one_event_at

pytestmark = pytest.mark.model

PUBLISHED = "2019-01-20"

#: (sentence, trigger, (type, source, target)): a word that asks names no one; a relative pronoun
#: still stands for its noun
PARTIES = [
    ("Who launched the drone attack?", "attack", ("ASSAULT", "", "")),
    ("Investigators still wonder who killed the journalist.", "killed", ("ASSAULT", "", "the journalist")),
    ("Whoever attacked the convoy fled into the hills.", "attacked", ("ASSAULT", "", "the convoy")),
    ("The gunman, who killed two guards, was arrested.", "killed", ("ASSAULT", "The gunman", "two guards")),
    # the state an act left people in: they are its target, not its doer
    (
        "A blast at the army base left almost two dozen soldiers injured.",
        "injured",
        ("ASSAULT", "", "almost two dozen soldiers"),
    ),
]


#: (sentence, trigger, field, count): a multiplier the parser hangs on the number after it multiplies it
COUNTS = [
    ("A blast at the army base left almost two dozen soldiers injured.", "injured", "injured", 24),
    ("Two dozen protesters were injured on Sunday.", "injured", "injured", 24),
    ("Three hundred people were killed on Sunday.", "killed", "fatalities", 300),
    ("Police said 12 people were killed.", "killed", "fatalities", 12),
]


@pytest.mark.parametrize(("text", "word", "field", "count"), COUNTS)
def test_a_count_is_read_whole(
    spacy_backend: SpacyBackend, text: str, word: str, field: str, count: int
) -> None:
    _, event = one_event_at(spacy_backend, text, word, PUBLISHED)
    assert event[field] == count


#: (sentence, trigger of the vow, trigger of the act vowed, its type): a vow of an act that is no aid,
#: cooperation or meeting is no AGREE; the act is coded, intended
VOWED_HARM = [
    ("Trump has vowed to boycott the product.", "vowed", "boycott", "PROTEST"),
    ("Republican lawmakers have vowed to block the rule.", "vowed", "block", "REJECT"),
]


@pytest.mark.parametrize(("text", "vow", "word", "kind"), VOWED_HARM)
def test_a_vow_of_harm_is_no_agreement(
    spacy_backend: SpacyBackend, text: str, vow: str, word: str, kind: str
) -> None:
    assert_no_event_at(spacy_backend, text, vow, PUBLISHED)
    _, event = one_event_at(spacy_backend, text, word, PUBLISHED)
    assert (event["type"], event["modality"]) == (kind, "uncertain")


def test_a_vow_of_help_or_a_meeting_stays_an_agreement(spacy_backend: SpacyBackend) -> None:
    _, event = one_event_at(
        spacy_backend, "The minister promised to meet the protesters.", "promised", PUBLISHED
    )
    assert event["type"] == "AGREE"


def test_a_gathering_at_a_meeting_is_no_demonstration(spacy_backend: SpacyBackend) -> None:
    assert_no_event_at(
        spacy_backend, "Activists had gathered at little-hyped local conventions.", "gathered", PUBLISHED
    )
    _, event = one_event_at(
        spacy_backend, "Thousands of protesters gathered at the square.", "gathered", PUBLISHED
    )
    assert event["type"] == "PROTEST"


#: (sentence, trigger): words of a thing attacked only in words, or a law struck down: no attack
NO_ATTACK = [
    (
        "The potential first lady's address was suddenly under attack because of apparent plagiarism.",
        "attack",
    ),
    ("Even under the best cases, our classified information is under constant attack.", "attack"),
    ("The 2010 ruling struck down limits on political contributions by businesses.", "struck"),
]


#: (sentence, trigger, (type, source, target)): a phrase of time is no party's preposition, the
#: parser's object predicate after a bare "on" is who is called on, and the subject of a verb that
#: curbs or tells of an act does not do it
ROLES = [
    (
        "The Bush family clashed on Monday with Donald J. Trump.",
        "clashed",
        ("ACCUSE", "The Bush family", "Donald J. Trump"),
    ),
    (
        "The United Kingdom voted on June 23, 2016, to leave the European Union.",
        "leave",
        ("SANCTION", "The United Kingdom", "the European Union"),
    ),
    (
        "Sen. Bernie Sanders (I-Vt.) called on Michigan Gov. Rick Snyder (R) to resign over the crisis.",
        "resign",
        ("RETREAT", "Michigan Gov. Rick Snyder", ""),
    ),
    ("The film points to the Waco siege in Texas.", "siege", ("COERCE", "", "")),
]


def test_who_curbs_attacks_does_not_make_them(spacy_backend: SpacyBackend) -> None:
    text = "Ground operations have decreased attacks on the capital."
    article = analyse(spacy_backend, text, published=PUBLISHED)
    assert not [e for e in event_at(article, "attacks") if e["source"].get("text")]


#: (sentence, target): what is detonated is what goes off, never whom it struck; the site is where
DETONATED = [
    ("A suicide bomber detonated his explosive-laden vehicle outside the base.", "the base"),
    ("The bomber detonated one of the devices on Monday.", ""),
]


@pytest.mark.parametrize(("text", "target"), DETONATED)
def test_what_is_detonated_is_no_target(spacy_backend: SpacyBackend, text: str, target: str) -> None:
    _, event = one_event_at(spacy_backend, text, "detonated", PUBLISHED)
    assert (event["target"].get("text") or "") == target


#: (sentence, trigger, (type, source, target)): sparring and panning are criticism; criticism's "from"
#: may hang on what it is for
WORDS = [
    (
        "The Bush family sparred with Trump over military spending.",
        "sparred",
        ("ACCUSE", "The Bush family", "Trump"),
    ),
    (
        "The senator panned the governor on Tuesday.",
        "panned",
        ("ACCUSE", "The senator", "the governor"),
    ),
    # a recording or a document that attacks does so in words; a gunman's attack after a video is force
    (
        "The super PAC released a video attacking Cruz on Tuesday.",
        "attacking",
        ("ACCUSE", "The super PAC", "Cruz"),
    ),
    (
        "The gunman released a video before attacking the mosque.",
        "attacking",
        ("ASSAULT", "The gunman", "the mosque"),
    ),
    (
        "The minister faced criticism over the decision from opposition lawmakers.",
        "criticism",
        ("ACCUSE", "opposition lawmakers", "The minister"),
    ),
]


#: (sentence, word): sparing is no sparring (the tagger lemmatizes both as "spar"), a boxer's sparring is
#: sport, and a camera pans
#: (sentence, trigger, party): a word a prefix makes with a hyphen is one word, though the parser splits it
PREFIXED = [
    (
        "Police separated the marchers from the counter-protesters after clashes with counter-protesters.",
        "clashes",
        "counter-protesters",
    ),
    ("The group apologised to the non-combatants.", "apologised", "the non-combatants"),
]


@pytest.mark.parametrize(("text", "word", "target"), PREFIXED)
def test_a_prefixed_word_is_whole(spacy_backend: SpacyBackend, text: str, word: str, target: str) -> None:
    _, event = one_event_at(spacy_backend, text, word, PUBLISHED)
    assert event["target"].get("text") == target


NOT_CRITICISM = [
    ("The jury decided that his life should be spared.", "spared"),
    ("The boxer sparred with his partner before the fight.", "sparred"),
    ("The camera panned across the crowd.", "panned"),
]


@pytest.mark.parametrize(("text", "word", "want"), [*PARTIES, *ROLES, *WORDS])
def test_who_did_it_to_whom(
    spacy_backend: SpacyBackend, text: str, word: str, want: tuple[str, str, str]
) -> None:
    assert_act(spacy_backend, text, word, PUBLISHED, want)


@pytest.mark.parametrize(("text", "word"), [*NO_ATTACK, *NOT_CRITICISM])
def test_no_act_in_these_senses(spacy_backend: SpacyBackend, text: str, word: str) -> None:
    assert_no_event_at(spacy_backend, text, word, PUBLISHED)
