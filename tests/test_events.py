"""The first event coder, on invented sentences of varied news styles."""

from __future__ import annotations

import pytest

from eventwire.evaluate.runs import main_event
from eventwire.nlp import SpacyBackend
from tests.helpers import analyse, assert_act, at_word, event_at, party_text, types_at

pytestmark = pytest.mark.model


def test_active_voice_source_target_date_and_fatalities(spacy_backend: SpacyBackend) -> None:
    art = analyse(
        spacy_backend, "On Monday, rebels killed 12 Nigerian soldiers near the border.", "2022-03-10"
    )
    (ev,) = event_at(art, "killed")
    assert ev["type"] == "ASSAULT" and ev["modality"] == "asserted"
    assert "rebels" in party_text(art, ev["source"])
    assert "soldiers" in party_text(art, ev["target"])
    assert ev["fatalities"] == 12
    assert ev["date"] == "2022-03-07"
    assert ev["quad_class"] == 4 and ev["goldstein"] is not None and ev["goldstein"] < 0


def test_passive_voice_agent_is_the_source(spacy_backend: SpacyBackend) -> None:
    art = analyse(
        spacy_backend, "Three police officers were killed by gunmen in Peshawar on Sunday.", "2022-03-10"
    )
    (ev,) = event_at(art, "killed")
    assert "gunmen" in party_text(art, ev["source"])
    assert "officers" in party_text(art, ev["target"])
    assert ev["fatalities"] == 3


def test_negation_and_forecast_are_not_asserted(spacy_backend: SpacyBackend) -> None:
    art = analyse(
        spacy_backend, "The army did not attack the town. Officials said the rebels would attack the capital."
    )
    modalities = sorted(str(e.modality) for e in art.events if e.type == "ASSAULT")
    assert modalities == ["negated", "uncertain"]


@pytest.mark.parametrize(
    "text",
    [
        "No one was arrested.",
        "Police arrested nobody on Monday.",
        "None of the attackers were arrested.",
        "Neither the army nor the police attacked the town.",
        "The government has yet to arrest the suspects.",
    ],
)
def test_an_act_done_by_or_to_no_one_is_negated(spacy_backend: SpacyBackend, text: str) -> None:
    modalities = {str(e.modality) for e in analyse(spacy_backend, text).events}
    assert modalities == {"negated"}


def test_no_trouble_in_doing_an_act_is_no_negation(spacy_backend: SpacyBackend) -> None:
    """'had no trouble ... in endorsing Ryan': "no" denies the trouble; the endorsement was made."""
    art = analyse(spacy_backend, "Pence had no trouble breaking with his boss in endorsing Ryan.")
    assert [(e["type"], e["modality"]) for e in event_at(art, "endorsing")] == [("SUPPORT", "asserted")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # an infinitive after a ranked noun tells what it did: the noun is its subject
        ("Sessions was the first senator to endorse Trump.", ("SUPPORT", "the first senator", "Trump")),
        ("It was the first large-scale effort to deport families.", ("COERCE", "", "families")),
    ],
)
def test_the_first_to_act_is_the_one_who_acted(
    spacy_backend: SpacyBackend, text: str, want: tuple[str, str, str]
) -> None:
    word = {"SUPPORT": "endorse", "COERCE": "deport"}[want[0]]
    assert_act(spacy_backend, text, word, "2016-03-01", want)


def test_what_a_colon_introduces_does_not_govern_the_clause_before_it(spacy_backend: SpacyBackend) -> None:
    """The parser hangs the clause before the colon on the quotation's verb ("failed")."""
    text = 'Trump replied on Twitter, attacking the subpoena as a strategy: "The Democrats have failed."'
    art = analyse(spacy_backend, text)
    assert [(e["type"], e["modality"]) for e in event_at(art, "attacking")] == [("ACCUSE", "asserted")]


def test_an_absolute_clause_names_no_target(spacy_backend: SpacyBackend) -> None:
    """'with X calling ...' tells the circumstances of the attack in words, not whom it was made on."""
    text = "Republicans attacked the inquiry, with Steve Scalise calling the investigation a sham."
    art = analyse(spacy_backend, text)
    assert [(e["type"], e["target"].get("text")) for e in event_at(art, "attacked")] == [("ACCUSE", None)]


def test_nominal_event_with_possessor_and_target(spacy_backend: SpacyBackend) -> None:
    art = analyse(
        spacy_backend, "Protesters condemned the government's crackdown on journalists in the capital."
    )
    types = {e.type for e in art.events}
    assert {"ACCUSE", "COERCE"} <= types


def test_coordinated_subject_agree_and_phrasal_call_for(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "French officials and the German government agreed on a new budget rule.")
    (ev,) = event_at(art, "agreed")
    assert ev["type"] == "AGREE" and "officials" in party_text(art, ev["source"])
    art = analyse(spacy_backend, "Opposition leaders called for new elections in Serbia.")
    (ev,) = event_at(art, "called")
    assert ev["type"] == "REQUEST"


def test_modifier_participles_are_not_events(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "Iranian-backed groups held a rally in the city.")
    assert [e.type for e in art.events] == ["PROTEST"]


def test_evidence_and_trigger_spans_lie_inside_the_text(spacy_backend: SpacyBackend) -> None:
    text = "Troops withdrew from the region in 2011. Later, militants attacked a base, killing four."
    art = analyse(spacy_backend, text)
    assert art.events
    for ev in art.events:
        assert 0 <= ev.evidence.start < ev.evidence.end <= len(text)
        assert (
            ev.trigger is not None
            and ev.evidence.start <= ev.trigger.start < ev.trigger.end <= ev.evidence.end
        )
    withdrew = event_at(art, "withdrew")
    assert withdrew and withdrew[0]["type"] == "RETREAT" and withdrew[0]["date"] == "2011"


@pytest.mark.parametrize(
    ("sentence", "word", "stance"),
    [
        # PLOVER: an announced retreat or release is a concession, other intents to cooperate agree
        ("The rebels said they will release the hostages next week.", "release", "CONCEDE"),
        ("Iraq said it will cooperate with the inspectors.", "cooperate", "AGREE"),
        ("The militia is ready to attack the town.", "attack", "THREATEN"),
        ("The government will not accept any more refugees.", "accept", "REJECT"),
        # an intent its own clause denies is a refusal, not an offer
        ("Iran is not willing to negotiate.", "negotiate", "REJECT"),
        ("Neither Iran nor Saudi Arabia is willing to negotiate.", "negotiate", "REJECT"),
    ],
)
def test_intents_and_refusals_are_stances_of_their_own(
    spacy_backend: SpacyBackend, sentence: str, word: str, stance: str
) -> None:
    art = analyse(spacy_backend, sentence)
    at_word = event_at(art, word)
    assert {e["modality"] for e in at_word} >= {"asserted"}
    assert stance in {e["type"] for e in at_word if e["modality"] == "asserted"}
    assert any(e["modality"] != "asserted" for e in at_word), "the intended act itself stays unasserted"


def test_an_intent_to_ask_is_no_offer_to_cooperate(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "The prime minister's office intends to appeal.")
    assert [(e.type, e.modality) for e in art.events] == [("REQUEST", "uncertain")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an offer to do what names no act is the offer itself (the guidelines' "offered": AGREE)
        ("Hillary Clinton accepted the demand and offered to debate in Brooklyn.", [("AGREE", "asserted")]),
        ("Russia did not offer to help.", [("AGREE", "negated")]),
        ("The new app offers to translate your messages.", []),  # no party offers
        # declining to do something is refusing it; declining to comment refuses nothing
        ("But Trump has so far declined to release any tax returns.", [("REJECT", "asserted")]),
        ("The White House declined to comment on the report.", []),
    ],
)
def test_an_offer_or_a_refusal_to_do_something_is_an_act(
    spacy_backend: SpacyBackend, text: str, expected: list[tuple[str, str]]
) -> None:
    art = analyse(spacy_backend, text)
    assert [(e.type, e.modality) for e in art.events if e.type in ("AGREE", "REJECT")] == expected


@pytest.mark.parametrize(
    ("text", "word", "kinds"),
    [
        ("Gov. Maggie Hassan tried to defend Hillary Clinton's honesty.", "defend", ["SUPPORT"]),
        ("Trump subsequently defended the incident.", "defended", ["SUPPORT"]),
        ("Nadal defended his title.", "defended", []),  # sport
        ("Bryan Pagliano was granted immunity by prosecutors.", "granted", ["CONCEDE"]),
    ],
)
def test_defending_a_partys_conduct_is_support_and_immunity_a_concession(
    spacy_backend: SpacyBackend, text: str, word: str, kinds: list[str]
) -> None:
    assert types_at(spacy_backend, text, word) == kinds


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("The FBI has recently interviewed key Clinton aides.", ["ACCUSE"]),  # questioning
        ("Police interviewed three witnesses.", ["ACCUSE"]),
        ("Wikinews interviewed the candidate about her campaign.", []),  # the press
    ],
)
def test_an_interview_by_investigators_is_questioning(
    spacy_backend: SpacyBackend, text: str, kinds: list[str]
) -> None:
    assert types_at(spacy_backend, text, "interviewed") == kinds


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Biden took aim at Congress over the budget.", ["ACCUSE"]),  # the idiom: to criticise
        ("She took a dig at her rival.", ["ACCUSE"]),
        ("The sniper took aim at the soldiers.", []),  # a weapon aimed
        ("The man took aim with a rifle at the crowd.", []),
    ],
)
def test_taking_aim_at_someone_is_criticism_unless_a_weapon_is_aimed(
    spacy_backend: SpacyBackend, text: str, kinds: list[str]
) -> None:
    assert types_at(spacy_backend, text, "took") == kinds


def test_a_reported_must_is_the_speakers_demand(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "The foreign minister said Libya must hand over the suspects.")
    (demand,) = [e for e in art.events if e.type == "REQUEST"]
    assert "minister" in party_text(art, demand.source.model_dump())
    assert "Libya" in party_text(art, demand.target.model_dump())


@pytest.mark.parametrize(
    "text",
    [
        "A businessman said the president should accept the outcome.",  # no political speaker
        "The minister said any leader should make no assumption.",  # no one in particular
        "The foreign minister said Libya should hand over the suspects.",  # advice, not a demand
    ],
)
def test_an_opinion_of_what_someone_should_do_is_no_demand(spacy_backend: SpacyBackend, text: str) -> None:
    art = analyse(spacy_backend, text)
    assert [e for e in art.events if e.type == "REQUEST"] == []


def test_an_attempted_act_is_an_act_and_property_destruction_is_assault(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "Gunmen tried to assassinate the governor. Soldiers demolished three homes.")
    (attempt,) = event_at(art, "assassinate")
    assert attempt["type"] == "ASSAULT" and attempt["modality"] == "asserted"
    (razed,) = event_at(art, "demolished")
    assert (razed["type"], razed["mode"]) == ("ASSAULT", "destroy")  # PLOVER 2021: ASSAULT 'destroy'


@pytest.mark.parametrize(
    ("sentence", "plover", "mode"),
    [
        ("Dock workers began a hunger strike on Friday.", "PROTEST", "strike"),
        ("A drone strike killed three militants in Yemen.", "ASSAULT", None),
        ("Inmates rioted at a prison in Ecuador on Sunday.", "PROTEST", "riot"),
        ("Hundreds of farmers blocked highways near Paris.", "PROTEST", "obstruct"),
        ("Germany halted arms deliveries to Turkey.", "SANCTION", None),
        ("The minister cancelled his visit to Beijing.", "REJECT", None),  # PLOVER: cancelled meetings
        ("The rebels declared a ceasefire on Friday.", "RETREAT", "ceasefire"),
    ],
)
def test_protest_forms_reduced_contact_and_a_declared_truce(
    spacy_backend: SpacyBackend, sentence: str, plover: str, mode: str | None
) -> None:
    main = main_event(analyse(spacy_backend, sentence))
    assert main is not None and main.type == plover, main
    if mode is not None:
        assert main.mode == mode


def test_a_purpose_clause_is_the_aim_not_the_main_act(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "Students marched in Dhaka to demand the minister's resignation.")
    main = main_event(art)
    assert main is not None and main.type == "PROTEST"
    assert "REQUEST" not in {e.type for e in art.events}, "PLOVER: a protest's topic is no event of its own"


def test_an_intent_under_an_unless_condition_is_a_threat(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "Kenya said it will withdraw its troops from Somalia unless it is paid.")
    assert "THREATEN" in {e.type for e in art.events if e.modality == "asserted"}
    plain = analyse(spacy_backend, "Kenya said it will withdraw its troops from Somalia next year.")
    assert "THREATEN" not in {e.type for e in plain.events}


def test_a_lodged_protest_is_an_official_complaint(spacy_backend: SpacyBackend) -> None:
    main = main_event(analyse(spacy_backend, "Japan lodged a formal protest with China over the detentions."))
    assert main is not None and main.type == "ACCUSE"


def test_bare_dictionary_verb_is_coded_only_where_it_names_both_parties(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "Serbia eased emergency measures in Montenegro.")
    (ev,) = event_at(art, "eased")
    assert "Serbia" in party_text(art, ev["source"])
    # the purpose of another act, with no subject of its own: not coded as an act
    art = analyse(spacy_backend, "The Iraqi government sent envoys to Tehran to offer Iran a new deal.")
    assert event_at(art, "offer") == []


def test_a_clause_on_the_object_holds_no_target(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "Iraq and Iran signed a pact aimed at easing tensions with Kuwait.")
    for ev in event_at(art, "signed"):
        assert "Kuwait" not in party_text(art, ev["target"])


def test_a_date_is_never_a_party(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "The past week has offered a stark reminder of the rebels' strength.")
    for ev in art.events:
        assert "week" not in party_text(art, ev.source.model_dump())


def test_relative_pronoun_party_is_the_noun_it_stands_for(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "The ministry named the militias, some of whom Washington has backed.")
    (ev,) = event_at(art, "backed")
    assert "Washington" in party_text(art, ev["source"])
    assert "militias" in party_text(art, ev["target"])


def test_who_condemns_an_attack_is_not_who_made_it(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "Britain condemned the attack on Libya.")
    (condemn,) = event_at(art, "condemned")
    assert "GBR" in party_text(art, condemn["source"])
    for ev in event_at(art, "attack"):
        assert "Britain" not in party_text(art, ev["source"])


def test_light_verb_and_its_event_noun_are_one_event(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "Rebels carried out an attack on the army base.")
    assaults = [ev for ev in art.events if ev.type == "ASSAULT"]
    assert len(assaults) == 1
    assert "Rebels" in party_text(art, assaults[0].source.model_dump())


