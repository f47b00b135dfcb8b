"""Whom PLOVER covers (eventwire.events.coverage): a company's act toward no political actor is
no event; toward a government or an IGO it is."""

from __future__ import annotations

import pytest

import eventwire
from eventwire.config import Config
from eventwire.events.coverage import unlikely
from eventwire.nlp import SpacyBackend
from tests.helpers import analyse, at_word


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The company apologized for its website being inaccessible.",
        "The company apologized to its customers on Monday.",
        "Tesla Inc. sued the blogger for defamation.",  # a legal form makes a name a company
        "Acme Ltd accused its rival of fraud.",
        # deals in firms and stakes between parties of no state (firms the dictionaries may not know)
        "Google agreed to buy Fitbit.",
        "Exxon agreed to acquire Pioneer for 60 billion dollars.",
        "Bayer agreed to merge with Monsanto.",
    ],
)
def test_a_company_toward_private_parties_is_no_event(spacy_backend: SpacyBackend, text: str) -> None:
    assert analyse(spacy_backend, text).events == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Google agreed to pay a fine to the European Commission.", "AGREE"),
        ("Shell signed a deal with Nigeria.", "SUPPORT"),
        ("The company sued the Ministry of Health.", "ACCUSE"),
        ("Tesco plc sued the government.", "ACCUSE"),
        ("The government agreed to buy vaccines from Pfizer.", "AGREE"),
    ],
)
def test_a_company_toward_a_political_actor(spacy_backend: SpacyBackend, text: str, kind: str) -> None:
    assert kind in {e.type for e in analyse(spacy_backend, text).events}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("China and Russia have pledged funds for the reconstruction.", "pledged"),
        ("California outlawed the death penalty in 1972.", "outlawed"),
        ("Authorities seized 126 skins and two live jackals.", "seized"),
        # an occasion people attend is no party: the people there are, whom it does not name
        ("The Boston Marathon bombing was one of the bloodiest attacks in the country.", "bombing"),
        ("A suicide bomber attacked a concert in Manchester.", "attacked"),
    ],
)
def test_a_thing_is_no_target(spacy_backend: SpacyBackend, text: str, word: str) -> None:
    art = analyse(spacy_backend, text)
    events = [e for e in art.events if at_word(art, e, word)]
    assert events and all(e.target.text is None for e in events)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Gunmen attacked a checkpoint in Kirkuk.", "a checkpoint"),  # attacks on places are coded
        ("We finished the last round of dialogue with the international coalition.", "coalition"),
    ],
)
def test_places_attacked_and_groups_stay_targets(spacy_backend: SpacyBackend, text: str, target: str) -> None:
    art = analyse(spacy_backend, text)
    assert any(target in (e.target.text or "") for e in art.events)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "A helicopter under contract to the company struck power lines and crashed near Fairfield.",
        "Warm water circulation is attacking the undersides of the ice shelves.",
        "Mandatory sentencing called for at least 20 years in prison.",
        "Typhoon Hagibis struck Japan on Saturday, killing at least 35 people.",  # named, still no one
        "Typhoon Phanfone struck the Philippines on Christmas Day. It also blocked roads.",  # "it" too
        "Firefighters battled the blaze for six hours.",  # the fire-fighting sense of battle
        # what a provision calls for or demands is what it requires: no one's request
        "The plan calls for the withdrawal of all troops from Syria.",
        "The Constitution demands a trial for the president.",
        "The new law encourages companies to hire veterans.",
    ],
)
def test_a_thing_that_cannot_act_does_no_act(spacy_backend: SpacyBackend, text: str) -> None:
    assert analyse(spacy_backend, text).events == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("A car bomb killed five soldiers in Kabul on Monday.", "ASSAULT"),
        ("Shelling hit the town of Idlib overnight.", "ASSAULT"),
        ("The statement condemned the attack on the embassy.", "ACCUSE"),
        # the press is a body of people; a column or an ad stands for its authors
        ("Members of the conservative press accused Clinton of lying.", "ACCUSE"),
        ("A popular column in the Asahi newspaper attacked the comment.", "ACCUSE"),
        ("A new Clinton ad attacked Trump.", "ACCUSE"),
        ("Thousands marched in Santiago to demand reforms.", "PROTEST"),
        ("Saboteurs blew up a gas pipeline in the north.", "ASSAULT"),
        # nations, cities and political sides are bodies of people
        ("While 54 nations have signed the treaty, only 27 have ratified it.", "SUPPORT"),
        ("The resolution said the city condemns anti-refugee rhetoric.", "ACCUSE"),
        ("The UN resolution demands that Israel halt settlement construction.", "REQUEST"),
        ("A court order barred him from leaving the country.", "COERCE"),
        ("Opponents on the left accused the senator of lying.", "ACCUSE"),
    ],
)
def test_weapons_documents_and_people_act(spacy_backend: SpacyBackend, text: str, kind: str) -> None:
    """A weapon stands for an attacker no one names, a statement for its authors."""
    assert kind in {e.type for e in analyse(spacy_backend, text).events}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Poachers killed three rhinos in Kruger National Park last month.",
        "Hunters shot a wolf that had been killing sheep.",
        "Volunteers rescued 12 dolphins stranded on the beach.",
        "The lodge owner was killed by his lions on Tuesday.",  # done by an animal
    ],
)
def test_an_act_done_to_an_animal_is_no_event(spacy_backend: SpacyBackend, text: str) -> None:
    assert analyse(spacy_backend, text).events == []


