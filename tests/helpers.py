"""Test helpers: run the real stages on a text without the reader and cleaner; load a script by path."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

from eventwire.engine import extractor_stages
from eventwire.model import Article, Event
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


def at_word(article: Article, ev: Event, word: str) -> bool:
    """The event's trigger is the given word(s), or begins with that word: a phrasal verb's trigger
    takes its particle ("hit out", "went off"), a word still finds it."""
    if ev.trigger is None:
        return False
    text = article.text[ev.trigger.start : ev.trigger.end]
    return text == word or text.split(" ", 1)[0] == word


def event_at(article: Article, word: str) -> list[dict[str, object]]:
    """Events whose trigger is (or begins with) the given word, as contract dicts."""
    return [ev.model_dump() for ev in article.events if at_word(article, ev, word)]


def one_event_at(backend: Backend, text: str, word: str, published: str) -> tuple[Article, dict[str, Any]]:
    """The analysed article and its one event whose trigger is the given word (asserted: exactly one)."""
    article = analyse(backend, text, published=published)
    events = event_at(article, word)
    assert len(events) == 1, [(e.type, e.trigger) for e in article.events]
    return article, events[0]


def assert_act(backend: Backend, text: str, word: str, published: str, want: tuple[str, str, str]) -> None:
    """The one event at the word has this (type, source words, target words); "" for no party."""
    _, event = one_event_at(backend, text, word, published)
    parties = (event["source"].get("text") or "", event["target"].get("text") or "")
    assert (event["type"], *parties) == want


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
    assert not [e for e in article.events if at_word(article, e, word)], triggers


def assert_type_coded(backend: Backend, text: str, kind: str, published: str) -> None:
    """Some event of the analysed text has the given PLOVER type."""
    article = analyse(backend, text, published=published, until="events")
    assert kind in {e.type for e in article.events}, [(e.type, e.trigger) for e in article.events]


def load_script(path: Path, name: str) -> ModuleType:
    """The Python file at ``path`` (a build script or a tool, not a package module), imported as ``name``."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
