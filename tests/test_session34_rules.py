"""Rules written on wikievents_train's dev half, the polnear_events dev rounds and sentences
written to probe the coder: a noun that names people keeps its own words as the party when its
preposition's object names a thing ("the owner of the shop was shot", not the shop); a part of a
place ("on the eastern fringe of Bangkok", "the outskirts of Kabul") says where an act was, never
whom it was done to; a road closed in the passive by no one named is no protest's blockade;
putting someone to death is executing them (CAMEO 190, as "executed" is); a platform or channel
after "on" ("on Facebook", "on social media", "on television") is where words were said, not to
whom; the adjective of a party names who acted ("Republican criticism"); a call to do something
asks for it (CAMEO 020), as a call for it does; a spokesman speaks for the body his modifier names
("a police spokesman": COP), and a bare one for a government (agents_extra.tsv, read first), not
for a news organisation; a speaker who says "I support" a person by name endorses him by saying
it (CAMEO 051), where "he supports Clinton" tells a stance held; a relative who is named ("his
wife, Jane") acts in public, not in private life; "folks" are people; the subject of a relative
clause of giving gives the act its noun names ("the endorsement he gave Clinton"); "at the urging of
X" is X's request.

Sentences written for this test (no gold set was read to write them or the rules): each rule's
case, and the neighbouring readings it must leave alone.
"""

from __future__ import annotations

import pytest

from eventwire.nlp import SpacyBackend
from tests.helpers import analyse, assert_act, assert_no_event_at

pytestmark = pytest.mark.model

PUBLISHED = "2016-09-19"

#: (sentence, trigger, (type, source, target))
ACTS = [
    # people of a thing: the people are the party
    ("The driver of the bus was held hostage.", "held", ("ASSAULT", "", "The driver of the bus")),
    ("The owner of the shop was shot dead.", "shot", ("ASSAULT", "", "The owner of the shop")),
    ("She blamed enemies of peace for the attack.", "blamed", ("ACCUSE", "She", "enemies of peace")),
    # ... and what the preposition names still is the party where it is someone
    ("Israel restored ties with Jordan.", "restored", ("SUPPORT", "Israel", "Jordan")),
    ("Police arrested some of the protesters.", "arrested", ("COERCE", "Police", "the protesters")),
    ("Police arrested members of the gang.", "arrested", ("COERCE", "Police", "members of the gang")),
    # a part of a place is where
    ("The announcement came hours after a foreign man, said to be 28 years of age, was taken into"
     " custody on the eastern fringe of Bangkok.", "taken", ("COERCE", "", "")),
    ("Police arrested a man on the outskirts of Kabul.", "arrested", ("COERCE", "Police", "a man")),
    ("Militants attacked a checkpoint on the outskirts of Kabul.", "attacked",
     ("ASSAULT", "Militants", "a checkpoint")),
    # roads closed by protesters named stay blockades
    ("The main road was blocked by protesters on Monday.", "blocked", ("PROTEST", "protesters", "")),
    ("Protesters blocked the main road.", "blocked", ("PROTEST", "Protesters", "")),
    ("The bill was blocked by the Senate.", "blocked", ("REJECT", "the Senate", "")),
    # a platform after "on" is where words were said; a call on it, or what is laid on it, is done to it
    ("The senator criticized the decision on Facebook.", "criticized", ("ACCUSE", "The senator", "")),
    ("Eight candidates went on the attack on television.", "attack", ("ACCUSE", "Eight candidates", "")),
    ("Trump attacked Clinton on Twitter on Monday.", "attacked", ("ACCUSE", "Trump", "Clinton")),
    ("Trump called on Twitter to restore his account.", "called", ("REQUEST", "Trump", "Twitter")),
    ("The EU imposed sanctions on Facebook.", "imposed", ("SANCTION", "The EU", "Facebook")),
    # the adjective of a party names who acted
    ("Obama faced Republican criticism over his strategy.", "criticism", ("ACCUSE", "Republican", "Obama")),
    ("She headed off Republican attacks on her record.", "attacks", ("ACCUSE", "Republican", "")),
    # a call to do something is a request, as a call for it is
    ("Sanders renewed his call to raise the federal minimum wage.", "call", ("REQUEST", "his", "")),
    ("Democrats issued calls to impeach the president.", "calls", ("REQUEST", "Democrats", "")),
    ("Donald J. Trump once defended Bill Clinton against allegations of scandal.", "defended",
     ("SUPPORT", "Donald J. Trump", "Bill Clinton")),
    # a spokesman with no body named speaks for a government, not for a news organisation
    ("The spokesman called for a ceasefire.", "called", ("REQUEST", "The spokesman", "")),
    # saying "I support" a person by name endorses him then
    ('"Yes, I support Ted Cruz," Brent Bozell III said.', "support", ("SUPPORT", "I", "Ted Cruz")),
    # a relative named acts in public
    ("Bernie Sanders lost in New York. On Tuesday, his wife, Jane, called for an open primary process.",
     "called", ("REQUEST", "his wife", "")),
    # folks are people; an act a relative clause says someone gave is theirs, to whom they gave it
    ("The folks here in the Senate have endorsed him almost en bloc, Tester said.", "endorsed",
     ("SUPPORT", "The folks here", "him")),
    ("Sanders disavows the endorsement he gave Clinton.", "endorsement", ("SUPPORT", "he", "Clinton")),
    # "at the urging of X": X asks
    ("Lewandowski was ousted at the urging of Trump's three adult children.", "urging",
     ("REQUEST", "Trump's three adult children", "")),
    # put to death
    ("Only three people have been put to death by the federal government.", "put",
     ("ASSAULT", "the federal government", "Only three people")),
    ("Iran put two men to death on Monday.", "put", ("ASSAULT", "Iran", "two men")),
]  # fmt: skip


#: (sentence, trigger): words that name no act
NOTHING = [
    ("The street is blocked off and people are being stopped.", "blocked"),
    ("Roads were blocked in several cities after the explosion.", "blocked"),
    ("He took a call to discuss the deal.", "call"),
    ("Sanders defended his call to raise the federal minimum wage.", "defended"),
    ("A company spokesman apologized for the outage.", "apologized"),
    ("I support him because I know he will do the right thing.", "support"),
    ("That is why I support a $12 national minimum wage.", "support"),
    ("Cruz supports Trump.", "supports"),
    ("My mom encouraged me to apply.", "encouraged"),
]


@pytest.mark.parametrize(("text", "word"), NOTHING)
def test_no_event(spacy_backend: SpacyBackend, text: str, word: str) -> None:
    assert_no_event_at(spacy_backend, text, word, PUBLISHED)


@pytest.mark.parametrize(("text", "word", "want"), ACTS)
def test_the_act(spacy_backend: SpacyBackend, text: str, word: str, want: tuple[str, str, str]) -> None:
    assert_act(spacy_backend, text, word, PUBLISHED, want)


@pytest.mark.parametrize(
    ("text", "role", "sector"),
    [
        ("A police spokesman apologized for the delay.", "police spokesman", "COP"),
        ("A company spokesman apologized for the outage.", "company spokesman", "BUS"),
        ("An army spokesman said the town was quiet.", "army spokesman", "MIL"),
        ("The spokesman said the talks would resume.", "spokesman", "GOV"),
    ],
)
def test_a_spokesman_speaks_for_his_body(
    spacy_backend: SpacyBackend, text: str, role: str, sector: str
) -> None:
    article = analyse(spacy_backend, text, published=PUBLISHED, until="actors")
    assert [a.sector for a in article.actors if a.name == role] == [sector]
