"""Text the command line prints: summaries, event listings, one marked-up article.

Rendering only: every function returns a string and touches no file, store or
terminal, so the CLI and the HTTP API can share them and tests can read them.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from eventwire.errors import UsageError
from eventwire.model import Actor, Article, Event, Party, Place
from eventwire.store.queries import EVENT_COLUMNS, Summary

EVENT_FORMATS = ("table", "jsonl", "csv")

#: A summary lists at most this many failures: the rest are in the ``failures`` table.
MAX_FAILURES = 20

# --- fixed-width tables -------------------------------------------------------------------------


def _cell(value: object, width: int | None = None) -> str:
    text = "" if value is None else " ".join(str(value).split())
    if width is not None and len(text) > width:
        return text[: max(width - 1, 0)] + "…"
    return text


def table(headers: Sequence[str], rows: Iterable[Sequence[object]], widths: Sequence[int | None] = ()) -> str:
    """A plain fixed-width table; ``widths`` caps columns (None: no cap), long cells end in '…'."""
    caps = list(widths) + [None] * (len(headers) - len(widths))
    raw = [list(row) for row in rows]
    cells = [[_cell(v, cap) for v, cap in zip(row, caps, strict=False)] for row in raw]
    sizes = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
    lines = [_line(headers, sizes), _line(["-" * n for n in sizes], sizes)]
    lines += [
        _line(row, sizes, [_is_number(v) for v in values]) for row, values in zip(cells, raw, strict=True)
    ]
    return "\n".join(lines)


def _line(cells: Sequence[str], sizes: Sequence[int], right: Sequence[bool] = ()) -> str:
    flags = list(right) + [False] * (len(cells) - len(right))
    padded = (c.rjust(n) if r else c.ljust(n) for c, n, r in zip(cells, sizes, flags, strict=False))
    return "  ".join(padded).rstrip()


def _is_number(value: object) -> bool:
    # Counts and scores read best right-aligned; codes such as CAMEO "070" are strings and stay left.
    return isinstance(value, int | float) and not isinstance(value, bool)


# --- summary ------------------------------------------------------------------------------------


def render_summary(s: Summary) -> str:
    """The corpus at a glance: counts, then events by type, top dyads, top actors and failures."""
    again = f" (and {s.n_references} mentions of acts told before)" if s.n_references else ""
    counts = f"Events: {s.n_events}{again}  Quotes: {s.n_quotes}  Failures: {s.n_failures}"
    header = f"Articles: {s.n_articles}  {counts}"
    sections = [
        header + _languages_line(s),
        _section("Events by PLOVER type", ["type", "events"], list(s.events_by_type.items())),
        _section(
            "Top dyads",
            ["source", "target", "events"],
            [(src, tgt, n) for (src, tgt), n in s.top_dyads.items()],
        ),
        _section("Top actors", ["actor", "code", "mentions"], s.top_actors),
        _failures_section(s),
    ]
    return "\n\n".join(sections) + "\n"


def _languages_line(s: Summary) -> str:
    """'Languages: en 130, pt 3 (not coded: 3)' when some article is not coded for its language."""
    others = {k: n for k, n in s.languages.items() if k not in ("en", "unknown")}
    if not others:
        return ""
    listed = ", ".join(f"{k} {n}" for k, n in s.languages.items())
    return f"\nLanguages: {listed} (not coded: {sum(others.values())})"


def _section(title: str, headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    body = table(headers, rows, widths=[40, 40, 40]) if rows else "(none)"
    return f"{title}\n{body}"


def _failures_section(s: Summary) -> str:
    title = "Failures" + (f" (latest run {s.latest_run})" if s.latest_run else "")
    if not s.failures:
        return f"{title}\n(none)"
    # The error is the one cell a user needs whole: it gets no width cap.
    body = table(["source", "stage", "error"], s.failures[:MAX_FAILURES], widths=[60, 12, None])
    more = len(s.failures) - MAX_FAILURES
    return f"{title}\n{body}" + (f"\n... and {more} more" if more > 0 else "")


# --- event listings -----------------------------------------------------------------------------

_TABLE_COLUMNS = (
    ("date", "date", 10),
    ("type", "type", 9),
    ("cameo", "cameo", 5),
    ("source", "source", 28),
    ("target", "target", 28),
    ("fatalities", "killed", 6),
    ("modality", "modality", 9),
    ("evidence_text", "evidence", 70),
)


def render_events(rows: list[dict[str, object]], fmt: str) -> str:
    """Event rows from ``query_events`` as a text table, JSON lines or CSV (with a header row)."""
    if fmt == "jsonl":
        return "".join(json.dumps(row, ensure_ascii=False, default=str) + "\n" for row in rows)
    if fmt == "csv":
        return _events_csv(rows)
    if fmt == "table":
        return _events_table(rows)
    raise UsageError(f"--format must be one of {', '.join(EVENT_FORMATS)}, not {fmt!r}")


def render_rows(
    rows: list[dict[str, object]], fmt: str, shown: Sequence[tuple[str, int | None]], what: str
) -> str:
    """Rows of any listing (incidents, stories, series, alerts) as a table of the ``shown``
    columns (key, width cap), JSON lines or CSV of every column."""
    if fmt == "jsonl":
        return "".join(json.dumps(row, ensure_ascii=False, default=str) + "\n" for row in rows)
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.DictWriter(
            out, fieldnames=list(rows[0]) if rows else [k for k, _ in shown], lineterminator="\n"
        )
        writer.writeheader()
        writer.writerows({k: _one_line(v) for k, v in row.items()} for row in rows)
        return out.getvalue()
    if fmt != "table":
        raise UsageError(f"--format must be one of {', '.join(EVENT_FORMATS)}, not {fmt!r}")
    if not rows:
        return f"(no {what})\n"
    body = table(
        [k for k, _ in shown], ([row.get(k) for k, _ in shown] for row in rows), [w for _, w in shown]
    )
    return body + f"\n({len(rows)} {what})\n"


def _one_line(value: object) -> object:
    return " ".join(value.split()) if isinstance(value, str) else value


def _events_csv(rows: list[dict[str, object]]) -> str:
    out = io.StringIO()
    columns = list(rows[0]) if rows else list(EVENT_COLUMNS)
    writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def _party_label(row: dict[str, object], side: str) -> object:
    name = row.get(f"{side}_name") or row.get(f"{side}_text")
    code = row.get(f"{side}_code")
    if name and code:
        return f"{name} ({code})"
    return name or code


def _events_table(rows: list[dict[str, object]]) -> str:
    """One table, its rows grouped under a line naming their article (ids are long; `show` needs them)."""
    if not rows:
        return "(no events)\n"
    shaped = [
        [
            _party_label(row, key) if key in ("source", "target") else row.get(key)
            for key, _, _ in _TABLE_COLUMNS
        ]
        for row in rows
    ]
    headers = [title for _, title, _ in _TABLE_COLUMNS]
    widths = [width for _, _, width in _TABLE_COLUMNS]
    lines = table(headers, shaped, widths).splitlines()
    out = ["  " + line for line in lines[:2]]
    previous = None
    for row, line in zip(rows, lines[2:], strict=True):
        if row.get("article_id") != previous:
            previous = row.get("article_id")
            out.append(_article_line(row))
        out.append("  " + line)
    return "\n".join(out) + f"\n({len(rows)} events)\n"


def _article_line(row: dict[str, object]) -> str:
    return " · ".join(str(row[key]) for key in ("article_id", "published", "title") if row.get(key))


# --- one article --------------------------------------------------------------------------------

_OPEN, _CLOSE = "⟦", "⟧"
_ANSI = {"event": "\x1b[1;33m", "quote": "\x1b[36m", "both": "\x1b[1;35m", "label": "\x1b[7m"}
_RESET = "\x1b[0m"


@dataclass(frozen=True)
class _Mark:
    """A span of the text to mark, with the labels of everything it is evidence for."""

    start: int
    end: int
    labels: tuple[str, ...]
    kind: str  # "event" or "quote"


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The span clipped to the text, without the whitespace at its edges (it would mark blank lines)."""
    start, end = min(max(start, 0), len(text)), min(max(end, 0), len(text))
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _marks(article: Article) -> list[_Mark]:
    """Event evidence and quote spans; events sharing one sentence share one mark ('E1,E2')."""
    grouped: dict[tuple[int, int, str], list[str]] = {}
    text = article.text
    for i, event in enumerate(article.events, 1):
        span = _trimmed(text, event.evidence.start, event.evidence.end)
        grouped.setdefault((*span, "event"), []).append(f"E{i}")
    for i, quote in enumerate(article.quotes, 1):
        grouped.setdefault((*_trimmed(text, quote.start, quote.end), "quote"), []).append(f"Q{i}")
    marks = [_Mark(s, e, tuple(labels), kind) for (s, e, kind), labels in grouped.items() if e > s]
    # Outer spans open first, so that nested marks close in the right order.
    return sorted(marks, key=lambda m: (m.start, -m.end))


