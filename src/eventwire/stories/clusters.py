"""Stories: the articles that report one real-world happening, grouped as they arrive.

Each article, in the order it is processed, either joins the stored story it is most like or
starts a story of its own; nothing already assigned is moved, so a new batch joins the stories
in the store without reprocessing them, and a corpus processed in two runs gets the stories of
one run.

A story's profile is the sum of its articles' features (:mod:`eventwire.stories.features`),
weighted by their rarity among the articles seen.  An article is compared only with the stories
that share one of its heaviest features (an inverted index) and that lie within
``stories.window_days`` of its date, never with every story.  It joins the most alike one when

- the whole profile agrees (cosine >= ``stories.min_similarity``): the same kind of event, and
- the who-and-where channels agree (cosine >= ``stories.min_who``): the same people, places and
  figures; this is what keeps two earthquakes or two heists in one city apart, and
- the names alone agree (cosine >= ``stories.min_names``) when both name at least
  ``stories.min_name_features`` people and bodies: two contests in one state on one day, won
  by two candidates, are two happenings however many places they share, and so are two
  meetings about one dispute that name the same countries ("Turkish", "Greek" are not counted
  among the names) and none of the same people, and
- they agree about as well as the story's own articles did when they joined (at least
  ``stories.cohesion`` times their mean): a report of a new happening that shares a story's
  people but not its core (a rule reversed months later by the next government) stands out
  from the reports of one happening, which agree with one another more than with it.

An article that names too few people, places and figures to judge them by (fewer than
``stories.min_who_features``: a one-line brief) joins by its whole profile alone, at the
stricter ``stories.sparse_similarity``.  A copy (:mod:`eventwire.stories.copies`) joins its
original's story whatever its profile.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from datetime import date

from eventwire.stories.features import Features, cosine, names_of, norm, split
from eventwire.stories.horizon import Horizon, keep_days


def story_id(first_article: str) -> str:
    """A story's id: stable, from the id of the article that started it."""
    return "st-" + hashlib.sha1(first_article.encode("utf-8")).hexdigest()[:16]


@dataclass
class Profile:
    """One story: the summed features of its articles and the days they were published."""

    id: str
    features: Features = field(default_factory=dict)
    members: set[str] = field(default_factory=set)
    probes: set[str] = field(default_factory=set)  # the features it is indexed under, to forget it
    joined: dict[str, float] = field(default_factory=dict)  # who-cosine of each article that joined
    first_day: date | None = None
    last_day: date | None = None

    def add(self, article_id: str, features: Features, day: date | None, who: float | None) -> None:
        self.members.add(article_id)
        if who is not None:
            self.joined[article_id] = who
        for key, value in features.items():
            self.features[key] = self.features.get(key, 0.0) + value
        if day is not None:
            self.first_day = day if self.first_day is None else min(self.first_day, day)
            self.last_day = day if self.last_day is None else max(self.last_day, day)

    def cohesion(self) -> float:
        """The mean who-cosine of the articles that joined the story by their profile (0 when none has)."""
        return sum(self.joined.values()) / len(self.joined) if self.joined else 0.0

    def remove(self, article_id: str) -> None:
        """Forget an article being processed again (its features stay in the profile: keeping
        every article's features to take them out again would cost more memory than the rare
        reprocessed article skews the profile)."""
        self.members.discard(article_id)
        self.joined.pop(article_id, None)


@dataclass(frozen=True)
class StoryRule:
    """How alike an article and a story must be (the ``stories`` settings)."""

    min_who: float
    min_similarity: float
    window_days: int
    probe_features: int
    min_who_features: int
    sparse_similarity: float
    cohesion: float
    min_names: float
    min_name_features: int
    forget_after_days: int = 0


@dataclass(frozen=True)
class Match:
    story: str
    who: float
    overall: float
    sparse: bool = False  # judged by the whole profile alone (too few names to go by)
    names: float | None = None  # cosine of the names alone, when both sides name enough

    @property
    def joined_who(self) -> float | None:
        """What the story remembers of this match for its cohesion (nothing for a sparse one)."""
        return None if self.sparse else self.who


