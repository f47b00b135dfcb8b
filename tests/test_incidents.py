"""Incidents, stories, series and alerts as a store lists them (hand-built stores, no NLP)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import eventwire
from eventwire.config import AlertsSettings
from eventwire.errors import UsageError
from eventwire.store import Store
from eventwire.store.series import alerts, periods
from tests.incident_data import Report, store_of, weekly

DAY = date(2024, 3, 6)


def test_an_incident_is_one_row_with_its_counts_and_the_range_where_reports_disagree(tmp_path: Path) -> None:
    reports = [
        Report("a1", "in-x", DAY, fatalities=13, url="https://www.one.example/a"),
        Report("a2", "in-x", DAY, fatalities=14, url="https://one.example/b"),
        Report("a3", "in-x", date(2024, 3, 7), fatalities=13),
        Report("a4", "in-y", DAY, type="PROTEST", quad_class=3, goldstein=-6.5, cameo="141"),
    ]
    with eventwire.open(store_of(tmp_path / "s.duckdb", reports)) as store:
        rows = {r["incident"]: r for r in store.incidents()}
        assert store.incidents(type="PROTEST", country="irq")[0]["incident"] == "in-y"
        assert store.incidents(min_mentions=2, since="2024-03", until="2024-03-31")[0]["incident"] == "in-x"
        assert [m["article_id"] for m in store.mentions("in-x")] == ["a1", "a2", "a3"]
        stories = store.stories()
    x = rows["in-x"]
    assert (x["mentions"], x["articles"], x["sources"]) == (3, 3, 2)  # one outlet with and without www.
    assert (x["fatalities"], x["fatalities_min"], x["fatalities_max"]) == (13, 13, 14)
    assert (x["date_lo"], x["date_hi"], x["day"]) == (DAY, date(2024, 3, 7), DAY)
    assert (x["type"], x["source_code"], x["target_code"], x["place"]) == (
        "ASSAULT",
        "IRQREB",
        "IRQMIL",
        "Kirkuk",
    )
    assert x["first_article"] == "a1" and x["first_url"] == "https://www.one.example/a"
    assert rows["in-y"]["mentions"] == 1
    assert {s["story"]: s["incidents"] for s in stories} == {"st-in-x": 1, "st-in-y": 1}


def test_series_count_incidents_not_mentions_by_country_actor_and_dyad(tmp_path: Path) -> None:
    reports = [
        Report("a1", "in-x", DAY),
        Report("a2", "in-x", DAY),  # the same incident: counted once
        Report("a3", "in-z", date(2024, 3, 12), country="SYR", type="AID", quad_class=2, goldstein=7.0),
    ]
    with eventwire.open(store_of(tmp_path / "s.duckdb", reports)) as store:
        weeks = store.series(by="country", period="week")
        months = store.series(by="dyad", period="month")
        actors = store.series(by="actor", period="day", country="IRQ")
        with pytest.raises(UsageError, match="--period: must be one of"):
            store.series(period="fortnight")  # type: ignore[arg-type]
    assert [
        (r["period"], r["key"], r["incidents"], r["mentions"], r["q4"], r["goldstein"]) for r in weeks
    ] == [
        (date(2024, 3, 4), "IRQ", 1, 2, 1, -10.0),
        (date(2024, 3, 11), "SYR", 1, 1, 0, 7.0),
    ]
    assert [(r["key"], r["incidents"]) for r in months] == [("IRQREB -> IRQMIL", 1), ("SYRREB -> SYRMIL", 1)]
    assert sorted((r["key"], r["incidents"]) for r in actors) == [("IRQMIL", 1), ("IRQREB", 1)]


def test_a_spike_of_material_conflict_against_its_own_history_is_an_alert(tmp_path: Path) -> None:
    quiet = [1, 0, 2, 1, 1, 0, 1, 2]
    db = store_of(tmp_path / "s.duckdb", [*weekly("IRQ", [*quiet, 9]), *weekly("SYR", [*quiet, 3])])
    with Store(db, read_only=True) as store:
        found = alerts(store, "country", "week", AlertsSettings(history=8, threshold=3.5, min_incidents=3))
    assert [(a.key, a.period, a.count, a.median) for a in found] == [("IRQ", date(2024, 2, 26), 9, 1.0)]
    assert len(found[0].incidents) == 9 and found[0].score >= 3.5
    with eventwire.open(db) as api:
        rows = api.alerts(by="dyad")
    assert [(r["key"], r["count"]) for r in rows] == [("IRQREB -> IRQMIL", 9)]


def test_no_period_is_judged_without_a_whole_history(tmp_path: Path) -> None:
    db = store_of(tmp_path / "s.duckdb", [*weekly("SYR", [1]), *weekly("IRQ", [0, 0, 9])])
    with Store(db, read_only=True) as store:
        assert alerts(store, "country", "week", AlertsSettings(history=3)) == []
        found = alerts(store, "country", "week", AlertsSettings(history=2))
    assert [(a.key, a.count, a.median, a.mad, a.score) for a in found] == [("IRQ", 9, 0, 0, 9.0)]
    assert periods(date(2024, 11, 1), date(2025, 2, 1), "month") == [
        date(2024, 11, 1),
        date(2024, 12, 1),
        date(2025, 1, 1),
        date(2025, 2, 1),
    ]
