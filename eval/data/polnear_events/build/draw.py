#!/usr/bin/env python3
"""Draw the articles of the polnear_events set from PolNeAR's train compartment (`build/selection.tsv`).

    python3 eval/data/polnear_events/build/draw.py PATH/TO/PolNeAR

PATH/TO/PolNeAR is a checkout or a git directory of GitHub networkdynamics/PolNeAR; only
`data/metadata.tsv` is read (at the pinned commit from a git directory), and only its `train`
rows are kept: the `test` compartment is reserved and its rows are skipped unread, as
`../../polnear/build/convert_polnear.py` does. Round 1 is a seeded sample (`random.Random(SEED)`)
of DRAWN rows of the pool sorted by file name, split once into dev and test halves by a second
seeded shuffle; rounds 2 to 8 are DRAWN more each from what the rounds before left, dev
only. Rerunning it gives the same file. Standard library only.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from polnear_source import metadata_rows  # noqa: E402

DRAWN = 32  # articles a round draws
SEED = 21  # round 1's sample
SPLIT_SEED = 22  # round 1's dev / test halves
ROUND2_SEED = 23  # round 2's sample, from what round 1 left: dev only, the check of rules written on round 1
ROUND3_SEED = 24  # round 3's sample, from what rounds 1 and 2 left: dev only, the next check
ROUND4_SEED = 25  # round 4's sample, from what rounds 1 to 3 left: dev only, the check after round 3
ROUND5_SEED = 26  # round 5's sample, from what rounds 1 to 4 left: dev only, the check after round 4
ROUND6_SEED = 27  # round 6's sample, from what rounds 1 to 5 left: dev only, the check after round 5
ROUND7_SEED = 28  # round 7's sample, from what rounds 1 to 6 left: dev only, the check after round 6
ROUND8_SEED = 29  # round 8's sample, from what rounds 1 to 7 left: dev only, the check after round 7
FIELDS = ("id", "filename", "publisher", "date", "split", "round")


def row_of(row: dict[str, str], split: str, round_: int) -> dict[str, str]:
    return {
        "id": f"pn-{row['filename']}",
        "filename": row["filename"],
        "publisher": row["publisher"],
        "date": row["publication_date"],
        "split": split,
        "round": str(round_),
    }


def draw(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """Round 1: DRAWN articles split in halves; rounds 2 to 8: DRAWN more each, dev only."""
    pool = sorted(rows, key=lambda r: r["filename"])
    first = sorted(random.Random(SEED).sample(pool, DRAWN), key=lambda r: r["filename"])
    order = list(range(DRAWN))
    random.Random(SPLIT_SEED).shuffle(order)
    dev = set(order[: DRAWN // 2])
    rest = [r for r in pool if r not in first]
    second = sorted(random.Random(ROUND2_SEED).sample(rest, DRAWN), key=lambda r: r["filename"])
    rest = [r for r in rest if r not in second]
    third = sorted(random.Random(ROUND3_SEED).sample(rest, DRAWN), key=lambda r: r["filename"])
    rest = [r for r in rest if r not in third]
    fourth = sorted(random.Random(ROUND4_SEED).sample(rest, DRAWN), key=lambda r: r["filename"])
    rest = [r for r in rest if r not in fourth]
    fifth = sorted(random.Random(ROUND5_SEED).sample(rest, DRAWN), key=lambda r: r["filename"])
    rest = [r for r in rest if r not in fifth]
    sixth = sorted(random.Random(ROUND6_SEED).sample(rest, DRAWN), key=lambda r: r["filename"])
    rest = [r for r in rest if r not in sixth]
    seventh = sorted(random.Random(ROUND7_SEED).sample(rest, DRAWN), key=lambda r: r["filename"])
    rest = [r for r in rest if r not in seventh]
    eighth = sorted(random.Random(ROUND8_SEED).sample(rest, DRAWN), key=lambda r: r["filename"])
    return (
        [row_of(row, "dev" if i in dev else "test", 1) for i, row in enumerate(first)]
        + [row_of(row, "dev", 2) for row in second]
        + [row_of(row, "dev", 3) for row in third]
        + [row_of(row, "dev", 4) for row in fourth]
        + [row_of(row, "dev", 5) for row in fifth]
        + [row_of(row, "dev", 6) for row in sixth]
        + [row_of(row, "dev", 7) for row in seventh]
        + [row_of(row, "dev", 8) for row in eighth]
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("source", type=Path, help="checkout or git directory of networkdynamics/PolNeAR")
    args = parser.parse_args()
    selection = draw(metadata_rows(args.source))
    with (HERE / "selection.tsv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, FIELDS, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(selection)
    print(f"{len(selection)} articles drawn", file=sys.stderr)


if __name__ == "__main__":
    main()
