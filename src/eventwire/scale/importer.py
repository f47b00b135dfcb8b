"""``eventwire import DIR --db FILE``: load the shards a cluster run wrote into one store.

Shards are loaded in the order of the manifest, each in one transaction; an article already
stored is replaced, as a run would replace it.  Loading the same folder again changes nothing
(a shard whose run is stored is passed over).  Copies, stories and incidents are assigned here,
article by article in the order of the shards, against what the store already holds: a shard is
coded alone, and only the loader sees every article, so the result is the local runner's.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from eventwire.config import Config
from eventwire.errors import UsageError
from eventwire.scale.ray_runner import MANIFEST
from eventwire.store import Store
from eventwire.stories.assign import Assigner
from eventwire.stories.state import load


def import_shards(
    folder: Path, db: Path, progress: Callable[[int, int], None] | None = None
) -> tuple[int, int]:
    """Load every finished shard of ``folder`` into ``db``: (shards loaded, articles loaded)."""
    manifest = folder / MANIFEST
    if not manifest.is_file():
        raise UsageError(f"{folder}: no {MANIFEST} here (the --output folder of a run with --ray)")
    entries = json.loads(manifest.read_text(encoding="utf-8"))["shards"]
    shards = [folder / "shards" / e["id"] for e in entries]
    done = [s for s in shards if s.is_dir()]
    articles = 0
    config = _config(json.loads(manifest.read_text(encoding="utf-8")).get("config"))
    with Store(db) as store:
        assigner = load(Assigner(config), store)
        for k, shard in enumerate(done, start=1):
            articles += len(store.import_tables(shard, assigner.assign))
            if progress is not None:
                progress(k, len(done))
    return len(done), articles


def _config(record: dict[str, Any] | None) -> Config:
    """The settings the shards were coded with (their stories settings assign them), else defaults."""
    return Config.model_validate(record) if record else Config()
