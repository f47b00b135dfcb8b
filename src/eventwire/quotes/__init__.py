"""Quotes and speakers: who said what, direct and reported, each traced to its words.

``find_quotes(text, parse, actors)`` returns :class:`eventwire.model.Quote`
records; :class:`QuotesStage` runs it inside the pipeline.
"""

from eventwire.quotes.find import find_quotes
from eventwire.quotes.stage import QuotesStage

__all__ = ["QuotesStage", "find_quotes"]
