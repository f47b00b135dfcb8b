"""Reading the JSON-lines files that the evaluations and tools use: one record a line.

These are the project's own gold and corpus files, so a line that is not JSON is a broken file and
raises; the product's JSONL input reader (``eventwire.read``) is the forgiving one.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """The records of a JSON-lines file, blank lines skipped."""
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def demo_articles() -> list[dict[str, Any]]:
    """The bundled demo corpus (``eventwire/demo/articles.jsonl``: Wikinews, CC BY 2.5)."""
    text = resources.files("eventwire.demo").joinpath("articles.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]