@pytest.mark.parametrize(
    ("text", "word", "plover"),
    [
        ("Government troops recaptured the town of Kidal from the rebels.", "recaptured", "COERCE"),
        ("Police beat up dozens of protesters in the capital.", "beat", "ASSAULT"),
        ("Gunmen took three aid workers hostage near the border.", "took", "ASSAULT"),
        ("Riot police dispersed the protesters with water cannon.", "dispersed", "COERCE"),
        ("Soldiers beat protesters with batons.", "beat", "ASSAULT"),
        ("Soldiers fired live rounds into the crowd.", "fired", "ASSAULT"),
        ("Japan sent food aid to North Korea on Monday.", "sent", "AID"),
        ("Nigeria restored diplomatic ties with Ghana.", "restored", "SUPPORT"),
        ("The rebels accepted the government's peace proposal.", "accepted", "AGREE"),
        ("Russia reinforced its troops along the Finnish border.", "reinforced", "MOBILIZE"),
        ("Saboteurs blew up a gas pipeline in the north.", "blew", "ASSAULT"),
        ("Red Cross workers handed over medicine to the hospital in Gaza.", "handed", "AID"),
        ("Germany provided Ukraine with air defence systems.", "provided", "AID"),
        ("Saudi Arabia broke off diplomatic relations with Qatar.", "broke", "SANCTION"),
        ("China suspended imports of Australian beef.", "suspended", "SANCTION"),
        ("The president granted an amnesty to rebel fighters.", "granted", "CONCEDE"),
        ("Thousands of dock workers went on strike on Monday.", "went", "PROTEST"),
        ("The minister apologised to the families of the victims.", "apologised", "CONCEDE"),
    ],
)
def test_core_verbs_of_force(spacy_backend: SpacyBackend, text: str, word: str, plover: str) -> None:
    art = analyse(spacy_backend, text)
    assert [ev["type"] for ev in event_at(art, word)] == [plover]


def test_sworn_to_fight_is_a_threat_not_a_fight(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "The rebels have sworn to fight the army until it leaves the province.")
    fights = event_at(art, "fight")
    assert {ev["modality"] for ev in fights if ev["type"] == "ASSAULT"} == {"uncertain"}
    assert "THREATEN" in {ev["type"] for ev in fights}


def test_the_object_of_urge_is_the_subject_of_its_infinitive(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "Germany urged Russia to withdraw its troops from the border.")
    (withdraw,) = event_at(art, "withdraw")
    assert "RUS" in party_text(art, withdraw["source"])


def test_an_event_noun_between_two_parties(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "Egypt brokered a ceasefire between Israel and Hamas.")
    (ceasefire,) = event_at(art, "ceasefire")
    assert "Israel" in party_text(art, ceasefire["source"])
    assert "Hamas" in party_text(art, ceasefire["target"])


def test_a_counterpart_is_a_government_official(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "Chinese President Xi Jinping met his Brazilian counterpart in Beijing.")
    (met,) = event_at(art, "met")
    assert "BRAGOV" in party_text(art, met["target"])


def test_missiles_fired_at_no_one_are_a_show_of_force(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "North Korea fired two ballistic missiles into the sea.")
    assert [ev["type"] for ev in event_at(art, "fired")] == ["MOBILIZE"]
    art = analyse(spacy_backend, "The militants fired rockets at the army base.")
    assert [ev["type"] for ev in event_at(art, "fired")] == ["ASSAULT"]


def test_an_event_noun_takes_a_source_only_from_its_own_verb(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "Opposition lawmakers walked out of parliament in protest at the new law.")
    (protest,) = event_at(art, "protest")
    assert "lawmakers" in party_text(art, protest["source"])
    art = analyse(spacy_backend, "The foreign minister summoned the Chinese ambassador over the arrests.")
    for ev in event_at(art, "arrests"):
        assert "minister" not in party_text(art, ev["source"])


def test_a_participle_on_a_noun_is_passive(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "The army freed 300 schoolgirls kidnapped by gunmen last month.")
    (freed,) = event_at(art, "freed")
    assert freed["type"] == "AID" and "schoolgirls" in party_text(art, freed["target"])  # a rescue
    (kidnapped,) = event_at(art, "kidnapped")
    assert "gunmen" in party_text(art, kidnapped["source"])
    assert "schoolgirls" in party_text(art, kidnapped["target"])


def test_accused_of_names_who_did_it(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "Armenia accused Azerbaijan of shelling villages along the border.")
    (shelling,) = event_at(art, "shelling")
    assert "AZE" in party_text(art, shelling["source"])


def test_the_military_acts_through_its_drones(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "Russian drones struck power stations in the Odesa region overnight.")
    (struck,) = event_at(art, "struck")
    assert "RUSMIL" in party_text(art, struck["source"])


def test_a_warning_needs_someone_or_something_to_warn_of(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "Russia could launch a new offensive in the spring, analysts warned.")
    assert event_at(art, "warned") == []
    art = analyse(spacy_backend, "Iran warned Israel against any attack on its nuclear sites.")
    assert [ev["type"] for ev in event_at(art, "warned")] == ["THREATEN"]


def test_the_object_that_names_the_act_is_no_target(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "Officials said troops had opened fire on the crowd.")
    (opened,) = event_at(art, "opened")
    assert "crowd" in party_text(art, opened["target"])
    art = analyse(spacy_backend, "The EU lifted sanctions on Belarus.")
    assert [ev.type for ev in art.events] == ["RETREAT"]  # PLOVER: easing economic sanctions
    (lifted,) = event_at(art, "lifted")
    assert "BLR" in party_text(art, lifted["target"])


def test_not_yet_deciding_is_no_refusal(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "The government has not yet decided whether to expel the diplomats.")
    assert "REJECT" not in {ev.type for ev in art.events}


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ("Devine didn't concede defeat, either.", False),  # an act that did not happen
        ("Members of the committee do not all agree on how impeachment inquiries work.", False),
        ("He also noted that the Libyan House of Representatives did not ratify the demarcation.", False),
        ("Hamas would not agree to the ceasefire.", True),  # "will not": the intent not to act
        ("The government will not negotiate with the rebels.", True),
        ("Hamas did not accept the proposal.", True),  # a proposal not taken is rejected
        ("The vice-president has declined to resign despite growing pressure.", True),
    ],
)
def test_a_negated_act_is_a_refusal_only_when_it_is_refused(
    spacy_backend: SpacyBackend, text: str, refused: bool
) -> None:
    art = analyse(spacy_backend, text)
    assert ("REJECT" in {ev.type for ev in art.events}) is refused
    assert "negated" in {ev.modality for ev in art.events}


def test_a_bare_dictionary_verb_needs_two_coded_actors(spacy_backend: SpacyBackend) -> None:
    text = "Leaked messages disparaged a variety of public figures and hurricane victims."
    art = analyse(spacy_backend, text)
    assert event_at(art, "disparaged") == []


def test_harm_from_an_accident_or_disaster_is_no_assault(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "A traffic collision killed a motorcyclist on Sunday.")
    assert [ev.type for ev in art.events] == []
    art = analyse(spacy_backend, "A car bomb killed 12 soldiers.")
    assert [ev["type"] for ev in event_at(art, "killed")] == ["ASSAULT"]


def test_a_denial_or_an_inability_is_no_refusal(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "Iran denied supplying drones to Russia.")
    assert "REJECT" not in {ev.type for ev in art.events}
    art = analyse(spacy_backend, "The union did not agree to the pay offer.")
    assert "REJECT" in {ev.type for ev in art.events}
    # a failure is not a refusal (CAMEO counted one as such): the agreement is negated, no one rejected
    for text in (
        "The two parties could not reach an agreement on the budget.",
        "They failed to agree a deal.",
        "The WHO does not recommend self-medication with any medicines.",  # advice not given
    ):
        art = analyse(spacy_backend, text)
        assert "REJECT" not in {ev.type for ev in art.events}
        assert "negated" in {ev.modality for ev in art.events}


def test_a_coordinated_passive_is_done_to_the_shared_subject(spacy_backend: SpacyBackend) -> None:
    text = "Turkey is already under EU sanctions, and was condemned in a joint statement by Egypt."
    art = analyse(spacy_backend, text)
    (condemned,) = event_at(art, "condemned")
    assert "EGY" in party_text(art, condemned["source"])
    assert "TUR" in party_text(art, condemned["target"])


def test_two_signatories_are_each_others_party(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "Cyprus and Egypt had signed an alternative deal to export gas.")
    (signed,) = event_at(art, "signed")
    assert "CYP" in party_text(art, signed["source"])
    assert "EGY" in party_text(art, signed["target"])


def test_who_survives_an_attack_is_its_target(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "In 2019 the general survived a drone attack that left six soldiers dead.")
    (attack,) = event_at(art, "attack")
    assert "general" not in party_text(art, attack["source"])
    assert "general" in party_text(art, attack["target"])


def test_dying_and_serving_are_no_acts(spacy_backend: SpacyBackend) -> None:
    text = "Hosni Mubarak, the former President of Egypt, died aged 91 in a military hospital in Cairo."
    assert analyse(spacy_backend, text).events == []
    art = analyse(spacy_backend, "Joe Biden served eight years as vice president under Barack Obama.")
    assert event_at(art, "served") == []


def test_an_alleged_act_is_uncertain(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "Armenia accused Azerbaijan of shelling villages along the border.")
    assert [ev["modality"] for ev in event_at(art, "accused")] == ["asserted"]
    assert [ev["modality"] for ev in event_at(art, "shelling")] == ["uncertain"]
    art = analyse(spacy_backend, "The rebels allegedly executed dozens of prisoners.")
    assert [ev["modality"] for ev in event_at(art, "executed")] == ["uncertain"]


@pytest.mark.parametrize(
    ("text", "word", "plover"),
    [  # the PLOVER manual: resignations and the release of captives are RETREAT; pardons CONCEDE
        ("The prime minister resigned on Sunday after mass protests.", "resigned", "RETREAT"),
        ("The rebels released 20 hostages on Friday.", "released", "RETREAT"),
        ("The president pardoned the jailed opposition leader.", "pardoned", "CONCEDE"),
        ("The government lifted the curfew in the capital.", "lifted", "CONCEDE"),
        ("The army lifted the siege of the city.", "lifted", "RETREAT"),
        ("Five hundred rebels surrendered to the army last week.", "surrendered", "RETREAT"),
    ],
)
def test_concessions_and_retreats_follow_the_plover_manual(
    spacy_backend: SpacyBackend, text: str, word: str, plover: str
) -> None:
    art = analyse(spacy_backend, text)
    assert [ev["type"] for ev in event_at(art, word)] == [plover]


@pytest.mark.parametrize(
    ("text", "word", "plover"),
    [  # the PLOVER manual's "potential ambiguities"
        ("The Philippines protested China's use of water cannon.", "protested", "ACCUSE"),
        ("Thousands of students protested against the new law.", "protested", "PROTEST"),
        ("The foreign minister summoned the Chinese ambassador.", "summoned", "ACCUSE"),
        ("The French minister cancelled a planned visit to Haiti.", "cancelled", "REJECT"),
        ("Government troops captured two rebel commanders.", "captured", "ASSAULT"),
    ],
)
def test_plover_manual_ambiguities(spacy_backend: SpacyBackend, text: str, word: str, plover: str) -> None:
    art = analyse(spacy_backend, text)
    assert [ev["type"] for ev in event_at(art, word)] == [plover]


def test_the_topic_of_a_protest_is_no_event_of_its_own(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "Thousands marched in Santiago to demand the resignation of the president.")
    assert [ev.type for ev in art.events] == ["PROTEST"]


def test_declining_to_act_is_a_refusal(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "The vice-president has declined to resign despite growing pressure.")
    resign = event_at(art, "resign")
    assert {ev["type"] for ev in resign if ev["modality"] == "asserted"} == {"REJECT"}


def test_soldiers_or_police_who_free_captives_rescue_them(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "Police in Barcelona freed 10 trafficking victims during an operation.")
    assert [ev["type"] for ev in event_at(art, "freed")] == ["AID"]
    art = analyse(spacy_backend, "The rebels freed 20 hostages on Friday.")
    assert [ev["type"] for ev in event_at(art, "freed")] == ["RETREAT"]


def test_police_who_capture_someone_arrest_them(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "The fugitive was captured by FBI agents in Texas.")
    assert [ev["type"] for ev in event_at(art, "captured")] == ["COERCE"]
    art = analyse(spacy_backend, "Rebels captured three government soldiers.")
    assert [ev["type"] for ev in event_at(art, "captured")] == ["ASSAULT"]


def test_a_nationality_word_names_who_acted(spacy_backend: SpacyBackend) -> None:
    text = "The United States said the Iranian attack on the base had failed. Iran denied it."
    art = analyse(spacy_backend, text)
    (attack,) = event_at(art, "attack")
    assert "IRN" in party_text(art, attack["source"])


def test_an_intent_is_a_stance_only_for_its_own_act(spacy_backend: SpacyBackend) -> None:
    text = "The group said its resistance would continue until the American occupation is removed."
    art = analyse(spacy_backend, text)
    assert event_at(art, "occupation")
    assert all(ev["type"] != "THREATEN" for ev in event_at(art, "occupation"))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # one politician firing at another, clashing on a debate stage, inflammatory attacks: words
        ("Jeb Bush fired at Trump, Ted Cruz and Marco Rubio on Monday.", "ACCUSE"),
        ("Hillary Clinton and Bernie Sanders clashed on the Miami debate stage.", "ACCUSE"),
        ("The candidates leveled inflammatory attacks against one another.", "ACCUSE"),
        ("A gunman fired at the senator outside his home.", "ASSAULT"),
        ("Troops clashed with rebels on the outskirts of the city.", "ASSAULT"),
    ],
)
def test_fire_and_clashes_between_politicians_are_words(
    spacy_backend: SpacyBackend, text: str, kind: str
) -> None:
    assert [ev.type for ev in analyse(spacy_backend, text).events] == [kind]


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        # an act that a permit or permission is sought or given for is not yet done
        ("Bikers for Trump are applying for permits to march down the streets.", "uncertain"),
        ("Protesters were given permission to march on Saturday.", "uncertain"),
        ("Thousands marched to the parliament on Saturday.", "asserted"),
    ],
)
def test_an_act_one_has_leave_for_is_not_done(spacy_backend: SpacyBackend, text: str, modality: str) -> None:
    (ev,) = [ev for ev in analyse(spacy_backend, text).events if ev.type == "PROTEST"]
    assert ev.modality == modality


def test_an_attack_joined_to_a_verb_of_blame_is_words(spacy_backend: SpacyBackend) -> None:
    text = "She attacked police officers nationwide and blamed the shootings on bias."
    assert types_at(spacy_backend, text, "attacked") == ["ACCUSE"]


def test_attacks_on_voting_are_words(spacy_backend: SpacyBackend) -> None:
    assert types_at(spacy_backend, "Obama criticized his attacks on mail-in voting.", "attacks") == ["ACCUSE"]


def test_attacks_about_someone_are_words(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "The debate was marked by a wave of attacks about his business history.")
    assert "ASSAULT" not in {ev.type for ev in art.events}


def test_no_one_named_intends_an_act_and_who_is_held_is_no_jailer(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "The man will remain in custody as the case against him proceeds.")
    assert [ev.type for ev in art.events if ev.modality == "asserted"] == []
    (held,) = art.events
    assert (held.source.text, held.target.text) == (None, "The man")


def test_a_verb_joined_to_a_predicate_adjective_shares_its_modal(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "Mexico should be grateful for the help and even agree to pay for it.")
    assert all(ev.modality != "asserted" for ev in art.events if ev.type == "AGREE")
    art = analyse(spacy_backend, "Police arrest protesters and release them hours later.")
    assert [ev.modality for ev in art.events] == ["asserted", "asserted"]


def test_a_party_well_positioned_to_act_has_not_acted(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "The senator is well positioned to block the proposal.")
    assert all(ev.modality != "asserted" for ev in art.events)


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("The speaker appeared closer to offering a full-throated endorsement.", "uncertain"),
        ("Ryan is on the verge of endorsing Trump.", "uncertain"),
        ("The speaker was close to offering an endorsement.", "uncertain"),
        ("Troops attacked a village close to the fighting.", "asserted"),  # where, not how near to done
    ],
)
def test_an_act_one_is_close_to_doing_is_not_done(
    spacy_backend: SpacyBackend, text: str, modality: str
) -> None:
    art = analyse(spacy_backend, text)
    assert [ev.modality for ev in art.events][:1] == [modality]


