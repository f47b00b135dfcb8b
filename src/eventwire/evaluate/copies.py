"""Score copies: reworded copies of the bundled demo articles and the seed must join their original.

Each original gets ``copies`` reworded copies (:mod:`eventwire.stories.reword`: synonyms,
moved, dropped and added sentences, junk tokens, boilerplate), processed after all originals
through ``eventwire.pipe`` as a stream of new articles would be.  A copy is joined to its
original when its ``duplicate_of`` or its ``story`` is the original's; pairwise precision,
recall and F1 are over the pairs of articles put in one story.  ``originals_joined`` lists the
pairs of different originals that share a story (two demo articles are never one story).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import Any

from eventwire.config import Config
from eventwire.evaluate.ecbplus import pairwise
from eventwire.evaluate.records import demo_articles
from eventwire.stories.reword import copies


@dataclass(frozen=True)
class Original:
    id: str
    text: str
    published: str | None


def demo_originals(seed: Path | None = None) -> list[Original]:
    """The bundled demo articles, and the seed article when its file is given."""
    out = [Original(d["id"], d["text"], d.get("published")) for d in demo_articles()]
    if seed is not None:
        out.append(Original("seed", seed.read_text(encoding="utf-8"), "2021-12-09"))
    return out


def copy_items(
    originals: Sequence[Original], per_original: int, copied: Collection[str] | None = None
) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """The originals, then their copies (``<id>~copy<n>``), and each item's original; only the
    originals whose ids are in ``copied`` get copies when it is given (all do by default)."""
    items = [{"id": o.id, "text": o.text, "published": o.published} for o in originals]
    truth = {o.id: o.id for o in originals}
    for k, original in enumerate(originals):
        if copied is not None and original.id not in copied:
            continue
        for n, text in enumerate(copies(original.text, per_original, seed=k * per_original)):
            copy_id = f"{original.id}~copy{n}"
            items.append({"id": copy_id, "text": text, "published": original.published})
            truth[copy_id] = original.id
    return items, truth


def score_copies(
    originals: Sequence[Original],
    config: Config | None = None,
    per_original: int = 5,
    copied: Collection[str] | None = None,
) -> dict[str, Any]:
    """Pairwise scores of the stories against the originals, and the originals joined together
    (``copied``: the ids of the originals that get copies, all by default: every original is
    processed before any copy, so whether two originals are joined does not depend on it)."""
    import eventwire

    items, truth = copy_items(originals, per_original, copied)
    articles = list(eventwire.pipe(items, config=config))
    story = {a.id: a.story or a.id for a in articles}
    predicted = {a.id: story[a.duplicate_of] if a.duplicate_of in story else story[a.id] for a in articles}
    members: dict[str, set[str]] = defaultdict(set)
    for item, cluster in predicted.items():
        if item == truth[item]:
            members[cluster].add(item)
    joined = sorted(pair for group in members.values() for pair in combinations(sorted(group), 2))
    copies_found = sum(1 for a in articles if a.id != truth[a.id] and a.duplicate_of == truth[a.id])
    return {
        "originals": len(originals),
        "copies": len(articles) - len(originals),
        "pairwise": pairwise(predicted, truth),
        "copies_found": round(copies_found / max(1, len(articles) - len(originals)), 4),
        "originals_joined": [list(pair) for pair in joined],
        "originals_joined_count": len(joined),
    }
