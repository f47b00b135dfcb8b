"""The PolNeAR scorer's rules (its README's) on hand-made records; no engine."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from eventwire.evaluate.polnear import score_polnear
from eventwire.model import Actor, Article, Quote, Speaker

TEXT = (
    '"We will win," Smith said. Jones said taxes would rise. '
    'It was reported that the vote was delayed. He added: "No comment."'
)


def span(words: str) -> dict[str, Any]:
    start = TEXT.index(words)
    return {"start": start, "end": start + len(words), "text": words}


def attribution(
    content: str, source: str | None, cue: str | None = "said", marks: str = "none"
) -> dict[str, Any]:
    return {
        "id": content[:6],
        "content": span(content),
        "source": span(source) if source else None,
        "cue": span(cue) if cue else None,
        "quote_marks": marks,
    }


def quote(words: str, speaker: str | None = None, actor: str | None = None, **fields: Any) -> Quote:
    start = TEXT.index(words)
    who = Speaker(actor=actor)
    if speaker:
        at = TEXT.index(speaker)
        who = Speaker(text=speaker, start=at, end=at + len(speaker), actor=actor)
    return Quote(text=words, start=start, end=start + len(words), speaker=who, **fields)


SMITH = attribution('"We will win,"', "Smith", marks="all")
JONES = attribution("taxes would rise", "Jones")
NO_SOURCE = attribution("the vote was delayed", None, cue="It was reported")
HE = attribution('"No comment."', "He", cue="added", marks="all")


def score(attributions: list[dict[str, Any]], quotes: list[Quote], **article: Any) -> dict[str, Any]:
    rec = {"id": "p1", "text": TEXT, "attributions": attributions}
    return score_polnear([rec], {"p1": Article(id="p1", text=TEXT, quotes=quotes, **article)})


def test_a_quote_over_the_content_with_a_speaker_over_the_source_is_right() -> None:
    found = [quote("We will win,", "Smith", cue="said"), quote("taxes would rise", "Jones", direct=False)]
    scores = score([SMITH, JONES], found)
    assert scores["content"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert scores["speaker"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert (scores["speaker_accuracy"], scores["direct_accuracy"]) == (1.0, 1.0)
    # one cue given ("said" in the gold cue "said"), one not
    assert scores["cue_accuracy"] == 0.5


def test_content_is_matched_one_to_one_largest_overlap_first() -> None:
    small = quote("taxes", "Smith")
    large = quote("taxes would rise", "Jones")
    scores = score([JONES], [small, large])
    assert scores["content"] == {"precision": 0.5, "recall": 1.0, "f1": 0.6667}
    # the pair is (JONES, large), whose speaker is right; the unmatched quote counts in precision
    assert scores["speaker_accuracy"] == 1.0 and scores["speaker"]["precision"] == 0.5


def test_a_wrong_speaker_or_none_is_wrong() -> None:
    scores = score([SMITH, JONES], [quote("We will win,", "Jones"), quote("taxes would rise")])
    assert scores["speaker"]["precision"] == 0.0 and scores["speaker"]["recall"] == 0.0
    assert (scores["matched_with_source"], scores["matched_without_speaker"]) == (2, 1)
    assert scores["content"]["recall"] == 1.0


def test_direct_quotes_are_scored_apart() -> None:
    # the engine calls the paraphrase direct: a direct quote on no direct attribution
    scores = score([SMITH, JONES], [quote("We will win,", "Smith"), quote("taxes would rise", "Jones")])
    assert scores["content_direct"] == {"precision": 0.5, "recall": 1.0, "f1": 0.6667}
    assert scores["direct_accuracy"] == 0.5


def test_an_attribution_without_source_counts_for_content_only() -> None:
    found = [quote("We will win,", "Smith"), quote("the vote was delayed", "Smith")]
    scores = score([SMITH, NO_SOURCE], found)
    assert scores["with_source"] == 1 and scores["content"]["recall"] == 1.0
    # the quote on the source-less content is judged on no speaker: out of speaker precision
    assert scores["speaker"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}


def test_a_pronoun_source_is_right_through_a_mention_of_the_speakers_actor() -> None:
    he = (TEXT.index("He"), TEXT.index("He") + 2)
    smith = Actor(id="s", name="Smith", mentions=[(TEXT.index("Smith"), TEXT.index("Smith") + 5), he])
    found = [quote("No comment.", "Smith", actor="s")]  # the mention given is Smith's first one
    assert score([HE], found, actors=[smith])["speaker"]["recall"] == 1.0
    assert score([HE], found)["speaker"]["recall"] == 0.0  # no actor: the mention alone is wrong
    # a gold source that is a name is not found through the actor's other mentions
    jones = Actor(id="j", name="Jones", mentions=[(TEXT.index("Jones"), TEXT.index("Jones") + 5)])
    on_jones = [quote("taxes would rise", "He", actor="j")]
    assert score([JONES], on_jones, actors=[jones])["speaker"]["recall"] == 0.0


def test_fragments_count_piece_by_piece() -> None:
    # a content in two pieces around "Smith said": a quote over the words between them does not touch it
    split = attribution('"We will win," Smith said. Jones', "Smith")
    first, last = TEXT.index('"We'), TEXT.index("Jones")
    split["content"]["fragments"] = [[first, first + 14], [last, last + 5]]
    assert score([split], [quote("Smith said", "Smith")])["content"]["recall"] == 0.0
    assert score([split], [quote("We will win,", "Smith")])["speaker"]["recall"] == 1.0


def test_a_cleaned_text_is_aligned_and_a_missing_article_finds_nothing() -> None:
    raw = "Headline\n\n" + TEXT.replace(" Smith said", "  Smith\nsaid")
    start = raw.index('"We')
    smith = raw.index("Smith")
    rec = {
        "id": "p1",
        "text": raw,
        "attributions": [
            {
                "content": {"start": start, "end": start + 14, "text": '"We will win,"'},
                "source": {"start": smith, "end": smith + 5, "text": "Smith"},
                "cue": None,
                "quote_marks": "all",
            },
            {
                "content": {"start": 0, "end": 8, "text": "Headline"},
                "source": None,
                "cue": None,
                "quote_marks": "none",
            },
        ],
    }
    coded = Article(id="p1", text=TEXT, quotes=[quote("We will win,", "Smith")])
    scores = score_polnear([rec], {"p1": coded})
    assert scores["speaker"]["recall"] == 1.0 and scores["gold_spans_unaligned"] == 1
    assert scores["content"]["recall"] == 0.5
    assert score_polnear([rec], {})["content"]["recall"] == 0.0


DEV = Path(__file__).resolve().parent.parent / "eval" / "data" / "polnear" / "local" / "dev.jsonl"


def test_the_built_dev_split_holds_the_counts_of_its_readme() -> None:
    if not DEV.is_file():
        pytest.skip("eval/data/polnear/local/dev.jsonl is not built (make evaldata POLNEAR=DIR)")
    records = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
    scores = score_polnear(records, {})
    assert (scores["articles"], scores["attributions"], scores["with_source"]) == (84, 2192, 2192 - 126)
    assert scores["speaker"]["recall"] == 0.0
