"""Fuzz: thousands of good, broken and random inputs through reading, cleaning and coding.

Whatever comes in, no exception escapes; every failure is one printable line that names its
input; every good input gives its articles; every article can be written as UTF-8.  `make
test` runs EVENTWIRE_FUZZ_CASES cases (default 2000) of a fixed seed; `make fuzz` runs 100,000
of a fresh one.  A failing case is reported with its seed and number, and
`tests.fuzzing.make_case(seed, number)` makes it again.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

import eventwire
from eventwire.api import raw_docs
from eventwire.clean import clean
from eventwire.config import Config
from eventwire.errors import InputError
from eventwire.model import Article
from eventwire.pipeline import Failure
from eventwire.read import RawDoc, iter_inputs
from eventwire.read.names import display_name
from tests.fuzzing import Case, make_case

CASES = int(os.environ.get("EVENTWIRE_FUZZ_CASES", "2000"))
SEED = int(os.environ.get("EVENTWIRE_FUZZ_SEED", "20240611"))
#: Every how many cases the articles also go through eventwire.pipe with the fake NLP backend, when
#: they are of news size (the NLP stages' time on 300k-character runs is not what is tested here).
PIPE_EVERY = 10
PIPE_MAX_CHARS = 50_000


def read_case(case: Case, folder: Path) -> tuple[list[RawDoc | Failure], tuple[str, ...]]:
    """What reading the case gives, and the names its failures may carry."""
    if case.items is not None:
        names = tuple(f"<{kind} {n}>" for n in range(1, len(case.items) + 1) for kind in ("text", "item"))
        return list(raw_docs(case.items)), names
    if case.name == "-":
        return list(iter_inputs(["-"], io.BytesIO(case.data))), ("-",)
    path = folder / case.name
    path.write_bytes(case.data)
    return list(iter_inputs([str(path)])), (display_name(str(path)),)


def check_failure(failure: Failure, names: tuple[str, ...], case: Case) -> None:
    line = failure.line()
    assert len(line.splitlines()) == 1 and line.isprintable(), (case.label, line)
    assert failure.source.startswith(names), (case.label, failure.source, names)


def cleaned(doc: RawDoc, case: Case) -> Article | None:
    for value in (doc.text, doc.html, doc.id, doc.title, doc.url, *doc.warnings):
        (value or "").encode("utf-8")  # no lone surrogate reaches the articles
    try:
        article = clean(doc)
    except InputError:
        return None
    article.model_dump_json().encode("utf-8")
    return article


def run_case(case: Case, folder: Path) -> list[RawDoc]:
    items, names = read_case(case, folder)
    docs = [i for i in items if isinstance(i, RawDoc)]
    for item in items:
        if isinstance(item, Failure):
            assert item.stage == "read", (case.label, item)
            check_failure(item, names, case)
    articles = [a for a in (cleaned(d, case) for d in docs) if a is not None]
    if case.articles is not None:
        assert len(articles) == case.articles, (case.label, case.name, items)
    return docs


def piped(docs: list[RawDoc]) -> None:
    """The read articles through the whole pipeline (fake NLP): failures only as handled lines."""
    failures: list[Failure] = []
    articles = list(eventwire.pipe(docs, config=Config(backend="fake"), on_failure=failures.append))
    for article in articles:
        article.model_dump_json().encode("utf-8")
    for failure in failures:
        assert failure.stage in ("read", "clean"), failure
        assert len(failure.line().splitlines()) == 1


@pytest.mark.parametrize("block", range(10))
def test_fuzz_inputs_never_raise_and_good_ones_give_their_articles(tmp_path: Path, block: int) -> None:
    first, last = CASES * block // 10, CASES * (block + 1) // 10
    for number in range(first, last):
        case = make_case(SEED, number)
        try:
            docs = run_case(case, tmp_path)
            if number % PIPE_EVERY == 0 and sum(len(d.text or d.html or "") for d in docs) < PIPE_MAX_CHARS:
                piped(docs)
        except BaseException as exc:
            exc.add_note(f"fuzz case: {case.label}, tests.fuzzing.make_case({SEED}, {number})")
            raise
