"""The data model: an Article and its parts, plain and serialisable.

Every extracted field carries character offsets into ``Article.text`` (the
cleaned body), so that ``text[start:end]`` is its evidence.  No NLP objects live
here: an Article must cross a process or a Ray worker as plain data.  The
parse (:class:`eventwire.parse.Parse`) rides along as plain data too, but is
never written to the JSON output.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, InstanceOf

from eventwire.parse import Parse

Modality = Literal["asserted", "negated", "uncertain"]
TimeType = Literal["DATE", "TIME", "DURATION", "SET"]


class Part(BaseModel):
    """Base of every output part: frozen, unknown keys rejected."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Place(Part):
    id: str
    text: str
    start: int
    end: int
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    feature: str | None = Field(default=None, description="geonames feature class: country, admin1, city")


class Dateline(Part):
    text: str
    place: Place | None = None


class Removed(Part):
    text: str
    reason: str


class Actor(Part):
    id: str
    name: str
    mentions: list[tuple[int, int]]
    country: str | None = None
    sector: str | None = None
    code: str | None = None
    kind: str | None = Field(default=None, description="person, org, country, group, role")

    def with_mentions(self, extra: list[tuple[int, int]]) -> Actor:
        """A copy with more mentions (kept sorted, without repeats)."""
        return self.model_copy(update={"mentions": sorted({*self.mentions, *extra})})


class Party(Part):
    actor: str | None = None
    text: str | None = None


class Span(Part):
    start: int
    end: int


class Event(Part):
    id: str
    type: str
    mode: str | None = None
    cameo: str | None = None
    quad_class: int | None = None
    goldstein: float | None = None
    source: Party = Party()
    target: Party = Party()
    date: str | None = None
    place: str | None = None
    fatalities: int | None = None
    injured: int | None = None
    kidnapped: int | None = None
    arrested: int | None = None
    modality: Modality = "asserted"
    evidence: Span
    trigger: Span | None = None
    confidence: float = 0.5


class Speaker(Part):
    actor: str | None = None
    text: str | None = None
    start: int | None = None
    end: int | None = None


class Quote(Part):
    text: str
    start: int
    end: int
    speaker: Speaker = Speaker()
    direct: bool = True
    cue: str | None = None


class TimeExpr(Part):
    text: str
    start: int
    end: int
    type: TimeType
    value: str


class Article(BaseModel):
    """One news article and everything extracted from it."""

    model_config = ConfigDict(frozen=True, extra="forbid", arbitrary_types_allowed=True)

    id: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    source: str | None = Field(default=None, description="where the input came from: file name and line")
    dateline: Dateline | None = None
    credits: list[str] = []
    text: str
    removed: list[Removed] = []
    actors: list[Actor] = []
    events: list[Event] = []
    quotes: list[Quote] = []
    times: list[TimeExpr] = []
    places: list[Place] = []
    warnings: list[str] = []
    parse: InstanceOf[Parse] | None = Field(default=None, exclude=True)

    def with_(self, **changes: Any) -> Article:
        """A copy with some fields replaced (the model is frozen)."""
        return self.model_copy(update=changes)

    def to_json_dict(self) -> dict[str, Any]:
        """The CONTRACT.md form of this article."""
        out = self.model_dump(mode="json", exclude={"parse", "source"})
        for actor in out["actors"]:
            actor["mentions"] = [list(m) for m in actor["mentions"]]
        return out
