"""Write reworded copies of articles, as content farms make them (eventwire.stories.reword).

Reads JSONL articles (``id``, ``text``, optional ``published``) or plain text files and writes
JSONL: every original, then ``--copies`` reworded copies of each (``<id>~copy<n>``), for trying
copies, stories and incidents on a corpus of one's own::

    python tools/reword_copies.py src/eventwire/demo/articles.jsonl --copies 5 > copies.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from eventwire.evaluate.copies import Original, copy_items


def _originals(path: Path) -> list[Original]:
    text = path.read_text(encoding="utf-8")
    if path.suffix != ".jsonl":
        return [Original(path.stem, text, None)]
    rows = [json.loads(line) for line in text.splitlines() if line.strip()]
    return [Original(str(r["id"]), r["text"], r.get("published")) for r in rows]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("inputs", nargs="+", type=Path, help="JSONL articles or text files")
    parser.add_argument("--copies", type=int, default=5, help="reworded copies of each article")
    args = parser.parse_args()
    originals = [o for path in args.inputs for o in _originals(path)]
    items, _ = copy_items(originals, args.copies)
    for item in items:
        sys.stdout.write(json.dumps(item, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