@pytest.mark.model
def test_an_act_beside_an_animal_keeps_its_people(spacy_backend: SpacyBackend) -> None:
    """Only the target's head decides: storm victims are people, a cattle raid's herders too."""
    events = analyse(spacy_backend, "Gunmen killed two herders and stole their cattle.").events
    assert "ASSAULT" in {e.type for e in events}
    events = analyse(spacy_backend, "Police dogs attacked the protesters.").events  # the police's act
    assert "ASSAULT" in {e.type for e in events}


@pytest.mark.model
def test_denying_a_charge_is_no_rejection(spacy_backend: SpacyBackend) -> None:
    """Denying responsibility or a charge is CAMEO 016, which PLOVER dropped; denying a visa is not."""
    assert analyse(spacy_backend, "The charge was denied by Irma Tchkadua, his lawyer.").events == []
    denied = analyse(spacy_backend, "Egypt denied entry to the Iranian delegation on Sunday.").events
    assert "REJECT" in {e.type for e in denied}


@pytest.mark.model
def test_a_dictionary_verb_needs_a_state_or_political_source(spacy_backend: SpacyBackend) -> None:
    """The CAMEO verb dictionary codes the acts of political actors, not of "two people"."""
    assert analyse(spacy_backend, "Two people returned from Italy on March 8.").events == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("A bomb exploded near the market in Kabul on Monday.", "exploded"),
        ("A truck bomb went off in the city centre.", "went off"),
        ("The suspects set off the devices.", "set off"),
        ("A bomb blast in Quetta killed 12.", "blast"),
    ],
)
def test_a_bomb_that_explodes_is_an_attack(spacy_backend: SpacyBackend, text: str, trigger: str) -> None:
    art = analyse(spacy_backend, text)
    assert [(e.type, e.mode, art.text[e.trigger.start : e.trigger.end]) for e in art.events if e.trigger] == [
        ("ASSAULT", "explosives", trigger)
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "A gas tank exploded at the plant.",
        "The fire alarm went off at noon.",
        "Prices exploded last year.",
        "Fireworks went off at midnight.",
    ],
)
def test_what_explodes_by_accident_is_no_attack(spacy_backend: SpacyBackend, text: str) -> None:
    assert analyse(spacy_backend, text).events == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("A car bomb killed five soldiers in Kabul.", None, "five soldiers"),
        ("Israeli air strikes killed 12 people in Gaza.", "Israeli", "12 people"),
        (
            "A suicide bomber detonated his explosive vest outside the mosque.",
            "A suicide bomber",
            "the mosque",
        ),
        ("The attack by Israeli drones killed five people.", "Israeli", "five people"),
        ("Police said the attack by a fertilizer bomb killed five people.", None, "five people"),
        # where a bomb went off, a site there is what it struck; a town is only the place
        ("A bomb exploded outside a police station in Kabul.", None, "a police station"),
        ("He set off a bomb in a crowded restaurant.", "He", "a crowded restaurant"),
        ("A bomb exploded in Kabul on Monday.", None, None),
        # a named building or a coach before the attack's noun is what was struck, not who struck
        ("The World Trade Center bombing injured over a thousand people.", None, "World Trade Center"),
    ],
)
def test_a_weapon_is_an_instrument_not_a_party(
    spacy_backend: SpacyBackend, text: str, source: str | None, target: str | None
) -> None:
    """PLOVER's source is an actor: a bomb that killed has no one named behind it."""
    (event,) = analyse(spacy_backend, text).events
    assert (event.source.text, event.target.text) == (source, target)


