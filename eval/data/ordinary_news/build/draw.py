"""Draw the ordinary-news development set from the Wikinews 2019-2020 scrape, reproducibly.

Why: the engine codes far too many events in ordinary news (sport, business, science, disasters,
culture, politics that is only talk). This script picks whole Wikinews articles by a seeded random
draw within each newspaper section, so that the set is stratified as a newspaper is (about 35%
politics, government, courts, conflict and crime; 65% everything else), and it assigns each
article to the dev or test half ONCE, stratified by section, before anything is annotated or scored.

Standard library only. Run from the repository root, with the steering repository's shared/ folder
beside the checkout (the demo corpus and gold sets are excluded):

    python3 eval/data/ordinary_news/build/draw.py PATH/TO/wikinews

PATH/TO/wikinews is a checkout or git directory of GitHub vanatteveldt/wikinews; its two CSV files
are read and checked against their git blob ids by `wikinews_common/wikinews.py` (the pin shared by
the Wikinews sets). The script excludes every article already in the demo corpus or the gold sets
(matched by URL and by title), reads the hand-assigned section of every remaining article from
sections.tsv (beside this script), draws the quota of each section and writes selection.tsv (beside
this script). The draw was made once; rerunning it must give selection.tsv again, byte for byte.
(The script was called select.py when the draw was made; that name shadows the standard library's
`select` module, which `subprocess` imports, for any script run from this folder.)
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
import urllib.parse
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[3]
sys.path.insert(0, str(HERE.parent.parent / "wikinews_common"))
from wikinews import SOURCE_FILES, source_rows  # noqa: E402

SELECT_SEED = 11  # issue 11
SPLIT_SEED = 1111
# articles drawn per section: 14 of 40 (35%) politics, 26 (65%) the rest
QUOTAS = {
    "politics": 14,
    "business": 4,
    "sport": 5,
    "science_health": 6,
    "disasters": 6,
    "culture": 5,
}
# The second round (2026-12-01), drawn from what the first left, with its own seeds, before any of
# it was annotated or scored: every politics article left (12 of 40, 30%), no business (none left).
ROUNDS = {
    1: (SELECT_SEED, SPLIT_SEED, QUOTAS),
    2: (12, 1212, {"politics": 12, "sport": 4, "science_health": 8, "disasters": 8, "culture": 8}),
}
# The third round (2026-12-01), for the dev half only: a seeded sample of the demo-corpus articles
# of the same two CSV files. The engine's output on the demo corpus has been read while building
# the engine, so these articles can never be test articles; annotated blind like the others, they
# give the dev half more political news to write rules and fit the confidence model on. Their
# sections were assigned by hand after the draw (sections_demo.tsv).
DEMO_ROUND, DEMO_SEED, DEMO_COUNT = 3, 13, 30
# The fourth round (2026-12-01), for the dev half only, because the dev half held few articles from
# outside politics: what rounds 1 and 2 left of science_health, disasters and culture (seeded
# draw, quotas below), plus a seeded sample of the demo-corpus articles round 3 left. The engine's
# output on all of these had been read (pool audits, the demo), so they can never be test articles.
# The fifth round (2026-12-01), drawn the same way from what round 4 left, is a check, not a source of
# rules: it was annotated after the rules written on round 4, and scored before and after them. The
# sixth, drawn the same way, takes every science, disaster and culture article left.
# (round, seed, quotas of the sections rounds 1-2 left, demo-corpus articles)
DEV_ROUNDS = (
    (4, 14, {"science_health": 8, "disasters": 8, "culture": 8}, 16),
    (5, 15, {"science_health": 8, "disasters": 8, "culture": 8}, 16),
    (6, 16, {"science_health": 5, "disasters": 7, "culture": 12}, 16),  # all rounds 1-5 left of these
    (7, 17, {"sport": 1}, 32),  # every article the pool has left
)


def page_name(url: str) -> str:
    """The wiki page name of a Wikinews URL, decoded and case-folded, for matching."""
    name = url.split("/wiki/", 1)[-1]
    return urllib.parse.unquote(name).replace(" ", "_").casefold()


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")


Keys = tuple[set[str], set[str], set[str]]
SHARED = REPO.parent / "shared"


def excluded_keys() -> Keys:
    """Page names, titles and id slugs of every article in the demo corpus and the gold sets."""
    demo, gold = demo_corpus_keys(), gold_keys()
    return demo[0] | gold[0], demo[1] | gold[1], demo[2] | gold[2]


def demo_corpus_keys() -> Keys:
    jsonl = [REPO / "src/eventwire/demo/articles.jsonl", SHARED / "demo_corpus/articles.jsonl"]
    tsv = [REPO / "src/eventwire/demo/sources.tsv", SHARED / "demo_corpus/sources.tsv"]
    return _keys(jsonl, tsv)


def gold_keys() -> Keys:
    return _keys(sorted((SHARED / "gold").glob("*/records.jsonl")), [])


def _keys(jsonl: list[Path], tsv: list[Path]) -> Keys:
    names: set[str] = set()
    titles: set[str] = set()
    id_slugs: set[str] = set()
    for path in jsonl:
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            if isinstance(record.get("url"), str):
                names.add(page_name(record["url"]))
            if isinstance(record.get("title"), str):
                titles.add(record["title"].casefold())
    for path in tsv:
        for line in path.read_text(encoding="utf-8").splitlines()[1:]:
            id_slugs.add(line.split("\t", 1)[0][len("wn-YYYY-MM-DD-") :])
    return names, titles, id_slugs


def is_excluded(row: dict[str, str], keys: Keys) -> bool:
    names, titles, id_slugs = keys
    title_slug = slug(row["title"])[:60]
    return (
        page_name(row["url"]) in names
        or row["title"].casefold() in titles
        or any(s and (title_slug.startswith(s) or s.startswith(title_slug)) for s in id_slugs)
    )


def read_sections(name: str = "sections.tsv") -> dict[str, str]:
    sections: dict[str, str] = {}
    for line in (HERE / name).read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, section, _title = line.split("\t")
            sections[page_name(name)] = section
    return sections


def article_id(row: dict[str, str]) -> str:
    """Same convention as the demo corpus: wn-DATE-SLUG (slug cut at 60 characters)."""
    return f"wn-{row['date']}-{slug(row['title'])[:60].strip('-')}"


Quotas = dict[str, int]


def draw(
    candidates: dict[str, list[dict[str, str]]], seed: int, quotas: Quotas
) -> list[tuple[str, dict[str, str]]]:
    rng = random.Random(seed)
    chosen: list[tuple[str, dict[str, str]]] = []
    for section, quota in quotas.items():
        pool = sorted(candidates.get(section, []), key=lambda r: page_name(r["url"]))
        if len(pool) < quota:
            sys.exit(f"section {section}: {len(pool)} candidates, quota {quota}")
        chosen.extend((section, row) for row in rng.sample(pool, quota))
    return chosen


def split(chosen: list[tuple[str, dict[str, str]]], seed: int, quotas: Quotas) -> dict[str, str]:
    """dev/test by article: shuffle each section, then alternate labels over the concatenation,
    so each section and the whole set are halved to within one article."""
    rng = random.Random(seed)
    labels: dict[str, str] = {}
    turn = 0
    for section in quotas:
        ids = sorted(article_id(row) for sec, row in chosen if sec == section)
        rng.shuffle(ids)
        for aid in ids:
            labels[aid] = ("dev", "test")[turn % 2]
            turn += 1
    return labels


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", type=Path, help="checkout or git directory of vanatteveldt/wikinews")
    args = parser.parse_args()
    rows = [row for path in SOURCE_FILES for row in source_rows(args.source, path)]
    keys = excluded_keys()
    demo_keys = demo_corpus_keys()
    sections = read_sections()
    candidates: dict[str, list[dict[str, str]]] = {}
    demo: list[dict[str, str]] = []
    for row in rows:
        if is_excluded(row, keys):
            if is_excluded(row, demo_keys) and not is_excluded(row, gold_keys()):
                demo.append(row)
            continue
        section = sections.get(page_name(row["url"]))
        if section is None:
            sys.exit(f"no section for {row['url']}: add it to sections.tsv")
        candidates.setdefault(section, []).append(row)
    out = HERE / "selection.tsv"
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(["id", "section", "split", "date", "url", "title", "round"])
        for number, (seed, split_seed, quotas) in ROUNDS.items():
            chosen = draw(candidates, seed, quotas)
            labels = split(chosen, split_seed, quotas)
            for section, row in chosen:
                aid = article_id(row)
                writer.writerow([aid, section, labels[aid], row["date"], row["url"], row["title"], number])
                candidates[section].remove(row)
            print(f"round {number}: {len(chosen)} articles")
            for section in quotas:
                left = len(candidates[section])
                print(f"  {section}: {sum(1 for s, _ in chosen if s == section)}, {left} left")
        taken = write_demo_round(writer, demo)
        for number, seed, quotas, demo_count in DEV_ROUNDS:
            left = [row for row in demo if row not in taken]
            taken += write_dev_round(writer, (number, seed, quotas, demo_count), candidates, left)
    print(f"-> {out.name}")


def write_demo_round(writer: Any, demo: list[dict[str, str]]) -> list[dict[str, str]]:
    """Round 3: DEMO_COUNT demo-corpus articles, seeded, all dev, sections from sections_demo.tsv."""
    pool = sorted(demo, key=lambda r: page_name(r["url"]))
    chosen = random.Random(DEMO_SEED).sample(pool, DEMO_COUNT)
    write_dev_rows(writer, chosen, DEMO_ROUND)
    print(f"round {DEMO_ROUND}: {len(chosen)} of {len(pool)} demo-corpus articles, all dev")
    return chosen


def write_dev_rows(writer: Any, rows: list[dict[str, str]], number: int) -> None:
    """Demo-corpus rows of a dev-only round, their sections from sections_demo.tsv."""
    sections = read_sections("sections_demo.tsv")
    for row in rows:
        section = sections.get(page_name(row["url"]))
        if section is None:
            sys.exit(f"round {number}: no section for {row['url']}: add it to sections_demo.tsv")
        writer.writerow([article_id(row), section, "dev", row["date"], row["url"], row["title"], number])


DevRound = tuple[int, int, Quotas, int]


def write_dev_round(
    writer: Any, spec: DevRound, candidates: dict[str, list[dict[str, str]]], demo: list[dict[str, str]]
) -> list[dict[str, str]]:
    """A dev-only round: its quotas of what earlier rounds left, then a sample of demo-corpus articles
    not yet drawn; returns the demo-corpus articles it took."""
    number, seed, quotas, demo_count = spec
    for section, row in draw(candidates, seed, quotas):
        writer.writerow([article_id(row), section, "dev", row["date"], row["url"], row["title"], number])
        candidates[section].remove(row)
    pool = sorted(demo, key=lambda r: page_name(r["url"]))
    chosen = random.Random(seed).sample(pool, demo_count)
    write_dev_rows(writer, chosen, number)
    print(f"round {number}: {sum(quotas.values())} drawn, {demo_count} of {len(pool)} demo, all dev")
    return chosen


if __name__ == "__main__":
    main()
