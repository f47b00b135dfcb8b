"""More senses of trigger words that name no political act, and attacks made in words.

Sentences written for this test (no gold set was read to write them or the rules): each rule has
one sentence that loses its event and one in the political sense that keeps it.
"""

from __future__ import annotations

import pytest

from eventwire.nlp import SpacyBackend
from tests.helpers import analyse, assert_no_event_at, assert_type_coded, types_at

pytestmark = pytest.mark.model

#: a word used in a sense that names no political act: no event at that word
OTHER_SENSES = [
    ("The ambassador tried to strike up a friendship with the minister.", "strike"),
    ("The governor's campaign quickly caught fire with young activists.", "caught"),
    ("After the hearing, the senator said the judge's mind is shot.", "shot"),
    ("The mayor fought off a challenge from a city councilman in the primary.", "fought"),
    ("The senator declined an interview request from the newspaper.", "declined"),
    ("Moderators asked questions of the candidates for two hours.", "asked"),
    ("The governor campaigned with nurses in Ohio on Tuesday.", "campaigned"),
    ("The senator's blue-collar appeal helped him in the Rust Belt.", "appeal"),
    ("The candidate has demonstrated a fondness for authoritarian rulers.", "demonstrated"),
    ("The report demonstrated that the program had failed.", "demonstrated"),
    ("Democrats and allied labor groups raised more money than expected.", "allied"),
    ("The senator went on to discuss his opposition to the trade deal.", "discuss"),
    ("The governor has fired his campaign manager and two aides.", "fired"),
    ("Wealthy donors who fund super PACs gave record sums this year.", "fund"),
    ("The governor wrested back control of the race with a win in the primary.", "wrested"),
    ("The senator rejected the notion that he was soft on crime.", "rejected"),
    ("The governor named two senators when asked to pick a possible running mate.", "asked"),
    ("The magazine talked with the governor on the latest episode of its podcast.", "talked"),
    ("The candidate has warned voters about violent criminals.", "warned"),
    ("Unemployment fell to 5 percent, a milepost that the governor was able to hit in 2014.", "hit"),
    ("The documentary is a film that the senator shot in Ohio.", "shot"),
    ("The health minister, who has held that portfolio for a few days, resigned.", "held"),
    ("In the interview, the two did not discuss his criticisms of the governor.", "criticisms"),
    ("Voters responded to the mayor's call for calm.", "call"),
    ("The senator has repeatedly answered the family's criticism with harsh words.", "criticism"),
    ("The two leaders issued a statement describing their meeting as positive.", "meeting"),
    ("Campaign officials looked into what the consequences would be if he quit.", "looked"),
    ("The council is looking into the possibility of a new tax.", "looking"),
    ("She looked into the camera and smiled.", "looked"),
    ("He spoke at a forum hosted by an advocacy group in Las Vegas.", "hosted"),
    ("The president spoke to reporters on Monday.", "spoke"),
    ("The governor marched in the city's annual parade on Sunday.", "marched"),
    ("The crowd enthusiastically cheered the candidate's words.", "cheered"),
    ("Six thousand people packed the arena to cheer him on.", "cheer"),
    ("Shares fell after the company was hit with a lawsuit.", "hit"),
    ("The airline was hit with a backlash from customers.", "hit"),
    ("We will fight for an America that works for everyone.", "fight"),
    ("The study was published on Monday. Researchers attacked the virus with a new drug.", "attacked"),
    ("The debate was held. Sanders pushed Clinton on her Wall Street ties.", "pushed"),
    ("The exhibition opened on Friday. Critics slammed the show as shallow.", "slammed"),
    ("The show aired on Friday. Fans mocked the finale online.", "mocked"),
    ("The storm hit the coast on Saturday. It blocked roads and cut power to thousands.", "blocked"),
    ("The market opened on Monday. The company invaded the smartphone market with a cheap phone.", "invaded"),
    ("Soldiers threw their guns down on the ground to help the people.", "threw"),
    ("The government is slowly killing the free press.", "killing"),
    ("Bystanders rushed to free the dead and wounded from the rubble.", "wounded"),
    ("Among the 141 injured were four children.", "injured"),
    ("Colombia has significantly reduced bomb attacks and murders in recent years.", "attacks"),
    ("The tower was fenced off to guard against terror attacks.", "attacks"),
    ("Police are working to combat robberies and shootings.", "shootings"),
    ("The striker fired a shot past the keeper in the 89th minute.", "fired"),
    ("Manchester United crushed Leeds 6-2 on Sunday.", "crushed"),
    ("The central bank raised interest rates to fight inflation.", "fight"),
    ("Fans stormed the pitch after the final whistle.", "stormed"),
    ("The general commanded the troops in Afghanistan for two years.", "commanded"),
    ("The judge instructed the jury on the law.", "instructed"),
    ('"We are proud," the captain told the press, "to show what the team can do."', "told"),
]

