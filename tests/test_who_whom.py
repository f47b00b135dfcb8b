"""Who serves whom, whose relative a victim is, and where an event happened.

Sentences written for this test from the kinds of error issue 11 lists; no gold set was read.
"""

from __future__ import annotations

import pytest

import eventwire
from eventwire.model import Article, Event
from tests.helpers import at_word

pytestmark = pytest.mark.model


def _one(text: str) -> Article:
    return eventwire.process([text], published="2021-12-09")[0]


def _event_at(text: str, trigger: str) -> Event:
    """The one event of the text at the trigger word."""
    article = _one(text)
    [event] = [e for e in article.events if at_word(article, e, trigger)]
    return event


def _code_of(article: Article, name: str) -> str | None:
    return next(a.code for a in article.actors if a.name == name)


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        (
            "Lt. Gregg Hastings of the Oregon State Police said officers arrested two men.",
            "Gregg Hastings",
            "USACOP",
        ),
        (
            "Taliban spokesman Zabihullah Mujahid said the group attacked a checkpoint.",
            "Zabihullah Mujahid",
            "AFGREB",
        ),
        ("A spokesman for the Iraqi army said troops shelled the town.", "spokesman", "IRQMIL"),
        # the body named on the person's apposition
        (
            "Zabihullah Mujahid, a spokesman for the Taliban, condemned the raid.",
            "Zabihullah Mujahid",
            "AFGREB",
        ),
        ("A Taliban spokesman, Zabihullah Mujahid, condemned the raid.", "Zabihullah Mujahid", "AFGREB"),
    ],
)
def test_a_person_takes_the_country_and_sector_of_the_body_it_serves(text: str, name: str, code: str) -> None:
    assert _code_of(_one(text), name) == code


def test_a_known_leader_keeps_the_dictionary_coding() -> None:
    assert _code_of(_one("Prime Minister Boris Johnson met the Pope on Monday."), "Boris Johnson") == "GBRGOV"


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed the son of the interior minister in Kabul on Monday.",
        "Gunmen killed the two sons of a police chief in Herat.",
        "Police arrested the wife of the opposition leader.",
    ],
)
def test_a_relative_does_not_take_the_office_of_the_person_named(text: str) -> None:
    article = _one(text)
    (event,) = article.events
    assert event.target is not None and event.target.actor is None, event.target


@pytest.mark.parametrize(
    "text",
    [
        "Michael Makuei, the information minister, paid tribute to Luk.",
        # the role written in capitals, which the parser reads as a proper noun outside any name
        "Michael Makuei, the Information Minister, paid tribute to Luk.",
    ],
)
def test_a_role_in_apposition_gives_the_person_its_sector(text: str) -> None:
    sectors = {a.name: a.sector for a in _one(text).actors}
    assert sectors.get("Michael Makuei") == "GOV"


@pytest.mark.parametrize(
    ("text", "name", "sector"),
    [
        ("Assemblyman John Smith criticized the governor.", "John Smith", "LEG"),
        ("Councilwoman Ann Lee praised the police chief.", "Ann Lee", "GOV"),
    ],
)
def test_a_local_title_gives_the_person_its_sector(text: str, name: str, sector: str) -> None:
    sectors = {a.name: a.sector for a in _one(text).actors}
    assert sectors.get(name) == sector


def test_a_relative_named_in_apposition_does_not_take_the_office() -> None:
    article = _one("Gunmen killed Ahmed Karim, the son of the interior minister.")
    assert _code_of(article, "Ahmed Karim") is None


@pytest.mark.parametrize(
    ("text", "name", "sector"),
    [
        ("The president of the company condemned the new tariffs.", "president", "BUS"),
        ("The bank's president criticized the central bank for raising rates.", "bank's president", "BUS"),
        ("The company's spokesman denied the report.", "company's spokesman", "BUS"),
        ("The chief executive of Boeing met Chinese officials in Beijing.", "chief executive", "MNC"),
        # a named firm the dictionaries do not know: no office, and no country from the story
        (
            "Spotify's chief executive met the president of France on Monday.",
            "Spotify's chief executive",
            None,
        ),
        ("Daniel Ek, Spotify's chief executive, met President Xi.", "Daniel Ek", None),
        # ... and one they know: the firm's sector
        ("Tim Cook, Apple's chief executive, met President Xi.", "Tim Cook", "MNC"),
    ],
)
def test_a_firms_officer_holds_no_government_office(text: str, name: str, sector: str | None) -> None:
    """'President' and 'chief executive' are government titles in the agent dictionary; the
    president of a company is not a government's."""
    actors = {a.name: a for a in _one(text).actors}
    assert actors[name].sector == sector
    assert sector is not None or actors[name].code is None


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Iraq's president met the Turkish foreign minister.", "Iraq's president", "IRQGOV"),
        ("The central bank's governor met the finance minister.", "central bank's governor", "GOV"),
    ],
)
def test_a_possessor_that_is_a_state_body_still_gives_the_office(text: str, name: str, code: str) -> None:
    assert _code_of(_one(text), name) == code


