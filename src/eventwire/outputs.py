"""Where eventwire may write: never over its own inputs or its store, never over a file unasked.

``process --output`` and ``export`` check their target here before they open it,
so that one mistyped argument cannot truncate a store or the dump being read.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from eventwire.errors import UsageError


def check_output(
    output: Path,
    *,
    inputs: Sequence[str] = (),
    store: Path | None = None,
    force: bool = False,
    what: str = "output",
) -> None:
    """Refuse ``output`` when it is the store or an input (or lies in an input folder, which the run
    would read back); an existing file or a folder with files in it is replaced only with ``force``."""
    if store is not None and _same(output, store):
        raise UsageError(f"{what} {output}: that is the store (--db); writing there would destroy it")
    for name in inputs:
        if name == "-":
            continue
        source = Path(name)
        if _same(output, source) or (source.is_dir() and _inside(output, source)):
            raise UsageError(f"{what} {output}: that is an input of this run; choose another path")
    if not force and _occupied(output):
        raise UsageError(f"{what} {output}: already exists; give --force to replace it")


def _same(a: Path, b: Path) -> bool:
    if a.exists() and b.exists():
        return os.path.samefile(a, b)
    return a.resolve() == b.resolve()


def _inside(path: Path, folder: Path) -> bool:
    return folder.resolve() in path.resolve().parents


def _occupied(path: Path) -> bool:
    if path.is_dir():
        return any(path.iterdir())
    return path.exists()
