"""The library's front door: ``eventwire.process``, ``eventwire.pipe`` and ``eventwire.open``.

>>> import eventwire
>>> article = eventwire.process(["Iraqi forces killed three militants in Mosul on Monday."],
...                             published="2021-12-09")[0]
>>> [(e.type, e.date, e.fatalities) for e in article.events]
[('ASSAULT', '2021-12-06', 3)]

Inputs may be strings (article text, or a whole HTML page), dicts in the JSONL form of the
contract (``text`` or ``html``, optional ``id``, ``title``, ``url``, ``published``), or
paths (``pathlib.Path``) of files or folders of any kind the command line reads.  A string
is always text, never a file name: pass a ``Path`` to read a file.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from eventwire.config import Config
from eventwire.errors import EventwireError, InputError, one_line
from eventwire.inputs import inputs, read_under
from eventwire.model import Article
from eventwire.pipeline import Failure
from eventwire.read import RawDoc
from eventwire.read.files import read_path
from eventwire.read.jsonl import record_doc
from eventwire.read.rawdoc import make_doc
from eventwire.read.sniff import sniff_text
from eventwire.runner import processed
from eventwire.store.view import EventStore
from eventwire.stories.assign import Assigner

Item = str | Mapping[str, Any] | os.PathLike[str] | RawDoc
OnFailure = Callable[[Failure], None]


class ProcessingError(EventwireError):
    """An input that could not be processed, when no ``on_failure`` handler was given."""

    def __init__(self, failure: Failure) -> None:
        super().__init__(failure.line().removeprefix("error: "))
        self.failure = failure


def process(
    items: Iterable[Item],
    *,
    published: str | None = None,
    config: Config | None = None,
    on_failure: OnFailure | None = None,
) -> list[Article]:
    """Every article of ``items``, coded, in input order.

    ``published`` (YYYY-MM-DD) resolves relative dates of inputs that carry no date.  Without
    ``on_failure``, the first input that cannot be processed raises :class:`ProcessingError`;
    with it, each failure is passed to it and the other inputs are processed.
    """
    return list(pipe(items, published=published, config=config, on_failure=on_failure))


def pipe(
    items: Iterable[Item],
    *,
    published: str | None = None,
    config: Config | None = None,
    batch_size: int | None = None,
    workers: int | None = None,
    on_failure: OnFailure | None = None,
) -> Iterator[Article]:
    """Articles of ``items`` as they are coded, streamed a batch at a time, each with its copy,
    story and incidents among the articles before it (memory stays flat but for what assigning
    those remembers, about 15 KB per article seen, or per article of the last days with
    ``stories.forget_after_days`` set).

    ``workers`` > 1 codes in that many worker processes (started with ``spawn``: a script that
    uses them needs the usual ``if __name__ == "__main__":`` guard); the output is the same.
    """
    settings = (config or Config()).model_copy(update={"batch_size": batch_size} if batch_size else {})
    report = on_failure or _raise
    read = read_under(settings, inputs(raw_docs(items), published, report))
    assigner = Assigner(settings)
    for batch in processed(read, settings, report, workers=workers or settings.workers or 1):
        yield from assigner.assign(batch)[0]


def open_store(
    db: str | os.PathLike[str], *, create: bool = False, config: Config | None = None
) -> EventStore:
    """A stored corpus to query: events, incidents, stories, actors, articles, series, alerts and
    a summary (rows, or data frames on request).

    Read-only by default; ``create=True`` opens it for writing (``add``), creating the file if need
    be.  ``config`` holds the settings of stories, incidents and alerts (defaults otherwise).
    """
    return EventStore(Path(db), create=create, config=config)


def raw_docs(items: Iterable[Item]) -> Iterator[RawDoc | Failure]:
    """Each Python item as the read inputs it holds (a folder holds many)."""
    for n, item in enumerate(items, start=1):
        if isinstance(item, RawDoc):
            yield item
        elif isinstance(item, os.PathLike):
            yield from read_path(os.fspath(item))
        else:
            yield _from_value(item, n)


def _from_value(item: object, n: int) -> RawDoc | Failure:
    try:
        if isinstance(item, str):
            if not item.strip():
                return Failure(f"<text {n}>", "read", "empty text")
            return make_doc(f"<text {n}>", item, sniff_text(item[:8192]) == "html")
        if isinstance(item, Mapping):
            return record_doc(f"<item {n}>", dict(item))
    except InputError as exc:
        return Failure(f"<item {n}>" if isinstance(item, Mapping) else f"<text {n}>", "read", one_line(exc))
    kind = type(item).__name__
    return Failure(f"<item {n}>", "read", f"a {kind}: give text (str), a dict or a path (pathlib.Path)")


def _raise(failure: Failure) -> None:
    raise ProcessingError(failure)