def test_a_nationality_in_an_actors_name_is_not_the_place_of_the_event() -> None:
    article = _one("A general of the US army met Afghan officials in Kabul on Tuesday.")
    places = {p.id: p.name for p in article.places}
    assert [places.get(e.place or "") for e in article.events] == ["Kabul"]


def test_a_person_of_a_body_is_coded_as_the_body_not_its_country() -> None:
    """'A general of the US army': the widest name inside the phrase (USAMIL), not its 'US' (USA)."""
    article = _one("A general of the US army met Afghan officials in Kabul on Tuesday.")
    codes = {a.id: a.code for a in article.actors}
    assert [codes.get(e.source.actor or "") for e in article.events] == ["USAMIL"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Russia and Ukraine exchanged 50 prisoners each on Saturday.", None),  # who acted, not where
        ("Israel struck Gaza overnight.", "Gaza Strip"),  # what was struck may be where
    ],
)
def test_a_country_that_acts_is_not_the_place_of_its_act(text: str, place: str | None) -> None:
    article = _one(text)
    places = {p.id: p.name for p in article.places}
    assert [places.get(e.place or "") for e in article.events] == [place]


def test_a_place_name_before_a_place_noun_still_places_the_event() -> None:
    article = _one("Police in Kabul's Shar-e-Naw district arrested two men.")
    places = {p.id: p.name for p in article.places}
    assert [places.get(e.place or "") for e in article.events] == ["Kabul"]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen opened fire near the market in Kabul on Monday.",
        "Police arrested protesters in Minsk on Sunday.",
        "Thousands protested in Khartoum on Monday.",
    ],
)
def test_the_place_of_an_attack_an_arrest_or_a_protest_is_not_its_target(text: str) -> None:
    article = _one(text)
    places = {p.name for p in article.places}
    assert [e.target.text for e in article.events if e.target.text in places] == []


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # the possessor of an act done to a person, with no "of", is the one it was done to
        ("Nabil's murder is unacceptable, the minister said.", None, "Nabil's"),
        ("His arrest came after a protest.", None, "His"),
        ("His acquittal angered the families of the victims.", None, "His"),
        # a passive participle with no subject of its own: whom the clause above names was released
        ("The attacker was watched after being released from prison.", None, "The attacker"),
        # with an "of" the possessor is the doer
        (
            "The United States' killing of Qasem Soleimani shocked Iraq.",
            "The United States'",
            "Qasem Soleimani",
        ),
        # a document stands for its author where the sentence names one
        ("Pompeo sent a letter requesting new rules from Elaine Chao.", "Pompeo", "Elaine Chao"),
        # the source's own act has no target of its own
        ("The governor announced his resignation on Monday.", "The governor", None),
        # an act received: its subject is whom it is given to, its "of" or "from" who gives it
        ("Clinton won the endorsement of the AFL-CIO on Monday.", "the AFL-CIO", "Clinton"),
        ("The senator has secured endorsements from three unions.", "three unions", "The senator"),
        ("Sanders got Obama's endorsement on Monday.", "Obama's", "Sanders"),
        ("Kenya received aid from the United States.", "the United States", "Kenya"),
        # who supports or condemns an act named after "of" did not do it
        ("Clinton stressed her support of the 2011 raid on the compound.", None, "the compound"),
    ],
)
def test_who_an_act_noun_or_an_own_act_names(text: str, source: str | None, target: str | None) -> None:
    event = _one(text).events[0]
    assert (event.source.text, event.target.text) == (source, target)