def test_an_agreement_struck_in_a_contact_relative_is_one(spacy_backend: SpacyBackend) -> None:
    text = "The agreement Mrs. Clinton had struck with the Obama White House required her to name donors."
    assert [ev.type for ev in analyse(spacy_backend, text).events] == ["SUPPORT"]


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # a topic to be discussed is no act its discussants intend; an attack they will make is
        ("The editor will discuss a link to the recent hotel assault in Mali.", False),
        ("The ministers will debate the sanctions on Friday.", False),
        ("The rebels will launch an assault on the town.", True),
    ],
)
def test_an_act_discussed_is_no_intent(spacy_backend: SpacyBackend, text: str, stance: bool) -> None:
    types = {ev.type for ev in analyse(spacy_backend, text).events if ev.modality == "asserted"}
    assert ("THREATEN" in types) is stance


def test_we_in_a_direct_quote_is_its_speaker(spacy_backend: SpacyBackend) -> None:
    text = '"We will not negotiate with terrorists," the Israeli prime minister told reporters.'
    art = analyse(spacy_backend, text)
    (negotiate, *_) = event_at(art, "negotiate")
    assert "ISRGOV" in party_text(art, negotiate["source"])


def test_signing_is_support_and_a_promise_to_sign_agrees(spacy_backend: SpacyBackend) -> None:
    # the PLOVER manual: SUPPORT covers "ratify, sign, or finalize an agreement"; AGREE promises to
    art = analyse(spacy_backend, "Libya and Bulgaria signed a treaty of friendship on Monday.")
    assert [ev["type"] for ev in event_at(art, "signed")] == ["SUPPORT"]
    art = analyse(spacy_backend, "Libya said it will sign a treaty of friendship with Bulgaria.")
    assert "AGREE" in {ev["type"] for ev in event_at(art, "sign") if ev["modality"] == "asserted"}


def test_lexicon_types_agree_with_the_cameo_table() -> None:
    """A core trigger's PLOVER type is the one the CAMEO-to-PLOVER table gives its code, except
    where the PLOVER manual's text overrides the table (listed here with its reason)."""
    from eventwire.events.lexicon import triggers
    from eventwire.ontology import cameo_info

    overrides = {
        "resign": "the manual: resignations are RETREAT",
        "tender": "tendering a resignation: as resign",
        "announce": "announcing a resignation: as resign",
        "submit": "submitting a resignation: as resign",
        "resignation": "as resign",
        "step": "stepping down: as resign",
        "stand": "standing down: as resign",
        "quit": "quitting a post: as resign",
        "sanction": "the manual: SANCTION is any reduction of relations",
        "ban": "banning an airline, flights or trade reduces relations: as sanction",
        "prohibit": "as ban",
        "impose": "as sanction",
        "freeze": "as sanction",
        "embargo": "as sanction",
        "tighten": "as sanction (tightened sanctions)",
        "hit": "hit with sanctions, tariffs or a fine: as sanction",
        "invade": "the gold records: taking territory by force is ASSAULT",
        "occupy": "as invade",
        "capture": "as invade",
        "recapture": "as invade",
        "retake": "as invade",
        "convict": "the manual's text: a conviction is SANCTION (convict)",
        "conviction": "as convict",
        "sentence": "as convict",
        "jail": "as convict: jailing by a court is a sentence (the guidelines)",
        "imprison": "as jail",
        "overrun": "as invade",
        "invasion": "as invade",
        "occupation": "as invade",
        "agreement": "an agreement noun is AGREE; signing it is SUPPORT",
        "deal": "as agreement",
        "treaty": "as agreement",
        "deface": "defacing websites is a cyber attack (COERCE), not vandalism",
        "apologize": "the manual: expressions of regret are CONCEDE",
        "regret": "expressing regret: as apologize",
        "apologise": "as apologize",
        "apology": "as apologize",
        "find": "found guilty: as convict",
        "rule": "ruled unlawful or against a party: as convict (the guidelines: a law ruled unlawful)",
        "declare": "declared unlawful: as rule",
        "fine": "a fine is a conviction's penalty: as convict",
        "fin": "spaCy's lemma of 'fined': as fine",
        "hand": "handing down a sentence: as convict",
        "give": "given a sentence or a fine: as convict",
        "dole": "doling out fines or sentences: as convict",
    }
    for (_, lemma), trigs in triggers().items():
        for trig in trigs:
            info = cameo_info(trig.cameo)
            assert info is not None, f"{lemma}: {trig.cameo} is not in the CAMEO table"
            table = info.plover or info.plover_fallback
            assert trig.plover == table or lemma in overrides, (lemma, trig.cameo, trig.plover, table)


@pytest.mark.parametrize(
    ("text", "word", "plover"),
    [
        ("China and Russia began joint naval exercises in the Sea of Japan.", "exercises", "COOPERATE"),
        ("Iran held military exercises near the Strait of Hormuz.", "exercises", "MOBILIZE"),
        ("Qatar offered its mediation between Hamas and Israel.", "mediation", "CONSULT"),
        ("Parliament opened an inquiry into the minister's dealings.", "inquiry", "ACCUSE"),
        ("Norway launched a mediation effort between Colombia and the rebels.", "mediation", "CONSULT"),
        ("The air force began a bombing campaign against rebel positions.", "bombing", "ASSAULT"),
    ],
)
def test_event_nouns(spacy_backend: SpacyBackend, text: str, word: str, plover: str) -> None:
    art = analyse(spacy_backend, text)
    assert plover in {ev["type"] for ev in event_at(art, word)}


def test_an_event_noun_that_modifies_another_is_no_event(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "The army sent a strike force to the border.")
    assert event_at(art, "strike") == []


def test_a_trigger_with_a_preposition_finds_its_target_there(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "Hamas fighters fired rockets at Tel Aviv on Monday.")
    (fired,) = event_at(art, "fired")
    assert "Tel Aviv" in party_text(art, fired["target"])
    art = analyse(spacy_backend, "France recalled its ambassador to Australia.")
    (recalled,) = event_at(art, "recalled")
    assert "AUS" in party_text(art, recalled["target"])


def test_asylum_granted_to_someone_is_for_them(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "Canada granted asylum to the Saudi teenager.")
    (granted,) = event_at(art, "granted")
    assert granted["type"] == "AID" and "teenager" in party_text(art, granted["target"])


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a gerund as a clause's subject names a kind of act
        ("She said executing the prisoner would not bring her daughter back.", "executing"),
        # an aim is no act done
        ("Washington has retreated from its goal of ousting President Assad.", "ousting"),
        # an intent is no act done
        ("He also filed in court his intent to appeal.", "appeal"),
    ],
)
def test_a_kind_or_an_aim_of_an_act_is_uncertain(spacy_backend: SpacyBackend, text: str, word: str) -> None:
    art = analyse(spacy_backend, text)
    assert [ev["modality"] for ev in event_at(art, word)] == ["uncertain"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "word", "kind", "target"),
    [
        ("A jury found Avenatti guilty of extortion.", "found", "SANCTION", "Avenatti"),
        ("The court found the three men guilty on Monday.", "found", "SANCTION", "the three men"),
        ("Police took the two men into custody on Monday.", "took", "COERCE", "the two men"),
        ("Customs officers seized two tonnes of ivory at the port.", "seized", "COERCE", None),
        ("The Information Minister paid tribute to the late judge.", "paid", "SUPPORT", "the late judge"),
        ("The court fined the company on Monday.", "fined", "SANCTION", "the company"),
        ("Judge James Jones handed down the sentence.", "handed", "SANCTION", None),
        ("He was given a fine of US$86,000.", "given", "SANCTION", "He"),
        ("The Department of Justice unsealed charges against him.", "unsealed", "ACCUSE", "him"),
        ("NASA credited Leonov with making the spacewalk possible.", "credited", "SUPPORT", "Leonov"),
        ("Republican Representatives attacked the impeachment inquiry.", "attacked", "ACCUSE", None),
        (
            "Trump responded on Twitter, attacking the subpoena as a political strategy.",
            "attacking",
            "ACCUSE",
            None,
        ),
        ("The US encouraged Germany to restrict Mahan's operations.", "encouraged", "REQUEST", "Germany"),
        ("Legal groups have also called for the bill to be dropped.", "called", "REQUEST", None),
        ("Kyle Rittenhouse was released from jail Friday.", "released", "RETREAT", "Kyle Rittenhouse"),
        ("A federal judge dismissed the lawsuit on Friday.", "dismissed", "REJECT", None),
        # what follows "as" says what the one dismissed is: the object is the target
        ("Clinton dismissed him as a Hollywood actor.", "dismissed", "ACCUSE", "him"),
        (
            "Hotak also alleged the central government are hiding casualty figures.",
            "alleged",
            "ACCUSE",
            "the central government",
        ),
        ("A suspect has been charged for allegedly providing the weapon.", "charged", "ACCUSE", "A suspect"),
        ("The sentence applies to the federal charges against Fields.", "charges", "ACCUSE", "Fields"),
    ],
)
def test_multiword_acts(
    spacy_backend: SpacyBackend, text: str, word: str, kind: str, target: str | None
) -> None:
    """Acts named by a verb and its complement (CAMEO 173, 171, 051; the PLOVER manual's modes)."""
    art = analyse(spacy_backend, text)
    (event,) = [e for e in art.events if at_word(art, e, word)]
    assert (event.type, event.target.text) == (kind, target)


@pytest.mark.model
def test_seizing_a_chance_is_no_act(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "The rebels seized the opportunity to regroup.")
    assert event_at(art, "seized") == []


@pytest.mark.model
def test_a_dictionary_verb_needs_a_known_actor_as_source(spacy_backend: SpacyBackend) -> None:
    """CAMEO verb-dictionary codes are coded as PETRARCH codes them, for a source with a code:
    a helicopter that flies a president somewhere makes no visit; Iran flying aid does give."""
    art = analyse(spacy_backend, "Marine One landed on the South Lawn flying Trump to Walter Reed.")
    assert art.events == []
    art = analyse(spacy_backend, "Iran flew relief supplies to Lebanon.")
    assert [e.type for e in art.events] == ["AID"]


@pytest.mark.model
def test_an_arranged_act_is_uncertain(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "NBC News reported Avenatti is to be sentenced in June.")
    assert [ev["modality"] for ev in event_at(art, "sentenced")] == ["uncertain"]


@pytest.mark.model
def test_an_intent_of_verbal_conflict_is_no_threat(spacy_backend: SpacyBackend) -> None:
    """Appealing a conviction is a REJECT; saying one will is no THREATEN (CAMEO 13 threatens force
    or penalties), while an intent to attack is."""
    art = analyse(spacy_backend, "Avenatti intended to appeal the conviction.")
    assert [(e.type, e.modality) for e in art.events] == [("REJECT", "uncertain")]
    art = analyse(spacy_backend, "The rebels vowed to attack the capital.")
    assert "THREATEN" in {e.type for e in art.events}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        # easing a penalty is a concession (the guidelines' table, CAMEO 08)
        ("California outlawed the death penalty in 1972.", "outlawed", "CONCEDE"),
        ("His death sentence was commuted to life in prison.", "commuted", "CONCEDE"),
        ("Washington has retreated from its goal of ousting Assad.", "retreated", "CONCEDE"),
        # backing an operation is military cooperation (CAMEO 062), backing words are SUPPORT
        ("The town was retaken in an operation supported by Russia.", "supported", "COOPERATE"),
        ("France endorsed the resolution.", "endorsed", "SUPPORT"),
        ("The government banned the opposition party.", "banned", "COERCE"),
        # an order is a REQUEST (the guidelines' table), an order to the forces their mobilisation
        ("The government ordered the evacuation of the town.", "ordered", "REQUEST"),
        ("The president ordered troops to the border.", "ordered", "MOBILIZE"),
        # a court finding an act or a law unlawful convicts it (the guidelines: SANCTION convict)
        ("The Supreme Court ruled that the prorogation was unlawful.", "ruled", "SANCTION"),
        ("The court found the prorogation unlawful.", "found", "SANCTION"),
        # ... a ruling against a party rejects its case (4 of the dev rounds' 5 "ruled against": REJECT)
        ("In late June, the Supreme Court ruled against the administration.", "ruled", "REJECT"),
        # a stay, a reversal, clemency: the court or the executive yields (CONCEDE)
        ("The appeals court issued a stay, delaying compliance with the subpoena.", "issued", "CONCEDE"),
        ("The Supreme Court reversed the convictions of the two aides.", "reversed", "CONCEDE"),
        # new words (dev rounds 1-6 missed them): the guidelines' table and CAMEO's definitions
        ("Government forces launched a counterattack on the rebels on Monday.", "counterattack", "ASSAULT"),
        ("Prosecutors secured the conviction of three officers on Friday.", "conviction", "SANCTION"),
        ("The ministers held discussions with Iranian officials on Monday.", "discussions", "CONSULT"),
        ("Leaders paid tribute to the slain journalist on Monday.", "paid", "SUPPORT"),
        ("Iran has been arming the Houthi rebels.", "arming", "AID"),
        ("The party filed a complaint against the governor.", "filed", "ACCUSE"),
        ("His refusal to testify angered the committee.", "refusal", "REJECT"),
        ("The abduction of three aid workers was condemned by the UN.", "abduction", "ASSAULT"),
        ("The seizure of the tanker raised tensions.", "seizure", "COERCE"),
        ("Senator Paul Manafort's charges include bank fraud.", "charges", "ACCUSE"),
        ("Critics attacked the release of Guantanamo Bay detainees.", "release", "RETREAT"),
        ("The extradition bill was suspended after the protests.", "suspended", "CONCEDE"),
        # the noun a relative clause hangs on is the object of its verb ("the deal that was signed")
        ("He helped negotiate the nuclear deal that was signed in 2015.", "signed", "SUPPORT"),
        ("He served eight years before being granted clemency.", "granted", "CONCEDE"),
    ],
)
def test_the_object_decides_the_type(spacy_backend: SpacyBackend, text: str, word: str, kind: str) -> None:
    art = analyse(spacy_backend, text)
    assert [ev["type"] for ev in event_at(art, word)] == [kind]


