"""Facts of an article that every one of its events asks for, computed once per article.

The event coder asks the same question of an article for each event it codes (how political its
actors are, where its quotes lie, which actor an id names): over a long article that is events x
actors work.  ``per_article`` keeps, per thread, a weak reference to the last article it was asked
about and its answer, so a run pays once per article and no finished article (with its parse) is
kept alive by the memo.  The article is compared by identity, not equality.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from functools import wraps
from typing import Generic, TypeVar

from eventwire.model import Article

T = TypeVar("T")


class _Last(threading.local, Generic[T]):
    article: weakref.ref[Article] | None = None
    value: T | None = None


def per_article(fn: Callable[[Article], T]) -> Callable[[Article], T]:
    """``fn`` computed once for the last article it was asked about, in each thread."""
    last: _Last[T] = _Last()

    @wraps(fn)
    def cached(article: Article) -> T:
        if last.article is None or last.article() is not article:
            last.value = fn(article)
            last.article = weakref.ref(article)
        return last.value  # type: ignore[return-value]

    return cached
