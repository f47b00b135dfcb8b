"""Stories: the articles that report one real-world happening, grouped as they arrive.

Each article, in the order it is processed, either joins the stored story it is most like or
starts a story of its own; nothing already assigned is moved, so a new batch joins the stories
in the store without reprocessing them, and a corpus processed in two runs gets the stories of
one run.

A story's profile is the sum of its articles' features (:mod:`eventwire.stories.features`).
An article is compared only with the stories that share one of its heaviest who-and-where
features (an inverted index) and that lie within ``stories.window_days`` of its date, never
with every story.  It joins the best one when

- the who-and-where channels agree (cosine >= ``stories.min_who``): the same people, places
  and figures; this is what keeps two earthquakes or two heists in one city apart, and
- the whole profile agrees (cosine >= ``stories.min_similarity``): the same kind of event.

A copy (:mod:`eventwire.stories.copies`) joins its original's story whatever its profile.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date

from eventwire.stories.features import Features, cosine, norm, split


def story_id(first_article: str) -> str:
    """A story's id: stable, from the id of the article that started it."""
    return "st-" + hashlib.sha1(first_article.encode("utf-8")).hexdigest()[:16]


@dataclass
class Profile:
    """One story: the summed features of its articles and the days they were published."""

    id: str
    features: Features = field(default_factory=dict)
    members: set[str] = field(default_factory=set)
    first_day: date | None = None
    last_day: date | None = None

    def add(self, article_id: str, features: Features, day: date | None) -> None:
        self.members.add(article_id)
        for key, value in features.items():
            self.features[key] = self.features.get(key, 0.0) + value
        if day is not None:
            self.first_day = day if self.first_day is None else min(self.first_day, day)
            self.last_day = day if self.last_day is None else max(self.last_day, day)

    def remove(self, article_id: str, features: Features) -> None:
        self.members.discard(article_id)
        for key, value in features.items():
            left = self.features.get(key, 0.0) - value
            if left > 1e-9:
                self.features[key] = left
            else:
                self.features.pop(key, None)


@dataclass(frozen=True)
class StoryRule:
    """How alike an article and a story must be (the ``stories`` settings)."""

    min_who: float
    min_similarity: float
    window_days: int
    probe_features: int


@dataclass(frozen=True)
class Match:
    story: str
    who: float
    overall: float


class StoryIndex:
    """Every story seen so far, with an inverted index from who-and-where features to stories."""

    def __init__(self, rule: StoryRule) -> None:
        self.rule = rule
        self.stories: dict[str, Profile] = {}
        self._by_feature: dict[str, set[str]] = defaultdict(set)
        self._member_of: dict[str, tuple[str, Features]] = {}
        self._df: Counter[str] = Counter()  # articles seen that hold each feature

    def _rarity(self, features: Features) -> Features:
        """The features weighted by how few of the articles seen hold them (a feature every
        article of a topic has, "Indian Navy", tells its two happenings apart less than "Sukanya")."""
        n = len(self._member_of) + 1
        return {k: v * (math.log(n / (self._df[k] + 1)) + 1.0) for k, v in features.items()}

    def story_of(self, article_id: str) -> str | None:
        found = self._member_of.get(article_id)
        return found[0] if found else None

    def best(self, article_id: str, features: Features, day: date | None) -> Match | None:
        """The story the article belongs to, if one is alike enough."""
        who, _ = split(features)
        probes = sorted(who, key=lambda k: (-who[k], k))[: self.rule.probe_features]
        candidates = sorted({s for key in probes for s in self._by_feature.get(key, ())})
        best: Match | None = None
        for sid in candidates:
            profile = self.stories[sid]
            if not self._in_window(profile, day):
                continue
            match = self._compare(sid, self._rarity(features), self._rarity(profile.features))
            if match.who < self.rule.min_who or match.overall < self.rule.min_similarity:
                continue
            if best is None or (match.overall, match.who) > (best.overall, best.who):
                best = match
        return best

    def _in_window(self, profile: Profile, day: date | None) -> bool:
        if day is None or profile.first_day is None or profile.last_day is None:
            return True
        window = self.rule.window_days
        return (profile.first_day - day).days <= window and (day - profile.last_day).days <= window

    @staticmethod
    def _compare(sid: str, features: Features, story: Features) -> Match:
        who_a, _ = split(features)
        who_b, _ = split(story)
        who = cosine(who_a, who_b, norm(who_a), norm(who_b))
        overall = cosine(features, story, norm(features), norm(story))
        return Match(sid, who, overall)

    def add(self, article_id: str, story: str, features: Features, day: date | None) -> None:
        """Put an article in a story (a new one when ``story`` is unknown)."""
        self.remove(article_id)
        profile = self.stories.setdefault(story, Profile(story))
        profile.add(article_id, features, day)
        self._member_of[article_id] = (story, features)
        self._df.update(features.keys())
        who, _ = split(features)
        for key in who:
            self._by_feature[key].add(story)

    def remove(self, article_id: str) -> None:
        """Take an article out of its story (it is being processed again)."""
        found = self._member_of.pop(article_id, None)
        if found is not None:
            self.stories[found[0]].remove(article_id, found[1])
            self._df.subtract(found[1].keys())
