"""The command line end to end: bad inputs, exit status, storage, re-runs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from eventwire.cli import main

pytestmark = pytest.mark.model

GOOD = (
    "KABUL, Afghanistan — Taliban fighters attacked a police checkpoint in Kandahar on Monday, "
    "killing four officers, officials said.\n\n"
    '"We will not stop," a Taliban spokesman said.\n'
)


def run_cli(args: list[str], stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "eventwire", *args]
    return subprocess.run(cmd, capture_output=True, text=True, input=stdin, timeout=300)


@pytest.fixture()
def bad_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "photo.bin").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (folder / "empty.txt").write_bytes(b"")
    latin = "Le président français a rencontré les délégués à Genève lundi, a déclaré le ministère.\n"
    (folder / "latin1.txt").write_bytes(latin.encode("latin-1"))
    lines = [
        json.dumps({"id": "j1", "text": GOOD, "published": "2022-05-04"}),
        "{this is not json",
        json.dumps({"id": "j3", "title": "no body here"}),
    ]
    (folder / "dump.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    return folder


def test_bad_inputs_fail_one_line_each_and_good_ones_are_stored(bad_folder: Path, tmp_path: Path) -> None:
    db = tmp_path / "out.duckdb"
    res = run_cli(
        ["process", str(bad_folder), "--db", str(db), "--format", "jsonl", "--published", "2022-05-04"]
    )
    assert res.returncode == 1, res.stderr
    assert "Traceback" not in res.stderr
    errors = [ln for ln in res.stderr.splitlines() if ln.startswith("error:")]
    named = " ".join(errors)
    for culprit in ("photo.bin", "empty.txt", "dump.jsonl:2", "dump.jsonl:3"):
        assert culprit in named, f"{culprit} not named in {errors}"
    assert len(errors) == 4, errors
    docs = [json.loads(x) for x in res.stdout.splitlines()]
    assert {d["id"] for d in docs} >= {"j1"} and len(docs) == 3  # j1, good.txt, latin1.txt
    latin_doc = next(d for d in docs if "Genève" in d["text"])
    assert "président" in latin_doc["text"]
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("select count(*) from articles").fetchone() == (3,)
    assert con.execute("select count(*) from failures").fetchone()[0] == 4  # type: ignore[index]
    con.close()


def test_rerun_replaces_never_duplicates(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text(GOOD, encoding="utf-8")
    db = tmp_path / "x.duckdb"
    for _ in range(2):
        assert run_cli(["process", str(src), "--db", str(db), "--format", "none", "--quiet"]).returncode == 0
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("select count(*) from articles").fetchone() == (1,)
    n_events = con.execute("select count(*) from events").fetchone()[0]  # type: ignore[index]
    con.close()
    assert n_events >= 1
    rows = run_cli(["events", "--db", str(db), "--format", "jsonl"]).stdout.splitlines()
    assert len(rows) == n_events
    shown = run_cli(["show", json.loads(rows[0])["article_id"], "--db", str(db), "--no-color"])
    assert shown.returncode == 0 and "Kandahar" in shown.stdout


def test_stdin_and_usage_errors() -> None:
    res = run_cli(["process", "-", "--format", "jsonl", "--published", "2022-05-04"], stdin=GOOD)
    assert res.returncode == 0, res.stderr
    (doc,) = [json.loads(x) for x in res.stdout.splitlines()]
    assert doc["published"] == "2022-05-04" and doc["events"]
    assert main(["process", "x.txt", "--published", "yesterday"]) == 2
    assert main(["process", "x.txt", "--resume"]) == 2


def test_missing_path_is_a_named_failure(tmp_path: Path) -> None:
    res = run_cli(["process", str(tmp_path / "nope.txt"), "--format", "none"])
    assert res.returncode == 1
    assert "nope.txt" in res.stderr and "Traceback" not in res.stderr


# --- command-line conventions -------------------------------------------------------------------


def test_bare_eventwire_prints_the_help_and_succeeds(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 0
    out, err = capsys.readouterr()
    assert "Usage: eventwire" in out and "process" in out and err == ""


def test_usage_errors_exit_2_with_one_line_naming_the_culprit(capsys: pytest.CaptureFixture[str]) -> None:
    for args, culprit in (
        (["proces", "x"], "proces"),
        (["events", "--limit", "0"], "--limit"),
        (["process", "x.txt", "--batch-size", "0"], "--batch-size"),
        (["events", "--min-confidence", "2"], "--min-confidence"),
    ):
        assert main(args) == 2, args
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and err.startswith("error:") and culprit in err, err


def test_help_shows_no_bool_placeholders() -> None:
    for command in ([], ["process"], ["events"], ["show"]):
        res = run_cli([*command, "--help"])
        assert res.returncode == 0 and "<bool>" not in res.stdout, res.stdout


@pytest.fixture(scope="module")
def small_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("store")
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    db = folder / "s.duckdb"
    assert (
        run_cli(["process", str(folder / "a.txt"), "--db", str(db), "-q", "--format", "none"]).returncode == 0
    )
    return db


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--type", "BOMBING"], "valid types: AGREE, CONSULT"),
        (["--country", "Afghanistan"], "ISO 3166 alpha-3"),
        (["--since", "last week"], "--since: 'last week' is not a date"),
        (["--quad-class", "5"], "--quad-class: '5' is no QuadClass"),
        (["--type", "ASSAULT,BOMBING"], "unknown event type 'BOMBING'"),
    ],
)
def test_events_refuses_unknown_values_with_the_valid_ones(
    small_store: Path, args: list[str], message: str
) -> None:
    res = run_cli(["events", "--db", str(small_store), *args])
    assert res.returncode == 2 and message in res.stderr and "Traceback" not in res.stderr, res.stderr


def test_events_min_confidence_and_day_bounds(small_store: Path) -> None:
    every = run_cli(["events", "--db", str(small_store), "--format", "jsonl"]).stdout.splitlines()
    sure = run_cli(["events", "--db", str(small_store), "--format", "jsonl", "--min-confidence", "0.6"])
    assert len(sure.stdout.splitlines()) == sum(json.loads(r)["confidence"] >= 0.6 for r in every)
    none = run_cli(["events", "--db", str(small_store), "--since", "2999-01-01"])
    assert none.returncode == 0 and "(no events)" in none.stdout


def test_events_take_several_values_and_the_new_filters(small_store: Path) -> None:
    def count(*args: str) -> int:
        res = run_cli(["events", "--db", str(small_store), "--format", "jsonl", *args])
        assert res.returncode == 0, res.stderr
        return len(res.stdout.splitlines())

    every = count()
    assert every > 0
    assert count("--quad-class", "1,2,3,4") == every
    assert count("--text", "no such words anywhere") == 0
    assert count("--place", "no such place") == 0


def test_serve_needs_an_existing_store(tmp_path: Path) -> None:
    res = run_cli(["serve", "--db", str(tmp_path / "missing.duckdb")])
    assert res.returncode == 2 and "--db" in res.stderr and "no such store" in res.stderr


def test_show_of_a_missing_article_is_a_failure_not_a_usage_error(small_store: Path) -> None:
    res = run_cli(["show", "no-such-id", "--db", str(small_store)])
    assert res.returncode == 1 and "no article with id 'no-such-id'" in res.stderr


def test_ctrl_c_says_what_is_stored_and_how_to_resume(tmp_path: Path) -> None:
    import signal

    dump = tmp_path / "many.jsonl"
    dump.write_text(
        "".join(json.dumps({"id": f"n{k}", "text": GOOD}) + "\n" for k in range(3000)), encoding="utf-8"
    )
    db = tmp_path / "s.duckdb"
    cmd = [sys.executable, "-m", "eventwire", "process", str(dump), "--db", str(db), "--format", "none"]
    proc = subprocess.Popen([*cmd, "--batch-size", "4"], stderr=subprocess.PIPE, text=True)
    assert proc.stderr is not None
    first = proc.stderr.readline()  # the first progress line: batches are being stored
    assert "articles," in first, first
    proc.send_signal(signal.SIGINT)
    err = first + proc.stderr.read()
    proc.wait(timeout=120)
    assert proc.returncode == 130, err
    line = next(ln for ln in err.splitlines() if "interrupted" in ln)
    stored = int(line.split("; ")[1].split()[0])
    assert "--resume" in line and "Traceback" not in err and "error" not in err, err
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("select count(*) from articles").fetchone() == (stored,)
    status = con.execute("select status from runs").fetchall()
    con.close()
    assert 0 < stored < 3000 and status == [("interrupted",)]
