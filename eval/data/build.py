#!/usr/bin/env python3
"""Build every development set of eval/data into its git-ignored local/ folder (`make evaldata`).

    python3 eval/data/build.py [--wikinews DIR] [--polnear DIR] [--wikievents-train DIR]

--wikinews DIR: a checkout or git directory (a bare clone or mirror) of GitHub
vanatteveldt/wikinews; builds wikinews_timex, wikinews_places, ordinary_news and
wikinews_attacks (dev and test halves) with their own build scripts, which check the pinned source.

--polnear DIR: a checkout or git directory of GitHub networkdynamics/PolNeAR; builds
polnear's dev split (what `eventwire eval` scores of its attributions) and polnear_events
(PLOVER events annotated on 32 train articles). From a git directory, only
`data/metadata.tsv`, `data/dev/text` and `data/dev/attributions` of the pinned commit are
read (into a temporary folder) for the first, and the metadata's train rows and the drawn
train texts for the second: the reserved `data/test` is never read. For the whole train
split's attributions, run `polnear/build/convert_polnear.py` on a checkout, as its README says.

--wikievents-train DIR: a checkout or git directory of GitHub mc2259/gen-arg; builds
wikievents_train (WikiEvents' own train split, halved) from the one pinned file it reads.

Standard library only; each build script prints its own counts.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
WIKINEWS_BUILDS = (
    HERE / "wikinews_timex" / "build" / "build_timex.py",
    HERE / "wikinews_places" / "build" / "build_places.py",
    HERE / "ordinary_news" / "build" / "build_events.py",
)
WIKINEWS_ATTACKS = HERE / "wikinews_attacks" / "build" / "build.py"
POLNEAR_CONVERTER = HERE / "polnear" / "build" / "convert_polnear.py"
POLNEAR_EVENTS = HERE / "polnear_events" / "build" / "build.py"
WIKIEVENTS_TRAIN = HERE / "wikievents_train" / "build" / "build.py"
#: the commit polnear/README.md names (v1.0.0)
POLNEAR_COMMIT = "c3eee833c035bf7b8c84f55b58c0bf7346cfae76"
#: what is taken out of a PolNeAR git directory: never data/test
POLNEAR_PATHS = ("data/metadata.tsv", "data/dev/text", "data/dev/attributions")


def run(script: Path, *args: str) -> None:
    print(f"build: {script.relative_to(HERE)} {' '.join(args)}", file=sys.stderr)
    subprocess.run([sys.executable, str(script), *args], check=True)


def is_git_dir(path: Path) -> bool:
    """A bare clone or mirror (HEAD and objects at its top), not a checkout."""
    return (path / "HEAD").is_file() and (path / "objects").is_dir()


def build_polnear(source: Path) -> None:
    if not is_git_dir(source):
        run(POLNEAR_CONVERTER, str(source), "--splits", "dev")
        return
    with tempfile.TemporaryDirectory() as tmp:
        checkout = Path(tmp) / "PolNeAR"
        for path, blob in git_blobs(source, POLNEAR_PATHS):
            (checkout / path).parent.mkdir(parents=True, exist_ok=True)
            (checkout / path).write_bytes(blob)
        run(POLNEAR_CONVERTER, str(checkout), "--splits", "dev")


def git_blobs(git_dir: Path, paths: tuple[str, ...], commit: str = POLNEAR_COMMIT) -> list[tuple[str, bytes]]:
    """The files under ``paths`` at ``commit``, read from the git directory (nothing else is)."""
    git = ["git", f"--git-dir={git_dir}"]
    listing = subprocess.run(
        [*git, "ls-tree", "-r", "-z", commit, "--", *paths], check=True, capture_output=True
    ).stdout
    entries = [line.split(b"\t", 1) for line in listing.split(b"\0") if line]
    ids = b"".join(head.split()[2] + b"\n" for head, _ in entries)
    batch = subprocess.run([*git, "cat-file", "--batch"], input=ids, check=True, capture_output=True).stdout
    files, at = [], 0
    for _, name in entries:
        header_end = batch.index(b"\n", at)
        size = int(batch[at:header_end].split()[2])
        files.append((name.decode("utf-8"), batch[header_end + 1 : header_end + 1 + size]))
        at = header_end + 1 + size + 1  # the content, then a newline
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--wikinews", type=Path, help="checkout or git directory of vanatteveldt/wikinews")
    parser.add_argument("--polnear", type=Path, help="checkout or git directory of networkdynamics/PolNeAR")
    parser.add_argument("--wikievents-train", type=Path, help="checkout or git directory of mc2259/gen-arg")
    args = parser.parse_args(argv)
    sources = (args.wikinews, args.polnear, args.wikievents_train)
    if all(given is None for given in sources):
        parser.print_usage(sys.stderr)
        print(
            "give --wikinews DIR, --polnear DIR and/or --wikievents-train DIR (see eval/data/README.md)",
            file=sys.stderr,
        )
        return 2
    for given in sources:
        if given is not None and not given.is_dir():
            print(f"{given}: no such folder", file=sys.stderr)
            return 2
    if args.wikinews is not None:
        for script in WIKINEWS_BUILDS:
            run(script, str(args.wikinews))
        run(WIKINEWS_ATTACKS, "build", str(args.wikinews))
    if args.polnear is not None:
        build_polnear(args.polnear)
        run(POLNEAR_EVENTS, str(args.polnear))
    if args.wikievents_train is not None:
        run(WIKIEVENTS_TRAIN, str(args.wikievents_train))
    return 0


if __name__ == "__main__":
    sys.exit(main())
