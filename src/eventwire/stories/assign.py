"""Assigning copies, stories and incidents to coded articles, one at a time in processing order.

An :class:`Assigner` holds what it has seen: a run's articles so far, and, when it was loaded
from a store (:mod:`eventwire.stories.state`), every stored article's signature, features and
story, and every stored incident.  It runs in the parent process after coding (worker processes
and Ray code articles; only the parent sees them all, in order), before articles are emitted and
stored.  An article processed again (same id) is taken out of what was seen first, so it is
never called a copy of itself.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from eventwire.config import Config
from eventwire.model import Article
from eventwire.store.dates import full_date
from eventwire.stories.clusters import StoryIndex, StoryRule, story_id
from eventwire.stories.copies import CopyIndex, CopyRule, Signature, signature
from eventwire.stories.features import Features, article_features
from eventwire.stories.incidents import IncidentIndex, IncidentRule
from eventwire.stories.text import anchors, shingles, words

#: The state rows of a batch: table name -> column name -> values (one table, ``story_keys``).
StateRows = dict[str, dict[str, list[Any]]]

STORY_KEYS_COLUMNS = (
    "article_id",
    "seq",
    "story",
    "duplicate_of",
    "day",
    "minhash",
    "n_shingles",
    "anchors",
    "features",
    "joined_who",
)


class Assigner:
    """Copies, stories and incidents of every article seen, assigned as articles come."""

    def __init__(self, config: Config) -> None:
        s, i = config.stories, config.incidents
        self.copies = CopyIndex(
            CopyRule(
                s.copy_candidate_jaccard,
                s.copy_min_containment,
                s.copy_min_anchor_overlap,
                s.copy_min_shingles,
                s.copy_window_days,
                s.forget_after_days,
            )
        )
        self.stories = StoryIndex(
            StoryRule(
                s.min_who,
                s.min_similarity,
                s.window_days,
                s.probe_features,
                s.min_who_features,
                s.sparse_similarity,
                s.cohesion,
                s.min_names,
                s.min_name_features,
                s.forget_after_days,
            )
        )
        self.incidents = IncidentIndex(IncidentRule(i.date_tolerance_days, i.min_score))
        self.max_features = s.max_features
        self.seq = 0

    def assign(self, articles: Sequence[Article]) -> tuple[list[Article], StateRows]:
        """The articles with ``duplicate_of``, ``story`` and each event's ``incident`` set, and the
        rows of ``story_keys`` that let a later run go on from here."""
        state: dict[str, list[Any]] = {name: [] for name in STORY_KEYS_COLUMNS}
        out = []
        for article in articles:
            done, row = self.assign_one(article)
            out.append(done)
            for name, value in zip(STORY_KEYS_COLUMNS, row, strict=True):
                state[name].append(value)
        return out, {"story_keys": state}

    def assign_one(self, article: Article) -> tuple[Article, tuple[Any, ...]]:
        """One article's copy, story and incidents, and its ``story_keys`` row."""
        self.copies.remove(article.id)
        self.stories.remove(article.id)
        day = full_date(article.published)
        found = words(article.text)
        sig = signature(shingles(found), anchors(found), day)
        features = article_features(article, found, self.max_features)
        original = self.copies.find(article.id, sig)
        story = self.stories.story_of(original) if original is not None else None
        joined_who = None
        if story is None:
            match = self.stories.best(article.id, features, day)
            story = match.story if match is not None else story_id(article.id)
            joined_who = match.joined_who if match is not None else None
        keys = Keys(article.id, self.seq, story, original, day, sig, features, joined_who)
        self.remember(keys)
        incidents = self.incidents.assign(article, story)
        events = [
            e.model_copy(update={"incident": i}) for e, i in zip(article.events, incidents, strict=True)
        ]
        return article.with_(duplicate_of=original, story=story, events=events), keys.row()

    def remember(self, keys: Keys) -> None:
        """Index one article: its signature for copies, its features for stories; then forget what
        fell behind the newest day (when ``stories.forget_after_days`` is set)."""
        self.copies.add(keys.article_id, keys.sig, keys.duplicate_of, keys.seq)
        self.stories.add(keys.article_id, keys.story, keys.features, keys.day, keys.joined_who)
        self.seq = max(self.seq, keys.seq + 1)
        self.copies.forget_old()
        for story in self.stories.forget_old():
            self.incidents.forget(story)

    def holds(self, story: str) -> bool:
        """Whether a story is still held (not forgotten): only such a story's incidents are loaded."""
        return story in self.stories.stories


@dataclass(frozen=True)
class Keys:
    """What assigning remembers of one article (a row of ``story_keys``)."""

    article_id: str
    seq: int
    story: str
    duplicate_of: str | None
    day: date | None
    sig: Signature
    features: Features
    joined_who: float | None

    def row(self) -> tuple[Any, ...]:
        """The row, in the order of :data:`STORY_KEYS_COLUMNS`."""
        return (
            self.article_id,
            self.seq,
            self.story,
            self.duplicate_of,
            self.day,
            self.sig.to_bytes(),
            self.sig.size,
            json.dumps(sorted(self.sig.anchors), ensure_ascii=False),
            json.dumps(self.features, ensure_ascii=False, sort_keys=True),
            self.joined_who,
        )
