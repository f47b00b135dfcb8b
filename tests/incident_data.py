"""Hand-built stores of incidents for tests of listings, series, alerts and exports (no NLP)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from eventwire.model import Actor, Article, Event, Party, Place, Span
from eventwire.store import Store


@dataclass(frozen=True)
class Report:
    """One article reporting one event of an incident."""

    article: str
    incident: str
    day: date
    type: str = "ASSAULT"
    quad_class: int = 4
    goldstein: float = -10.0
    cameo: str = "190"
    country: str = "IRQ"
    fatalities: int | None = None
    url: str | None = None


def article(r: Report) -> Article:
    """An article of one sentence and one event: its source, target and place named."""
    text = f"Militants attacked a base in Kirkuk on that\nday, report {r.article}.\n\nMore follows."
    at = text.index("Kirkuk")
    place = Place(
        id="P1",
        text="Kirkuk",
        start=at,
        end=at + 6,
        name="Kirkuk",
        country=r.country,
        lat=35.47,
        lon=44.39,
        geonameid=94787,
        feature="city",
    )
    actors = [
        Actor(
            id="A1",
            name="militants",
            mentions=[(0, 9)],
            country=r.country,
            sector="REB",
            code=f"{r.country}REB",
            kind="group",
        ),
        Actor(
            id="A2",
            name="a base",
            mentions=[(19, 25)],
            country=r.country,
            sector="MIL",
            code=f"{r.country}MIL",
            kind="group",
        ),
    ]
    event = Event(
        id="e1",
        type=r.type,
        cameo=r.cameo,
        quad_class=r.quad_class,
        goldstein=r.goldstein,
        source=Party(actor="A1", text="Militants"),
        target=Party(actor="A2", text="a base"),
        date=r.day.isoformat(),
        place="P1",
        fatalities=r.fatalities,
        modality="asserted",
        evidence=Span(start=0, end=text.index(".")),
        trigger=Span(start=10, end=18),
        confidence=0.8,
        incident=r.incident,
    )
    return Article(
        id=r.article,
        text=text,
        url=r.url,
        published=r.day.isoformat(),
        actors=actors,
        places=[place],
        events=[event],
        story=f"st-{r.incident}",
    )


def store_of(path: Path, reports: list[Report]) -> Path:
    """A store holding one article per report (incidents as given, not assigned)."""
    with Store(path) as store:
        store.write_articles([article(r) for r in reports], store.begin_run({}, "test"))
    return path


def weekly(country: str, weeks: list[int], first: date = date(2024, 1, 1)) -> list[Report]:
    """Incidents in ``country``: ``weeks[k]`` of them in the k-th week (Mondays from ``first``)."""
    out = []
    for k, count in enumerate(weeks):
        day = first + timedelta(weeks=k, days=2)
        for n in range(count):
            name = f"{country}-{k}-{n}"
            out.append(Report(article=name, incident=f"in-{name}", day=day, country=country))
    return out
