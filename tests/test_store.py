"""The DuckDB store: replacement, failures, runs, round trip, queries, summary."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any, Literal, Union, get_args, get_origin

import duckdb
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

from eventwire.errors import EventwireError, UsageError
from eventwire.model import (
    DATELINE_PLACE,
    Actor,
    Article,
    Dateline,
    Event,
    Party,
    Place,
    Quote,
    Removed,
    Span,
    Speaker,
    TimeExpr,
)
from eventwire.pipeline import Failure
from eventwire.store import Store, query_events, summary
from eventwire.store.dates import date_bounds
from eventwire.store.schema import ARTICLES, PARTS

TEXT = (
    "BAGHDAD (Reuters) - Iraqi troops attacked Islamic State fighters near Mosul on Tuesday, "
    "killing 12. The United States said it would send aid. "
    '"We will not retreat," the Iraqi prime minister said.'
)


def span(needle: str, text: str = TEXT) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def make_article(
    article_id: str = "a1",
    *,
    published: str | None = "2020-01-07",
    source: str | None = "news.jsonl:1",
    event_date: str | None = "2020-01-07",
) -> Article:
    """A fully populated article, built by hand (no NLP)."""
    first = span("Iraqi troops attacked Islamic State fighters near Mosul on Tuesday, killing 12.")
    second = span("The United States said it would send aid.")
    mosul = span("Mosul")
    quote = span("We will not retreat,")
    place = Place(
        id="P1",
        text="Mosul",
        start=mosul[0],
        end=mosul[1],
        name="Mosul",
        country="IRQ",
        lat=36.34,
        lon=43.13,
        geonameid=99072,
        feature="city",
    )
    return Article(
        id=article_id,
        title=f"Fighting near Mosul ({article_id})",
        url=f"https://example.org/{article_id}",
        published=published,
        source=source,
        dateline=Dateline(text="BAGHDAD", place=place.model_copy(update={"id": "P0", "start": 0, "end": 7})),
        credits=["Jane Reporter"],
        text=TEXT,
        removed=[Removed(text="Share this", reason="boilerplate")],
        actors=[
            Actor(
                id="A1",
                name="Iraqi troops",
                mentions=[span("Iraqi troops")],
                country="IRQ",
                sector="MIL",
                code="IRQMIL",
                kind="group",
            ),
            Actor(
                id="A2",
                name="Islamic State",
                mentions=[span("Islamic State")],
                country=None,
                sector="INS",
                code="IMGSEPISI",
                kind="group",
            ),
            Actor(
                id="A3",
                name="United States",
                mentions=[span("The United States")],
                country="USA",
                code="USA",
                kind="country",
            ),
            Actor(
                id="A4",
                name="Iraqi prime minister",
                mentions=[span("the Iraqi prime minister")],
                country="IRQ",
                sector="GOV",
                code="IRQGOV",
                kind="role",
            ),
        ],
        events=[
            Event(
                id="E1",
                type="ASSAULT",
                mode="firearms",
                cameo="190",
                quad_class=4,
                goldstein=-10.0,
                source=Party(actor="A1", text="Iraqi troops"),
                target=Party(actor="A2", text="Islamic State"),
                date=event_date,
                place="P1",
                fatalities=12,
                evidence=Span(start=first[0], end=first[1]),
                trigger=Span(start=TEXT.index("attacked"), end=TEXT.index("attacked") + 8),
                confidence=0.9,
            ),
            Event(
                id="E2",
                type="AID",
                cameo="070",
                quad_class=2,
                goldstein=7.0,
                source=Party(actor="A3", text="The United States"),
                target=Party(actor=None, text=None),
                modality="uncertain",
                evidence=Span(start=second[0], end=second[1]),
                confidence=0.6,
            ),
        ],
        quotes=[
            Quote(
                text="We will not retreat,",
                start=quote[0],
                end=quote[1],
                speaker=Speaker(
                    actor="A4",
                    text="the Iraqi prime minister",
                    start=span("the Iraqi prime minister")[0],
                    end=span("the Iraqi prime minister")[1],
                ),
                direct=True,
                cue="said",
            ),
        ],
        times=[
            TimeExpr(
                text="Tuesday",
                start=span("Tuesday")[0],
                end=span("Tuesday")[1],
                type="DATE",
                value="2020-01-07",
            )
        ],
        places=[place],
        warnings=["actors: one name not coded"],
    )


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "events.duckdb") as opened:
        yield opened


def counts(store: Store) -> dict[str, int]:
    tables = ["articles", "actors", "mentions", "events", "quotes", "times", "places"]
    return {t: int(store.fetch(f"SELECT count(*) AS n FROM {t}")[0]["n"]) for t in tables}


# --- writing ----------------------------------------------------------------------------------------


def test_writing_the_same_article_twice_keeps_one_copy_in_every_table(store: Store) -> None:
    run = store.begin_run({}, "0.1.0")
    store.write_articles([make_article()], run)
    once = counts(store)
    assert once == {
        "articles": 1,
        "actors": 4,
        "mentions": 4,
        "events": 2,
        "quotes": 1,
        "times": 1,
        "places": 1,
    }
    store.write_articles([make_article()], run)
    store.write_articles([make_article(), make_article()], store.begin_run({}, "0.1.0"))
    assert counts(store) == once


def test_a_replaced_article_takes_its_new_parts(store: Store) -> None:
    run = store.begin_run({}, "0.1.0")
    store.write_articles([make_article()], run)
    store.write_articles([make_article().with_(events=[], title="Corrected")], run)
    assert counts(store)["events"] == 0
    loaded = store.load_article("a1")
    assert loaded is not None and loaded.title == "Corrected"


def test_round_trip_gives_an_equal_article(store: Store) -> None:
    article = make_article()
    store.write_articles([article], store.begin_run({}, "0.1.0"))
    loaded = store.load_article("a1")
    assert loaded is not None
    assert loaded.to_json_dict() == article.to_json_dict()
    assert loaded.source == article.source
    assert store.load_article("missing") is None


def test_round_trip_keeps_a_partial_published_date_and_a_bare_article(store: Store) -> None:
    bare = Article(id="bare", text="Nothing happened.", published="2020-03")
    store.write_articles([bare], store.begin_run({}, "0.1.0"))
    loaded = store.load_article("bare")
    assert loaded is not None and loaded.to_json_dict() == bare.to_json_dict()


def test_stored_sources_name_every_article_for_resuming(store: Store) -> None:
    run = store.begin_run({}, "0.1.0")
    store.write_articles([make_article("a1"), make_article("a2", source="news.jsonl:2")], run)
    store.write_articles([make_article("a3", source=None)], run)
    assert store.stored_sources() == {"news.jsonl:1": "a1", "news.jsonl:2": "a2"}


# --- failures ---------------------------------------------------------------------------------------


def failure_rows(store: Store) -> list[tuple[object, ...]]:
    rows = store.fetch("SELECT run_id, source, stage, article_id, error FROM failures ORDER BY source, stage")
    return [tuple(r.values()) for r in rows]


def test_failures_are_recorded_with_their_run(store: Store) -> None:
    run = store.begin_run({}, "0.1.0")
    store.write_failures([Failure("bad.html", "read", "not UTF-8 and no charset given")], run)
    store.write_failures([Failure("news.jsonl:1", "actors", "KeyError: x", "a1")], run)
    assert failure_rows(store) == [
        (run, "bad.html", "read", None, "not UTF-8 and no charset given"),
        (run, "news.jsonl:1", "actors", "a1", "KeyError: x"),
    ]


def test_a_stage_failure_of_the_current_run_survives_writing_its_article(store: Store) -> None:
    run = store.begin_run({}, "0.1.0")
    store.write_failures([Failure("news.jsonl:1", "actors", "KeyError: x", "a1")], run)
    store.write_articles([make_article("a1")], run)
    assert len(failure_rows(store)) == 1


def test_a_later_success_clears_the_earlier_failure(store: Store) -> None:
    first = store.begin_run({}, "0.1.0")
    store.write_failures(
        [Failure("news.jsonl:1", "read", "bad line"), Failure("other.html", "read", "empty")], first
    )
    second = store.begin_run({}, "0.1.0")
    store.write_articles([make_article("a1", source="news.jsonl:1")], second)
    assert [row[1] for row in failure_rows(store)] == ["other.html"]


def test_failing_again_replaces_the_earlier_failure_instead_of_accumulating(store: Store) -> None:
    for _ in range(3):
        store.write_failures([Failure("bad.html", "read", "empty")], store.begin_run({}, "0.1.0"))
    assert len(failure_rows(store)) == 1


def test_one_unstorable_article_does_not_cost_the_rest_of_its_batch(store: Store) -> None:
    run = store.begin_run({}, "0.1.0")
    bad = Article(id="bad", text="half a character: \ud800", source="feed.xml:2")
    failures = store.write_articles([make_article("a1"), bad, make_article("a2", source="feed.xml:3")], run)
    assert sorted(store.stored_sources().values()) == ["a1", "a2"]
    assert [(f.source, f.stage, f.article_id) for f in failures] == [("feed.xml:2", "store", "bad")]
    assert "could not store the article" in failures[0].error
    store.write_failures(failures, run)  # passing them on, as a runner would, records nothing twice
    assert [row[1:4] for row in failure_rows(store)] == [("feed.xml:2", "store", "bad")]


# --- runs -------------------------------------------------------------------------------------------


def run_row(store: Store, run_id: str) -> dict[str, object]:
    return store.fetch("SELECT * FROM runs WHERE id = ?", [run_id])[0]


def test_a_run_records_its_config_version_counts_and_status(store: Store) -> None:
    run = store.begin_run({"published": "2020-01-07", "batch": 32}, "0.1.0")
    row = run_row(store, run)
    assert row["status"] == "running" and row["finished"] is None and row["version"] == "0.1.0"
    assert '"batch": 32' in str(row["config"])
    store.end_run(run, n_articles=5, n_failed=1)
    row = run_row(store, run)
    assert (row["status"], row["n_articles"], row["n_failed"]) == ("done", 5, 1)
    assert row["finished"] is not None


def test_end_run_refuses_an_unknown_status_or_run(store: Store) -> None:
    run = store.begin_run({}, "0.1.0")
    with pytest.raises(UsageError):
        store.end_run(run, 0, 0, status="exploded")
    with pytest.raises(UsageError):
        store.end_run("no-such-run", 0, 0)


def test_an_exception_inside_the_store_marks_its_open_run_interrupted(tmp_path: Path) -> None:
    path = tmp_path / "events.duckdb"
    with pytest.raises(KeyboardInterrupt), Store(path) as store:
        run = store.begin_run({}, "0.1.0")
        store.write_articles([make_article("a1")], run)
        raise KeyboardInterrupt
    with Store(path, read_only=True) as reopened:
        row = run_row(reopened, run)
        assert (row["status"], row["n_articles"]) == ("interrupted", 1)
        assert reopened.stored_sources() == {"news.jsonl:1": "a1"}


# --- opening ----------------------------------------------------------------------------------------


def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.duckdb"
    path.write_text("these are my notes\n" * 200)
    with pytest.raises(EventwireError, match=r"notes\.duckdb: not a DuckDB database"):
        Store(path)


def test_a_foreign_duckdb_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.duckdb"
    with duckdb.connect(str(path)) as con:
        con.execute("CREATE TABLE things (x INTEGER)")
    with pytest.raises(EventwireError, match="not an eventwire store"):
        Store(path)


def test_read_only_needs_an_existing_store_and_refuses_writes(tmp_path: Path) -> None:
    path = tmp_path / "events.duckdb"
    with pytest.raises(EventwireError, match="no such store"):
        Store(path, read_only=True)
    Store(path).close()
    with Store(path, read_only=True) as store, pytest.raises(UsageError, match="read-only"):
        store.begin_run({}, "0.1.0")


def test_reopening_keeps_what_was_written(tmp_path: Path) -> None:
    path = tmp_path / "new folder" / "events.duckdb"
    with Store(path) as store:
        store.write_articles([make_article("a1")], store.begin_run({}, "0.1.0"))
    with Store(path) as store:
        assert counts(store)["events"] == 2


# --- export -----------------------------------------------------------------------------------------


def test_export_jsonl_writes_the_contract_form(store: Store, tmp_path: Path) -> None:
    import json

    articles = [make_article("a2"), make_article("a1")]
    store.write_articles(articles, store.begin_run({}, "0.1.0"))
    out = tmp_path / "out.jsonl"
    assert store.export_jsonl(out) == 2
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert lines == [articles[1].to_json_dict(), articles[0].to_json_dict()]


def test_export_parquet_writes_one_file_per_table(store: Store, tmp_path: Path) -> None:
    store.write_articles([make_article("a1")], store.begin_run({}, "0.1.0"))
    files = store.export_parquet(tmp_path / "parquet")
    names = {f.name for f in files}
    assert {"articles.parquet", "events.parquet", "runs.parquet", "failures.parquet"} <= names
    with duckdb.connect() as con:
        events = con.execute(
            "SELECT count(*) FROM read_parquet(?)", [str(tmp_path / "parquet" / "events.parquet")]
        )
        assert events.fetchall() == [(2,)]


# --- queries ----------------------------------------------------------------------------------------


@pytest.fixture
def filled(store: Store) -> Store:
    run = store.begin_run({}, "0.1.0")
    store.write_articles(
        [
            make_article("a1", published="2020-01-07", event_date="2020-01-07"),
            make_article("a2", published="2021-06-01", event_date="2021-05"),
            make_article("a3", published="2022-02-02", event_date="2022", source="news.jsonl:3"),
            make_article("a4", published="2019-03-03", event_date=None, source="news.jsonl:4"),
        ],
        run,
    )
    return store


def event_keys(rows: list[dict[str, object]]) -> list[tuple[object, object]]:
    return [(r["article_id"], r["event_id"]) for r in rows]


def test_query_rows_carry_article_evidence_and_actor_names(filled: Store) -> None:
    rows = query_events(filled, article="a1")
    assert event_keys(rows) == [("a1", "E1"), ("a1", "E2")]
    first = rows[0]
    assert first["title"] == "Fighting near Mosul (a1)" and first["published"] == "2020-01-07"
    assert first["evidence_text"] == TEXT[int(str(first["evidence_start"])) : int(str(first["evidence_end"]))]
    assert (first["source_name"], first["source_code"]) == ("Iraqi troops", "IRQMIL")
    assert (first["target_name"], first["target_code"]) == ("Islamic State", "IMGSEPISI")
    assert first["place"] == "Mosul" and first["fatalities"] == 12


def test_an_event_placed_by_the_dateline_takes_its_place_in_query_rows(store: Store) -> None:
    article = make_article()
    assert article.dateline is not None and article.dateline.place is not None
    filed = article.dateline.place.model_copy(
        update={"id": DATELINE_PLACE, "name": "Baghdad", "geonameid": 98182}
    )
    second = article.events[1].model_copy(update={"place": DATELINE_PLACE})
    placed = article.with_(dateline=Dateline(text="BAGHDAD", place=filed), events=[article.events[0], second])
    store.write_articles([placed], store.begin_run({}, "0.1.0"))
    rows = {r["event_id"]: r for r in query_events(store, article="a1")}
    assert (rows["E1"]["place"], rows["E2"]["place"]) == ("Mosul", "Baghdad")
    assert (rows["E2"]["place_country"], rows["E2"]["lat"]) == ("IRQ", 36.34)


def test_query_by_type_is_case_insensitive(filled: Store) -> None:
    rows = query_events(filled, type="assault")
    assert {r["type"] for r in rows} == {"ASSAULT"} and len(rows) == 4


def test_query_by_actor_matches_names_texts_and_codes(filled: Store) -> None:
    assert {r["event_id"] for r in query_events(filled, actor="islamic")} == {"E1"}
    assert {r["event_id"] for r in query_events(filled, actor="usa")} == {"E2"}
    assert {r["event_id"] for r in query_events(filled, actor="IRQMIL")} == {"E1"}
    assert query_events(filled, actor="nobody at all") == []


def test_query_by_actor_finds_an_event_under_its_joint_actors(store: Store) -> None:
    article = make_article()
    aid = article.events[1]
    joint = aid.model_copy(update={"source": aid.source.model_copy(update={"joint": ["A4"]})})
    store.write_articles(
        [article.model_copy(update={"events": [article.events[0], joint]})], store.begin_run({}, "0.1.0")
    )
    assert {r["event_id"] for r in query_events(store, actor="IRQGOV")} == {
        "E2"
    }  # "The United States and Iraq"
    assert query_events(store, actor="IRQGOV")[0]["source_code"] == "USA"


def test_query_by_country_matches_source_or_target(filled: Store) -> None:
    assert {r["event_id"] for r in query_events(filled, country="irq")} == {"E1"}
    assert {r["event_id"] for r in query_events(filled, country="USA")} == {"E2"}


def test_query_by_date_range_keeps_events_whose_whole_date_lies_inside(filled: Store) -> None:
    def articles(since: str | None = None, until: str | None = None) -> list[str]:
        rows = query_events(filled, type="ASSAULT", since=since, until=until)
        return sorted({str(r["article_id"]) for r in rows})

    assert articles(since="2021") == ["a2", "a3"]
    assert articles(since="2021-05") == ["a2", "a3"]
    assert articles(since="2021-05-31") == ["a3"]  # "2021-05" may be before the 31st: not known to be after
    assert articles(since="2021-06") == ["a3"]
    assert articles(until="2020-01") == ["a1", "a4"]  # a4 is undated: its publication date counts
    assert articles(since="2022-01-01") == ["a3"]  # "2022" lies wholly after the first day of 2022
    assert articles(since="2022-12-31", until="2022-12-31") == []  # a day does not return a year's event
    assert articles(since="2022", until="2022") == ["a3"]
    with pytest.raises(UsageError):
        query_events(filled, since="last week")


def test_query_limit_and_order(filled: Store) -> None:
    rows = query_events(filled, limit=3)
    assert event_keys(rows) == [("a4", "E1"), ("a4", "E2"), ("a1", "E1")]


def test_date_bounds() -> None:
    assert date_bounds("2020") == (date(2020, 1, 1), date(2020, 12, 31))
    assert date_bounds("2020-02") == (date(2020, 2, 1), date(2020, 2, 29))
    assert date_bounds(" 2020-02-03 ") == (date(2020, 2, 3), date(2020, 2, 3))
    assert date_bounds("2020-02-30") is None and date_bounds("soon") is None


# --- summary ----------------------------------------------------------------------------------------


def test_summary_counts_types_dyads_actors_and_latest_failures(filled: Store) -> None:
    old = filled.begin_run({}, "0.1.0")
    filled.write_failures([Failure("old.html", "read", "empty")], old)
    latest = filled.begin_run({}, "0.1.0")
    filled.write_failures([Failure("new.html", "read", "binary")], latest)
    s = summary(filled, top=5)
    assert (s.n_articles, s.n_events, s.n_quotes, s.n_failures) == (4, 8, 4, 2)
    assert s.events_by_type == {"AID": 4, "ASSAULT": 4}
    assert s.top_dyads == {("IRQMIL", "IMGSEPISI"): 4}  # E2 has no target: not a dyad
    assert s.top_actors[0][2] == 4 and len(s.top_actors) == 4
    assert ("Iraqi troops", "IRQMIL", 4) in s.top_actors
    assert s.failures == [("new.html", "read", "binary")] and s.latest_run == latest


def test_summary_of_an_empty_store(store: Store) -> None:
    s = summary(store)
    assert (s.n_articles, s.n_events, s.events_by_type, s.failures, s.latest_run) == (0, 0, {}, [], None)


def test_a_store_held_by_another_process_is_waited_for_then_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "events.duckdb"
    Store(path).close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import duckdb, sys; c = duckdb.connect(sys.argv[1]); print('ready', flush=True); input()",
            str(path),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        began = time.monotonic()
        with pytest.raises(EventwireError, match="another process has had the store open for over 1 s"):
            Store(path, read_only=True, wait_s=1.0)
        assert time.monotonic() - began >= 0.5  # it waited before giving up
    finally:
        holder.communicate("\n", timeout=10)
    Store(path, read_only=True, wait_s=1.0).close()  # let go of: opens at once


# --- property: any article round-trips -----------------------------------------------------------------
# The strategy is derived from the models, field by field, as the store's tables are: a field added
# to a model is generated, stored and compared here with no edit.  Integers stay within their
# column's width; strings in date fields are sometimes dates, so the computed date columns see some.

_INT_BOUND = {"TINYINT": 2**7, "INTEGER": 2**31, "BIGINT": 2**63}
_DATE_LIKE = st.sampled_from(["2020", "2020-02", "2020-02-29", "2021-02-29", " 2021-06-01 ", "June 2021"])
_DATE_FIELDS = {"published", "date"}


def _sql_types() -> dict[tuple[str, tuple[str, ...]], str]:
    """The SQL type storing each field, keyed by (model name, field path)."""
    types = {}
    for table in (ARTICLES, *PARTS.values()):
        assert table.model is not None
        for column in table.field_columns:
            types[(table.model.__name__, column.path)] = column.sql_type
    return types


_SQL_TYPES = _sql_types()


def _optional(annotation: Any) -> tuple[Any, bool]:
    args = get_args(annotation)
    if type(None) in args:
        rest = [a for a in args if a is not type(None)]
        return (rest[0] if len(rest) == 1 else Union[tuple(rest)]), True  # noqa: UP007 - built from a tuple
    return annotation, False


def strategy_for(annotation: Any, owner: str, path: tuple[str, ...]) -> st.SearchStrategy[Any]:
    """Values of ``annotation``, the field at ``path`` of the part ``owner`` (a model name)."""
    inner, optional = _optional(annotation)
    values = _values(inner, owner, path)
    return st.none() | values if optional else values


def _values(annotation: Any, owner: str, path: tuple[str, ...]) -> st.SearchStrategy[Any]:
    origin, args = get_origin(annotation), get_args(annotation)
    if origin is Literal:
        return st.sampled_from(args)
    if origin is list:
        item = args[0]
        unique = "id" in getattr(item, "model_fields", {})  # a part's id is unique in its article
        items = _model_values(item, item.__name__, ()) if unique else strategy_for(item, owner, path)
        return st.lists(items, max_size=3, unique_by=(lambda p: p.id) if unique else None)
    if origin is tuple:
        return st.tuples(*(strategy_for(a, owner, path) for a in args))
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        part_of_article = owner == "Article" and path and path[0] in PARTS
        return _model_values(annotation, *((annotation.__name__, ()) if part_of_article else (owner, path)))
    if annotation is bool:
        return st.booleans()
    if annotation is int:
        bound = _INT_BOUND[_SQL_TYPES.get((owner, path), "INTEGER")]
        return st.integers(-bound, bound - 1)
    if annotation is float:
        return st.floats(allow_nan=False, allow_infinity=False)
    if annotation is str:
        text = st.text(max_size=10)
        return text | _DATE_LIKE if path and path[-1] in _DATE_FIELDS else text
    raise TypeError(f"no strategy for {annotation!r} ({owner}.{'.'.join(path)}): teach this test the type")


def _model_values(model: type[BaseModel], owner: str, path: tuple[str, ...]) -> st.SearchStrategy[Any]:
    fields = {
        name: strategy_for(info.annotation, owner, (*path, name))
        for name, info in model.model_fields.items()
        if not info.exclude
    }
    return st.builds(model, **fields)


@pytest.fixture(scope="module")
def shared_store() -> Iterator[Store]:
    # One store for every example: opening one costs more than the test, and
    # ids that repeat across examples exercise replacement for free.
    with Store(":memory:") as opened:
        yield opened


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(article=_model_values(Article, "Article", ()))
def test_any_article_loads_back_equal(shared_store: Store, article: Article) -> None:
    run = shared_store.begin_run({}, "0.1.0")
    assert shared_store.write_articles([article], run) == []
    loaded = shared_store.load_article(article.id)
    assert loaded is not None
    assert loaded.to_json_dict() == article.to_json_dict()
    assert loaded.model_dump() == article.model_dump()  # the fields kept out of the JSON too (source)
    assert len(shared_store.fetch("SELECT id FROM articles WHERE id = ?", [article.id])) == 1


def test_the_generated_articles_reach_every_field() -> None:
    """Every field of every part is generated with a value, not only left at its default."""
    seen: set[tuple[str, str]] = set()

    @settings(max_examples=200, deadline=None, database=None)
    @given(article=_model_values(Article, "Article", ()))
    def collect(article: Article) -> None:
        for model in _parts(article):
            seen.update((type(model).__name__, name) for name, value in model if value not in (None, [], ()))

    collect()
    wanted = {(m.__name__, name) for m in _part_models(Article) for name in m.model_fields}
    wanted -= {("Article", "parse")}
    assert wanted - seen == set()


def _parts(model: BaseModel) -> Iterator[BaseModel]:
    yield model
    for _, value in model:
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, BaseModel):
                yield from _parts(item)


def _part_models(model: type[BaseModel]) -> set[type[BaseModel]]:
    return set(_models_in(model))


def _models_in(annotation: Any) -> Iterator[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        yield annotation
        for info in annotation.model_fields.values():
            yield from _models_in(info.annotation)
    for arg in get_args(annotation):
        yield from _models_in(arg)