def test_a_passive_joined_to_a_passive_shares_the_one_who_undergoes_both() -> None:
    article = _one("Opposition leader Mugabe was arrested in 1963 and was imprisoned until 1974.")
    assert [(e.type, e.target.text) for e in article.events] == [
        ("COERCE", "Opposition leader Mugabe"),
        ("SANCTION", "Opposition leader Mugabe"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The Paris attacks killed 130 people in November.",
        "Retired Army Col. Lawrence Wilkerson brought up the Oklahoma City bombing in a debate.",
    ],
)
def test_a_city_before_an_attack_or_who_talks_of_it_did_not_attack(text: str) -> None:
    """'the Paris attacks': a city (not a country) before an act's noun says where; who brings an
    attack up did not make it."""
    article = _one(text)
    [attack] = [e for e in article.events if e.type == "ASSAULT"]
    assert attack.source.text is None and attack.source.actor is None


def test_a_country_before_an_attack_still_did_it() -> None:
    article = _one("The U.S. drone strike killed five militants on Monday.")
    [attack] = [e for e in article.events if e.type == "ASSAULT"]
    assert attack.source.text == "U.S."


@pytest.mark.parametrize(
    "text",
    [
        "Khan decried Trump's repeated calls to ban all Muslims.",
        "Trump's calls to ban Muslims were decried by Khan.",
    ],
)
def test_who_calls_for_an_act_is_who_would_do_it(text: str) -> None:
    """'Trump's calls to ban Muslims': the possessor of the call would ban, not the call or its critic."""
    article = eventwire.process([text], published="2016-06-01")[0]
    [ban] = [e for e in article.events if at_word(article, e, "ban")]
    assert (ban.source.text, ban.modality) == ("Trump's", "uncertain")


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The opposition leader was placed under house arrest.", None, "The opposition leader"),
        ("Police placed three men under arrest.", "Police", "three men"),
        ("The court acquitted the journalist of all charges.", "The court", "the journalist"),
        ("Police accused the head of the group of fraud.", "Police", "the head of the group"),
        # an "of" inside a name is the name's: "the Ministry of Defence", not "the Ministry"
        ("The Ministry of Defence detained two soldiers.", "The Ministry of Defence", "two soldiers"),
    ],
)
def test_who_is_held_or_cleared(text: str, source: str | None, target: str) -> None:
    """Arrest as a state ('under arrest') is someone's, held by the placing verb's subject; the
    'of' of acquitting or accusing is the verb's, not part of its object's name."""
    [event] = _one(text).events
    assert (event.source.text, event.target.text) == (source, target)


@pytest.mark.parametrize(
    ("text", "trigger", "source", "target"),
    [
        ("The victims of the bombing were named on Monday.", "bombing", None, "The victims"),
        ("She was a victim of the bombing.", "bombing", None, "She"),
        ("The remaining victim of the attack was a teacher, Aysha Frade.", "attack", None, "a teacher"),
        ("The victims of the bombing were 'collateral damage', he said.", "bombing", None, "The victims"),
        ("There was an assassination attempt on the president.", "assassination", None, "the president"),
        ("Rebels carried out an assassination attempt on the governor.", "assassination", "Rebels",
         "the governor"),
        ("He survived an assassination attempt.", "assassination", None, "He"),
        ("He claimed to be the organizer of the assassination attempt on the president.", "assassination",
         "the organizer", "the president"),
        ("The perpetrators of honor killings were jailed.", "killings", "The perpetrators", None),
        ("The president came under attack from militants.", "attack", "militants", "The president"),
        ("There were bombings and shootings by republicans and loyalists.", "shootings", "republicans", None),
        # the parser hangs the noun's "by" on the verb it is the object of
        ("More attacks could follow last week's bombings in Jakarta by Islamist militants.", "bombings",
         "Islamist militants", None),
        ("The court followed the arrest by releasing him.", "arrest", None, None),
        # a noun of kind or measure names no one
        ("Militants blew up a shrapnel bomb of this kind.", "blew", "Militants", None),
        ("It was the first attack of its kind on a diplomatic convoy.", "attack", None,
         "a diplomatic convoy"),
        ("Pence told Lopez, who was moved to house arrest, that he backs him.", "arrest", None, "Lopez"),
        ("Police arrested a juvenile for planting a bomb.", "arrested", "Police", "a juvenile"),
        ("The student decided to participate in an attack on bystanders.", "attack", "The student",
         "bystanders"),
        ("The perpetrators of the Aug. 4 assault fled.", "assault", "The perpetrators", None),
        ("He admitted his part in the bombing but refused to name the others.", "bombing", "his", None),
        ("Saddam Hussein played a role in the murder of Americans.", "murder", "Saddam Hussein", "Americans"),
        # a word that asks who did it names no one: no source
        ("Who was responsible for the drone attacks?", "attacks", None, None),
        ("The man was responsible for the drone attacks.", "attacks", "The man", None),
        # a site named before the act noun is its target, never its doer as well
        ("Khalid Masood was the militant responsible for the Westminster Bridge attack in March.", "attack",
         "Khalid Masood", "Westminster Bridge"),
        # "behind" hung on the verb after its object: the object is who did it, not the verb's subject
        ("Police named the man behind the attack on the mosque.", "attack", "the man", "the mosque"),
        ("He was the organizer of the August 4 assassination attempt on the president.", "assassination",
         "the organizer", "the president"),
    ],
)  # fmt: skip
def test_who_the_words_around_an_act_noun_name(
    text: str, trigger: str, source: str | None, target: str | None
) -> None:
    """A victim of an act is its target; an undertaking's phrases ('an assassination attempt on X')
    are the act's; a party's phrase stops before the act it holds; who is under attack is its
    target; a "by" after joined act nouns is theirs; a juvenile is someone."""
    article = _one(text)
    [event] = [e for e in article.events if at_word(article, e, trigger) and e.type in ("ASSAULT", "COERCE")]
    assert (event.source.text, event.target.text) == (source, target)


