"""Actors: mentions, coding from titles and nationality words, merging."""

from __future__ import annotations

import pytest

from eventwire.actors.codes import code_parts, make_code
from eventwire.model import Actor, Article
from eventwire.nlp import SpacyBackend
from tests.helpers import analyse


def named(article: Article, part: str) -> list[Actor]:
    return [a for a in article.actors if part.lower() in a.name.lower()]


def test_code_parts_split_country_and_sector() -> None:
    assert code_parts("IRQGOV") == ("IRQ", "GOV")
    assert code_parts("USAMIL") == ("USA", "MIL")
    assert code_parts("REB") == (None, "REB")
    assert make_code("IRQ", "GOV") == "IRQGOV"
    assert make_code(None, None) is None


@pytest.mark.model
def test_title_and_nationality_give_country_and_sector(spacy_backend: SpacyBackend) -> None:
    text = "Kenyan Foreign Minister Amina Wanjiru met the delegation. Wanjiru said talks went well."
    art = analyse(spacy_backend, text, until="actors")
    (minister,) = named(art, "Wanjiru")
    assert minister.country == "KEN" and minister.sector == "GOV"
    assert minister.code == "KENGOV"
    assert len(minister.mentions) == 2, "the lone surname is the same actor"


@pytest.mark.model
def test_a_surname_the_tagger_took_for_a_common_noun_is_still_the_person(
    spacy_backend: SpacyBackend,
) -> None:
    """'Sanders held a rally': tagged NOUN ("sander"); the article named Bernie Sanders before."""
    text = "Hillary Clinton defeated Bernie Sanders in Delaware. Sanders held a rally Saturday in Iowa."
    art = analyse(spacy_backend, text, until="actors")
    (sanders,) = named(art, "Sanders")
    assert [art.text[s:e] for s, e in sanders.mentions] == ["Bernie Sanders", "Sanders"]


@pytest.mark.model
def test_a_known_name_the_tagger_took_for_a_common_noun_is_a_person_and_acts(
    spacy_backend: SpacyBackend,
) -> None:
    """'Trump met with Macron': tagged NOUN ("trump") with no entity and no earlier mention; a bare
    capitalised subject the actor dictionary knows is the person, and a person meets (no thing
    that "meets" another). "Hope is fading" names no one."""
    art = analyse(spacy_backend, "Trump met with Macron.", published="2019-07-08")
    assert [(e.type, e.source.text, e.target.text) for e in art.events] == [("CONSULT", "Trump", "Macron")]
    assert named(art, "Trump")
    assert not analyse(spacy_backend, "Hope is fading.", until="actors").actors


@pytest.mark.model
def test_role_nouns_become_actors(spacy_backend: SpacyBackend) -> None:
    text = "Nigerian lawmakers voted on Tuesday. Two soldiers were wounded by militants."
    art = analyse(spacy_backend, text, until="actors")
    lawmakers = named(art, "lawmakers")
    assert lawmakers and lawmakers[0].country == "NGA" and lawmakers[0].sector == "LEG"
    assert named(art, "soldiers") and named(art, "soldiers")[0].sector == "MIL"
    assert named(art, "militants")


@pytest.mark.model
def test_sponsor_adjective_is_not_the_actor_country(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "Russian-backed militias shelled the village.", until="actors")
    militias = named(art, "militias")
    assert militias and militias[0].country != "RUS"


@pytest.mark.model
def test_every_mention_lies_inside_the_text(spacy_backend: SpacyBackend) -> None:
    text = "The United Nations and NATO urged calm, while Turkish police detained 30 protesters in Ankara."
    art = analyse(spacy_backend, text, until="actors")
    assert art.actors
    for actor in art.actors:
        for start, end in actor.mentions:
            assert 0 <= start < end <= len(text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "part", "code"),
    [
        ("The African Union suspended Mali.", "African Union", "IGOAFRAU"),
        ("Russian forces shelled the city.", "forces", "RUSMIL"),
        ("Houthi rebels attacked a ship.", "Houthi", "YEMREB"),
        ("Britain's foreign secretary met the envoy.", "secretary", "GBRGOV"),
        ("The Kenyan defence minister resigned.", "minister", "KENGOV"),
        # an organisation named for what it is, by its head word or the tail of its name
        ("The Kenyan House of Representatives passed the bill.", "House of Representatives", "KENLEG"),
        ("The Nigerian Air Force bombed the camp.", "Air Force", "NGAMIL"),
        ("The Ghanaian Government Accountability Office audited it.", "Accountability Office", "GHAGOV"),
        ("Kenya's Democratic Party rallied.", "Democratic Party", "KENPTY"),
        ("The Islamic Revolutionary Guard Corps seized a tanker.", "Revolutionary Guard", "IRNMIL"),
    ],
)
def test_common_organisations_roles_and_titles_are_coded(
    spacy_backend: SpacyBackend, text: str, part: str, code: str
) -> None:
    art = analyse(spacy_backend, text, until="actors")
    assert code in {a.code for a in named(art, part)}, [(a.name, a.code) for a in art.actors]


@pytest.mark.model
def test_it_can_stand_for_a_body_named_by_a_role(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "The Nigerian army said it had freed 300 schoolgirls.", until="coref")
    (army,) = named(art, "army")
    assert len(army.mentions) == 2, "'it' is the army"


@pytest.mark.model
def test_a_currency_named_after_a_country_is_no_actor(spacy_backend: SpacyBackend) -> None:
    article = analyse(spacy_backend, "China invested nine billion US dollars in Kenya on Monday.")
    assert "USA" not in {a.code for a in article.actors}
    assert {"CHN", "KEN"} <= {a.code for a in article.actors}


def test_a_role_noun_the_tagger_took_for_a_name_is_still_a_role(spacy_backend: SpacyBackend) -> None:
    """'Iran's foreign ministry': the model tags the lower-case "ministry" a proper noun."""
    art = analyse(spacy_backend, "Iran's foreign ministry summoned the British ambassador.")
    assert "IRNGOV" in {a.code for a in art.actors}