@pytest.mark.model
def test_a_cue_governs_both_conjoined_acts(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "The Taliban seeks to retake control and reimpose their version of the law.")
    assert [ev["modality"] for ev in event_at(art, "reimpose")] == ["uncertain"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "word", "modality"),
    [
        (
            "The White House said the US would end the emergency and ease trade sanctions.",
            "ease",
            "uncertain",
        ),
        ("You would have stayed and tortured him slowly.", "tortured", "uncertain"),
        ("The rebels will not attack or kidnap civilians.", "kidnap", "negated"),
        ("Police arrested him and charged him with murder.", "charged", "asserted"),
        ("The army threatened to attack and then attacked the town.", "attacked", "asserted"),
    ],
)
def test_a_conjoined_verb_shares_the_first_ones_auxiliaries(
    spacy_backend: SpacyBackend, text: str, word: str, modality: str
) -> None:
    art = analyse(spacy_backend, text)
    assert {ev["modality"] for ev in event_at(art, word) if ev["type"] != "CONCEDE"} == {modality}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The minister asked whether the report was true.",
        "Reporters asked about the investigation on Monday.",
        "Reporters asked questions about Trump to all three leaders.",
        "Glenn Beck asked the conservative who he thought would win the presidency.",
        '"Why should the nomination be grabbed from him?" asked Bennett, a radio host.',
        "Asked if he thought the email went too far, Devine responded that he did.",
        "The hospital has deployed all the necessary preparations.",
        "He is also credited with helping draft the Transitional Constitution.",
        "Firefighters put the fire out on Saturday.",
        "He attended the British American Drama Academy during his studies.",
        "The minister told reporters that the talks had failed.",
        "Sirhan opposed Senator Kennedy's pro-Israel position.",
        "The United States called its actions defensive in nature.",
        "Trump flew above the rally on his helicopter.",
        "Organizers of the rally said they were fighting corruption and dishonesty.",
        "Both sides also oppose Houthi rebels.",
        "Students are recognizing that they too can run for office.",
        "Bill de Blasio ended his campaign for president of the United States.",
        "Trump has come under scrutiny from both sides.",
    ],
)
def test_a_question_and_deployed_preparations_are_no_acts(spacy_backend: SpacyBackend, text: str) -> None:
    """Asking a question is no CAMEO 02 request; MOBILIZE readies forces, not preparations; being
    credited with a deed (no one crediting) attributes it; putting a fire out and attending a
    school are other senses."""
    assert analyse(spacy_backend, text).events == []


@pytest.mark.model
def test_a_request_and_a_deployment_of_forces_stay(spacy_backend: SpacyBackend) -> None:
    carried = analyse(spacy_backend, "The United States carried out the airstrike at the airport.")
    assert [e.type for e in carried.events] == ["ASSAULT"]  # the airstrike, not an AID "carried"
    told = analyse(spacy_backend, "Police told residents to leave their homes.")
    assert [e.type for e in told.events] == ["REQUEST"]
    asked = analyse(spacy_backend, "The minister asked the rebels to lay down their arms.")
    deployed = analyse(spacy_backend, "The army deployed troops to the border.")
    assert [e.type for e in asked.events] == ["REQUEST"] and [e.type for e in deployed.events] == ["MOBILIZE"]


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("Germany sent 14 tanks to Ukraine.", "heavy-weapons"),
        ("The US delivered weapons to Kyiv.", "military"),
        ("The UN sent food to Gaza.", None),
    ],
)
def test_sending_weapons_or_food_is_aid(spacy_backend: SpacyBackend, text: str, mode: str | None) -> None:
    art = analyse(spacy_backend, text)
    (aid,) = [e for e in art.events if e.type == "AID"]
    assert aid.mode == mode


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The union called a strike at three car plants.", "PROTEST"),
        ("Rail workers staged a 24-hour strike.", "PROTEST"),
        ("Doctors joined the strike.", "PROTEST"),
        ("A US air strike killed three militants.", "ASSAULT"),
        ("Israel launched a strike on Gaza.", "ASSAULT"),
    ],
)
def test_a_labour_strike_is_a_protest(spacy_backend: SpacyBackend, text: str, kind: str) -> None:
    art = analyse(spacy_backend, text)
    assert [ev["type"] for ev in event_at(art, "strike")] == [kind]


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested the accused in the neighborhood of Strickland Street.",  # a role, not an act
        "Governor Kay Ivey signed the Alabama Human Life Protection Act.",  # legislation
        "Donald Trump spoke on Monday. Trump argued that, as president, he should be immune.",  # his own view
    ],
)
def test_roles_laws_and_views_of_oneself_are_no_events(spacy_backend: SpacyBackend, text: str) -> None:
    art = analyse(spacy_backend, text)
    assert [ev for ev in art.events if ev.type != "COERCE"] == []


def test_a_reaction_is_no_meeting_and_a_potential_act_is_uncertain(spacy_backend: SpacyBackend) -> None:
    # no one met anyone; the protests the decision was met with are what the sentence tells
    events = analyse(spacy_backend, "In Hong Kong the decision was met with protests.").events
    assert [ev.type for ev in events] == ["PROTEST"]
    art = analyse(spacy_backend, "A potential charge of murder against Stefan W carries a life sentence.")
    assert [ev["modality"] for ev in event_at(art, "charge")] == ["uncertain"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Johnson hit out at the EU on Monday.", "ACCUSE"),  # the idiom: to criticise strongly
        ("A roadside bomb hit a military convoy.", "ASSAULT"),
    ],
)
def test_hitting_out_at_someone_is_criticism(spacy_backend: SpacyBackend, text: str, kind: str) -> None:
    assert types_at(spacy_backend, text, "hit") == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The New York Times attacked the president's policy.", "ACCUSE"),
        ("The report attacked the government's handling of the crisis.", "ACCUSE"),
        ("Gunmen attacked a checkpoint.", "ASSAULT"),
        # a person attacking people for what they did blames them, in words
        ("He attacked other candidates on stage for accepting his personal donations.", "ACCUSE"),
        ("A mob attacked the villagers for refusing to leave.", "ASSAULT"),
        ("Militants attacked the soldiers for entering the village.", "ASSAULT"),
        ("Clinton attacked Republicans as extremists.", "ACCUSE"),
        ("A gunman attacked the Democratic Party for refusing to back him.", "ASSAULT"),
        ("Soldiers attacked the village as a reprisal.", "ASSAULT"),
        # for a reason given by a noun, not for a time
        ("Clinton attacked her rivals for their silence on guns.", "ACCUSE"),
        ("Militants attacked the base for three hours.", "ASSAULT"),
        # candidates, or politicians named by office, attack each other in words
        ("The candidates attacked each other for not doing enough to fight the virus.", "ACCUSE"),
        ("The senator attacked the governor for his handling of the storm.", "ACCUSE"),
        ("Rival gangs attacked each other for control of the market.", "ASSAULT"),
    ],
)
def test_an_attack_by_the_press_or_a_document_is_in_words(
    spacy_backend: SpacyBackend, text: str, kind: str
) -> None:
    art = analyse(spacy_backend, text)
    assert [ev["type"] for ev in event_at(art, "attacked")] == [kind]


@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        ("Did your team also investigate the growth of the bacteria?", "investigate", "uncertain"),
        ("Reporters asked whether or not he condemned court packing.", "condemned", "uncertain"),
        ("He did not attack the police.", "attack", "negated"),
        # a remit, not an act done at a time
        ("The commission was tasked with investigating the massacre.", "investigating", "uncertain"),
    ],
)
def test_a_question_asks_and_whether_or_not_is_no_negation(
    spacy_backend: SpacyBackend, text: str, trigger: str, modality: str
) -> None:
    art = analyse(spacy_backend, text)
    assert [ev["modality"] for ev in event_at(art, trigger)] == [modality]


def test_a_question_of_what_someone_will_do_is_no_threat(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "Will Russia invade Ukraine?")
    assert {ev["type"] for ev in event_at(art, "invade")} == {"ASSAULT"}


@pytest.mark.parametrize(
    "text",
    ["They made a big deal about him.", "Kokesh previously hosted a show on RT."],
)
def test_idioms_of_deal_and_host_are_no_events(spacy_backend: SpacyBackend, text: str) -> None:
    assert analyse(spacy_backend, text).events == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("President Trump attacked Joe Biden at a rally in Ohio.", "ACCUSE"),
        ("A man attacked Senator Rand Paul at his home.", "ASSAULT"),
        ("Putin attacked Ukraine in February.", "ASSAULT"),
        ("Government forces attacked rebel positions.", "ASSAULT"),
        ("Trump attacked Bill Clinton on the campaign trail.", "ACCUSE"),  # a name no dictionary codes
        ("The senator attacked the governor with a knife.", "ASSAULT"),  # a weapon: violence
        ("President Donald Trump attacked the New York Times on Monday.", "ACCUSE"),  # a body
        ("Philippine President Rodrigo Duterte attacked the Catholic Church again.", "ACCUSE"),
        ("Rebels attacked the embassy.", "ASSAULT"),  # a body is no politician attacked in words
        ("Government troops attacked the rebel headquarters.", "ASSAULT"),
    ],
)
def test_a_politicians_attack_on_a_person_is_in_words(
    spacy_backend: SpacyBackend, text: str, kind: str
) -> None:
    art = analyse(spacy_backend, text)
    assert [ev["type"] for ev in event_at(art, "attacked")] == [kind]


def test_a_politicians_attack_on_a_town_is_no_war_of_words(spacy_backend: SpacyBackend) -> None:
    """A town is struck, not criticised; a capital also names its government ("attacking Washington")."""
    art = analyse(spacy_backend, "Saddam Hussein ordered the attack on Halabja.")
    assert [ev["type"] for ev in event_at(art, "attack")] == ["ASSAULT"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("President Trump hit Joe Biden in the face.", "ASSAULT"),  # a blow lands on the body
        ("President Trump hit Joe Biden on Monday.", "ACCUSE"),
    ],
)
def test_a_blow_that_lands_on_the_body_is_no_war_of_words(
    spacy_backend: SpacyBackend, text: str, kind: str
) -> None:
    assert [ev["type"] for ev in event_at(analyse(spacy_backend, text), "hit")] == [kind]


@pytest.mark.parametrize(
    ("text", "trigger", "kind"),
    [
        ("Mr. Trump continued his assault on Mr. Bush, mocking his appearance.", "assault", "ACCUSE"),
        ("A man assaulted Senator Rand Paul at his home.", "assaulted", "ASSAULT"),
        ("Protesters clashed with police in Cairo on Monday.", "clashed", "ASSAULT"),
        ("Some of her followers attacked her Spanish-language skills.", "attacked", "ACCUSE"),
        ("Two former presidents fired back at Trump over the proposal.", "fired", "ACCUSE"),
        ("Soldiers fired back at the gunmen on Monday.", "fired", "ASSAULT"),
        ("Trump attacked Clinton on Twitter on Monday.", "attacked", "ACCUSE"),  # made in a medium
        ("Eight candidates went on the attack on television.", "attack", "ACCUSE"),
        ("Rebels launched an assault on the town.", "assault", "ASSAULT"),
    ],
)
def test_a_politicians_assault_or_clash_is_in_words(
    spacy_backend: SpacyBackend, text: str, trigger: str, kind: str
) -> None:
    assert [ev["type"] for ev in event_at(analyse(spacy_backend, text), trigger)] == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Protesters were punching police officers.", "ASSAULT"),
        # the PLOVER manual: an assault or a clash with rocks is ASSAULT, mode "primitive"
        ("Youths threw stones at the police.", "ASSAULT"),
        ("The protesters clashed with the police and threw rocks, bottles and flares.", "ASSAULT"),
        ("Militants threw a grenade at a police station.", "ASSAULT"),
    ],
)
def test_blows_and_thrown_stones(spacy_backend: SpacyBackend, text: str, kind: str) -> None:
    art = analyse(spacy_backend, text)
    assert {ev.type for ev in art.events} == {kind}


@pytest.mark.parametrize(
    "text",
    [
        "CCTV captured their arrival at the building.",  # a camera records, it does not act
        "Former Vice President Biden defeats President Trump with an electoral count of 319 to 219.",
        "The Senate defeated the motion by 52 votes to 48.",
        "The striker kicked the ball into the net.",
    ],
)
def test_cameras_elections_and_balls_are_no_events(spacy_backend: SpacyBackend, text: str) -> None:
    assert analyse(spacy_backend, text).events == []


def test_a_clause_of_time_gives_no_target(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "Biden himself visited Kyiv two days after Putin.")
    assert [ev.target.text for ev in art.events] == ["Kyiv"]


def test_rape_is_sexual_assault_though_the_lemmatiser_reads_rap(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "He was raped by a prison guard.")
    assert [(ev.type, ev.mode) for ev in art.events] == [("ASSAULT", "sexual")]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Hamas fired rockets into southern Israel.", "ASSAULT"),  # aimed: an attack
        ("North Korea launched two ballistic missiles on Sunday.", "MOBILIZE"),  # aimed at no one
    ],
)
def test_rockets_aimed_at_someone_are_an_attack(spacy_backend: SpacyBackend, text: str, kind: str) -> None:
    art = analyse(spacy_backend, text)
    assert [ev.type for ev in art.events] == [kind]


@pytest.mark.parametrize(
    "text",
    [
        "Later in the day, the AP and NBC News also called Nevada for Biden.",  # a race called
        "The Supreme Court is the final court of appeal on all civil matters.",  # a court's name
        "Over a million people requested absentee ballots to vote by mail.",
    ],
)
def test_calling_a_race_a_courts_name_and_ballots_are_no_events(
    spacy_backend: SpacyBackend, text: str
) -> None:
    assert analyse(spacy_backend, text).events == []


def test_whom_one_calls_on_to_act_acts(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "The EU called on Russia to withdraw its troops.")
    assert [ev.source.text for ev in art.events if ev.type == "RETREAT"] == ["Russia"]
    art = analyse(spacy_backend, "Hawkins attacked the macho culture that idolizes the military.")
    assert [ev.type for ev in art.events] == ["ACCUSE"]


@pytest.mark.parametrize(
    "text",
    [
        "If they were only temporary visitors, she does not meet the requirement.",
        "The community has released many kinds of games.",
        "The United States Coast Guard called off its search late on Tuesday.",
        "He defended his record on the pandemic.",
        "Biden led Trump 47 percent to 40 percent.",
        "These seats are often occupied by the Labour Party.",  # a habit, in the passive
        # a home lived in, an office held: no occupation by force
        "Before the fire, the apartment was occupied only by the brothers and their mother.",
        "The family occupied a small flat in the suburbs.",
    ],
)
def test_requirements_releases_searches_records_polls_and_habits(
    spacy_backend: SpacyBackend, text: str
) -> None:
    assert analyse(spacy_backend, text).events == []


def test_released_prisoners_are_still_released(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "The government released 300 prisoners.")
    assert [ev.type for ev in art.events] == ["RETREAT"]


def test_visiting_a_rally_or_a_museum_is_no_consultation(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "The rally was visited by several tens of thousands of people.")
    assert {ev.type for ev in art.events} <= {"PROTEST"}
    assert analyse(spacy_backend, "The president visited the museum in Paris.").events == []


def test_announcing_ones_resignation_is_resigning(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "Puerto Rico's governor announced his resignation on Wednesday.")
    assert [(ev.type, ev.mode) for ev in art.events] == [("RETREAT", "resign")]


def test_an_infinitive_on_a_noun_is_not_done(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "Workers have the right to strike.")
    assert {ev.modality for ev in art.events} == {"uncertain"}
    art = analyse(spacy_backend, "Gunmen made an attempt to assassinate the governor.")
    assert [ev.modality for ev in art.events if ev.type == "ASSAULT"] == ["asserted"]


