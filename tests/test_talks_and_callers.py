"""Talk that is no consultation, a meeting told once, who a caller's purpose belongs to, and
pronouns that keep their gender.

Sentences written for this test (no gold set was read to write them or the rules): each rule's
case, and the neighbouring cases it must leave alone.
"""

from __future__ import annotations

import pytest

from eventwire.nlp import SpacyBackend
from tests.helpers import analyse, assert_no_event_at, at_word, one_event_at

pytestmark = pytest.mark.model

PUBLISHED = "2016-02-10"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("During an interview with a radio host, the senator discussed his tax plan.", "discussed"),
        (
            "Discussing his concern in a public statement, the prime minister said the talks must end.",
            "Discussing",
        ),
        (
            "The prime minister struck a defiant tone in discussing the bombing before Parliament.",
            "discussing",
        ),
    ],
)
def test_one_party_discussing_before_an_audience_is_talk(
    spacy_backend: SpacyBackend, text: str, word: str
) -> None:
    assert_no_event_at(spacy_backend, text, word, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Merkel discussed the crisis with Macron on Monday.", "discussed"),
        ("Obama and Putin discussed the crisis in Syria on Monday.", "discussed"),
    ],
)
def test_discussing_with_a_partner_is_a_consultation(
    spacy_backend: SpacyBackend, text: str, word: str
) -> None:
    _, event = one_event_at(spacy_backend, text, word, PUBLISHED)
    assert event["type"] == "CONSULT"


def test_a_meeting_to_discuss_is_one_event(spacy_backend: SpacyBackend) -> None:
    text = "Merkel met Macron in Paris on Monday to discuss the crisis."
    article = analyse(spacy_backend, text, published=PUBLISHED)
    assert [(e.type, e.source.text, e.target.text) for e in article.events] == [
        ("CONSULT", "Merkel", "Macron")
    ]


def test_a_visit_to_meet_keeps_the_meeting(spacy_backend: SpacyBackend) -> None:
    text = "The chief judge visited the Capitol on Thursday to meet with top Senate Democrats."
    _, event = one_event_at(spacy_backend, text, "meet", PUBLISHED)
    assert (event["type"], event["target"]["text"]) == ("CONSULT", "top Senate Democrats")


def test_a_callers_purpose_is_the_callers_act(spacy_backend: SpacyBackend) -> None:
    text = "Clinton said she lost the primary after she called Sanders to congratulate him."
    article, event = one_event_at(spacy_backend, text, "congratulate", PUBLISHED)
    assert event["type"] == "SUPPORT"
    assert [a.name for a in article.actors if a.id == event["source"]["actor"]] == ["Clinton"]
    assert [a.name for a in article.actors if a.id == event["target"]["actor"]] == ["Sanders"]


def test_calling_on_someone_to_act_is_their_act(spacy_backend: SpacyBackend) -> None:
    text = "Merkel called on Putin to withdraw his troops from the border."
    article = analyse(spacy_backend, text, published=PUBLISHED)
    [withdraw] = [e for e in article.events if at_word(article, e, "withdraw")]
    assert withdraw.source.text == "Putin"


@pytest.mark.parametrize(
    ("text", "act", "asked"),
    [
        ("Mr. Khan pleaded with voters to reject his politics.", "reject", "voters"),
        # the parser hangs the act asked for as a clause of purpose
        ("The mayor appealed to protesters to end the blockade.", "end", "protesters"),
    ],
)
def test_pleading_with_someone_to_act_asks_them(
    spacy_backend: SpacyBackend, text: str, act: str, asked: str
) -> None:
    article = analyse(spacy_backend, text, published=PUBLISHED)
    [done] = [e for e in article.events if at_word(article, e, act)]
    assert (done.source.text, done.modality) == (asked, "uncertain")


