"""The PETRARCH/TABARI dictionary reader, on small inline files and on PETRARCH's validation set."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.dictionaries import load_dictionaries, read_actors, read_agents, read_discards, read_verbs
from eventwire.dictionaries.actors import parse_date, parse_restriction
from eventwire.errors import DictionaryError
from eventwire.ontology import default_knowledge
from eventwire.ontology.types import CodeSpan


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_actor_records_aliases_and_dates(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "t.actors.txt",
        "<!-- header -->\nFREEDONIA_ [FRE]\n+FREEDONIAN_\n\nRUFUS_FIREFLY  ; comment\n"
        "\t[FREELI <330101]\n\t[FREGOV 19330101-19351231]\n\t[FREELI]\n"
        "SOLANA_\t[IGOEEC 950701-951231][IGONAT 951205-991006]\n",
    )
    first, rufus, solana = read_actors(path)
    assert (first.name, first.aliases, first.code) == ("freedonia", ("freedonian",), "FRE")
    assert rufus.code_on("1934-05-01") == "FREGOV"
    assert rufus.code_on("1920-05-01") == "FREELI"
    assert rufus.code_on("1990-01-01") == "FREELI"
    assert solana.code_on("1997-01-01") == "IGONAT"


def test_dates() -> None:
    assert parse_date("991231") == "1999-12-31"
    assert parse_date("030101") == "2003-01-01"
    assert parse_date("20121109") == "2012-11-09"
    assert parse_date("2004017") is None
    assert parse_restriction("HOB < 950601") == CodeSpan("HOB", end="1995-06-01")
    assert parse_restriction("HOBREB > 990816") == CodeSpan("HOBREB", start="1999-08-16")
    assert parse_restriction("HOBGOV 19950601 - 19990815") == CodeSpan("HOBGOV", "1995-06-01", "1999-08-15")


def test_malformed_actor_line_names_file_and_line(tmp_path: Path) -> None:
    path = write(tmp_path, "bad.actors.txt", "GOOD [ABC]\n\t[ABC 2004017-20061201]\n")
    with pytest.raises(DictionaryError, match=r"bad\.actors\.txt:2"):
        read_actors(path)
    assert read_actors(path, strict=False)[0].code == "ABC"


def test_agents_plurals_and_substitutions(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "t.agents.txt",
        "!PERSON! = MAN, MEN\nSECURITY_FORCE [~MIL]\nPOLICE {} [~COP]\n"
        "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]\n"
        "CONGRESS!PERSON! [~LEG]\nRED_CROSS_AGENCY [NGO~]\nARMY [~MIL}\n",
    )
    agents = {agent.phrase: agent for agent in read_agents(path)}
    assert agents["security forces"].code == "MIL"
    assert "polices" not in agents and agents["police"].sector == "COP"
    assert agents["attorneys general"].code == "JUD"
    assert {"congressman", "congressmen"} <= agents.keys()
    assert agents["red cross agencies"].prefix is True
    assert agents["armies"].code == "MIL"


def test_agent_errors(tmp_path: Path) -> None:
    with pytest.raises(DictionaryError, match=r"x\.agents\.txt:1"):
        read_agents(write(tmp_path, "x.agents.txt", "NO CODE HERE\n"))
    with pytest.raises(DictionaryError, match="undefined substitution"):
        read_agents(write(tmp_path, "y.agents.txt", "!NOPE!_OF_X [~GOV]\n"))


def test_verbs_blocks_synsets_and_codes(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "t.verbs.txt",
        "&MONEY_\n+DOLLARS\n+EUROS\n\n--- GIVE [070] ---\nGIVE {GAVE GIVEN}\nDONATE [071]\n"
        "+HAND_OVER {+HANDED_OVER}\n- * &MONEY [071]  # comment\n- * (TO {REFUGEE CAMP}) [073:074]\n"
        "~ a (a b Q) SAY = a b 010\n",
    )
    table = read_verbs(path).table()
    give = table.lookup("gave")
    assert {e.pattern for e in give} == {
        ("*",),
        ("*", "dollars"),
        ("*", "euros"),
        ("*", "to", "refugee", "camp"),
    }
    camp = next(e for e in give if "camp" in e.pattern)
    assert (camp.cameo, camp.paired) == ("073", "074")
    assert table.lookup("donate")[0].cameo == "071"
    hand = table.lookup("hand")
    assert hand[0].particle == "over" and hand[0].cameo == "070"


def test_verb_errors(tmp_path: Path) -> None:
    with pytest.raises(DictionaryError, match=r"v\.verbs\.txt:1"):
        read_verbs(write(tmp_path, "v.verbs.txt", "- * ORPHAN [010]\n"))
    with pytest.raises(DictionaryError, match=r"w\.verbs\.txt:2"):
        read_verbs(write(tmp_path, "w.verbs.txt", "--- X [010] ---\n- * NO CODE\n"))


def test_discards(tmp_path: Path) -> None:
    discards = read_discards(write(tmp_path, "d.discards.txt", "+WORLD_CUP # c\nBASEBALL\nGOLF_\n"))
    assert discards.match("the world cup").story is True  # type: ignore[union-attr]
    assert discards.match("Baseballs") is not None
    assert discards.match("golfers") is None and discards.match("golf.") is not None


def test_load_dictionaries_replaces_present_kinds(tmp_path: Path) -> None:
    write(tmp_path, "t.actors.txt", "FREEDONIA [FRE]\n")
    found = load_dictionaries(tmp_path)
    assert found.verbs is None and found.actors is not None
    merged = default_knowledge().merged(found)
    assert merged.actors is found.actors and merged.verbs is default_knowledge().verbs
    assert merged.countries.lookup("Freedonia").cameo == "FRE"  # type: ignore[union-attr]
    assert merged.actors.lookup("Freedonia").code == "FRE"  # type: ignore[union-attr]
    with pytest.raises(DictionaryError):
        load_dictionaries(tmp_path / "missing")


def test_longest_match_over_tokens() -> None:
    knowledge = default_knowledge()
    words = ["the", "Iraqi", "prime", "minister", "met", "al", "-", "Qaeda"]
    assert knowledge.countries.longest_match(words, 1)[0] == 2  # type: ignore[union-attr,index]
    assert knowledge.agents.longest_match(words, 2)[0] == 4  # type: ignore[union-attr,index]
    end, record = knowledge.actors.longest_match(words, 5)  # type: ignore[union-attr,misc]
    assert end == 8 and knowledge.actors.info(record).sector == "IMG"  # type: ignore[union-attr]


def test_unreadable_file_is_a_dictionary_error(tmp_path: Path) -> None:
    (tmp_path / "dir.actors.txt").mkdir()
    with pytest.raises(DictionaryError, match="cannot read"):
        read_actors(tmp_path / "dir.actors.txt")


@pytest.fixture(scope="module")
def petrarch(gold_dir: Path):  # type: ignore[no-untyped-def]
    folder = gold_dir / "petrarch2_unittest" / "dictionaries"
    if not folder.is_dir():
        pytest.skip("petrarch2_unittest/dictionaries absent from ../shared/gold")
    return load_dictionaries(folder)


@pytest.mark.gold
def test_validation_actors(petrarch) -> None:  # type: ignore[no-untyped-def]
    actors = petrarch.actors
    assert actors.lookup("Gondor").code == "GON"
    assert actors.lookup("Minas Tirith").code == "GON"  # a synonym
    assert actors.lookup("Interpol").code == "IGOCOPITP"
    assert actors.lookup("Smeagol", "1990-01-01").code == "HOB"
    assert actors.lookup("Gollum", "1997-01-01").code == "HOBGOV"
    assert actors.lookup("Gollum", "2001-01-01").code == "HOBREB"
    assert actors.lookup("Sam Gamgee", "2010-01-10").code == "ORCHOB"
    assert actors.lookup("Sam Gamgee", "2013-06-01").code == "HOBELI"
    assert actors.lookup("Boromir") is None  # the null code ---
    countries = petrarch.countries  # actor files replace the country table too
    assert countries.lookup("Eriadorian").cameo == "ERI"
    assert countries.lookup("Iraq").cameo == "IRQ"
    assert countries.lookup("Germany") is None


@pytest.mark.gold
def test_validation_agents_verbs_discards(petrarch) -> None:  # type: ignore[no-untyped-def]
    assert petrarch.agents.lookup("foreign ministers").code == "GOVFRM"
    assert petrarch.agents.lookup("ministries of silly walks").code == "GOV"
    assert petrarch.agents.lookup("human rights bodies").prefix is True
    restore = petrarch.verbs.lookup("restore")
    assert any(e.pattern == ("*", "diplomatic") and e.cameo == "064" for e in restore)
    assert any(e.pattern == ("*",) and e.cameo == "064" for e in restore)
    abandon = petrarch.verbs.lookup("abandon")
    assert any(e.pattern == ("*", "economic", "ties") and e.cameo == "902" for e in abandon)
    assert any(e.cameo == "1721" for e in petrarch.verbs.lookup("cordon"))
    assert petrarch.discards.match("Manchester United won").story is True


_DICTIONARY_TEXT = st.text(
    alphabet=st.sampled_from(list("AB_ +-*&!~{}[]<>#;:$%^()=,0123456789\t\n")), max_size=200
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=_DICTIONARY_TEXT)
def test_any_text_reads_or_gives_a_dictionary_error(tmp_path: Path, text: str) -> None:
    for name, reader in (
        ("h.actors.txt", read_actors),
        ("h.agents.txt", read_agents),
        ("h.verbs.txt", read_verbs),
        ("h.discards.txt", read_discards),
    ):
        path = write(tmp_path, name, text)
        try:
            result = reader(path)  # type: ignore[operator]
        except DictionaryError as exc:
            assert name in str(exc)
            continue
        if name == "h.verbs.txt":
            table = result.table()
            for lemma in table.lemmas():
                assert all("*" in e.pattern or e.pattern for e in table.lookup(lemma))
