"""What a story is made of: an article's weighted features, in two channels.

- **who and where** (``n:`` names, ``#:`` figures, ``g:`` places below country level, by GeoNames
  id): what tells two happenings of one kind apart (two earthquakes, two jewel heists in one
  city): their people, their places, their numbers.  The names of countries and of their peoples
  ("Turkish", "Greeks") stay in the channel ("the Indian Navy" is part of who acted), but the
  names alone (:func:`names_of`, which tells who took part) leave them out, as the places leave
  out country-level places: two ministers' meetings about one dispute, a day apart, name the same
  countries and none of the same people;
- **what** (``w:`` content words, ``t:`` PLOVER types of the asserted events): the kind of
  event, which keeps a story apart from other news about the same people.

A feature weighs its channel's weight times ``1 + log(count)`` times its rarity in a reference
corpus (``idf``: the bundled Wikinews demo corpus, ``data/reference_df.tsv``), so that "said"
or "Obama" counts for less than "Sukanya".  The rarity is fixed, not learnt from the store, so
that a story's features do not change as the store grows: a run in two halves gives the stories
of one run.  Only an article's ``stories.max_features`` heaviest features are kept (and stored).
"""

from __future__ import annotations

import math
import sys
from collections import Counter
from functools import cache

from eventwire.countries import aliases, countries
from eventwire.datafiles import rows
from eventwire.model import Article
from eventwire.stories.text import Words, lead_of, words

Features = dict[str, float]

#: Prefixes of the who-and-where channel; every other feature is of the what channel.
WHO_WHERE = ("n:", "#:", "g:", "y:")
_PLACE_FEATURES = frozenset({"city", "admin1", "other", None})


@cache
def _reference() -> tuple[int, dict[str, int]]:
    found = rows("eventwire.stories", "reference_df.tsv")
    total = int(found[0][1])  # first row: "#documents  N"
    return total, {word: int(df) for word, df in found[1:]}


def idf(token: str) -> float:
    """Rarity of a token in the reference corpus: log((N + 1) / (df + 1)) + 1."""
    total, df = _reference()
    return math.log((total + 1) / (df.get(token, 0) + 1)) + 1.0


@cache
def country_words() -> frozenset[str]:
    """The one-word names of countries and of their peoples, lower-cased as names are ("greece",
    "greek", "greeks", "britain"): the country records' names and demonyms, and the aliases."""
    found: set[str] = set()
    for country in countries().values():
        found.add(country.name)
        for demonym in country.demonym.split(","):
            found.update((demonym, demonym + "s"))
    found.update(alias for _, alias in aliases())
    return frozenset(w.strip().lower() for w in found if w.strip() and " " not in w.strip())


def _weighted(counts: Counter[str], prefix: str, weight: float) -> Features:
    return {f"{prefix}{k}": weight * (1.0 + math.log(n)) * idf(k) for k, n in counts.items()}


def article_features(article: Article, found: Words, max_features: int, lead_sentences: int = 3) -> Features:
    """The article's heaviest features, rounded (what is stored is what is compared).  The words of
    the lead (its first sentences) count twice: it tells what happened; background comes later."""
    lead = words(lead_of(article.text, lead_sentences))
    found = Words(
        found.content + lead.content, found.names + lead.names, found.numbers + lead.numbers, found.years
    )
    features: Features = {}
    features.update(_weighted(found.content, "w:", 1.0))
    place_words = {w.lower() for p in article.places for w in p.text.split()}
    names = Counter({k: n for k, n in found.names.items() if k not in place_words})
    features.update(_weighted(names, "n:", 1.5))
    figures = Counter({k: n for k, n in found.numbers.items() if k not in found.years and len(k) > 1})
    features.update(_weighted(figures, "#:", 1.0))
    features.update(_weighted(Counter(found.years), "y:", 1.0))
    places = Counter(p.name.lower() for p in article.places if p.geonameid and p.feature in _PLACE_FEATURES)
    features.update(_weighted(places, "g:", 1.5))
    types = Counter(e.type for e in article.events if e.modality == "asserted")
    features.update({f"t:{k}": 1.0 + math.log(n) for k, n in types.items()})
    top = sorted(features.items(), key=lambda kv: (-kv[1], kv[0]))[:max_features]
    # interned: a run keeps the features of every article, and most recur across articles
    return {sys.intern(k): round(v, 4) for k, v in top}


def split(features: Features) -> tuple[Features, Features]:
    """The who-and-where channel and the what channel."""
    who = {k: v for k, v in features.items() if k.startswith(WHO_WHERE)}
    what = {k: v for k, v in features.items() if not k.startswith(WHO_WHERE)}
    return who, what


def names_of(features: Features) -> Features:
    """The names channel alone: people and bodies, not places, figures, or the names of countries
    and their peoples ("Turkish", "Greek": two ministers' meetings about one dispute name the
    same countries and none of the same people)."""
    countries = country_words()
    return {k: v for k, v in features.items() if k.startswith("n:") and k[2:] not in countries}


def cosine(a: Features, b: Features, norm_a: float, norm_b: float) -> float:
    if not norm_a or not norm_b:
        return 0.0
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return sum(v * large.get(k, 0.0) for k, v in small.items()) / (norm_a * norm_b)


def norm(features: Features) -> float:
    return math.sqrt(sum(v * v for v in features.values()))
