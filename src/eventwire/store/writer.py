"""The Store: one DuckDB file holding articles, their parts, runs and failures.

DuckDB allows one writing process per file, so a Store is meant to be the one
writer of its file; readers open it ``read_only``.  Every write is one
transaction, and writing an article that is already stored replaces it in
every table, so that re-running a corpus never duplicates anything.

Failures rule: the ``failures`` table describes the *latest* processing of
each input, so re-runs never pile up stale failures.

- Writing an article removes the failures that *other* runs recorded for the
  same article id or the same source (its input has now gone through).
- Writing a failure removes the failures that *other* runs recorded for the
  same source (the input has failed again; only the latest reasons count).
- Failures of the current run are always kept, whatever order its articles and
  failures are written in: a stage failure in this run is still true of the
  article stored by this run.  Recording the same failure twice in one run
  keeps one row.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb

from eventwire.errors import EventwireError, UsageError, one_line
from eventwire.model import Article
from eventwire.pipeline import Failure
from eventwire.store.connection import DEFAULT_WAIT_S, connect, sigint_deferred
from eventwire.store.rows import Columns, article_columns, build_article
from eventwire.store.schema import (
    ARTICLE_PART_TABLES,
    RUN_STATUSES,
    SCHEMA_VERSION,
    STATE_TABLES,
    added_columns,
    create_statements,
    missing_state_tables,
    model_layout,
    table_names,
)

# DISTINCT and NOT EXISTS make recording a failure idempotent within a run.
_INSERT_NEW_FAILURES = """
INSERT INTO failures (run_id, source, stage, article_id, error, "at")
SELECT DISTINCT ON (n.run_id, n.source, n.stage, n.article_id, n.error) n.*
FROM (SELECT UNNEST(?) AS run_id, UNNEST(?) AS source, UNNEST(?) AS stage, UNNEST(?) AS article_id,
             UNNEST(?) AS error, UNNEST(?) AS "at") AS n
