"""Forgetting what no later article can join (``stories.forget_after_days``, eventwire.stories.horizon).

A feed of one article and its exact copy a day, each day's text new: with forgetting on, what is
held stays bounded however long the feed runs, every copy is still found and joins its original's
story, a run in two halves through a store gives what one run gives, and an article that arrives
after its original was forgotten starts afresh (the price, which is why forgetting is off by
default).  No model is needed: copies and stories read the text alone.
"""

from __future__ import annotations

import random
import string
from datetime import date, timedelta
from pathlib import Path

from eventwire.config import Config
from eventwire.model import Article
from eventwire.store import Store
from eventwire.stories.assign import Assigner
from eventwire.stories.clusters import story_id
from eventwire.stories.state import load

DAYS = 40
FORGET = 5


def _config(forget: int) -> Config:
    config = Config()
    return config.model_copy(
        update={"stories": config.stories.model_copy(update={"forget_after_days": forget})}
    )


def _text(day: int) -> str:
    """Six sentences of made-up words and names, different every day."""
    rng = random.Random(day)

    def word() -> str:
        return "".join(rng.choice(string.ascii_lowercase) for _ in range(8))

    def sentence() -> str:
        return (
            f"{word().title()} said {word()} {word()} met {word().title()} in {word().title()} over {word()}."
        )

    return " ".join(sentence() for _ in range(6))


def _feed(days: int = DAYS) -> list[Article]:
    """An original and its exact copy on each day, in time order."""
    out = []
    for day in range(days):
        published = (date(2020, 1, 1) + timedelta(days=day)).isoformat()
        out += [Article(id=f"a{day}", text=_text(day), published=published)]
        out += [Article(id=f"c{day}", text=_text(day), published=published)]
    return out


def test_forgetting_keeps_what_is_held_bounded_and_still_finds_every_copy() -> None:
    assigner = Assigner(_config(FORGET))
    feed = _feed()
    for n in range(0, len(feed), 2):
        original, copy = assigner.assign(feed[n : n + 2])[0]
        assert copy.duplicate_of == original.id and copy.story == original.story
        assert len(assigner.stories.stories) <= FORGET + 1  # the days newest-5 .. newest
        assert len(assigner.incidents.by_story) <= FORGET + 1
    assert "a0" not in assigner.copies and f"a{DAYS - 1}" in assigner.copies
    everything = Assigner(_config(0))
    everything.assign(feed)
    assert len(everything.stories.stories) == DAYS and "a0" in everything.copies


def test_an_article_arriving_after_its_original_was_forgotten_starts_afresh() -> None:
    assigner = Assigner(_config(FORGET))
    assigner.assign(_feed())
    late = Article(id="late", text=_text(0), published="2020-01-01")
    done = assigner.assign([late])[0][0]
    assert done.duplicate_of is None and done.story == story_id("late")  # a story of its own


def test_a_feed_in_two_halves_through_a_store_gives_one_run_with_forgetting(tmp_path: Path) -> None:
    feed = _feed()
    one_run = {a.id: (a.story, a.duplicate_of) for a in Assigner(_config(FORGET)).assign(feed)[0]}
    half = len(feed) // 2
    for part in (feed[:half], feed[half:]):
        with Store(tmp_path / "halves.duckdb") as store:
            assigner = load(Assigner(_config(FORGET)), store)
            done, state = assigner.assign(part)
            assert not store.write_articles(done, store.begin_run({}, "test"), state)
    assert len(assigner.stories.stories) <= FORGET + 1  # loading forgot as the run did
    with Store(tmp_path / "halves.duckdb", read_only=True) as store:
        stored = {r["id"]: (r["story"], r["duplicate_of"]) for r in store.fetch("SELECT * FROM articles")}
    assert stored == one_run
