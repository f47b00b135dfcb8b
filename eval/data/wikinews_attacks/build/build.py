"""The wikinews_attacks set: every mention of an attack, an arrest or a demonstration in whole
Wikinews articles, with who did it and to whom, scored as wikievents_dev is (issue 11).

Why: ``wikievents_dev`` is a public gold set, a floor, and the engine is measured on WikiEvents'
reserved test split; rules for that measure need a development set of the same kind that the
project owns. Its scheme is the one ``shared/gold/wikievents_dev/README.md`` scores: KAIROS event
mentions (every mention is an event, "the attack" in a later sentence included), their
classes, triggers and argument roles.

Steps (standard library only; run from the repository root):

    python3 eval/data/wikinews_attacks/build/build.py select WIKINEWS     # selection.tsv, once
    python3 eval/data/wikinews_attacks/build/build.py texts WIKINEWS OUT  # numbered texts for annotators
    python3 eval/data/wikinews_attacks/build/build.py build WIKINEWS      # local/{dev,test}.jsonl

WIKINEWS is a checkout or git directory of vanatteveldt/wikinews (the pin of
``wikinews_common/wikinews.py``). The pool is every article of that scrape of 500 to 8,000
characters whose title or first 600 characters name violence, an arrest, a protest or a disaster
(POOL below; disasters give articles where nothing is an attack). The halves follow the
ordinary_news split, so that no test article of either set is ever read: an article in the
ordinary_news test half, or in no ordinary_news round, is a test article; one in its dev half is a
dev article. All test articles are annotated; DEV_COUNT dev articles are drawn with DEV_SEED.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import random
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SET_DIR = HERE.parent
DATA = SET_DIR.parent
sys.path.insert(0, str(DATA / "wikinews_common"))
sys.path.insert(0, str(DATA / "ordinary_news" / "build"))
from texts import split_sentences  # noqa: E402
from wikinews import LICENSE, Article, load_articles  # noqa: E402

POOL = re.compile(
    r"bomb|shoot|shot|attack|kill|stab|arrest|protest|explo|gunman|militan|terror|riot|clash|airstrike"
    r"|missile|detain|jail|police|murder|fire|crash",
    re.IGNORECASE,
)
MIN_CHARS, MAX_CHARS = 500, 8000
DEV_SEED, DEV_COUNT = 41, 30
SELECTION = HERE / "selection.tsv"
AUTHORING = HERE / "annotations.txt"
COLUMNS = ("id", "split", "published", "sha256", "url", "title")
CLASSES = {
    "ATTACK": "Conflict.Attack.Unspecified",
    "ARREST": "Justice.ArrestJailDetain.Unspecified",
    "PROTEST": "Conflict.Demonstrate.Unspecified",
    "DIE": "Life.Die.Unspecified",
    "INJURE": "Life.Injure.Unspecified",
}
ROLES = {  # class -> (agent role, patient role)
    "ATTACK": ("Attacker", "Target"),
    "ARREST": ("Jailer", "Detainee"),
    "PROTEST": ("Demonstrator", "Target"),
    "DIE": ("Killer", "Victim"),
    "INJURE": ("Injurer", "Victim"),
}

Record = dict[str, Any]


def ordinary_splits() -> dict[str, str]:
    with (DATA / "ordinary_news" / "build" / "selection.tsv").open(encoding="utf-8") as f:
        return {row["id"]: row["split"] for row in csv.DictReader(f, delimiter="\t")}


def in_pool(article: Article) -> bool:
    lead = f"{article.title} {article.text[:600]}"
    return MIN_CHARS <= len(article.text) <= MAX_CHARS and POOL.search(lead) is not None


def select(source: Path) -> list[dict[str, str]]:
    splits = ordinary_splits()
    pool = sorted((a for a in load_articles(source) if in_pool(a)), key=lambda a: a.id)
    test = [a for a in pool if splits.get(a.id, "test") == "test"]
    dev = random.Random(DEV_SEED).sample([a for a in pool if splits.get(a.id) == "dev"], DEV_COUNT)
    rows = [(a, "dev") for a in sorted(dev, key=lambda a: a.id)] + [(a, "test") for a in test]
    return [
        dict(zip(COLUMNS, (a.id, half, a.published, a.sha256, a.url, a.title), strict=True))
        for a, half in rows
    ]


def read_selection() -> list[dict[str, str]]:
    with SELECTION.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def write_selection(rows: list[dict[str, str]]) -> None:
    with SELECTION.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, COLUMNS, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def selected_articles(source: Path) -> list[tuple[Article, str]]:
    """The committed selection's articles, after checking that the draw gives it again."""
    rows = read_selection()
    if select(source) != rows:
        sys.exit(f"{SELECTION.name} differs from the draw recomputed from the source")
    by_id = {a.id: a for a in load_articles(source)}
    return [(by_id[row["id"]], row["split"]) for row in rows]


def numbered(article: Article) -> str:
    """The article as annotators read it: one numbered sentence a line, paragraphs apart."""
    lines = [f"@ {article.id}", f"# {article.title}"]
    for n, (start, end) in enumerate(split_sentences(article.text), 1):
        gap = "\n" if start > 0 and article.text[start - 2 : start] == "\n\n" else ""
        lines.append(f"{gap}{n}\t{article.text[start:end]}")
    return "\n".join(lines) + "\n"


# --- anchoring the annotators' lines ----------------------------------------------------------