@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        ("The election commission is scheduled to discuss the results on Monday.", "discuss", "uncertain"),
        ("The ministers are due to meet in Brussels on Friday.", "meet", "uncertain"),
        ("The trial is expected to begin next week after police arrested him.", "arrested", "asserted"),
        ("He plans to resign after police had arrested his son.", "arrested", "asserted"),
        ("He will resign when police arrest his son.", "arrest", "uncertain"),
        # an act its own phrase dates in the past was done, whatever governs it
        ("Officials fear more attacks could follow last week's bombings.", "bombings", "asserted"),
        ("Police may question the suspect about yesterday's attack.", "attack", "asserted"),
        ("The government should investigate the recent killings.", "killings", "asserted"),
        ("Officials fear more attacks could follow last week's bombings.", "attacks", "uncertain"),
        ("The minister warned that there could be more attacks.", "attacks", "uncertain"),
        ("It was not an attack on the police.", "attack", "negated"),
        # a proposal with "let" is not done; "they let him go" is
        ("Members of the G7, let's discuss this emergency in two days!", "discuss", "uncertain"),
        ("Let them protest in the square.", "protest", "uncertain"),
        # "unable to" negates its infinitive; a demand's content is not done
        ("Police were unable to arrest the suspect.", "arrest", "negated"),
        ("It was hard. It was impossible for the police to arrest him.", "arrest", "negated"),
        # stopping or falling short of an act is not doing it
        ("It was hard. The UN stopped short of condemning the attack.", "condemning", "negated"),
        ("It was hard. Obama fell short of calling for sanctions.", "calling", "negated"),
        ("It was hard. The report said the kingdom has done little to fight extremists.", "fight", "negated"),
        # a call to act, whether the parser hangs the infinitive on the noun or on the verb
        ("It was hard. Khan decried Trump's repeated calls to ban all Muslims.", "ban", "uncertain"),
        ("It was hard. Trump's calls to ban Muslims were decried by Khan.", "ban", "uncertain"),
        # anybody who would act: a condition, not a deed
        ("It was hard. Anybody who attacks him will regret it.", "attacks", "uncertain"),
        (
            "It is hard. It is impossible to conduct an investigation of each of them.",
            "investigation",
            "negated",
        ),
        ("Protesters' demands include an investigation of police violence.", "investigation", "uncertain"),
        # what is needed or required is not yet done
        ("A simple majority of the House is needed to impeach an official.", "impeach", "uncertain"),
        ("The police needed to arrest him.", "arrest", "uncertain"),
        # what a claim, a report or a rumour says happened is alleged, not told as done
        (
            "The case began. Police are investigating claims that the officer beat a prisoner.",
            "beat",
            "uncertain",
        ),
        ("The war began. The rumor that the army attacked the town spread quickly.", "attacked", "uncertain"),
        ("The war began. The officer who beat a prisoner was fired.", "beat", "asserted"),
        # an allegation, an accusation or a charge, with or without "that"
        ("He was arrested after an allegation he assaulted his neighbour.", "assaulted", "uncertain"),
        ("The case began. The charges that he attacked a guard were dropped.", "attacked", "uncertain"),
        ("The case began. The guard he attacked was fired.", "attacked", "asserted"),
    ],
)
def test_a_schedule_is_not_yet_done_and_a_past_clause_after_it_is(
    spacy_backend: SpacyBackend, text: str, trigger: str, modality: str
) -> None:
    art = analyse(spacy_backend, text)
    assert [ev["modality"] for ev in event_at(art, trigger)] == [modality]


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        # attributing an act to someone accuses them; claiming what names a wrong does too
        ("Officials attributed the bombing to Houthi rebels.", "attributed", "Houthi rebels"),
        ("Trump claimed Joe Biden only won the election due to voter fraud.", "claimed", None),
    ],
)
def test_an_attribution_or_a_claim_of_wrongdoing_accuses(
    spacy_backend: SpacyBackend, text: str, trigger: str, target: str | None
) -> None:
    art = analyse(spacy_backend, text)
    (ev,) = event_at(art, trigger)
    assert ev["type"] == "ACCUSE"
    assert (ev["target"] or {}).get("text") == target
    if "bombing" in text:  # the act alleged is an act of its own, uncertain
        assert [e["modality"] for e in event_at(art, "bombing")] == ["uncertain"]


@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        # a verb joined to a governed one, with no subject or tense of its own, is governed alike
        ("He is accused of crossing state lines and shooting two people.", "shooting", "uncertain"),
        ("The rebels want to seize the airport and attack the base.", "attack", "uncertain"),
        ("They threatened to attack and then attacked the town.", "attacked", "asserted"),
        ("Police said the man attacked a guard and stabbed a nurse.", "stabbed", "asserted"),
        # a charge alleges what it is "with", as an accusation does what it is "of"
        ("He was charged with kidnapping the girl.", "kidnapping", "uncertain"),
        # blaming or attributing an act to someone alleges who did it, as an accusation does
        ("The United States blamed Iran for the attack.", "attack", "uncertain"),
        ("The panel recommended that the troops withdraw.", "withdraw", "uncertain"),
        # an order's infinitive is not yet done; what it takes as its object is the act
        ("The army was ordered to withdraw.", "withdraw", "uncertain"),
        ("The judge ordered the arrest of the mayor.", "arrest", "asserted"),
    ],
)
def test_a_conjunct_shares_its_first_verbs_mood_and_a_charge_or_blame_is_a_claim(
    spacy_backend: SpacyBackend, text: str, trigger: str, modality: str
) -> None:
    art = analyse(spacy_backend, text)
    assert [ev["modality"] for ev in event_at(art, trigger)] == [modality]


@pytest.mark.parametrize(
    ("text", "threat"),
    [
        ("Officials warned the administration that Giuliani could be a conduit for disinformation.", False),
        ("The UN warned that the economy will shrink.", False),
        ("Israel warned Hamas that it would pay a heavy price.", True),
        ("China warned the United States against interfering.", True),
    ],
)
def test_a_warning_of_what_others_may_do_is_a_forecast(
    spacy_backend: SpacyBackend, text: str, threat: bool
) -> None:
    art = analyse(spacy_backend, text)
    assert bool([ev for ev in event_at(art, "warned") if ev["type"] == "THREATEN"]) == threat


def test_there_were_protests_tells_the_act(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "There were protests in Paris on Sunday.")
    assert [ev["type"] for ev in event_at(art, "protests")] == ["PROTEST"]


def test_parties_and_evidence_do_not_begin_or_end_in_a_line_break(spacy_backend: SpacyBackend) -> None:
    text = 'It will be orderly."\n\nRicardo Llerandi, the chief of staff, announced his resignation.\n'
    art = analyse(spacy_backend, text)
    assert art.events
    for ev in art.events:
        spans = [art.text[ev.evidence.start : ev.evidence.end], ev.source.text or "", ev.target.text or ""]
        assert all(s == s.strip() for s in spans), spans


@pytest.mark.parametrize(
    ("text", "consult"),
    [
        ("Richardson discussed his role with Wikinews.", False),
        ("The president met reporters at the White House.", False),
        ("The minister discussed the crisis with his Iraqi counterpart.", True),
        ("Biden met Putin in Geneva.", True),
    ],
)
def test_a_talk_with_the_press_is_no_consultation(
    spacy_backend: SpacyBackend, text: str, consult: bool
) -> None:
    art = analyse(spacy_backend, text)
    assert ("CONSULT" in {e.type for e in art.events}) == consult


def test_who_hails_an_agreement_is_not_its_party(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "Trump hailed the agreements as the dawn of a new Middle East.")
    assert not [e for e in art.events if e.type == "AGREE" and e.source.text == "Trump"]


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Otherwise we would have asked them to lend some groceries.", False),
        ("The party did not announce whom they would support to run against him.", False),
        ("You will be thanked by the users.", False),
        ("He said he would meet Putin.", True),
        # a forecast, not a commitment; a conditional offer commits
        ("If Kaine wins, the state would probably host a summit of the two leaders.", False),
        ("The rebels said they would meet the mediator if he gave them a veto.", True),
    ],
)
def test_only_a_commitment_is_an_intent(spacy_backend: SpacyBackend, text: str, stance: bool) -> None:
    art = analyse(spacy_backend, text)
    assert bool([e for e in art.events if e.type in ("AGREE", "CONCEDE")]) == stance


def test_nobody_to_act_is_no_act(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "When things like this happen, there is nobody to arrest them.")
    assert [ev["modality"] for ev in event_at(art, "arrest")] == ["negated"]


def test_discussing_a_question_alone_is_no_consultation(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "He discussed why he decided to join the party.")
    assert not art.events


def test_a_participle_clause_is_passive(spacy_backend: SpacyBackend) -> None:
    art = analyse(
        spacy_backend, "Brenton Tarrant appeared in court yesterday, charged with one count of murder."
    )
    [charge] = [e for e in art.events if e.type == "ACCUSE"]
    assert charge.source.text is None and charge.target.text == "Brenton Tarrant"


@pytest.mark.parametrize(
    "text",
    [
        "Harry Dunn, a motorcyclist, was struck by a Volvo XC90 driving on the wrong side of the road.",
        "The two main threats to the food sources of this colony are climate change and fisheries.",
    ],
)
def test_a_make_of_car_or_a_danger_is_no_act(spacy_backend: SpacyBackend, text: str) -> None:
    art = analyse(spacy_backend, text)
    assert not art.events, [(e.type, e.source.text) for e in art.events]


def test_voting_against_rejects(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "Parliament has repeatedly voted against a no-deal Brexit.")
    assert [ev["type"] for ev in event_at(art, "voted")] == ["REJECT"]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("My parents fully supported my decision to stop.", False),
        ("I supported it fully with my savings.", False),
        ("His father hit him.", True),
        ('"I offered to resign last night," the adviser said.', True),
        ("Her family asked the government for help.", True),
    ],
)
def test_private_life_is_no_political_act(spacy_backend: SpacyBackend, text: str, kept: bool) -> None:
    art = analyse(spacy_backend, text)
    assert bool(art.events) == kept, [(e.type, e.source.text, e.target.text) for e in art.events]


@pytest.mark.parametrize(
    ("text", "word", "plover"),
    [
        ("Police questioned the man for three hours.", "questioned", "ACCUSE"),
        ("Merkel seconded the French president's call.", "seconded", "SUPPORT"),
        ("Britain relinquished control of Hong Kong to China in 1997.", "relinquished", "RETREAT"),
        ("The city court set bail yesterday at 100,000 lari.", "set", "RETREAT"),
        ("The aviation office has suspended the airline's permit.", "suspended", "SANCTION"),
    ],
)
def test_cameo_verbs_of_inquiry_endorsement_yielding_and_sanction(
    spacy_backend: SpacyBackend, text: str, word: str, plover: str
) -> None:
    art = analyse(spacy_backend, text)
    assert [ev["type"] for ev in event_at(art, word)] == [plover]


def test_questioning_a_decision_is_no_inquiry(spacy_backend: SpacyBackend) -> None:
    events = analyse(spacy_backend, "The senator questioned the decision.").events
    assert [(e.type, e.cameo) for e in events] == [("ACCUSE", "111")]  # doubt voiced: criticism


@pytest.mark.parametrize(
    ("text", "word", "modality"),
    [
        ("Pierluisi was sworn in following the resignation of Governor Rosselló.", "resignation", "asserted"),
        ("The rebels have sworn to fight the army.", "fight", "uncertain"),
        ("They called off the attack.", "attack", "negated"),
    ],
)
def test_a_phrasal_verb_is_another_verb(
    spacy_backend: SpacyBackend, text: str, word: str, modality: str
) -> None:
    art = analyse(spacy_backend, text)
    assert {ev["modality"] for ev in event_at(art, word) if ev["type"] not in ("THREATEN", "CONCEDE")} == {
        modality
    }


def test_what_a_demand_asks_for_is_no_act_of_its_own(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "The opposition demanded the resignation of the president.")
    assert [ev.type for ev in art.events] == ["REQUEST"]


@pytest.mark.parametrize(
    ("text", "word", "plover"),
    [
        ("Algeria and Morocco have imposed bans on niqabs.", "imposed", "COERCE"),
        ("The EU imposed sanctions on Russia.", "imposed", "SANCTION"),
        ("The court barred him from leaving the country.", "barred", "COERCE"),
        ("Gorka encouraged supporters to march on the Capitol.", "encouraged", "REQUEST"),
    ],
)
def test_bans_restrict_and_encouraging_to_act_requests(
    spacy_backend: SpacyBackend, text: str, word: str, plover: str
) -> None:
    art = analyse(spacy_backend, text)
    assert {ev["type"] for ev in event_at(art, word)} == {plover}


def test_what_one_is_encouraged_to_do_is_not_yet_done(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "Gorka encouraged supporters to march on the Capitol.")
    assert [ev["modality"] for ev in event_at(art, "march")] == ["uncertain"]


def test_naming_an_act_is_no_call_for_it(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "Trump repeatedly called the Democrats' investigation a witch hunt.")
    assert [ev["modality"] for ev in event_at(art, "investigation")] == ["asserted"]


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("If they really seek security, they must not send weapons to the region.", {"AID"}),
        ("Iran would not send weapons.", {"AID", "REJECT"}),
        ("Ratcliffe and Wray held a press conference on Monday.", set()),
        ("Prime Minister Johnson was questioned about the case while speaking to the press.", set()),
        ("The man was questioned by detectives.", {"ACCUSE"}),
        ("American troops have finished their combat mission.", {"RETREAT"}),
    ],
)
def test_prohibitions_briefings_and_the_end_of_a_mission(
    spacy_backend: SpacyBackend, text: str, types: set[str]
) -> None:
    assert {e.type for e in analyse(spacy_backend, text).events} == types


def test_a_sentence_adverb_is_not_part_of_the_party(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "Afterwards Trump visited Mexico to discuss the border.")
    assert {ev["source"]["text"] for ev in event_at(art, "visited")} == {"Trump"}


@pytest.mark.parametrize(
    "text",
    [
        "Mugabe ruled Zimbabwe for 37 years.",
        "This is discussed in the Red Hat announcement.",
        "In 2000, a new threat to Mugabe's rule emerged.",
        "The statement demonstrates a complete lack of understanding.",
        "I worked two jobs to support anything that I can.",
        "Some veterans would sometimes kill the farmers.",
    ],
)
def test_holding_office_dangers_showing_and_habits_are_no_acts(
    spacy_backend: SpacyBackend, text: str
) -> None:
    art = analyse(spacy_backend, text)
    assert not art.events, [(e.type, e.trigger) for e in art.events]


def test_an_office_brief_is_no_act(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "Kurt Volker, the special envoy for Ukraine negotiations, resigned.")
    assert [e.type for e in art.events] == ["RETREAT"]


