"""A generated store of many events, for the web API's benchmark and tests: no real news in it.

Coding 100,000 real events takes hours on a laptop; the HTTP API's speed depends on the
store's size, not on how the events were found.  Each generated article is a few sentences
("Iraqi forces attacked rebels in Mosul.") whose actors, events, places and quotes carry true
offsets into its text, over a handful of countries, the PLOVER types of every QuadClass, places
with coordinates, and six years of dates, so that every filter and aggregate has something to
find.  The same seed gives the same store.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from eventwire.model import Actor, Article, Event, Party, Place, Quote, Span, Speaker

# name, CAMEO code, country, sector
ACTORS = [
    ("Iraqi forces", "IRQMIL", "IRQ", "MIL"),
    ("the Iraqi government", "IRQGOV", "IRQ", "GOV"),
    ("Syrian rebels", "SYRREB", "SYR", "REB"),
    ("the Syrian army", "SYRMIL", "SYR", "MIL"),
    ("Ukrainian troops", "UKRMIL", "UKR", "MIL"),
    ("Russian forces", "RUSMIL", "RUS", "MIL"),
    ("the Kremlin", "RUSGOV", "RUS", "GOV"),
    ("Nigerian police", "NGACOP", "NGA", "COP"),
    ("Boko Haram", "NGAREB", "NGA", "REB"),
    ("Colombian protesters", "COLOPP", "COL", "OPP"),
    ("the Colombian government", "COLGOV", "COL", "GOV"),
    ("the United Nations", "IGOUNO", None, "IGO"),
    ("the US State Department", "USAGOV", "USA", "GOV"),
    ("Israeli forces", "ISRMIL", "ISR", "MIL"),
    ("Hamas", "PSEREB", "PSE", "REB"),
    ("Indian police", "INDCOP", "IND", "COP"),
]

# PLOVER type, CAMEO code, QuadClass, Goldstein, the verb as written
ACTS = [
    ("CONSULT", "040", 1, 1.0, "met"),
    ("AGREE", "057", 1, 8.0, "signed an agreement with"),
    ("REQUEST", "020", 1, 3.0, "appealed to"),
    ("SUPPORT", "051", 1, 3.4, "praised"),
    ("AID", "070", 2, 7.0, "sent aid to"),
    ("COOPERATE", "060", 2, 6.0, "worked with"),
    ("RETREAT", "087", 2, 9.0, "withdrew from positions held against"),
    ("ACCUSE", "112", 3, -2.0, "accused"),
    ("THREATEN", "130", 3, -4.4, "threatened"),
    ("REJECT", "120", 3, -4.0, "rejected demands of"),
    ("PROTEST", "140", 3, -6.5, "protested against"),
    ("COERCE", "170", 4, -7.0, "detained members of"),
    ("ASSAULT", "190", 4, -10.0, "attacked"),
    ("SANCTION", "163", 4, -8.0, "imposed sanctions on"),
    ("MOBILIZE", "154", 4, -7.2, "mobilised troops against"),
]

# name, country, latitude, longitude
PLACES = [
    ("Baghdad", "IRQ", 33.34, 44.40),
    ("Mosul", "IRQ", 36.34, 43.13),
    ("Aleppo", "SYR", 36.20, 37.16),
    ("Damascus", "SYR", 33.51, 36.29),
    ("Kyiv", "UKR", 50.45, 30.52),
    ("Kharkiv", "UKR", 49.99, 36.23),
    ("Moscow", "RUS", 55.76, 37.62),
    ("Maiduguri", "NGA", 11.85, 13.16),
    ("Lagos", "NGA", 6.45, 3.40),
    ("Bogota", "COL", 4.71, -74.07),
    ("Cali", "COL", 3.45, -76.53),
    ("Gaza", "PSE", 31.50, 34.47),
    ("Jerusalem", "ISR", 31.77, 35.21),
    ("New Delhi", "IND", 28.61, 77.21),
    ("Srinagar", "IND", 34.08, 74.80),
    ("Washington", "USA", 38.90, -77.04),
    ("Geneva", "CHE", 46.20, 6.14),
]

FIRST_DAY = date(2019, 1, 1)
DAYS = 6 * 365


class _Text:
    """An article's text as it is written, handing back the offsets of each piece."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0

    def add(self, piece: str) -> tuple[int, int]:
        start = self.size
        self.parts.append(piece)
        self.size += len(piece)
        return start, self.size

    def __str__(self) -> str:
        return "".join(self.parts)