@pytest.mark.model
@pytest.mark.parametrize(
    "text", ["The gunman killed himself after the rampage.", "The soldier shot himself in the foot."]
)
def test_harm_done_to_oneself_is_no_attack(spacy_backend: SpacyBackend, text: str) -> None:
    assert analyse(spacy_backend, text).events == []


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    ["The group denied responsibility for the bombing.", "ISIS did not claim responsibility for the attack."],
)
def test_denying_responsibility_names_no_attacker(spacy_backend: SpacyBackend, text: str) -> None:
    assert all(e.source.text is None for e in analyse(spacy_backend, text).events)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("A police raid on the house left two dead.", "police"),
        ("An army offensive killed 30 militants.", "army"),
        ("A school shooting in Texas killed 19 children.", None),  # the school is where, not who
        ("The mosque bombing killed 30 worshippers.", None),
    ],
)
def test_a_body_named_before_an_acts_noun_did_it(
    spacy_backend: SpacyBackend, text: str, source: str | None
) -> None:
    (event,) = analyse(spacy_backend, text).events
    assert event.source.text == source


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Police often arrest protesters in the capital.",
        "The minister usually meets the king on Mondays.",
        # the parser hangs "center" on "meetings" as its clause
        "Unlike the G20, which focuses on economics, G7 meetings usually center on politics.",
    ],
)
def test_a_habit_is_no_act_at_a_time(spacy_backend: SpacyBackend, text: str) -> None:
    assert analyse(spacy_backend, text).events == []


@pytest.mark.model
def test_acts_done_often_in_the_past_are_acts(spacy_backend: SpacyBackend) -> None:
    assert analyse(spacy_backend, "Israel often bombed Gaza in 2014.").events


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # an act given "from" someone is theirs; who receives or draws it is its target
        ("Kyiv received military aid from the United States.", "the United States", "Kyiv"),
        ("The plan drew criticism from the opposition.", "the opposition", None),
        ("He escaped an attack from militants.", "militants", "He"),
        # leaving "from" a place: the place stays the target
        ("The US withdrawal from Afghanistan was completed in August.", "US", "Afghanistan"),
    ],
)
def test_an_act_from_someone_is_theirs(
    spacy_backend: SpacyBackend, text: str, source: str | None, target: str | None
) -> None:
    (event,) = analyse(spacy_backend, text).events
    assert (event.source.text, event.target.text) == (source, target)


@pytest.mark.model
def test_a_passive_subject_stays_the_target(spacy_backend: SpacyBackend) -> None:
    """The teenager, not the later actor of the clause, was accused (the insult he is accused of is
    an act of its own, only alleged)."""
    art = analyse(spacy_backend, "The teenager was accused of insulting the police.")
    (accuse,) = [e for e in art.events if e.type == "ACCUSE" and e.modality == "asserted"]
    assert accuse.target.text == "The teenager"
    (insult,) = [e for e in art.events if e.type == "ACCUSE" and e.modality == "uncertain"]
    assert insult.target.text == "the police"


@pytest.mark.model
def test_fans_who_fight_police_are_no_game(spacy_backend: SpacyBackend) -> None:
    """Fans are people, and a fight with police is no sport play, stadium or not."""
    events = analyse(spacy_backend, "Fans clashed with police outside the stadium.").events
    assert [(e.type, e.source.text, e.target.text) for e in events] == [("ASSAULT", "Fans", "police")]


