"""Rendering: summary text, event listings in three formats, the marked-up article."""

from __future__ import annotations

import csv
import io
import json

import pytest

from eventwire.errors import UsageError
from eventwire.model import Article, Event, Quote, Span
from eventwire.report import _Mark, mark_text, render_article, render_events, render_summary, table
from eventwire.store import Store, Summary, query_events
from eventwire.store.queries import EVENT_COLUMNS
from tests.test_store import TEXT, make_article, span


@pytest.fixture
def rows() -> list[dict[str, object]]:
    with Store(":memory:") as store:
        store.write_articles([make_article("a1"), make_article("a2")], store.begin_run({}, "0.1.0"))
        return query_events(store)


# --- summary ----------------------------------------------------------------------------------------


def test_render_summary_has_the_counts_line_and_every_section() -> None:
    s = Summary(
        n_articles=135,
        n_events=412,
        n_quotes=90,
        n_failures=1,
        events_by_type={"ASSAULT": 40, "CONSULT": 12},
        top_dyads={("USAGOV", "IRNGOV"): 7},
        top_actors=[("Donald Trump", "USAGOV", 31), ("Hezbollah", None, 4)],
        failures=[("bad.html", "read", "not UTF-8 and no charset given")],
        latest_run="run-1",
    )
    text = render_summary(s)
    assert text.splitlines()[0] == "Articles: 135  Events: 412  Quotes: 90  Failures: 1"
    sections = ["Events by PLOVER type", "Top dyads", "Top actors", "Failures (latest run run-1)"]
    positions = [text.index(title) for title in sections]
    assert positions == sorted(positions)
    assert any(line.split() == ["ASSAULT", "40"] for line in text.splitlines())
    assert any(line.split() == ["USAGOV", "IRNGOV", "7"] for line in text.splitlines())
    assert any(line.split() == ["Hezbollah", "4"] for line in text.splitlines())
    assert "not UTF-8 and no charset given" in text


def test_render_summary_of_nothing_says_none() -> None:
    text = render_summary(Summary(0, 0, 0, 0))
    assert text.startswith("Articles: 0  Events: 0  Quotes: 0  Failures: 0")
    assert text.count("(none)") == 4


def test_table_aligns_columns_and_truncates_long_cells() -> None:
    lines = table(["name", "n"], [("a" * 30, 5), ("b", 123)], widths=[10]).splitlines()
    assert lines[2] == "aaaaaaaaa…    5"
    assert lines[3] == "b           123"
    assert len({len(line) for line in lines[1:]}) == 1


# --- event listings ---------------------------------------------------------------------------------


def test_render_events_csv_parses_back_with_a_header(rows: list[dict[str, object]]) -> None:
    parsed = list(csv.reader(io.StringIO(render_events(rows, "csv"))))
    assert parsed[0] == list(EVENT_COLUMNS)
    assert len(parsed) == 1 + len(rows) == 5
    record = dict(zip(parsed[0], parsed[1], strict=True))
    assert (
        record["evidence_text"]
        == "Iraqi troops attacked Islamic State fighters near Mosul on Tuesday, killing 12."
    )
    assert (record["source_code"], record["fatalities"], record["target_country"]) == ("IRQMIL", "12", "")


def test_render_events_csv_of_no_rows_is_the_header_alone() -> None:
    assert list(csv.reader(io.StringIO(render_events([], "csv")))) == [list(EVENT_COLUMNS)]


def test_render_events_jsonl_is_one_object_per_row(rows: list[dict[str, object]]) -> None:
    lines = render_events(rows, "jsonl").splitlines()
    assert [json.loads(line) for line in lines] == rows
    assert render_events([], "jsonl") == ""


def test_render_events_table_groups_rows_under_their_article(rows: list[dict[str, object]]) -> None:
    lines = render_events(rows, "table").splitlines()
    assert lines[0].split()[:4] == ["date", "type", "cameo", "source"]
    assert lines[2] == "a1 · 2020-01-07 · Fighting near Mosul (a1)"
    assert (
        "ASSAULT" in lines[3] and "Iraqi troops (IRQMIL)" in lines[3] and "Islamic State fighters" in lines[3]
    )
    assert lines[4].split()[:3] == ["AID", "070", "United"]
    assert lines[5].startswith("a2 · ")
    assert lines[-1] == "(4 events)"
    assert render_events([], "table") == "(no events)\n"


