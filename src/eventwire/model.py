"""The data model: an Article and its parts, plain and serialisable.

Every extracted field carries character offsets into ``Article.text`` (the
cleaned body), so that ``text[start:end]`` is its evidence.  No NLP objects live
here: an Article must cross a process or a Ray worker as plain data.  The
parse (:class:`eventwire.parse.Parse`) rides along as plain data too, but is
never written to the JSON output.

Each field is declared once, here: its description (what it is and which module
fills it) feeds the JSON Schema (``eventwire schema``), and the store derives its
tables, writes and reads from these classes (:mod:`eventwire.store.schema`).
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, InstanceOf, PrivateAttr

from eventwire.parse import Parse

Modality = Literal["asserted", "negated", "uncertain"]
TimeType = Literal["DATE", "TIME", "DURATION", "SET"]

#: Frozen, unknown keys rejected; in the JSON Schema every field is required,
#: as every key is always present in the output (null when unknown).
_CONFIG = ConfigDict(frozen=True, extra="forbid", json_schema_serialization_defaults_required=True)

_START = "start of the evidence: character offset into the article's text"
_END = "end (exclusive) of the evidence: character offset into the article's text"


class Part(BaseModel):
    """Base of every output part: frozen, unknown keys rejected."""

    model_config = _CONFIG


class Place(Part):
    """A place named in the text, geocoded; set by eventwire.places."""

    id: str = Field(
        description="place id, unique within the article (events refer to it); set by eventwire.places"
    )
    text: str = Field(description="the place as written; set by eventwire.places")
    start: int = Field(description=f"{_START}; set by eventwire.places")
    end: int = Field(description=f"{_END}; set by eventwire.places")
    name: str = Field(
        description="the gazetteer's name of the place (else the text); set by eventwire.places"
    )
    country: str | None = Field(
        default=None, description="ISO 3166 alpha-3 country the place lies in; set by eventwire.places"
    )
    lat: float | None = Field(default=None, description="latitude (WGS84 degrees); set by eventwire.places")
    lon: float | None = Field(default=None, description="longitude (WGS84 degrees); set by eventwire.places")
    geonameid: int | None = Field(
        default=None, description="GeoNames id of the place; set by eventwire.places"
    )
    feature: str | None = Field(
        default=None, description="geonames feature class: country, admin1, city; set by eventwire.places"
    )


#: the id of the dateline's place, by which an event whose clause names no place says it happened
#: where the story was filed
DATELINE_PLACE = "dl"


class Dateline(Part):
    """The dateline taken off the top of the story ("BAGHDAD (Reuters) -")."""

    text: str = Field(description='the dateline\'s place as written, e.g. "BAGHDAD"; set by eventwire.clean')
    place: Place | None = Field(
        default=None,
        description=f'the dateline geocoded, id "{DATELINE_PLACE}" (its offsets index the dateline\'s text);'
        " set by eventwire.places",
    )


class Removed(Part):
    """A piece of the input that cleaning took out of the text."""

    text: str = Field(description="what was removed; set by eventwire.clean")
    reason: str = Field(
        description='why, e.g. "boilerplate", "dateline", "credit line"; set by eventwire.clean'
    )


class Actor(Part):
    """A person, organisation, country, group or role, its mentions merged; set by eventwire.actors."""

    id: str = Field(
        description="actor id, unique in the article (events and quotes refer to it); set by eventwire.actors"
    )
    name: str = Field(description="the actor's name; set by eventwire.actors")
    mentions: list[tuple[int, int]] = Field(
        description="each mention, a [start, end] pair of offsets into the text; set by eventwire.actors"
    )
    country: str | None = Field(
        default=None, description="ISO 3166 alpha-3 country the actor belongs to; set by eventwire.actors"
    )
    sector: str | None = Field(
        default=None,
        description="CAMEO sector: GOV, MIL, REB, INS, OPP, CVL, MED, BUS, ...; set by eventwire.actors",
    )
    code: str | None = Field(
        default=None, description='CAMEO-style actor code, e.g. "IRQGOV"; set by eventwire.actors'
    )
    kind: str | None = Field(
        default=None, description="person, org, country, group, role; set by eventwire.actors"
    )

    def with_mentions(self, extra: list[tuple[int, int]]) -> Actor:
        """A copy with more mentions (kept sorted, without repeats)."""
        return self.model_copy(update={"mentions": sorted({*self.mentions, *extra})})


class Party(Part):
    """The source or the target of an event; set by eventwire.events."""

    actor: str | None = Field(
        default=None, description="the actor's id (see actors); set by eventwire.events"
    )
    text: str | None = Field(
        default=None, description="the party as written in the text; set by eventwire.events"
    )
    joint: list[str] | None = Field(
        default=None,
        description="the ids of the actors coordinated with this one, in one event with it ('China, Iran and"
        " Russia pledged funds': Iran and Russia); set by eventwire.events",
    )

    def named(self) -> bool:
        """Whether the text names the party at all (an actor, or words)."""
        return self.actor is not None or self.text is not None


class Span(Part):
    """A stretch of the article's text."""

    start: int = Field(description=f"{_START}; set by eventwire.events")
    end: int = Field(description=f"{_END}; set by eventwire.events")