@pytest.mark.model
def test_a_demonstrative_is_no_party(spacy_backend: SpacyBackend) -> None:
    (event,) = analyse(spacy_backend, "The ministers are still discussing that.").events
    assert event.target.text is None


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Thank you for agreeing for this interview.",  # an interview's "I" and "you"
        "But either one demonstrates that the system is not technically a community.",  # showing
        "Biden led President Donald Trump in the RealClearPolitics polling average.",  # a poll
    ],
)
def test_interviews_showing_and_polls_are_no_events(spacy_backend: SpacyBackend, text: str) -> None:
    assert analyse(spacy_backend, text).events == []


@pytest.mark.model
def test_a_quoted_i_is_its_speaker(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, 'Bolton wrote on Twitter: "I offered to resign last night."')
    assert art.events


@pytest.mark.model
def test_what_is_discussed_is_no_party(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "The two ministers discussed his background and the COVID-19 pandemic.")
    assert [e.target.text for e in art.events] == [None]
    # one party discussing a topic with no one holds no talks at all (senses._discussed_alone)
    assert analyse(spacy_backend, "Collins discusses his background and the COVID-19 pandemic.").events == []
    art = analyse(spacy_backend, "The minister discussed trade with his Chinese counterpart.")
    assert [e.target.text for e in art.events] == ["his Chinese counterpart"]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "SARS-CoV-2 has already killed more than 1,000 people.",  # a virus, named by its compound
        "YouTube also hosts many audio and video recordings.",
        "Red Hat has invested a good deal of resources into the project.",
        "His moderate politics have clashed with some of the stances of national leaders.",
        "Two candidates also paid the fee to qualify for the ballot.",
    ],
)
def test_other_senses_of_host_deal_clash_pay_and_harm_by_disease(
    spacy_backend: SpacyBackend, text: str
) -> None:
    assert analyse(spacy_backend, text).events == []


@pytest.mark.model
def test_who_tells_of_an_attack_did_not_attack(spacy_backend: SpacyBackend) -> None:
    art = analyse(
        spacy_backend, "The Foreign Ministry of Iraq characterized the attack as a serious violation."
    )
    assert [e.source.text for e in art.events] == [None]
    art = analyse(spacy_backend, "The Taliban carried out an attack on the base.")
    assert [e.source.text for e in art.events] == ["The Taliban"]


#: (sentence, trigger, source, target) of the party rules written on 2026-12-01 (evening)
PARTIES_AT = [
    # who owns up to an act is its author, by their own word; and a relative clause tells its target
    ("The Taliban claimed responsibility for the attack, which targeted a military academy.",
     "attack", "The Taliban", "a military academy"),
    # a gerund after "before", "after" shares the subject of the verb it hangs on
    ("A man stabbed three people at a train station before being arrested.", "arrested", None, "A man"),
    ("He fled after attacking two police officers.", "attacking", "He", "two police officers"),
    # "of" names who acts for a visit, a resignation, a protest
    ("The visit of the Pope to Iraq was hailed as historic.", "visit", "the Pope", "Iraq"),
    ("A protest of farmers blocked the highway.", "protest", "farmers", None),
    ("The request of the Municipality of Livorno was upheld by the court.", "request", "Livorno", None),
    ("The demands of the protesters were rejected by the government.", "demands", "the protesters", None),
    # ... but not when a party makes the request of someone: whom it asks
    ("The senator says he is making a demand of the president.", "demand", "he", "the president"),
    # who condemns a killing did not kill; an act that sparks another is no one
    ("The killing of the journalist was condemned by the UN.", "killing", None, "the journalist"),
    ("The arrest of the opposition leader sparked protests.", "protests", None, None),
    # an attack or a weapon as the passive's agent stands for who used it
    ("Oil facilities were hit by multiple drone strikes.", "hit", None, "Oil facilities"),
    ("The base was attacked by Israeli air strikes.", "attacked", "Israeli", "The base"),
    # "according to" names who says so, not whom the act is done to
    ("Federal authorities are investigating the shooting, according to prosecutor Josh Bash.",
     "investigating", "Federal authorities", None),
    # an attack's "with" is its weapon; a clash's or a talk's is the other side
    ("The attack with knives on the synagogue shocked the city.", "attack", None, "the synagogue"),
    ("Talks with the Taliban resumed in Doha.", "Talks", None, "the Taliban"),
]  # fmt: skip