WHERE NOT EXISTS (
    SELECT 1 FROM failures f
    WHERE f.run_id = n.run_id AND f.source = n.source AND f.stage = n.stage
      AND f.article_id IS NOT DISTINCT FROM n.article_id AND f.error = n.error
)
"""


#: Rows of the state tables, as columns (each with an ``article_id`` column).
StateRows = Mapping[str, Columns]
#: What gives loaded articles their copies, stories and incidents, with their state rows.
Assign = Callable[[list[Article]], tuple[list[Article], StateRows]]


def _state_of(state: StateRows, article_id: str) -> dict[str, Columns]:
    """The state rows of one article."""
    out = {}
    for table, columns in state.items():
        keep = [k for k, i in enumerate(columns["article_id"]) if i == article_id]
        if keep:
            out[table] = {name: [values[k] for k in keep] for name, values in columns.items()}
    return out


def _last_rows(state: StateRows, ids: list[str]) -> dict[str, Columns]:
    """The state rows of the articles written (the batch's last copy of an id wins, as it does for
    the articles: an earlier copy's rows are left out)."""
    wanted = set(ids)
    out = {}
    for table, columns in state.items():
        last = {i: k for k, i in enumerate(columns["article_id"]) if i in wanted}
        keep = sorted(last.values())
        if keep:
            out[table] = {name: [values[k] for k in keep] for name, values in columns.items()}
    return out


def _utcnow() -> datetime:
    # Naive UTC: DuckDB's TIMESTAMP has no zone, and a store must not depend on the machine's.
    return datetime.now(UTC).replace(tzinfo=None)


def _version_problem(version: int) -> str:
    if version > SCHEMA_VERSION:
        return (
            f"store schema version {version}, written by a newer eventwire (this one reads {SCHEMA_VERSION})"
        )
    return (
        f"store schema version {version}, written by an older eventwire (this one reads {SCHEMA_VERSION});"
        " a run that writes to it upgrades it"
    )


def _difference(expected: list[tuple[str, str]], found: list[tuple[str, str]]) -> str:
    """How a table's columns differ from the expected ones, in a few words."""
    missing = [f"{name} {sql_type}" for name, sql_type in expected if (name, sql_type) not in found]
    extra = [f"{name} {sql_type}" for name, sql_type in found if (name, sql_type) not in expected]
    parts = []
    if missing:
        parts.append(f"lacks {', '.join(missing)}")
    if extra:
        parts.append(f"has {', '.join(extra)}")
    return " and ".join(parts)


class Store:
    """An eventwire store in a DuckDB file (``":memory:"`` for a throw-away one)."""

    def __init__(self, path: str | Path, read_only: bool = False, wait_s: float = DEFAULT_WAIT_S) -> None:
        self.path = str(path)
        self.name = Path(self.path).name
        self.read_only = read_only
        self._open_runs: set[str] = set()
        self._con = connect(self.path, read_only, wait_s)
        try:
            self._prepare_schema()
        except BaseException:
            self._con.close()
            raise

    # --- lifecycle ------------------------------------------------------------------------------

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        # A run left open by an exception (or Ctrl-C) is marked interrupted, so it can be resumed.
        if exc_type is not None:
            self._interrupt_open_runs()
        self.close()

    def close(self) -> None:
        self._con.close()

    def _interrupt_open_runs(self) -> None:
        for run_id in sorted(self._open_runs):
            try:
                counts = self.fetch(
                    "SELECT (SELECT count(*) FROM articles WHERE run_id = $1) AS n_articles,"
                    " (SELECT count(*) FROM failures WHERE run_id = $1) AS n_failed",
                    [run_id],
                )[0]
                self.end_run(run_id, int(counts["n_articles"]), int(counts["n_failed"]), "interrupted")
            except duckdb.Error:  # the connection itself may be what failed; closing still matters more
                continue

    # --- schema ---------------------------------------------------------------------------------

    def _prepare_schema(self) -> None:
        tables = {row[0] for row in self._con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
        if not tables:
            if self.read_only:
                raise EventwireError(f"{self.name}: an empty database, not an eventwire store")
            self._create_schema()
            return
        if "meta" not in tables:
            raise EventwireError(f"{self.name}: a DuckDB database, but not an eventwire store")
        rows = self._con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchall()
        version = int(rows[0][0]) if rows else 0
        if version < SCHEMA_VERSION and not self.read_only:
            self._upgrade(version)
        elif version != SCHEMA_VERSION:
            raise EventwireError(f"{self.name}: {_version_problem(version)}")
        self._check_layout()

    def _upgrade(self, version: int) -> None:
        """Bring a store written by an older eventwire up to this one's schema, where that is adding
        columns: the rows already stored keep NULL in them."""
        found = self._columns()
        statements = added_columns(found)
        if not statements:
            raise EventwireError(f"{self.name}: {_version_problem(version)}, and it cannot be upgraded")
        statements += missing_state_tables(set(found))
        with self._transaction():
            for statement in statements:
                self._con.execute(statement)
            self._con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION)])

    def _columns(self) -> dict[str, list[tuple[str, str]]]:
        rows = self._con.execute(
            "SELECT table_name, column_name, data_type FROM duckdb_columns()"
            " WHERE database_name = current_database()"
        ).fetchall()
        found: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for table, column, sql_type in rows:
            found[table].append((column, sql_type))
        return found

    def _check_layout(self) -> None:
        """Refuse a store whose tables lack a column of the models' or hold one they do not fill.

        Columns are written and read by name, so their order does not matter.
        This catches a store written by an eventwire whose models had other
        fields under the same schema version.
        """
        found = self._columns()
        for table, expected in model_layout().items():
            if set(found.get(table, [])) != set(expected):
                difference = _difference(expected, found.get(table, []))
                raise EventwireError(
                    f"{self.name}: table {table} {difference}: the store was written by an eventwire"
                    f" with other models (this one reads schema version {SCHEMA_VERSION})"
                )

    def _create_schema(self) -> None:
        with self._transaction():
            for statement in create_statements():
                self._con.execute(statement)
            self._con.execute("INSERT INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """One transaction, which Ctrl-C does not cut: the interrupt comes once it has ended.

        DuckDB turns a SIGINT that arrives while it runs a statement into an error of its
        own ("Query interrupted"), which the retry of a failed batch would take for a bad
        article; deferring the signal keeps a batch whole and Ctrl-C a KeyboardInterrupt.
        """
        with sigint_deferred():
            self._con.execute("BEGIN TRANSACTION")
            try:
                yield
            except BaseException:
                with suppress(duckdb.Error):  # a failed statement may already have ended it
                    self._con.execute("ROLLBACK")
                raise
            self._con.execute("COMMIT")

    def _check_writable(self) -> None:
        if self.read_only:
            raise UsageError(f"{self.name}: opened read-only")

    # --- runs -----------------------------------------------------------------------------------

    def close_stale_runs(self) -> int:
        """Mark 'interrupted' the runs still marked 'running': their process died (kill -9, a crash).

        Call it only while holding the store's RunLock, which no live run then holds.
        """
        self._check_writable()
        stale = [r["id"] for r in self.fetch("SELECT id FROM runs WHERE status = 'running'")]
        self._open_runs.update(stale)
        self._interrupt_open_runs()
        return len(stale)

    def begin_run(self, config: Mapping[str, object], version: str) -> str:
        """Record a new run (status 'running') and return its id."""
        self._check_writable()
        now = _utcnow()
        run_id = f"{now:%Y%m%dT%H%M%SZ}-{uuid.uuid4().hex[:8]}"
        config_json = json.dumps(dict(config), sort_keys=True, default=str, ensure_ascii=False)
        with sigint_deferred():
            self._con.execute(
                "INSERT INTO runs (id, started, version, config, status) VALUES (?, ?, ?, ?, 'running')",
                [run_id, now, version, config_json],
            )
        self._open_runs.add(run_id)
        return run_id

    def end_run(self, run_id: str, n_articles: int, n_failed: int, status: str = "done") -> None:
        """Close a run with its counts and final status ('done' or 'interrupted')."""
        self._check_writable()
        if status not in RUN_STATUSES:
            raise UsageError(f"run status must be one of {sorted(RUN_STATUSES)}, not {status!r}")
        with sigint_deferred():
            updated = self._con.execute(
                "UPDATE runs SET finished = ?, n_articles = ?, n_failed = ?, status = ?"
                " WHERE id = ? RETURNING id",
                [_utcnow(), n_articles, n_failed, status, run_id],
            ).fetchall()
        if not updated:
            raise UsageError(f"{self.name}: no run {run_id!r}")
        self._open_runs.discard(run_id)

    # --- writing --------------------------------------------------------------------------------

    def write_articles(
        self, articles: Sequence[Article], run_id: str, state: StateRows | None = None
    ) -> list[Failure]:
        """Store a batch in one transaction, replacing any article whose id is already stored.

        ``state`` holds rows of the state tables (``story_keys``) for these articles, written in
        the same transaction.  When the batch cannot be written (say one article holds text
        DuckDB cannot encode), the articles are written one by one, so one bad article never
        costs the others.  Those that still fail are recorded in the failures
        table (stage "store") and returned, for the caller to report; writing
        them again with ``write_failures`` adds nothing.
        """
        self._check_writable()
        # Within one batch the last copy of an id wins, as it would across batches.
        unique = list({a.id: a for a in articles}.values())
        if not unique:
            return []
        try:
            self._write_batch(unique, run_id, state or {})
            return []
        except duckdb.Error:
            pass  # retried one by one below, to find the culprit
        failures = []
        for article in unique:
            try:
                self._write_batch([article], run_id, _state_of(state or {}, article.id))
            except duckdb.Error as exc:
                error = f"could not store the article: {one_line(exc)}"
                failures.append(Failure(article.source or article.id, "store", error, article.id))
        self.write_failures(failures, run_id)
        return failures

    def _write_batch(self, articles: list[Article], run_id: str, state: StateRows) -> None:
        ids = [a.id for a in articles]
        sources = [a.source for a in articles if a.source is not None]
        tables = {**article_columns(articles, run_id, _utcnow()), **_last_rows(state, ids)}
        with self._transaction():
            self._delete_articles(ids)
            self._con.execute(
                "DELETE FROM failures WHERE (article_id = ANY(?) OR source = ANY(?))"
                " AND run_id IS DISTINCT FROM ?",
                [ids, sources, run_id],
            )
            for table, columns in tables.items():
                self._insert_columns(table, columns)

    def import_tables(self, folder: Path, assign: Assign | None = None) -> list[str]:
        """Load one folder of Parquet tables (a shard a cluster run wrote) in one transaction.

        Articles already stored under the same ids are replaced, as a run would replace them;
        the shard's run and failures are added.  ``assign`` gives the loaded articles, in the
        shard's order, their copies, stories and incidents (a shard is coded without them: only
        the one loading them sees every article), written in the same transaction.  A shard
        whose run is already stored was loaded before and is passed over.  Returns the ids of
        the articles loaded.
        """
        self._check_writable()
        tables = {t: folder / f"{t}.parquet" for t in table_names() if t != "meta"}
        missing = [t for t, path in tables.items() if not path.is_file()]
        if missing:
            raise EventwireError(f"{folder}: not a whole shard (no {', '.join(missing)} table)")
        with self._guarded(f"import {folder.name}"), self._transaction():
            if self._already_loaded(tables["runs"]):
                return []
            ids = [
                r[0]
                for r in self._con.execute(
                    "SELECT id FROM read_parquet(?)", [str(tables["articles"])]
                ).fetchall()
            ]
            self._delete_articles(ids)
            self._con.execute(
                "DELETE FROM failures WHERE article_id = ANY(?) AND run_id NOT IN"
                " (SELECT id FROM read_parquet(?))",
                [ids, str(tables["runs"])],
            )
            for table, path in tables.items():
                verb = "INSERT OR IGNORE" if table == "runs" else "INSERT"
                self._con.execute(f'{verb} INTO "{table}" BY NAME SELECT * FROM read_parquet(?)', [str(path)])
            if assign is not None:
                self._set_stories(*assign(self.load_articles(ids)))
        return ids

    def _already_loaded(self, runs: Path) -> bool:
        found = self._con.execute(
            "SELECT count(*) FROM runs WHERE id IN (SELECT id FROM read_parquet(?))", [str(runs)]
        ).fetchone()
        return bool(found and found[0])

    def _set_stories(self, articles: Sequence[Article], state: StateRows) -> None:
        """Write the copies, stories and incidents of stored articles, and their state rows."""
        self._con.execute(
            "UPDATE articles SET duplicate_of = u.duplicate_of, story = u.story FROM"
            " (SELECT UNNEST(?) AS id, UNNEST(?) AS duplicate_of, UNNEST(?) AS story) u"
            " WHERE articles.id = u.id",
            [[a.id for a in articles], [a.duplicate_of for a in articles], [a.story for a in articles]],
        )
        events = [(a.id, e.id, e.incident) for a in articles for e in a.events]
        self._con.execute(
            "UPDATE events SET incident = u.incident FROM"
            " (SELECT UNNEST(?) AS article_id, UNNEST(?) AS event_id, UNNEST(?) AS incident) u"
            " WHERE events.article_id = u.article_id AND events.event_id = u.event_id",
            [list(column) for column in zip(*events, strict=True)] if events else [[], [], []],
        )
        for table, columns in _last_rows(state, [a.id for a in articles]).items():
            self._insert_columns(table, columns)

    def _delete_articles(self, ids: list[str]) -> None:
        # Part rows are only ever written together with their article row, so when
        # none of the ids is stored the six part-table deletes can be skipped: each
        # statement costs about a millisecond, which dominates small batches.
        stored = self._con.execute("SELECT id FROM articles WHERE id = ANY(?)", [ids]).fetchall()
        if not stored:
            return
        stored_ids = [row[0] for row in stored]
        self._con.execute("DELETE FROM articles WHERE id = ANY(?)", [stored_ids])
        for table in (*ARTICLE_PART_TABLES, *STATE_TABLES):
            self._con.execute(f"DELETE FROM {table} WHERE article_id = ANY(?)", [stored_ids])

    def write_failures(self, failures: Sequence[Failure], run_id: str) -> None:
        """Record failures of ``run_id``, replacing what other runs recorded for the same sources.

        A failure already recorded for this run (same source, stage, article and
        error) is not recorded twice, so a caller may pass on what it was given.
        """
        self._check_writable()
        if not failures:
            return
        now = _utcnow()
        columns: Columns = {
            "run_id": [run_id] * len(failures),
            "source": [f.source for f in failures],
            "stage": [f.stage for f in failures],
            "article_id": [f.article_id for f in failures],
            "error": [f.error for f in failures],
            "at": [now] * len(failures),
        }
        with self._guarded("write failures"), self._transaction():
            self._con.execute(
                "DELETE FROM failures WHERE source = ANY(?) AND run_id IS DISTINCT FROM ?",
                [sorted(set(columns["source"])), run_id],
            )
            self._con.execute(_INSERT_NEW_FAILURES, list(columns.values()))

    def _insert_columns(self, table: str, columns: Columns) -> None:
        # Table and column names come from our own schema, never from input; values are bound.
        names = ", ".join(f'"{name}"' for name in columns)
        unnests = ", ".join("UNNEST(?)" for _ in columns)
        self._con.execute(f"INSERT INTO {table} ({names}) SELECT {unnests}", list(columns.values()))

    @contextmanager
    def _guarded(self, what: str) -> Iterator[None]:
        try:
            yield
        except duckdb.Error as exc:
            raise EventwireError(f"{self.name}: could not {what}: {one_line(exc)}") from exc

    # --- reading --------------------------------------------------------------------------------

    def fetch(self, sql: str, params: Sequence[object] = ()) -> list[dict[str, Any]]:
        """Rows of a query as dicts (for the query module; values must be bound, never formatted in)."""
        cursor = self._con.execute(sql, list(params))
        names = [d[0] for d in cursor.description or ()]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    @contextmanager
    def reader(self) -> Iterator[Store]:
        """This store read through a cursor of its own, for one thread.

        A DuckDB connection must not be used by two threads at once; its cursors may, each by
        one (a server reads through one per request).  The reader shares the database, sees
        what has been committed, and is closed when the block ends.
        """
        view = object.__new__(Store)
        view.path, view.name, view.read_only = self.path, self.name, self.read_only
        view._open_runs = set()
        view._con = self._con.cursor()
        try:
            yield view
        finally:
            view._con.close()

    def relation(self, sql: str, params: Sequence[object] = ()) -> duckdb.DuckDBPyRelation:
        """A query's result as a DuckDB relation, to turn into a pandas, polars or Arrow frame."""
        return self._con.sql(sql, params=list(params))

    def stored_digests(self) -> set[str]:
        """The content digests of every stored article, so that a resumed run skips them."""
        rows = self._con.execute("SELECT digest FROM articles WHERE digest IS NOT NULL").fetchall()
        return {row[0] for row in rows}

    def stored_sources(self) -> dict[str, str]:
        """Input name -> article id of every stored article, so a resumed run can skip them."""
        rows = self._con.execute("SELECT source, id FROM articles WHERE source IS NOT NULL").fetchall()
        return {source: article_id for source, article_id in rows}

    def article_ids(self) -> list[str]:
        return [row[0] for row in self._con.execute("SELECT id FROM articles ORDER BY id").fetchall()]

    def load_article(self, article_id: str) -> Article | None:
        """Rebuild a stored article from the tables; None when it is not stored."""
        found = self.load_articles([article_id])
        return found[0] if found else None

    def load_articles(self, article_ids: Sequence[str]) -> list[Article]:
        """Rebuild several stored articles at once (a handful of queries, not one per article)."""
        ids = list(article_ids)
        rows = self.fetch("SELECT * FROM articles WHERE id = ANY(?)", [ids])
        parts: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
        for table in ARTICLE_PART_TABLES:
            for row in self.fetch(f"SELECT * FROM {table} WHERE article_id = ANY(?) ORDER BY pos", [ids]):
                parts[row["article_id"]][table].append(row)
        by_id = {row["id"]: build_article(row, parts[row["id"]]) for row in rows}
        return [by_id[i] for i in ids if i in by_id]

    def iter_articles(self, batch_size: int = 500) -> Iterator[Article]:
        """Every stored article, in id order, loaded a batch at a time so memory stays flat."""
        ids = self.article_ids()
        for first in range(0, len(ids), batch_size):
            yield from self.load_articles(ids[first : first + batch_size])

    # --- export ---------------------------------------------------------------------------------

    def export_jsonl(self, path: str | Path) -> int:
        """Write every stored article in the contract's JSON form, one per line; returns the count."""
        count = 0
        with Path(path).open("w", encoding="utf-8") as out:
            for article in self.iter_articles():
                out.write(json.dumps(article.to_json_dict(), ensure_ascii=False) + "\n")
                count += 1
        return count

    def iter_rows(self, sql: str, batch: int = 2000) -> Iterator[dict[str, Any]]:
        """A query's rows as dicts, fetched a batch at a time (run nothing else on the store
        until they are all read)."""
        cursor = self._con.execute(sql)
        names = [d[0] for d in cursor.description or ()]
        while chunk := cursor.fetchmany(batch):
            for row in chunk:
                yield dict(zip(names, row, strict=True))

    def copy_to(self, sql: str, target: Path, options: str) -> None:
        """Write a query's result to a file with DuckDB's COPY (``options``: the code's own, such
        as ``FORMAT PARQUET``; never text a user typed)."""
        with self._guarded(f"export {target.name}"):
            self._con.execute(f"COPY ({sql}) TO ? ({options})", [str(target)])

    def export_parquet(self, directory: str | Path) -> list[Path]:
        """One Parquet file per table in ``directory`` (created if needed); returns the files."""
        folder = Path(directory)
        folder.mkdir(parents=True, exist_ok=True)
        written = []
        for table in table_names():  # the code's own names, never ones read from the file
            target = folder / f"{table}.parquet"
            with self._guarded(f"export {table}"):
                self._con.execute(f'COPY "{table}" TO ? (FORMAT PARQUET)', [str(target)])
            written.append(target)
        return written
