"""Score place finding on GeoVirus (Gritta et al. 2018): toponym P/R/F1 and accuracy@161km.

Reads ``records.jsonl`` as converted in ``shared/gold/geovirus`` (one passage
a line, gold toponyms with character offsets and coordinates).  A predicted
place matches a gold toponym when their spans overlap (one to one, in text
order).  Accuracy@161km is the share of matched toponyms whose predicted
coordinates lie within 161 km (100 miles) of the gold; a match without
coordinates counts as wrong.

``accuracy_area`` is a looser diagnostic, not the published measure: a
matched toponym also counts when the prediction is a country or first-level
region that holds the gold point (judged by the gazetteer town nearest that
point).  The gap between the two is mostly where a country's or region's one
point is put (centroid conventions differ by hundreds of kilometres for
large countries), not a wrong reading.

Run: ``python -m eventwire.evaluate.geovirus [RECORDS] [--fake]``.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from eventwire.evaluate.metrics import prf
from eventwire.evaluate.records import read_jsonl
from eventwire.model import Place
from eventwire.places.gazetteer import distance_km, nearest_city

ACCURACY_KM = 161.0
DEFAULT_RECORDS = Path("..") / "shared" / "gold" / "geovirus" / "records.jsonl"

Record = dict[str, Any]
Finder = Callable[[Record], Sequence[Place]]


def match_spans(gold: Sequence[Record], predicted: Sequence[Place]) -> list[tuple[Record, Place]]:
    """One-to-one pairs of overlapping spans, earliest first."""
    pairs: list[tuple[Record, Place]] = []
    used: set[int] = set()
    for toponym in gold:
        for k, place in enumerate(predicted):
            if k not in used and place.start < toponym["end"] and toponym["start"] < place.end:
                pairs.append((toponym, place))
                used.add(k)
                break
    return pairs


def is_close(toponym: Record, place: Place, km: float = ACCURACY_KM) -> bool:
    if place.lat is None or place.lon is None:
        return False
    return distance_km(toponym["lat"], toponym["lon"], place.lat, place.lon) <= km


def is_in_area(toponym: Record, place: Place) -> bool:
    """Close, or a predicted country or first-level region that holds the gold point."""
    if is_close(toponym, place):
        return True
    if place.feature not in ("country", "admin1"):
        return False
    town = nearest_city(toponym["lat"], toponym["lon"], max_km=1000.0)
    if town is None or town.country != place.country:
        return False
    return place.feature == "country" or _admin1_of(place) == town.admin1


def _admin1_of(place: Place) -> str | None:
    from eventwire.places.gazetteer import gazetteer

    for match in gazetteer().lookup(place.name):
        if match.candidate.geonameid == place.geonameid:
            return match.candidate.admin1
    return None


def score_geovirus(records: Iterable[Record], find: Finder) -> dict[str, float]:
    """Toponym precision, recall and F1 (overlapping spans) and accuracy@161km over the records."""
    n_gold = n_pred = n_match = n_close = n_area = 0
    for record in records:
        predicted = find(record)
        pairs = match_spans(record["toponyms"], predicted)
        n_gold += len(record["toponyms"])
        n_pred += len(predicted)
        n_match += len(pairs)
        n_close += sum(is_close(t, p) for t, p in pairs)
        n_area += sum(is_in_area(t, p) for t, p in pairs)
    scores = prf(n_match, n_pred, n_gold)
    precision, recall, f1 = scores["precision"], scores["recall"], scores["f1"]
    return {
        "gold": n_gold, "predicted": n_pred, "matched": n_match,
        "precision": precision, "recall": recall, "f1": f1,
        "accuracy_161km": n_close / n_match if n_match else 0.0,
        "accuracy_area": n_area / n_match if n_match else 0.0,
    }  # fmt: skip


def spacy_finder(records: Sequence[Record], backend_name: str = "spacy") -> Finder:
    """A finder that parses every passage once, up front, with the named backend."""
    from eventwire.nlp import get_backend
    from eventwire.places import find_places

    parses = get_backend(backend_name).parse_many([r["text"] for r in records])
    by_id = {r["id"]: p for r, p in zip(records, parses, strict=True)}
    return lambda record: find_places(record["text"], by_id[record["id"]])


def main(argv: Sequence[str] | None = None) -> None:
    args = list(sys.argv[1:] if argv is None else argv)
    backend = "fake" if "--fake" in args else "spacy"
    paths = [a for a in args if not a.startswith("--")]
    records = read_jsonl(Path(paths[0]) if paths else DEFAULT_RECORDS)
    began = time.perf_counter()
    scores = score_geovirus(records, spacy_finder(records, backend))
    print(f"GeoVirus, {len(records)} passages, backend {backend}, {time.perf_counter() - began:.1f} s")
    for key, value in scores.items():
        print(f"  {key:<16} {value:.3f}" if isinstance(value, float) else f"  {key:<16} {value}")


if __name__ == "__main__":
    main()