@pytest.mark.parametrize(
    "text", ["The Murrah Building attack killed 168 people.", "The gunmen fled after attacking the embassy."]
)
def test_a_building_is_struck_not_striking_and_an_embassy_no_politician(text: str) -> None:
    """A building's name before an attack's noun says what was struck; an attack on an embassy is
    no war of words, whoever made it."""
    article = _one(text)
    [attack] = [e for e in article.events if e.trigger is not None and e.type in ("ASSAULT", "ACCUSE")]
    assert attack.type == "ASSAULT"
    assert attack.source.text not in ("Murrah", "Murrah Building")


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Tamerlan, who was killed in a shootout with police, was 26.", "police", "Tamerlan"),
        ("The gunman died in a gunbattle with soldiers.", "soldiers", "The gunman"),
        ("Police killed two gunmen in a shootout.", "Police", "two gunmen"),
        ("A NATO convoy came under heavy fire from Taliban fighters.", "Taliban fighters", "A NATO convoy"),
        ("Troops exchanged fire with rebels near the border.", "Troops", "rebels"),
    ],
)
def test_who_is_hurt_in_a_gunfight_was_shot_by_the_other_side(text: str, source: str, target: str) -> None:
    """Of the two sides of a gunfight, the one killed or wounded in it is its target; who comes under
    fire from someone is shot at by them."""
    [event] = [e for e in _one(text).events if e.type == "ASSAULT"]
    assert (event.source.text, event.target.text) == (source, target)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Police said they arrested a suspect in the blast at the Erawan Shrine.", "a suspect"),
        ("Officials named the suspect who is being detained at a police station in Bangkok.", "the suspect"),
    ],
)
def test_who_is_arrested_not_where(text: str, target: str) -> None:
    """One is arrested or held "at" a place, never "at" someone: the arrested person stays the target."""
    [event] = [e for e in _one(text).events if e.type == "COERCE"]
    assert event.target.text == target


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Feb. 3, 2017-A machete-wielding man attacked soldiers in a mall in Paris.",
            "A machete-wielding man",
        ),
        (
            "March 22, 2016-Three suicide bombers blew themselves up at Brussels airport.",
            "Three suicide bombers",
        ),
    ],
)
def test_a_timeline_date_glued_to_its_entry_is_no_part_of_the_party(text: str, source: str) -> None:
    """'2017-A man': a year and the next word are two words, and the date no part of who acted."""
    [event] = [e for e in _one(text).events if e.type == "ASSAULT"]
    assert event.source.text == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The group responsible for the attack is unknown.", "The group"),
        ("Attorneys general from 16 states filed a lawsuit against the president.", "Attorneys general"),
    ],
)
def test_an_adjective_with_a_phrase_after_the_noun_is_no_part_of_its_name(text: str, source: str) -> None:
    """'The group responsible for the attack': a clause cut short, not the group's name; "attorneys
    general" is a title."""
    [event] = [e for e in _one(text).events if e.type in ("ASSAULT", "ACCUSE")]
    assert event.source.text == source


