"""``eventwire export``: files other tools read, the format told by the name (hand-built stores)."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import duckdb
import polars
import pytest

from eventwire.cli import main
from eventwire.store.layouts import ACLED_COLUMNS, GDELT_COLUMNS, acled_type, fips
from tests.incident_data import Report, store_of

DAY = date(2024, 3, 6)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    reports = [
        Report("a1", "in-x", DAY, fatalities=13, url="https://one.example/a"),
        Report("a2", "in-x", DAY, fatalities=14, url="https://two.example/b"),
        Report("a3", "in-p", DAY, type="PROTEST", quad_class=3, goldstein=-6.5, cameo="141", country="FRA"),
        Report("a4", "in-s", DAY, type="SUPPORT", quad_class=1, goldstein=3.5, cameo="057", country="DEU"),
    ]
    return store_of(tmp_path / "s.duckdb", reports)


def _export(db: Path, out: Path, *extra: str) -> int:
    return main(["export", str(out), "--db", str(db), *extra])


def test_gdelt_rows_have_61_fields_gdelt_names_dates_codes_and_fips(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.tsv"
    assert _export(db, out, "--format", "gdelt") == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 4 and all(len(line.split("\t")) == 61 for line in lines)
    frame = polars.read_csv(out, separator="\t", infer_schema=False, quote_char=None)
    assert tuple(frame.columns) == GDELT_COLUMNS and len(GDELT_COLUMNS) == 61
    rows = {r["EventCode"]: r for r in frame.to_dicts()}
    assert set(rows) == {"190", "141", "057"}  # codes keep their leading zeros
    x = rows["190"]
    assert (x["SQLDATE"], x["MonthYear"], x["Year"]) == ("20240306", "202403", "2024")
    assert (x["NumMentions"], x["NumSources"], x["NumArticles"]) == ("2", "2", "2")
    assert (x["EventBaseCode"], x["EventRootCode"], x["QuadClass"], x["GoldsteinScale"]) == (
        "190",
        "19",
        "4",
        "-10",
    )
    assert (x["Actor1Code"], x["Actor1CountryCode"], x["Actor2Type1Code"]) == ("IRQREB", "IRQ", "MIL")
    assert (x["ActionGeo_CountryCode"], x["ActionGeo_Type"], x["ActionGeo_FullName"]) == ("IZ", "4", "Kirkuk")
    assert rows["141"]["ActionGeo_CountryCode"] == "FR" and rows["057"]["ActionGeo_CountryCode"] == "GM"
    assert x["SOURCEURL"] == "https://one.example/a" and len(x["DATEADDED"]) == 14
    assert x["AvgTone"] is None and x["Actor1Geo_Lat"] is None  # left empty: eventwire has none
    assert duckdb.sql(f"SELECT count(*) FROM read_csv('{out}', delim='\t', header=true)").fetchall() == [(3,)]


def test_acled_rows_have_the_31_columns_for_violent_and_protest_incidents(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "acled.csv"
    assert _export(db, out, "--format", "acled") == 0
    with out.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert tuple(rows[0]) == ACLED_COLUMNS and len(ACLED_COLUMNS) == 31
    by_type = {r["event_type"]: r for r in rows}
    assert set(by_type) == {"Battles", "Protests"}  # the SUPPORT incident is neither
    battle = by_type["Battles"]
    assert (battle["event_date"], battle["year"], battle["iso"], battle["country"]) == (
        "2024-03-06",
        "2024",
        "368",
        "Iraq",
    )
    assert (battle["sub_event_type"], battle["fatalities"], battle["inter1"], battle["inter2"]) == (
        "Armed clash",
        "13",
        "2",
        "1",
    )
    assert battle["interaction"] == "12" and battle["source"] == "one.example; two.example"
    assert by_type["Protests"]["disorder_type"] == "Demonstrations" and by_type["Protests"]["inter1"] == "6"


def test_plover_types_map_to_acled_types_by_mode_and_target() -> None:
    assert acled_type("ASSAULT", "aerial", None) == (
        "Political violence",
        "Explosions/Remote violence",
        "Air/drone strike",
    )
    assert acled_type("ASSAULT", None, "MIL") == ("Political violence", "Battles", "Armed clash")
    assert acled_type("ASSAULT", "firearms", "CVL") == (
        "Political violence",
        "Violence against civilians",
        "Attack",
    )
    assert acled_type("PROTEST", "riot", None) == ("Demonstrations", "Riots", "Violent demonstration")
    assert acled_type("AID", None, None) is None
    assert (fips("IRQ"), fips("DEU"), fips("USA"), fips(None)) == ("IZ", "GM", "US", "")


def test_flat_tables_open_in_duckdb_and_polars_and_csv_keeps_one_record_a_line(
    db: Path, tmp_path: Path
) -> None:
    for table in ("events", "incidents"):
        parquet = tmp_path / f"{table}.parquet"
        assert _export(db, parquet, "--table", table) == 0
        frame = polars.read_parquet(parquet)
        assert len(frame) == (4 if table == "events" else 3)
        assert duckdb.sql(f"SELECT count(*) FROM '{parquet}'").fetchall() == [(len(frame),)]
    events = polars.read_parquet(tmp_path / "events.parquet")
    assert {"source_code", "source_sector", "place_lat", "place_geonameid", "incident", "story"} <= set(
        events.columns
    )
    flat = tmp_path / "events.csv"
    assert _export(db, flat) == 0
    with flat.open(encoding="utf-8", newline="") as f:
        records = list(csv.reader(f))
    assert len(records) == 5 == len(flat.read_text(encoding="utf-8").splitlines())  # header + 4
    assert all("\n" not in field for record in records for field in record)
    assert "Kirkuk on that day" in records[1][records[0].index("evidence_text")]  # the line break, a space
    tsv = tmp_path / "incidents.tsv"
    assert _export(db, tsv, "--table", "incidents") == 0
    assert len(tsv.read_text(encoding="utf-8").splitlines()) == 4
    lines = tmp_path / "incidents.jsonl"
    assert _export(db, lines, "--table", "incidents") == 0
    assert sorted(json.loads(line)["mentions"] for line in lines.read_text().splitlines()) == [1, 1, 2]


@pytest.mark.parametrize(
    ("name", "extra", "message"),
    [
        ("out.csv", ["--format", "parquet"], "parquet is written under .parquet or no extension, not .csv"),
        ("out.csv", ["--format", "gdelt"], "gdelt is written under .tsv, not .csv"),
        ("out.tsv", ["--format", "acled"], "acled is written under .csv, not .tsv"),
        ("out.data", [], "cannot tell the format from the name"),
        ("out.tsv", ["--format", "gdelt", "--table", "events"], "gdelt writes incidents, not events"),
    ],
)
def test_a_format_is_never_written_under_another_s_name(
    db: Path, tmp_path: Path, name: str, extra: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _export(db, tmp_path / name, *extra) == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / name).exists()
