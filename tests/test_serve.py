"""The HTTP API (eventwire serve): every endpoint and filter, bad parameters, limits, writes, SQL injection.

The store is generated (bench/synthetic.py: 2,000 events over 500 articles), so that every filter
has rows to keep and rows to drop; each listing is checked against the library's own query over
the same file, which joins the store's tables instead of reading the server's in-memory rows.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed: pip install 'eventwire[web]'")

from bench.synthetic import write_store
from fastapi.testclient import TestClient

from eventwire.api import open_store
from eventwire.config import Config
from eventwire.serve import ServeSettings, create_app
from eventwire.serve.limits import RateLimit
from eventwire.store.queries import EVENT_COLUMNS
from tests.api_checks import INJECTIONS, every_page, problem

N_EVENTS = 2000
TOKEN = "s3cret-token-for-tests"


@pytest.fixture(scope="module")
def synthetic_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("serve") / "synthetic.duckdb"
    write_store(path, N_EVENTS)
    return path


@pytest.fixture(scope="module")
def client(synthetic_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(ServeSettings(db=synthetic_db, rate=0))) as test_client:
        yield test_client


def _library(db: Path, **filters: Any) -> list[dict[str, Any]]:
    with open_store(db) as store:
        rows: list[dict[str, Any]] = store.events(**filters)
    return rows


def _all(client: TestClient, **params: Any) -> tuple[list[dict[str, Any]], int]:
    """Every row of a filtered listing, page by page (as a client would fetch them)."""
    rows, total = every_page(client, "/v1/events", **params)
    return rows, int(total)


# --- endpoints ------------------------------------------------------------------------------------


def test_the_index_docs_openapi_and_dashboard_are_served(client: TestClient) -> None:
    assert client.get("/v1").json()["writes"] is False
    spec = client.get("/openapi.json").json()
    assert {"/v1/events", "/v1/incidents", "/v1/actors", "/v1/articles/{article_id}", "/v1/stories",
            "/v1/series", "/v1/alerts", "/v1/summary"} <= set(spec["paths"])  # fmt: skip
    docs = client.get("/docs").text
    assert "/static/vendor/swagger-ui/swagger-ui-bundle.js" in docs
    assert "cdn." not in docs and "https://" not in docs.split("<body>")[0]
    page = client.get("/")
    assert page.status_code == 200 and "/static/app.js" in page.text
    for asset in ("app.js", "style.css", "vendor/d3/d3.min.js", "vendor/world-atlas/countries-110m.json",
                  "vendor/swagger-ui/swagger-ui.css", "vendor/d3/LICENSE"):  # fmt: skip
        assert client.get(f"/static/{asset}").status_code == 200, asset


def test_events_are_paged_newest_first_with_totals_and_a_next_link(client: TestClient) -> None:
    first = client.get("/v1/events", params={"limit": 10})
    body = first.json()
    assert body["total"] == N_EVENTS and len(body["items"]) == 10 and body["next"] == 10
    assert first.headers["X-Total-Count"] == str(N_EVENTS)
    assert 'rel="next"' in first.headers["Link"] and "offset=10" in first.headers["Link"]
    assert list(body["items"][0]) == list(EVENT_COLUMNS)
    days = [r["date"] for r in body["items"]]
    assert days == sorted(days, reverse=True)
    second = client.get("/v1/events", params={"limit": 10, "offset": 10}).json()
    assert {(r["article_id"], r["event_id"]) for r in second["items"]}.isdisjoint(
        {(r["article_id"], r["event_id"]) for r in body["items"]}
    )
    last = client.get("/v1/events", params={"limit": 10, "offset": N_EVENTS - 3}).json()
    assert len(last["items"]) == 3 and last["next"] is None
    oldest = client.get("/v1/events", params={"limit": 5, "order": "oldest"}).json()["items"]
    assert [r["event_id"] for r in oldest] == [r["event_id"] for r in _library(client_db(client), limit=5)]


def client_db(client: TestClient) -> Path:
    return Path(client.app.state.served.settings.db)  # type: ignore[attr-defined]


FILTERS: list[dict[str, Any]] = [
    {"type": "ASSAULT"},
    {"type": "ASSAULT,PROTEST"},
    {"quad_class": "4"},
    {"quad_class": "1,2"},
    {"actor": "rebels"},
    {"actor": "IRQ"},
    {"country": "SYR"},
    {"country": "irq,ukr"},
    {"place": "mosul"},
    {"since": "2022-03", "until": "2022-09-15"},
    {"since": "2024"},
    {"until": "2019-06-30"},
    {"min_confidence": 0.8},
    {"q": "killing 3 people"},
    {"article": "syn-000007"},
    {"type": "COERCE", "country": "NGA", "since": "2020", "min_confidence": 0.5},
]


@pytest.mark.parametrize("params", FILTERS, ids=lambda p: ",".join(f"{k}={v}" for k, v in p.items()))
def test_each_filter_keeps_what_the_library_keeps(client: TestClient, params: dict[str, Any]) -> None:
    rows, total = _all(client, **params)
    library = {**params}
    if "q" in library:
        library["text"] = library.pop("q")
    expected = _library(client_db(client), **library)
    assert 0 < total < N_EVENTS and total == len(rows) == len(expected)
    assert {(r["article_id"], r["event_id"]) for r in rows} == {
        (r["article_id"], r["event_id"]) for r in expected
    }


def test_filter_values_hold_in_every_row(client: TestClient) -> None:
    rows, _ = _all(client, type="ASSAULT", country="SYR", min_confidence=0.6, since="2021-01-01")
    assert rows
    for row in rows:
        assert row["type"] == "ASSAULT" and row["quad_class"] == 4 and row["confidence"] >= 0.6
        assert "SYR" in (row["source_country"], row["target_country"]) and row["date"] >= "2021-01-01"
    repeated, _ = _all(client, type=["ASSAULT", "PROTEST"])
    joined, _ = _all(client, type="ASSAULT,PROTEST")
    assert len(repeated) == len(joined) and {r["type"] for r in joined} == {"ASSAULT", "PROTEST"}


def test_csv_and_geojson(client: TestClient) -> None:
    got = client.get("/v1/events", params={"type": "AID", "limit": 20, "format": "csv"})
    assert got.headers["content-type"].startswith("text/csv")
    table = list(csv.reader(io.StringIO(got.text)))
    assert table[0] == list(EVENT_COLUMNS) and len(table) == 21
    assert {row[EVENT_COLUMNS.index("type")] for row in table[1:]} == {"AID"}
    geo = client.get("/v1/events", params={"place": "Kyiv", "limit": 5, "format": "geojson"})
    assert geo.headers["content-type"] == "application/geo+json"
    features = geo.json()["features"]
    assert len(features) == 5
    assert all(f["geometry"] == {"type": "Point", "coordinates": [30.52, 50.45]} for f in features)
    assert features[0]["properties"]["place"] == "Kyiv" and "lat" not in features[0]["properties"]
    places = client.get("/v1/events/places", params={"format": "geojson"}).json()
    assert {f["properties"]["place"] for f in places["features"]} >= {"Kyiv", "Mosul"}


def test_counts_by_period_place_dyad_and_type_add_up(client: TestClient) -> None:
    filtered = {"country": "UKR"}
    _, total = _all(client, **filtered)
    timeline = client.get("/v1/events/timeline", params={**filtered, "interval": "year"}).json()
    assert timeline["interval"] == "year"
    assert sum(r["events"] for r in timeline["items"]) == total
    assert {r["period"][:4] for r in timeline["items"]} <= {str(y) for y in range(2018, 2025)}
    places = client.get("/v1/events/places", params=filtered).json()["items"]
    assert sum(r["events"] for r in places) == total and places == sorted(places, key=lambda r: -r["events"])
    types = client.get("/v1/events/types", params=filtered).json()["items"]
    assert sum(r["events"] for r in types) == total
    dyads = client.get("/v1/events/dyads", params={**filtered, "limit": 500}).json()["items"]
    assert sum(r["events"] for r in dyads) == total
    assert all("UKR" in (r["source"][:3], r["target"][:3]) for r in dyads)
    months = client.get("/v1/events/timeline", params={"interval": "month", "format": "csv"}).text
    assert months.splitlines()[0] == "period,quad_class,events,fatalities,incidents"


def test_actors_articles_and_summary(client: TestClient) -> None:
    actors = client.get("/v1/actors", params={"country": "SYR", "limit": 1}).json()
    assert actors["items"][0]["country"] == "SYR" and actors["next"] == 1 and actors["total"] is None
    named = client.get("/v1/actors", params={"name": "kremlin"}).json()["items"]
    assert [a["code"] for a in named] == ["RUSGOV"]
    listed = client.get("/v1/articles", params={"limit": 3}).json()
    assert len(listed["items"]) == 3 and listed["items"][0]["events"] == 4
    summary = client.get("/v1/summary").json()
    assert summary["n_events"] == N_EVENTS and summary["n_articles"] == N_EVENTS // 4
    assert summary["top_dyads"][0]["events"] >= summary["top_dyads"][-1]["events"]


def test_an_article_comes_with_the_words_of_every_field(client: TestClient) -> None:
    article = client.get("/v1/articles/syn-000003").json()
    text = article["text"]
    assert {"id", "text", "actors", "events", "quotes", "places"} <= set(article)
    for event in article["events"]:
        spans = article["spans"]["events"][event["id"]]
        (evidence,) = spans["evidence"]
        assert evidence == [event["evidence"]["start"], event["evidence"]["end"]]
        (source,) = spans["source"]
        assert text[source[0] : source[1]].lower() == event["source"]["text"].lower()
        (place,) = spans["place"]
        assert evidence[0] <= place[0] < place[1] <= evidence[1]
    (quote,) = article["spans"]["quotes"]
    assert text[quote["speaker"][0][0] : quote["speaker"][0][1]] == article["quotes"][0]["speaker"]["text"]


@pytest.fixture(scope="module")
def incidents_client(synthetic_db: Path) -> Iterator[TestClient]:
    """A server whose event rows name incidents, as a store's will once eventwire assigns them:
    here the events of one type, place and month are one incident (several articles each)."""
    with TestClient(create_app(ServeSettings(db=synthetic_db, rate=0))) as test_client:
        index = test_client.app.state.served.index  # type: ignore[attr-defined]
        index._con.execute("ALTER TABLE ev ADD COLUMN IF NOT EXISTS incident VARCHAR")
        index._con.execute("UPDATE ev SET incident = concat_ws('|', type, place, strftime(day_lo, '%Y-%m'))")
        index.regroup()
        yield test_client


def test_incidents_are_listed_from_all_their_reports(incidents_client: TestClient) -> None:
    every, total = every_page(incidents_client, "/v1/incidents")
    assert len(every) == total and len({i["incident"] for i in every}) == len(every)
    assert sum(i["mentions"] for i in every) == N_EVENTS
    assert max(i["articles"] for i in every) > 1 and all(i["sources"] == 1 for i in every)  # one outlet
    assert all(i["incident"].startswith(i["type"] + "|" + i["place"]) for i in every)
    assert all(i["fatalities_min"] <= i["fatalities_max"] for i in every if i["fatalities_min"] is not None)
    assert [i["last_day"] for i in every] == sorted((i["last_day"] for i in every), reverse=True)
    assault = incidents_client.get("/v1/incidents", params={"type": "ASSAULT", "limit": 1000}).json()
    assert {i["type"] for i in assault["items"]} == {"ASSAULT"} and 0 < assault["total"] < len(every)
    months = incidents_client.get("/v1/events/timeline", params={"type": "ASSAULT"}).json()["items"]
    assert sum(r["incidents"] for r in months) == assault["total"]
    assert sum(r["events"] for r in months) == sum(i["mentions"] for i in assault["items"])
    geo = incidents_client.get("/v1/incidents", params={"place": "Kyiv", "format": "geojson"}).json()
    assert geo["features"] and all(f["geometry"]["coordinates"] == [30.52, 50.45] for f in geo["features"])
    problem(incidents_client.get("/v1/incidents", params={"quad_class": "9"}), 400, "quad_class")


def test_the_index_takes_incidents_and_stories_from_a_store_that_holds_them(
    synthetic_db: Path, tmp_path: Path
) -> None:
    """A store written by an eventwire that assigns incidents and stories has these columns; the
    server's event rows carry them, and /v1/incidents then lists incidents."""
    import duckdb

    from eventwire.serve.index import EventIndex

    copy = tmp_path / "with-incidents.duckdb"
    copy.write_bytes(synthetic_db.read_bytes())
    con = duckdb.connect(str(copy))
    con.execute("ALTER TABLE events ADD COLUMN IF NOT EXISTS incident VARCHAR")
    con.execute("ALTER TABLE articles ADD COLUMN IF NOT EXISTS story VARCHAR")
    con.execute("UPDATE events SET incident = 'in-' || type")
    con.execute("UPDATE articles SET story = 'st-' || substr(id, 1, 8)")

    class Raw:  # the store's reading side, over a file this eventwire's Store would refuse
        def fetch(self, sql: str, params: Any = ()) -> list[dict[str, Any]]:
            cursor = con.execute(sql, list(params))
            names = [d[0] for d in cursor.description]
            return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

        def relation(self, sql: str, params: Any = ()) -> Any:
            return con.sql(sql, params=list(params))

    index = EventIndex()
    assert index.load(Raw()) == N_EVENTS  # type: ignore[arg-type]
    assert {"incident", "story", "duplicate_of"} <= index.columns()  # every store of schema 4 has them
    with index.reader() as reader:
        rows = reader.fetch("SELECT incident, count(*) AS n FROM ev GROUP BY incident ORDER BY incident")
        grouped = reader.fetch("SELECT incident, mentions, story FROM inc ORDER BY incident")
    assert sum(r["n"] for r in rows) == N_EVENTS and rows[0]["incident"] == "in-ACCUSE"
    assert [(g["incident"], g["mentions"]) for g in grouped] == [(r["incident"], r["n"]) for r in rows]
    assert all(g["story"].startswith("st-") for g in grouped)
    index.close()
    con.close()


