#!/usr/bin/env python3
"""Build the Wikinews TIMEX3 development set into local/{dev,test}.jsonl (git-ignored).

    python3 build_timex.py PATH/TO/wikinews [--reanchor]

PATH/TO/wikinews is a checkout (or git directory) of GitHub vanatteveldt/wikinews; its two
CSV files are checked against the pinned blob ids. The script checks that the committed draw
(../../wikinews_common/selection.tsv) is what the source gives, that every annotated text has
the SHA-256 it was annotated with, and that every span indexes its text, then writes one
TempEval-3 style record per article (the schema of shared/gold/tempeval3_test, plus url and
licence). `--reanchor` first rebuilds annotations.jsonl from authoring/timex.txt.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

SET_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(SET_DIR.parent / "wikinews_common"))
from sets import Record, base_record, main  # noqa: E402
from wikinews import Article  # noqa: E402


def make_record(article: Article, annotation: Record) -> Record:
    return {
        **base_record(article),
        "dct": article.published,
        "text": article.text,
        "timex": annotation["timex"],
    }


if __name__ == "__main__":
    main(__doc__ or "", SET_DIR, "T", make_record)