@pytest.mark.parametrize(
    ("text", "word", "modality"),
    [
        ("Take a knife and attack the tourists.", "attack", "uncertain"),
        ('"Release them now," the minister said.', "Release", "uncertain"),
        ("Police arrest man over stabbing.", "arrest", "asserted"),
    ],
)
def test_a_command_is_not_yet_done(spacy_backend: SpacyBackend, text: str, word: str, modality: str) -> None:
    art = analyse(spacy_backend, text)
    assert [ev["modality"] for ev in event_at(art, word)] == [modality]


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("The January 7 quake destroyed 300 homes. The governor declared a state of emergency.", set()),
        ("Amid riots, the governor declared a state of emergency.", {"COERCE"}),
        ("The coronavirus has infected 20,000 people. Saudi Arabia extended curfews in Mecca.", set()),
        ("Protesters burned cars in Minneapolis. The mayor imposed a curfew on the city.", {"COERCE"}),
        ("The Eighteenth Amendment banned the sale of alcohol.", set()),
        ("The authorities chose to suppress protests by students.", {"COERCE"}),
    ],
)
def test_emergencies_for_disasters_and_bans_of_goods_are_no_repression(
    spacy_backend: SpacyBackend, text: str, types: set[str]
) -> None:
    art = analyse(spacy_backend, text)
    assert {e.type for e in art.events if e.modality == "asserted"} == types, [
        (e.type, e.source) for e in art.events
    ]


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("Kamala Harris visited the state on Monday.", set()),
        # a town the model took for an organisation is still a place of the visitor's own country
        ("Indonesian security minister Wiranto was visiting the town of Pandeglang in Banten.", set()),
        # meeting a deadline reaches it; meeting demands yields to them (and the demands, named with
        # their makers, are the protesters' REQUEST, as the guidelines code a request noun with its
        # party); ordering goods is buying
        ("The government failed to meet the deadline.", set()),
        ("The government met the protesters' demands.", {"CONCEDE", "REQUEST"}),
        ("Coles ordered bigger packages from suppliers.", set()),
        ("Trump visited California on Monday.", set()),
        ("Macron visited Berlin on Monday.", {"CONSULT"}),
        ("The governor agreed, saying only this group could have done it.", set()),
        ("Iran and the EU agreed on a deal.", {"AGREE"}),
        ("Kirsten Gillibrand ended her campaign on Wednesday.", set()),
        ("Warren and Bloomberg ended their campaigns on Wednesday.", set()),
        ("Russia ended its military campaign in Syria.", {"RETREAT"}),
        ("Trump confirmed the claim on Monday.", set()),
        # light verbs: the CAMEO.2.0 blocks' bare code (060) is no act of theirs
        ("Judge Victor Marrero issued a ruling against President Donald Trump finding that he lied.", set()),
        ("Mugabe instituted a policy of land reform with Britain.", set()),
        ("Trump amassed 1,330 delegates on Tuesday.", set()),
    ],
)
def test_tours_concurrence_candidacies_and_confirmations_are_no_acts(
    spacy_backend: SpacyBackend, text: str, types: set[str]
) -> None:
    art = analyse(spacy_backend, text)
    assert {e.type for e in art.events if e.modality == "asserted"} == types


def test_what_is_agreed_to_is_not_yet_done(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "Iran agreed to resume talks.")
    assert [ev["modality"] for ev in event_at(art, "talks")] == ["uncertain"]


@pytest.mark.parametrize(
    ("text", "word", "modality"),
    [
        ("Neither the European Union nor the United States would endorse the result.", "endorse", "negated"),
        ("He advised her to kill her parents.", "kill", "uncertain"),
    ],
)
def test_no_one_outranks_a_modal_and_advice_is_not_yet_done(
    spacy_backend: SpacyBackend, text: str, word: str, modality: str
) -> None:
    art = analyse(spacy_backend, text)
    assert {ev["modality"] for ev in event_at(art, word) if ev["type"] in ("SUPPORT", "ASSAULT")} == {
        modality
    }


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("The police have to arrest him.", "uncertain"),
        ("The police will have to arrest him.", "uncertain"),
        ("The police had to arrest him.", "asserted"),  # told as done
        ("The police ought to arrest him.", "uncertain"),  # "ought", the head of its clause, demands
    ],
)
def test_an_obligation_is_not_yet_done(spacy_backend: SpacyBackend, text: str, modality: str) -> None:
    assert {ev["modality"] for ev in event_at(analyse(spacy_backend, text), "arrest")} == {modality}


@pytest.mark.parametrize(
    "text",
    [
        "A main issue discussed was the liberation of political prisoners.",
        "Wikinews asked three political pundits to give their predictions.",
        "It hit the ocean at speed shortly after take-off.",
    ],
)
def test_topics_press_questions_and_crashes_into_the_sea_are_no_acts(
    spacy_backend: SpacyBackend, text: str
) -> None:
    assert not analyse(spacy_backend, text).events


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("He asked me not to worry.", False),
        ("They supported me.", False),
        ("We have asked the government for help.", True),
        ('"He asked me to resign," the minister said.', True),
    ],
)
def test_an_interview_narrative_between_i_and_someone_is_private(
    spacy_backend: SpacyBackend, text: str, kept: bool
) -> None:
    art = analyse(spacy_backend, text)
    assert bool([e for e in art.events if e.modality == "asserted"]) == kept


def test_set_to_is_not_yet_done(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "The annual meeting of the General Assembly is set to open tomorrow.")
    assert [ev["modality"] for ev in event_at(art, "meeting")] == ["uncertain"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("A man was arrested on suspicion of murder.", "murder"),
        ("The report describes the prison as marred by allegations of torture.", "torture"),
        ("He is suspected of killing two people.", "killing"),
    ],
)
def test_a_crime_named_as_a_suspicion_is_not_reported_as_done(
    spacy_backend: SpacyBackend, text: str, word: str
) -> None:
    assert {ev["modality"] for ev in event_at(analyse(spacy_backend, text), word)} == {"uncertain"}


def test_a_warning_that_tells_someone_what_to_do_is_a_request(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "Local police warned people in the vicinity to stay inside.")
    assert [ev["type"] for ev in event_at(art, "warned")] == ["REQUEST"]
    art = analyse(spacy_backend, "Iran warned the United States against an attack.")
    assert [ev["type"] for ev in event_at(art, "warned")] == ["THREATEN"]
    art = analyse(spacy_backend, "Several senators pressured the president not to veto the bill.")
    assert [ev["type"] for ev in event_at(art, "pressured")] == ["REQUEST"]
    # what someone is pressed to do is not yet done
    art = analyse(spacy_backend, "Trump tried to pressure Ukraine to launch an investigation of Biden.")
    assert [ev["modality"] for ev in event_at(art, "investigation")] == ["uncertain"]
    # pressure as a noun governs what was done: the groups did call
    art = analyse(spacy_backend, "The move eased pressure from armed groups calling for a withdrawal.")
    assert [ev["modality"] for ev in event_at(art, "calling")] == ["asserted"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # supporting as a state held, or a vote, is no act (the guidelines: opinions held as states)
        ("The journalist openly supported independence for South Yemen.", False),
        ("State legislators supporting the law argued it was to prevent voter fraud.", False),
        # support said in words is
        ("Germany voiced its support for Ukraine.", True),
    ],
)
def test_support_held_is_no_act_support_expressed_is(
    spacy_backend: SpacyBackend, text: str, coded: bool
) -> None:
    art = analyse(spacy_backend, text)
    assert any(e.type == "SUPPORT" for e in art.events) is coded


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "accused", "act_modality"),
    [
        # claiming another did violence accuses them (CAMEO 112) and only alleges the act
        ("Iran claimed that Israeli jets bombed a convoy near Damascus.", "Israeli jets", "uncertain"),
        # a claim of what one suffered, or of one's own act, accuses no one
        ("The mayor claimed 90 civilians were wounded.", None, "asserted"),
        ("The Houthi movement claimed responsibility for the attack.", None, "asserted"),
    ],
)
def test_a_claimed_act_of_force_accuses_its_doer(
    spacy_backend: SpacyBackend, text: str, accused: str | None, act_modality: str
) -> None:
    art = analyse(spacy_backend, text)
    accusations = [e.target.text for e in art.events if e.type == "ACCUSE"]
    assert accusations == ([accused] if accused else [])
    assert [e.modality for e in art.events if e.type == "ASSAULT"] == [act_modality]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        # a participle clause of time under a past verb is told as done; a refusal does not undo it
        ("When asked to leave, he refused.", "asked", "asserted"),
        ("After being arrested, he refused to talk.", "arrested", "asserted"),
        ("He will resign after meeting the president.", "meeting", "uncertain"),
    ],
)
def test_a_participle_clause_of_time_takes_its_main_clause_time(
    spacy_backend: SpacyBackend, text: str, trigger: str, modality: str
) -> None:
    art = analyse(spacy_backend, text)
    assert modality in [ev["modality"] for ev in event_at(art, trigger)]
    assert all(ev["modality"] != "negated" for ev in event_at(art, trigger))


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "modality"),
    [
        # "not ... until" tells when it was done
        ("Police did not arrest him until Friday.", "asserted"),
        ("Police did not arrest him.", "negated"),
    ],
)
def test_not_until_is_done_then(spacy_backend: SpacyBackend, text: str, modality: str) -> None:
    art = analyse(spacy_backend, text)
    assert [ev["modality"] for ev in event_at(art, "arrest")] == [modality]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Senator Warren lambasted Trump on Monday.", "lambasted"),
        ("Sanders chastised the Democratic Party on Tuesday.", "chastised"),
        ("Trump bashed Clinton at a rally in Ohio.", "bashed"),
        ("Clinton mocked Trump for calling himself the king of debt.", "mocked"),
        ("The senator ridiculed the governor's plan.", "ridiculed"),
        ("The governor demeaned the senator's record on the campaign trail.", "demeaned"),
        ("The mayor decried the influence of big money in politics.", "decried"),
        ("The mayor berated the police chief in public.", "berated"),
        ("The senator railed against the trade deal.", "railed"),
        ("The governor assailed the president's budget.", "assailed"),
        ("Senator Smith assailed President Biden on Monday.", "assailed"),
    ],
)
def test_verbs_of_criticism_are_accusations(spacy_backend: SpacyBackend, text: str, trigger: str) -> None:
    art = analyse(spacy_backend, text)
    assert [ev["type"] for ev in event_at(art, trigger)] == ["ACCUSE"]


@pytest.mark.parametrize(
    ("text", "trigger", "types"),
    [
        ("The president has claimed widespread voter fraud in Pennsylvania.", "claimed", ["ACCUSE"]),
        ("Trump repeated his claims of election fraud on Monday.", "claims", ["ACCUSE"]),
        ("Officials claimed victory in the vote.", "claimed", []),
    ],
)
def test_claiming_a_wrong_alleges_it(
    spacy_backend: SpacyBackend, text: str, trigger: str, types: list[str]
) -> None:
    art = analyse(spacy_backend, text)
    assert [ev["type"] for ev in event_at(art, trigger)] == types


@pytest.mark.parametrize(
    ("text", "events"),
    [
        ("On Tuesday, the Democratic Party held primary elections in fourteen states.", []),
        ("The ruling party held a referendum on the constitution.", []),
        ("The government held talks with the rebels.", ["CONSULT"]),
    ],
)
def test_holding_a_vote_is_no_act(spacy_backend: SpacyBackend, text: str, events: list[str]) -> None:
    assert [ev.type for ev in analyse(spacy_backend, text).events] == events


def test_be_going_to_is_a_plan_not_an_act(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "The senator is going to meet the president on Friday.")
    assert [ev["modality"] for ev in event_at(art, "meet")] == ["uncertain"]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Marine Le Pen voiced support for Donald Trump on Wednesday.", "voiced"),
        ("The senator threw his support behind Ted Cruz.", "threw"),
    ],
)
def test_support_said_in_so_many_words_is_support(
    spacy_backend: SpacyBackend, text: str, trigger: str
) -> None:
    art = analyse(spacy_backend, text)
    assert [ev["type"] for ev in event_at(art, trigger)] == ["SUPPORT"]


def test_a_promise_not_to_act_is_a_refusal(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "Curbelo vowed not to vote for him even if he wins the nomination.")
    assert [ev["type"] for ev in event_at(art, "vowed")] == ["REJECT"]
    art = analyse(spacy_backend, "The rebels vowed to attack the capital.")
    assert [ev["type"] for ev in event_at(art, "vowed")] == ["THREATEN"]
    art = analyse(spacy_backend, "The president vowed to fight terrorism.")  # a policy, no harm
    assert [ev["type"] for ev in event_at(art, "vowed")] == ["AGREE"]


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("Corker began speaking with other members a few months ago.", ["CONSULT"]),
        ("Merkel spoke with Macron by phone.", ["CONSULT"]),
        ("The senator spoke with reporters on Monday.", []),  # a statement to the press
    ],
)
def test_speaking_with_someone_is_talks(spacy_backend: SpacyBackend, text: str, types: list[str]) -> None:
    assert [e.type for e in analyse(spacy_backend, text).events] == types


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("No group has claimed responsibility for the bombing in Kabul.", "bombing"),
        ("Nobody claimed the attack on the embassy.", "attack"),
        ("It was the deadliest attack on the city since 2019.", "attack"),
    ],
)
def test_a_phrase_that_names_no_one_or_the_act_itself_is_no_source(
    spacy_backend: SpacyBackend, text: str, trigger: str
) -> None:
    (ev,) = event_at(analyse(spacy_backend, text), trigger)
    assert ev["type"] == "ASSAULT" and ev["modality"] == "asserted"
    assert ev["source"]["text"] is None and ev["source"]["actor"] is None


def test_a_suicide_bomber_is_no_target_of_his_own_bomb(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "A suicide bomber blew himself up at a checkpoint in Mosul.")
    (ev,) = event_at(art, "blew")
    assert "bomber" in party_text(art, ev["source"])
    assert ev["target"]["text"] is None and ev["target"]["actor"] is None


@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        ("The bomb, which was planted by Houthi rebels, killed four soldiers.", "killed", "Houthi rebels"),
        ("An attack carried out by the Taliban killed six policemen.", "attack", "Taliban"),
        ("Mortar shells fired by rebels struck a hospital.", "struck", "rebels"),
    ],
)
def test_who_did_it_or_used_the_weapon_in_a_clause_of_its_noun(
    spacy_backend: SpacyBackend, text: str, trigger: str, agent: str
) -> None:
    art = analyse(spacy_backend, text)
    (ev,) = event_at(art, trigger)
    assert agent in party_text(art, ev["source"])


def test_who_reacted_to_an_act_did_not_do_it(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "The bombing, which was condemned by the United Nations, killed 12 people.")
    (ev,) = event_at(art, "bombing")
    assert ev["source"]["text"] is None and ev["source"]["actor"] is None


@pytest.mark.parametrize(
    ("text", "trigger", "held"),
    [
        ("There are now five suspects in custody.", "custody", "suspects"),
        ("Three men were placed in custody after the raid.", "custody", "men"),
        ("The attacker was being held in isolation pending investigation.", "held in isolation", "attacker"),
        ("Sirhan was held in a prison in San Diego.", "held in a prison", "Sirhan"),
    ],
)
def test_custody_is_detention(spacy_backend: SpacyBackend, text: str, trigger: str, held: str) -> None:
    art = analyse(spacy_backend, text)
    (ev,) = event_at(art, trigger)
    assert ev["type"] == "COERCE" and ev["modality"] == "asserted"
    assert held in party_text(art, ev["target"])


@pytest.mark.parametrize(
    "text",
    [
        "She won custody of the children after the divorce.",
        "A Palestinian man died while in Israeli police custody.",
        "The couple are locked in a custody battle.",
    ],
)
def test_custody_of_children_or_as_a_frame_is_no_detention(spacy_backend: SpacyBackend, text: str) -> None:
    assert not event_at(analyse(spacy_backend, text), "custody")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The third man left the airport after the bombs went off at 7:58 a.m.", "went off"),  # off: advmod
        ("A gunman opened fire on the crowd.", "opened fire"),  # the bare noun the trigger needs
        ("The suspects exchanged gunfire with police.", "exchanged gunfire"),
        ("Police arrested protesters on Monday.", "arrested"),  # a party is never the trigger
    ],
)
def test_a_phrasal_trigger_spans_its_particle_or_bare_noun(
    spacy_backend: SpacyBackend, text: str, trigger: str
) -> None:
    art = analyse(spacy_backend, text)
    assert [text[e.trigger.start : e.trigger.end] for e in art.events if e.trigger] == [trigger]


def test_one_detention_for_taken_into_custody(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "Police said the suspect was taken into custody.")
    assert [e.type for e in art.events] == ["COERCE"]