def test_events_stored_without_incidents_are_incidents_of_their_own(client: TestClient) -> None:
    """Every store now has the incident columns; events written without one (the synthetic store is
    written row by row, not through a run) are listed as one incident each."""
    listed = client.get("/v1/incidents", params={"limit": 5}).json()
    assert listed["total"] == N_EVENTS and all(i["mentions"] == 1 for i in listed["items"])


# --- bad parameters -------------------------------------------------------------------------------

BAD = [
    ("/v1/events", {"type": "BOMBING"}, "type"),
    ("/v1/events", {"type": "ASSAULT,NOPE"}, "type"),
    ("/v1/events", {"quad_class": "5"}, "quad_class"),
    ("/v1/events", {"country": "XXX"}, "country"),
    ("/v1/events", {"since": "2020-13"}, "since"),
    ("/v1/events", {"until": "yesterday"}, "until"),
    ("/v1/events", {"min_confidence": "2"}, "min_confidence"),
    ("/v1/events", {"min_confidence": "high"}, "min_confidence"),
    ("/v1/events", {"limit": "0"}, "limit"),
    ("/v1/events", {"limit": "1001"}, "limit"),
    ("/v1/events", {"limit": "ten"}, "limit"),
    ("/v1/events", {"offset": "-1"}, "offset"),
    ("/v1/events", {"order": "sideways"}, "order"),
    ("/v1/events", {"format": "xml"}, "format"),
    ("/v1/events", {"actor": "x" * 201}, "actor"),
    ("/v1/events/timeline", {"interval": "fortnight"}, "interval"),
    ("/v1/events/places", {"limit": "0"}, "limit"),
    ("/v1/events/dyads", {"country": "Narnia"}, "country"),
    ("/v1/actors", {"limit": "100000"}, "limit"),
    ("/v1/articles", {"offset": "x"}, "offset"),
    ("/v1/incidents", {"min_mentions": "0"}, "min_mentions"),
    ("/v1/incidents", {"order": "sideways"}, "order"),
    ("/v1/incidents", {"story": "s" * 501}, "story"),
    ("/v1/incidents", {"type": "BOMBING"}, "type"),
    ("/v1/stories", {"since": "2020-13"}, "since"),
    ("/v1/stories", {"until": "soon"}, "until"),
    ("/v1/stories", {"min_articles": "0"}, "min_articles"),
    ("/v1/stories", {"min_articles": "many"}, "min_articles"),
    ("/v1/stories", {"format": "geojson"}, "format"),
    ("/v1/stories", {"limit": "1001"}, "limit"),
    ("/v1/stories", {"offset": "-1"}, "offset"),
    ("/v1/series", {"by": "weekday"}, "by"),
    ("/v1/series", {"period": "fortnight"}, "period"),
    ("/v1/series", {"quad_class": "5"}, "quad_class"),
    ("/v1/series", {"country": "Narnia"}, "country"),
    ("/v1/series", {"since": "yesterday"}, "since"),
    ("/v1/series", {"format": "geojson"}, "format"),
    ("/v1/series", {"limit": "0"}, "limit"),
    ("/v1/alerts", {"by": "actor"}, "by"),
    ("/v1/alerts", {"period": "year"}, "period"),
    ("/v1/alerts", {"min_confidence": "2"}, "min_confidence"),
    ("/v1/alerts", {"format": "xml"}, "format"),
]


