"""Reader of PETRARCH discard lists (``*.discards.txt``).

Each line is a phrase; a leading ``+`` discards the whole story, otherwise only
the sentence.  A trailing ``_`` asks for a whole-word match, else the phrase is
a stem.  Matching is case-insensitive.
"""

from __future__ import annotations

from pathlib import Path

from eventwire.dictionaries.lines import meaningful_lines, read_text
from eventwire.ontology.discards import Discard, Discards


def read_discards(path: Path) -> Discards:
    """Every discard phrase in ``path``."""
    entries = []
    for line in meaningful_lines(read_text(path)):
        text = line.text
        story = text.startswith("+")
        text = text.lstrip("+").strip()
        whole = text.endswith("_")
        phrase = " ".join(text.replace("_", " ").split()).lower()
        if phrase:
            entries.append(Discard(phrase, story, whole))
    return Discards(tuple(entries))
