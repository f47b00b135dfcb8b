"""``eventwire import DIR --db FILE``: load the shards a cluster run wrote into one store.

Shards are loaded in the order of the manifest, each in one transaction; an article already
stored is replaced, as a run would replace it.  Loading the same folder again changes nothing.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from eventwire.errors import UsageError
from eventwire.scale.ray_runner import MANIFEST
from eventwire.store import Store


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
    with Store(db) as store:
        for k, shard in enumerate(done, start=1):
            articles += store.import_tables(shard)
            if progress is not None:
                progress(k, len(done))
    return len(done), articles
