"""The DuckDB schema of an eventwire store: one table per part of the model, derived from it.

The article row and the part tables (actors, events, quotes, times, places)
take their columns from the pydantic models by the rules of
:mod:`eventwire.store.columns`, so that a field added to a model is stored and
read back with no edit here.  What this module declares is only what the
models cannot say:

- which of the article's lists get a table of their own (any other list is a
  JSON column), and that actor mentions are a table too;
- a part's own ``id`` is ``<part>_id`` (``event_id``), since its table also
  carries ``article_id`` and ``pos`` (the part's position in its article's
  list, so an Article is rebuilt in its original order);
- two renamed fields and two integer widths, kept from the hand-written schema
  so that stores written before it was derived still read (same layout, same
  ``SCHEMA_VERSION``);
- the computed helper columns queries use (declared once, written, never read).

``start``/``end`` are character offsets into ``articles.text`` as in the
contract; ``end`` is an SQL keyword, hence the quoting everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Any, get_args

from pydantic import BaseModel

from eventwire.model import Article
from eventwire.store.columns import Column, Naming, RowContext, model_columns, optional_models
from eventwire.store.dates import date_bounds, full_date

#: Bump when a table changes; a store written by a newer eventwire is refused.
# 3: articles.language; 4: duplicate_of, story, incident and story_keys; 5: joint parties;
# 6: events.refers_to
SCHEMA_VERSION = 6

#: Run states a ``runs`` row may hold.
RUN_STATUSES = frozenset({"running", "done", "interrupted"})

#: The store's own tables, not parts of the model.
_OWN_TABLES: dict[str, str] = {
    "meta": """
        CREATE TABLE meta (
            key VARCHAR PRIMARY KEY,
            value VARCHAR NOT NULL
        )""",
    "runs": """
        CREATE TABLE runs (
            id VARCHAR PRIMARY KEY,
            started TIMESTAMP NOT NULL,
            finished TIMESTAMP,
            version VARCHAR NOT NULL,
            config JSON NOT NULL,
            n_articles INTEGER,
            n_failed INTEGER,
            status VARCHAR NOT NULL
        )""",
    "failures": """
        CREATE TABLE failures (
            run_id VARCHAR,
            source VARCHAR NOT NULL,
            stage VARCHAR NOT NULL,
            article_id VARCHAR,
            error VARCHAR NOT NULL,
            "at" TIMESTAMP NOT NULL
        )""",
    # What assigning copies and stories needs of each stored article, so that a later run joins
    # the stories already stored without reading their texts again (eventwire.stories).
    "story_keys": """
        CREATE TABLE story_keys (
            article_id VARCHAR NOT NULL,
            seq BIGINT NOT NULL,
            story VARCHAR NOT NULL,
            duplicate_of VARCHAR,
            day DATE,
            minhash BLOB NOT NULL,
            n_shingles INTEGER NOT NULL,
            anchors JSON NOT NULL,
            features JSON NOT NULL,
            joined_who DOUBLE
        )""",
}

#: The store's own tables that hold state derived from the articles, keyed by ``article_id``:
#: replaced with their article, never part of a shard (a shard's articles are assigned on import).
STATE_TABLES = ("story_keys",)

#: The article's lists stored as tables of their own (table name = field name), one row per item.
PART_LISTS = ("actors", "events", "quotes", "times", "places")

#: Lists of [start, end] pairs inside a part, stored as tables of their own: table -> (part table, field).
SPAN_LISTS = {"mentions": ("actors", "mentions")}

# published is the input's own string (published_text), so that a partial or odd
# date survives the round trip; the DATE beside it is for querying.  An event's
# place holds a place id, named so for joins with places.place_id.
_RENAMED = {"articles.published": "published_text", "events.place": "place_id"}
_WIDTHS = {"events.quad_class": "TINYINT", "places.geonameid": "BIGINT"}


def _clip(row: RowContext, start: int, end: int) -> str:
    text: str = row.article.text
    return text[max(start, 0) : max(end, 0)]


def _date_bound(value: str | None, which: int) -> Any:
    bounds = date_bounds(value)
    return bounds[which] if bounds else None


# Computed helper columns, each placed after the column named first (None: at the end).
# date_lo/date_hi: the first and last day a partial date ("2020", "2020-03") can
# mean, so that date-range queries compare sensibly.
_COMPUTED: dict[str, list[tuple[str | None, Column]]] = {
    "articles": [
        ("url", Column("published", "DATE", compute=lambda a, r: full_date(a.published))),
        (None, Column("run_id", "VARCHAR", compute=lambda a, r: r.run_id)),
        (None, Column("processed_at", "TIMESTAMP", not_null=True, compute=lambda a, r: r.now)),
    ],
    "events": [
        ("date", Column("date_lo", "DATE", compute=lambda e, r: _date_bound(e.date, 0))),
        ("date_lo", Column("date_hi", "DATE", compute=lambda e, r: _date_bound(e.date, 1))),
        (
            "evidence_end",
            Column(
                "evidence_text", "VARCHAR", compute=lambda e, r: _clip(r, e.evidence.start, e.evidence.end)
            ),
        ),
    ],
    "mentions": [(None, Column("text", "VARCHAR", compute=lambda m, r: _clip(r, m[0], m[1])))],
}

_ARTICLE_ID = Column("article_id", "VARCHAR", not_null=True, compute=lambda _, r: r.article.id)
_POS = Column("pos", "INTEGER", not_null=True, compute=lambda _, r: r.pos)


@dataclass(frozen=True)
class Table:
    """A table holding model data: its columns in order, and the model a row reads back as."""

    name: str
    columns: tuple[Column, ...]
    model: type[BaseModel] | None = None  # None for a span list (rows are [start, end] pairs)
    key: str | None = None  # the primary key column, if any

    @cached_property
    def optional_models(self) -> frozenset[str]:
        """Fields holding an optional model: None when all their columns are NULL."""
        return optional_models(self.model) if self.model is not None else frozenset()

    @cached_property
    def field_columns(self) -> tuple[Column, ...]:
        """The columns that hold model fields (not keys or computed helpers): what is read back."""
        return tuple(c for c in self.columns if c.path)

    def column_for(self, field: str) -> Column:
        """The column that stores the model's top-level ``field``."""
        return next(c for c in self.columns if c.path == (field,))

    def create(self) -> str:
        body = ",\n".join(f"    {column.ddl(primary=column.name == self.key)}" for column in self.columns)
        return f"CREATE TABLE {self.name} (\n{body}\n)"


