"""Copies, stories and incidents: counting the world, not the articles (README, "Copies, stories
and incidents").

- :mod:`eventwire.stories.assign`: ``Assigner.assign(articles)`` sets ``duplicate_of``, ``story``
  and each event's ``incident``, in order, against everything seen (and, loaded by
  :func:`eventwire.stories.state.load`, everything stored);
- :mod:`eventwire.stories.copies`, :mod:`eventwire.stories.clusters`,
  :mod:`eventwire.stories.incidents`: the three decisions; :mod:`eventwire.stories.features` and
  :mod:`eventwire.stories.text`: what they compare;
- :mod:`eventwire.stories.horizon`: forgetting what no later article can join
  (``stories.forget_after_days``), so that memory stays bounded on a long feed;
- :mod:`eventwire.stories.reword`: reworded copies of a text, for tests and ``eval copies``.

Listing what a store holds (incidents, stories, series, alerts, exports) is
:mod:`eventwire.store.incidents`, :mod:`eventwire.store.series` and :mod:`eventwire.store.exports`,
and the methods of ``eventwire.open(db)``.
"""
