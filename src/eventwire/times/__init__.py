"""Time expressions (TIMEX3): recognise dates, times, durations and sets, and
resolve them against the publication date.

>>> [(t.text, t.value) for t in find_times("Troops left last Friday.", "2021-12-09")]
[('last Friday', '2021-12-03')]
"""

from eventwire.times.find import find_times
from eventwire.times.stage import TimesStage

__all__ = ["TimesStage", "find_times"]
