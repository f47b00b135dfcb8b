"""Running eventwire on Ray: shards in, Parquet tables out, one engine per actor.

``eventwire process INPUTS --ray ADDRESS --output DIR`` plans the shards of the inputs
(:mod:`.shards`), skips those whose folder ``DIR/shards/<id>/`` is already there (a resumed run),
and hands the rest to Ray Data: ``map_batches`` with a callable class, so that each actor loads
the model and the knowledge once and codes shard after shard.  Each finished shard is written
as Parquet tables of the store (:mod:`.coding`); ``DIR/manifest.json`` lists the shards, their
counts and the run's configuration, rewritten as shards finish.  ``eventwire import DIR --db
FILE`` loads the shards into a store (:mod:`.importer`).

ADDRESS is ``local`` (start Ray in this process, on this machine's cores, or ``--workers`` of
them), ``auto`` (join the cluster this machine belongs to) or a cluster address
(``ray://head:10001``).  Ray is an optional dependency: ``pip install eventwire[ray]``.
"""

from __future__ import annotations

import json
import logging
import os
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventwire import __version__
from eventwire.config import Config, as_record
from eventwire.errors import UsageError
from eventwire.scale.coding import ShardCoder, shard_folder
from eventwire.scale.shards import Shard, plan

MANIFEST = "manifest.json"


@dataclass
class RayResult:
    """What a run on Ray did: shards coded now and before, articles, failures, seconds.

    ``start_seconds`` is the part of ``seconds`` spent starting or joining Ray (nothing when Ray
    was already initialised in this process): on a cluster that runs already, the rate that
    matters is articles over ``seconds - start_seconds``.
    """

    shards: int = 0
    skipped: int = 0
    articles: int = 0
    failures: int = 0
    seconds: float = 0.0
    start_seconds: float = 0.0
    errors: list[str] = field(default_factory=list)


def run_on_ray(
    paths: list[str],
    config: Config,
    out: Path,
    address: str,
    published: str | None = None,
    progress: Callable[[RayResult], None] | None = None,
) -> RayResult:
    """Code every shard not yet done; write its tables and the manifest under ``out``."""
    ray = _ray()
    began = time.monotonic()
    _start(ray, address, config.workers)
    started = time.monotonic() - began
    cpus = int(ray.cluster_resources().get("CPU", 1))
    shards = plan(paths, workers=cpus)
    todo = [s for s in shards if not shard_folder(out, s).is_dir()]
    result = RayResult(skipped=len(shards) - len(todo), start_seconds=started)
    out.mkdir(parents=True, exist_ok=True)
    done = _write_manifest(out, config, shards, {})
    if todo:
        kwargs = {"config_json": config.model_dump_json(), "out": str(out), "published": published}
        actors = max(1, min(len(todo), cpus))
        rows = _coded_rows(ray, todo, kwargs, actors)
        for row in rows:
            _count(result, row)
            done[row["shard"]] = {k: _plain(v) for k, v in row.items()}
            _write_manifest(out, config, shards, done)
            result.seconds = time.monotonic() - began
            if progress is not None:
                progress(result)
    result.seconds = time.monotonic() - began
    return result


def _coded_rows(ray: Any, todo: list[Shard], kwargs: dict[str, Any], actors: int) -> Any:
    """The summary rows of the shards as the actors finish them (a lazy Ray Data pipeline)."""
    with warnings.catch_warnings():
        # ray_remote_args_fn is the one way to set max_restarts in Ray 2.60 and is deprecated there;
        # the ray extra pins Ray below 2.64, which removes it.
        warnings.simplefilter("ignore", DeprecationWarning)
        dataset = ray.data.from_items([s.as_row() for s in todo], override_num_blocks=len(todo))
        coded = dataset.map_batches(
            ShardCoder,
            fn_constructor_kwargs=kwargs,
            batch_size=1,
            concurrency=actors,
            num_cpus=1,
            ray_remote_args_fn=_no_restarts,
        )
    return coded.iter_rows()


def _no_restarts() -> dict[str, Any]:
    """An actor that dies is not restarted: its shard fails, and a resumed run codes it again."""
    return {"max_restarts": 0}


def _count(result: RayResult, row: dict[str, Any]) -> None:
    result.shards += 1
    result.articles += int(row["articles"])
    result.failures += int(row["failures"])
    if row["errors"]:
        result.errors += str(row["errors"]).splitlines()


def _plain(value: Any) -> Any:
    return value.item() if hasattr(value, "item") else value


def _ray() -> Any:
    try:
        import ray
    except ImportError:
        raise UsageError("--ray needs Ray: pip install 'eventwire[ray]'") from None
    return ray


def _start(ray: Any, address: str, workers: int) -> None:
    if ray.is_initialized():
        return
    import ray.data  # configures its loggers on import: quiet them after that

    for name in ("ray", "ray.data"):
        logging.getLogger(name).setLevel(logging.ERROR)
    context = ray.data.DataContext.get_current()
    context.enable_progress_bars = False
    context.print_on_execution_start = False
    quiet = {"log_to_driver": False, "logging_level": "ERROR", "include_dashboard": False}
    if address == "local":
        cpus = workers or len(os.sched_getaffinity(0))
        ray.init(num_cpus=cpus, **quiet)
    else:
        ray.init(address=address, log_to_driver=False, logging_level="ERROR")


def _write_manifest(out: Path, config: Config, shards: list[Shard], done: dict[str, Any]) -> dict[str, Any]:
    """The manifest, rewritten whole (written to a temporary name, then renamed)."""
    entries = []
    for shard in shards:
        finished = shard_folder(out, shard).is_dir()
        entries.append({"id": shard.id, **shard.as_row(), "done": finished, **done.get(shard.id, {})})
    manifest = {"eventwire": __version__, "config": as_record(config), "shards": entries}
    partial = out / (MANIFEST + ".partial")
    partial.write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    partial.replace(out / MANIFEST)
    return done
