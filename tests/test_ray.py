"""Ray: the same articles and events as the local runner (with their copies, stories and incidents,
assigned on import), resumable shard by shard, loadable once."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import duckdb
import pytest

from eventwire.scale.shards import Shard, plan, read_shard

pytest.importorskip("ray", reason="Ray is an optional extra (pip install 'eventwire[ray]')")
pytestmark = pytest.mark.model

DEMO = Path(__file__).resolve().parent.parent / "src" / "eventwire" / "demo" / "articles.jsonl"


def _run(args: list[str]) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "eventwire", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=900)


def _events(db: Path) -> list[tuple[Any, ...]]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(
            "SELECT article_id, event_id, type, cameo, source_actor, target_actor, date, evidence_start,"
            " evidence_end, confidence, incident FROM events ORDER BY article_id, pos"
        ).fetchall()


def _articles(db: Path) -> list[tuple[Any, ...]]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(
            "SELECT a.id, a.source, a.text, a.story, a.duplicate_of, k.seq, k.features"
            " FROM articles a JOIN story_keys k ON k.article_id = a.id ORDER BY a.id"
        ).fetchall()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("ray")
    dump = folder / "in.jsonl"
    dump.write_text("\n".join(DEMO.read_text(encoding="utf-8").splitlines()[:60]) + "\n", encoding="utf-8")
    return dump


def test_shards_cut_at_line_ends_read_as_the_whole_file(corpus: Path) -> None:
    shards = plan([str(corpus)], workers=2)
    assert len(shards) > 1 and shards[0].first_line == 1
    whole = [d.source for d in read_shard(Shard(str(corpus)))]
    cut = [d.source for s in shards for d in read_shard(s)]
    assert cut == whole and len(whole) == 60


def test_ray_gives_the_local_runner_s_articles_and_events(corpus: Path, tmp_path: Path) -> None:
    local, on_ray, out = tmp_path / "local.duckdb", tmp_path / "ray.duckdb", tmp_path / "shards"
    corpus = tmp_path / "in.jsonl"  # 24 of the 60 (77 kB): still more than one shard
    corpus.write_text("\n".join(DEMO.read_text(encoding="utf-8").splitlines()[:24]) + "\n", encoding="utf-8")
    assert (
        _run(
            ["process", str(corpus), "--db", str(local), "--format", "none", "-q", "--workers", "1"]
        ).returncode
        == 0
    )
    res = _run(
        [
            "process",
            str(corpus),
            "--ray",
            "local",
            "--workers",
            "2",
            "--output",
            str(out),
            "--db",
            str(on_ray),
        ]
    )
    assert res.returncode == 0, res.stderr
    assert "shards coded (0 done before), 24 articles, 0 failed" in res.stderr
    assert _articles(on_ray) == _articles(local)
    assert _events(on_ray) == _events(local) and len(_events(local)) > 30
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert len(manifest["shards"]) > 1
    assert all(s["done"] and s["articles"] > 0 for s in manifest["shards"])

    again = _run(["process", str(corpus), "--ray", "local", "--output", str(out)])
    assert again.returncode == 0 and "0 shards coded" in again.stderr  # resumed: every shard is done
    assert _run(["import", str(out), "--db", str(on_ray)]).returncode == 0  # loading again changes nothing
    assert _articles(on_ray) == _articles(local) and _events(on_ray) == _events(local)


def test_a_url_is_read_through_fsspec(corpus: Path) -> None:
    [shard] = plan([corpus.as_uri()])
    docs = list(read_shard(shard))
    assert len(docs) == 60 and docs[0].source == f"{corpus.as_uri()}:1"


def test_a_url_folder_is_every_file_under_it(corpus: Path, tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text(corpus.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "b.jsonl").write_text('{"text": "Rebels attacked a base."}\n', encoding="utf-8")
    shards = plan([tmp_path.as_uri() + "/"])
    assert [s.path.rsplit("/", 1)[1] for s in shards] == ["a.jsonl", "b.jsonl"]
    assert len(list(read_shard(shards[1]))) == 1
