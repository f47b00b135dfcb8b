#!/usr/bin/env python3
"""Print annotated articles with their spans marked, and words a reviewer should look at twice.

A reading aid for the second annotation pass, not an annotator: it marks each span in the text
(`[[span|value]]`) and lists, per article, unmarked words that often belong to a time
expression (month and day names, years, time units, "ago", "yesterday" ...) or, for toponyms,
unmarked capitalised words. Deciding what they are is left to the reviewer.

    python3 review.py ANNOTATIONS.jsonl --source WIKINEWS [--ids ID ...]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from wikinews import load_articles

TIME_WORDS = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|tonight|yesterday|tomorrow"
    r"|now|currently|recently|ago|annual(?:ly)?|daily|weekly|monthly|decades?|centur(?:y|ies)"
    r"|years?|months?|weeks?|days?|hours?|minutes?|seconds?|morning|afternoon|evening|night"
    r"|weekend|season|spring|summer|autumn|fall|winter|(?:1[5-9]|20)\d\d|\d{1,2}(?::\d\d)?\s?[ap]\.?m\.?)\b",
    re.IGNORECASE,
)
CAPITALISED = re.compile(r"\b[A-Z][\w’'.-]*(?:\s+(?:of\s+|de\s+|the\s+)?[A-Z][\w’'.-]*)*")


def marked(text: str, spans: list[dict[str, object]], label: str) -> str:
    out, last = [], 0
    for s in sorted(spans, key=lambda s: int(str(s["start"]))):
        start, end = int(str(s["start"])), int(str(s["end"]))
        out += [text[last:start], f"[[{text[start:end]}|{s[label]}]]"]
        last = end
    return "".join([*out, text[last:]])


def unmarked(text: str, spans: list[dict[str, object]], pattern: re.Pattern[str]) -> list[str]:
    covered = [(int(str(s["start"])), int(str(s["end"]))) for s in spans]
    return [
        m.group(0)
        for m in pattern.finditer(text)
        if not any(a < m.end() and m.start() < b for a, b in covered)
    ]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("annotations", type=Path)
    parser.add_argument("--source", type=Path, required=True)
    parser.add_argument("--ids", nargs="*")
    args = parser.parse_args(argv)
    texts = {a.id: a.text for a in load_articles(args.source)}
    for line in args.annotations.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if args.ids and record["id"] not in args.ids:
            continue
        key, label, pattern = ("timex", "value", TIME_WORDS)
        if "toponyms" in record:
            key, label, pattern = ("toponyms", "name", CAPITALISED)
        text, spans = texts[record["id"]], record[key]
        print(f"=== {record['id']} ({record['published']}), {len(spans)} spans")
        print(marked(text, spans, label))
        print("  unmarked:", sorted(set(unmarked(text, spans, pattern))), "\n")


if __name__ == "__main__":
    main()
