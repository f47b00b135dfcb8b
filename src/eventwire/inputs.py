"""From read inputs to the articles an engine codes: what to skip, and cleaning within the limits.

The reading side (:func:`inputs`) runs where the inputs are read: it names each input's
content by a digest, passes over what is already stored or was already read, and refuses an
id that two inputs of the run use for different content (which would silently replace one
article by another in the store).  Memory: per input read, an 8-byte hash of its id and of its
content and where it was (about 120 bytes), so some 120 MB for a run of a million articles.
The cleaning side (:func:`articles_of`) runs where the articles are coded, in this process or
in a worker process, so that extracting text from web pages is shared out with the parsing.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from eventwire.clean import clean
from eventwire.config import Config, using
from eventwire.errors import one_line
from eventwire.model import Article
from eventwire.pipeline import Failure
from eventwire.read import RawDoc
from eventwire.read.ids import stable_id
from eventwire.read.names import short_repr

Report = Callable[[Failure], None]


@dataclass(frozen=True)
class Input:
    """One read input on its way to be coded: the raw document, its digest, the date to assume."""

    raw: RawDoc
    digest: str
    published: str | None = None  # the run's --published, for an input that carries no date


@dataclass
class Counts:
    """Inputs passed over: already stored, or read again in this run."""

    skipped: int = 0


def content_digest(raw: RawDoc) -> str:
    """The SHA-256 of what an input says: its body and its own id, title, url and date."""
    parts = (raw.id, raw.title, raw.url, raw.published, raw.html if raw.html is not None else raw.text)
    text = "\x1f".join(part or "" for part in parts)
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def inputs(
    items: Iterable[RawDoc | Failure],
    published: str | None,
    report: Report,
    skip: set[str] | None = None,
    counts: Counts | None = None,
) -> Iterator[Input]:
    """The inputs to code, in order.

    Failed reads are reported; an input whose digest is in ``skip`` (already stored) is passed
    over, and so is an exact repeat of an input already read; an id that another input of the
    run used for other content is a failure, never a silent replacement.
    """
    seen: dict[int, bytes] = {}  # hash of an article id -> hash of its content + its first source
    for item in items:
        if isinstance(item, Failure):
            report(item)
            continue
        digest = content_digest(item)
        key = int.from_bytes(_short_hash(item.article_id))
        content = bytes.fromhex(digest[:16])
        first = seen.setdefault(key, content + item.source.encode("utf-8", "backslashreplace"))
        if first[:8] != content:
            report(Failure(item.source, "read", _clash(item, first[8:].decode("utf-8")), item.article_id))
        elif (skip and digest in skip) or first[8:] != item.source.encode("utf-8", "backslashreplace"):
            if counts is not None:
                counts.skipped += 1
        else:
            yield Input(item, digest, published)


def _clash(item: RawDoc, first: str) -> str:
    if item.id == stable_id(item.html if item.html is not None else item.text or ""):
        return f"same text as {first} with another title, URL or date"  # no id of its own
    return f"id {short_repr(item.article_id)} already used by {first} for another article"


def _short_hash(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).digest()


def read_under(config: Config, items: Iterable[Input]) -> Iterator[Input]:
    """The items of a reading iterator, each read with ``config`` in force (its size limits).

    The configuration is set around each step only, so that none leaks to the caller between
    items (a generator runs in its caller's context).
    """
    iterator = iter(items)
    while True:
        with using(config):
            item = next(iterator, None)
        if item is None:
            return
        yield item


def articles_of(batch: Iterable[Input], config: Config, report: Report) -> list[Article]:
    """The inputs cleaned into articles; one that cannot be cleaned, or whose text is over
    ``limits.max_article_chars``, is reported and left out."""
    out: list[Article] = []
    with using(config):
        for item in batch:
            article = _cleaned(item, report)
            if article is not None and _within_limit(article, config, report):
                out.append(article)
    return out


def _cleaned(item: Input, report: Report) -> Article | None:
    try:
        article = clean(item.raw)
    except Exception as exc:  # noqa: BLE001 - one bad input never stops the batch
        report(Failure(item.raw.source, "clean", one_line(exc), item.raw.id))
        return None
    if article.published is None and item.published is not None:
        article = article.with_(published=item.published)
    return article.with_(digest=item.digest)


def _within_limit(article: Article, config: Config, report: Report) -> bool:
    limit = config.limits.max_article_chars
    if len(article.text) <= limit:
        return True
    size = len(article.text)
    error = f"article is {size} characters, over the {limit}-character limit for one article"
    report(Failure(article.source or article.id, "read", error, article.id))
    return False
