"""Copies, stories and incidents: what the issue asks them to show (eventwire.stories).

- reworded copies of the demo articles and the seed join their original (here the copies of a
  third of the corpus and of the seed; ``eventwire eval copies`` copies all), and no two of the
  whole demo corpus and the seed are joined (the Greek prime minister on the EastMed pipeline and
  the Cairo summit on the Turkish-Libyan border deal, a day apart, name the same countries and
  none of the same people);
- the seed and two reworded copies of it give each real event one incident of three mentions;
- the ECB+ subset: story grouping above the floor, and two halves into one store give the
  stories of one run.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

import eventwire
from eventwire.config import Config
from eventwire.evaluate.copies import demo_originals, score_copies
from eventwire.evaluate.ecbplus import score_stories
from eventwire.model import Article
from eventwire.store import Store
from eventwire.stories.assign import Assigner
from eventwire.stories.features import names_of
from eventwire.stories.reword import Rewording, copies, reword
from eventwire.stories.state import load

SEED_DAY = "2021-12-09"
#: reached 0.8607 B-cubed F1 and 0.0053 same-kind pairs merged (in the gold file's order); the bars
#: of issue 13
ECB_BCUBED_FLOOR = 0.85
ECB_SAME_KIND_CEILING = 0.05


def _plain(article_id: str, text: str, published: str | None = SEED_DAY) -> Article:
    """An article as reading makes it, before coding (copies look at the text alone)."""
    return Article(id=article_id, text=text, published=published)


def _seed(gold_dir: Path) -> str:
    return (gold_dir / "seed" / "article.txt").read_text(encoding="utf-8")


# --- without the model ----------------------------------------------------------------------------


def test_the_names_alone_leave_out_countries_and_their_peoples() -> None:
    features = {"n:mitsotakis": 2.0, "n:turkish": 1.5, "n:greeks": 1.0, "n:britain": 1.0, "g:cairo": 1.0}
    assert names_of(features) == {"n:mitsotakis": 2.0}


def test_rewording_is_repeatable_and_changes_words_order_and_tail(gold_dir: Path) -> None:
    text = _seed(gold_dir)
    first, again = reword(text, seed=3), reword(text, seed=3)
    assert first == again and first != text
    assert reword(text, seed=4) != first
    assert any(tail in first for tail in ("Read More", "Related Posts", "Share this:", "Click here"))
    plain = reword(
        text, seed=3, how=Rewording(swap=0.0, move=0.0, drop=0.0, add=False, junk=0, boilerplate=False)
    )
    assert plain.split() == text.split()  # nothing asked, nothing changed but spacing


def test_a_reworded_copy_is_found_and_a_different_article_is_not(gold_dir: Path) -> None:
    seed = _seed(gold_dir)
    other = demo_originals()[0].text
    done, _ = Assigner(Config()).assign(
        [
            _plain("seed", seed),
            _plain("other", other),
            *(_plain(f"c{n}", t) for n, t in enumerate(copies(seed, 3))),
        ]
    )
    assert [a.duplicate_of for a in done] == [None, None, "seed", "seed", "seed"]
    assert len({a.story for a in done if a.id != "other"}) == 1
    assert done[1].story != done[0].story


def test_an_article_processed_again_is_no_copy_of_itself(gold_dir: Path) -> None:
    seed = _plain("seed", _seed(gold_dir))
    assigner = Assigner(Config())
    first, _ = assigner.assign([seed])
    again, _ = assigner.assign([seed])
    assert again[0].duplicate_of is None and again[0].story == first[0].story


def test_a_later_run_joins_the_stored_stories(gold_dir: Path, tmp_path: Path) -> None:
    seed = _seed(gold_dir)
    texts = [_plain("seed", seed), *(_plain(f"c{n}", t) for n, t in enumerate(copies(seed, 2)))]
    with Store(tmp_path / "s.duckdb") as store:
        run = store.begin_run({}, "test")
        done, state = load(Assigner(Config()), store).assign(texts[:1])
        store.write_articles(done, run, state)
    with Store(tmp_path / "s.duckdb") as store:
        later, state = load(Assigner(Config()), store).assign(texts[1:])
        store.write_articles(later, store.begin_run({}, "test"), state)
        stored = store.fetch("SELECT id, story, duplicate_of FROM articles ORDER BY id")
    assert [r["duplicate_of"] for r in stored] == ["seed", "seed", None]
    assert len({r["story"] for r in stored}) == 1


# --- with the model -------------------------------------------------------------------------------


def _mentions(articles: list[Article]) -> Counter[str]:
    return Counter(e.incident for a in articles for e in a.events if e.incident)


def _seed_event_checks(gold_dir: Path) -> list[dict[str, object]]:
    checks = json.loads((gold_dir / "seed" / "expect.json").read_text(encoding="utf-8"))["checks"]
    return [c for c in checks if c["kind"] == "event"]


def _events_at(article: Article, phrase: str, types: list[str]) -> list[str]:
    """Incidents of the article's events of those types whose evidence holds the phrase."""
    start = article.text.lower().find(phrase.lower())
    assert start >= 0, phrase
    end = start + len(phrase)
    return [
        e.incident or ""
        for e in article.events
        if e.type in types and e.evidence.start < end and start < e.evidence.end
    ]


