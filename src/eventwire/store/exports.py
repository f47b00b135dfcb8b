"""``eventwire export``: a store as files other tools read, the format told by the file's name.

- ``.jsonl``: articles in the contract's JSON form (``--table events|incidents``: flat rows);
- ``.parquet``: a flat table (``events`` by default, or ``incidents``, ``articles``); a name
  without an extension and ``--format parquet`` gives a folder with one file per store table;
- ``.csv`` / ``.tsv``: a flat table, one record per line (line breaks inside a field become
  spaces, so that line-oriented tools and Python's csv module agree on the records);
- ``--format gdelt``: GDELT 2.0 Event table rows, one per incident, tab-separated (``.tsv``);
- ``--format acled``: ACLED-style rows (2023 layout), one per violent or protest incident (``.csv``).

The flat ``events`` table is one row per event mention with its actors (name, code, country,
sector), place (name, country, lat/lon, GeoNames id), article (title, URL, published, outlet),
story and incident joined in; ``incidents`` is one row per incident
(``eventwire.store.incidents``).  A format is never written under another's extension.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path
from typing import Literal, get_args

from eventwire.errors import UsageError
from eventwire.store.incidents import INCIDENTS_SQL, MENTIONS_SQL
from eventwire.store.layouts import acled_rows, gdelt_rows
from eventwire.store.writer import Store

Format = Literal["jsonl", "parquet", "csv", "tsv", "gdelt", "acled"]
Table = Literal["articles", "events", "incidents"]

#: The extension each format may be written under ('' : a name without one).
EXTENSIONS: dict[str, tuple[str, ...]] = {
    "jsonl": (".jsonl", ""),
    "parquet": (".parquet", ""),
    "csv": (".csv",),
    "tsv": (".tsv",),
    "gdelt": (".tsv",),
    "acled": (".csv",),
}

FLAT_SQL: dict[str, str] = {
    "articles": "SELECT * EXCLUDE (run_id) FROM articles ORDER BY published NULLS LAST, id",
    "events": f"SELECT * FROM ({MENTIONS_SQL}) ORDER BY published NULLS LAST, article_id, pos",
    "incidents": f"SELECT * FROM ({INCIDENTS_SQL}) ORDER BY first_seen NULLS LAST, day NULLS LAST, incident",
}


def choose_format(output: Path, format: str | None) -> Format:
    """The format to write ``output`` in: ``format`` if given (refused when the name's extension
    is another format's), else the one the extension names."""
    suffix = output.suffix.lower()
    if format is None:
        found = next((f for f in ("jsonl", "parquet", "csv", "tsv") if suffix == EXTENSIONS[f][0]), None)
        if found is None:
            raise UsageError(
                f"export {output}: cannot tell the format from the name; end it in .jsonl, .parquet, .csv"
                " or .tsv, or give --format"
            )
        return found  # type: ignore[return-value]
    if format not in get_args(Format):
        raise UsageError(f"--format must be one of {', '.join(get_args(Format))}, not {format!r}")
    if suffix not in EXTENSIONS[format]:
        wanted = " or ".join(e or "no extension" for e in EXTENSIONS[format])
        raise UsageError(
            f"export {output}: {format} is written under {wanted}, not {suffix or 'no extension'}"
        )
    return format  # type: ignore[return-value]


def export(store: Store, output: Path, format: Format, table: Table | None = None) -> int:
    """Write the store to ``output``; returns the rows (articles, for a folder of tables) written."""
    if table is not None and table not in get_args(Table):
        raise UsageError(f"--table must be one of {', '.join(get_args(Table))}, not {table!r}")
    if format in ("gdelt", "acled"):
        if table not in (None, "incidents"):
            raise UsageError(f"--format {format} writes incidents, not {table}")
        incidents = store.iter_rows(FLAT_SQL["incidents"])
        if format == "gdelt":
            return _write_lines(output, gdelt_rows(incidents))
        return _write_csv(output, acled_rows(incidents))
    if format == "jsonl" and table in (None, "articles"):
        return store.export_jsonl(output)
    if format == "parquet" and table is None and output.suffix == "":
        store.export_parquet(output)
        return int(store.fetch("SELECT count(*) AS n FROM articles")[0]["n"])
    return _copy(store, FLAT_SQL[table or "events"], output, format)


def _copy(store: Store, sql: str, output: Path, format: Format) -> int:
    """A flat table written by DuckDB; text fields on one line for the delimited formats."""
    relation = store.relation(sql)
    if format in ("csv", "tsv"):
        fields = [
            f"regexp_replace(\"{name}\", '\\s*[\\r\\n]+\\s*', ' ', 'g') AS \"{name}\""
            if str(kind) == "VARCHAR"
            else f'"{name}"'
            for name, kind in zip(relation.columns, relation.types, strict=True)
        ]
        sql = f"SELECT {', '.join(fields)} FROM ({sql})"
    options = {
        "csv": "FORMAT CSV, HEADER",
        "tsv": "FORMAT CSV, HEADER, DELIMITER '\t'",
        "parquet": "FORMAT PARQUET",
        "jsonl": "FORMAT JSON",
    }[format]
    store.copy_to(sql, output, options)
    return int(store.fetch(f"SELECT count(*) AS n FROM ({sql})")[0]["n"])


def _write_lines(output: Path, rows: Iterator[list[str]]) -> int:
    """Tab-separated lines, as GDELT writes them (no quoting: no field holds a tab or a line break)."""
    count = -1  # the header is no row
    with output.open("w", encoding="utf-8", newline="") as out:
        for row in rows:
            out.write("\t".join(row) + "\n")
            count += 1
    return max(count, 0)


def _write_csv(output: Path, rows: Iterator[list[str]]) -> int:
    """CSV, quoted where a field needs it."""
    count = -1  # the header is no row
    with output.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        for row in rows:
            writer.writerow(row)
            count += 1
    return max(count, 0)
