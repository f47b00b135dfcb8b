"""The country authority: one set of records and phrases, read alike by places, actors and the ontology."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from eventwire.actors.codes import code_parts, make_code
from eventwire.countries import (
    aliases,
    countries,
    country_names,
    iso3_codes,
    iso_names,
    phrase_table,
)
from eventwire.dictionaries import load_dictionaries
from eventwire.nlp import SpacyBackend
from eventwire.ontology import country_for, default_knowledge, use_knowledge
from eventwire.places.gazetteer import COUNTRY, gazetteer
from tests.helpers import analyse


def gazetteer_countries(name: str) -> set[str | None]:
    return {m.candidate.country for m in gazetteer().lookup(name) if m.candidate.feature == COUNTRY}


def test_the_gazetteer_the_actor_codes_and_country_for_agree_on_iraq() -> None:
    assert gazetteer_countries("Iraq") == {"IRQ"}
    assert country_for("Iraq").iso3 == country_for("Iraqi").iso3 == "IRQ"  # type: ignore[union-attr]
    assert code_parts("IRQGOV") == ("IRQ", "GOV") and make_code("IRQ", "GOV") == "IRQGOV"
    assert "IRQ" in iso3_codes() and countries()["IRQ"].name == "Iraq"


@pytest.mark.model
def test_an_iraqi_actor_is_coded_with_the_authority_s_code(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "Iraqi soldiers fired on protesters in Iraq.", until="actors")
    soldiers = [a for a in art.actors if "soldiers" in a.name.lower()]
    assert soldiers and soldiers[0].country == "IRQ"
    iraq = [p for p in art.places if p.text == "Iraq"]
    assert iraq and iraq[0].country == "IRQ" and iraq[0].feature == COUNTRY


def test_gazetteer_country_candidates_are_the_authority_s_records() -> None:
    gaz = gazetteer()
    assert set(gaz.countries) == set(countries()) == iso3_codes()
    for iso3, country in countries().items():
        candidate = gaz.countries[iso3]
        assert (candidate.name, candidate.lat, candidate.lon) == (country.name, country.lat, country.lon)
        assert (candidate.geonameid, candidate.population) == (country.geonameid, country.population)
        assert gaz.iso2_to_iso3[country.iso2] == iso3
    assert gaz.demonyms == {c.demonym.lower() for c in countries().values() if c.demonym}
    for name, iso3 in country_names():
        assert gaz.countries[iso3] in {m.candidate for m in gaz.lookup(name)}, name


def test_a_cameo_code_that_differs_from_the_iso_code_is_kept() -> None:
    kurds, timor = phrase_table()["kurds"], phrase_table()["east timor"]
    assert (kurds.iso3, kurds.cameo, kurds.kind, kurds.approximate) == ("IRQ", "KUR", "ethnic", True)
    assert (timor.iso3, timor.cameo) == ("TLS", "TMP")
    assert country_for("Timorese").cameo == "TMP"  # type: ignore[union-attr]
    assert gazetteer_countries("East Timor") == {"TLS"}
    actors = default_knowledge().actors
    assert actors is not None and actors.split("TMPGOV") == ("TMP", "GOV")  # a CAMEO country code
    assert actors.split("KURREB") == (None, "KUR")  # an ethnic code is not a country's


def test_every_phrase_and_alias_names_a_known_country() -> None:
    assert {info.iso3 for info in phrase_table().values()} <= iso3_codes()
    assert {iso3 for iso3, _ in aliases()} <= iso3_codes()
    assert len(aliases()) == 61  # every row of aliases.tsv: none names an unknown code


def test_iso_names_come_whole_to_the_gazetteer_and_as_running_text_to_the_coders() -> None:
    assert ("KOR", "Korea, Republic of") in iso_names()
    assert gazetteer_countries("Korea, Republic of") == {"KOR"}
    assert "korea, republic of" not in phrase_table()
    assert phrase_table()["republic of iraq"].kind == "country"


def test_every_country_has_a_point_but_five_without_outline_or_capital() -> None:
    pointless = {iso3 for iso3, c in countries().items() if c.lat is None or c.lon is None}
    assert pointless == {"ANT", "BES", "BVT", "CUW", "UMI"}
    for country in countries().values():
        if country.lat is not None and country.lon is not None:
            assert -90 <= country.lat <= 90 and -180 <= country.lon <= 180
    kosovo = countries()["XKX"]  # no countryinfo outline: placed at its capital, Pristina
    assert kosovo.capital == "Pristina" and kosovo.lat == pytest.approx(42.67, abs=0.01)


def test_the_built_in_country_table_is_the_authority_s_phrase_table() -> None:
    table = default_knowledge().countries
    assert table is not None and table.by_phrase is phrase_table()


def test_a_user_s_actor_file_replaces_the_phrases_for_a_run_but_not_the_records(tmp_path: Path) -> None:
    (tmp_path / "w.actors.txt").write_text("FREEDONIA [FRE]\n", encoding="utf-8")
    with use_knowledge(load_dictionaries(tmp_path)):
        assert country_for("Freedonia").cameo == "FRE"  # type: ignore[union-attr]
        assert country_for("Iraq") is None
        assert gazetteer_countries("Iraq") == {"IRQ"} and code_parts("IRQGOV")[0] == "IRQ"
    assert country_for("Iraq").iso3 == "IRQ"  # type: ignore[union-attr]
    assert country_for("Freedonia") is None


@pytest.mark.parametrize(
    "first",
    ["eventwire.countries", "eventwire.places.gazetteer", "eventwire.actors.codes", "eventwire.ontology"],
)
def test_any_module_can_be_imported_first(first: str) -> None:
    """The authority reads the ontology's reader and keys; the ontology reads it back only when called."""
    code = f"import {first}; from eventwire.ontology import country_for; print(country_for('Iraqi').iso3)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "IRQ"
