"""The store's events as flat rows in memory: what makes event listings and counts fast.

Joining every event with its article, parties and place costs a few hundred milliseconds on a
store of 100,000 events, on every request.  The server therefore builds those flat rows
(:func:`eventwire.store.queries.event_rows`: with the store's incidents and stories, when it
holds them) once, into a table ``ev`` of an in-memory DuckDB
database of its own, and answers listings and aggregates from it in milliseconds; the queries
are the library's, pointed at the table.  The rows cross over as a Parquet file, so the store may
stay open read-only and no frame library is needed.  While the server holds the store, no other
process can write to it (DuckDB's rule), so the only changes are the server's own writes, after
which the articles written are refreshed here.  Memory: about 0.5 KB per event.
"""

from __future__ import annotations

import tempfile
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb

from eventwire.store import Store
from eventwire.store.queries import event_rows

#: The table of flat event rows, as the queries call it.
TABLE = "ev"


def _columns_of(store: Store) -> set[tuple[str, str]]:
    """Every (table, column) of the store."""
    rows = store.fetch(
        "SELECT table_name, column_name FROM duckdb_columns() WHERE database_name = current_database()"
    )
    return {(str(r["table_name"]), str(r["column_name"])) for r in rows}


class EventIndex:
    """Flat event rows of one store in memory; read through :meth:`reader`, one per thread."""

    def __init__(self) -> None:
        self._con = duckdb.connect(":memory:")
        self._lock = threading.Lock()  # one rebuild or refresh at a time

    def close(self) -> None:
        self._con.close()

    def _rows_of(self, store: Store, article_ids: Sequence[str] | None, folder: Path) -> Path:
        path = folder / "ev.parquet"
        sql, params = f"SELECT * FROM ({event_rows(_columns_of(store))})", []
        if article_ids is not None:
            sql, params = sql + " WHERE article_id = ANY(?)", [list(article_ids)]
        store.relation(sql, params).write_parquet(str(path))
        return path

    def load(self, store: Store) -> int:
        """(Re)build the table from every stored event; returns how many there are."""
        with self._lock, tempfile.TemporaryDirectory() as tmp:
            path = self._rows_of(store, None, Path(tmp))
            self._con.execute(
                f"CREATE OR REPLACE TABLE {TABLE} AS SELECT * FROM read_parquet(?)", [str(path)]
            )
        return self.count()

    def refresh(self, store: Store, article_ids: Sequence[str]) -> None:
        """Replace the rows of these articles by what the store now holds for them."""
        with self._lock, tempfile.TemporaryDirectory() as tmp:
            path = self._rows_of(store, article_ids, Path(tmp))
            self._con.execute("BEGIN TRANSACTION")
            try:
                self._con.execute(f"DELETE FROM {TABLE} WHERE article_id = ANY(?)", [list(article_ids)])
                self._con.execute(f"INSERT INTO {TABLE} SELECT * FROM read_parquet(?)", [str(path)])
            except duckdb.Error:
                self._con.execute("ROLLBACK")
                raise
            self._con.execute("COMMIT")

    def columns(self) -> set[str]:
        """The columns of the flat rows (what the store's schema lets them hold)."""
        with self.reader() as reader:
            rows = reader.fetch("SELECT column_name FROM duckdb_columns() WHERE table_name = ?", [TABLE])
        return {str(r["column_name"]) for r in rows}

    def count(self) -> int:
        with self.reader() as reader:
            return int(reader.fetch(f"SELECT count(*) AS n FROM {TABLE}")[0]["n"])

    @contextmanager
    def reader(self) -> Iterator[IndexReader]:
        """A reader on a cursor of its own (DuckDB cursors may be used by one thread each)."""
        cursor = self._con.cursor()
        try:
            yield IndexReader(cursor)
        finally:
            cursor.close()


class IndexReader:
    """Rows of bound SQL over the index (a :class:`eventwire.store.queries.Fetcher`)."""

    def __init__(self, cursor: duckdb.DuckDBPyConnection) -> None:
        self._cursor = cursor

    def fetch(self, sql: str, params: Sequence[object] = ()) -> list[dict[str, Any]]:
        result = self._cursor.execute(sql, list(params))
        names = [d[0] for d in result.description or ()]
        return [dict(zip(names, row, strict=True)) for row in result.fetchall()]