@pytest.mark.model
@pytest.mark.parametrize(("text", "trigger", "source", "target"), PARTIES_AT)
def test_the_parties_of_the_act_at_a_trigger(
    spacy_backend: SpacyBackend, text: str, trigger: str, source: str | None, target: str | None
) -> None:
    art = analyse(spacy_backend, text)
    (event,) = [e for e in art.events if at_word(art, e, trigger)]
    assert (event.source.text, event.target.text) == (source, target)


#: an obituary of a musician: eight sentences, no actor of a political sector
OBITUARY = (
    "Singer Jane Roe died on Monday at the age of 78. "
    "Born in Ohio, she met guitarist John Doe in 1961. "
    "She collaborated with Doe and the pianist Sam Poe for two decades. "
    "The band released nine albums. "
    "Roe retreated to New Mexico in the 1980s. "
    "Her classmates had encouraged her to sing. "
    "She won three awards. "
    "She is survived by two sons."
)


@pytest.mark.model
def test_an_article_with_no_political_actor_yields_no_event(spacy_backend: SpacyBackend) -> None:
    assert analyse(spacy_backend, OBITUARY).events == []


@pytest.mark.model
def test_a_short_text_is_not_judged_by_its_actors(spacy_backend: SpacyBackend) -> None:
    # one sentence is too little to judge the article's content by: the act is coded
    assert [e.type for e in analyse(spacy_backend, "She met guitarist John Doe in 1961.").events] == [
        "CONSULT"
    ]


@pytest.mark.model
def test_a_political_article_keeps_its_events(spacy_backend: SpacyBackend) -> None:
    text = OBITUARY.replace("She won three awards.", "Police arrested her in 1970 and the army detained her.")
    assert "COERCE" in {e.type for e in analyse(spacy_backend, text).events}


#: a walk-out at schools: eight sentences, no actor of a political sector, yet a demonstration
SCHOOL_PROTEST = (
    "Parents at the Lincoln school love its music classes. "
    "Their children sing in the choir. "
    "On Thursday, hundreds of parents and teachers protested outside the school. "
    "They marched to the town hall. "
    "The organisers called for more money for music classes. "
    "The choir sang for them. "
    "The walk-out lasted two hours. "
    "Another is planned for May."
)

#: a football report: eight sentences, no political actor; a team's protest is the game's own
MATCH_REPORT = (
    "Leeds beat York 2-1 on Saturday. "
    "The striker scored twice in the first half. "
    "The players protested the referee's decision after the second goal. "
    "Fans rallied behind the team. "
    "York pressed late. "
    "The goalkeeper saved a penalty. "
    "The coach praised his defence. "
    "Leeds play Hull next week."
)


@pytest.mark.model
def test_a_protest_is_coded_in_an_article_with_no_political_actor(spacy_backend: SpacyBackend) -> None:
    # a demonstration is politics in itself (coverage.POLITICAL_IN_ITSELF); the demand stays out
    art = analyse(spacy_backend, SCHOOL_PROTEST)
    assert {e.type for e in art.events} == {"PROTEST"}
    assert [art.text[e.trigger.start : e.trigger.end] for e in art.events if e.trigger][:1] == ["protested"]
    assert analyse(spacy_backend, MATCH_REPORT).events == []


#: campaign news of 2016: two former officials (CAMEO ELI) and a candidate no dictionary knows
CAMPAIGN = (
    "Hillary Clinton met Bernie Sanders in Washington on Tuesday. "
    "The meeting lasted an hour. "
    "Bill Clinton joined them later. "
    "Sanders has not yet ended his campaign. "
    "His supporters want a voice in the platform. "
    "The primary season ended last week. "
    "The convention opens in July. "
    "Both camps described the talks as cordial."
)


