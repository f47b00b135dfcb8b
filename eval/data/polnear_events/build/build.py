#!/usr/bin/env python3
"""Build the polnear_events PLOVER event set into local/{dev,test}.jsonl (git-ignored).

    python3 eval/data/polnear_events/build/build.py PATH/TO/PolNeAR [--reanchor] [--review FILE]

PATH/TO/PolNeAR is a checkout or a git directory of GitHub networkdynamics/PolNeAR (read at the
pinned commit: `polnear_source.py`). Only the train and dev texts of `selection.tsv` are read. Each
article's text is its body (the first paragraph, the headline, is left out) under the
ordinary-news set's own cleaning, sentence split and excerpt (`../../ordinary_news/build/texts.py`),
so that the two sets are annotated, anchored and scored the same way. The build checks each
text's SHA-256, the sentence split and every span against ../annotations.jsonl, then writes one
article a line in the ordinary-news record layout. `--reanchor` first rebuilds
../annotations.jsonl from the annotators' lines (annotations.txt); `--review FILE` writes every
sentence numbered, with its events. Standard library only.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SET_DIR = HERE.parent
ORDINARY = SET_DIR.parent / "ordinary_news" / "build"
sys.path[:0] = [str(HERE), str(ORDINARY), str(SET_DIR.parent / "wikinews_common")]
from build_events import build as build_set  # noqa: E402
from build_events import make_record as ordinary_record  # noqa: E402
from build_events import (  # noqa: E402
    read_selection,
    reanchor,
    write_review,
)
from polnear_source import article_text, metadata_rows  # noqa: E402
from texts import Span, excerpt  # noqa: E402

LICENSE = "none stated by PolNeAR (texts of their publishers): evaluation only, never committed"

Record = dict[str, Any]


def head(row: dict[str, str]) -> Record:
    return {
        "id": row["id"],
        "url": f"polnear:data/{_compartment(row)}/text/{row['filename']}.txt",
        "published": row["date"],
        "section": row["publisher"],
        "split": row["split"],
        "round": int(row["round"]),
    }


def _compartment(row: dict[str, str]) -> str:
    """The compartment a selected article is read from (train unless selection.tsv says dev)."""
    return row.get("compartment") or "train"


def body(raw: str) -> str:
    """The text without its first paragraph, the headline."""
    parts = raw.replace("\r\n", "\n").split("\n\n", 1)
    return parts[1] if len(parts) == 2 else ""


def source_texts(source: Path, selection: list[dict[str, str]]) -> dict[str, tuple[str, list[Span]]]:
    return {
        sel["id"]: excerpt(sel["id"], body(article_text(source, sel["filename"], _compartment(sel))))
        for sel in selection
    }


def make_record(sel: dict[str, str], annotation: Record, text: str, spans: list[Span]) -> Record:
    """The ordinary-news set's record and checks, with this set's head, source and licence."""
    return ordinary_record(sel, annotation, text, spans, head_of=head, origin=("PolNeAR", LICENSE))


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("source", type=Path, help="checkout or git directory of networkdynamics/PolNeAR")
    parser.add_argument(
        "--reanchor", action="store_true", help="rebuild annotations.jsonl from annotations.txt"
    )
    parser.add_argument("--review", type=Path, help="also write the numbered sentences and their events here")
    args = parser.parse_args()
    rows = metadata_rows(args.source) + metadata_rows(args.source, "dev")
    titles = {row["filename"]: row["title"] for row in rows}
    selection = [{**sel, "title": titles[sel["filename"]]} for sel in read_selection(HERE)]
    texts = source_texts(args.source, selection)
    if args.reanchor:
        reanchor(selection, texts, SET_DIR, head)
    records = build_set(selection, texts, SET_DIR, make_record)
    if args.review:
        write_review(args.review, records)


if __name__ == "__main__":
    main()