def mark_text(text: str, marks: Sequence[_Mark], color: bool = False) -> str:
    """``text`` with each mark bracketed as ``⟦E1 …⟧``, or coloured with ANSI codes when ``color``.

    Brackets always nest: where two spans cross, the inner one is closed with the
    outer and opened again after it, so each ``⟧`` closes the nearest ``⟦``.
    """
    bounds = sorted({0, len(text)} | {m.start for m in marks} | {m.end for m in marks})
    out: list[str] = []
    stack: list[_Mark] = []
    for left, right in itertools.pairwise([*bounds, len(text)]):
        _close_at(left, stack, out, color)
        for m in marks:
            if m.start == left:
                out.append(_open(m, color))
                stack.append(m)
        segment = text[left:right]
        out.append(_paint(segment, {m.kind for m in stack}) if color else segment)
    return "".join(out)


def _open(mark: _Mark, color: bool) -> str:
    label = ",".join(mark.labels)
    return f"{_ANSI['label']} {label} {_RESET}" if color else f"{_OPEN}{label} "


def _close_at(position: int, stack: list[_Mark], out: list[str], color: bool) -> None:
    """Close every open mark ending at ``position``, re-opening inner marks that go on."""
    ending = [i for i, m in enumerate(stack) if m.end == position]
    if not ending:
        return
    closed = stack[ending[0] :]
    del stack[ending[0] :]
    if not color:
        out.append(_CLOSE * len(closed))
    for m in closed:
        if m.end != position:
            if not color:
                out.append(_open(m, color))
            stack.append(m)


