"""Coding one shard: read, clean, code with an engine, and write the store's tables as Parquet.

Used by each Ray actor, which builds its engine once.  A shard's output is a folder
``shards/<id>/`` holding one Parquet file per table of a store (``articles.parquet``,
``events.parquet``, ..., ``failures.parquet``, ``runs.parquet``), written under a temporary
name and renamed when complete: a shard folder that exists is finished, which is what a resumed
run and ``eventwire import`` go by.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path
from typing import Any

from eventwire import __version__
from eventwire.config import Config, as_record
from eventwire.engine import Engine
from eventwire.inputs import inputs, read_under
from eventwire.pipeline import Failure
from eventwire.runner import batches
from eventwire.scale.shards import Shard, read_shard
from eventwire.store import Store

SHARDS = "shards"


def shard_folder(out: Path, shard: Shard) -> Path:
    return out / SHARDS / shard.id


def code_shard(shard: Shard, engine: Engine, out: Path, published: str | None) -> dict[str, Any]:
    """Code every article of the shard and write its tables; a one-row summary of what was done."""
    began = time.monotonic()
    failures: list[Failure] = []
    read = read_under(engine.config, inputs(read_shard(shard), published, failures.append))
    with Store(":memory:") as store:
        run_id = store.begin_run({**as_record(engine.config), "shard": shard.as_row()}, __version__)
        count = 0
        for batch in batches(read, engine.config.batch_size):
            done = engine.code(batch, failures.append)
            failures += store.write_articles(done, run_id)
            count += len(done)
        store.write_failures(failures, run_id)
        store.end_run(run_id, count, len(failures))
        _export(store, shard_folder(out, shard))
    return {
        "shard": shard.id,
        "path": shard.path,
        "articles": count,
        "failures": len(failures),
        "errors": "\n".join(f.line() for f in failures[:20]),
        "seconds": round(time.monotonic() - began, 2),
    }


def _export(store: Store, target: Path) -> None:
    """Write the tables under a temporary name, then rename: a shard folder is whole or absent."""
    partial = target.with_name(target.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    store.export_parquet(partial)
    shutil.rmtree(target, ignore_errors=True)
    partial.rename(target)


class ShardCoder:
    """A Ray actor's work: an engine built once, then shard after shard (``map_batches``)."""

    def __init__(self, config_json: str, out: str, published: str | None) -> None:
        self.engine = Engine(Config.model_validate_json(config_json))
        self.out = Path(out)
        self.published = published

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[Any]]:
        rows: dict[str, list[Any]] = {}
        for k in range(len(batch["path"])):
            shard = Shard(
                str(batch["path"][k]),
                int(batch["start"][k]),
                int(batch["end"][k]),
                int(batch["first_line"][k]),
                str(batch["stamp"][k]),
            )
            for key, value in code_shard(shard, self.engine, self.out, self.published).items():
                rows.setdefault(key, []).append(value)
        return rows
