"""Forgetting what no new article can match any more, so that memory stays bounded on a long feed.

A story is joined, and an article copied, only within a window of days
(``stories.window_days``, ``stories.copy_window_days``).  When ``stories.forget_after_days`` is
set, what lies further than that (and at least the window) behind the newest article seen is
forgotten: in a feed read in time order nothing could join it again.  An article that arrives
later than that (an archive read out of order) finds nothing to join and starts afresh, which is
why forgetting is off by default.  Things without a day are never forgotten.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterator
from datetime import date, timedelta


def keep_days(forget_after_days: int, window_days: int) -> int | None:
    """How far behind the newest day things are kept: None (for ever) when forgetting is off."""
    return max(forget_after_days, window_days) if forget_after_days else None


class Horizon:
    """Keys by the day of their latest article, to find those that fell behind the newest day seen.

    Each time a key's day is noted it is pushed again; :meth:`expired` yields every (day, key)
    pushed before the horizon, and the caller forgets the key only when that is still its day (a
    story whose latest article is newer was pushed again, with the newer day).
    """

    def __init__(self, keep: int | None) -> None:
        self.keep = keep
        self.newest: date | None = None
        self._heap: list[tuple[date, str]] = []

    def note(self, key: str, day: date | None) -> None:
        if self.keep is None or day is None:
            return
        heapq.heappush(self._heap, (day, key))
        if self.newest is None or day > self.newest:
            self.newest = day

    def expired(self) -> Iterator[tuple[date, str]]:
        """The (day, key) noted more than ``keep`` days before the newest day, oldest first."""
        if self.keep is None or self.newest is None:
            return
        horizon = self.newest - timedelta(days=self.keep)
        while self._heap and self._heap[0][0] < horizon:
            yield heapq.heappop(self._heap)
