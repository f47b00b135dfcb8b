"""One act, one event: a casualty verb that reports an act's toll is folded into the act's event
(eventwire.events.folding), and the titles of one person are not split into parties."""

from __future__ import annotations

import pytest

from eventwire.model import Article
from eventwire.nlp import SpacyBackend
from tests.helpers import analyse


def assaults(art: Article) -> list[tuple[str, int | None, int | None]]:
    """The attacks reported: not the words that name one again (``refers_to``, events.references)."""
    return [
        (art.text[e.trigger.start : e.trigger.end], e.fatalities, e.injured)
        for e in art.events
        if e.type == "ASSAULT" and e.trigger is not None and e.refers_to is None
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the act's noun is the subject of the casualty verbs
        ("Officials said the attack had killed twelve and injured twelve more.", [("attack", 12, 12)]),
        ("A car bombing in Kabul killed five and wounded 110 on Monday.", [("bombing", 5, 110)]),
        # casualty verbs conjoined, sharing one subject
        ("The gunman killed a woman and injured nineteen others.", [("killed", 1, 19)]),
        # a participle clause of the act
        ("Gunmen attacked a checkpoint, killing two soldiers and wounding three.", [("attacked", 2, 3)]),
        # agentless passives conjoined: their subjects were hurt, they did not act (the attack their
        # "in" names is the act)
        ("Five police officers were killed and 12 people were wounded in the attack.", [("attack", 5, 12)]),
        ("At least 20 people were killed and 15 injured when a car bomb exploded.", [("exploded", 20, 15)]),
        # the toll's clause of time is the act
        ("Five soldiers were killed when militants attacked their convoy.", [("attacked", 5, None)]),
        ("Three people were killed and 15 others injured in the blast.", [("killed", 3, 15)]),
        # the attack named after "in" on the joined casualty verb is the act of both
        ("Four people were killed and 20 others injured in the attack.", [("attack", 4, 20)]),
        ("Three people were killed and 264 injured in the bombing at the marathon.", [("bombing", 3, 264)]),
        ("Two soldiers were killed and three wounded.", [("killed", 2, 3)]),
        # a relative clause on the act's noun
        ("The bombing, which killed three people, was claimed by the Islamic State.", [("bombing", 3, None)]),
        ("The attack that killed 20 soldiers was carried out by the Taliban.", [("attack", 20, None)]),
        # the act named by a noun after "in": the noun is the act, the killing its toll
        ("Three police officers were killed in the attack.", [("attack", 3, None)]),
        ("The journalist was killed in a drone strike in 2019.", [("strike", 1, None)]),
        ("Two policemen were killed in Kabul in an attack by militants.", [("attack", 2, None)]),
        # ... or as the agent of a passive: the strike killed him
        ("The cleric was killed by a U.S. drone strike in Yemen in 2011.", [("strike", 1, None)]),
        ("Five soldiers were wounded by an Israeli air strike.", [("strike", None, 5)]),
        # a toll the parse links to nothing, in a sentence that codes the act
        ("Five civilians died in the attack; twenty more were injured.", [("attack", 5, 20)]),
        ("A bombing was reported to have killed two journalists.", [("bombing", 2, None)]),
        ("Police fired on the crowd on Monday; 25 protesters were injured.", [("fired", None, 25)]),
        # ... but not an act set before or after it: another act
        ("The man was killed days after the bombings.", [("killed", 1, None)]),
        ("Two journalists were injured after being attacked by protesters.", [("attacked", None, 2)]),
        # a relative clause on the person hurt: its antecedent is counted
        ("Tamerlan, who was killed in a police shootout, was 26.", [("shootout", 1, None)]),
    ],
)
def test_a_toll_is_part_of_its_act(spacy_backend: SpacyBackend, text: str, want: list[object]) -> None:
    assert assaults(analyse(spacy_backend, text)) == want


