"""The DuckDB schema of an eventwire store: one table per part of the model.

Child tables carry ``article_id`` and ``pos`` (the part's position in its
article's list) so that an Article can be rebuilt in its original order.
``start``/``end`` are character offsets into ``articles.text`` as in the
contract; ``end`` is an SQL keyword, hence the quoting everywhere.
"""

from __future__ import annotations

#: Bump when a table changes; a store written by a newer eventwire is refused.
SCHEMA_VERSION = 1

#: Run states a ``runs`` row may hold.
RUN_STATUSES = frozenset({"running", "done", "interrupted"})

TABLES: dict[str, str] = {
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
    # published is a DATE for querying; published_text keeps the input's own
    # string so that a partial or odd date survives the round trip.
    "articles": """
        CREATE TABLE articles (
            id VARCHAR PRIMARY KEY,
            title VARCHAR,
            url VARCHAR,
            published DATE,
            published_text VARCHAR,
            source VARCHAR,
            dateline_text VARCHAR,
            dateline_place JSON,
            credits JSON NOT NULL,
            text VARCHAR NOT NULL,
            removed JSON NOT NULL,
            warnings JSON NOT NULL,
            run_id VARCHAR,
            processed_at TIMESTAMP NOT NULL
        )""",
    "actors": """
        CREATE TABLE actors (
            article_id VARCHAR NOT NULL,
            pos INTEGER NOT NULL,
            actor_id VARCHAR NOT NULL,
            name VARCHAR NOT NULL,
            country VARCHAR,
            sector VARCHAR,
            code VARCHAR,
            kind VARCHAR
        )""",
    "mentions": """
        CREATE TABLE mentions (
            article_id VARCHAR NOT NULL,
            actor_id VARCHAR NOT NULL,
            pos INTEGER NOT NULL,
            "start" INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text VARCHAR
        )""",
    # date_lo/date_hi: the first and last day a partial date ("2020", "2020-03")
    # can mean, so that date-range queries compare sensibly.
    "events": """
        CREATE TABLE events (
            article_id VARCHAR NOT NULL,
            pos INTEGER NOT NULL,
            event_id VARCHAR NOT NULL,
            type VARCHAR NOT NULL,
            mode VARCHAR,
            cameo VARCHAR,
            quad_class TINYINT,
            goldstein DOUBLE,
            source_actor VARCHAR,
            source_text VARCHAR,
            target_actor VARCHAR,
            target_text VARCHAR,
            date VARCHAR,
            date_lo DATE,
            date_hi DATE,
            place_id VARCHAR,
            fatalities INTEGER,
            injured INTEGER,
            kidnapped INTEGER,
            arrested INTEGER,
            modality VARCHAR NOT NULL,
            evidence_start INTEGER NOT NULL,
            evidence_end INTEGER NOT NULL,
            evidence_text VARCHAR,
            trigger_start INTEGER,
            trigger_end INTEGER,
            confidence DOUBLE NOT NULL
        )""",
    "quotes": """
        CREATE TABLE quotes (
            article_id VARCHAR NOT NULL,
            pos INTEGER NOT NULL,
            text VARCHAR NOT NULL,
            "start" INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            speaker_actor VARCHAR,
            speaker_text VARCHAR,
            speaker_start INTEGER,
            speaker_end INTEGER,
            direct BOOLEAN NOT NULL,
            cue VARCHAR
        )""",
    "times": """
        CREATE TABLE times (
            article_id VARCHAR NOT NULL,
            pos INTEGER NOT NULL,
            text VARCHAR NOT NULL,
            "start" INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            type VARCHAR NOT NULL,
            value VARCHAR NOT NULL
        )""",
    "places": """
        CREATE TABLE places (
            article_id VARCHAR NOT NULL,
            pos INTEGER NOT NULL,
            place_id VARCHAR NOT NULL,
            text VARCHAR NOT NULL,
            "start" INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            name VARCHAR NOT NULL,
            country VARCHAR,
            lat DOUBLE,
            lon DOUBLE,
            geonameid BIGINT,
            feature VARCHAR
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
}

#: Tables holding the parts of one article, keyed by ``article_id``.
ARTICLE_PART_TABLES = ("actors", "mentions", "events", "quotes", "times", "places")

# The one key is articles.id: it guards against duplicates and serves `show`.
# Child tables get no keys or indexes on purpose: a replacement deletes and
# re-inserts the same rows in one transaction, DuckDB's ART indexes slow bulk
# inserts, and the scans that queries do (by article, type, date) are served by
# DuckDB's automatic min/max zone maps.
INDEXES: tuple[str, ...] = ()


def create_statements() -> list[str]:
    """Every statement that builds an empty store, in order."""
    return [*TABLES.values(), *INDEXES]
