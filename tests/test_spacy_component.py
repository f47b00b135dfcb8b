"""The spaCy component gives what the command line gives for the same text."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from spacy.language import Language

from eventwire.nlp import load_spacy_model

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def nlp() -> Language:
    pipeline = load_spacy_model()
    pipeline.add_pipe("eventwire", config={"published": "2021-12-09"})
    return pipeline


@pytest.mark.parametrize(
    ("code", "names"),
    [
        ("nlp.add_pipe('eventwire')", "['eventwire']"),
        # the paragraph component is registered with it
        (
            "nlp.add_pipe('eventwire'); nlp.add_pipe('eventwire_paragraphs', first=True)",
            "['eventwire_paragraphs', 'eventwire']",
        ),
    ],
)
def test_the_components_are_found_through_the_entry_point(code: str, names: str) -> None:
    # A fresh interpreter that never imports eventwire itself: spaCy must find the factory.
    code = f"import spacy; nlp = spacy.blank('en'); {code}; print(nlp.pipe_names)"
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip() == names


def test_the_component_gives_the_cli_s_events_on_the_seed_article(nlp: Language, gold_dir: Path) -> None:
    seed = gold_dir / "seed" / "article.txt"
    cmd = [sys.executable, "-m", "eventwire", "process", str(seed), "--published", "2021-12-09", "-q"]
    res = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr
    cli = json.loads(res.stdout)
    doc = nlp(cli["text"])  # the cleaned text: the component takes its text as it is
    assert len(cli["events"]) >= 15  # the seed gives 19: enough events to compare the two paths on
    # An incident joins mentions across articles: the CLI assigns one to each event, a component
    # that sees one doc at a time leaves it unset; everything else is the same.
    assert all(e.pop("incident") for e in cli["events"])
    # The CLI takes the dateline off the top and places the lead's events there ("dl"); the
    # component is given the cleaned text, with no dateline, so those events have no place.
    assert cli["dateline"] and any(e["place"] == "dl" for e in cli["events"])
    unplaced = [{**e, "place": None if e["place"] == "dl" else e["place"]} for e in cli["events"]]
    assert [e.model_dump(mode="json", exclude={"incident"}) for e in doc._.events] == unplaced
    actors = [a.model_dump(mode="json") for a in doc._.actors]
    assert [{**a, "mentions": [list(m) for m in a["mentions"]]} for a in actors] == cli["actors"]
    assert [q.model_dump(mode="json") for q in doc._.quotes] == cli["quotes"]
    assert [t.model_dump(mode="json") for t in doc._.times] == cli["times"]
    assert [p.model_dump(mode="json") for p in doc._.places] == cli["places"]
    assert doc._.eventwire.text == doc.text


def test_doc_published_overrides_the_component_setting(nlp: Language) -> None:
    doc = nlp.make_doc("Iraqi forces killed three militants in Mosul on Monday.")
    doc._.published = "2020-01-01"
    for _, component in nlp.pipeline:
        doc = component(doc)
    assert [e.date for e in doc._.events] == ["2019-12-30"]
    spans = [doc.text[e.evidence.start : e.evidence.end] for e in doc._.events]
    assert spans == ["Iraqi forces killed three militants in Mosul on Monday"]


def test_pipe_annotates_every_doc(nlp: Language) -> None:
    texts = ["Police arrested two protesters in Minsk.", "The weather was fine.", "Rebels attacked a base."]
    docs = list(nlp.pipe(texts, batch_size=2))
    assert [len(d._.events) > 0 for d in docs] == [True, False, True]