class Event(Part):
    """Who did what to whom, when and where; set by eventwire.events."""

    id: str = Field(description="event id, unique within the article; set by eventwire.events")
    type: str = Field(description='PLOVER event type, upper case, e.g. "ASSAULT"; set by eventwire.events')
    mode: str | None = Field(default=None, description='PLOVER mode, e.g. "aerial"; set by eventwire.events')
    cameo: str | None = Field(
        default=None, description='CAMEO 1.1b3 code, e.g. "190"; set by eventwire.events'
    )
    quad_class: int | None = Field(
        default=None,
        description="QuadClass 1-4: verbal coop, material coop, verbal conflict, material conflict;"
        " set by eventwire.events from the CAMEO code",
    )
    goldstein: float | None = Field(
        default=None, description="Goldstein score of the CAMEO code (-10..10); set by eventwire.events"
    )
    source: Party = Field(default=Party(), description="who acts; set by eventwire.events")
    target: Party = Field(default=Party(), description="who is acted on; set by eventwire.events")
    date: str | None = Field(
        default=None,
        description="YYYY, YYYY-MM or YYYY-MM-DD: the clause's time expression, else the publication date;"
        " set by eventwire.events from eventwire.times",
    )
    place: str | None = Field(
        default=None,
        description=f"the place's id (see places), or \"{DATELINE_PLACE}\" for the dateline's place when the"
        " clause names none; set by eventwire.events",
    )
    fatalities: int | None = Field(
        default=None, description="people killed; set by eventwire.events.casualties"
    )
    injured: int | None = Field(
        default=None, description="people injured; set by eventwire.events.casualties"
    )
    kidnapped: int | None = Field(
        default=None, description="people kidnapped; set by eventwire.events.casualties"
    )
    arrested: int | None = Field(
        default=None, description="people arrested; set by eventwire.events.casualties"
    )
    modality: Modality = Field(
        default="asserted",
        description="asserted, negated or uncertain (forecast, plan, possibility, condition, demand, claim);"
        " set by eventwire.events.modality",
    )
    evidence: Span = Field(
        description="the sentence or clause that states the event, stretched over the words of its source"
        " and target in that sentence; set by eventwire.events"
    )
    trigger: Span | None = Field(
        default=None, description="the word that names the act; set by eventwire.events"
    )
    confidence: float = Field(
        default=0.5,
        description="0..1, the chance that the event is right on ordinary news (fitted on the"
        " project's ordinary-news dev half); set by eventwire.events.confidence",
    )
    refers_to: str | None = Field(
        default=None,
        description="id of the article's earlier event that this mention only names again (\"condemned the"
        ' attack", "hours after the shooting"), or "elsewhere" for an act the article names but never'
        ' reports ("questioned the driver about the attack"): it reports no act of its own, so count events'
        " without it; set by eventwire.events.references",
    )
    incident: str | None = Field(
        default=None,
        description="id of the real-world event this mention reports, shared by its mentions across"
        " articles (the same bombing in twelve reports is one incident); set by eventwire.stories.incidents",
    )
    #: how strongly the event is its sentence's main act (in memory only: not written out or stored)
    _salience: float = PrivateAttr(default=0.0)

    def anchor(self) -> int:
        """Where the event stands in the text: its trigger's start, else its evidence's."""
        return self.trigger.start if self.trigger is not None else self.evidence.start

    def counted(self) -> bool:
        """Whether the event gives any count of casualties, kidnappings or arrests."""
        return any(getattr(self, field) is not None for field in CASUALTY_FIELDS)

    @property
    def salience(self) -> float:
        """How strongly the event is its sentence's main act: higher for a verb high in the tree with
        both parties (eventwire.events.confidence.salience); 0 for an event read back from a store."""
        return self._salience

    def with_salience(self, value: float) -> Event:
        """A copy whose salience is ``value``."""
        copy = self.model_copy()
        copy._salience = value
        return copy


#: the counts an event may give (``fatalities`` ... ``arrested``)
CASUALTY_FIELDS = ("fatalities", "injured", "kidnapped", "arrested")


class Speaker(Part):
    """Who said the quoted words: the mention that names the speaker; set by eventwire.quotes."""

    actor: str | None = Field(
        default=None, description="the speaker's actor id (see actors); set by eventwire.quotes"
    )
    text: str | None = Field(
        default=None, description="the speaker's mention as written; set by eventwire.quotes"
    )
    start: int | None = Field(default=None, description=f"{_START}; set by eventwire.quotes")
    end: int | None = Field(default=None, description=f"{_END}; set by eventwire.quotes")


class Quote(Part):
    """Direct or reported speech; set by eventwire.quotes."""

    text: str = Field(
        description="the quoted or reported words, without quote marks; set by eventwire.quotes"
    )
    start: int = Field(description=f"{_START}; set by eventwire.quotes")
    end: int = Field(description=f"{_END}; set by eventwire.quotes")
    speaker: Speaker = Field(default=Speaker(), description="who said it; set by eventwire.quotes")
    direct: bool = Field(
        default=True, description="true for words inside quote marks; set by eventwire.quotes"
    )
    cue: str | None = Field(
        default=None, description='the verb of saying, e.g. "said"; set by eventwire.quotes'
    )