def read_blocks(path: Path) -> dict[str, list[tuple[int, str]]]:
    """'@ id' starts an article; every other non-comment line is one event: (line number, line)."""
    blocks: dict[str, list[tuple[int, str]]] = {}
    current = None
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@ "):
            current = blocks.setdefault(line[2:].strip(), [])
        elif current is None:
            sys.exit(f"{path.name}:{n}: an event before any '@ article'")
        else:
            current.append((n, line))
    return blocks


def occurrences(text: str, phrase: str) -> list[int]:
    pattern = r"(?<!\w)" + re.escape(phrase) + r"(?!\w)"
    return [m.start() for m in re.finditer(pattern, text)]


def locate(text: str, sent: tuple[int, int], spec: str, where: str) -> list[list[int]]:
    """'text', 'text#2' (its second occurrence in the sentence), 'he => Name' (the pronoun and
    every occurrence of its antecedent in the article: one entity, as WikiEvents' clusters)."""
    antecedent = None
    if " => " in spec:
        spec, antecedent = (s.strip() for s in spec.split(" => ", 1))
    nth, hit = 1, re.fullmatch(r"(.*)#(\d+)", spec)
    if hit:
        spec, nth = hit.group(1), int(hit.group(2))
    found = occurrences(text[sent[0] : sent[1]], spec)
    if len(found) < nth or (len(found) > 1 and not hit):
        sys.exit(f"{where}: {spec!r} occurs {len(found)} times in the sentence")
    start = sent[0] + found[nth - 1]
    spans = [[start, start + len(spec)]]
    if antecedent is not None:
        more = occurrences(text, antecedent)
        if not more:
            sys.exit(f"{where}: antecedent {antecedent!r} is not in the article")
        spans += [[s, s + len(antecedent)] for s in more]
    return spans


def parse_line(line: str, text: str, sents: list[tuple[int, int]], where: str) -> Record:
    """sid | CLASS | trigger | agents | patients [| note]; parties are ' ; '-separated, '-' none."""
    fields = [f.strip() for f in line.split("|")]
    if len(fields) not in (5, 6):
        sys.exit(f"{where}: expected 5 or 6 fields: {line!r}")
    sid, kind, trigger, agents, patients = fields[:5]
    if kind not in CLASSES or not sid.isdigit() or not 1 <= int(sid) <= len(sents):
        sys.exit(f"{where}: bad sentence number or class: {line!r}")
    sent = sents[int(sid) - 1]
    (trig,) = locate(text, sent, trigger, where)[:1]
    arguments = []
    for role, spec in zip(ROLES[kind], (agents, patients), strict=True):
        for party in [] if spec == "-" else [p.strip() for p in spec.split(" ; ")]:
            spans = locate(text, sent, party, where)
            arguments.append({"role": role, "text": text[spans[0][0] : spans[0][1]], "spans": spans})
    return {
        "type": CLASSES[kind],
        "trigger": trig,
        "trigger_text": text[trig[0] : trig[1]],
        "arguments": arguments,
    }


def anchor(articles: list[tuple[Article, str]]) -> list[Record]:
    """Stand-off records (offsets and the text's hash, never the text) from annotations.txt."""
    blocks = read_blocks(AUTHORING)
    known = {a.id for a, _ in articles}
    unknown = sorted(set(blocks) - known)
    if unknown:
        sys.exit(f"{AUTHORING.name}: articles not in the selection: {unknown}")
    out = []
    for article, half in articles:
        if article.id not in blocks:
            continue  # not annotated yet
        sents = split_sentences(article.text)
        lines = blocks[article.id]
        events = [parse_line(line, article.text, sents, f"{AUTHORING.name}:{n}") for n, line in lines]
        out.append({"id": article.id, "split": half, "sha256": article.sha256, "events": events})
    return out


def build(source: Path) -> None:
    articles = selected_articles(source)
    records = anchor(articles)
    with (SET_DIR / "annotations.jsonl").open("w", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    texts = {a.id: a for a, _ in articles}
    (SET_DIR / "local").mkdir(exist_ok=True)
    for half in ("dev", "test"):
        rows = [r for r in records if r["split"] == half]
        with (SET_DIR / "local" / f"{half}.jsonl").open("w", encoding="utf-8") as f:
            for rec in rows:
                art = texts[rec["id"]]
                if hashlib.sha256(art.text.encode("utf-8")).hexdigest() != rec["sha256"]:
                    sys.exit(f"{rec['id']}: the text differs from the one annotated")
                full = {
                    "id": art.id,
                    "title": art.title,
                    "published": art.published,
                    "url": art.url,
                    "license": LICENSE,
                    "text": art.text,
                    "events": rec["events"],
                }
                f.write(json.dumps(full, ensure_ascii=False) + "\n")
        mentions = sum(len(r["events"]) for r in rows)
        print(f"wikinews_attacks {half}: {len(rows)} articles, {mentions} event mentions")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("step", choices=("select", "texts", "build"))
    parser.add_argument("source", type=Path, help="checkout or git directory of vanatteveldt/wikinews")
    parser.add_argument("out", type=Path, nargs="?", help="folder for the numbered texts (step 'texts')")
    args = parser.parse_args(argv)
    if args.step == "select":
        write_selection(select(args.source))
        print(f"{SELECTION.name}: {len(read_selection())} articles")
    elif args.step == "texts":
        args.out.mkdir(parents=True, exist_ok=True)
        for article, _half in selected_articles(args.source):
            (args.out / f"{article.id}.txt").write_text(numbered(article), encoding="utf-8")
    else:
        build(args.source)


if __name__ == "__main__":
    main()
