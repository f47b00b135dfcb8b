"""Mentions that only name an event told before (eventwire.events.references).

Sentences written for this test (no gold set was read to write them or the rule).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import eventwire
from eventwire.events.references import ELSEWHERE
from eventwire.model import Article
from eventwire.store import Store
from eventwire.store.queries import summary

pytestmark = pytest.mark.model


def _coded(text: str) -> Article:
    return eventwire.process([text], published="2021-12-09")[0]


def _mentions(article: Article) -> list[tuple[str, str, str | None]]:
    """(type, trigger, refers_to) of each event with a trigger, in order."""
    return [
        (e.type, article.text[e.trigger.start : e.trigger.end], e.refers_to)
        for e in article.events
        if e.trigger
    ]


@pytest.mark.parametrize(
    ("text", "word", "first"),
    [
        (
            "Gunmen attacked a police checkpoint in Kabul on Monday, killing five officers."
            " The Interior Ministry condemned the attack.",
            "attack",
            "attacked",
        ),
        (
            "Gunmen attacked a checkpoint in Mosul on Monday."
            " Hours after the attack, police arrested three men.",
            "attack",
            "attacked",
        ),
        (
            "Police arrested ten protesters in Minsk on Sunday."
            " The arrests drew criticism from the European Union.",
            "arrests",
            "arrested",
        ),
    ],
)
def test_a_definite_bare_noun_after_a_report_names_it_again(text: str, word: str, first: str) -> None:
    article = _coded(text)
    ids = {article.text[e.trigger.start : e.trigger.end]: e.id for e in article.events if e.trigger}
    again = [m for m in _mentions(article) if m[1] == word]
    assert again and again[0][2] == ids[first]
    assert next(e for e in article.events if e.id == ids[first]).refers_to is None


@pytest.mark.parametrize(
    "text",
    [
        # the first mention in its article: nothing to refer to
        "The Interior Ministry condemned the attack on Monday.",
        # a party or a toll of its own: a report ("the attack killed four soldiers")
        "Gunmen attacked a checkpoint in Mosul on Monday. Police said the attack killed four soldiers.",
        # its own date is another day: another act
        "Gunmen attacked a checkpoint in Mosul on Monday."
        " The 2015 attack on the same checkpoint killed nine.",
        # another type: the arrest is no mention of the attack
        "Gunmen attacked a checkpoint in Mosul on Monday. The arrest of the mayor followed.",
    ],
)
def test_a_mention_with_its_own_party_date_or_type_is_a_report(text: str) -> None:
    assert all(refers_to is None for _, _, refers_to in _mentions(_coded(text)))


def test_the_summary_counts_events_once_and_the_mentions_again_apart(tmp_path: Path) -> None:
    article = _coded(
        "Gunmen attacked a police checkpoint in Kabul on Monday, killing five officers."
        " The Interior Ministry condemned the attack."
    )
    with Store(tmp_path / "s.duckdb") as store:
        store.write_articles([article], store.begin_run({}, "0.1.0"))
        counted = summary(store)
    reports = [e for e in article.events if e.refers_to is None]
    assert counted.n_events == len(reports) == len(article.events) - 1
    assert counted.n_references == 1 and counted.events_by_type["ASSAULT"] == 1


def test_a_noun_that_names_the_act_of_the_verb_above_it_again_is_a_mention_of_it() -> None:
    """'struck ... in a night-time attack': one act, two words; the mention takes the act's parties."""
    article = _coded("The army base was struck by rockets in a night-time attack.")
    struck, attack = article.events
    assert _mentions(article) == [("ASSAULT", "struck", None), ("ASSAULT", "attack", struck.id)]
    assert attack.target.text == struck.target.text == "The army base" and attack.id != struck.id


def test_the_noun_a_verb_phrase_needs_is_no_second_mention() -> None:
    """'took two men into custody': one phrase names the arrest."""
    assert _mentions(_coded("Police took two men into custody on Friday.")) == [("COERCE", "took", None)]


