#!/usr/bin/env python3
"""Turn hand annotation written against the words of a text into stand-off records with offsets.

The annotator writes what they read, in text order, one mention a line, under a header naming
the article:

    # wn-2019-09-05-hurricane-dorian-leaves-trail-of-destruction-in-the-bahamas
    T | yesterday | DATE | 2019-09-04
    T | {Sunday} morning | DATE | 2019-09-01 | note: the landfall, not the publication day
    T | about 2:20 a.m. | TIME | 2019-09-18T02:20 | mod=APPROX
    P | Bahamas | Bahamas | BHS | country | 24.25 | -76.0
    P | Sandy {Point} | Sandy Point | BHS | city | 26.0 | -77.4 | note: position approximate

`T` lines are time expressions (span | type | value | attributes | note), `P` lines toponyms
(span | name | country ISO3 or "-" for none | feature | lat | lon | note). The span is the text itself, or a
longer piece of context with the span in braces. Each layer keeps its own cursor: a span is
the first occurrence at or after the end of the previous span of the same layer, so mentions
must be listed in text order and a repeated word is simply listed again. A line that cannot
be anchored stops the run with its line number.

    python3 anchor.py AUTHORING.txt --source WIKINEWS --layer T --out annotations.jsonl

The build scripts of the two sets call `anchor_file` themselves (`--reanchor`).
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from wikinews import Article, load_articles

TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")
FEATURES = ("country", "admin1", "admin2", "city", "region", "neighbourhood", "landmark")


class AnchorError(Exception):
    """An authoring line that names no text, or whose fields are malformed."""


@dataclass
class Block:
    article: str
    lines: list[tuple[int, list[str]]] = field(default_factory=list)


def read_blocks(path: Path) -> list[Block]:
    blocks: list[Block] = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("//"):
            continue
        if line.startswith("#"):
            blocks.append(Block(line.lstrip("#").strip()))
        elif not blocks:
            raise AnchorError(f"line {number}: annotation before any '# article' header")
        else:
            blocks[-1].lines.append((number, [part.strip() for part in line.split("|")]))
    return blocks


def locate(text: str, spec: str, cursor: int) -> tuple[int, int]:
    """Offsets of the span `spec` names: the first whole-word match starting at or after `cursor`."""
    before, inner, after = "", spec, ""
    if "{" in spec:
        before, rest = spec.split("{", 1)
        inner, after = rest.split("}", 1)
    needle = before + inner + after
    found = text.find(needle)
    while found >= 0:
        start = found + len(before)
        if start >= cursor and whole_words(text, found, found + len(needle)):
            return start, start + len(inner)
        found = text.find(needle, found + 1)
    raise AnchorError(f"{spec!r} not found as whole words after offset {cursor}")


def whole_words(text: str, start: int, end: int) -> bool:
    """The match neither starts nor ends inside a word."""
    left = start == 0 or not (text[start - 1].isalnum() and text[start].isalnum())
    right = end == len(text) or not (text[end - 1].isalnum() and text[end].isalnum())
    return left and right


def split_note(fields: list[str]) -> tuple[list[str], str | None]:
    note = next((f[len("note:") :].strip() for f in fields if f.startswith("note:")), None)
    return [f for f in fields if not f.startswith("note:")], note


def timex(fields: list[str], start: int, end: int, text: str, tid: int) -> dict[str, object]:
    fields, note = split_note(fields)
    if len(fields) < 3 or fields[1] not in TIMEX_TYPES:
        raise AnchorError(f"timex needs 'span | TYPE | value': {fields}")
    attrs = dict(f.split("=", 1) for f in fields[3:])
    record: dict[str, object] = {"start": start, "end": end, "text": text[start:end], "type": fields[1]}
    record |= {"value": fields[2], "tid": f"t{tid}", "attrs": attrs}
    if note:
        record["note"] = note
    return record


def toponym(fields: list[str], start: int, end: int, text: str) -> dict[str, object]:
    fields, note = split_note(fields)
    if len(fields) != 6 or fields[3] not in FEATURES or not (len(fields[2]) == 3 or fields[2] == "-"):
        raise AnchorError(f"toponym needs 'span | name | ISO3 | feature | lat | lon': {fields}")
    lat, lon = float(fields[4]), float(fields[5])
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise AnchorError(f"coordinates out of range: {lat}, {lon}")
    record: dict[str, object] = {"start": start, "end": end, "text": text[start:end], "lat": lat, "lon": lon}
    country = None if fields[2] == "-" else fields[2]
    record |= {"geonameid": None, "page": None, "name": fields[1], "country": country, "feature": fields[3]}
    if note:
        record["note"] = note
    return record


def anchor_block(block: Block, article: Article, layer: str) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    cursor = 0
    for number, fields in block.lines:
        if fields[0] != layer:
            continue
        try:
            start, end = locate(article.text, fields[1], cursor)
            if layer == "T":
                out.append(timex(fields[1:], start, end, article.text, len(out) + 1))
            else:
                out.append(toponym(fields[1:], start, end, article.text))
        except (AnchorError, ValueError) as error:
            raise AnchorError(f"line {number} ({block.article}): {error}") from error
        cursor = end
    return out


def anchor_file(path: Path, articles: dict[str, Article], layer: str) -> list[dict[str, object]]:
    """One stand-off record per article block of an authoring file, in file order."""
    key = "timex" if layer == "T" else "toponyms"
    records = []
    for block in read_blocks(path):
        article = articles[block.article]
        record: dict[str, object] = {"id": article.id, "url": article.url, "published": article.published}
        record |= {"sha256": article.sha256, key: anchor_block(block, article, layer)}
        records.append(record)
    return records


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("authoring", type=Path)
    parser.add_argument(
        "--source", type=Path, required=True, help="vanatteveldt/wikinews checkout or git dir"
    )
    parser.add_argument("--layer", choices=("T", "P"), required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    articles = {a.id: a for a in load_articles(args.source)}
    with args.out.open("w", encoding="utf-8") as out:
        for record in anchor_file(args.authoring, articles, args.layer):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