def _paint(segment: str, kinds: set[str]) -> str:
    if not kinds:
        return segment
    style = _ANSI["both"] if len(kinds) > 1 else _ANSI[next(iter(kinds))]
    return f"{style}{segment}{_RESET}"


def render_article(article: Article, color: bool = False, reports: Reports | None = None) -> str:
    """The article's text with events (E1…) and quotes (Q1…) marked, then what was extracted.

    ``reports`` (from the store) adds how many articles tell the article's story and how many
    mention each of its events' incidents."""
    blocks = [
        _article_header(article, reports),
        mark_text(article.text, _marks(article), color),
        _events_block(article, reports),
        _quotes_block(article),
        _actors_block(article),
        _times_block(article),
        _places_block(article),
    ]
    if article.warnings:
        blocks.append("Warnings\n" + "\n".join(f"  - {w}" for w in article.warnings))
    return "\n\n".join(b for b in blocks if b) + "\n"


@dataclass(frozen=True)
class Reports:
    """How widely an article's story and events are reported, as a store counts them."""

    story_articles: int
    incident_mentions: Mapping[str, int]


def _article_header(article: Article, reports: Reports | None = None) -> str:
    lines = [article.title or "(untitled)", f"id: {article.id}"]
    if article.story:
        told = f" ({reports.story_articles} articles)" if reports is not None else ""
        lines.append(f"story: {article.story}{told}")
    if article.duplicate_of:
        lines.append(f"copy of: {article.duplicate_of}")
    if article.published:
        lines.append(f"published: {article.published}")
    if article.url:
        lines.append(f"url: {article.url}")
    if article.dateline:
        place = article.dateline.place
        lines.append(f"dateline: {article.dateline.text}" + (f" → {_place_label(place)}" if place else ""))
    if article.credits:
        lines.append("credits: " + ", ".join(article.credits))
    if article.removed:
        n = len(article.removed)
        lines.append(f"removed in cleaning: {n} piece{'' if n == 1 else 's'}")
    return "\n".join(lines)