@pytest.mark.parametrize(("path", "params", "parameter"), BAD, ids=[f"{p}:{n}" for p, _, n in BAD])
def test_a_bad_parameter_is_a_400_naming_it(
    client: TestClient, path: str, params: dict[str, str], parameter: str
) -> None:
    problem(client.get(path, params=params), 400, parameter)


def test_unknown_things_are_problems_too(client: TestClient) -> None:
    problem(client.get("/v1/articles/no-such-article"), 404, "article_id")
    problem(client.get("/v1/nowhere"), 404, None)
    problem(client.delete("/v1/events"), 405, None)


# --- SQL injection --------------------------------------------------------------------------------

FILTER_PARAMS = ["type", "quad_class", "actor", "country", "place", "since", "until", "min_confidence", "q",
                 "article", "order", "format", "limit", "offset"]  # fmt: skip
TEXT_PARAMS = {"actor", "place", "q", "article"}


@pytest.mark.parametrize("parameter", FILTER_PARAMS)
def test_sql_in_any_filter_is_refused_or_matches_nothing(client: TestClient, parameter: str) -> None:
    for attack in INJECTIONS:
        for path in ("/v1/events", "/v1/events/timeline", "/v1/events/dyads"):
            got = client.get(path, params={parameter: attack})
            if parameter in TEXT_PARAMS:
                assert got.status_code == 200, (path, attack, got.text)
                body = got.json()
                assert body.get("total", 0) == 0 and not body["items"], (path, attack)
            elif path == "/v1/events" or parameter not in ("order", "format", "limit", "offset"):
                problem(got, 400, parameter)
    assert client.get("/v1/events", params={"limit": 1}).json()["total"] == N_EVENTS
    assert client.get("/v1/summary").json()["n_articles"] == N_EVENTS // 4
    assert len(_library(client_db(client))) == N_EVENTS
    for path in ("/v1/actors?name=", "/v1/articles/"):
        got = client.get(path + "'; DROP TABLE actors; --")
        assert got.status_code in (200, 404)
    assert client.get("/v1/actors", params={"limit": 1}).json()["items"]