def synthetic_article(n: int, events: int, rng: random.Random) -> Article:
    """Article ``n`` with ``events`` events between actors drawn from ACTORS, in PLACES."""
    published = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
    text = _Text()
    mentions: dict[int, list[tuple[int, int]]] = {}
    coded: list[Event] = []
    places: list[Place] = []
    for k in range(events):
        source, target = rng.sample(range(len(ACTORS)), 2)
        kind, cameo, quad, goldstein, verb = rng.choice(ACTS)
        city, country, lat, lon = rng.choice(PLACES)
        begin = text.size
        s_span = text.add(ACTORS[source][0][0].upper() + ACTORS[source][0][1:])
        text.add(f" {verb} ")
        t_span = text.add(ACTORS[target][0])
        text.add(" in ")
        p_span = text.add(city)
        day = published - timedelta(days=rng.randrange(4))
        text.add(f" on {day:%A}, {'killing ' + str(k + 2) + ' people' if quad == 4 else 'officials said'}.")
        mentions.setdefault(source, []).append(s_span)
        mentions.setdefault(target, []).append(t_span)
        places.append(
            Place(
                id=f"p{k + 1}",
                text=city,
                start=p_span[0],
                end=p_span[1],
                name=city,
                country=country,
                lat=lat,
                lon=lon,
                geonameid=None,
                feature="city",
            )
        )
        coded.append(
            Event(
                id=f"e{k + 1}",
                type=kind,
                cameo=cameo,
                quad_class=quad,
                goldstein=goldstein,
                source=Party(actor=f"a{source}", text=ACTORS[source][0]),
                target=Party(actor=f"a{target}", text=ACTORS[target][0]),
                date=day.isoformat(),
                place=f"p{k + 1}",
                fatalities=k + 2 if quad == 4 else None,
                evidence=Span(start=begin, end=text.size),
                confidence=round(rng.uniform(0.3, 0.95), 2),
            )
        )
        text.add(" ")
    speaker = next(iter(mentions))
    q_start, q_end = text.add('"We will not stand by,"')
    who = text.add(" said a spokesman for ")
    named = text.add(ACTORS[speaker][0])
    text.add(".")
    mentions[speaker].append(named)
    quote = Quote(
        text="We will not stand by,",
        start=q_start + 1,
        end=q_end - 2,
        cue="said",
        speaker=Speaker(actor=f"a{speaker}", text=ACTORS[speaker][0], start=named[0], end=named[1]),
    )
    del who
    actors = [
        Actor(
            id=f"a{i}",
            name=ACTORS[i][0],
            mentions=sorted(spans),
            code=ACTORS[i][1],
            country=ACTORS[i][2],
            sector=ACTORS[i][3],
            kind="org",
        )
        for i, spans in sorted(mentions.items())
    ]
    return Article(
        id=f"syn-{n:06d}",
        title=f"Report {n}: {coded[0].type.lower()} in {places[0].name}",
        url=f"https://news.example/{n}",
        published=published.isoformat(),
        text=str(text),
        actors=actors,
        events=coded,
        quotes=[quote],
        places=places,
    )


def synthetic_articles(n_events: int, per_article: int = 4, seed: int = 14) -> Iterator[Article]:
    """Articles holding ``n_events`` events in all, ``per_article`` each (the last may hold fewer)."""
    rng = random.Random(seed)
    n = 0
    while n * per_article < n_events:
        yield synthetic_article(n, min(per_article, n_events - n * per_article), rng)
        n += 1


def write_store(path: Path, n_events: int, seed: int = 14, batch: int = 2000) -> int:
    """A new store at ``path`` holding ``n_events`` generated events; returns the articles written."""
    from eventwire.store import Store

    written = 0
    with Store(path) as store:
        run_id = store.begin_run({"generated": "bench/synthetic.py", "events": n_events}, "synthetic")
        articles: list[Article] = []
        for article in synthetic_articles(n_events, seed=seed):
            articles.append(article)
            if len(articles) == batch:
                store.write_articles(articles, run_id)
                written += len(articles)
                articles = []
        store.write_articles(articles, run_id)
        written += len(articles)
        store.end_run(run_id, written, 0)
    return written