@pytest.mark.parametrize(
    ("text", "trigger", "role", "words"),
    [
        ("Eight Mexicans died in the attack.", "attack", "target", "Mexicans"),
        ("The opposition walked out in protest.", "protest", "source", "opposition"),
        ("The Department issued a statement that an inmate had been stabbed.", "stabbed", "target", "inmate"),
        ("Indonesia's security minister Wiranto was stabbed.", "stabbed", "target", "Wiranto"),
    ],
)
def test_who_died_in_an_act_and_a_name_after_its_title(
    spacy_backend: SpacyBackend, text: str, trigger: str, role: str, words: str
) -> None:
    art = analyse(spacy_backend, text)
    (ev,) = event_at(art, trigger)
    assert words in party_text(art, ev[role])
    other = "source" if role == "target" else "target"
    assert words not in party_text(art, ev[other])


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        ("A gunman went on a shooting rampage in the town.", "shooting", "gunman"),
        ("An IT worker went on a stabbing spree.", "stabbing", "worker"),
    ],
)
def test_an_act_noun_naming_a_run_of_acts_is_the_act(
    spacy_backend: SpacyBackend, text: str, trigger: str, doer: str
) -> None:
    art = analyse(spacy_backend, text)
    (ev,) = event_at(art, trigger)
    assert ev["type"] == "ASSAULT" and doer in party_text(art, ev["source"])


@pytest.mark.parametrize(
    ("text", "trigger", "doer", "victims", "killed"),
    [
        ("An IT worker went on a stabbing spree, killing four.", "stabbing", "worker", "four", 4),
        ("A gunman went on a shooting rampage, killing four.", "shooting", "gunman", "four", 4),
        (
            "Gunmen carried out an attack on a police station, killing six officers.",
            "attack",
            "Gunmen",
            None,
            6,
        ),
        ("The army launched an offensive in the north, killing 30 militants.", "offensive", "army", "30", 30),
    ],
)
def test_a_toll_told_by_a_clause_of_the_undertaking_verb_is_the_acts(
    spacy_backend: SpacyBackend, text: str, trigger: str, doer: str, victims: str | None, killed: int
) -> None:
    art = analyse(spacy_backend, text)
    (ev,) = [e for e in art.events if e.type == "ASSAULT"]
    assert art.text[ev.trigger.start : ev.trigger.end] == trigger and ev.fatalities == killed
    assert doer in party_text(art, ev.source.model_dump())
    assert victims is None or victims in party_text(art, ev.target.model_dump())


@pytest.mark.parametrize(
    ("text", "author"),
    [
        ("Police arrested the suspect in the shooting.", "suspect"),
        ("State prosecutors charged the suspect in the shooting with capital murder.", "suspect"),
        ("The perpetrators of the attack fled.", "perpetrators"),
        ("He was an active participant in the bombing.", "participant"),
        # whoever is held to account for an attack is its (alleged) doer, not its target
        ("McVeigh was eventually convicted of the bombing.", "McVeigh"),
        ("Tsarnaev was found guilty of the attack.", "Tsarnaev"),
        ("Police arrested two men over the attack.", "two men"),
        # a time before the act is no owner of it
        ("The suspect in Saturday night's bombing is in a hospital.", "suspect"),
    ],
)
def test_the_suspect_in_an_attack_is_its_alleged_author(
    spacy_backend: SpacyBackend, text: str, author: str
) -> None:
    art = analyse(spacy_backend, text)
    (ev,) = [
        e for e in art.events if e.type == "ASSAULT" and art.text[e.trigger.start : e.trigger.end] != "murder"
    ]
    assert author in party_text(art, ev.source.model_dump())


def test_an_execution_is_no_toll_of_the_crime(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "McVeigh was eventually convicted of the bombing and executed.")
    triggers = {art.text[e.trigger.start : e.trigger.end]: e for e in art.events if e.type == "ASSAULT"}
    assert "McVeigh" in party_text(art, triggers["executed"].target.model_dump())
    assert triggers["bombing"].target.text is None


def test_suspects_in_custody_are_held_not_holders(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "The security chief announced on Tuesday there were suspects in custody.")
    (ev,) = [e for e in art.events if e.type == "COERCE"]
    assert "suspects" not in party_text(art, ev.source.model_dump())


@pytest.mark.parametrize(
    "text",
    [
        "The task force released a statement saying an attack on an air base produced no casualties.",
        "A video posted online shows the attack on the convoy.",
    ],
)
def test_who_tells_of_an_attack_is_not_its_author(spacy_backend: SpacyBackend, text: str) -> None:
    art = analyse(spacy_backend, text)
    (ev,) = [e for e in art.events if e.type == "ASSAULT"]
    assert not ev.source.text


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        (
            "A woman was hurt by shattering glass after police discharged their firearms.",
            "discharged",
            "police",
        ),
        ("A bomb was detonated in the market.", "detonated", None),
    ],
)
def test_a_weapon_used_is_the_instrument_not_the_target(
    spacy_backend: SpacyBackend, text: str, trigger: str, doer: str | None
) -> None:
    art = analyse(spacy_backend, text)
    (ev,) = [e for e in art.events if e.type == "ASSAULT"]
    assert art.text[ev.trigger.start : ev.trigger.end] == trigger and not ev.target.text
    assert doer is None or doer in party_text(art, ev.source.model_dump())


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("They were taken into the custody of the forestry department.", "taken into the custody"),
        ("He was held in prison for years.", "held in prison"),
        ("Police arrested two men on Friday.", "arrested"),
    ],
)
def test_a_verb_into_custody_names_the_act_with_its_place(
    spacy_backend: SpacyBackend, text: str, trigger: str
) -> None:
    art = analyse(spacy_backend, text)
    (ev,) = [e for e in art.events if e.type == "COERCE"]
    assert art.text[ev.trigger.start : ev.trigger.end] == trigger


@pytest.mark.parametrize(
    ("text", "holder", "held"),
    [
        ("The men remain in the custody of Iraqi police.", "police", "men"),
        ("They were taken into the custody of the forestry department.", "forestry department", "They"),
    ],
)
def test_in_the_custody_of_names_who_holds(
    spacy_backend: SpacyBackend, text: str, holder: str, held: str
) -> None:
    art = analyse(spacy_backend, text)
    (ev,) = [e for e in art.events if e.type == "COERCE"]
    assert holder in party_text(art, ev.source.model_dump()) and held in party_text(
        art, ev.target.model_dump()
    )


@pytest.mark.parametrize(
    "text",
    [
        "During that meeting, it was agreed a partial lockdown would be instated on Saturday.",
        "It was agreed that the talks would resume in March.",
    ],
)
def test_an_it_that_stands_for_a_clause_is_no_party(spacy_backend: SpacyBackend, text: str) -> None:
    art = analyse(spacy_backend, text)
    (ev,) = [e for e in art.events if e.type == "AGREE"]
    assert not ev.target.text and not ev.source.text


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Dozens died in the attack, reportedly conducted by the Taliban.", "Taliban"),
        ("Police condemned the attack, carried out by unknown gunmen.", "gunmen"),
    ],
)
def test_a_participle_hung_on_the_verb_after_an_attack_names_its_doer(
    spacy_backend: SpacyBackend, text: str, doer: str
) -> None:
    art = analyse(spacy_backend, text)
    (ev,) = [e for e in art.events if e.type == "ASSAULT"]
    assert doer in party_text(art, ev.source.model_dump())


def test_a_killing_in_an_airstrike_is_the_airstrike(spacy_backend: SpacyBackend) -> None:
    text = "The move follows the United States' killing of Qasem Soleimani in an airstrike last week."
    art = analyse(spacy_backend, text)
    (ev,) = [e for e in art.events if e.type == "ASSAULT"]
    assert art.text[ev.trigger.start : ev.trigger.end] == "airstrike"
    assert "United States" in party_text(art, ev.source.model_dump()) and "Soleimani" in party_text(
        art, ev.target.model_dump()
    )


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("Police said the shooting left three dead.", 3, None),
        ("The shooting left three people dead and 12 injured.", 3, 12),
        ("The attack left 12 dead and 30 injured.", 12, 30),
        ("The attack left 30 injured.", None, 30),
    ],
)
def test_left_dead_counts_who_was_left_not_the_act(
    spacy_backend: SpacyBackend, text: str, killed: int | None, injured: int | None
) -> None:
    (ev,) = [e for e in analyse(spacy_backend, text).events if e.type == "ASSAULT"]
    assert (ev.fatalities, ev.injured) == (killed, injured)


def test_left_dead_and_injured_by_a_quake_is_no_attack(spacy_backend: SpacyBackend) -> None:
    text = (
        "A strong earthquake hit the south of the country. On Wednesday, the strong tremor left five"
        " dead and, by early reports, at least 30 injured."
    )
    assert not [e for e in analyse(spacy_backend, text).events if e.type == "ASSAULT"]


def test_left_injured_by_a_bombing_is_its_toll(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "The bombing left five dead and 30 injured.")
    (ev,) = [e for e in art.events if e.type == "ASSAULT"]
    assert art.text[ev.trigger.start : ev.trigger.end] == "bombing"


@pytest.mark.parametrize(
    ("text", "trigger", "kept"),
    [
        ("A car bomb was on Monday rammed into a military base.", "rammed", True),
        ("He was sentenced for driving his car into a crowd of people.", "driving", True),
        ("He drove into a tree on the highway.", "drove", False),
        ("The ship rammed into the pier.", "rammed", False),
    ],
)
def test_driving_a_vehicle_into_people_or_a_guarded_place_is_an_attack(
    spacy_backend: SpacyBackend, text: str, trigger: str, kept: bool
) -> None:
    found = [e for e in event_at(analyse(spacy_backend, text), trigger) if e["type"] == "ASSAULT"]
    assert bool(found) is kept


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        (
            "The coalition came to Iraq to fight ISIS after the group took over a third of it.",
            "fight",
            "The coalition",
        ),
        ("Gunmen stormed the hotel on Monday, killing six guests.", "stormed", "Gunmen"),
    ],
)
def test_the_evidence_holds_the_parties_of_its_act(
    spacy_backend: SpacyBackend, text: str, trigger: str, source: str
) -> None:
    """Every field is traced to words inside the evidence, a subject its clause shares included."""
    art = analyse(spacy_backend, text)
    (ev,) = [e for e in event_at(art, trigger) if e["type"] == "ASSAULT"]
    evidence = art.text[ev["evidence"]["start"] : ev["evidence"]["end"]]
    assert ev["source"]["text"] == source
    assert source in evidence and trigger in evidence
    assert ev["target"]["text"] in evidence


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a police search is coercion; one that kills is an attack
        ("Police raided the home of the suspect on Monday.", "COERCE"),
        ("FBI agents raided Manafort's home.", "COERCE"),
        ("Police raided the compound, killing two gunmen.", "ASSAULT"),
        ("Soldiers raided a rebel camp.", "ASSAULT"),
    ],
)
def test_a_police_raid_is_a_search(spacy_backend: SpacyBackend, text: str, kind: str) -> None:
    (ev,) = event_at(analyse(spacy_backend, text), "raided")
    assert ev["type"] == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a raid named for the law it enforces is a search, whoever the text says ran it
        ("Democrats condemned the administration's deportation raids on Tuesday.", "COERCE"),
        ("The drug raids in the city continued on Monday.", "COERCE"),
        ("The army's raids on rebel villages continued on Monday.", "ASSAULT"),
    ],
)
def test_a_raid_named_for_a_law_is_a_search(spacy_backend: SpacyBackend, text: str, kind: str) -> None:
    (ev,) = event_at(analyse(spacy_backend, text), "raids")
    assert ev["type"] == kind


@pytest.mark.parametrize(
    ("text", "trigger", "kind"),
    [
        ("Clinton launched a blistering attack on Trump.", "attack", "ACCUSE"),
        ("Gunmen launched an attack on the senator's convoy.", "attack", "ASSAULT"),
        # a politician's attack aimed at no one named is made in words too
        ("President Obama attacked on Tuesday.", "attacked", "ACCUSE"),
        ("The president was attacked by a man with a knife.", "attacked", "ASSAULT"),
        (
            "The statement said an attack on an air base housing U.S. troops caused no damage.",
            "attack",
            "ASSAULT",
        ),
    ],
)
def test_an_attack_noun_between_politicians_is_criticism(
    spacy_backend: SpacyBackend, text: str, trigger: str, kind: str
) -> None:
    (ev,) = event_at(analyse(spacy_backend, text, "2016-06-01"), trigger)
    assert ev["type"] == kind


def test_a_needed_with_the_parser_hung_on_the_object_phrase(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "State prosecutors charged the suspect in the shooting with capital murder.")
    (ev,) = event_at(art, "charged")
    assert ev["type"] == "ACCUSE" and "suspect" in party_text(art, ev["target"])
    assert ev["confidence"] >= 0.5  # the core lexicon's reading, not a dictionary guess


@pytest.mark.parametrize(
    ("text", "trigger", "kind"),
    [
        ("The pontiff met Sanders at the Vatican guest house.", "met", "CONSULT"),
        ("Curbelo has slammed Trump's comments about immigrants.", "slammed", "ACCUSE"),
    ],
)
def test_the_pope_as_a_title_and_slamming_as_criticism(
    spacy_backend: SpacyBackend, text: str, trigger: str, kind: str
) -> None:
    (ev,) = event_at(analyse(spacy_backend, text, "2016-04-18"), trigger)
    assert ev["type"] == kind


@pytest.mark.parametrize("text", ["He slammed the door.", "The truck slammed into a wall."])
def test_a_door_or_a_wall_slammed_is_no_criticism(spacy_backend: SpacyBackend, text: str) -> None:
    assert not analyse(spacy_backend, text).events


def test_acquiescing_is_yielding(spacy_backend: SpacyBackend) -> None:
    (ev,) = event_at(
        analyse(spacy_backend, "Clinton even acquiesced to the original Sanders demand."), "acquiesced"
    )
    assert ev["type"] == "CONCEDE" and ev["modality"] == "asserted"


def test_a_phrase_of_time_is_not_the_preposition_a_trigger_needs(spacy_backend: SpacyBackend) -> None:
    assert not [
        e for e in analyse(spacy_backend, "Biden called Netanyahu on Tuesday.").events if e.type == "REQUEST"
    ]
    (ev,) = event_at(analyse(spacy_backend, "The UN called on Israel to withdraw."), "called")
    assert ev["type"] == "REQUEST"


def test_whom_an_attack_is_done_to_is_not_the_place_after_it(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "A gunman shot shoppers at a Walmart store.")
    (ev,) = event_at(art, "shot")
    assert "shoppers" in party_text(art, ev["target"]) and "Walmart" not in party_text(art, ev["target"])


def test_a_date_after_an_act_noun_does_not_hide_whom_it_was_done_to(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "After his arrest on Friday, Brenton stayed in the police station.")
    (ev,) = event_at(art, "arrest")
    assert ev["target"]["text"] == "his" and ev["source"]["text"] is None


@pytest.mark.parametrize(
    ("text", "trigger", "whom"),
    [
        ("In 2006, Abqaiq was the target of an Al-Qaeda suicide attack.", "attack", "Abqaiq"),
        ("She was a victim of the bombing.", "bombing", "She"),
        ("There was an assault on an inmate on Friday at the prison.", "assault", "inmate"),
    ],
)
def test_who_was_the_target_or_victim_of_an_act(
    spacy_backend: SpacyBackend, text: str, trigger: str, whom: str
) -> None:
    art = analyse(spacy_backend, text)
    (ev,) = event_at(art, trigger)
    assert whom in party_text(art, ev["target"]) and "Friday" not in party_text(art, ev["target"])


