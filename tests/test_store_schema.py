"""The store's tables derived from the models: the rules, the version-1 layout, the refusals."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import duckdb
import pytest

from eventwire.errors import EventwireError
from eventwire.model import Part, Span
from eventwire.store import Store
from eventwire.store.columns import Naming, model_columns
from eventwire.store.schema import SCHEMA_VERSION, model_layout

# Each schema version's layout, as stores on disk hold it.  When a model change moves this
# test, the on-disk layout has changed: bump SCHEMA_VERSION and record the new layout here.
_V1 = {
    "articles": """id VARCHAR, title VARCHAR, url VARCHAR, published DATE, published_text VARCHAR,
            source VARCHAR, dateline_text VARCHAR, dateline_place JSON, credits JSON, text VARCHAR,
            removed JSON, warnings JSON, run_id VARCHAR, processed_at TIMESTAMP""",
    "actors": """article_id VARCHAR, pos INTEGER, actor_id VARCHAR, name VARCHAR, country VARCHAR,
            sector VARCHAR, code VARCHAR, kind VARCHAR""",
    "events": """article_id VARCHAR, pos INTEGER, event_id VARCHAR, type VARCHAR, mode VARCHAR,
            cameo VARCHAR, quad_class TINYINT, goldstein DOUBLE, source_actor VARCHAR, source_text VARCHAR,
            target_actor VARCHAR, target_text VARCHAR, date VARCHAR, date_lo DATE, date_hi DATE,
            place_id VARCHAR, fatalities INTEGER, injured INTEGER, kidnapped INTEGER, arrested INTEGER,
            modality VARCHAR, evidence_start INTEGER, evidence_end INTEGER, evidence_text VARCHAR,
            trigger_start INTEGER, trigger_end INTEGER, confidence DOUBLE""",
    "quotes": """article_id VARCHAR, pos INTEGER, text VARCHAR, start INTEGER, end INTEGER,
            speaker_actor VARCHAR, speaker_text VARCHAR, speaker_start INTEGER, speaker_end INTEGER,
            direct BOOLEAN, cue VARCHAR""",
    "times": """article_id VARCHAR, pos INTEGER, text VARCHAR, start INTEGER, end INTEGER, type VARCHAR,
            value VARCHAR""",
    "places": """article_id VARCHAR, pos INTEGER, place_id VARCHAR, text VARCHAR, start INTEGER,
            end INTEGER, name VARCHAR, country VARCHAR, lat DOUBLE, lon DOUBLE, geonameid BIGINT,
            feature VARCHAR""",
    "mentions": """article_id VARCHAR, actor_id VARCHAR, pos INTEGER, start INTEGER, end INTEGER,
            text VARCHAR""",
}
LAYOUTS = {
    1: _V1,
    2: {  # the input's content digest, for resuming by content
        **_V1,
        "articles": _V1["articles"].replace("source VARCHAR,", "source VARCHAR, digest VARCHAR,"),
    },
}
LAYOUTS[3] = {  # the language an article was coded in, or found in when it was not coded
    **LAYOUTS[2],
    "articles": LAYOUTS[2]["articles"].replace("credits JSON,", "credits JSON, language VARCHAR,"),
}
LAYOUTS[4] = {  # copies, stories and incidents (eventwire.stories); an older store is upgraded in place
    **LAYOUTS[3],
    "articles": LAYOUTS[3]["articles"].replace(
        "warnings JSON,", "warnings JSON, duplicate_of VARCHAR, story VARCHAR,"
    ),
    "events": LAYOUTS[3]["events"].replace("confidence DOUBLE", "confidence DOUBLE, incident VARCHAR"),
}
LAYOUTS[5] = {  # the actors coordinated with an event's source or target, in the one event of the act
    **LAYOUTS[4],
    "events": " ".join(LAYOUTS[4]["events"].split())
    .replace("source_text VARCHAR,", "source_text VARCHAR, source_joint JSON,")
    .replace("target_text VARCHAR,", "target_text VARCHAR, target_joint JSON,"),
}

LAYOUTS[6] = {  # a mention that only names an earlier event again (eventwire.events.references)
    **LAYOUTS[5],
    "events": LAYOUTS[5]["events"].replace("confidence DOUBLE,", "confidence DOUBLE, refers_to VARCHAR,"),
}


def test_the_derived_layout_is_the_one_recorded_for_this_schema_version() -> None:
    derived = {t: ", ".join(f"{n} {ty}" for n, ty in cols) for t, cols in model_layout().items()}
    recorded = {t: " ".join(columns.split()) for t, columns in LAYOUTS[SCHEMA_VERSION].items()}
    assert derived == recorded


def test_the_layout_of_a_new_store_is_the_derived_one(tmp_path: Path) -> None:
    Store(tmp_path / "s.duckdb").close()
    with duckdb.connect(str(tmp_path / "s.duckdb"), read_only=True) as con:
        for table, expected in model_layout().items():
            found = con.execute(
                "SELECT column_name, data_type FROM duckdb_columns()"
                " WHERE table_name = ? ORDER BY column_index",
                [table],
            ).fetchall()
            assert found == expected, table


# --- the rules, on a model made up for the purpose ------------------------------------------------------


class Inner(Part):
    flag: bool
    span: Span | None = None


class Toy(Part):
    name: str
    count: int
    size: int | None = None
    score: float = 0.5
    kind: Literal["a", "b"] = "a"
    inner: Inner
    maybe: Span | None = None
    tags: list[str]
    pair: tuple[int, int] | None = None


def test_fields_become_columns_by_the_rules() -> None:
    columns = model_columns(Toy, Naming("toys", {"toys.count": "n"}, {"toys.size": "BIGINT"}))
    assert [c.ddl() for c in columns] == [
        '"name" VARCHAR NOT NULL',
        '"n" INTEGER NOT NULL',  # renamed
        '"size" BIGINT',  # widened; optional, so NULL allowed
        '"score" DOUBLE NOT NULL',  # a default is not a None
        '"kind" VARCHAR NOT NULL',  # Literal of strings
        '"inner_flag" BOOLEAN NOT NULL',  # a model is flattened with its field's prefix
        '"inner_span" JSON',  # a model inside a flattened one is JSON
        '"maybe_start" INTEGER',  # inside an optional model: NULL allowed
        '"maybe_end" INTEGER',
        '"tags" JSON NOT NULL',  # lists are JSON
        '"pair" JSON',
    ]
    assert [c.path for c in columns][:2] == [("name",), ("count",)]
    assert columns[5].path == ("inner", "flag")


class Hazy(Part):
    note: str | None = None


class HasHazy(Part):
    hazy: Hazy | None = None


def test_an_optional_model_that_could_look_like_none_is_refused() -> None:
    with pytest.raises(TypeError, match="cannot be told from None"):
        model_columns(HasHazy, Naming("t", {}, {}))


# --- refusing stores this eventwire cannot read ----------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            ["UPDATE meta SET value = '99' WHERE key = 'schema_version'"],
            rf"store schema version 99, written by a newer eventwire \(this one reads {SCHEMA_VERSION}\)",
        ),
        (
            ["ALTER TABLE events DROP COLUMN injured", "ALTER TABLE events ADD COLUMN wounded INTEGER"],
            "table events lacks injured INTEGER and has wounded INTEGER: the store was written by an"
            " eventwire with other models",
        ),
    ],
)
def test_a_store_this_eventwire_cannot_read_is_refused(
    tmp_path: Path, change: list[str], message: str
) -> None:
    path = tmp_path / "other.duckdb"
    Store(path).close()
    with duckdb.connect(str(path)) as con:
        for statement in change:
            con.execute(statement)
    with pytest.raises(EventwireError, match=message):
        Store(path, read_only=True)


def _make_version_1(path: Path) -> None:
    """A store as eventwire wrote it at schema version 1: without the columns and tables later
    versions added (digest; language; duplicate_of, story, incident and story_keys)."""
    Store(path).close()
    with duckdb.connect(str(path)) as con:
        con.execute(
            "INSERT INTO articles (id, text, credits, removed, warnings, processed_at)"
            " VALUES ('a1', 'Old text.', '[]', '[]', '[]', now())"
        )
        for column in ("digest", "language", "duplicate_of", "story"):
            con.execute(f"ALTER TABLE articles DROP COLUMN {column}")
        con.execute("ALTER TABLE events DROP COLUMN incident")
        con.execute("DROP TABLE story_keys")
        con.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")


def test_an_older_store_is_upgraded_by_a_writer_and_explained_to_a_reader(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    _make_version_1(path)
    with pytest.raises(
        EventwireError, match=r"written by an older eventwire .* a run that writes to it upgrades it"
    ):
        Store(path, read_only=True)
    with Store(path) as store:  # opening to write adds the new columns and tables
        assert store.load_article("a1") is not None and store.stored_digests() == set()
    with Store(path, read_only=True) as store:
        version = store.fetch("SELECT value FROM meta WHERE key = 'schema_version'")
        assert version == [{"value": str(SCHEMA_VERSION)}]
        assert store.fetch("SELECT count(*) AS n FROM story_keys") == [{"n": 0}]