def test_a_hyphenated_participle_after_be_is_a_passive() -> None:
    """'Were tear-gassed by riot police': the parser takes the participle for a complement of "be"
    and hangs the "by" on "be"; the police did it to the protesters."""
    [event] = [e for e in _one("Protesters were tear-gassed by riot police in Santiago.").events]
    assert (event.type, event.source.text, event.target.text) == ("ASSAULT", "riot police", "Protesters")


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        # "it" of "it is time/too late ... to" stands for the clause: the doer is the "for" phrase's
        ("It is too late for the Republican establishment to ask the court to intervene.", "ask",
         "the Republican establishment"),
        ("It is time for Congress to condemn the attack.", "condemn", "Congress"),
        ("It is important to condemn the attack.", "condemn", None),
    ],
)  # fmt: skip
def test_an_expletive_it_is_no_one(text: str, trigger: str, source: str | None) -> None:
    event = _event_at(text, trigger)
    assert event.source.text == source


@pytest.mark.parametrize(
    ("text", "trigger", "source", "target"),
    [
        # a participle joined to the main verb, its subject hurt: no one wounds without an object
        ("Authorities arrested Rahami on Monday after an exchange of gunfire with police that left "
         "him and two officers wounded.", "exchange", None, "police"),
        # "left X wounded", parsed as a clause of "left": X was wounded, not the blast
        ("The blast left two officers wounded.", "wounded", None, "two officers"),
        # an exchange of fire with someone is a gunfight: the other side shot the one killed
        ("One of the suspects was killed in an exchange of fire with police.", "exchange", "police",
         "the suspects"),
        # shots fired at a place, by no one named, are shooting, not a fire
        ("Shots were fired at the police station on Monday.", "fired", None, "police station"),
    ],
)  # fmt: skip
def test_gunfire_and_who_it_left_wounded(text: str, trigger: str, source: str | None, target: str) -> None:
    event = _event_at(text, trigger)
    assert (event.type, event.source.text, event.target.text) == ("ASSAULT", source, target)


def test_gunfire_named_by_an_exchange_is_one_act() -> None:
    """'Killed in an exchange of gunfire': "gunfire" is the exchange's own word, no second act."""
    text = "Sergeant Jasso was killed in an exchange of gunfire with al Qaeda militants in Nimruz."
    assert [e.type for e in _one(text).events] == ["ASSAULT"]


def test_a_fire_is_still_an_accident() -> None:
    """The verb "fire" is shooting; the noun, unless shot, still names a blaze that harms by no one."""
    assert [e.type for e in _one("A fire at the factory killed five workers.").events] == []


@pytest.mark.parametrize(
    ("text", "role", "name"),
    [
        ("Police did not identify Khalid Masood, the militant responsible for the Westminster Bridge "
         "attack in March.", "the militant", "Khalid Masood"),
        ("Timothy McVeigh was identified as a suspect in the bombing of the Oklahoma City federal "
         "building.", "a suspect", "Timothy McVeigh"),
    ],
)  # fmt: skip
def test_a_role_stands_for_the_name_beside_it(text: str, role: str, name: str) -> None:
    """An uncoded role noun in apposition to a name, or what a naming verb says someone is, is that
    person: its actor is the name's."""
    article = _one(text)
    [event] = [e for e in article.events if e.type == "ASSAULT"]
    actor = next(a for a in article.actors if a.id == event.source.actor)
    assert (event.source.text, actor.name) == (role, name)


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        # a passive verb of getting someone to act: its subject does the act of the "to" clause
        ("He was ordered to attack the base.", "attack", "He"),
        ("He was influenced by his older brother to carry out the attack.", "attack", "He"),
        ("Troops were sent to attack the rebels.", "attack", "Troops"),
        # a gerund after "in" or "by" shares the subject of the verb it hangs on
        ("The United States was more forceful in blaming Iran for the attack.", "blaming",
         "The United States"),
        ("Some protesters responded by throwing Molotov cocktails at police.", "throwing", "Some protesters"),
        # not a passive's agent the parser took for a gerund, nor a means "used to" act
        ("Lam was interrupted by protesting legislators.", "protesting", None),
        ("Such disturbances should not be used to denigrate the IRA statement.", "denigrate", None),
    ],
)  # fmt: skip
def test_who_does_the_act_of_a_clause_without_a_subject(text: str, trigger: str, source: str | None) -> None:
    event = _event_at(text, trigger)
    assert event.source.text == source