# --- writes ---------------------------------------------------------------------------------------


@pytest.fixture
def writable(synthetic_db: Path, tmp_path: Path) -> Iterator[TestClient]:
    copy = tmp_path / "writable.duckdb"
    copy.write_bytes(synthetic_db.read_bytes())
    settings = ServeSettings(db=copy, token=TOKEN, rate=0, max_body_bytes=20_000, config=Config())
    with TestClient(create_app(settings)) as test_client:
        yield test_client


ARTICLE = {
    "id": "posted-1",
    "title": "Clashes in Mosul",
    "text": "Iraqi forces killed three militants in Mosul on Monday.",
    "published": "2021-12-09",
}


def test_writes_are_off_without_a_token(client: TestClient) -> None:
    body = problem(client.post("/v1/articles", json=ARTICLE), 403, None)
    assert "EVENTWIRE_TOKEN" in body["detail"]


def test_writes_need_the_right_bearer_token(writable: TestClient) -> None:
    missing = writable.post("/v1/articles", json=ARTICLE)
    problem(missing, 401, None)
    assert missing.headers["WWW-Authenticate"].startswith("Bearer")
    for header in ("Bearer wrong-token", f"Basic {TOKEN}", "Bearer ", TOKEN, f"Bearer {TOKEN}x"):
        problem(writable.post("/v1/articles", json=ARTICLE, headers={"Authorization": header}), 401, None)
    assert writable.get("/v1/articles/posted-1").status_code == 404