class StoryIndex:
    """Every story seen so far, with an inverted index from who-and-where features to stories."""

    def __init__(self, rule: StoryRule) -> None:
        self.rule = rule
        self.stories: dict[str, Profile] = {}
        self._by_feature: dict[str, set[str]] = defaultdict(set)
        self._member_of: dict[str, str] = {}  # article -> its story
        self._df: Counter[str] = Counter()  # articles seen that hold each feature
        self._forgotten = 0  # articles of the stories forgotten (still counted among those seen)
        self._horizon = Horizon(keep_days(rule.forget_after_days, rule.window_days))

    def _rarity(self, features: Features) -> Features:
        """The features weighted by how few of the articles seen hold them (a feature every
        article of a topic has, "Indian Navy", tells its two happenings apart less than "Sukanya")."""
        n = len(self._member_of) + self._forgotten + 1
        return {k: v * (math.log(n / (self._df[k] + 1)) + 1.0) for k, v in features.items()}

    def story_of(self, article_id: str) -> str | None:
        return self._member_of.get(article_id)

    def best(self, article_id: str, features: Features, day: date | None) -> Match | None:
        """The story the article belongs to, if one is alike enough."""
        candidates = sorted({s for key in self._probes(features) for s in self._by_feature.get(key, ())})
        sparse = len(split(features)[0]) < self.rule.min_who_features
        mine = self._rarity(features)
        best: Match | None = None
        for sid in candidates:
            profile = self.stories[sid]
            if not self._in_window(profile, day):
                continue
            theirs = self._rarity(profile.features)
            match = self._with_names(self._compare(sid, mine, theirs, sparse), mine, theirs)
            if not self._joins(match, profile):
                continue
            if best is None or (match.overall, match.who) > (best.overall, best.who):
                best = match
        return best

    def _joins(self, match: Match, profile: Profile) -> bool:
        if match.sparse:
            return match.overall >= self.rule.sparse_similarity
        needed = max(self.rule.min_who, self.rule.cohesion * profile.cohesion())
        if match.names is not None and match.names < self.rule.min_names:
            return False
        return match.who >= needed and match.overall >= self.rule.min_similarity

    def _probes(self, features: Features) -> set[str]:
        """The features a story is found by: an article's heaviest ones, and its heaviest names,
        figures and places (indexing these alone keeps the index small)."""
        who, _ = split(features)
        top = self.rule.probe_features
        return {
            *sorted(features, key=lambda k: (-features[k], k))[:top],
            *sorted(who, key=lambda k: (-who[k], k))[:top],
        }

    def _in_window(self, profile: Profile, day: date | None) -> bool:
        if day is None or profile.first_day is None or profile.last_day is None:
            return True
        window = self.rule.window_days
        return (profile.first_day - day).days <= window and (day - profile.last_day).days <= window

    @staticmethod
    def _compare(sid: str, features: Features, story: Features, sparse: bool) -> Match:
        who_a, _ = split(features)
        who_b, _ = split(story)
        who = cosine(who_a, who_b, norm(who_a), norm(who_b))
        overall = cosine(features, story, norm(features), norm(story))
        return Match(sid, who, overall, sparse)

    def _with_names(self, match: Match, features: Features, story: Features) -> Match:
        """The match with the cosine of the names alone, when both name enough people and bodies."""
        mine, theirs = names_of(features), names_of(story)
        if min(len(mine), len(theirs)) < self.rule.min_name_features:
            return match
        return replace(match, names=cosine(mine, theirs, norm(mine), norm(theirs)))

    def add(
        self, article_id: str, story: str, features: Features, day: date | None, who: float | None = None
    ) -> None:
        """Put an article in a story (a new one when ``story`` is unknown); ``who`` is its
        who-cosine with the story when it joined it by its profile, else None."""
        self.remove(article_id)
        profile = self.stories.setdefault(story, Profile(story))
        profile.add(article_id, features, day, who)
        self._member_of[article_id] = story
        self._df.update(features.keys())
        probes = self._probes(features)
        for key in probes:
            self._by_feature[key].add(story)
        if self._horizon.keep is not None:  # only a story that may be forgotten keeps its probes
            profile.probes.update(probes)
        self._horizon.note(story, profile.last_day)

    def forget_old(self) -> list[str]:
        """Forget the stories no later article can join (:mod:`eventwire.stories.horizon`); returns
        their ids.  Their articles still count among those seen for the rarity of features."""
        gone = []
        for day, story in self._horizon.expired():
            profile = self.stories.get(story)
            if profile is not None and profile.last_day == day:
                self._forget(profile)
                gone.append(story)
        return gone

    def _forget(self, profile: Profile) -> None:
        del self.stories[profile.id]
        for article_id in profile.members:
            if self._member_of.get(article_id) == profile.id:
                del self._member_of[article_id]
                self._forgotten += 1
        for key in profile.probes:
            indexed = self._by_feature[key]
            indexed.discard(profile.id)
            if not indexed:
                del self._by_feature[key]

    def remove(self, article_id: str) -> None:
        """Take an article out of its story (it is being processed again)."""
        found = self._member_of.pop(article_id, None)
        if found is not None:
            self.stories[found].remove(article_id)