def test_who_awaits_an_execution_undergoes_it() -> None:
    """'Sent to a federal prison to await execution': he is the one to be executed, not the executioner."""
    event = _event_at(
        "Tsarnaev will likely be sent to a federal prison in Indiana to await execution.", "execution"
    )
    assert (event.source.text, event.target.text) == (None, "Tsarnaev")


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # two parties who meet meet each other, not the city they meet in
        ("Putin and Trump met in Helsinki.", "Putin", "Trump"),
        # a third party after "with" is whom both meet
        ("Both Obama and Vice President Joe Biden will meet with Secretary of Defense Chuck Hagel on "
         "Tuesday.", "Obama", "Secretary of Defense Chuck Hagel"),
        # why they meet is no party ("for an AU summit"); where ("in Niamey") still may be: see
        # compound.VENUE_ONLY
        ("Leaders of African Union member states met on Sunday for an AU summit.",
         "Leaders of African Union member states", None),
    ],
)  # fmt: skip
def test_whom_two_parties_meet(text: str, source: str, target: str | None) -> None:
    [event] = [e for e in _one(text).events if e.type == "CONSULT"]
    assert (event.source.text, event.target.text) == (source, target)


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        # whoever weighs, refuses, uses or causes an act named as their object did not do it
        ("Investigators are treating the explosion as a terrorist attack.", "explosion", None),
        ("The ministry declined the request from the opposition.", "request", "the opposition"),
        ("Ministers have been reluctant to link the bombing to the rebels.", "bombing", None),
        ("The new tax sparked anger and protests across the country.", "protests", None),
        ("The general will use the attack as a pretext for a crackdown.", "attack", None),
        ("The judge stayed the execution of the two men for a month.", "execution", None),
        # ... but one who does the act still does it, and a weapon used is one's own
        ("The rebels carried out the attack on the convoy.", "attack", "The rebels"),
        ("The militants used two car bombs which killed four soldiers.", "killed", "The militants"),
        # a noun between the verb and the act leaves it, unless it is a run or the making of the act
        ("The ministry has records of hundreds of drone strikes.", "strikes", None),
        ("The group carried out a series of bombings in the capital.", "bombings", "The group"),
        # a verb that carries out the act it names is a light verb for it, not an act of its own
        ("The militants helped to plan and execute the attacks.", "attacks", "The militants"),
        # a state one is kept in is no act of one's own
        ("The suspect will remain in custody until the trial.", "custody", None),
        # who is accused, charged, convicted or blamed for doing an act is said to have done it
        ("The soldier was accused of plotting to blow up a restaurant.", "blow up", "The soldier"),
        ("Two men were convicted of bombing the embassy.", "bombing", "Two men"),
    ],
)  # fmt: skip
def test_who_does_an_act_its_object_names(text: str, trigger: str, source: str | None) -> None:
    event = _event_at(text, trigger)
    assert event.source.text == source


def test_what_is_used_is_the_instrument_not_the_target() -> None:
    event = _event_at("Riot police used tear gas against the protesters.", "used")
    assert (event.source.text, event.target.text) == ("Riot police", "the protesters")


def test_whom_one_fights_for_is_no_target() -> None:
    """'Fought for the Taliban': on the Taliban's side, not against them."""
    event = _event_at("Hundreds of foreign volunteers fought for the Taliban for two years.", "fought")
    assert (event.source.text, event.target.text) == ("foreign volunteers", None)


def test_an_attack_is_on_someone_not_to_someone() -> None:
    """'Link the attack to organised crime': what it is tied to, not whom it struck."""
    event = _event_at("Police were slow to link the attack to organised crime.", "attack")
    assert (event.source.text, event.target.text) == (None, None)


