"""Build ``src/eventwire/stories/data/reference_df.tsv``: how many demo articles hold each word.

The rarity (idf) that story features are weighted by comes from this fixed table, so that it
does not change as a store grows.  The corpus is the bundled Wikinews demo corpus
(``src/eventwire/demo/articles.jsonl``, CC BY 2.5); only counts are written, for words in at
least two articles.  Run from the repository root: ``python tools/build_story_reference.py``.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from eventwire.stories.text import words

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "src" / "eventwire" / "demo" / "articles.jsonl"
OUT = ROOT / "src" / "eventwire" / "stories" / "data" / "reference_df.tsv"
HEADER = (
    "# Document frequencies of words (content-word stems, lower-cased names, figures) in the bundled\n"
    "# Wikinews demo corpus (CC BY 2.5; counts only), words in two articles or more.\n"
    "# Built by tools/build_story_reference.py; first row: the number of documents.\n"
)


def main() -> None:
    texts = [json.loads(line)["text"] for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    df: Counter[str] = Counter()
    for text in texts:
        found = words(text)
        df.update(set(found.content) | set(found.names) | set(found.numbers))
    kept = sorted((w, n) for w, n in df.items() if n >= 2)
    body = "".join(f"{w}\t{n}\n" for w, n in kept)
    OUT.write_text(HEADER + f"#documents\t{len(texts)}\n".lstrip("#") + body, encoding="utf-8")
    print(f"{OUT.name}: {len(kept)} words from {len(texts)} articles")


if __name__ == "__main__":
    main()