def test_render_events_refuses_an_unknown_format(rows: list[dict[str, object]]) -> None:
    with pytest.raises(UsageError):
        render_events(rows, "xml")


# --- one article ------------------------------------------------------------------------------------


def test_render_article_brackets_event_evidence_and_quotes() -> None:
    article = make_article()
    text = render_article(article)
    first = "Iraqi troops attacked Islamic State fighters near Mosul on Tuesday, killing 12."
    assert f"⟦E1 {first}⟧" in text
    assert "⟦E2 The United States said it would send aid.⟧" in text
    assert '"⟦Q1 We will not retreat,⟧"' in text


def test_render_article_lists_events_quotes_actors_times_places() -> None:
    text = render_article(make_article())
    e1 = next(line for line in text.splitlines() if line.strip().startswith("E1"))
    for part in [
        "ASSAULT/firearms",
        "cameo 190",
        "Iraqi troops (IRQMIL) → Islamic State (IMGSEPISI)",
        "date 2020-01-07",
        "place Mosul (IRQ)",
        "fatalities 12",
        "asserted",
        "confidence 0.90",
    ]:
        assert part in e1
    assert 'Q1  Iraqi prime minister (IRQGOV): "We will not retreat,"  (said, direct)' in text
    for title in ["Events", "Quotes", "Actors", "Times", "Places", "Warnings"]:
        assert f"\n{title}\n" in text
    assert "Tuesday  DATE  2020-01-07" in text


def test_events_sharing_a_sentence_share_one_mark_and_nested_marks_close_inside_out() -> None:
    base = make_article()
    sentence = span('"We will not retreat," the Iraqi prime minister said.')
    events = [
        Event(id="E1", type="REJECT", evidence=Span(start=sentence[0], end=sentence[1])),
        Event(id="E2", type="THREATEN", evidence=Span(start=sentence[0], end=sentence[1])),
    ]
    text = render_article(base.with_(events=events))
    assert '⟦E1,E2 "⟦Q1 We will not retreat,⟧" the Iraqi prime minister said.⟧' in text


def test_crossing_spans_are_split_so_brackets_always_nest() -> None:
    marks = [_Mark(0, 10, ("E1",), "event"), _Mark(5, 15, ("Q1",), "quote")]
    assert mark_text("aaaaabbbbbccccc", marks) == "⟦E1 aaaaa⟦Q1 bbbbb⟧⟧⟦Q1 ccccc⟧"


def test_whitespace_at_a_span_edge_is_left_outside_the_brackets() -> None:
    text = "One thing.\n\nAnother."
    article = Article(id="x", text=text, events=[Event(id="E1", type="AID", evidence=Span(start=0, end=12))])
    assert "⟦E1 One thing.⟧\n\nAnother." in render_article(article)


def test_mark_text_leaves_the_text_whole_when_marks_are_stripped() -> None:
    quote = span("We will not retreat,")
    article = Article(
        id="x", text=TEXT, quotes=[Quote(text="We will not retreat,", start=quote[0], end=quote[1])]
    )
    marked = render_article(article).split("\n\n")[1]
    assert marked.replace("⟦Q1 ", "").replace("⟧", "") == TEXT
    assert mark_text(TEXT, []) == TEXT


def test_render_article_in_colour_uses_ansi_codes_around_the_evidence() -> None:
    text = render_article(make_article(), color=True)
    assert "\x1b[1;33mThe United States said it would send aid.\x1b[0m" in text
    assert "⟦" not in text


def test_render_article_survives_offsets_outside_the_text() -> None:
    bad = Article(id="x", text="Short.", events=[Event(id="E1", type="AID", evidence=Span(start=3, end=99))])
    assert "Sho⟦E1 rt.⟧" in render_article(bad)