@pytest.mark.model
def test_former_officials_make_an_article_political(spacy_backend: SpacyBackend) -> None:
    # Hillary and Bill Clinton were out of office in 2016 (ELI, with a country): politics all the same
    art = analyse(spacy_backend, CAMPAIGN, published="2016-06-14")
    assert {(a.name, a.sector) for a in art.actors} >= {("Hillary Clinton", "ELI"), ("Bill Clinton", "ELI")}
    assert "CONSULT" in {e.type for e in art.events}


@pytest.mark.model
def test_an_unlikely_event_is_left_out_of_an_article_not_out_of_a_sentence(
    spacy_backend: SpacyBackend,
) -> None:
    sentence = "The foreign minister said Mexico would consider charging the gunman with terrorism."
    filler = " ".join(
        f"The police chief met the governor on day {n} to discuss the case." for n in range(1, 9)
    )
    alone = analyse(spacy_backend, sentence)
    article = analyse(spacy_backend, f"{filler} {sentence}")
    start = article.text.index("Mexico")
    in_article = [e for e in article.events if e.trigger is not None and e.trigger.start > start]
    floor = Config().events.min_confidence_other_types  # ACCUSE: not an act of force
    assert min(e.confidence for e in alone.events) < floor  # "consider": a dictionary's guess
    assert in_article and all(e.confidence >= floor for e in in_article)
    assert {e.type for e in in_article} == {"ACCUSE"}


@pytest.mark.parametrize(("kind", "left_out"), [("ASSAULT", False), ("COERCE", False), ("ACCUSE", True)])
def test_other_types_need_more_confidence_than_acts_of_force(
    spacy_backend: SpacyBackend, kind: str, left_out: bool
) -> None:
    """Between the two floors, an attack, an arrest or a protest is kept; an event of another type
    is not."""
    text = " ".join(f"The police chief met the governor on day {n} to discuss the case." for n in range(1, 9))
    article = analyse(spacy_backend, text)
    assert article.parse is not None
    settings = Config().events
    between = (settings.min_confidence + settings.min_confidence_other_types) / 2
    event = article.events[0].model_copy(update={"type": kind, "confidence": between})
    assert unlikely(article.parse, event) is left_out


@pytest.mark.parametrize(
    ("text", "kind", "kept"),
    [
        ("Five Turkish Americans donated to Senator Ayotte that day.", "AID", False),
        ("The United States donated $5 million to the Iraqi government.", "AID", True),
        ("Senator Rubio held a rally in Hialeah on Monday.", "PROTEST", False),
        ("Opposition leader Tsikhanouskaya held a rally in Minsk.", "PROTEST", True),
        ("Polling shows Trump crushing Senator Rubio in Florida.", "ASSAULT", False),
    ],
)
def test_a_campaigns_money_rallies_and_wins_are_no_acts(text: str, kind: str, kept: bool) -> None:
    """Money given to a politician by private donors, a politician's rally and one politician
    beating another are an election campaign; a state's aid and an opposition's rally are acts."""
    [article] = eventwire.process([text], published="2016-03-05")
    assert (kind in {e.type for e in article.events}) is kept


#: a campaign story: the words that make one (campaign, voters, candidate, primary, nomination)
CAMPAIGN_STORY = "The campaign says voters like the candidate, who won the primary and the nomination. "


@pytest.mark.parametrize(
    ("text", "agree"),
    [
        # a campaign pledge to voters of a policy: no AGREE (the guidelines' table: a promise of
        # future aid, cooperation or a meeting)
        (CAMPAIGN_STORY + "Trump has promised to build a massive wall along the border.", False),
        (CAMPAIGN_STORY + "Sanders vowed to take his campaign all the way to the convention.", False),
        # a promise of a meeting, a promise to someone, and a promise outside campaign coverage stay
        (CAMPAIGN_STORY + "Clinton promised to meet Putin in her first month in office.", True),
        (CAMPAIGN_STORY + "Clinton promised Iran to lift the sanctions.", True),
        ("Trump has promised to build a massive wall along the border.", True),
    ],
)
def test_a_campaign_pledge_to_voters_is_no_agreement(
    spacy_backend: SpacyBackend, text: str, agree: bool
) -> None:
    article = analyse(spacy_backend, text)
    assert ("AGREE" in {e.type for e in article.events}) is agree, [
        (e.type, e.trigger) for e in article.events
    ]
