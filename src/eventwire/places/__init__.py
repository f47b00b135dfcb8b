"""Places: toponym recognition and geocoding.

``find_places`` finds every place mention in an article's text and geocodes
it against a gazetteer built from GeoNames (countries, first-level regions,
cities of at least ``places.min_city_population`` people, 15,000 by default; continents)
and a short list of regions and seas.
See :mod:`eventwire.places.toponyms` for what counts as a mention and what
its span covers, and :mod:`eventwire.places.disambiguation` for how
same-named places are told apart.
"""

from __future__ import annotations

from eventwire.places.find import find_places, geocode
from eventwire.places.stage import PlacesStage

__all__ = ["PlacesStage", "find_places", "geocode"]
