"""Storage: a DuckDB file with one table per part of the model, and queries over it."""

from eventwire.store.queries import Summary, query_events, summary
from eventwire.store.writer import Store

__all__ = ["Store", "Summary", "query_events", "summary"]