#: the same words in their political sense: the event stays
POLITICAL_SENSES = [
    ("Rebels struck the army base on Monday.", "ASSAULT"),
    ("The show aired on Friday. The president criticized the show for mocking him.", "ACCUSE"),
    ("The bill passed on Friday. Critics slammed the bill as a giveaway.", "ACCUSE"),
    ("The village was hit with artillery fire.", "ASSAULT"),
    ("The volunteers fought for Ukraine in 2022.", "ASSAULT"),
    ("Police caught the suspect near the border on Sunday.", "COERCE"),
    ("A gunman shot the mayor outside city hall.", "ASSAULT"),
    ("Militants fought government troops near the capital.", "ASSAULT"),
    ("The minister declined the invitation of the opposition to talks.", "REJECT"),
    ("The president asked Congress to pass the bill.", "REQUEST"),
    ("The governor made an urgent appeal for calm after the riots.", "REQUEST"),
    ("Thousands demonstrated against the war outside parliament.", "PROTEST"),
    ("Students demonstrated outside parliament on Sunday.", "PROTEST"),
    ("The rebel group allied with the army against the militants.", "COOPERATE"),
    ("The senator went on to discuss the trade deal with the Chinese premier.", "CONSULT"),
    ("Soldiers fired on the prosecutor's car near the court.", "ASSAULT"),
    ("The World Bank will fund a hospital for refugees in Jordan.", "AID"),
    ("Republicans in the Senate rejected the proposal on Monday.", "REJECT"),
    ("When asked to resign by the party, the minister refused.", "REQUEST"),
    ("The president talked with the chancellor on Monday about the war.", "CONSULT"),
    ("Iran warned of retaliation against the United States.", "THREATEN"),
    ("The man whom the police shot on Monday was unarmed.", "ASSAULT"),
    ("Police held the suspect for two days.", "COERCE"),
    ("Rebels threw grenades at the convoy.", "ASSAULT"),
    ("The bomb killed two soldiers and wounded three civilians.", "ASSAULT"),
    ("Troops repelled attacks by rebels near the border.", "ASSAULT"),
    # rioters who storm a building riot (PLOVER PROTEST 'riot'); gunmen who storm one attack it
    ("Rioters stormed the Capitol on January 6.", "PROTEST"),
    ("Gunmen stormed the Capitol on January 6.", "ASSAULT"),
    ("Rebels attacked the town on 12-13 May.", "ASSAULT"),
    ("A strike in North Waziristan killed 8-10 people.", "ASSAULT"),
    ("The United States hit Iran with new sanctions.", "SANCTION"),
    ("The company was hit with a 5 million dollar fine.", "SANCTION"),
    ("The senator commanded the party to open its doors.", "REQUEST"),
    ("The ministry instructed embassies to close on Friday.", "REQUEST"),
    ("The FBI is looking into whether the senator broke the law.", "ACCUSE"),
    ("The president delivered a spirited defense of Clinton on Tuesday.", "SUPPORT"),
    ("The senator extolled the governor in a speech on Monday.", "SUPPORT"),
    ("Clinton hit Sanders on his record on guns.", "ACCUSE"),
    ("Clinton attacked Sanders for his business record.", "ACCUSE"),
    ("Sanders backed Obama in the general election.", "SUPPORT"),
    ("The report sparked backlash from members of the press.", "ACCUSE"),
    ("Reid said he had spoken to Homeland Security Secretary Jeh Johnson.", "CONSULT"),
    ("The secretary of state applauded the ruling on Monday.", "SUPPORT"),
    ("Senator Boxer said she had reached out to Mr. Sanders about unity.", "CONSULT"),
    ("The gunmen slaughtered worshippers at the mosque.", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "word"), OTHER_SENSES)
