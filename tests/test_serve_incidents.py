"""The HTTP API's incidents, stories, series and alerts: the library's answers, filtered and paged.

The store is hand-built (tests/incident_data.py: one article and one event per report, the
incident and story given): weeks of quiet material conflict in Iraq and Syria ending in a spike
in Iraq (an alert), an incident three articles report (one story), and a protest.  Each answer is
checked against the library's own over the same file (``eventwire.open``: the CLI's code, over
the store's tables instead of the server's in-memory rows), and each event filter against the
incidents of the events /v1/events keeps.  A generated store written without stories shows what a
store without them answers.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed: pip install 'eventwire[web]'")

from bench.synthetic import write_store
from fastapi.testclient import TestClient

import eventwire
from eventwire.serve import ServeSettings, create_app
from eventwire.serve.index import EventIndex
from eventwire.store import Store
from eventwire.store.incidents import INCIDENT_COLUMNS, STORY_COLUMNS
from eventwire.store.series import SERIES_COLUMNS
from tests.api_checks import INJECTIONS, every_page, problem
from tests.incident_data import Report, article, store_of, weekly

QUIET = [1, 0, 2, 1, 1, 0, 1, 2]
DAY = date(2024, 3, 6)
REPORTS = [
    *weekly("IRQ", [*QUIET, 9]),  # the ninth week spikes: an alert with the default settings
    *weekly("SYR", [*QUIET, 3]),
    Report("x1", "in-x", DAY, fatalities=13, url="https://www.one.example/a"),
    Report("x2", "in-x", DAY, fatalities=14, url="https://one.example/b"),
    Report("x3", "in-x", date(2024, 3, 7), fatalities=13, url="https://two.example/c"),
    Report("p1", "in-p", date(2024, 3, 7), type="PROTEST", quad_class=3, goldstein=-6.5, cameo="141"),
]
INCIDENT_OF = {r.article: r.incident for r in REPORTS}
N_INCIDENTS = len(set(INCIDENT_OF.values()))


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return store_of(tmp_path_factory.mktemp("incidents") / "hand.duckdb", REPORTS)


@pytest.fixture(scope="module")
def client(db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(ServeSettings(db=db, rate=0))) as test_client:
        yield test_client


def _plain(rows: Any) -> Any:
    """Rows as JSON gives them back (dates as ISO strings)."""
    return json.loads(json.dumps(rows, default=lambda v: v.isoformat()))


def _library(db: Path, method: str, **options: Any) -> Any:
    with eventwire.open(db) as store:
        return _plain(getattr(store, method)(**options))


# --- each endpoint answers what the library answers ---------------------------------------------


def test_incidents_are_the_librarys_rows(client: TestClient, db: Path) -> None:
    rows, total = every_page(client, "/v1/incidents", limit=7, order="oldest")
    assert total == N_INCIDENTS and rows == _library(db, "incidents")
    assert list(rows[0]) == list(INCIDENT_COLUMNS)
    x = next(r for r in rows if r["incident"] == "in-x")
    assert (x["mentions"], x["articles"], x["sources"], x["fatalities_min"], x["fatalities_max"]) == (
        3,
        3,
        2,
        13,
        14,
    )
    newest = client.get("/v1/incidents", params={"limit": 3}).json()["items"]
    assert [r["last_day"] for r in newest] == ["2024-03-07", "2024-03-07", "2024-02-28"]
    story = client.get("/v1/incidents", params={"story": "st-in-x"}).json()
    assert story["total"] == 1 and story["items"][0]["incident"] == "in-x"
    often = client.get("/v1/incidents", params={"min_mentions": 2}).json()
    assert [r["incident"] for r in often["items"]] == [
        r["incident"] for r in _library(db, "incidents", min_mentions=2)
    ]
    assert often["total"] == 1


def test_stories_are_the_librarys_paged_and_filtered(client: TestClient, db: Path) -> None:
    rows, total = every_page(client, "/v1/stories", limit=4)
    assert total is None and rows == _library(db, "stories") and len(rows) == N_INCIDENTS
    assert list(rows[0]) == list(STORY_COLUMNS) and rows[0]["story"] == "st-in-x" and rows[0]["articles"] == 3
    for params in ({"since": "2024-03"}, {"until": "2024-01-31"}, {"min_articles": 2}):
        got = client.get("/v1/stories", params={**params, "limit": 1000}).json()["items"]
        assert got == _library(db, "stories", **params) and 0 < len(got) < len(rows), params
    one = client.get("/v1/stories/st-in-x").json()
    assert {k: one[k] for k in STORY_COLUMNS} == rows[0]
    assert [a["id"] for a in one["items"]] == ["x1", "x2", "x3"]
    assert one["items"] == _library(db, "story_articles", story="st-in-x")
    problem(client.get("/v1/stories/st-nowhere"), 404, "story_id")
    table = list(csv.reader(io.StringIO(client.get("/v1/stories", params={"format": "csv"}).text)))
    assert table[0] == list(STORY_COLUMNS) and len(table) == 1 + min(50, len(rows))


@pytest.mark.parametrize("by", ["country", "actor", "dyad", "type", "quad_class"])
@pytest.mark.parametrize("period", ["day", "week", "month"])
def test_series_are_the_librarys(client: TestClient, db: Path, by: str, period: str) -> None:
    rows, _ = every_page(client, "/v1/series", limit=25, by=by, period=period)
    assert rows == _library(db, "series", by=by, period=period) and rows
    keyed = 2 if by == "actor" else 1  # an incident counts under its source and its target
    assert sum(r["incidents"] for r in rows) == keyed * N_INCIDENTS


def test_series_count_each_incident_once_and_come_as_csv(client: TestClient) -> None:
    weeks = client.get("/v1/series", params={"period": "week", "country": "IRQ", "since": "2024-03"}).json()
    assert [
        (r["period"], r["key"], r["incidents"], r["mentions"], r["q3"], r["q4"]) for r in weeks["items"]
    ] == [("2024-03-04", "IRQ", 2, 4, 1, 1)]
    got = client.get("/v1/series", params={"by": "type", "format": "csv", "limit": 1000})
    table = list(csv.reader(io.StringIO(got.text)))
    assert got.headers["content-type"].startswith("text/csv") and table[0] == list(SERIES_COLUMNS)
    assert {row[1] for row in table[1:]} == {"ASSAULT", "PROTEST"}


def test_alerts_are_the_librarys(client: TestClient, db: Path) -> None:
    body = client.get("/v1/alerts").json()
    assert body["items"] == _library(db, "alerts") and body["total"] == 1
    (alert,) = body["items"]
    assert (alert["key"], alert["period"], alert["count"], alert["median"]) == ("IRQ", "2024-02-26", 9, 1.0)
    assert sorted(alert["incidents"]) == sorted(f"in-IRQ-8-{n}" for n in range(9))
    dyads = client.get("/v1/alerts", params={"by": "dyad", "period": "week"}).json()["items"]
    assert dyads == _library(db, "alerts", by="dyad") and [a["key"] for a in dyads] == ["IRQREB -> IRQMIL"]
    table = list(csv.reader(io.StringIO(client.get("/v1/alerts", params={"format": "csv"}).text)))
    assert table[0] == ["key", "period", "count", "median", "mad", "score", "incidents"]
    assert table[1][-1] == "; ".join(alert["incidents"])
    paged = client.get("/v1/alerts", params={"limit": 1, "offset": 1}).json()
    assert paged["items"] == [] and paged["total"] == 1 and paged["next"] is None


# --- the filters of /v1/events keep the incidents one of whose reports passes them ----------------

FILTERS: list[dict[str, Any]] = [
    {"type": "PROTEST"},
    {"type": "PROTEST,COERCE"},
    {"quad_class": "3"},
    {"actor": "syrreb"},
    {"actor": "IRQreb"},
    {"country": "SYR"},
    {"country": "syr,ukr"},
    {"place": "syr"},
    {"since": "2024-02-20"},
    {"until": "2024-01-31"},
    {"since": "2024-03-07", "until": "2024-03-07"},
    {"min_confidence": 0.9},
    {"q": "report x2"},
    {"article": "x3"},
    {"type": "ASSAULT", "country": "IRQ", "since": "2024-02"},
]


@pytest.mark.parametrize("params", FILTERS, ids=lambda p: ",".join(f"{k}={v}" for k, v in p.items()))
def test_each_filter_keeps_the_incidents_of_the_events_it_keeps(
    client: TestClient, params: dict[str, Any]
) -> None:
    events, _ = every_page(client, "/v1/events", **params)
    expected = {INCIDENT_OF[e["article_id"]] for e in events}
    incidents, total = every_page(client, "/v1/incidents", **params)
    assert {i["incident"] for i in incidents} == expected and total == len(expected) < N_INCIDENTS
    series, _ = every_page(client, "/v1/series", by="country", period="month", **params)
    assert sum(r["incidents"] for r in series) == len(expected)
    alerts = client.get("/v1/alerts", params=params).json()["items"]
    assert all(set(a["incidents"]) <= expected for a in alerts)
    # the spike needs its whole history: Iraq's first week and the ninth both kept
    assert bool(alerts) == ({"in-IRQ-0-0", "in-IRQ-8-0"} <= expected)


def test_incidents_are_kept_whole_when_one_report_passes(client: TestClient) -> None:
    """x2's report alone passes; its incident comes with all three reports."""
    (x,) = client.get("/v1/incidents", params={"article": "x2"}).json()["items"]
    assert (x["incident"], x["mentions"], x["first_article"]) == ("in-x", 3, "x1")


