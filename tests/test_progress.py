"""Progress: a total where the inputs say it cheaply, a rate, time left; the end line."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from eventwire import progress
from eventwire.progress import RunProgress, count_articles
from eventwire.runner import RunResult


def test_counts_what_is_cheap_to_count(tmp_path: Path) -> None:
    dump = tmp_path / "a.jsonl"
    dump.write_text("".join(json.dumps({"text": f"t{n}"}) + "\n" for n in range(7)) + "\n", encoding="utf-8")
    with gzip.open(tmp_path / "b.jsonl.gz", "wt", encoding="utf-8") as out:
        out.write('{"text": "x"}\n{"text": "y"}\n')
    (tmp_path / "page.html").write_text("<p>x</p>", encoding="utf-8")
    assert count_articles([str(dump)]) == 7
    assert count_articles([str(tmp_path)]) == 7 + 2 + 1
    assert count_articles(["-"]) is None
    (tmp_path / "crawl.warc").write_bytes(b"WARC/1.0\r\n")
    assert count_articles([str(tmp_path)]) is None  # a WARC says nothing cheaply


def test_plain_lines_give_total_rate_and_time_left(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    dump = tmp_path / "a.jsonl"
    dump.write_text('{"text": "x"}\n' * 100, encoding="utf-8")
    monkeypatch.setattr(progress, "EVERY_S", 0.0)
    stream = io.StringIO()
    shown = RunProgress([str(dump)], stream)
    shown._counter.join()
    shown.update(RunResult(articles=25))
    shown.close()
    line = stream.getvalue().strip()
    assert (
        line.startswith("eventwire: 25/100 articles, 0 failed,") and "articles/s" in line and "left" in line
    )