@pytest.mark.parametrize(
    ("text", "trigger", "source", "target"),
    [
        ("The minister faced criticism over the decision.", "criticism", None, "The minister"),
        ("The senator faces accusations of favoritism toward donors.", "accusations", None, "The senator"),
        ("The minister drew criticism from the opposition over the decision.", "criticism", "the opposition",
         "The minister"),
    ],
)  # fmt: skip
def test_who_faces_an_act_is_its_target_not_what_it_is_about(
    text: str, trigger: str, source: str | None, target: str
) -> None:
    """What criticism is 'over' or an accusation is 'of' is its matter; who faces it, its target."""
    event = _event_at(text, trigger)
    assert (event.source.text, event.target.text) == (source, target)


def test_a_participle_joined_to_an_adjective_of_state_is_told_of_its_victims() -> None:
    """'Many people dead and wounded': the people were wounded; they wounded no one."""
    event = _event_at("The gunmen opened fire. Many people dead and wounded.", "wounded")
    assert (event.source.text, event.target.text) == (None, "Many people")


def test_a_content_clause_that_is_no_object() -> None:
    """'The rumor that the army attacked the town': the town was attacked, not the rumor."""
    event = _event_at("The war began. The rumor that the army attacked the town spread quickly.", "attacked")
    assert (event.source.text, event.target.text) == ("the army", "the town")


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("The campaign began. The senator praised the agreement as a win for workers.", "praised", None),
        ("The campaign began. The senator praised Obama as a friend of workers.", "praised", "Obama"),
    ],
)
def test_what_something_is_called_names_no_target(text: str, trigger: str, target: str | None) -> None:
    """An 'as' phrase says what someone or something is called or serves as, never whom an act is done to."""
    assert _event_at(text, trigger).target.text == target


def test_a_headline_participle_is_passive() -> None:
    """'Boston Bombing Suspect Arrested': the suspect was arrested ("Police Arrest ..." is active)."""
    article = _one("Boston Bombing Suspect Arrested")
    assert [(e.source.text, e.target.text) for e in article.events] == [(None, "Boston Bombing Suspect")]


def test_an_occasion_named_before_an_attack_is_where_not_who() -> None:
    """'The Boston Marathon blasts': the marathon was struck, it struck no one ("the Taliban attack"
    keeps the Taliban)."""
    event = _event_at("The Boston Marathon blasts killed three people on Monday.", "killed")
    assert event.source.text is None
    assert _event_at("The Taliban attack killed five soldiers.", "attack").source.text == "Taliban"


@pytest.mark.parametrize(
    ("text", "trigger", "source", "target"),
    [
        # a contracted "has" before a participle with an object or a particle: active
        ("She's criticized the governor for months.", "criticized", "She", "governor"),
        ("Senator Graham said he's spoken out against the president's plan.", "spoken", "he", "plan"),
        # a contracted "is" or "has been" before a participle: passive
        ("He's been arrested twice.", "arrested", None, "He"),
        ("She's attacked by critics daily.", "attacked", "critics", "She"),
    ],
)
def test_a_contracted_has_is_not_read_as_a_passive(
    text: str, trigger: str, source: str | None, target: str
) -> None:
    event = _event_at(text, trigger)
    assert (event.source.text or None) == source if source is None else source in (event.source.text or "")
    assert target in (event.target.text or "")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("North Korea fired artillery rounds aimed at a loudspeaker in the south.", "fired"),
        ("North and South Korea exchanged artillery fire yesterday.", "exchanged"),
        ("Police and the suspects fired about 200 rounds during the chase.", "fired"),
    ],
)
def test_the_munition_fired_is_no_target(text: str, trigger: str) -> None:
    target = _event_at(text, trigger).target.text or ""
    assert not any(word in target for word in ("rounds", "fire")), target


def test_what_an_act_goes_on_despite_is_not_its_target() -> None:
    [event] = [
        e
        for e in _one("Thousands marched on Sunday despite police disapproval.").events
        if e.type == "PROTEST"
    ]
    assert event.target.text is None


def test_both_before_a_coordination_is_no_part_of_the_party() -> None:
    [event] = [
        e
        for e in _one("He blamed both Israel and the United States for the bombing.").events
        if e.type == "ACCUSE"
    ]
    assert event.target.text == "Israel"


