#!/usr/bin/env python3
"""Convert PolNeAR's train and dev attributions into one JSON record per article.

PolNeAR (networkdynamics/PolNeAR, Newell, Margolin & Ruths, LREC 2018) marks every
attribution in 1,008 US political news articles of 2015-2016 as BRAT standoff
(`data/<split>/attributions/<article>_<annotator>.ann`) over the raw text
(`data/<split>/text/<article>.txt`).  The repository has no licence for its data, so
nothing it holds is committed here: this script reads a local checkout and writes
into a git-ignored folder.

    python3 convert_polnear.py PATH/TO/PolNeAR [--out DIR] [--splits train dev]

Only the `train` and `dev` compartments can be converted.  The test compartment is
reserved (the engine is measured on it elsewhere): this script never opens, lists
or reads anything under `data/test`, and it skips the test rows of `metadata.tsv`
without looking at them.

Rules (the README beside this folder repeats them):
- one record per article of the split, in `metadata.tsv` order;
- an article annotated by several annotators takes the file of the first annotator
  in ANNOTATOR_ORDER (a fixed order); the others are named in `other_annotators`;
- every BRAT event `E` of type Attribution or Attribution-no-source becomes one
  attribution: its Source, Cue and Content roles (Content2, a second content part,
  joins Content).  A role made of several fragments (BRAT `s e;s e`, or Content2)
  is given as the span from its first start to its last end, with `fragments`
  listing the parts; a role the annotator left out is null.  Events without a
  Content role are dropped and counted;
- `Discard` and `Discuss` text-bound annotations (annotator bookkeeping) are not
  attributions and are dropped;
- `quote_marks` is derived here, not annotated (PolNeAR does not mark whether an
  attribution is a direct quote): "all" when the content span opens with a double
  quotation mark (" or curly) and closes with one (trailing punctuation and spaces
  aside), "part" when it holds one elsewhere, "none" otherwise;
- every fragment is checked against the annotation's own copy of its text
  (whitespace-normalised) and every span against `text[start:end]`; the script
  fails on any mismatch.

Standard library only.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from pathlib import Path

ALLOWED_SPLITS = ("train", "dev")
ANNOTATOR_ORDER = ("4b22", "4e07", "5fec", "6b86", "d473", "ef2d")
EVENT_TYPES = ("Attribution", "Attribution-no-source")
ROLE_OF = {"Source": "source", "Cue": "cue", "Content": "content", "Content2": "content"}
QUOTE_MARKS = ('"', "\u201c", "\u201d")
TRAILING = " \t\n.,;:!?"
T_LINE = re.compile(r"^(T\d+)\t(\S+) ([\d ;]+)\t(.*)$")
E_LINE = re.compile(r"^(E\d+)\t(.*)$")
DEFAULT_OUT = Path(__file__).resolve().parent.parent / "local"


class ConversionError(Exception):
    """A span that does not index the text, or an annotation this script cannot read."""


def read_metadata(checkout: Path, split: str) -> list[dict[str, str]]:
    """The metadata rows of one split (other compartments are skipped unread)."""
    with (checkout / "data" / "metadata.tsv").open(encoding="utf-8", newline="") as f:
        return [row for row in csv.DictReader(f, delimiter="\t") if row["compartment"] == split]


def choose_annotator(annotators: list[str]) -> str:
    ranked = sorted(annotators, key=lambda a: (ANNOTATOR_ORDER.index(a) if a in ANNOTATOR_ORDER else 99, a))
    return ranked[0]


def parse_ann(ann: str) -> tuple[dict[str, tuple[str, list[tuple[int, int]], str]], list[tuple[str, str]]]:
    """Text-bound annotations {T id: (label, fragments, text)} and events [(E id, args)].

    A T line whose text runs over several lines continues on lines that match no
    annotation id; those continuation lines are ignored (the text file is the truth).
    """
    spans: dict[str, tuple[str, list[tuple[int, int]], str]] = {}
    events: list[tuple[str, str]] = []
    for line in ann.split("\n"):
        t = T_LINE.match(line)
        if t:
            frags = [tuple(int(x) for x in part.split()) for part in t.group(3).split(";")]
            spans[t.group(1)] = (t.group(2), [(a, b) for a, b in frags], t.group(4))
            continue
        e = E_LINE.match(line)
        if e:
            events.append((e.group(1), e.group(2).strip()))
    return spans, events


def squash(s: str) -> str:
    return " ".join(s.split())


def check_fragments(text: str, tid: str, frags: list[tuple[int, int]], ann_text: str) -> None:
    """The fragments' text must be the annotation's own copy of it (BRAT joins parts with a space)."""
    got = squash(" ".join(text[a:b] for a, b in frags))
    want = squash(ann_text)
    if not (frags[0][0] >= 0 and frags[-1][1] <= len(text)) or not got.startswith(want):
        raise ConversionError(f"{tid}: text[{frags}] = {got[:60]!r}, annotation says {want[:60]!r}")


def span(text: str, frags: list[tuple[int, int]]) -> dict[str, object]:
    frags = sorted(frags)
    start, end = frags[0][0], frags[-1][1]
    out: dict[str, object] = {"start": start, "end": end, "text": text[start:end]}
    if len(frags) > 1:
        out["fragments"] = [[a, b] for a, b in frags]
    return out


def convert_event(
    text: str, args: str, spans: dict[str, tuple[str, list[tuple[int, int]], str]]
) -> dict[str, object] | None:
    """One attribution from an E line's arguments, or None when it has no content."""
    parts: dict[str, list[tuple[int, int]]] = {}
    for arg in args.split():
        role, _, tid = arg.partition(":")
        if role in EVENT_TYPES or role not in ROLE_OF:
            continue
        _label, frags, ann_text = spans[tid]
        check_fragments(text, tid, frags, ann_text)
        parts.setdefault(ROLE_OF[role], []).extend(frags)
    if "content" not in parts:
        return None
    record: dict[str, object] = {
        role: (span(text, parts[role]) if role in parts else None) for role in ("source", "cue", "content")
    }
    record["quote_marks"] = quote_marks(
        text[min(a for a, _ in parts["content"]) : max(b for _, b in parts["content"])]
    )
    return record


