#!/usr/bin/env python3
"""Write selection.tsv: the seeded draw of Wikinews articles and their dev/test split (run once).

    python3 build_selection.py PATH/TO/wikinews      # a checkout or git dir of vanatteveldt/wikinews

The draw excludes the articles of the demo corpus (src/eventwire/demo/articles.jsonl of this
repository), interviews and features, and bodies outside 700-6000 characters; it takes one
article per coarse topic in turn (wikinews.draw) with DRAW_SEED, and splits with SPLIT_SEED
(wikinews.selection). Running it again on the same source and demo corpus writes the same file;
the build scripts check that.
"""

from __future__ import annotations

import sys
from pathlib import Path

from sets import SELECTION_TSV, write_selection

if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    write_selection(Path(sys.argv[1]))
    print(f"wrote {SELECTION_TSV}", file=sys.stderr)