def test_a_verb_whose_subject_names_its_act_is_a_mention_of_the_noun() -> None:
    """'Twin bombings struck the cathedral': the bombings are the act; it takes the target and toll."""
    article = _coded("Twin bombings struck the cathedral in Jolo on Sunday, killing 20 people.")
    bombings, struck = article.events
    assert _mentions(article) == [("ASSAULT", "bombings", None), ("ASSAULT", "struck", bombings.id)]
    assert (bombings.target.text, bombings.fatalities) == ("the cathedral", 20)
    assert struck.fatalities is None  # the toll is counted once


def test_a_noun_that_names_its_sentences_act_again_with_no_new_party_is_a_mention() -> None:
    """'an inmate had been stabbed: "There was an assault on an inmate"': one act, told twice."""
    article = _coded(
        'Officials said an inmate had been stabbed: "There was an assault on an inmate on Friday."'
    )
    stabbed = next(e for e in article.events if e.refers_to is None)
    assert [m for m in _mentions(article) if m[1] == "assault"] == [("ASSAULT", "assault", stabbed.id)]
    other = _coded("Gunmen attacked a checkpoint on Monday after an assault on a convoy.")
    assert all(refers_to is None for _, _, refers_to in _mentions(other))  # another party: another act


def test_a_definite_noun_whose_party_the_report_names_is_a_mention_of_it() -> None:
    """'Gunmen shot the mayor Ana Ruiz ... Ruiz survived the attack': the same woman, the same act;
    another party ('the attack on the governor') is another act."""
    article = _coded(
        "Gunmen shot the mayor Ana Ruiz in Tijuana on Monday. Ruiz survived the attack, police said."
    )
    shot = next(e for e in article.events if e.refers_to is None)
    assert [m for m in _mentions(article) if m[1] == "attack"] == [("ASSAULT", "attack", shot.id)]
    other = _coded(
        "Gunmen shot the mayor Ana Ruiz in Tijuana on Monday. The governor survived the attack, police said."
    )
    assert all(refers_to is None for _, _, refers_to in _mentions(other))


def test_a_claim_of_responsibility_names_the_act_told_before_and_keeps_the_claimant() -> None:
    """The guidelines: the attack whose responsibility is claimed is coded where a sentence reports it."""
    article = _coded(
        "A suicide bomber attacked a mosque in Kabul on Friday, killing 12 people."
        " The Islamic State claimed responsibility for the attack."
    )
    attacked, attack = article.events
    assert (attack.refers_to, attack.source.text) == (attacked.id, "The Islamic State")
    alone = _coded("The Islamic State claimed responsibility for the attack.")
    assert [e.refers_to for e in alone.events] == [None]  # nothing told before: the claim reports it


@pytest.mark.parametrize(
    ("text", "word", "refers_to"),
    [
        # no party, no toll, not what the sentence is about: named, not reported (guidelines section 2)
        ("Police questioned the driver about the attack for six hours on Friday.", "attack", ELSEWHERE),
        # the subject of a verb of happening, even in what is said: the act itself
        ("Officials said the shooting happened near the station on Friday.", "shooting", None),
        # a party of its own: a report
        ("The mayor spoke at a memorial for victims of the massacre on Sunday.", "massacre", None),
    ],
)
def test_a_bare_act_noun_its_sentence_is_not_about_is_a_mention_of_an_act_told_elsewhere(
    text: str, word: str, refers_to: str | None
) -> None:
    assert [m for m in _mentions(_coded(text)) if m[1] == word] == [("ASSAULT", word, refers_to)]


def test_a_mention_of_an_act_told_elsewhere_is_counted_apart_and_named_again_by_later_ones(
    tmp_path: Path,
) -> None:
    article = _coded(
        "Police questioned the driver about the attack for six hours on Friday."
        " Hours after the attack, the driver was released."
    )
    first, again = (e for e in article.events if e.type == "ASSAULT")
    assert (first.refers_to, again.refers_to) == (ELSEWHERE, first.id)
    with Store(tmp_path / "s.duckdb") as store:
        store.write_articles([article], store.begin_run({}, "0.1.0"))
        counted = summary(store)
    assert "ASSAULT" not in counted.events_by_type and counted.n_references == 2
