"""Articles to table columns and back.

Writing goes column-wise (one Python list per column) because DuckDB inserts
a batch of lists through ``UNNEST`` about sixty times faster than row-by-row
``executemany``.  Reading rebuilds the model objects, so that a stored article
loads back equal (``to_json_dict``) to the one written.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any

from eventwire.model import (
    Actor,
    Article,
    Dateline,
    Event,
    Party,
    Place,
    Quote,
    Removed,
    Span,
    Speaker,
    TimeExpr,
)
from eventwire.store.dates import date_bounds, full_date

Columns = dict[str, list[Any]]
Row = Mapping[str, Any]


class ColumnBuilder:
    """Collects rows of one table as one list per column."""

    def __init__(self) -> None:
        self.columns: Columns = defaultdict(list)
        self.n_rows = 0

    def add(self, **values: Any) -> None:
        for name, value in values.items():
            self.columns[name].append(value)
        self.n_rows += 1


def _clip(text: str, start: int, end: int) -> str:
    return text[max(start, 0) : max(end, 0)]


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def article_columns(articles: Iterable[Article], run_id: str | None, now: datetime) -> dict[str, Columns]:
    """Every table's new rows for ``articles``, as columns; tables without rows are left out."""
    builders: dict[str, ColumnBuilder] = defaultdict(ColumnBuilder)
    for article in articles:
        _add_article(builders["articles"], article, run_id, now)
        _add_actors(builders["actors"], builders["mentions"], article)
        _add_events(builders["events"], article)
        _add_quotes(builders["quotes"], article)
        _add_times(builders["times"], article)
        _add_places(builders["places"], article)
    return {name: dict(b.columns) for name, b in builders.items() if b.n_rows}


def _add_article(out: ColumnBuilder, article: Article, run_id: str | None, now: datetime) -> None:
    dateline = article.dateline
    place = dateline.place if dateline else None
    out.add(
        id=article.id,
        title=article.title,
        url=article.url,
        published=full_date(article.published),
        published_text=article.published,
        source=article.source,
        dateline_text=dateline.text if dateline else None,
        dateline_place=_dumps(place.model_dump(mode="json")) if place else None,
        credits=_dumps(article.credits),
        text=article.text,
        removed=_dumps([r.model_dump(mode="json") for r in article.removed]),
        warnings=_dumps(article.warnings),
        run_id=run_id,
        processed_at=now,
    )


def _add_actors(actors: ColumnBuilder, mentions: ColumnBuilder, article: Article) -> None:
    n_mentions = 0
    for pos, actor in enumerate(article.actors):
        actors.add(
            article_id=article.id,
            pos=pos,
            actor_id=actor.id,
            name=actor.name,
            country=actor.country,
            sector=actor.sector,
            code=actor.code,
            kind=actor.kind,
        )
        for start, end in actor.mentions:
            mentions.add(
                article_id=article.id,
                actor_id=actor.id,
                pos=n_mentions,
                start=start,
                end=end,
                text=_clip(article.text, start, end),
            )
            n_mentions += 1


def _add_events(out: ColumnBuilder, article: Article) -> None:
    for pos, event in enumerate(article.events):
        bounds = date_bounds(event.date)
        out.add(
            article_id=article.id,
            pos=pos,
            event_id=event.id,
            type=event.type,
            mode=event.mode,
            cameo=event.cameo,
            quad_class=event.quad_class,
            goldstein=event.goldstein,
            source_actor=event.source.actor,
            source_text=event.source.text,
            target_actor=event.target.actor,
            target_text=event.target.text,
            date=event.date,
            date_lo=bounds[0] if bounds else None,
            date_hi=bounds[1] if bounds else None,
            place_id=event.place,
            fatalities=event.fatalities,
            injured=event.injured,
            kidnapped=event.kidnapped,
            arrested=event.arrested,
            modality=event.modality,
            evidence_start=event.evidence.start,
            evidence_end=event.evidence.end,
            evidence_text=_clip(article.text, event.evidence.start, event.evidence.end),
            trigger_start=event.trigger.start if event.trigger else None,
            trigger_end=event.trigger.end if event.trigger else None,
            confidence=event.confidence,
        )