@pytest.mark.model
def test_the_seed_and_two_reworded_copies_give_each_real_event_one_incident_of_three_mentions(
    gold_dir: Path,
) -> None:
    seed = _seed(gold_dir)
    items = [
        {"id": "seed", "text": seed},
        *({"id": f"copy{n}", "text": t} for n, t in enumerate(copies(seed, 2, 1))),
    ]
    articles = eventwire.process(items, published=SEED_DAY)
    assert [a.duplicate_of for a in articles] == [None, "seed", "seed"]
    mentions = _mentions(articles)
    by_article = {i: {a.id for a in articles if any(e.incident == i for e in a.events)} for i in mentions}
    checks = _seed_event_checks(gold_dir)
    coded = 0
    for check in checks:
        incidents = _events_at(articles[0], str(check["at"]), list(check["types"]))  # type: ignore[call-overload]
        # a "must" is always coded; a "should" may be left out (test_seed holds how many are coded)
        assert incidents or check["level"] != "must", f"{check['id']}: the seed's event is not coded"
        if incidents:
            coded += 1
            assert any(mentions[i] == 3 and len(by_article[i]) == 3 for i in incidents), (
                check["id"],
                incidents,
            )
    assert coded >= 10


@pytest.mark.model
def test_a_definite_mention_of_an_act_told_before_is_the_same_incident() -> None:
    """One act, one incident: "the attack" after "Gunmen attacked ..." refers back to it; strikes,
    raids and an invasion dated in 2003 are acts of their own."""
    text = (
        "Gunmen attacked a checkpoint in Mosul on Monday, killing five soldiers. Police are investigating"
        " the attack. The Iraqi government condemned the attack. Coalition strikes and raids continued."
        " The 2003 invasion was recalled."
    )
    [article] = eventwire.process([text], published=SEED_DAY)
    incidents = [e.incident for e in article.events if e.type == "ASSAULT"]
    assert len(incidents) == 6 and len(set(incidents)) == 4, incidents
    assert incidents[0] == incidents[1] == incidents[2]


@pytest.mark.model
def test_a_toll_with_no_agent_just_after_its_act_is_the_same_incident() -> None:
    """The toll told in the next sentence is the attack's; one "in a separate incident" is not."""
    text = (
        "Militants attacked a police checkpoint in Kunduz on Monday, officials said. Five police officers"
        " were killed and 12 people were wounded, the governor said. In a separate incident, three"
        " civilians were killed by a roadside bomb."
    )
    [article] = eventwire.process([text], published=SEED_DAY)
    events = [(e.fatalities, e.incident) for e in article.events if e.type == "ASSAULT"]
    assert [n for n, _ in events] == [None, 5, 3], events
    assert events[0][1] == events[1][1] != events[2][1]


