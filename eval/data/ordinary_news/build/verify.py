#!/usr/bin/env python3
"""Re-check the built ordinary-news set (local/{dev,test}.jsonl) and print its counts per split.

Why: the set is scored by character offsets and by dev/test split, so a wrong offset, a text that
is not the one annotated, or an article in the wrong half would silently corrupt every figure
measured on it. Independent of the build, this checks the schema of the records, that each text
has the SHA-256 recorded in ../annotations.jsonl, that every span is exact (text[start:end] ==
span text) and lies inside its sentence, that the sentences tile each text in order, that each
article is in the half that annotations.jsonl and build/selection.tsv give it and that each
section is halved to within one article; then it prints the counts the README reports.

Standard library only. Run after build_events.py: python3 eval/data/ordinary_news/build/verify.py
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DATA = HERE.parent
HALVES = ("dev", "test")
TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}  # fmt: skip
SECTIONS = {"politics", "business", "sport", "science_health", "disasters", "culture"}
ARTICLE_KEYS = {
    "id", "title", "published", "url", "section", "license", "source", "text", "round", "sentences",
}  # fmt: skip
SENTENCE_KEYS = {"sid", "start", "end", "text", "events"}
EVENT_KEYS = {"type", "mode", "trigger", "source", "target", "modality"}
OPTIONAL_EVENT_KEYS = {"source_antecedent", "target_antecedent", "note"}
MODALITIES = {"asserted", "negated", "uncertain"}

errors: list[str] = []


def check(ok: bool, message: str) -> None:
    if not ok:
        errors.append(message)


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        sys.exit(f"{path.name} missing: run build_events.py first")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def check_article(article: dict[str, Any], annotation: dict[str, Any] | None, half: str) -> None:
    aid = article.get("id")
    check(set(article) == ARTICLE_KEYS, f"{aid}: article keys {sorted(article)}")
    check(re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(article.get("published"))) is not None, f"{aid}: date")
    check(str(article.get("url")).startswith("https://en.wikinews.org/wiki/"), f"{aid}: url")
    check(article.get("section") in SECTIONS, f"{aid}: section")
    check(article.get("license") == "CC BY 2.5" and article.get("source") == "Wikinews", f"{aid}: licence")
    text = article.get("text", "")
    check(bool(text) and text == text.strip(), f"{aid}: text empty or padded")
    check(all(p and p.strip() == p for p in text.split("\n\n")), f"{aid}: paragraphs")
    if annotation is None:
        errors.append(f"{aid}: not in annotations.jsonl")
        return
    check(hashlib.sha256(text.encode("utf-8")).hexdigest() == annotation["sha256"], f"{aid}: SHA-256 differs")
    check(annotation["split"] == half, f"{aid}: in {half}.jsonl, annotated as {annotation['split']}")
    for key in ("url", "published", "section"):
        check(annotation[key] == article.get(key), f"{aid}: {key} differs from annotations.jsonl")


def check_span(span: Any, text: str, bounds: tuple[int, int], where: str) -> None:
    if span is None:
        return
    if not (isinstance(span, dict) and set(span) == {"start", "end", "text"}):
        errors.append(f"{where}: span {span!r}")
        return
    start, end = span["start"], span["end"]
    check(bounds[0] <= start < end <= bounds[1], f"{where}: span outside its sentence")
    check(text[start:end] == span["text"], f"{where}: {text[start:end]!r} != {span['text']!r}")


def check_event(event: dict[str, Any], text: str, bounds: tuple[int, int], where: str) -> None:
    keys = set(event)
    check(EVENT_KEYS <= keys <= EVENT_KEYS | OPTIONAL_EVENT_KEYS, f"{where}: event keys {sorted(keys)}")
    check(event.get("type") in TYPES, f"{where}: type {event.get('type')!r}")
    check(event.get("mode") is None or isinstance(event.get("mode"), str), f"{where}: mode")
    check(event.get("modality") in MODALITIES, f"{where}: modality")
    check(event.get("trigger") is not None, f"{where}: no trigger")
    for role in ("trigger", "source", "target"):
        check_span(event.get(role), text, bounds, f"{where} {role}")
    for role in ("source", "target"):
        if f"{role}_antecedent" in event:
            check(event.get(role) is not None, f"{where}: antecedent without a {role}")
            check(isinstance(event[f"{role}_antecedent"], str), f"{where}: {role}_antecedent")


def check_sentences(article: dict[str, Any]) -> None:
    aid, text, sentences = article["id"], article["text"], article.get("sentences", [])
    check([s.get("sid") for s in sentences] == list(range(1, len(sentences) + 1)), f"{aid}: sids")
    covered = 0
    for sent in sentences:
        where = f"{aid} sentence {sent['sid']}"
        check(set(sent) == SENTENCE_KEYS, f"{where}: keys {sorted(sent)}")
        start, end = sent["start"], sent["end"]
        check(text[start:end] == sent["text"], f"{where}: text mismatch")
        check(text[covered:start].strip() == "", f"{where}: text skipped before the sentence")
        check(sent["text"] == sent["text"].strip() and sent["text"] != "", f"{where}: padded or empty")
        covered = end
        for event in sent["events"]:
            check_event(event, text, (start, end), where)
    check(text[covered:].strip() == "", f"{aid}: text after the last sentence")


def check_selection(records: dict[str, list[dict[str, Any]]]) -> None:
    with (HERE / "selection.tsv").open(encoding="utf-8") as handle:
        selection = {row["id"]: row for row in csv.DictReader(handle, delimiter="\t")}
    built = {a["id"]: (half, a) for half in HALVES for a in records[half]}
    check(len(built) == sum(len(r) for r in records.values()), "an article is built twice")
    check(set(selection) == set(built), "the built articles differ from selection.tsv")
    for aid, (half, article) in built.items():
        row = selection.get(aid)
        if row:
            check(row["split"] == half, f"{aid}: split differs from selection.tsv")
            check(row["section"] == article["section"], f"{aid}: section differs from selection.tsv")
            check(int(row["round"]) == article["round"], f"{aid}: round differs from selection.tsv")
    split_rounds = {a["round"] for half, a in built.values() if half == "test"}  # round 3 is dev only
    for number in split_rounds:
        per_section = Counter((a["section"], half) for half, a in built.values() if a["round"] == number)
        for section in SECTIONS:
            balance = abs(per_section[(section, "dev")] - per_section[(section, "test")])
            check(balance <= 1, f"round {number}, {section}: unbalanced")


def report(records: dict[str, list[dict[str, Any]]]) -> None:
    parts = {"all": records["dev"] + records["test"], **records}
    for number in sorted({a["round"] for a in parts["all"]}):
        parts[f"round {number}"] = [a for a in parts["all"] if a["round"] == number]
    for part, articles in parts.items():
        sents = [s for a in articles for s in a["sentences"]]
        events = [e for s in sents for e in s["events"]]
        empty = sum(1 for s in sents if not s["events"])
        counts = f"{len(sents)} sentences, {empty} with no event, {len(events)} events"
        print(f"{part}: {len(articles)} articles, {counts}")
        for name, counter in (
            ("articles by section", Counter(a["section"] for a in articles)),
            ("events by type", Counter(e["type"] for e in events)),
            ("events by modality", Counter(e["modality"] for e in events)),
        ):
            print(f"  {name}: " + ", ".join(f"{k} {v}" for k, v in sorted(counter.items())))
    print("sentences / with an event, by section:")
    for section in sorted(SECTIONS):
        sents = [s for a in parts["all"] if a["section"] == section for s in a["sentences"]]
        print(f"  {section}: {len(sents)} / {sum(1 for s in sents if s['events'])}")


def main() -> None:
    annotations = {a["id"]: a for a in read_jsonl(DATA / "annotations.jsonl")}
    records = {half: read_jsonl(DATA / "local" / f"{half}.jsonl") for half in HALVES}
    for half in HALVES:
        for article in records[half]:
            check_article(article, annotations.get(article["id"]), half)
            check_sentences(article)
    check_selection(records)
    if errors:
        print("\n".join(errors))
        sys.exit(f"{len(errors)} problem(s)")
    report(records)
    print("OK: texts hashed, offsets, schema and split integrity checked")


if __name__ == "__main__":
    main()