@pytest.mark.model
def test_a_relative_clause_on_a_person_is_an_act_of_its_own(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "The man who killed three people was arrested.")
    assert assaults(art) == [("killed", 3, None)]


@pytest.mark.model
def test_acts_with_their_own_subjects_stay_apart(spacy_backend: SpacyBackend) -> None:
    text = "Rebels killed two soldiers on Monday and police shot a protester on Tuesday."
    art = analyse(spacy_backend, text)
    assert [t for t, _, _ in assaults(art)] == ["killed", "shot"]


@pytest.mark.model
def test_who_was_hurt_in_an_elided_passive_is_no_source(spacy_backend: SpacyBackend) -> None:
    text = "At least 20 people were killed and dozens injured when a car bomb exploded."
    art = analyse(spacy_backend, text)
    assert [(e.type, e.source.text) for e in art.events] == [("ASSAULT", None)]


@pytest.mark.model
def test_the_act_is_not_its_own_source(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "Officials said the attack had killed twelve and injured twelve more.")
    (event,) = [e for e in art.events if e.type == "ASSAULT"]
    assert event.source.text is None or "attack" not in event.source.text


@pytest.mark.model
def test_the_titles_of_one_person_are_one_party(spacy_backend: SpacyBackend) -> None:
    text = (
        "He is serving a life sentence for the assassination of United States senator"
        " and presidential candidate Robert F. Kennedy."
    )
    events = [e for e in analyse(spacy_backend, text).events if e.type == "ASSAULT"]
    assert len(events) == 1 and "Kennedy" in (events[0].target.text or "")


@pytest.mark.model
def test_coordinated_parties_are_one_event_with_joint_actors(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "Police arrested the mayor and the governor of Basra on Monday.")
    [event] = [e for e in art.events if e.type == "COERCE"]
    names = {a.id: a.name for a in art.actors}
    assert event.target.text == "the mayor"
    assert [names[i] for i in event.target.joint or []] == ["governor"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("One million people marched in London on Saturday, protesting the exit from the EU.", ["marched"]),
        ("Several thousand people rallied at Freedom Plaza to protest the results.", ["rallied"]),
        # a protest of its own, with its own subject, stays an event
        ("Students marched in Paris, and workers protested in Lyon.", ["marched", "protested"]),
    ],
)
def test_a_clause_saying_what_a_protest_opposed_is_part_of_it(
    spacy_backend: SpacyBackend, text: str, want: list[str]
) -> None:
    art = analyse(spacy_backend, text)
    protests = [
        art.text[e.trigger.start : e.trigger.end] for e in art.events if e.type == "PROTEST" and e.trigger
    ]
    assert protests == want


@pytest.mark.model
def test_a_toll_told_of_it_in_the_next_sentence_is_the_acts(spacy_backend: SpacyBackend) -> None:
    art = analyse(
        spacy_backend,
        "The Taliban attacked a base in Kabul on Monday. Officials said it killed nine soldiers.",
    )
    assert assaults(art) == [("attacked", 9, None)]


@pytest.mark.model
def test_an_act_set_after_another_is_no_second_word_for_it(spacy_backend: SpacyBackend) -> None:
    """'killed days after the bombings': the bombings name an earlier act, not this killing, so they
    do not take its victim."""
    art = analyse(spacy_backend, "The man was killed days after the bombings.")
    bombings = [e for e in art.events if art.text[e.trigger.start : e.trigger.end] == "bombings"]
    assert all(not e.target.text for e in bombings)


@pytest.mark.model
def test_a_participle_of_force_done_to_others_is_another_act(spacy_backend: SpacyBackend) -> None:
    """'stormed the embassy, taking 50 people hostage': the hostages are not the embassy, so the
    participle tells a second act, not the first again (a restated criticism is one act)."""
    art = analyse(spacy_backend, "Revolutionaries stormed the embassy, taking 50 people hostage.")
    assert [art.text[e.trigger.start : e.trigger.end] for e in art.events] == ["stormed", "taking"]
