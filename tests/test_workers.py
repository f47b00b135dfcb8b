"""Worker processes: the output of one process, in input order, and nothing lost when one dies."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from eventwire.config import Config
from eventwire.inputs import Input
from eventwire.model import Article
from eventwire.pipeline import Failure
from eventwire.read import RawDoc
from eventwire.runner import batches
from eventwire.workers import WorkerPool

pytestmark = pytest.mark.model

TEXTS = [
    "Police arrested two protesters in Minsk on Sunday.",
    "Iraqi forces killed three militants in Mosul on Monday.",
    "The weather was fine all week.",
    "Rebels attacked an army base near Goma, killing four soldiers.",
    "The minister met his French counterpart in Paris to discuss trade.",
]
DEMO = Path(__file__).resolve().parent.parent / "src" / "eventwire" / "demo" / "articles.jsonl"
#: kill -9 rounds of the resume test: `make test` runs 4 of a fixed seed, `make fuzz` many more
KILL_ROUNDS = int(os.environ.get("EVENTWIRE_KILL_ROUNDS", "4"))
KILL_SEED = int(os.environ.get("EVENTWIRE_FUZZ_SEED", "20261201"))


def _run(args: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "eventwire", *args], capture_output=True, text=True, timeout=600
    )


def test_two_workers_give_one_worker_s_output_in_input_order(tmp_path: Path) -> None:
    dump = tmp_path / "in.jsonl"
    dump.write_text("\n".join(DEMO.read_text(encoding="utf-8").splitlines()[:16]) + "\n", encoding="utf-8")
    one = _run(["process", str(dump), "--workers", "1", "--batch-size", "4", "-q"])
    two = _run(["process", str(dump), "--workers", "2", "--batch-size", "4", "-q"])
    assert one.returncode == 0 and two.returncode == 0, (one.stderr, two.stderr)
    assert one.stdout == two.stdout and len(one.stdout.splitlines()) == 16


def test_a_dead_worker_costs_no_article() -> None:
    config = Config(batch_size=1)
    items = [Input(RawDoc(f"t{n}", text=text, id=f"a{n}"), f"d{n}") for n, text in enumerate(TEXTS * 4)]
    failures: list[Failure] = []
    done: list[Article] = []
    with WorkerPool(config, 2) as pool:
        for k, batch in enumerate(pool.code(batches(items, 1), failures.append)):
            done += batch
            if k == 3:
                victim = next(iter(pool._executor._processes.values()))  # the test kills one
                os.kill(victim.pid, signal.SIGKILL)
    assert [a.id for a in done] == [i.raw.id for i in items]
    assert failures == []
    assert sum(len(a.events) for a in done) >= 8


def test_kill_9_at_random_moments_then_resume_stores_every_input_once(tmp_path: Path) -> None:
    lines = DEMO.read_text(encoding="utf-8").splitlines()[:60]
    dump = tmp_path / "in.jsonl"
    dump.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp_path / "s.duckdb"
    cmd = [sys.executable, "-m", "eventwire", "process", str(dump), "--db", str(db), "--format", "none"]
    rng = random.Random(KILL_SEED)
    for k in range(KILL_ROUNDS):
        proc = subprocess.Popen(
            [*cmd, "--workers", "2", "--batch-size", "3", "--resume", "-q"], start_new_session=True
        )
        span = 8.0 / KILL_ROUNDS  # one moment in each stretch from model loading to mid-run
        time.sleep(1.0 + span * (k + rng.random()))
        os.killpg(proc.pid, signal.SIGKILL)  # the run and its workers, as an out-of-memory kill would
        proc.wait(timeout=60)
    final = _run([*cmd[3:], "--workers", "2", "--resume", "-q"])
    assert final.returncode == 0, final.stderr
    with duckdb.connect(str(db), read_only=True) as con:
        ids = [row[0] for row in con.execute("SELECT id FROM articles").fetchall()]
        events = con.execute("SELECT count(*) FROM events").fetchone()
        stale = con.execute("SELECT count(*) FROM runs WHERE status = 'running'").fetchone()
    assert sorted(ids) == sorted(json.loads(line)["id"] for line in lines)
    assert len(ids) == len(set(ids)) == 60
    assert events is not None and events[0] > 0 and stale == (0,)