def test_another_sense_gives_no_event(spacy_backend: SpacyBackend, text: str, word: str) -> None:
    assert_no_event_at(spacy_backend, text, word, "2016-03-09")


@pytest.mark.parametrize(("text", "kind"), POLITICAL_SENSES)
def test_the_political_sense_is_still_coded(spacy_backend: SpacyBackend, text: str, kind: str) -> None:
    assert_type_coded(spacy_backend, text, kind, "2016-03-09")


#: attacks that their own words say were made in words: no ASSAULT
ATTACKS_IN_WORDS = [
    ("The governor attacked the senator with a string of insults.", "attacked"),
    ("Her team was focused on attacking the governor as dishonest and reckless.", "attacking"),
    ("The senator relentlessly attacked the bankers from the Senate floor.", "attacked"),
    ("The candidate has targeted his rival's donors, calling them crooks.", "targeted"),
    ("The mayor complained about scurrilous attacks on his family.", "attacks"),
    ("The governor said he is under political attack because of the polls.", "attack"),
    ("She is the campaign's answer to the attacks that the senator is dishonest.", "attacks"),
    ("His apology followed an attack he leveled at the governor over the budget.", "attack"),
    ("The mayor vowed to protect the program from Republican assault.", "assault"),
]

#: attacks with a weapon or on people hurt, and relative clauses: still ASSAULT
ATTACKS_BY_FORCE = [
    ("Gunmen attacked the convoy from the hillside, killing four soldiers.", "attacked"),
    ("The army shot down the drone, blaming a technical fault.", "shot"),
    ("The report listed the attacks that the militia took part in.", "attacks"),
]


@pytest.mark.parametrize(("text", "word"), ATTACKS_IN_WORDS)
def test_an_attack_made_in_words_is_no_assault(spacy_backend: SpacyBackend, text: str, word: str) -> None:
    assert "ASSAULT" not in types_at(spacy_backend, text, word)


@pytest.mark.parametrize(("text", "word"), ATTACKS_BY_FORCE)
def test_an_attack_by_force_stays_one(spacy_backend: SpacyBackend, text: str, word: str) -> None:
    assert "ASSAULT" in types_at(spacy_backend, text, word)


def test_an_act_noun_dated_by_a_possessive_only_frames_a_time(spacy_backend: SpacyBackend) -> None:
    """'soon after Sunday's massacre': a known act that dates another; its own report stays."""
    assert (
        types_at(spacy_backend, "Soon after Sunday's massacre in the city, the senator spoke.", "massacre")
        == []
    )
    assert "ASSAULT" in types_at(spacy_backend, "Sunday's massacre in the city killed 49 people.", "massacre")


def test_an_infinitive_with_a_for_subject_is_not_yet_done(spacy_backend: SpacyBackend) -> None:
    """'campaigning for Britain to leave the EU' seeks the act; time taken to do it tells it done."""
    sought = analyse(
        spacy_backend, "One group campaigning for Britain to leave the European Union held a rally."
    )
    assert [e.modality for e in sought.events if e.type == "SANCTION"] == ["uncertain"]
    done = analyse(spacy_backend, "It took two hours for police to arrest the gunman.")
    assert [e.modality for e in done.events if e.type == "COERCE"] == ["asserted"]
    judged = analyse(spacy_backend, "He said it was wrong for the judge to criticize the senator.")
    assert [e.modality for e in judged.events if e.type == "ACCUSE"] == ["asserted"]