def test_a_party_keeps_the_bracket_its_name_opens() -> None:
    """'the European Union (EU)': the parser may hang the ")" on the verb; the party and the evidence
    that holds it keep it."""
    text = "Efforts on leaving the European Union (EU) were described by Johnson as historic."
    article = _one(text)
    event = _event_at(text, "leaving")
    assert event.target.text == "the European Union (EU)"
    assert article.text[event.evidence.start : event.evidence.end].endswith("(EU)")


def test_a_title_from_a_place_before_a_name_is_the_person() -> None:
    """'United States Senator from Vermont Bernie Sanders': the parser makes the name the object of
    "from"; the party is the senator, not the United States."""
    text = "On Monday, United States Senator from Vermont Bernie Sanders endorsed Joe Biden for president."
    article = _one(text)
    event = _event_at(text, "endorsed")
    assert event.source.text == "United States Senator from Vermont Bernie Sanders"
    assert next(a.name for a in article.actors if a.id == event.source.actor) == "Bernie Sanders"


@pytest.mark.parametrize(
    ("text", "trigger", "source", "target"),
    [
        ("The Walmart shooting left 22 dead.", "shooting", None, "Walmart"),
        ("The event was moved after the Pulse nightclub shooting in Orlando.", "shooting", None,
         "the Pulse nightclub"),
        ("The Taliban attack left 22 dead.", "attack", "Taliban", None),
        ("The Ansar Front attack killed ten.", "attack", "Ansar Front", "ten"),
        ("The UVF attack killed ten.", "attack", "UVF", "ten"),
    ],
)  # fmt: skip
def test_a_place_an_attack_is_named_by_is_where_not_who(
    text: str, trigger: str, source: str | None, target: str | None
) -> None:
    event = _event_at(text, trigger)
    assert (event.source.text, event.target.text) == (source, target)


@pytest.mark.parametrize(
    ("text", "trigger", "party"),
    [
        ("It was reported on Saturday Sirhan Sirhan was stabbed in the neck.", "stabbed", "Sirhan Sirhan"),
        ("On Friday, 28-year-old Usman Khan stabbed two people.", "stabbed", "28-year-old Usman Khan"),
    ],
)
def test_a_date_run_into_a_name_is_no_part_of_it(text: str, trigger: str, party: str) -> None:
    """'on Saturday Sirhan Sirhan': the parser may make the day a word of the name; an age stays."""
    event = _event_at(text, trigger)
    assert party in (event.source.text, event.target.text)


def test_flak_caught_from_someone_is_criticism_received() -> None:
    """'Caught flak from Republicans': the subject is criticised, as with 'drew criticism from'."""
    event = _event_at("Clinton caught flak from Republicans over the deal.", "flak")
    assert (event.source.text, event.target.text) == ("Republicans", "Clinton")


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Opposition leader denied bail", None, "Opposition leader"),
        ("The shooter's friend denied bail.", None, "The shooter's friend"),
        ("The court denied bail to the opposition leader.", "The court", "the opposition leader"),
        ("The judge denied bail on Monday.", "The judge", None),
    ],
)
def test_a_headline_denial_of_bail_is_done_to_its_subject(
    text: str, source: str | None, target: str | None
) -> None:
    """'X denied bail' is 'X was denied bail' (headlines leave out "was"); a judge or a court that
    denied it did so."""
    event = _event_at(text, "denied")
    assert (event.type, event.source.text, event.target.text) == ("REJECT", source, target)


def test_a_vehicle_driven_into_a_crowd_is_a_ramming_attack_with_no_party() -> None:
    """'A truck rammed into a crowd ..., killing at least 80': the truck is the weapon (no attacker
    named) and the toll is the attack's; a car that struck a pedestrian is still a crash."""
    text = "A truck rammed into a crowd celebrating Bastille Day in Nice, killing at least 80 people."
    event = _event_at(text, "rammed")
    assert (event.type, event.source.text, event.target.text, event.fatalities) == (
        "ASSAULT",
        None,
        "a crowd",
        80,
    )
    assert _one("A car struck a pedestrian on Main Street, killing her.").events == []


def test_those_slaughtered_are_counted_as_dead() -> None:
    """'Slaughtered 49 people' counts 49 dead, as 'massacred' and 'killed' do."""
    event = _event_at("The gunmen slaughtered 49 people at the club.", "slaughtered")
    assert (event.type, event.fatalities) == ("ASSAULT", 49)
