"""eventwire: political news in, coded event data out.

Who did what to whom, when, where, with how many killed, and who said what,
each field traced to the words that support it.

>>> import eventwire
>>> [a] = eventwire.process(["Iraqi forces killed three militants in Mosul on Monday."],
...                         published="2021-12-09")
>>> a.events[0].type, a.events[0].date
('ASSAULT', '2021-12-06')

The names below are loaded on first use, so that ``import eventwire`` stays quick.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from eventwire.api import ProcessingError, pipe, process
    from eventwire.api import open_store as open
    from eventwire.config import Config, load_config
    from eventwire.engine import Engine
    from eventwire.model import Actor, Article, Event, Place, Quote, TimeExpr
    from eventwire.pipeline import Failure
    from eventwire.store.view import EventStore

#: public name -> (module, attribute)
_EXPORTS = {
    "process": ("eventwire.api", "process"),
    "pipe": ("eventwire.api", "pipe"),
    "open": ("eventwire.api", "open_store"),
    "ProcessingError": ("eventwire.api", "ProcessingError"),
    "Config": ("eventwire.config", "Config"),
    "load_config": ("eventwire.config", "load_config"),
    "Engine": ("eventwire.engine", "Engine"),
    "EventStore": ("eventwire.store.view", "EventStore"),
    "Failure": ("eventwire.pipeline", "Failure"),
    "Article": ("eventwire.model", "Article"),
    "Event": ("eventwire.model", "Event"),
    "Actor": ("eventwire.model", "Actor"),
    "Quote": ("eventwire.model", "Quote"),
    "Place": ("eventwire.model", "Place"),
    "TimeExpr": ("eventwire.model", "TimeExpr"),
}

__all__ = [
    "Actor",
    "Article",
    "Config",
    "Engine",
    "Event",
    "EventStore",
    "Failure",
    "Place",
    "ProcessingError",
    "Quote",
    "TimeExpr",
    "__version__",
    "load_config",
    "open",
    "pipe",
    "process",
]


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'eventwire' has no attribute {name!r}")
    module, attribute = _EXPORTS[name]
    value = getattr(importlib.import_module(module), attribute)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