def test_a_gerund_weighed_or_imagined_is_not_yet_done(spacy_backend: SpacyBackend) -> None:
    """'discussed imposing sanctions': an option weighed; 'recalled shooting' tells an act done."""
    weighed = analyse(spacy_backend, "The ministers discussed imposing sanctions on Iran.")
    assert [e.modality for e in weighed.events if e.type == "SANCTION"] == ["uncertain"]
    joked = analyse(spacy_backend, "The host joked about shooting the senator.")
    assert [e.modality for e in joked.events if e.type == "ASSAULT"] == ["uncertain"]
    done = analyse(spacy_backend, "The gunman admitted shooting the mayor.")
    assert [e.modality for e in done.events if e.type == "ASSAULT"] == ["asserted"]


def test_an_act_noun_during_which_another_happened_only_frames_a_time(spacy_backend: SpacyBackend) -> None:
    """'leaders during the occupation': the time of another act; one with casualties is reported."""
    framed = "While his brothers led the group during the occupation, he filmed the crowd."
    assert types_at(spacy_backend, framed, "occupation") == []
    assert "ASSAULT" in types_at(spacy_backend, "During the attack, three soldiers were killed.", "attack")


def test_an_act_noun_saying_what_it_was_names_it_again(spacy_backend: SpacyBackend) -> None:
    """'it was a terrorist attack': a known act named again; 'it was an attack on X' tells a target."""
    assert types_at(spacy_backend, "The senator argued it was a terrorist attack.", "attack") == []
    assert "ASSAULT" in types_at(spacy_backend, "It was an attack on the embassy.", "attack")


def test_a_present_relative_clause_on_an_indefinite_noun_tells_a_kind(spacy_backend: SpacyBackend) -> None:
    """'a party that rejects her': what such a one does; a past act or a decree signed tells one."""
    assert types_at(spacy_backend, "A party that rejects the governor is doomed.", "rejects") == []
    assert "ASSAULT" in types_at(spacy_backend, "A group that attacked the village was arrested.", "attacked")
    signed = "The prime minister signed a decree that bars any person from public buildings."
    assert "COERCE" in types_at(spacy_backend, signed, "bars")


def test_a_clause_of_a_kind_tells_no_act(spacy_backend: SpacyBackend) -> None:
    """'Characterizes events where four or more people are killed as a mass shooting': a clause in
    the simple present on a bare plural tells what the kind is, not what happened."""
    text = (
        "The El Paso shooting left 22 dead. The archive characterizes events where four or more people "
        "are killed or injured by gunfire as a mass shooting."
    )
    article = analyse(spacy_backend, text, "2019-08-08")
    triggers = [article.text[e.trigger.start : e.trigger.end] for e in article.events if e.trigger]
    assert triggers == ["shooting"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # one body sitting, meeting no one: no talks between parties (CAMEO 04)
        ("The Senate was set to meet on Wednesday.", "meet"),
        ("The cabinet met on Monday.", "met"),
        ("The group, whose members met last week, raised $4 million.", "met"),
        # meeting those who suffered an act consoles them: no talks between parties
        ("Obama met survivors of the massacre and relatives of the victims on Thursday.", "met"),
        ("Trump went to Louisiana to meet the victims.", "meet"),
        # what someone is given to doing is a habit, no act done
        ("Donald Trump has a long history of blaming others for his mistakes.", "blaming"),
        ("The governor has a habit of attacking reporters.", "attacking"),
        # "catch up to" reaches, captures no one
        ("The astronauts are slated to catch up to the space station on Sunday.", "catch"),
    ],
)
def test_a_sitting_a_consolation_a_habit_and_a_catching_up_are_no_acts(
    spacy_backend: SpacyBackend, text: str, word: str
) -> None:
    assert_no_event_at(spacy_backend, text, word, "2020-05-31")


