"""An Assigner's memory in the store: ``story_keys`` rows, and the incidents of stored events.

A run that writes to a store first loads what the store holds (one pass over ``story_keys`` and
one over the events that have an incident), so that its articles join the stored stories and
incidents without any stored text being read or coded again.  Loading is linear in the store;
the memory it takes is about 15 KB per stored article (what matching copies, stories and
incidents needs: a MinHash, names and figures, a story profile's share, incidents' words), or,
with ``stories.forget_after_days`` set, only for the articles of the stories still held: loading
forgets as the runs that stored them did (:mod:`eventwire.stories.horizon`).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from typing import Any

from eventwire.store.incidents import MENTIONS_SQL
from eventwire.store.writer import Store
from eventwire.stories.assign import Assigner, Keys
from eventwire.stories.copies import Signature
from eventwire.stories.incidents import Incident, Mention, party_keys
from eventwire.stories.text import content_words

_KEYS_SQL = (
    "SELECT article_id, seq, story, duplicate_of, day, minhash, n_shingles, anchors, features, joined_who"
    " FROM story_keys ORDER BY seq"
)

# Every stored mention that has an incident, in the order the articles were assigned.
_MENTIONS_SQL = f"""
SELECT m.* FROM ({MENTIONS_SQL}) m JOIN story_keys k ON k.article_id = m.article_id
WHERE m.incident LIKE 'in-%'
ORDER BY k.seq, m.pos
"""


def load(assigner: Assigner, store: Store) -> Assigner:
    """Fill ``assigner`` with what ``store`` holds; returns it."""
    for row in store.fetch(_KEYS_SQL):
        day = row["day"] if isinstance(row["day"], date) else None
        sig = Signature.from_parts(row["minhash"], row["n_shingles"], json.loads(row["anchors"]), day)
        features = {k: float(v) for k, v in json.loads(row["features"]).items()}
        keys = Keys(
            row["article_id"],
            int(row["seq"]),
            row["story"],
            row["duplicate_of"],
            day,
            sig,
            features,
            row["joined_who"],
        )
        assigner.remember(keys)
    _load_incidents(assigner, store.fetch(_MENTIONS_SQL))
    return assigner


def _load_incidents(assigner: Assigner, rows: Sequence[dict[str, Any]]) -> None:
    found: dict[str, Incident] = {}
    for row in rows:
        if not assigner.holds(row["story"]):
            continue  # a forgotten story: no later article joins it, nor its incidents
        m = _mention(row)
        incident = found.get(row["incident"])
        if incident is None:
            incident = found[row["incident"]] = Incident(row["incident"], m.type, m.asserted)
            assigner.incidents.load(row["story"], incident)
        incident.add(m)


def _mention(row: dict[str, Any]) -> Mention:
    """The Mention of a stored event, as :func:`eventwire.stories.incidents.mention` makes it."""
    place = row["place_geonameid"] or (row["place"].lower() if row["place"] else None)
    return Mention(
        type=row["type"],
        asserted=row["modality"] == "asserted",
        lo=row["date_lo"],
        hi=row["date_hi"],
        source=party_keys(row["source_code"], row["source_country"], row["source_name"], row["source_text"]),
        target=party_keys(row["target_code"], row["target_country"], row["target_name"], row["target_text"]),
        countries=frozenset({row["place_country"]} if row["place_country"] else ()),
        places=frozenset({str(place)} if place is not None else ()),
        evidence=content_words(row["evidence_text"] or ""),
    )