@pytest.mark.model
def test_a_store_counts_an_incident_once_with_its_mentions_articles_and_sources(
    gold_dir: Path, tmp_path: Path
) -> None:
    """Two runs into one store: the copies join the stored seed's story and incidents."""
    seed = _seed(gold_dir)
    (tmp_path / "seed.txt").write_text(seed, encoding="utf-8")
    rows = [
        {"id": f"copy{n}", "text": t, "url": f"https://site{n}.example/a"}
        for n, t in enumerate(copies(seed, 2, 1))
    ]
    (tmp_path / "copies.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    db = tmp_path / "s.duckdb"
    for name in ("seed.txt", "copies.jsonl"):
        cmd = [sys.executable, "-m", "eventwire", "process", str(tmp_path / name), "--db", str(db)]
        done = subprocess.run(
            [*cmd, "--published", SEED_DAY, "-q", "--format", "none"], capture_output=True, text=True
        )
        assert done.returncode == 0, done.stderr
    with eventwire.open(db) as store:
        stories = store.stories()
        widely = store.incidents(min_mentions=3)
        every = store.incidents()
        events = store.events()
    assert [(s["articles"], s["copies"]) for s in stories] == [(3, 2)]
    assert len(widely) >= 10
    # the seed has no URL (an outlet of its own), the copies two different hosts
    assert all(r["articles"] == 3 and r["sources"] == 3 for r in widely)
    assert sum(r["mentions"] for r in every) == len(events) > 2 * len(every)


@pytest.mark.model
def test_reworded_copies_join_their_original_and_demo_articles_stay_apart(gold_dir: Path) -> None:
    originals = demo_originals(gold_dir / "seed" / "article.txt")
    chosen = {o.id for o in [*originals[:-1:3], originals[-1]]}  # a third of the demo corpus, the seed
    scores = score_copies(originals, copied=chosen)
    assert scores["copies"] == 5 * len(chosen)
    assert scores["pairwise"]["f1"] >= 0.95, scores
    assert scores["originals_joined"] == []  # the whole demo corpus and the seed


@pytest.fixture(scope="module")
def ecbplus(gold_dir: Path) -> tuple[list[dict[str, object]], list[Article]]:
    """The ECB+ subset's records, and its articles as one run codes them (stories assigned)."""
    path = gold_dir / "ecbplus_subset" / "records.jsonl"
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    items = [{"id": r["id"], "text": r["text"], "url": r.get("url")} for r in records]
    return records, eventwire.process(items)


@pytest.mark.model
def test_ecbplus_stories_reach_the_floor(ecbplus: tuple[list[dict[str, object]], list[Article]]) -> None:
    records, articles = ecbplus
    scores = score_stories(records, {a.id: a.story or a.id for a in articles})
    assert scores["bcubed"]["f1"] >= ECB_BCUBED_FLOOR, scores
    assert scores["same_kind_merged"] <= ECB_SAME_KIND_CEILING, scores


@pytest.mark.model
def test_ecbplus_in_two_halves_into_one_store_gives_the_stories_of_one_run(
    ecbplus: tuple[list[dict[str, object]], list[Article]], tmp_path: Path
) -> None:
    _, articles = ecbplus
    coded = [a.with_(story=None, duplicate_of=None) for a in articles]
    half = len(coded) // 2
    for part in (coded[:half], coded[half:]):
        with Store(tmp_path / "halves.duckdb") as store:
            done, state = load(Assigner(Config()), store).assign(part)
            assert not store.write_articles(done, store.begin_run({}, "test"), state)
    with Store(tmp_path / "halves.duckdb", read_only=True) as store:
        stored = {r["id"]: (r["story"], r["duplicate_of"]) for r in store.fetch("SELECT * FROM articles")}
        incidents = {
            (r["article_id"], r["event_id"]): r["incident"] for r in store.fetch("SELECT * FROM events")
        }
    assert stored == {a.id: (a.story, a.duplicate_of) for a in articles}
    assert incidents == {(a.id, e.id): e.incident for a in articles for e in a.events}
    assert len({a.story for a in articles}) > 20
