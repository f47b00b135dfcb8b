"""One way to turn a phrase into a lookup key: case, diacritics, spacing and "the" ignored."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache


@lru_cache(maxsize=1 << 16)  # pure, and asked of the same words again and again
def key(phrase: str) -> str:
    """``"  The Ünited  States "`` -> ``"united states"``; dots and hyphens are kept.

    Spaces around a hyphen go (``al - Qaeda`` -> ``al-qaeda``), so that text
    rejoined from tokens meets the dictionary's spelling.
    """
    text = unicodedata.normalize("NFKD", phrase)
    text = "".join(char for char in text if not unicodedata.combining(char))
    text = text.replace("’", "'").replace("_", " ").lower()
    text = re.sub(r"\s*-\s*", "-", text)
    words = text.split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)