def quote_marks(content: str) -> str:
    """'all' for content inside quotation marks, 'part' for content holding some, else 'none'."""
    core = content.strip().rstrip(TRAILING)
    if len(core) > 1 and core[0] in QUOTE_MARKS and core[-1] in QUOTE_MARKS:
        return "all"
    return "part" if any(q in content for q in QUOTE_MARKS) else "none"


def convert_article(
    checkout: Path, split: str, row: dict[str, str], counts: dict[str, int]
) -> dict[str, object]:
    name = row["filename"]
    annotators = row["annotators"].split("|")
    annotator = choose_annotator(annotators)
    base = checkout / "data" / split
    text = (base / "text" / f"{name}.txt").read_text(encoding="utf-8")
    ann = (base / "attributions" / f"{name}_{annotator}.ann").read_text(encoding="utf-8")
    spans, events = parse_ann(ann)
    attributions = []
    for eid, args in events:
        if args.split(":")[0] not in EVENT_TYPES:
            raise ConversionError(f"{name}: unknown event {eid} {args!r}")
        converted = convert_event(text, args, spans)
        if converted is None:
            counts["dropped_no_content"] += 1
            continue
        attributions.append({"id": eid, **converted})
    attributions.sort(key=lambda a: (a["content"]["start"], a["id"]))  # type: ignore[index]
    counts["discard_or_discuss"] += sum(
        1 for label, _, _ in spans.values() if label in ("Discard", "Discuss")
    )
    return {
        "id": name,
        "publisher": row["publisher"],
        "published": row["publication_date"],
        "title": row["title"],
        "annotator": annotator,
        "other_annotators": [a for a in annotators if a != annotator],
        "text": text,
        "attributions": attributions,
    }


def verify(record: dict[str, object]) -> int:
    """Check every span of a record against its text; returns the number of spans checked."""
    text = record["text"]
    assert isinstance(text, str)
    checked = 0
    for attribution in record["attributions"]:  # type: ignore[attr-defined]
        for role in ("source", "cue", "content"):
            s = attribution[role]
            if s is None:
                continue
            if text[s["start"] : s["end"]] != s["text"]:
                raise ConversionError(
                    f"{record['id']} {attribution['id']} {role}: offsets do not index the text"
                )
            checked += 1
    return checked


def convert_split(checkout: Path, split: str, out_dir: Path) -> dict[str, int]:
    if split not in ALLOWED_SPLITS:
        raise SystemExit(f"split {split!r} refused: only {', '.join(ALLOWED_SPLITS)} may be converted")
    counts = {"articles": 0, "attributions": 0, "spans_checked": 0, "dropped_no_content": 0}
    counts |= {"no_source": 0, "no_cue": 0, "with_fragments": 0, "quote_marks_all": 0, "quote_marks_part": 0}
    counts |= {"discard_or_discuss": 0, "multi_annotated": 0}
    out_dir.mkdir(parents=True, exist_ok=True)
    with (out_dir / f"{split}.jsonl").open("w", encoding="utf-8") as out:
        for row in read_metadata(checkout, split):
            record = convert_article(checkout, split, row, counts)
            counts["spans_checked"] += verify(record)
            tally(record, counts)
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return counts


def tally(record: dict[str, object], counts: dict[str, int]) -> None:
    counts["articles"] += 1
    counts["multi_annotated"] += bool(record["other_annotators"])
    for a in record["attributions"]:  # type: ignore[attr-defined]
        counts["attributions"] += 1
        counts["no_source"] += a["source"] is None
        counts["no_cue"] += a["cue"] is None
        if a["quote_marks"] != "none":
            counts[f"quote_marks_{a['quote_marks']}"] += 1
        counts["with_fragments"] += any(
            a[r] is not None and "fragments" in a[r] for r in ("source", "cue", "content")
        )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("checkout", type=Path, help="a local checkout of networkdynamics/PolNeAR")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder (git-ignored)")
    parser.add_argument("--splits", nargs="+", default=list(ALLOWED_SPLITS), choices=ALLOWED_SPLITS)
    args = parser.parse_args(argv)
    for split in args.splits:
        counts = convert_split(args.checkout, split, args.out)
        print(f"{split}: " + ", ".join(f"{k} {v}" for k, v in counts.items()), file=sys.stderr)


if __name__ == "__main__":
    main()
