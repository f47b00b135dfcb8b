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
from typing import Any

from eventwire.config import Config
from eventwire.model import Article
from eventwire.store.dates import full_date
from eventwire.stories.clusters import StoryIndex, StoryRule, story_id
from eventwire.stories.copies import CopyIndex, CopyRule, Signature, signature
from eventwire.stories.features import Features, article_features
from eventwire.stories.incidents import IncidentIndex, IncidentRule
from eventwire.stories.text import anchors, shingles, words

#: The state rows of a batch, one list per column of ``story_keys``.
StateColumns = dict[str, list[Any]]

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
            )
        )
        self.stories = StoryIndex(StoryRule(s.min_who, s.min_similarity, s.window_days, s.probe_features))
        self.incidents = IncidentIndex(IncidentRule(i.date_tolerance_days, i.min_score))
        self.max_features = s.max_features
        self.seq = 0

    def assign(self, articles: Sequence[Article]) -> tuple[list[Article], StateColumns]:
        """The articles with ``duplicate_of``, ``story`` and each event's ``incident`` set, and the
        rows of ``story_keys`` that let a later run go on from here."""
        state: StateColumns = {name: [] for name in STORY_KEYS_COLUMNS}
        out = []
        for article in articles:
            done, row = self.assign_one(article)
            out.append(done)
            for name, value in zip(STORY_KEYS_COLUMNS, row, strict=True):
                state[name].append(value)
        return out, state

    def assign_one(self, article: Article) -> tuple[Article, tuple[Any, ...]]:
        self.copies.remove(article.id)
        self.stories.remove(article.id)
        found = words(article.text)
        day = full_date(article.published)
        sig = signature(shingles(article.text), anchors(article.text), day)
        features = article_features(article, found, self.max_features)
        original = self.copies.find(article.id, sig)
        story = self.stories.story_of(original) if original is not None else None
        if story is None:
            match = self.stories.best(article.id, features, day)
            story = match.story if match is not None else story_id(article.id)
        self.remember(article.id, self.seq, story, original, day, sig, features)
        incidents = self.incidents.assign(article, story)
        events = [
            e.model_copy(update={"incident": i}) for e, i in zip(article.events, incidents, strict=True)
        ]
        done = article.with_(duplicate_of=original, story=story, events=events)
        row = (
            article.id,
            self.seq,
            story,
            original,
            day,
            sig.to_bytes(),
            sig.size,
            json.dumps(sorted(sig.anchors), ensure_ascii=False),
            json.dumps(features, ensure_ascii=False, sort_keys=True),
        )
        self.seq += 1
        return done, row

    def remember(
        self,
        article_id: str,
        seq: int,
        story: str,
        original: str | None,
        day: Any,
        sig: Signature,
        features: Features,
    ) -> None:
        """Index one article: its signature for copies, its features for stories."""
        self.copies.add(article_id, sig, original, seq)
        self.stories.add(article_id, story, features, day)
