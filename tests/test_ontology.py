"""The ontology: CAMEO/PLOVER/Goldstein table, countries, agents, actors, verbs and nouns."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire import ontology
from eventwire.lookup import key
from eventwire.ontology import (
    Knowledge,
    actor_for,
    agent_for,
    cameo_info,
    country_for,
    default_knowledge,
    noun_entries,
    plover_to_cameo,
    verb_entries,
)
from eventwire.ontology.tables import bracketed
from eventwire.ontology.types import ActorRecord, CodeSpan


def test_cameo_root_and_subcodes() -> None:
    info = cameo_info("190")
    assert info is not None
    assert (info.plover, info.quad_class, info.goldstein) == ("ASSAULT", 4, -10.0)
    assert cameo_info("0871").plover == "RETREAT"  # type: ignore[union-attr]
    assert cameo_info("0871").mode == "ceasefire"  # type: ignore[union-attr]
    assert cameo_info("163").plover == "COERCE"  # type: ignore[union-attr]
    assert cameo_info("042").quad_class == 1  # type: ignore[union-attr]
    assert cameo_info("173").quad_class == 4  # type: ignore[union-attr]


def test_every_code_has_name_scale_and_quad() -> None:
    table = ontology.data.cameo_table()
    assert len(table) > 300
    assert {code for code in table if len(code) == 2} == {f"{n:02d}" for n in range(1, 21)}
    for info in table.values():
        assert info.name and info.goldstein is not None and -10 <= info.goldstein <= 10
        assert info.quad_class in (1, 2, 3, 4)
        if not info.code.startswith(("01", "02")):
            assert info.plover in ontology.plover_types(), info


def test_appeals_dropped_by_plover_have_a_fallback() -> None:
    info = cameo_info("020")
    assert info is not None and info.plover is None and info.plover_fallback == "REQUEST"


def test_unknown_subcode_falls_back_to_parent() -> None:
    assert cameo_info("1959").code == "195"  # type: ignore[union-attr]
    assert cameo_info("99") is None
    assert cameo_info("") is None


def test_plover_to_cameo() -> None:
    assert plover_to_cameo("ASSAULT") == "190"
    assert plover_to_cameo("consult") == "040"
    assert plover_to_cameo("NOPE") is None
    assert len(ontology.plover_types()) == 16
    for plover in ontology.plover_types():
        code = plover_to_cameo(plover)
        assert code is not None and cameo_info(code) is not None


@pytest.mark.parametrize(
    ("phrase", "iso3", "kind"),
    [
        ("Iraqi", "IRQ", "adjective"),
        ("Iraqis", "IRQ", "demonym"),
        ("the United States", "USA", "country"),
        ("U.S.", "USA", "abbreviation"),
        ("Americans", "USA", "demonym"),
        ("Washington", "USA", "capital"),
        ("RUSSIA", "RUS", "country"),
        ("Côte d'Ivoire", "CIV", "country"),
        ("Kurdish", "IRQ", "ethnic"),
        ("Britain", "GBR", "country"),  # a common short name, not a city alias: it can act
        ("Burma", "MMR", "country"),
        ("Republic of Iraq", "IRQ", "country"),  # ISO 3166 official name, read from pycountry
        ("Kandahar", "AFG", "alias"),  # a city Phoenix lists under its country
        # places that end as adjectives do are no adjectives: "the Sinai attack" names where, not who
        ("Sinai", "EGY", "alias"),
        ("Bali", "IDN", "alias"),
        ("Shanghai", "CHN", "alias"),
        ("Somali", "SOM", "adjective"),  # a demonym
        ("Greek", "GRC", "adjective"),  # a demonym without an adjective's ending
        ("Saudi", "SAU", "adjective"),  # grows from the country's name
        ("Timorese", "TLS", "adjective"),  # ends as adjectives of peoples do
    ],
)
def test_country_for(phrase: str, iso3: str, kind: str) -> None:
    info = country_for(phrase)
    assert info is not None and (info.iso3, info.kind) == (iso3, kind)


def test_ethnic_rows_are_marked_approximate() -> None:
    info = country_for("Kurds")
    assert info is not None and info.approximate and info.cameo == "KUR"
    assert country_for("Iraq").approximate is False  # type: ignore[union-attr]
    assert country_for("Atlantis") is None


@pytest.mark.parametrize(
    ("phrase", "sector"),
    [
        ("militants", "UAF"),
        ("lawmakers", "LEG"),
        ("prime minister", "GOV"),
        ("Maj. Gen.", "MIL"),
        ("soldiers", "MIL"),
        ("police", "COP"),
        ("rebels", "REB"),
        ("officials", "GOV"),
    ],
)
def test_agent_for(phrase: str, sector: str) -> None:
    info = agent_for(phrase)
    assert info is not None and info.sector == sector


def test_actor_for_dates_and_aliases() -> None:
    in_office = actor_for("George W. Bush", "2005-06-01")
    after = actor_for("George W. Bush", "2012-06-01")
    assert in_office is not None and in_office.code == "USAGOV" and in_office.kind == "person"
    assert after is not None and after.code == "USAELI"
    assert actor_for("NATO").sector == "IGO"  # type: ignore[union-attr]
    taliban = actor_for("Taliban")
    assert taliban is not None and (taliban.country, taliban.sector, taliban.kind) == ("AFG", "REB", "group")
    assert actor_for("ISIS", "2010-01-01") is None  # coded only from 2013 on
    assert actor_for("Islamic State").code.startswith("IMG")  # type: ignore[union-attr]


def test_a_name_phoenix_writes_with_its_abbreviation_in_brackets_is_found_by_either() -> None:
    # "irish republican army (ira)": no text spells the brackets
    for name in ("Irish Republican Army", "IRA", "Ku Klux Klan", "KKK"):
        assert actor_for(name) is not None, name
    # a note in brackets is no abbreviation, and may tell places apart ("samoa (american)")
    assert bracketed("stanko todorov (acting") == ("stanko todorov", None)
    assert bracketed("samoa (american)") == ("samoa", None)
    assert actor_for("Samoa") is None


def test_a_code_of_a_country_phoenix_leaves_out_still_names_it() -> None:
    # the Holy See has no country record in Phoenix's dictionary: "VATGOV" is still (VAT, GOV)
    pope = actor_for("Pope Francis", "2016-04-18")
    assert pope is not None and (pope.country, pope.sector) == ("VAT", "GOV")


def test_congress_leaders_and_candidates_of_2016_are_dated() -> None:
    sanders = actor_for("Bernie Sanders", "2016-04-18")
    pence = actor_for("Mike Pence", "2016-08-26")
    assert sanders is not None and sanders.code == "USALEG"
    assert pence is not None and pence.code == "USAGOV"  # Governor of Indiana then
    assert actor_for("Jeb Bush", "2016-02-01").code == "USAELI"  # type: ignore[union-attr]


def test_surname_only_when_unambiguous() -> None:
    assert actor_for("Bush") is None  # several Bushes
    obama = actor_for("Obama", "2012-01-01")
    assert obama is not None and obama.code == "USAGOV"


def test_a_surname_that_names_a_place_is_the_place() -> None:
    # "Bali" is the island, not the Algerian minister Abdallah Bali, Phoenix's only Bali
    assert actor_for("Bali", "2016-01-20") is None
    assert actor_for("Abdallah Bali", "2016-01-20") is not None


def test_newer_leaders_supersede_phoenix_records() -> None:
    assert actor_for("Donald Trump", "2019-05-01").code == "USAGOV"  # type: ignore[union-attr]
    assert actor_for("Trump", "2023-05-01").code == "USAELI"  # type: ignore[union-attr]
    assert actor_for("Obama", "2020-01-01").code == "USAELI"  # type: ignore[union-attr]
    assert actor_for("Guterres") is None  # ambiguous surname


def test_code_on_first_matching_restriction_wins() -> None:
    record = ActorRecord(
        "x",
        (),
        "HOB",
        (CodeSpan("ORCHOB", "2010-01-09", "2010-01-12"), CodeSpan("HOBMIL", "2008-01-20", "2012-11-09")),
    )
    assert record.code_on("2010-01-10") == "ORCHOB"
    assert record.code_on("2011-01-01") == "HOBMIL"
    assert record.code_on("2020-01-01") == "HOB"


def test_verb_entries() -> None:
    accuse = verb_entries("accuse")
    assert any(e.pattern == ("*",) and e.cameo == "112" for e in accuse)
    assert any(e.cameo.startswith("19") for e in verb_entries("attack"))
    assert any(e.cameo == "192" for e in verb_entries("invade"))
    assert any(e.pattern == ("*", "for") and e.cameo == "020" for e in verb_entries("call"))  # call for
    said = verb_entries("said")  # an inflected form reaches its lemma
    assert said and said[0].lemma == "say"
    assert all("*" in e.pattern for e in accuse)
    assert not any(token.startswith("&") for e in verb_entries("ask") for token in e.pattern)


def test_core_news_verbs_prefer_plain_codes() -> None:
    assert verb_entries("urged")[0].cameo == "020"
    assert verb_entries("rejected")[0].cameo == "120"
    assert verb_entries("arrested")[0].cameo == "173"
    assert verb_entries("kidnapped")[0].cameo == "181"
    assert cameo_info(verb_entries("agreed")[0].cameo).plover == "AGREE"  # type: ignore[union-attr]


def test_noun_entries() -> None:
    attack = noun_entries("attack")
    assert [e.cameo for e in attack if e.pattern == ("*",)] == ["190"]
    assert any(e.pattern == ("air", "*") and e.cameo == "195" for e in noun_entries("strikes"))
    assert any(e.cameo == "046" for e in noun_entries("talks"))
    assert noun_entries("banana") == []


def test_every_coded_entry_has_a_known_code() -> None:
    table = default_knowledge().nouns
    assert table is not None
    for lemma in table.lemmas():
        for entry in table.lookup(lemma):
            assert cameo_info(entry.cameo) is not None, entry


def test_knowledge_merged_replaces_only_present_kinds() -> None:
    base = default_knowledge()
    merged = base.merged(Knowledge(agents=None, discards=base.discards))
    assert merged.verbs is base.verbs and merged.actors is base.actors
    empty = base.merged(Knowledge())
    assert empty == base


def test_discards_match_sports() -> None:
    discards = default_knowledge().discards
    assert discards is not None
    assert discards.match("The World Cup final was played on Sunday.") is not None
    assert discards.match("Troops attacked the town.") is None


def test_key_normalisation() -> None:
    assert key("  The  Ünited_States ") == "united states"
    assert key("The") == "the"


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=40))
def test_lookups_never_crash(text: str) -> None:
    country_for(text)
    agent_for(text)
    actor_for(text, "2020-01-01")
    verb_entries(text)
    noun_entries(text)
    cameo_info(text)
    plover_to_cameo(text)
