"""Articles to table columns and back, following the tables :mod:`eventwire.store.schema` derives.

Writing goes column-wise (one Python list per column) because DuckDB inserts
a batch of lists through ``UNNEST`` about sixty times faster than row-by-row
``executemany``.  Reading nests each row back into its model's shape and lets
the model validate it, so that a stored article loads back equal
(``to_json_dict``) to the one written.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any

from eventwire.model import Article
from eventwire.store.columns import RowContext, nest
from eventwire.store.schema import ARTICLES, PARTS, SPAN_LISTS, SPANS, Table

Columns = dict[str, list[Any]]
Row = Mapping[str, Any]


class ColumnBuilder:
    """Collects rows of one table as one list per column."""

    def __init__(self, table: Table) -> None:
        self.table = table
        self.columns: Columns = {column.name: [] for column in table.columns}
        self.n_rows = 0

    def add(self, item: Any, row: RowContext) -> None:
        for column in self.table.columns:
            self.columns[column.name].append(column.value_of(item, row))
        self.n_rows += 1


def article_columns(articles: Iterable[Article], run_id: str | None, now: datetime) -> dict[str, Columns]:
    """Every table's new rows for ``articles``, as columns; tables without rows are left out."""
    builders = {t.name: ColumnBuilder(t) for t in (ARTICLES, *PARTS.values(), *SPANS.values())}
    for article in articles:
        row = RowContext(article, run_id, now)
        builders[ARTICLES.name].add(article, row)
        for name in PARTS:
            for row.pos, item in enumerate(getattr(article, name)):
                builders[name].add(item, row)
        for name, (owner, field) in SPAN_LISTS.items():
            _add_spans(builders[name], getattr(article, owner), field, row)
    return {name: b.columns for name, b in builders.items() if b.n_rows}


def _add_spans(out: ColumnBuilder, owners: Sequence[Any], field: str, row: RowContext) -> None:
    """One row per [start, end] pair; ``pos`` counts through the whole article, keeping the order."""
    row.pos = 0
    for row.owner in owners:
        for span in getattr(row.owner, field):
            out.add(span, row)
            row.pos += 1


# --- reading back -------------------------------------------------------------------------------


def build_article(row: Row, parts: Mapping[str, Sequence[Row]]) -> Article:
    """An Article from its ``articles`` row and its part rows (each list ordered by ``pos``)."""
    fields = nest(row, ARTICLES.field_columns, ARTICLES.optional_models)
    spans = {name: _spans_by_owner(name, parts.get(name, ())) for name in SPAN_LISTS}
    for name, table in PARTS.items():
        fields[name] = [_part_fields(table, r, spans) for r in parts.get(name, ())]
    return Article.model_validate(fields)


def _part_fields(
    table: Table, row: Row, spans: Mapping[str, Mapping[str, list[tuple[int, int]]]]
) -> dict[str, Any]:
    fields = nest(row, table.field_columns, table.optional_models)
    for name, (owner, field) in SPAN_LISTS.items():
        if owner == table.name:
            fields[field] = spans[name].get(fields["id"], [])
    return fields


def _spans_by_owner(name: str, rows: Sequence[Row]) -> dict[str, list[tuple[int, int]]]:
    """A span list's [start, end] pairs, grouped by the id of the part they belong to."""
    owner_id = PARTS[SPAN_LISTS[name][0]].column_for("id").name
    found: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for r in rows:
        found[r[owner_id]].append((r["start"], r["end"]))
    return found
