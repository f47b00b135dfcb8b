"""The Python library: eventwire.process, eventwire.pipe, eventwire.open, and the README's examples."""

from __future__ import annotations

import doctest
import importlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

import eventwire
from eventwire.config import Config
from eventwire.errors import UsageError

ROOT = Path(__file__).resolve().parent.parent
SENTENCE = "Iraqi forces killed three militants in Mosul on Monday."

pytestmark = pytest.mark.model


def test_the_issue_one_liner_prints_the_event_and_its_date() -> None:
    code = (
        "import eventwire; a = eventwire.process(['Iraqi forces killed three militants in Mosul on Monday.'],"
        " published='2021-12-09')[0]; print(a.events[0].type, a.events[0].date)"
    )
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip() == "ASSAULT 2021-12-06"


def test_strings_dicts_and_paths_are_processed_in_input_order(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Clash</title></head><body><article><p>"
        "Police arrested two protesters in Minsk on Sunday, officials said.</p></article></body></html>",
        encoding="utf-8",
    )
    items = [SENTENCE, {"id": "d1", "text": SENTENCE, "published": "2020-01-01"}, page]
    articles = eventwire.process(items, published="2021-12-09")
    assert [a.id for a in articles][1] == "d1"
    assert len(articles) == 3
    assert articles[0].published == "2021-12-09" and articles[1].published == "2020-01-01"
    assert articles[1].events[0].date == "2019-12-30"  # "Monday" before 2020-01-01
    assert "Minsk" in articles[2].text and articles[2].events[0].type == "COERCE"


def test_a_string_is_text_not_a_file_name(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text(SENTENCE, encoding="utf-8")
    [article] = eventwire.process([str(tmp_path / "notes.txt")])
    assert article.text == str(tmp_path / "notes.txt") and not article.events


def test_failures_raise_by_default_and_go_to_the_handler_when_given() -> None:
    with pytest.raises(eventwire.ProcessingError, match=r"<text 2>: empty text"):
        eventwire.process([SENTENCE, "   "])
    failed: list[eventwire.Failure] = []
    articles = eventwire.process([SENTENCE, "   ", 42], on_failure=failed.append)  # type: ignore[list-item]
    assert len(articles) == 1
    assert [f.source for f in failed] == ["<text 2>", "<item 3>"]


def test_pipe_streams_batches_and_matches_process() -> None:
    texts = [f"{SENTENCE} Report {n}." for n in range(5)]
    streamed = eventwire.pipe(texts, published="2021-12-09", batch_size=2)
    assert not isinstance(streamed, list)
    first = next(streamed)
    rest = list(streamed)
    together = eventwire.process(texts, published="2021-12-09")
    assert [a.to_json_dict() for a in [first, *rest]] == [a.to_json_dict() for a in together]


def test_models_are_importable_from_the_package() -> None:
    for name in ("Article", "Event", "Actor", "Quote", "Place", "TimeExpr", "Config", "EventStore"):
        assert getattr(eventwire, name).__module__.startswith("eventwire.")
    with pytest.raises(AttributeError):
        eventwire.no_such_thing  # noqa: B018


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("api") / "news.duckdb"
    texts = [
        {"id": "a1", "text": SENTENCE, "published": "2021-12-09"},
        {"id": "a2", "text": "Police arrested two protesters in Minsk on Sunday.", "published": "2020-08-10"},
    ]
    with eventwire.open(db, create=True) as store:
        store.add(eventwire.process(texts))
    return db


def test_open_store_lists_events_actors_and_articles_as_rows(store_path: Path) -> None:
    with eventwire.open(store_path) as store:
        assert [r["type"] for r in store.events(type="assault")] == ["ASSAULT"]
        assert {r["article_id"] for r in store.events(since="2021")} == {"a1"}
        assert [r["id"] for r in store.articles()] == ["a2", "a1"]
        assert any(r["code"] == "IRQMIL" for r in store.actors(country="irq"))
        assert store.article("a2") is not None and store.article("nope") is None
        assert store.summary().n_articles == 2
        assert store.events(min_confidence=1.0) == []


@pytest.mark.parametrize("kind", ["pandas", "polars", "arrow"])
def test_open_store_gives_frames_on_request(store_path: Path, kind: str) -> None:
    with eventwire.open(store_path) as store:
        frame = store.events(as_=kind)  # type: ignore[arg-type]
    assert frame.shape[0] == 2 if kind != "arrow" else frame.num_rows == 2
    assert "evidence_text" in list(frame.columns if kind != "arrow" else frame.column_names)


def test_open_store_refuses_unknown_filters_with_the_valid_values(store_path: Path) -> None:
    with eventwire.open(store_path) as store:
        with pytest.raises(UsageError, match=r"valid types: AGREE, .*ASSAULT"):
            store.events(type="BOMBING")
        with pytest.raises(UsageError, match="alpha-3"):
            store.events(country="Iraq")
        with pytest.raises(UsageError, match="YYYY"):
            store.events(since="last week")
        with pytest.raises(UsageError, match="rows, pandas, polars or arrow"):
            store.events(as_="excel")  # type: ignore[arg-type]


def test_the_config_is_recorded_with_each_run(tmp_path: Path) -> None:
    from eventwire.runner import RunOptions, process_inputs

    path = tmp_path / "a.txt"
    path.write_text(SENTENCE, encoding="utf-8")
    db = tmp_path / "s.duckdb"
    process_inputs([str(path)], Config(batch_size=7), RunOptions(db=db), lambda a: None, lambda f: None)
    with eventwire.open(db) as store:
        [run] = store.sql("SELECT config FROM runs")
    recorded = json.loads(run["config"])
    assert recorded["batch_size"] == 7 and recorded["coder"] == "builtin"


# --- documentation that runs ---------------------------------------------------------------------


def _readme_examples() -> str:
    """The README's Python examples: every ```python block, in order, as one doctest."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = [b.split("```", 1)[0] for b in text.split("```python\n")[1:]]
    assert blocks, "the README has no Python examples"
    return "\n".join(blocks)


def test_readme_python_examples_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    test = doctest.DocTestParser().get_doctest(_readme_examples(), {}, "README.md", "README.md", 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    runner.run(test)
    assert test.examples and runner.failures == 0, f"{runner.failures} README example(s) failed"


@pytest.mark.parametrize(
    "module",
    ["eventwire", "eventwire.api", "eventwire.store.view", "eventwire.spacy_component", "eventwire.evidence"],
)
def test_module_docstring_examples_run(module: str) -> None:
    result = doctest.testmod(importlib.import_module(module), optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0 and result.failed == 0
