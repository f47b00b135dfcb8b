"""eventwire: political news in, coded event data out.

Who did what to whom, when, where, with how many killed, and who said what,
each field traced to the words that support it.
"""

from __future__ import annotations

__version__ = "0.1.0"
