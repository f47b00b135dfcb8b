"""Test helpers: run the real stages on a text without the reader and cleaner."""

from __future__ import annotations

from eventwire.engine import extractor_stages
from eventwire.model import Article
from eventwire.nlp import Backend


def analyse(backend: Backend, text: str, published: str = "2021-12-09", until: str = "events") -> Article:
    """The article after the NLP stage and the engine's extractors, up to the stage named ``until``."""
    article = Article(id="t", text=text, published=published)
    article = article.with_(parse=backend.parse_many([text])[0])
    for stage in extractor_stages():
        article = stage([article])[0]
        if stage.name == until:
            break
    return article


def event_at(article: Article, word: str) -> list[dict[str, object]]:
    """Events whose trigger is the given word, as contract dicts."""
    out = []
    for ev in article.events:
        if ev.trigger is not None and article.text[ev.trigger.start : ev.trigger.end] == word:
            out.append(ev.model_dump())
    return out


def types_at(backend: Backend, text: str, word: str) -> list[object]:
    """The types of the events whose trigger is the given word, in the analysed text."""
    return [ev["type"] for ev in event_at(analyse(backend, text), word)]


def party_text(article: Article, party: dict[str, object]) -> str:
    """The party's words plus its actor's name and code, for loose assertions."""
    actor = next((a for a in article.actors if a.id == party.get("actor")), None)
    extra = f" {actor.name} {actor.code} {actor.country}" if actor else ""
    return f"{party.get('text') or ''}{extra}"


def assert_no_event_at(backend: Backend, text: str, word: str, published: str) -> None:
    """No event of the analysed text has the given word as its trigger."""
    article = analyse(backend, text, published=published, until="events")
    triggers = [(e.type, article.text[e.trigger.start : e.trigger.end]) for e in article.events if e.trigger]
    assert not [t for t in triggers if t[1] == word], triggers


def assert_type_coded(backend: Backend, text: str, kind: str, published: str) -> None:
    """Some event of the analysed text has the given PLOVER type."""
    article = analyse(backend, text, published=published, until="events")
    assert kind in {e.type for e in article.events}, [(e.type, e.trigger) for e in article.events]
