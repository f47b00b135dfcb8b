#!/usr/bin/env python3
"""Draw the polnear_events articles from PolNeAR's train and dev compartments (`build/selection.tsv`).

    python3 eval/data/polnear_events/build/draw.py PATH/TO/PolNeAR

PATH/TO/PolNeAR is a checkout or a git directory of GitHub networkdynamics/PolNeAR; only
`data/metadata.tsv` is read (at the pinned commit from a git directory), and only its `train`
and `dev` rows are kept: the `test` compartment is reserved and its rows are skipped unread, as
`../../polnear/build/convert_polnear.py` does. Round 1 is a seeded sample (`random.Random(SEED)`)
of DRAWN rows of the train pool sorted by file name, split once into dev and test halves by a
second seeded shuffle; rounds 2 to 27 are DRAWN more each from what the rounds before left (the
last, round 27, the 8 left), dev only. Rounds 28 to 31 are seeded samples of DEV_DRAWN rows each of
the `dev` compartment (whose texts the speaker set `../../polnear` reads, but whose events no one had
annotated), each from what the rounds before left, dev only. Rerunning it gives the same file. Standard
library only.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from polnear_source import COMPARTMENT, metadata_rows  # noqa: E402

DRAWN = 32  # articles a round draws
SEED = 21  # round 1's sample
SPLIT_SEED = 22  # round 1's dev / test halves
# rounds 2, 3, ...: each samples DRAWN more from what the rounds before left, dev only; round n
# (n >= 2) was the check of the rules written on rounds 1 to n-1 until round n+1 took over
ROUND_SEEDS = tuple(range(23, 49))  # 23, 24, ..., 48: one more seed a round
#: rounds 28, 29, ...: samples of PolNeAR's dev compartment, once the train compartment was used up
DEV_ROUND = 28  # the first of them
DEV_SEEDS = (49, 50, 51, 52, 53)  # one seed a round: rounds 28 to 32
DEV_DRAWN = 16
FIELDS = ("id", "filename", "publisher", "date", "split", "round", "compartment")


def row_of(row: dict[str, str], split: str, round_: int, compartment: str = COMPARTMENT) -> dict[str, str]:
    return {
        "id": f"pn-{row['filename']}",
        "filename": row["filename"],
        "publisher": row["publisher"],
        "date": row["publication_date"],
        "split": split,
        "round": str(round_),
        "compartment": compartment,
    }


def draw(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """Round 1: DRAWN articles split in halves; each later round: DRAWN more, dev only."""
    pool = sorted(rows, key=lambda r: r["filename"])
    first = sorted(random.Random(SEED).sample(pool, DRAWN), key=lambda r: r["filename"])
    order = list(range(DRAWN))
    random.Random(SPLIT_SEED).shuffle(order)
    dev = set(order[: DRAWN // 2])
    drawn = [row_of(row, "dev" if i in dev else "test", 1) for i, row in enumerate(first)]
    rest = [r for r in pool if r not in first]
    for round_, seed in enumerate(ROUND_SEEDS, start=2):
        # the last round takes what is left (8 articles: 840 = 26 * 32 + 8)
        taken = min(DRAWN, len(rest))
        sample = sorted(random.Random(seed).sample(rest, taken), key=lambda r: r["filename"])
        rest = [r for r in rest if r not in sample]
        drawn += [row_of(row, "dev", round_) for row in sample]
    return drawn


def draw_dev(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """Rounds 28, 29, ...: DEV_DRAWN articles each of the dev compartment, each from what the rounds
    before left, dev only."""
    rest = sorted(rows, key=lambda r: r["filename"])
    drawn = []
    for round_, seed in enumerate(DEV_SEEDS, start=DEV_ROUND):
        sample = sorted(random.Random(seed).sample(rest, DEV_DRAWN), key=lambda r: r["filename"])
        rest = [r for r in rest if r not in sample]
        drawn += [row_of(row, "dev", round_, "dev") for row in sample]
    return drawn


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("source", type=Path, help="checkout or git directory of networkdynamics/PolNeAR")
    args = parser.parse_args()
    selection = draw(metadata_rows(args.source)) + draw_dev(metadata_rows(args.source, "dev"))
    with (HERE / "selection.tsv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, FIELDS, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(selection)
    print(f"{len(selection)} articles drawn", file=sys.stderr)


if __name__ == "__main__":
    main()