def test_a_pronoun_keeps_to_its_gender(spacy_backend: SpacyBackend) -> None:
    text = "The minister met Jane Doe. He praised her work, and she thanked him."
    article = analyse(spacy_backend, text, published=PUBLISHED)
    mentions = {a.name: [text[s:e] for s, e in a.mentions] for a in article.actors}
    assert mentions["Jane Doe"] == ["Jane Doe", "her", "she"]
    assert "him" not in mentions["Jane Doe"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Clinton suggested that his critiques of her amounted to attacks on Obama.", "attacks"),
        ("Such attacks on the most recent Republican president are unheard-of among candidates.", "attacks"),
    ],
)
def test_attacks_by_no_one_on_a_politician_are_words(
    spacy_backend: SpacyBackend, text: str, word: str
) -> None:
    _, event = one_event_at(spacy_backend, text, word, PUBLISHED)
    assert event["type"] == "ACCUSE"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The attack on the senator left two bodyguards wounded.", "attack"),
        ("Attacks on aid workers killed three people on Monday.", "Attacks"),
        ("She was secretary of state during the attacks on the American consulate in Benghazi.", "attacks"),
    ],
)
def test_one_attack_or_attacks_on_people_of_no_politics_stay_force(
    spacy_backend: SpacyBackend, text: str, word: str
) -> None:
    _, event = one_event_at(spacy_backend, text, word, PUBLISHED)
    assert event["type"] == "ASSAULT"


def test_asking_while_doing_something_else_is_a_question(spacy_backend: SpacyBackend) -> None:
    text = "Mr. Trump asked, repeating a broadside that he used in Saturday's debate."
    assert_no_event_at(spacy_backend, text, "asked", PUBLISHED)
    article = analyse(
        spacy_backend, "The senator asked for a recount, citing irregularities.", published=PUBLISHED
    )
    assert [e.type for e in article.events if at_word(article, e, "asked")] == ["REQUEST"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Police arrested the tennis player Nikoloz Basilashvili on Friday. The federation released a "
            "statement addressing Basilashvili's arrest.",
            "arrest",
        ),
        (
            "At least three suicide bombings took place in Tunisia this week. The Islamic State claimed "
            "responsibility for all three attacks.",
            "attacks",
        ),
    ],
)
def test_a_possessed_or_totalled_act_refers_back(spacy_backend: SpacyBackend, text: str, word: str) -> None:
    article = analyse(spacy_backend, text, published=PUBLISHED)
    [mention] = [
        e for e in article.events if at_word(article, e, word) and e.evidence.start > text.index(".")
    ]
    assert mention.refers_to is not None


def test_a_video_released_speaks_for_whoever_released_it(spacy_backend: SpacyBackend) -> None:
    text = "Sen. Rand Paul has released a Web video that accuses Cruz of lying about his record."
    _, event = one_event_at(spacy_backend, text, "accuses", PUBLISHED)
    assert (event["type"], event["source"]["text"], event["target"]["text"]) == (
        "ACCUSE",
        "Sen. Rand Paul",
        "Cruz",
    )


def test_a_video_does_no_act_of_force(spacy_backend: SpacyBackend) -> None:
    text = "Surveillance videos show the moment a bomb detonated on a busy street, injuring 29 people."
    article = analyse(spacy_backend, text, published=PUBLISHED)
    assert all(not e.source.named() for e in article.events if e.type == "ASSAULT")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Clinton, who called Sanders shortly after the winner was declared, thanked her supporters.",
            "Sanders",
        ),
        ("Obama called Merkel on Tuesday to discuss the crisis.", "Merkel"),
    ],
)
def test_calling_a_person_is_a_phone_consultation(
    spacy_backend: SpacyBackend, text: str, target: str
) -> None:
    article = analyse(spacy_backend, text, published=PUBLISHED)
    assert [(e.type, e.mode, e.target.text) for e in article.events] == [("CONSULT", "phone", target)]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Ms. Friedan called Mrs. Schlafly an ''Aunt Tom.''", "called"),
        ("Trump called Clinton a liar.", "called"),
        ("Pence's press release linked to the Associated Press report.", "release"),
    ],
)
def test_naming_someone_or_a_press_release_is_no_act(
    spacy_backend: SpacyBackend, text: str, word: str
) -> None:
    assert_no_event_at(spacy_backend, text, word, PUBLISHED)


def test_whoever_owns_a_charge_that_makes_it(spacy_backend: SpacyBackend) -> None:
    text = "Replying to Sanders' charge that she has been weak on climate, she said she had made progress."
    _, event = one_event_at(spacy_backend, text, "charge", PUBLISHED)
    assert (event["type"], event["source"]["text"], event["target"]["text"]) == ("ACCUSE", "Sanders'", None)


