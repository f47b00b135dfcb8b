"""Property tests: no text crashes processing, and every offset lies inside the text."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.config import Config
from eventwire.model import Article
from eventwire.pipeline import Failure
from eventwire.runner import RunOptions, process_inputs

NEWSY = st.sampled_from(
    [
        "BAGHDAD — ", "Reporting by Jane Roe; Editing by John Doe", "Read More", " said ", "“", "”", '"',
        "killed 13 soldiers", " on Tuesday", "Iraqi lawmakers", " HTML1 ", " .July ", "\n\n",
        "The army attacked", "Prime Minister Ali Khan", ",,", "last year", "2014", "\u00a0",
        "(Reuters) -", "\t",
    ]
)  # fmt: skip
TEXTS = st.lists(st.one_of(NEWSY, st.text(max_size=40)), max_size=25).map("".join)


def offsets_inside(article: Article) -> None:
    n, text = len(article.text), article.text
    for part in [*article.times, *article.places, *article.quotes]:
        assert 0 <= part.start <= part.end <= n and text[part.start : part.end] == part.text
    for actor in article.actors:
        assert all(0 <= s < e <= n for s, e in actor.mentions)
    for ev in article.events:
        assert 0 <= ev.evidence.start < ev.evidence.end <= n
    for q in article.quotes:
        if q.speaker.start is not None and q.speaker.end is not None:
            assert 0 <= q.speaker.start < q.speaker.end <= n


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_any_text_is_processed_or_fails_cleanly(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "input.txt"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        done: list[Article] = []
        failed: list[Failure] = []
        result = process_inputs(
            [str(path)],
            Config(backend="fake"),
            RunOptions(published="2021-12-09"),
            done.append,
            failed.append,
        )
    assert result.articles + len({f.source for f in failed if f.stage in ("read", "clean")}) >= 1
    for f in failed:
        assert "\n" not in f.error
        assert f.stage in ("read", "clean"), f"stage {f.stage} crashed: {f.error}"
    for article in done:
        offsets_inside(article)