def _with_computed(table: str, columns: list[Column]) -> tuple[Column, ...]:
    for after, column in _COMPUTED.get(table, ()):
        names = [c.name for c in columns]
        columns.insert(names.index(after) + 1 if after is not None else len(columns), column)
    return tuple(columns)


def _part_model(field: str) -> type[BaseModel]:
    """The item model of one of the article's lists (``list[Event]`` -> Event)."""
    (item,) = get_args(Article.model_fields[field].annotation)
    if not (isinstance(item, type) and issubclass(item, BaseModel)):
        raise TypeError(f"Article.{field}: a table of its own needs a list of models")
    return item


def _part_table(name: str) -> Table:
    model = _part_model(name)
    renamed = {**_RENAMED, f"{name}.id": f"{model.__name__.lower()}_id"}
    skip = frozenset(field for table, field in SPAN_LISTS.values() if table == name)
    fields = model_columns(model, Naming(name, renamed, _WIDTHS), skip)
    return Table(name, _with_computed(name, [_ARTICLE_ID, _POS, *fields]), model)


def _span_table(name: str, owner: Table) -> Table:
    owner_id = owner.column_for("id")
    keys = [
        _ARTICLE_ID,
        Column(owner_id.name, owner_id.sql_type, not_null=True, compute=lambda _, r: r.owner.id),
        _POS,
        Column("start", "INTEGER", not_null=True, compute=lambda s, r: s[0]),
        Column("end", "INTEGER", not_null=True, compute=lambda s, r: s[1]),
    ]
    return Table(name, _with_computed(name, keys))


ARTICLES = Table(
    "articles",
    _with_computed(
        "articles", model_columns(Article, Naming("articles", _RENAMED, _WIDTHS), frozenset(PART_LISTS))
    ),
    Article,
    key="id",
)
PARTS: dict[str, Table] = {name: _part_table(name) for name in PART_LISTS}
SPANS: dict[str, Table] = {name: _span_table(name, PARTS[owner]) for name, (owner, _) in SPAN_LISTS.items()}

#: Tables holding the parts of one article, keyed by ``article_id``.
ARTICLE_PART_TABLES = tuple(
    name for part in PART_LISTS for name in (part, *(s for s, (o, _) in SPAN_LISTS.items() if o == part))
)

# The one key is articles.id: it guards against duplicates and serves `show`.
# Child tables get no keys or indexes on purpose: a replacement deletes and
# re-inserts the same rows in one transaction, DuckDB's ART indexes slow bulk
# inserts, and the scans that queries do (by article, type, date) are served by
# DuckDB's automatic min/max zone maps.
INDEXES: tuple[str, ...] = ()


def model_layout() -> dict[str, list[tuple[str, str]]]:
    """Each model table's columns as (name, SQL type), in order: what a store must hold to be read."""
    tables = [ARTICLES, *PARTS.values(), *SPANS.values()]
    return {t.name: [(c.name, c.sql_type) for c in t.columns] for t in tables}


def model_tables() -> dict[str, Table]:
    """Every table that holds model data, by name."""
    return {t.name: t for t in (ARTICLES, *PARTS.values(), *SPANS.values())}


def table_names() -> tuple[str, ...]:
    """Every table of a store, in creation order: the code's own list, never read from a file."""
    return ("meta", "runs", "articles", *ARTICLE_PART_TABLES, "failures")


def added_columns(found: dict[str, list[tuple[str, str]]]) -> list[str]:
    """ALTER statements that bring an older store up to the models: the columns they added since.

    Only columns that may be NULL can be added to rows already stored; None is returned as an
    empty list when the store lacks a table or a NOT NULL column (it cannot be upgraded).
    """
    statements = []
    for name, table in model_tables().items():
        have = {column for column, _ in found.get(name, [])}
        if not have:
            return []
        for column in table.columns:
            if column.name not in have:
                if column.not_null:
                    return []
                statements.append(f"ALTER TABLE {name} ADD COLUMN {column.ddl()}")
    return statements


def create_statements() -> list[str]:
    """Every statement that builds an empty store, in order."""
    model_tables = [ARTICLES, *({**PARTS, **SPANS}[name] for name in ARTICLE_PART_TABLES)]
    return [
        _OWN_TABLES["meta"],
        _OWN_TABLES["runs"],
        *(t.create() for t in model_tables),
        _OWN_TABLES["failures"],
        *(_OWN_TABLES[name] for name in STATE_TABLES),
        *INDEXES,
    ]


def missing_state_tables(found: set[str]) -> list[str]:
    """CREATE statements for the state tables an older store lacks (an upgrade adds them empty)."""
    return [_OWN_TABLES[name] for name in STATE_TABLES if name not in found]
