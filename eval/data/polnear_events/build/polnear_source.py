"""Reading PolNeAR's train and dev compartments from a checkout or a git directory (pinned commit).

Only `data/metadata.tsv` and `data/{train,dev}/text/<file>.txt` are ever read; rows of the
reserved `test` compartment (and of the others) are skipped without looking at their other
fields. Standard library only.
"""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

#: PolNeAR v1.0.0, the commit ../../polnear/README.md names
COMMIT = "c3eee833c035bf7b8c84f55b58c0bf7346cfae76"
COMPARTMENT = "train"
#: the compartments this set may read: `test` is reserved (the engine is measured on it elsewhere)
READABLE = ("train", "dev")


def is_git_dir(path: Path) -> bool:
    """A bare clone or mirror (HEAD and objects at its top), not a checkout."""
    return (path / "HEAD").is_file() and (path / "objects").is_dir()


def read(source: Path, path: str) -> str:
    """One file of the repository, as text."""
    if not path.startswith(("data/metadata.tsv", *(f"data/{c}/text/" for c in READABLE))):
        sys.exit(f"refusing to read {path}: only metadata and train and dev texts are read")
    if is_git_dir(source):
        done = subprocess.run(
            ["git", f"--git-dir={source}", "show", f"{COMMIT}:{path}"], capture_output=True, check=False
        )
        if done.returncode != 0:
            sys.exit(f"{source}: no {path} at {COMMIT[:12]}")
        return done.stdout.decode("utf-8")
    return (source / path).read_text(encoding="utf-8")


def metadata_rows(source: Path, compartment: str = COMPARTMENT) -> list[dict[str, str]]:
    """The rows of one readable compartment of data/metadata.tsv (the others skipped unread)."""
    if compartment not in READABLE:
        sys.exit(f"refusing to read the {compartment} compartment")
    rows = []
    for line in read(source, "data/metadata.tsv").splitlines()[1:]:
        if not line.startswith(compartment + "\t"):
            continue
        rows.append(line)
    header = read(source, "data/metadata.tsv").splitlines()[0]
    return list(csv.DictReader(io.StringIO("\n".join([header, *rows])), delimiter="\t"))


def article_text(source: Path, filename: str, compartment: str = COMPARTMENT) -> str:
    """The raw text of one article of a readable compartment."""
    return read(source, f"data/{compartment}/text/{filename}.txt")
