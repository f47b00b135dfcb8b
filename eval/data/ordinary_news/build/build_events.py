#!/usr/bin/env python3
"""Build the ordinary-news PLOVER event set into local/{dev,test}.jsonl (git-ignored).

    python3 eval/data/ordinary_news/build/build_events.py PATH/TO/wikinews [--reanchor]

PATH/TO/wikinews is a checkout or a git directory of GitHub vanatteveldt/wikinews; its two CSV
files are read and checked against the pinned blob ids by `wikinews_common/wikinews.py`. The
texts are not committed here: this script rebuilds each article's text (`texts.py`: this set's
own cleaning, sentence split and excerpt), checks that it has the SHA-256 recorded in
../annotations.jsonl, that the sentence spans are the ones annotated and that every event span
indexes its sentence, then writes one article a line: {id, title, published, url, section,
license, source, text, sentences: [{sid, start, end, text, events}]}. `--reanchor` first
rebuilds ../annotations.jsonl from the annotator's lines (annotations.txt). Standard library only.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SET_DIR = HERE.parent
sys.path.insert(0, str(SET_DIR.parent / "wikinews_common"))
from anchor_events import anchor_article, read_annotations  # noqa: E402
from texts import Span, excerpt  # noqa: E402
from wikinews import LICENSE, SOURCE_FILES, https_url, source_rows  # noqa: E402

HEAD_KEYS = ("id", "url", "published", "section", "split", "round")

Record = dict[str, Any]


def read_selection(build_dir: Path = HERE) -> list[dict[str, str]]:
    """build/selection.tsv: the seeded draws and splits (id, section, split, date, url, title, round)."""
    with (build_dir / "selection.tsv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def head(row: dict[str, str]) -> Record:
    """What an annotation record says of its article besides the annotation."""
    return {
        "id": row["id"],
        "url": https_url(row["url"]),
        "published": row["date"],
        "section": row["section"],
        "split": row["split"],
        "round": int(row["round"]),
    }


def source_texts(source: Path, selection: list[dict[str, str]]) -> dict[str, tuple[str, list[Span]]]:
    """Each selected article's text and sentence spans, rebuilt from the source rows."""
    rows = {row["url"]: row for path in SOURCE_FILES for row in source_rows(source, path)}
    texts = {}
    for sel in selection:
        row = rows.get(sel["url"])
        if row is None or (row["title"], row["date"]) != (sel["title"], sel["date"]):
            sys.exit(f"{sel['id']}: not in the source as selection.tsv records it")
        texts[sel["id"]] = excerpt(sel["id"], row["text"])
    return texts


def reanchor(
    selection: list[dict[str, str]],
    texts: dict[str, tuple[str, list[Span]]],
    set_dir: Path = SET_DIR,
    head_of: Callable[[dict[str, str]], Record] = head,
) -> None:
    """Rebuild the set's annotations.jsonl from its annotators' lines (build/annotations.txt)."""
    notes = read_annotations(set_dir / "build" / "annotations.txt")
    unknown = set(notes) - {sel["id"] for sel in selection}
    if unknown:
        sys.exit(f"annotations for articles not selected: {sorted(unknown)}")
    with (set_dir / "annotations.jsonl").open("w", encoding="utf-8") as f:
        for sel in selection:
            text, spans = texts[sel["id"]]
            record = anchor_article(head_of(sel), text, spans, notes.get(sel["id"], {}))
            f.write(json.dumps(record, ensure_ascii=False) + "\n")


def check_sentence(text: str, sentence: Record, where: str) -> None:
    """Every event span indexes the text and lies inside its sentence."""
    start, end = sentence["start"], sentence["end"]
    for event in sentence["events"]:
        for role in ("trigger", "source", "target"):
            span = event[role]
            if span is None:
                continue
            inside = start <= span["start"] < span["end"] <= end
            if not inside or text[span["start"] : span["end"]] != span["text"]:
                sys.exit(f"{where}: {role} {span['text']!r} does not index its sentence")


