"""One id, one article, within one input.

Two records of one dump with the same id and different content would silently replace each
other in the store; the later one is refused instead, naming the first.  The same id with the
same content is a repeat (a dump that lists an article twice) and is read once.

Memory: per article of an input, an 8-byte id hash, an 8-byte content hash and where it was
(about 120 bytes in all), so that a dump of a million articles costs some 120 MB here.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator

from eventwire.pipeline import Failure
from eventwire.read.ids import stable_id
from eventwire.read.names import short_repr
from eventwire.read.rawdoc import RawDoc


def distinct_ids(name: str, items: Iterable[RawDoc | Failure]) -> Iterator[RawDoc | Failure]:
    """The items of the input `name`, without repeats; a Failure for an id taken by another article."""
    seen: dict[int, bytes] = {}
    for item in items:
        if isinstance(item, Failure) or item.id is None:
            yield item
            continue
        key = int.from_bytes(_hash(item.id))
        digest = _hash(item.html if item.html is not None else "", item.text or "", *_metadata(item))
        prior = seen.get(key)
        if prior is None:
            where = item.source.removeprefix(name)
            seen[key] = digest + where.encode("utf-8", "backslashreplace")
            yield item
        elif prior[:8] != digest:
            yield Failure(item.source, "read", _clash(item, name + prior[8:].decode("utf-8")))


def _clash(item: RawDoc, first: str) -> str:
    body = item.html if item.html is not None else item.text or ""
    if item.id == stable_id(body):  # no id of its own: the text is the same, its metadata is not
        return f"same text as {first} with another title, URL or date"
    return f"id {short_repr(item.id)} already used by {first} for another article"


def _metadata(item: RawDoc) -> tuple[str, ...]:
    return (item.title or "", item.url or "", item.published or "")


def _hash(*parts: str) -> bytes:
    digest = hashlib.blake2b(digest_size=8)
    for part in parts:
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\x00\xff")
    return digest.digest()
