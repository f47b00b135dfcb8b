#!/usr/bin/env python3
"""Build the polnear_events PLOVER event set into local/{dev,test}.jsonl (git-ignored).

    python3 eval/data/polnear_events/build/build.py PATH/TO/PolNeAR [--reanchor] [--review FILE]

PATH/TO/PolNeAR is a checkout or a git directory of GitHub networkdynamics/PolNeAR (read at the
pinned commit: `polnear_source.py`). Only the train texts of `selection.tsv` are read. Each
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
import csv
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SET_DIR = HERE.parent
ORDINARY = SET_DIR.parent / "ordinary_news" / "build"
sys.path[:0] = [str(HERE), str(ORDINARY), str(SET_DIR.parent / "wikinews_common")]
from anchor_events import anchor_article, read_annotations  # noqa: E402
from build_events import check_sentence, write_review  # noqa: E402
from polnear_source import article_text, metadata_rows  # noqa: E402
from texts import Span, excerpt  # noqa: E402

AUTHORING = HERE / "annotations.txt"
ANNOTATIONS = SET_DIR / "annotations.jsonl"
HEAD_KEYS = ("id", "url", "published", "section", "split", "round")
LICENSE = "none stated by PolNeAR (texts of their publishers): evaluation only, never committed"

Record = dict[str, Any]


def read_selection() -> list[dict[str, str]]:
    with (HERE / "selection.tsv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def head(row: dict[str, str]) -> Record:
    return {
        "id": row["id"],
        "url": f"polnear:data/train/text/{row['filename']}.txt",
        "published": row["date"],
        "section": row["publisher"],
        "split": row["split"],
        "round": int(row["round"]),
    }


def body(raw: str) -> str:
    """The text without its first paragraph, the headline."""
    parts = raw.replace("\r\n", "\n").split("\n\n", 1)
    return parts[1] if len(parts) == 2 else ""


def source_texts(source: Path, selection: list[dict[str, str]]) -> dict[str, tuple[str, list[Span]]]:
    return {sel["id"]: excerpt(sel["id"], body(article_text(source, sel["filename"]))) for sel in selection}


def reanchor(selection: list[dict[str, str]], texts: dict[str, tuple[str, list[Span]]]) -> None:
    notes = read_annotations(AUTHORING)
    unknown = set(notes) - {sel["id"] for sel in selection}
    if unknown:
        sys.exit(f"annotations for articles not selected: {sorted(unknown)}")
    with ANNOTATIONS.open("w", encoding="utf-8") as f:
        for sel in selection:
            text, spans = texts[sel["id"]]
            record = anchor_article(head(sel), text, spans, notes.get(sel["id"], {}))
            f.write(json.dumps(record, ensure_ascii=False) + "\n")


def make_record(sel: dict[str, str], annotation: Record, text: str, spans: list[Span]) -> Record:
    aid = annotation["id"]
    if {k: annotation[k] for k in HEAD_KEYS} != head(sel):
        sys.exit(f"{aid}: annotations.jsonl and selection.tsv disagree")
    if hashlib.sha256(text.encode("utf-8")).hexdigest() != annotation["sha256"]:
        sys.exit(f"{aid}: the cleaned text is not the one annotated (SHA-256 differs)")
    if [(s["start"], s["end"]) for s in annotation["sentences"]] != spans:
        sys.exit(f"{aid}: the sentence split is not the one annotated")
    sentences = []
    for s in annotation["sentences"]:
        check_sentence(text, s, f"{aid} sentence {s['sid']}")
        sentences.append({"sid": s["sid"], "start": s["start"], "end": s["end"],
                          "text": text[s["start"] : s["end"]], "events": s["events"]})  # fmt: skip
    return {"id": aid, "title": sel.get("title"), "published": annotation["published"],
            "url": annotation["url"], "section": annotation["section"], "license": LICENSE,
            "source": "PolNeAR", "text": text,
            "round": annotation["round"], "sentences": sentences}  # fmt: skip


def build(selection: list[dict[str, str]], texts: dict[str, tuple[str, list[Span]]]) -> list[Record]:
    by_id = {sel["id"]: sel for sel in selection}
    with ANNOTATIONS.open(encoding="utf-8") as lines:
        annotations = [json.loads(line) for line in lines if line.strip()]
    if [a["id"] for a in annotations] != list(by_id):
        sys.exit("annotations.jsonl does not hold the articles of selection.tsv, in order")
    halves: dict[str, list[Record]] = {"dev": [], "test": []}
    in_order = []
    for annotation in annotations:
        record = make_record(by_id[annotation["id"]], annotation, *texts[annotation["id"]])
        halves[annotation["split"]].append(record)
        in_order.append({**record, "split": annotation["split"]})
    (SET_DIR / "local").mkdir(exist_ok=True)
    for half, records in halves.items():
        with (SET_DIR / "local" / f"{half}.jsonl").open("w", encoding="utf-8") as f:
            f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
        sentences = [s for r in records for s in r["sentences"]]
        n_events = sum(len(s["events"]) for s in sentences)
        print(
            f"polnear_events {half}: {len(records)} articles, {len(sentences)} sentences, {n_events} events"
        )
    return in_order


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("source", type=Path, help="checkout or git directory of networkdynamics/PolNeAR")
    parser.add_argument(
        "--reanchor", action="store_true", help="rebuild annotations.jsonl from annotations.txt"
    )
    parser.add_argument("--review", type=Path, help="also write the numbered sentences and their events here")
    args = parser.parse_args()
    titles = {row["filename"]: row["title"] for row in metadata_rows(args.source)}
    selection = [{**sel, "title": titles[sel["filename"]]} for sel in read_selection()]
    texts = source_texts(args.source, selection)
    if args.reanchor:
        reanchor(selection, texts)
    records = build(selection, texts)
    if args.review:
        write_review(args.review, records)


if __name__ == "__main__":
    main()