@pytest.mark.parametrize(
    "text",
    [
        "The Senate committee met with the minister on Monday.",
        "Members of the two parties met on Monday.",
        "Obama met the victims and the governor on Thursday.",
    ],
)
def test_a_body_meeting_someone_still_consults(spacy_backend: SpacyBackend, text: str) -> None:
    assert_type_coded(spacy_backend, text, "CONSULT", "2020-05-31")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # filling a body or a post names no one as a suspect
        ("The senator named five people to the committee.", "named"),
        # the appeal of a race draws people to it; delegates pledged by a primary's result
        ("The governor acknowledged the appeal of the fractious Republican race.", "appeal"),
        ("The figures include pledged delegates and superdelegates.", "pledged"),
        # a rejection of an idea denies what was said; a thing that threatens work endangers it
        ("The race took on the senator's rejection of the idea that he was ever wrong.", "rejection"),
        ("The cuts are troubling because they threaten the work that economists did.", "threaten"),
        # knocking on doors canvasses, knocking someone down is no criticism
        ("Volunteers knocked on doors all day.", "knocked"),
        ("The player knocked him down in the second half.", "knocked"),
    ],
)
def test_a_nomination_to_a_body_and_an_attraction_are_no_acts(
    spacy_backend: SpacyBackend, text: str, word: str
) -> None:
    assert_no_event_at(spacy_backend, text, word, "2016-03-09")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Police named him as a suspect in the bombing.", "ACCUSE"),
        ("The governor made an urgent appeal for calm after the riots.", "REQUEST"),
        # criticism: blasting a person, ripping into, eviscerating, booing, questioning one's eligibility
        ("The mayor blasted the governor for the delay.", "ACCUSE"),
        ("The former president ripped into the Republicans at the rally.", "ACCUSE"),
        ("The senator eviscerated the candidates in the debate.", "ACCUSE"),
        ("The crowd booed the senator at the convention.", "ACCUSE"),
        ("The governor questioned the senator's eligibility to be president.", "ACCUSE"),
        ("The senator knocked the party's rules as undemocratic.", "ACCUSE"),
        ("The governor has spoken out against the bathroom law.", "ACCUSE"),
        ("The candidates kept blasting the president's approach to the war.", "ACCUSE"),
        # challenging someone to do something dares them: a request, not a dispute
        ("The senator's campaign challenged the governor to debate him in Brooklyn.", "REQUEST"),
        # sharing a meal with someone, huddling with them: a meeting
        ("On Wednesday the senator had breakfast in New York with the governor.", "CONSULT"),
        ("The senator's advisers huddled with House members on Monday.", "CONSULT"),
        # an op-ed stands for its author, as a statement does
        ("The senator wrote an op-ed urging Congress to pass the bill.", "REQUEST"),
    ],
)
def test_nominations_of_suspects_appeals_for_calm_and_criticism_are_coded(
    spacy_backend: SpacyBackend, text: str, kind: str
) -> None:
    assert_type_coded(spacy_backend, text, kind, "2016-03-09")


def test_coming_out_in_support_of_someone_praises_them(spacy_backend: SpacyBackend) -> None:
    article = analyse(spacy_backend, "The senator has come out in support of the governor.", "2016-03-09")
    assert [(e.type, e.target.text) for e in article.events] == [("SUPPORT", "the governor")]
    held = analyse(spacy_backend, "The aide was held in contempt of Congress.", "2016-03-09")
    assert [e.target.text for e in held.events] == ["The aide"]  # "in contempt of" is no stance


def test_an_offered_agreement_is_one_agreement_as_made(spacy_backend: SpacyBackend) -> None:
    """'Offered a ceasefire': one AGREE, asserted (the offer made), not also the ceasefire's own."""
    article = analyse(spacy_backend, "The rebels offered a ceasefire.", "2021-06-01")
    assert [e.modality for e in article.events if e.type == "AGREE"] == ["asserted"]


def test_who_invites_scorn_is_its_target(spacy_backend: SpacyBackend) -> None:
    """'Inviting ridicule from Christie': Christie ridicules, the one who invited it is ridiculed; a
    bomber who triggered an explosion still set it off."""
    text = "The senator repeated the line, inviting vicious ridicule from Governor Chris Christie."
    article = analyse(spacy_backend, text, "2016-03-09")
    assert [(e.type, e.source.text, e.target.text) for e in article.events] == [
        ("ACCUSE", "Governor Chris Christie", "The senator")
    ]
    bomb = analyse(
        spacy_backend, "A suicide bomber triggered an explosion outside the restaurant.", "2016-03-09"
    )
    assert [e.source.text for e in bomb.events if e.type == "ASSAULT"] == ["A suicide bomber"]
