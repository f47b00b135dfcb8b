"""What the two hand-annotated Wikinews sets share: the selection table and the build steps.

`selection.tsv` (beside this file) records the one seeded draw and split; the build scripts
recompute both from the source and refuse to run if they differ. `annotations.jsonl` in each
set folder holds the stand-off annotation (offsets into the cleaned text, with each article's
SHA-256); `--reanchor` rebuilds it from the set's authoring file. The records are written to
the set's git-ignored `local/` folder, one file per half.
"""

from __future__ import annotations

import argparse
import csv
import json
from collections.abc import Callable
from pathlib import Path

from anchor import anchor_file
from wikinews import LICENSE, N_TIMEX, Article, load_articles, selection, topic

HERE = Path(__file__).resolve().parent
SELECTION_TSV = HERE / "selection.tsv"
COLUMNS = ("rank", "id", "split", "layers", "topic", "published", "sha256", "url", "title")

Record = dict[str, object]


class BuildError(Exception):
    """The source, the selection or an annotation does not match what was committed."""


def selection_rows(source: Path) -> list[dict[str, str]]:
    rows = []
    for rank, article, half in selection(source):
        layers = "timex+toponyms" if rank < N_TIMEX else "toponyms"
        row = (rank, article.id, half, layers, topic(article.title), article.published, article.sha256)
        rows.append(dict(zip(COLUMNS, [str(x) for x in (*row, article.url, article.title)], strict=True)))
    return rows


def write_selection(source: Path) -> None:
    with SELECTION_TSV.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, COLUMNS, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(selection_rows(source))


def read_selection() -> list[dict[str, str]]:
    with SELECTION_TSV.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def check_selection(source: Path) -> list[dict[str, str]]:
    """The committed selection, after checking that the draw from `source` gives it again."""
    committed = read_selection()
    if selection_rows(source) != committed:
        raise BuildError(f"{SELECTION_TSV.name} differs from the draw recomputed from the source")
    return committed


def reanchor(authoring: Path, out: Path, articles: dict[str, Article], layer: str) -> None:
    with out.open("w", encoding="utf-8") as f:
        for record in anchor_file(authoring, articles, layer):
            f.write(json.dumps(record, ensure_ascii=False) + "\n")


def read_jsonl(path: Path) -> list[Record]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def verify_spans(text: str, spans: list[Record], where: str) -> None:
    for span in spans:
        start, end = int(str(span["start"])), int(str(span["end"]))
        if not 0 <= start < end <= len(text) or text[start:end] != span["text"]:
            raise BuildError(f"{where}: span {span['text']!r} [{start}:{end}] does not index the text")


def build(source: Path, set_dir: Path, layer: str, make_record: Callable[[Article, Record], Record]) -> None:
    """Check the selection and annotations against the source, then write local/{dev,test}.jsonl."""
    key = "timex" if layer == "T" else "toponyms"
    rows = {row["id"]: row for row in check_selection(source)}
    articles = {a.id: a for a in load_articles(source)}
    halves: dict[str, list[Record]] = {"dev": [], "test": []}
    for annotation in read_jsonl(set_dir / "annotations.jsonl"):
        article = articles[str(annotation["id"])]
        if annotation["sha256"] != article.sha256:
            raise BuildError(f"{article.id}: the cleaned text is not the one annotated (SHA-256 differs)")
        spans = annotation[key]
        assert isinstance(spans, list)
        verify_spans(article.text, spans, article.id)
        halves[rows[article.id]["split"]].append(make_record(article, annotation))
    out_dir = set_dir / "local"
    out_dir.mkdir(exist_ok=True)
    for half, records in halves.items():
        with (out_dir / f"{half}.jsonl").open("w", encoding="utf-8") as f:
            for record in records:
                f.write(json.dumps(record, ensure_ascii=False) + "\n")
        n_spans = sum(len(spans) for r in records if isinstance(spans := r[key], list))
        print(f"{half}: {len(records)} articles, {n_spans} {key}, every span checked against its text")


def base_record(article: Article) -> Record:
    return {"id": article.id, "title": article.title, "url": article.url, "license": LICENSE}


def main(doc: str, set_dir: Path, layer: str, make_record: Callable[[Article, Record], Record]) -> None:
    """The command line of a set's build script: SOURCE [--reanchor]."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("source", type=Path, help="checkout or git directory of vanatteveldt/wikinews")
    parser.add_argument("--reanchor", action="store_true", help="rebuild annotations.jsonl from authoring/")
    args = parser.parse_args()
    if args.reanchor:
        articles = {a.id: a for a in load_articles(args.source)}
        authoring = next((set_dir / "authoring").glob("*.txt"))
        reanchor(authoring, set_dir / "annotations.jsonl", articles, layer)
    build(args.source, set_dir, layer, make_record)