@pytest.mark.parametrize(
    ("text", "word", "source"),
    [
        ("The government took the step of arresting the opposition leader.", "arresting", "The government"),
        ("The army took the decision to withdraw from the city.", "withdraw", "The army"),
    ],
)
def test_a_step_taken_is_the_takers_act(
    spacy_backend: SpacyBackend, text: str, word: str, source: str
) -> None:
    article = analyse(spacy_backend, text, published=PUBLISHED)
    assert [e.source.text for e in article.events] == [source]
    assert all(at_word(article, e, word) for e in article.events)


def test_a_step_told_again_by_a_participle_is_one_act(spacy_backend: SpacyBackend) -> None:
    text = (
        "The campaign took the unusual step of criticizing the intelligence community, accusing spy "
        "agencies of overclassification."
    )
    article = analyse(spacy_backend, text, published=PUBLISHED)
    assert [(e.type, e.source.text) for e in article.events] == [("ACCUSE", "The campaign")]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The Supreme Court blocked the administration's plan to regulate emissions.", "REJECT"),
        ("The 2014 executive actions by Obama are blocked in the courts.", "REJECT"),
        ("Protesters blocked the road to the airport.", "PROTEST"),
    ],
)
def test_blocking_a_plan_rejects_it(spacy_backend: SpacyBackend, text: str, kind: str) -> None:
    _, event = one_event_at(spacy_backend, text, "blocked", PUBLISHED)
    assert event["type"] == kind


def test_a_court_taking_up_a_case_agrees_to_nothing(spacy_backend: SpacyBackend) -> None:
    assert_no_event_at(
        spacy_backend, "The Supreme Court agreed on Friday to hear the case.", "agreed", PUBLISHED
    )
    _, event = one_event_at(
        spacy_backend, "The two sides agreed to a ceasefire on Friday.", "agreed", PUBLISHED
    )
    assert event["type"] == "AGREE"


@pytest.mark.parametrize(
    "text",
    [
        "The party was ready with amendments to the penal code for sentencing up to 30-year prison terms.",
        "The amendment provides for sentencing offenders to 30 years.",
    ],
)
def test_what_a_text_provides_for_is_not_done(spacy_backend: SpacyBackend, text: str) -> None:
    _, event = one_event_at(spacy_backend, text, "sentencing", PUBLISHED)
    assert event["modality"] == "uncertain"


def test_a_crime_one_is_jailed_for_was_done(spacy_backend: SpacyBackend) -> None:
    _, event = one_event_at(
        spacy_backend, "He was jailed for attacking a police officer.", "attacking", PUBLISHED
    )
    assert event["modality"] == "asserted"


@pytest.mark.parametrize(
    "text",
    [
        "The center obtained the messages between the governor and his aides and released them publicly.",
        "The ministry released the report to the press on Monday.",
    ],
)
def test_releasing_to_the_public_sets_no_one_free(spacy_backend: SpacyBackend, text: str) -> None:
    assert_no_event_at(spacy_backend, text, "released", PUBLISHED)


def test_releasing_someone_on_bail_sets_them_free(spacy_backend: SpacyBackend) -> None:
    _, event = one_event_at(spacy_backend, "Police released him on bail on Monday.", "released", PUBLISHED)
    assert event["type"] == "RETREAT"


def test_the_demands_of_a_thing_are_no_ones_demand(spacy_backend: SpacyBackend) -> None:
    text = "He said Lincoln was a success because Lincoln matched the demands of his time."
    assert_no_event_at(spacy_backend, text, "demands", PUBLISHED)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The government rejected the demands of the protesters.", "the protesters", None),
        ("Trump is making a demand of Obama.", "Trump", "Obama"),
    ],
)
def test_whose_demand_it_is(spacy_backend: SpacyBackend, text: str, source: str, target: str | None) -> None:
    word = "demands" if "demands" in text else "demand"
    _, event = one_event_at(spacy_backend, text, word, PUBLISHED)
    assert (event["source"]["text"], event["target"]["text"]) == (source, target)


def test_talks_told_again_by_a_participle_are_the_meeting(spacy_backend: SpacyBackend) -> None:
    article = analyse(
        spacy_backend, "Merkel met Macron on Monday, discussing the crisis in Syria.", published=PUBLISHED
    )
    assert [(e.type, e.source.text, e.target.text) for e in article.events] == [
        ("CONSULT", "Merkel", "Macron")
    ]