def test_oversized_bodies_are_refused_before_anything_reads_them(writable: TestClient) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    big = {**ARTICLE, "text": "Police arrested a man. " * 2000}
    problem(writable.post("/v1/articles", json=big, headers=auth), 413, None)

    def chunks() -> Iterator[bytes]:  # no Content-Length: measured as it arrives
        for _ in range(50):
            yield b"x" * 1000

    problem(
        writable.post("/v1/articles", content=chunks(), headers={**auth, "Content-Type": "text/plain"}),
        413,
        None,
    )
    assert writable.get("/v1/articles/posted-1").status_code == 404


def test_bad_bodies_are_named(writable: TestClient) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    problem(
        writable.post(
            "/v1/articles", content=b"{not json", headers={**auth, "Content-Type": "application/json"}
        ),
        400,
        "body",
    )
    problem(writable.post("/v1/articles", json=[], headers=auth), 400, "body")
    problem(writable.post("/v1/articles", json=[ARTICLE] * 101, headers=auth), 400, "body")
    problem(
        writable.post("/v1/articles", content=b"x", headers={**auth, "Content-Type": "image/png"}),
        415,
        "Content-Type",
    )
    problem(writable.post("/v1/articles", json={"id": "x"}, headers=auth), 422, "body")
    problem(
        writable.post("/v1/articles", json=ARTICLE, params={"published": "May"}, headers=auth),
        400,
        "published",
    )