# --- SQL injection (bad parameters: tests/test_serve.py) -----------------------------------------

# Each endpoint's string parameters: those that match text answer nothing, the others refuse.
STRINGS = {
    "/v1/incidents": ["type", "quad_class", "actor", "country", "place", "since", "until", "q", "article",
                      "story", "order", "format"],
    "/v1/stories": ["since", "until", "format"],
    "/v1/series": ["by", "period", "type", "quad_class", "actor", "country", "place", "since", "until", "q",
                   "article", "format"],
    "/v1/alerts": ["by", "period", "type", "actor", "country", "place", "since", "q", "article", "format"],
}  # fmt: skip
MATCHED = {"actor", "place", "q", "article", "story"}


@pytest.mark.parametrize("path", list(STRINGS))
def test_sql_in_any_string_parameter_is_refused_or_matches_nothing(client: TestClient, path: str) -> None:
    for parameter in STRINGS[path]:
        for attack in INJECTIONS:
            got = client.get(path, params={parameter: attack})
            if parameter in MATCHED:
                assert got.status_code == 200 and got.json()["items"] == [], (parameter, attack, got.text)
            else:
                problem(got, 400, parameter)
    problem(client.get("/v1/stories/" + "'; DROP TABLE articles; --"), 404, "story_id")
    assert client.get("/v1/incidents", params={"limit": 1}).json()["total"] == N_INCIDENTS
    assert client.get("/v1/summary").json()["n_articles"] == len(REPORTS)