@pytest.mark.parametrize(
    ("text", "trigger", "author"),
    [
        ("Officials blamed the Islamic State for the bombing.", "bombing", "Islamic State"),
        ("The general manager attributed the bombing to Houthi rebels.", "bombing", "Houthi rebels"),
    ],
)
def test_whom_an_act_is_laid_on_is_its_alleged_author(
    spacy_backend: SpacyBackend, text: str, trigger: str, author: str
) -> None:
    art = analyse(spacy_backend, text)
    (ev,) = event_at(art, trigger)
    assert author in party_text(art, ev["source"])


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        # a spoken kind of attack, an attack on what only words attack, a gerund on a politician
        ("Rubio said Trump had engaged in personal attacks the entire campaign.", "attacks", "ACCUSE"),
        ("Trump went on Twitter to continue his verbal assault on the nominee.", "assault", "ACCUSE"),
        ("Cosby is attacked in the media while Bill Clinton is celebrated.", "attacked", "ACCUSE"),
        ("Soldiers were attacked in the village.", "attacked", "ASSAULT"),
        ("His aide doubled down on attacks on Clinton's fitness to be president.", "attacks", "ACCUSE"),
        ("She pointed to attacks on her campaign funded by two billionaires.", "attacks", "ACCUSE"),
        ("He has spent weeks attacking the former president.", "attacking", "ACCUSE"),
        ("The militants carried out attacks on the army base.", "attacks", "ASSAULT"),
        ("Gunmen attacked the governor's convoy, killing two guards.", "attacked", "ASSAULT"),
        ("Gunmen assailed the convoy with rifles.", "assailed", "ASSAULT"),
        # a blistering attack; one over a policy (not over a border); one made by running ads
        ("Rubio has stepped up his blistering attacks against the president.", "attacks", "ACCUSE"),
        ("The governor faced stinging attacks from her rival over her tax policies.", "attacks", "ACCUSE"),
        ("The mayor drew attacks from the council members over the housing plan.", "attacks", "ACCUSE"),
        ("Rebels launched attacks over the border on Tuesday.", "attacks", "ASSAULT"),
        ("Rubio attacked Trump over his immigration policy.", "attacked", "ACCUSE"),
        ("The senator was attacked by rivals, running millions in ads against her.", "attacked", "ACCUSE"),
        ("The senator was attacked by gunmen, who fired at her car.", "attacked", "ASSAULT"),
    ],
)
def test_attacks_that_only_words_make_are_criticism(
    spacy_backend: SpacyBackend, text: str, word: str, kind: str
) -> None:
    assert types_at(spacy_backend, text, word) == [kind]


@pytest.mark.parametrize(
    "text",
    [
        # a second sentence: the first of an article is read as a headline, whose present tells past acts,
        # and "critics demean the police" is a generic present (a bare plural), no act
        "Pence spoke in Ohio. Mike Pence echoed statements by Donald Trump that critics demean the police.",
        "When Trump used the words, he was echoing Ryan.",
        "The senator repeated his tradition of tweeting about the debates.",
    ],
)
def test_echoing_or_repeating_someone_is_no_criticism(spacy_backend: SpacyBackend, text: str) -> None:
    assert [e.type for e in analyse(spacy_backend, text).events] == []


def test_repeating_a_call_or_an_accusation_is_the_call_or_the_accusation(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "The minister repeated the accusation against Iran and his call for talks.")
    assert {e.type for e in art.events} >= {"ACCUSE", "REQUEST"}


def test_an_act_avoided_is_not_done_and_refuses_nothing(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "The police avoided arresting him.")
    assert [ev["modality"] for ev in event_at(art, "arresting")] == ["negated"]
    assert "REJECT" not in {e.type for e in art.events}


@pytest.mark.parametrize(
    ("text", "word", "source", "target"),
    [
        ("It was a busy week. Putin and Merkel held talks by phone on Friday.", "talks", "Putin", "Merkel"),
        ("It was a busy week. Putin and Merkel held a meeting by video link.", "meeting", "Putin", "Merkel"),
        ("It was a busy week. Putin held talks with Merkel by telephone.", "talks", "Putin", "Merkel"),
        ("It was a busy week. Putin and Merkel held a phone call on Friday.", "call", "Putin", "Merkel"),
        ("It was a busy week. Merkel received a video call from Putin.", "call", "Putin", "Merkel"),
    ],
)
def test_talks_by_phone_are_between_their_parties(
    spacy_backend: SpacyBackend, text: str, word: str, source: str, target: str
) -> None:
    """'By phone', 'by video link': the channel of the talks, never who holds them."""
    art = analyse(spacy_backend, text)
    (ev,) = event_at(art, word)
    assert ev["type"] == "CONSULT"
    assert source in party_text(art, ev["source"]) and target in party_text(art, ev["target"])


@pytest.mark.parametrize(
    ("text", "word", "types"),
    [
        ("It was a busy week. Police held the protester by the arm.", "held", ["COERCE"]),
        ("It was a busy week. Two activists were detained by police in Minsk.", "detained", ["COERCE"]),
        ("It was a busy week. The mayor made the call with his advisers.", "call", []),  # a decision
    ],
)
def test_a_by_phrase_that_names_no_channel_is_unchanged(
    spacy_backend: SpacyBackend, text: str, word: str, types: list[str]
) -> None:
    assert types_at(spacy_backend, text, word) == types


def test_making_no_apologies_refuses_nothing(spacy_backend: SpacyBackend) -> None:
    """'makes no apologies for his candor': an apology not made, no refusal (REJECT)."""
    art = analyse(spacy_backend, "It was hard. Admiral Harris makes no apologies for his candor.")
    assert [(ev["type"], ev["modality"]) for ev in event_at(art, "apologies")] == [("CONCEDE", "negated")]


@pytest.mark.parametrize(
    "text",
    [
        "Rebels launched an attack against the embassy.",
        "Rebels staged an attack on the embassy.",
        "The army launched an offensive against the rebels.",
    ],
)
def test_launching_an_attack_is_the_attack(spacy_backend: SpacyBackend, text: str) -> None:
    """The verb that launches or stages an attack is no act of its own ("launched ... embassy" is
    no embassy opened, CAMEO 054)."""
    assert [ev.type for ev in analyse(spacy_backend, text).events] == ["ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Neither Russia nor China is preventing the sanctions.",
        "China blocked the sanctions against Iran.",
        "The government opposed the sanctions on Iran.",
    ],
)
def test_who_counters_an_act_did_not_do_it(spacy_backend: SpacyBackend, text: str) -> None:
    """The subject of 'prevent', 'block' or 'oppose' acts against the act its object names."""
    [sanctions] = [ev for ev in analyse(spacy_backend, text).events if ev.type == "SANCTION"]
    assert sanctions.source.text is None


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("Senate Republicans blocked the bill on Tuesday.", "REJECT"),
        ("Russia blocked a UN Security Council resolution on Syria.", "REJECT"),
        ("China blocked the sanctions against Iran.", "REJECT"),
        ("Protesters blocked the road to the airport.", "PROTEST"),
    ],
)
def test_blocking_a_bill_or_a_resolution_rejects_it(
    spacy_backend: SpacyBackend, text: str, plover: str
) -> None:
    """Blocking a bill, a resolution or sanctions is a veto (CAMEO 129), not coercion (170)."""
    article = analyse(spacy_backend, text)
    blocked = [
        ev.type
        for ev in article.events
        if ev.trigger and text[ev.trigger.start : ev.trigger.end] == "blocked"
    ]
    assert blocked == [plover]


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("The army withdrew from the northern city after the agreement.", "RETREAT"),
        ("The United States withdrew from the Paris climate agreement.", "SANCTION"),
    ],
)
def test_a_phrase_of_time_names_no_object_of_the_act(
    spacy_backend: SpacyBackend, text: str, plover: str
) -> None:
    """'after the agreement' says when the army withdrew, not what it withdrew from."""
    assert [ev.type for ev in analyse(spacy_backend, text).events] == [plover]


def test_a_denied_intent_is_no_agreement(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "Iran is not willing to negotiate.")
    assert "AGREE" not in {e.type for e in art.events}


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The president met the envoy earlier this week.", "2021-12"),  # 6-12 December
        ("The president met the envoy last week.", "2021"),  # 29 November - 5 December
    ],
)
def test_a_week_dates_an_event_to_its_month(spacy_backend: SpacyBackend, text: str, day: str) -> None:
    [event] = analyse(spacy_backend, text, published="2021-12-09").events
    assert event.date == day


def test_an_answer_in_a_clause_of_its_own_is_an_act_of_its_own(spacy_backend: SpacyBackend) -> None:
    """'and Israel responded with airstrikes on Gaza': a clause with its own subject tells its own
    act (not a mention of the rockets), done by that subject to what the verb's 'on' names."""
    text = "Hamas fired rockets at Tel Aviv, and Israel responded with airstrikes on Gaza."
    events = [
        (e.type, e.source.text, e.target.text, e.refers_to) for e in analyse(spacy_backend, text).events
    ]
    assert events == [("ASSAULT", "Hamas", "Tel Aviv", None), ("ASSAULT", "Israel", "Gaza", None)]


def test_an_act_noun_under_the_verb_of_its_act_stays_one_act(spacy_backend: SpacyBackend) -> None:
    events = analyse(spacy_backend, "Militants killed two soldiers in an ambush.").events
    assert [(e.type, e.source.text, e.target.text) for e in events] == [
        ("ASSAULT", "Militants", "two soldiers")
    ]


def test_what_is_used_to_do_an_act_does_not_do_it(spacy_backend: SpacyBackend) -> None:
    """'used live ammunition to disperse protesters': the forces disperse them (the ammunition is
    their means, and no party: the act was dropped as one of no one)."""
    text = "Security forces used live ammunition to disperse protesters in Baghdad, killing four."
    events = {e.type: e for e in analyse(spacy_backend, text).events}
    assert events["COERCE"].source.text == "Security forces" and events["COERCE"].modality == "asserted"
    assert events["ASSAULT"].fatalities == 4


def test_tear_gas_fired_is_no_target(spacy_backend: SpacyBackend) -> None:
    [event] = analyse(spacy_backend, "Police fired tear gas to disperse the crowd.").events[:1]
    assert event.target.text is None


@pytest.mark.parametrize(
    ("text", "word", "modality"),
    [
        ("Police foiled a bomb attack on the embassy.", "attack", "negated"),  # it did not happen
        ("The talks failed.", "talks", "asserted"),  # a verb that denies does not deny its subject
        ("Police failed to arrest the suspect.", "arrest", "negated"),
    ],
)
def test_foiled_acts_did_not_happen_but_failed_ones_did(
    spacy_backend: SpacyBackend, text: str, word: str, modality: str
) -> None:
    events = [e for e in analyse(spacy_backend, text).events if text[e.trigger.start : e.trigger.end] == word]
    assert [e.modality for e in events] == [modality]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Ayotte has withheld her endorsement of Trump.", "SUPPORT"),
        ("Washington withheld aid from Egypt.", "AID"),
    ],
)
def test_what_is_withheld_is_not_given(spacy_backend: SpacyBackend, text: str, kind: str) -> None:
    events = [e for e in analyse(spacy_backend, text).events if e.type == kind]
    assert events and all(e.modality == "negated" for e in events)


def test_a_repelled_attack_is_the_attackers_act(spacy_backend: SpacyBackend) -> None:
    events = analyse(spacy_backend, "Troops repelled an attack by militants on a base.").events
    [attack] = [e for e in events if e.trigger is not None and e.trigger.start == 19]
    assert (attack.source.text, attack.refers_to) == ("militants", None)


def test_where_words_are_exchanged_is_no_party(spacy_backend: SpacyBackend) -> None:
    """'signed a deal in Doha': Qatar is where, the Taliban whom."""
    [event] = analyse(spacy_backend, "The US and the Taliban signed a deal in Doha.").events
    assert (event.source.text, event.target.text) == ("The US", "the Taliban")


def test_a_passive_s_by_hung_on_its_object_names_the_agent(spacy_backend: SpacyBackend) -> None:
    """'was fined 2 billion euros by the European Commission': the parser hangs "by" on "euros"."""
    [event] = analyse(spacy_backend, "Google was fined 2 billion euros by the European Commission.").events
    assert (event.type, event.source.text, event.target.text) == (
        "SANCTION",
        "the European Commission",
        "Google",
    )


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("Investors attacked the company's strategy.", []),  # words, between firms: no event
        ("The opposition attacked the government's strategy on the pandemic.", ["ACCUSE"]),
    ],
)
def test_attacking_a_strategy_is_done_in_words(
    spacy_backend: SpacyBackend, text: str, types: list[str]
) -> None:
    assert [e.type for e in analyse(spacy_backend, text).events] == types


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("China hit back at US sanctions on Monday.", "ACCUSE"),  # an act answered, in words
        ("China hit back at US sanctions with tariffs on American goods.", "SANCTION"),  # answered in kind
        ("The rebels hit back at government forces, killing five soldiers.", "ASSAULT"),
    ],
)
def test_hitting_back_at_an_act_is_done_in_words(spacy_backend: SpacyBackend, text: str, plover: str) -> None:
    events = analyse(spacy_backend, text).events
    # the trigger is the verb, with its particle when the parser hangs "back" on it as an adverb
    hit = [
        e.type for e in events if e.trigger and text[e.trigger.start : e.trigger.end] in ("hit", "hit back")
    ]
    assert hit == [plover]


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        # the PLOVER manual: forces mobilised for disaster relief are AID
        ("The flood began on Monday. Soldiers were deployed to help residents.", "deployed", "AID"),
        (
            "The storm hit. The National Guard was mobilized for the relief effort.",
            "mobilized",
            "AID",
        ),
        ("The war began on Monday. Russia deployed troops to the border.", "deployed", "MOBILIZE"),
        (
            "The war began. The army deployed tanks to support the offensive.",
            "deployed",
            "MOBILIZE",
        ),
        (
            "The ship sailed. The navy deployed drones to search the ocean floor.",
            "deployed",
            "MOBILIZE",
        ),
    ],
)
def test_forces_mobilised_for_relief_give_aid(
    spacy_backend: SpacyBackend, text: str, word: str, kind: str
) -> None:
    assert types_at(spacy_backend, text, word) == [kind]


@pytest.mark.parametrize(
    ("text", "word", "modality"),
    [
        # a negated verb does not deny its subject: there was an investigation, a meeting, an attack
        ("The FBI investigation into the senator did not result in charges.", "investigation", "asserted"),
        ("The pope said his meeting with Sanders was not political.", "meeting", "asserted"),
        ("Police said the attacks were not an act of international terrorism.", "attacks", "asserted"),
        # unless the verb says whether the act took place at all
        ("The attack on the convoy did not happen.", "attack", "negated"),
        ("The planned strike on the base never took place.", "strike", "negated"),
    ],
)
def test_a_negated_verb_denies_its_subject_only_when_it_says_the_act_took_place(
    spacy_backend: SpacyBackend, text: str, word: str, modality: str
) -> None:
    found = event_at(analyse(spacy_backend, text), word)
    assert found and {ev["modality"] for ev in found} == {modality}, found