@pytest.mark.model
def test_a_posted_article_is_processed_stored_and_listed(writable: TestClient) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    got = writable.post("/v1/articles", json=ARTICLE, headers=auth)
    assert got.status_code == 201, got.text
    article = got.json()
    assert article["id"] == "posted-1" and [e["type"] for e in article["events"]] == ["ASSAULT"]
    assert article["events"][0]["fatalities"] == 3
    stored = writable.get("/v1/articles/posted-1").json()
    assert stored["events"] == article["events"] and "spans" in stored
    listed = writable.get("/v1/events", params={"article": "posted-1"}).json()
    assert listed["total"] == 1 and listed["items"][0]["place"] == "Mosul"
    assert writable.get("/v1/summary").json()["n_articles"] == N_EVENTS // 4 + 1
    text = writable.post(
        "/v1/articles",
        content=b"Protesters marched in Minsk on Sunday.",
        params={"id": "posted-2", "published": "2020-08-10"},
        headers={**auth, "Content-Type": "text/plain"},
    )
    assert text.status_code == 201 and text.json()["id"] == "posted-2"
    both = writable.post("/v1/articles", json=[ARTICLE, {"id": "empty", "text": "  "}], headers=auth).json()
    assert [a["id"] for a in both["articles"]] == ["posted-1"] and len(both["failures"]) == 1
    assert (
        writable.get("/v1/events", params={"article": "posted-1"}).json()["total"] == 1
    )  # replaced, not doubled
    (incident,) = writable.get("/v1/incidents", params={"article": "posted-1"}).json()["items"]
    assert incident["article_id"] == "posted-1" and incident["place"] == "Mosul"


# --- rate limit -----------------------------------------------------------------------------------


def test_a_client_over_the_rate_gets_429_with_retry_after(synthetic_db: Path) -> None:
    with TestClient(create_app(ServeSettings(db=synthetic_db, rate=0.5, burst=3))) as limited:
        codes = [limited.get("/v1/summary").status_code for _ in range(4)]
        assert codes == [200, 200, 200, 429]
        refused = limited.get("/v1/events")
        problem(refused, 429, None)
        assert int(refused.headers["Retry-After"]) >= 1
        assert limited.get("/static/app.js").status_code == 200  # the dashboard's files are not counted


def test_the_token_bucket_refills_at_its_rate() -> None:
    now = [0.0]
    bucket = RateLimit(lambda s, r, c: None, rate=2.0, burst=2, clock=lambda: now[0])  # type: ignore[arg-type,return-value]
    assert [bucket.take("a"), bucket.take("a")] == [0.0, 0.0]
    assert bucket.take("a") == pytest.approx(0.5)
    assert bucket.take("b") == 0.0  # each client has its own bucket
    now[0] = 0.5
    assert bucket.take("a") == 0.0


# --- the command ----------------------------------------------------------------------------------


def test_eventwire_serve_listens_on_loopback_and_takes_the_token_from_the_environment(
    synthetic_db: Path, tmp_path: Path
) -> None:
    import os
    import socket
    import subprocess
    import sys
    import time

    import httpx2

    copy = tmp_path / "served.duckdb"
    copy.write_bytes(synthetic_db.read_bytes())
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**os.environ, "EVENTWIRE_TOKEN": TOKEN}
    cmd = [sys.executable, "-m", "eventwire", "serve", "--db", str(copy), "--port", str(port)]
    server = subprocess.Popen(cmd, env=env, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                index = httpx2.get(f"http://127.0.0.1:{port}/v1", timeout=1.0).json()
                break
            except httpx2.HTTPError:
                assert time.monotonic() < deadline and server.poll() is None, "serve did not come up"
                time.sleep(0.2)
        assert index["writes"] is True
        got = httpx2.post(
            f"http://127.0.0.1:{port}/v1/articles", json=ARTICLE, headers={"Authorization": "Bearer no"}
        )
        assert got.status_code == 401
    finally:
        server.terminate()
        _, err = server.communicate(timeout=30)
    assert f"http://127.0.0.1:{port}/" in err and "writes on" in err and TOKEN not in err
