"""Rules written on polnear_events round 30 (dev once round 31 took over) and the other dev rounds,
and on sentences written to probe the coder: pleading for something asks for it (CAMEO 020), while
pleading guilty answers a charge; auditing someone or their returns inquires into them (CAMEO
090), while a firm auditing accounts is business; the cause given for what is denied is not denied
("cannot release his taxes because he is being audited"); accepting, admitting, resettling or
taking in refugees grants asylum (CAMEO 075); the noun of rejecting names an act only with what
was put to the party ("the rejection of the peace offer"), not with a policy or an idea
("his rejection of a politics of cynicism"); the judge handling a lawsuit does not bring it;
a team's protest of a referee's call or fans rallying behind a team is no demonstration; the
one a demand asks is the subject of its mandative clause ("demanding that police release the
video") or of a call's "for" clause ("a call for Congress to act"); supporting a campaign is no
military cooperation.

Sentences written for this test (no gold set was read to write them or the rules): each rule's
case, and the neighbouring readings it must leave alone.
"""

from __future__ import annotations

import pytest

from eventwire.nlp import SpacyBackend
from tests.helpers import analyse, assert_act, assert_no_event_at, event_at, types_at

pytestmark = pytest.mark.model

PUBLISHED = "2016-09-26"

#: (sentence, trigger, (type, source, target))
ACTS = [
    # pleading for something, or with someone, asks it
    ("The mother pleaded for the release of her son.", "pleaded", ("REQUEST", "The mother", "")),
    ("Party leaders had pleaded with Mr. Bush to run.", "pleaded", ("REQUEST", "Party leaders", "Mr. Bush")),
    # a tax audit inquires into the one audited
    ("The IRS audited Trump's taxes in 2015.", "audited", ("ACCUSE", "The IRS", "Trump's taxes")),
    ("He is being audited by the Internal Revenue Service.", "audited",
     ("ACCUSE", "the Internal Revenue Service", "He")),
    # refugees admitted are granted asylum
    ("Germany took in one million migrants in 2015.", "took", ("AID", "Germany", "one million migrants")),
    ("Canada admitted 25,000 asylum seekers last year.", "admitted",
     ("AID", "Canada", "25,000 asylum seekers")),
    # rejecting or resisting what was put to one
    ("The rejection of the peace offer by the rebels surprised diplomats.", "rejection",
     ("REJECT", "the rebels", "the peace offer")),
    ("The government's resistance to the demands of the strikers hardened.", "resistance",
     ("REJECT", "The government's", "the strikers")),
    # the judge handling a lawsuit is not the one who brought it
    ("Judge Curiel, who is handling two lawsuits against Trump University, was criticised.", "lawsuits",
     ("ACCUSE", "", "Trump University")),
    ("Students filed a lawsuit against Trump University.", "filed",
     ("ACCUSE", "Students", "Trump University")),
    # the one asked: the subject of a mandative clause, or of a call's "for" clause
    ("The family has been demanding that police release the video.", "demanding",
     ("REQUEST", "The family", "police")),
    ("She asked that the court dismiss the case.", "asked", ("REQUEST", "She", "the court")),
    ("Obama issued a call for Congress to act.", "call", ("REQUEST", "Obama", "Congress")),
    ("The group demanded that the statue be removed.", "demanded", ("REQUEST", "The group", "")),
    # a demonstration
    ("Thousands rallied in the capital against the new law.", "rallied", ("PROTEST", "Thousands", "")),
]  # fmt: skip


#: (sentence, trigger): words that name no act
NOTHING = [
    ("He pleaded guilty for his role in the scheme.", "pleaded"),
    ("She pleaded not guilty for her part in the fraud.", "pleaded"),
    ("KPMG audited the bank's accounts last year.", "audited"),
    ("He will release his returns at the completion of an audit.", "audit"),
    ("Clarkston has a 35-year history of welcoming refugees.", "welcoming"),
    ("It was Mr. Obama's rejection of a politics of cynicism that dazzled the audience.", "rejection"),
    ("The players protested the referee's decision after the second goal.", "protested"),
    ("Fans rallied behind the team after the 3-1 defeat.", "rallied"),
    ("Republicans rallied around their nominee on Friday.", "rallied"),
    ("The team rallied from two goals down to win 3-2.", "rallied"),
]


@pytest.mark.parametrize(("text", "word"), NOTHING)
def test_no_event(spacy_backend: SpacyBackend, text: str, word: str) -> None:
    assert_no_event_at(spacy_backend, text, word, PUBLISHED)


@pytest.mark.parametrize(("text", "word", "want"), ACTS)
def test_the_act(spacy_backend: SpacyBackend, text: str, word: str, want: tuple[str, str, str]) -> None:
    assert_act(spacy_backend, text, word, PUBLISHED, want)


#: (sentence, trigger, modality): the cause of what is denied is told as fact; a cause to come,
#: and what the main clause denies, keep their own mood
MOODS = [
    ("He can't release his taxes because he is being audited.", "audited", "asserted"),
    ("He will not resign because he is being investigated.", "investigated", "asserted"),
    ("He will not resign because he is being investigated.", "resign", "negated"),
    ("He may resign because he will be arrested.", "arrested", "uncertain"),
]


@pytest.mark.parametrize(("text", "word", "modality"), MOODS)
def test_the_mood_of_a_cause(spacy_backend: SpacyBackend, text: str, word: str, modality: str) -> None:
    article = analyse(spacy_backend, text, published=PUBLISHED)
    events = [e for e in event_at(article, word) if e["type"] != "REJECT"]  # "will not resign": a stance too
    assert [e["modality"] for e in events] == [modality]


def test_a_campaign_supported_is_no_military_cooperation(spacy_backend: SpacyBackend) -> None:
    # in political news the campaign one supports is an election's
    endorsed = "He said he would support the Trump campaign."
    assert "COOPERATE" not in types_at(spacy_backend, endorsed, "support")
    assert "COOPERATE" in types_at(spacy_backend, "Russia supported the offensive in Idlib.", "supported")
