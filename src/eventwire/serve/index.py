"""The store's events and incidents as flat rows in memory: what makes listings and counts fast.

Joining every event with its article, parties and place costs a few hundred milliseconds on a
store of 100,000 events, and grouping them into incidents a second or more, on every request.
The server therefore builds those flat rows (:data:`eventwire.store.queries.EVENT_ROWS`) once,
into a table ``ev`` of an in-memory DuckDB database of its own (each event's incident filled in:
an event stored without one is an incident of its own), and the incident rows grouped
from them (:data:`eventwire.store.incidents.INCIDENT_ROWS`) into a table ``inc`` beside it; it
answers listings, series and aggregates from these in milliseconds, with the library's queries
pointed at the tables.  The event rows cross over as a Parquet file, so the store may stay open
read-only and no frame library is needed.  While the server holds the store, no other process can
write to it (DuckDB's rule), so the only changes are the server's own writes, after which the
articles written, and every incident they touched, are refreshed here.  Memory: about 0.7 KB per
event and as much per incident.
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
from eventwire.store.incidents import INCIDENT_KEY, INCIDENT_ROWS, INCIDENT_TABLE
from eventwire.store.queries import EVENT_ROWS

#: The table of flat event rows, as the queries call it.
TABLE = "ev"


class EventIndex:
    """Flat event and incident rows of one store in memory; read through :meth:`reader`, one per thread."""

    def __init__(self) -> None:
        self._con = duckdb.connect(":memory:")
        self._lock = threading.Lock()  # one rebuild or refresh at a time

    def close(self) -> None:
        self._con.close()

    def _rows_of(self, store: Store, article_ids: Sequence[str] | None, folder: Path) -> Path:
        path = folder / "ev.parquet"
        sql, params = f"SELECT * REPLACE ({INCIDENT_KEY} AS incident) FROM ({EVENT_ROWS})", []
        if article_ids is not None:
            sql, params = sql + " WHERE article_id = ANY(?)", [list(article_ids)]
        store.relation(sql, params).write_parquet(str(path))
        return path

    def load(self, store: Store) -> int:
        """(Re)build the tables from every stored event; returns how many events there are."""
        with self._lock, tempfile.TemporaryDirectory() as tmp:
            path = self._rows_of(store, None, Path(tmp))
            self._con.execute(
                f"CREATE OR REPLACE TABLE {TABLE} AS SELECT * FROM read_parquet(?)", [str(path)]
            )
            self._con.execute(f"CREATE OR REPLACE TABLE {INCIDENT_TABLE} AS {INCIDENT_ROWS}")
        return self.count()

    def regroup(self) -> None:
        """Group the incident rows again from the event rows as they are now (after the event rows
        were changed in place, as tests do to give them incidents)."""
        with self._lock:
            self._con.execute(f"CREATE OR REPLACE TABLE {INCIDENT_TABLE} AS {INCIDENT_ROWS}")

    def refresh(self, store: Store, article_ids: Sequence[str]) -> None:
        """Replace the rows of these articles by what the store now holds for them, and the rows of
        every incident they reported before or report now."""
        ids = [list(article_ids)]
        touched = f"SELECT {INCIDENT_KEY} FROM {TABLE} WHERE article_id = ANY(?)"
        with self._lock, tempfile.TemporaryDirectory() as tmp:
            path = self._rows_of(store, article_ids, Path(tmp))
            self._con.execute("BEGIN TRANSACTION")
            try:
                self._con.execute(f"CREATE OR REPLACE TEMP TABLE touched AS {touched}", ids)
                self._con.execute(f"DELETE FROM {TABLE} WHERE article_id = ANY(?)", ids)
                self._con.execute(f"INSERT INTO {TABLE} SELECT * FROM read_parquet(?)", [str(path)])
                self._con.execute(f"INSERT INTO touched {touched}", ids)
                self._regroup_touched()
            except duckdb.Error:
                self._con.execute("ROLLBACK")
                raise
            self._con.execute("COMMIT")

    def _regroup_touched(self) -> None:
        """Incident rows again for the incidents in the temporary table ``touched``."""
        kept = f"(SELECT * FROM {TABLE} WHERE {INCIDENT_KEY} IN (SELECT * FROM touched))"
        self._con.execute(f"DELETE FROM {INCIDENT_TABLE} WHERE incident IN (SELECT * FROM touched)")
        self._con.execute(f"INSERT INTO {INCIDENT_TABLE} WITH ev AS {kept} SELECT * FROM ({INCIDENT_ROWS})")
        self._con.execute("DROP TABLE touched")

    def columns(self) -> set[str]:
        """The columns of the flat event rows."""
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
