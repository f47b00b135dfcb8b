"""Nothing lost: the store and the inputs survive every command, and readers work during a run."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from eventwire.store import Store

pytestmark = pytest.mark.model

GOOD = (
    "KABUL, Afghanistan — Taliban fighters attacked a police checkpoint in Kandahar on Monday, "
    "killing four officers, officials said.\n"
)


def run_cli(args: list[str], cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "eventwire", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=300, cwd=cwd)


def _dump(path: Path, n: int, start: int = 0, text: str = GOOD) -> Path:
    lines = (json.dumps({"id": f"n{k}", "text": f"{text} Report {k}."}) for k in range(start, start + n))
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def _count(db: Path, sql: str = "SELECT count(*) FROM articles") -> int:
    with duckdb.connect(str(db), read_only=True) as con:
        row = con.execute(sql).fetchone()
    assert row is not None
    return int(row[0])


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("stored")
    db = folder / "eventwire.duckdb"
    res = run_cli(["process", str(_dump(folder / "in.jsonl", 3)), "--db", str(db), "--format", "none", "-q"])
    assert res.returncode == 0, res.stderr
    return db


# --- 1. one command must not destroy the store or an input ------------------------------------------


def test_export_onto_the_store_is_refused(stored: Path) -> None:
    size = stored.stat().st_size
    res = run_cli(["export", stored.name, "--db", stored.name], cwd=stored.parent)
    assert res.returncode == 2 and "that is the store" in res.stderr
    assert stored.stat().st_size == size and _count(stored) == 3


def test_process_output_onto_the_store_or_an_input_is_refused(stored: Path, tmp_path: Path) -> None:
    dump = _dump(tmp_path / "in.jsonl", 2)
    before = dump.read_bytes()
    res = run_cli(["process", str(dump), "--db", str(stored), "--output", str(stored)])
    assert res.returncode == 2 and "that is the store" in res.stderr and _count(stored) == 3
    res = run_cli(["process", str(dump), "--output", str(dump)])
    assert res.returncode == 2 and "that is an input" in res.stderr and dump.read_bytes() == before
    res = run_cli(["process", str(tmp_path), "--output", str(tmp_path / "out.jsonl")])
    assert res.returncode == 2 and "that is an input" in res.stderr  # it would read its own output back


def test_overwriting_an_existing_file_needs_force(stored: Path, tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    target.write_text("keep me\n", encoding="utf-8")
    res = run_cli(["export", str(target), "--db", str(stored)])
    assert res.returncode == 2 and "--force" in res.stderr and target.read_text() == "keep me\n"
    assert run_cli(["export", str(target), "--db", str(stored), "--force"]).returncode == 0
    assert len(target.read_text().splitlines()) == 3


# --- 2. a --db that is no DuckDB file ------------------------------------------------------------------


@pytest.mark.parametrize(("name", "content"), [("x.csv", b"a,b\n1,2\n"), ("x.json", b'{"a": 1}\n')])
def test_a_db_that_is_not_a_duckdb_store_is_refused(tmp_path: Path, name: str, content: bytes) -> None:
    db = tmp_path / name
    db.write_bytes(content)
    res = run_cli(["process", str(_dump(tmp_path / "in.jsonl", 1)), "--db", str(db), "--format", "none"])
    assert res.returncode == 1 and f"{name}: not a DuckDB database" in res.stderr
    assert db.read_bytes() == content
    assert run_cli(["summary", "--db", str(db)]).returncode == 1


# --- 6. resume goes by content; an id is never silently reused ----------------------------------------


def test_resume_goes_by_content_wherever_the_file_lies(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    first = _dump(tmp_path / "a" / "dump.jsonl", 5) if (tmp_path / "a").mkdir() is None else None
    assert first is not None
    assert run_cli(["process", str(first), "--db", str(db), "--format", "none", "-q"]).returncode == 0
    moved = tmp_path / "b" / "renamed.jsonl"
    moved.parent.mkdir()
    first.rename(moved)
    res = run_cli(["process", str(moved), "--db", str(db), "--format", "none", "--resume"])
    assert res.returncode == 0 and "5 skipped" in res.stderr and _count(db) == 5
    _dump(moved, 10)  # rewritten: the first five again, and five new ones
    res = run_cli(["process", str(moved), "--db", str(db), "--format", "none", "--resume"])
    assert res.returncode == 0 and "5 articles processed" in res.stderr and "5 skipped" in res.stderr
    assert _count(db) == 10


def test_one_id_for_two_contents_is_a_named_failure(tmp_path: Path) -> None:
    one = tmp_path / "one.jsonl"
    one.write_text(json.dumps({"id": "x", "text": GOOD}) + "\n", encoding="utf-8")
    two = tmp_path / "two.jsonl"
    two.write_text(
        json.dumps({"id": "x", "text": "Other news entirely, about rain."}) + "\n", encoding="utf-8"
    )
    db = tmp_path / "s.duckdb"
    res = run_cli(["process", str(one), str(two), "--db", str(db), "--format", "none"])
    assert res.returncode == 1
    assert (
        "two.jsonl:1: id 'x' already used by" in res.stderr
        and "one.jsonl:1 for another article" in res.stderr
    )
    with Store(db, read_only=True) as store:
        article = store.load_article("x")
    assert article is not None and "Taliban" in article.text


# --- 7. a crafted store cannot make export write where it wants ----------------------------------------


def test_export_uses_the_code_s_table_names(stored: Path, tmp_path: Path) -> None:
    hostile = tmp_path / "hostile.duckdb"
    hostile.write_bytes(stored.read_bytes())
    pwned = tmp_path / "PWNED.csv"
    with duckdb.connect(str(hostile)) as con:
        con.execute(f"CREATE TABLE \"articles TO '{pwned}' (FORMAT CSV); --\" (x INTEGER)")
    out = tmp_path / "parquet"
    res = run_cli(["export", str(out), "--db", str(hostile), "--format", "parquet"])
    assert res.returncode == 0, res.stderr
    assert not pwned.exists()
    assert "articles.parquet" in {p.name for p in out.iterdir()}
    assert not any("PWNED" in p.name or "--" in p.name for p in out.iterdir())


# --- 8. readers work while a run writes; 9. a killed run does not stay 'running' ----------------------


def test_readers_work_while_a_run_writes_and_a_killed_run_is_closed(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    dump = _dump(tmp_path / "many.jsonl", 2000)
    cmd = [sys.executable, "-m", "eventwire", "process", str(dump), "--db", str(db), "--format", "none"]
    writer = subprocess.Popen(
        [*cmd, "--batch-size", "8", "--workers", "1"], stderr=subprocess.PIPE, text=True
    )
    try:
        assert writer.stderr is not None
        assert "articles," in writer.stderr.readline()  # a progress line: batches are being stored
        for command in (["summary"], ["events", "--limit", "3"], ["export", str(tmp_path / "x.jsonl")]):
            res = run_cli([*command, "--db", str(db)])
            assert res.returncode == 0, (command, res.stderr)
        second = run_cli(["process", str(dump), "--db", str(db), "--format", "none"])
        assert second.returncode == 1 and "another eventwire run is writing to this store" in second.stderr
    finally:
        writer.send_signal(signal.SIGKILL)
        writer.wait(timeout=60)
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT status FROM runs").fetchall() == [("running",)]
    res = run_cli(["process", str(dump), "--db", str(db), "--format", "none", "-q", "--resume"])
    assert res.returncode == 0, res.stderr
    with duckdb.connect(str(db), read_only=True) as con:
        statuses = sorted(s for (s,) in con.execute("SELECT status FROM runs").fetchall())
        n = con.execute("SELECT count(*) FROM articles").fetchone()
    assert statuses == ["done", "interrupted"] and n == (2000,)


def test_a_reader_does_not_make_a_starting_run_fail(stored: Path, tmp_path: Path) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import duckdb, sys, time; c = duckdb.connect(sys.argv[1], read_only=True);"
            " print('ready', flush=True); time.sleep(3)",
            str(stored),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
    began = time.monotonic()
    res = run_cli(["process", str(_dump(tmp_path / "more.jsonl", 2, start=100)), "--db", str(stored), "-q"])
    holder.wait(timeout=30)
    assert res.returncode == 0, res.stderr
    assert time.monotonic() - began >= 1.0 and _count(stored) == 5