# --- a store without stories; a write -------------------------------------------------------------


def test_a_store_written_without_stories_lists_none_and_counts_each_event_as_an_incident(
    tmp_path: Path,
) -> None:
    db = tmp_path / "plain.duckdb"
    write_store(db, 200)  # written row by row: no story or incident assigned
    with TestClient(create_app(ServeSettings(db=db, rate=0))) as plain:
        assert plain.get("/v1/stories").json()["items"] == []
        problem(plain.get("/v1/stories/anything"), 404, "story_id")
        assert plain.get("/v1/incidents", params={"limit": 1}).json()["total"] == 200
        months, _ = every_page(plain, "/v1/series", period="month")
        assert sum(r["incidents"] for r in months) == 200
        assert plain.get("/v1/alerts").status_code == 200


def test_a_write_regroups_the_incidents_it_touches(db: Path, tmp_path: Path) -> None:
    copy = tmp_path / "writable.duckdb"
    copy.write_bytes(db.read_bytes())
    index = EventIndex()
    with Store(copy) as store:
        index.load(store)
        run = store.begin_run({}, "test")
        moved = Report("p1", "in-x", DAY, fatalities=20)  # the protest's article now reports in-x
        store.write_articles([article(moved), article(Report("x4", "in-new", DAY))], run)
        index.refresh(store, ["p1", "x4"])
    with index.reader() as reader:
        rows = {r["incident"]: r for r in reader.fetch("SELECT * FROM inc")}
    index.close()
    assert "in-p" not in rows and rows["in-new"]["mentions"] == 1
    assert (rows["in-x"]["mentions"], rows["in-x"]["fatalities_max"]) == (4, 20)
    assert len(rows) == N_INCIDENTS