class TimeExpr(Part):
    """A time expression, normalised to TIMEX3; set by eventwire.times."""

    text: str = Field(description="the expression as written; set by eventwire.times")
    start: int = Field(description=f"{_START}; set by eventwire.times")
    end: int = Field(description=f"{_END}; set by eventwire.times")
    type: TimeType = Field(description="TIMEX3 type: DATE, TIME, DURATION or SET; set by eventwire.times")
    value: str = Field(
        description='TIMEX3 value resolved against the publication date, e.g. "2021-12-03", "P2Y";'
        " set by eventwire.times"
    )


class Article(BaseModel):
    """One news article and everything extracted from it."""

    model_config = ConfigDict(**_CONFIG, arbitrary_types_allowed=True)

    id: str = Field(
        description="the input's id, else a stable hash of the input (same input, same id);"
        " set by eventwire.read and eventwire.clean"
    )
    title: str | None = Field(
        default=None,
        description="the headline, from the input or the HTML; set by eventwire.read and eventwire.clean",
    )
    url: str | None = Field(
        default=None, description="from the input or the HTML; set by eventwire.read and eventwire.clean"
    )
    published: str | None = Field(
        default=None,
        description="publication date YYYY-MM-DD, from the input or the HTML, else --published;"
        " set by eventwire.read, eventwire.clean and eventwire.runner",
    )
    source: str | None = Field(
        default=None, description="where the input came from: file name and line; set by eventwire.read"
    )
    digest: str | None = Field(
        default=None,
        description="SHA-256 of the input's content (body, id, title, url, published), by which a resumed run"
        " knows what is stored wherever the input now lies; set by eventwire.runner",
    )
    dateline: Dateline | None = Field(
        default=None,
        description="the dateline taken off the top; set by eventwire.clean, geocoded by eventwire.places",
    )
    credits: list[str] = Field(default=[], description="people named in credit lines; set by eventwire.clean")
    language: str | None = Field(
        default=None,
        description="ISO 639-1 code: 'en' for an article coded, or the language identified for one left "
        "uncoded because it is in a language the run does not code; set by eventwire.language",
    )
    text: str = Field(
        description="the cleaned body every offset indexes into (boilerplate, spinner junk removed);"
        " set by eventwire.clean"
    )
    removed: list[Removed] = Field(
        default=[], description="what cleaning dropped, and why; set by eventwire.clean"
    )
    actors: list[Actor] = Field(default=[], description="the actors mentioned; set by eventwire.actors")
    events: list[Event] = Field(default=[], description="the events stated; set by eventwire.events")
    quotes: list[Quote] = Field(default=[], description="direct and reported speech; set by eventwire.quotes")
    times: list[TimeExpr] = Field(default=[], description="time expressions; set by eventwire.times")
    places: list[Place] = Field(default=[], description="places named; set by eventwire.places")
    warnings: list[str] = Field(
        default=[],
        description="what reading needed (a guessed encoding) and which stage failed;"
        " set by eventwire.read and eventwire.pipeline",
    )
    duplicate_of: str | None = Field(
        default=None,
        description="id of the earlier article this one copies (a wire copy, a rewrite, a reworded clone),"
        " else null; set by eventwire.stories.copies",
    )
    story: str | None = Field(
        default=None,
        description="id shared by the articles that report the same real-world happening (same participants,"
        " place, time and kind of event); set by eventwire.stories.clusters",
    )
    parse: InstanceOf[Parse] | None = Field(default=None, exclude=True)

    def place_by_id(self, place_id: str | None) -> Place | None:
        """The place an event's ``place`` names: one of ``places``, or the dateline's."""
        if place_id == DATELINE_PLACE:
            return self.dateline.place if self.dateline is not None else None
        return next((p for p in self.places if place_id and p.id == place_id), None)

    def with_(self, **changes: Any) -> Article:
        """A copy with some fields replaced (the model is frozen)."""
        return self.model_copy(update=changes)

    def to_json_dict(self) -> dict[str, Any]:
        """The CONTRACT.md form of this article."""
        out = self.model_dump(mode="json", exclude=set(INTERNAL_FIELDS))
        for actor in out["actors"]:
            actor["mentions"] = [list(m) for m in actor["mentions"]]
        return out


#: Article fields kept inside eventwire (and in the store), never in the JSON output.
INTERNAL_FIELDS = ("parse", "source", "digest")


def article_json_schema() -> dict[str, Any]:
    """The JSON Schema of one article as the CLI writes it (CONTRACT.md form, see ``to_json_dict``).

    Every field is described, naming the module that fills it; every key is
    required, as the output always carries it (null when unknown).
    """
    schema = Article.model_json_schema(mode="serialization")
    for name in INTERNAL_FIELDS:  # parse is excluded from dumps already; the others by to_json_dict
        schema["properties"].pop(name, None)
        if name in schema.get("required", []):
            schema["required"].remove(name)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}
