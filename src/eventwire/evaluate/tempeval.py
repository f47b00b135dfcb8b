"""Score a time tagger on TempEval-3 style records (TIMEX3 extent and value).

Records are the lines of ``shared/gold/tempeval3_test/records.jsonl``: ``text``,
``dct`` and ``timex`` (gold ``start``/``end``/``type``/``value``).  The scores
follow TempEval-3: strict extent (same span), relaxed extent (spans overlap,
one to one) and value (a relaxed match whose value equals the gold value),
each as precision, recall and F1; type accuracy is over relaxed matches.

    python -m eventwire.evaluate.tempeval [RECORDS] [--fake] [--errors]
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventwire.evaluate.metrics import prf
from eventwire.evaluate.records import read_jsonl
from eventwire.model import TimeExpr

#: find(text, dct) -> the system's time expressions for one document.
Finder = Callable[[str, str], Sequence[TimeExpr]]
DEFAULT_RECORDS = Path("..") / "shared" / "gold" / "tempeval3_test" / "records.jsonl"


@dataclass
class Tally:
    gold: int = 0
    found: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0
    type: int = 0

    def add(self, other: Tally) -> None:
        for name in ("gold", "found", "strict", "relaxed", "value", "type"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


def score_tempeval(records: Iterable[dict[str, Any]], find: Finder) -> dict[str, Any]:
    """Strict/relaxed extent and value precision, recall, F1 over all records.

    Also returns ``errors``: per document, the gold timexes missed or given a
    wrong value, and the spurious ones found.
    """
    total = Tally()
    errors: list[dict[str, Any]] = []
    documents = 0
    for record in records:
        documents += 1
        system = list(find(record["text"], record["dct"]))
        tally, doc_errors = score_document(record["timex"], system)
        total.add(tally)
        if doc_errors:
            errors.append({"id": record["id"], "errors": doc_errors})
    return {
        "documents": documents,
        **summary(total),
        "errors": errors,
    }


def score_document(gold: list[dict[str, Any]], system: list[TimeExpr]) -> tuple[Tally, list[str]]:
    tally = Tally(gold=len(gold), found=len(system))
    used: set[int] = set()
    errors: list[str] = []
    for g in gold:
        match = best_overlap(g, system, used)
        if match is None:
            errors.append(f"missed  {g['text']!r} {g['type']} {g['value']}")
            continue
        used.add(match)
        s = system[match]
        tally.relaxed += 1
        tally.strict += int((s.start, s.end) == (g["start"], g["end"]))
        tally.value += int(s.value == g["value"])
        tally.type += int(s.type == g["type"])
        if s.value != g["value"]:
            errors.append(f"value   {g['text']!r} gold {g['value']} got {s.value} ({s.text!r})")
    errors += [f"spurious {s.text!r} {s.type} {s.value}" for k, s in enumerate(system) if k not in used]
    return tally, errors


def best_overlap(g: dict[str, Any], system: list[TimeExpr], used: set[int]) -> int | None:
    """The unused system span that overlaps the gold span most."""
    best, best_overlap_chars = None, 0
    for k, s in enumerate(system):
        chars = min(s.end, g["end"]) - max(s.start, g["start"])
        if k not in used and chars > best_overlap_chars:
            best, best_overlap_chars = k, chars
    return best


def summary(t: Tally) -> dict[str, Any]:
    return {
        "gold": t.gold,
        "found": t.found,
        "strict": prf(t.strict, t.found, t.gold),
        "relaxed": prf(t.relaxed, t.found, t.gold),
        "value": prf(t.value, t.found, t.gold),
        "type_accuracy": round(t.type / t.relaxed, 4) if t.relaxed else 0.0,
    }


def eventwire_finder(backend_name: str = "spacy") -> Finder:
    """find_times with a parse from the named NLP backend."""
    from eventwire.nlp import get_backend
    from eventwire.times import find_times

    backend = get_backend(backend_name)

    def find(text: str, dct: str) -> list[TimeExpr]:
        return find_times(text, dct, backend.parse_many([text])[0])

    return find


def table(scores: dict[str, Any]) -> str:
    rows = [f"{'':10} {'P':>7} {'R':>7} {'F1':>7}"]
    for name in ("strict", "relaxed", "value"):
        s = scores[name]
        rows.append(f"{name:10} {s['precision']:7.3f} {s['recall']:7.3f} {s['f1']:7.3f}")
    rows.append(
        f"gold {scores['gold']}, found {scores['found']}, type accuracy {scores['type_accuracy']:.3f}"
    )
    return "\n".join(rows)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("records", nargs="?", type=Path, default=DEFAULT_RECORDS)
    parser.add_argument("--fake", action="store_true", help="use the fake NLP backend (no model)")
    parser.add_argument(
        "--errors", action="store_true", help="list every miss, wrong value and spurious find"
    )
    args = parser.parse_args(argv)
    scores = score_tempeval(read_jsonl(args.records), eventwire_finder("fake" if args.fake else "spacy"))
    print(table(scores))
    if args.errors:
        for doc in scores["errors"]:
            print(f"\n## {doc['id']}")
            print("\n".join(f"  {line}" for line in doc["errors"]))


if __name__ == "__main__":
    main()