def _actor_label(actors: dict[str, Actor], party: Party) -> str:
    actor = actors.get(party.actor) if party.actor else None
    if actor is not None:
        return f"{actor.name} ({actor.code})" if actor.code else actor.name
    return party.text or "?"


def _event_line(
    i: int, event: Event, actors: dict[str, Actor], places: dict[str, str], reports: Reports | None = None
) -> str:
    kind = event.type + (f"/{event.mode}" if event.mode else "")
    parts = [f"E{i}  {kind}"]
    if event.cameo:
        parts.append(f"cameo {event.cameo}")
    parts.append(f"{_actor_label(actors, event.source)} → {_actor_label(actors, event.target)}")
    if event.date:
        parts.append(f"date {event.date}")
    if event.place:
        parts.append(f"place {places.get(event.place, event.place)}")
    for name in ("fatalities", "injured", "kidnapped", "arrested"):
        value = getattr(event, name)
        if value is not None:
            parts.append(f"{name} {value}")
    parts += [event.modality, f"confidence {event.confidence:.2f}"]
    if event.incident:
        mentions = reports.incident_mentions.get(event.incident) if reports is not None else None
        parts.append(f"incident {event.incident}" + (f" ({mentions} mentions)" if mentions else ""))
    return "  ".join(parts[:1]) + "  " + " · ".join(parts[1:])


def _events_block(article: Article, reports: Reports | None = None) -> str:
    if not article.events:
        return "Events\n  (none)"
    actors = {a.id: a for a in article.actors}
    placed = ((e.place, article.place_by_id(e.place)) for e in article.events if e.place)
    places = {place_id: _place_label(place) for place_id, place in placed if place is not None}
    return "Events\n" + "\n".join(
        "  " + _event_line(i, e, actors, places, reports) for i, e in enumerate(article.events, 1)
    )


def _quotes_block(article: Article) -> str:
    if not article.quotes:
        return "Quotes\n  (none)"
    actors = {a.id: a for a in article.actors}
    lines = []
    for i, quote in enumerate(article.quotes, 1):
        speaker = _actor_label(actors, Party(actor=quote.speaker.actor, text=quote.speaker.text))
        how = ", ".join(x for x in (quote.cue, "direct" if quote.direct else "reported") if x)
        lines.append(f'  Q{i}  {speaker}: "{quote.text}"  ({how})')
    return "Quotes\n" + "\n".join(lines)


def _actors_block(article: Article) -> str:
    if not article.actors:
        return ""
    rows = [(a.id, a.name, a.code, a.country, a.sector, a.kind, len(a.mentions)) for a in article.actors]
    body = table(["id", "name", "code", "country", "sector", "kind", "mentions"], rows, widths=[8, 40])
    return "Actors\n" + _indent(body)


def _times_block(article: Article) -> str:
    if not article.times:
        return ""
    rows = [(t.text, t.type, t.value) for t in article.times]
    return "Times\n" + _indent(table(["text", "type", "value"], rows, widths=[40]))


def _place_label(place: Place) -> str:
    return f"{place.name} ({place.country})" if place.country else place.name


def _places_block(article: Article) -> str:
    if not article.places:
        return ""
    rows = [(p.id, p.text, p.name, p.country, p.lat, p.lon, p.geonameid) for p in article.places]
    body = table(["id", "text", "name", "country", "lat", "lon", "geonameid"], rows, widths=[8, 30, 30])
    return "Places\n" + _indent(body)


def _indent(text: str) -> str:
    return "\n".join("  " + line for line in text.splitlines())
