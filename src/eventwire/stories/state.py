"""An Assigner's memory in the store: ``story_keys`` rows, and the incidents of stored events.

A run that writes to a store first loads what the store holds (one pass over ``story_keys`` and
one over the events that have an incident), so that its articles join the stored stories and
incidents without any stored text being read or coded again.  Loading is linear in the store;
the memory it takes is about 1 KB per stored article.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from typing import Any

from eventwire.store.writer import Store
from eventwire.stories.assign import Assigner, Keys
from eventwire.stories.copies import Signature
from eventwire.stories.incidents import Incident, Mention, party_keys
from eventwire.stories.text import words

_KEYS_SQL = (
    "SELECT article_id, seq, story, duplicate_of, day, minhash, n_shingles, anchors, features, joined_who"
    " FROM story_keys ORDER BY seq"
)

# Actors and places folded to one row per id, as the event listings fold them.
_MENTIONS_SQL = """
WITH act AS (
    SELECT article_id, actor_id, arg_min(name, pos) AS name, arg_min(code, pos) AS code,
           arg_min(country, pos) AS country
    FROM actors GROUP BY article_id, actor_id
), plc AS (
    SELECT article_id, place_id, arg_min(name, pos) AS name, arg_min(country, pos) AS country,
           arg_min(geonameid, pos) AS geonameid
    FROM places GROUP BY article_id, place_id
)
SELECT k.story, e.incident, e.type, e.modality, e.date_lo, e.date_hi,
       s.code AS s_code, s.country AS s_country, s.name AS s_name, e.source_text,
       t.code AS t_code, t.country AS t_country, t.name AS t_name, e.target_text,
       p.name AS p_name, p.country AS p_country, p.geonameid AS p_geonameid, e.evidence_text
FROM events e
JOIN story_keys k ON k.article_id = e.article_id
LEFT JOIN act s ON s.article_id = e.article_id AND s.actor_id = e.source_actor
LEFT JOIN act t ON t.article_id = e.article_id AND t.actor_id = e.target_actor
LEFT JOIN plc p ON p.article_id = e.article_id AND p.place_id = e.place_id
WHERE e.incident IS NOT NULL
ORDER BY k.seq, e.pos
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
        m = _mention(row)
        incident = found.get(row["incident"])
        if incident is None:
            incident = found[row["incident"]] = Incident(row["incident"], m.type, m.asserted)
            assigner.incidents.load(row["story"], incident)
        incident.add(m)


def _mention(row: dict[str, Any]) -> Mention:
    """The Mention of a stored event, as :func:`eventwire.stories.incidents.mention` makes it."""
    place = row["p_geonameid"] or (row["p_name"].lower() if row["p_name"] else None)
    return Mention(
        type=row["type"],
        asserted=row["modality"] == "asserted",
        lo=row["date_lo"],
        hi=row["date_hi"],
        source=party_keys(row["s_code"], row["s_country"], row["s_name"], row["source_text"]),
        target=party_keys(row["t_code"], row["t_country"], row["t_name"], row["target_text"]),
        countries=frozenset({row["p_country"]} if row["p_country"] else ()),
        places=frozenset({str(place)} if place is not None else ()),
        evidence=frozenset(words(row["evidence_text"] or "").content),
    )