def _add_quotes(out: ColumnBuilder, article: Article) -> None:
    for pos, quote in enumerate(article.quotes):
        out.add(
            article_id=article.id,
            pos=pos,
            text=quote.text,
            start=quote.start,
            end=quote.end,
            speaker_actor=quote.speaker.actor,
            speaker_text=quote.speaker.text,
            speaker_start=quote.speaker.start,
            speaker_end=quote.speaker.end,
            direct=quote.direct,
            cue=quote.cue,
        )


def _add_times(out: ColumnBuilder, article: Article) -> None:
    for pos, time in enumerate(article.times):
        out.add(
            article_id=article.id,
            pos=pos,
            text=time.text,
            start=time.start,
            end=time.end,
            type=time.type,
            value=time.value,
        )


def _add_places(out: ColumnBuilder, article: Article) -> None:
    for pos, place in enumerate(article.places):
        out.add(
            article_id=article.id,
            pos=pos,
            place_id=place.id,
            text=place.text,
            start=place.start,
            end=place.end,
            name=place.name,
            country=place.country,
            lat=place.lat,
            lon=place.lon,
            geonameid=place.geonameid,
            feature=place.feature,
        )


# --- reading back -------------------------------------------------------------------------------


def build_article(row: Row, parts: Mapping[str, Sequence[Row]]) -> Article:
    """An Article from its ``articles`` row and its part rows (each list ordered by ``pos``)."""
    place_json = row["dateline_place"]
    dateline = None
    if row["dateline_text"] is not None:
        place = Place.model_validate(json.loads(place_json)) if place_json else None
        dateline = Dateline(text=row["dateline_text"], place=place)
    return Article(
        id=row["id"],
        title=row["title"],
        url=row["url"],
        published=row["published_text"],
        source=row["source"],
        dateline=dateline,
        credits=json.loads(row["credits"]),
        text=row["text"],
        removed=[Removed.model_validate(r) for r in json.loads(row["removed"])],
        actors=_actors(parts.get("actors", ()), parts.get("mentions", ())),
        events=[_event(r) for r in parts.get("events", ())],
        quotes=[_quote(r) for r in parts.get("quotes", ())],
        times=[
            TimeExpr(text=r["text"], start=r["start"], end=r["end"], type=r["type"], value=r["value"])
            for r in parts.get("times", ())
        ],
        places=[_place(r) for r in parts.get("places", ())],
        warnings=json.loads(row["warnings"]),
    )


def _actors(actor_rows: Sequence[Row], mention_rows: Sequence[Row]) -> list[Actor]:
    mentions: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for m in mention_rows:
        mentions[m["actor_id"]].append((m["start"], m["end"]))
    return [
        Actor(
            id=r["actor_id"],
            name=r["name"],
            mentions=mentions.get(r["actor_id"], []),
            country=r["country"],
            sector=r["sector"],
            code=r["code"],
            kind=r["kind"],
        )
        for r in actor_rows
    ]


def _event(r: Row) -> Event:
    trigger = None
    if r["trigger_start"] is not None and r["trigger_end"] is not None:
        trigger = Span(start=r["trigger_start"], end=r["trigger_end"])
    return Event(
        id=r["event_id"],
        type=r["type"],
        mode=r["mode"],
        cameo=r["cameo"],
        quad_class=r["quad_class"],
        goldstein=r["goldstein"],
        source=Party(actor=r["source_actor"], text=r["source_text"]),
        target=Party(actor=r["target_actor"], text=r["target_text"]),
        date=r["date"],
        place=r["place_id"],
        fatalities=r["fatalities"],
        injured=r["injured"],
        kidnapped=r["kidnapped"],
        arrested=r["arrested"],
        modality=r["modality"],
        evidence=Span(start=r["evidence_start"], end=r["evidence_end"]),
        trigger=trigger,
        confidence=r["confidence"],
    )


def _quote(r: Row) -> Quote:
    speaker = Speaker(
        actor=r["speaker_actor"], text=r["speaker_text"], start=r["speaker_start"], end=r["speaker_end"]
    )
    return Quote(
        text=r["text"], start=r["start"], end=r["end"], speaker=speaker, direct=r["direct"], cue=r["cue"]
    )


def _place(r: Row) -> Place:
    return Place(
        id=r["place_id"],
        text=r["text"],
        start=r["start"],
        end=r["end"],
        name=r["name"],
        country=r["country"],
        lat=r["lat"],
        lon=r["lon"],
        geonameid=r["geonameid"],
        feature=r["feature"],
    )