def make_record(
    sel: dict[str, str],
    annotation: Record,
    text: str,
    spans: list[Span],
    head_of: Callable[[dict[str, str]], Record] = head,
    origin: tuple[str, str] = ("Wikinews", LICENSE),
) -> Record:
    """The full record of one article, after checking the annotation against its text.
    ``head_of`` and ``origin`` (source, licence) let another set of this layout use it."""
    aid = annotation["id"]
    if {k: annotation[k] for k in HEAD_KEYS} != head_of(sel):
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
    return {"id": aid, "title": sel["title"], "published": annotation["published"], "url": annotation["url"],
            "section": annotation["section"], "license": origin[1], "source": origin[0], "text": text,
            "round": annotation["round"], "sentences": sentences}  # fmt: skip


def build(
    selection: list[dict[str, str]],
    texts: dict[str, tuple[str, list[Span]]],
    set_dir: Path = SET_DIR,
    record: Callable[[dict[str, str], Record, str, list[Span]], Record] = make_record,
) -> list[Record]:
    """Write local/{dev,test}.jsonl; return the records in selection order, each with its split."""
    by_id = {sel["id"]: sel for sel in selection}
    with (set_dir / "annotations.jsonl").open(encoding="utf-8") as lines:
        annotations = [json.loads(line) for line in lines if line.strip()]
    if [a["id"] for a in annotations] != list(by_id):
        sys.exit("annotations.jsonl does not hold the articles of selection.tsv, in order")
    halves: dict[str, list[Record]] = {"dev": [], "test": []}
    in_order = []
    for annotation in annotations:
        full = record(by_id[annotation["id"]], annotation, *texts[annotation["id"]])
        halves[annotation["split"]].append(full)
        in_order.append({**full, "split": annotation["split"]})
    (set_dir / "local").mkdir(exist_ok=True)
    for half, records in halves.items():
        with (set_dir / "local" / f"{half}.jsonl").open("w", encoding="utf-8") as f:
            f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
        sentences = [s for r in records for s in r["sentences"]]
        n_events = sum(len(s["events"]) for s in sentences)
        counts = f"{len(records)} articles, {len(sentences)} sentences, {n_events} events"
        print(f"{set_dir.name} {half}: {counts}; every text hashed and every span checked")
    return in_order


def describe(event: Record) -> str:
    """One line per event for the review listing."""

    def name(role: str) -> str:
        span = event[role]
        if span is None:
            return "-"
        antecedent = event.get(f"{role}_antecedent")
        return str(span["text"]) + (f" (= {antecedent})" if antecedent else "")

    mode = f"/{event['mode']}" if event["mode"] else ""
    trigger = str(event["trigger"]["text"])
    return f"{event['type']}{mode} [{trigger}] {name('source')} -> {name('target')} ({event['modality']})"


def write_review(path: Path, records: list[Record]) -> None:
    """Every sentence numbered, with its events, as the annotator reads them (sid of annotations.txt)."""
    lines = []
    for r in records:
        lines.append(f"@ {r['id']}  [{r['section']}, {r['split']}]  {r['title']}")
        for s in r["sentences"]:
            lines.append(f"{s['sid']:3d} {s['text']}")
            lines.extend(f"      -> {describe(event)}" for event in s["events"])
        lines.append("")
    path.write_text("\n".join(lines), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("source", type=Path, help="checkout or git directory of vanatteveldt/wikinews")
    parser.add_argument(
        "--reanchor", action="store_true", help="rebuild annotations.jsonl from annotations.txt"
    )
    parser.add_argument("--review", type=Path, help="also write the numbered sentences and their events here")
    args = parser.parse_args()
    selection = read_selection()
    texts = source_texts(args.source, selection)
    if args.reanchor:
        reanchor(selection, texts)
    records = build(selection, texts)
    if args.review:
        write_review(args.review, records)


if __name__ == "__main__":
    main()
