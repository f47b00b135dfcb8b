"""An act named again as the modifier of its people, places or sequels: "the bombing suspect",
"the explosion site" (references.with_modifier_mentions)."""

from __future__ import annotations

import pytest

import eventwire
from eventwire.model import Article

pytestmark = pytest.mark.model


def _coded(text: str) -> Article:
    return eventwire.process([text], published="2021-12-09")[0]


def _at(article: Article, word: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [
        (e.type, e.refers_to, e.source.text, e.target.text)
        for e in article.events
        if e.trigger and article.text[e.trigger.start : e.trigger.end] == word
    ]


def test_the_bombing_suspect_names_the_bombing_told_before() -> None:
    article = _coded(
        "Two bombs exploded at the marathon on Monday. Police are searching for the bombing suspect."
    )
    [first] = [
        e.id
        for e in article.events
        if e.trigger and article.text[e.trigger.start : e.trigger.end] == "exploded"
    ]
    assert _at(article, "bombing") == [("ASSAULT", first, None, None)]


@pytest.mark.parametrize(
    "text",
    [
        "A bombing suspect was arrested in Leeds on Monday.",  # no act told before it
        "Gunmen attacked a checkpoint on Monday. The army formed a strike force.",  # not a sequel of an act
    ],
)
def test_a_modifier_with_no_act_before_it_or_of_no_sequel_is_no_mention(text: str) -> None:
    article = _coded(text)
    assert not _at(article, "bombing") and not _at(article, "strike")


def test_a_modifier_mention_stands_on_its_own_sentence() -> None:
    article = _coded(
        "Two bombs exploded at the marathon on Monday. Police are searching for the bombing suspect."
    )
    [mention] = [e for e in article.events if e.refers_to]
    evidence = article.text[mention.evidence.start : mention.evidence.end]
    assert evidence.startswith("Police") and "bombing suspect" in evidence
