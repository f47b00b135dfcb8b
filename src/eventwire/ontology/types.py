"""The records the ontology hands out: plain frozen dataclasses, no behaviour."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CameoInfo:
    """One CAMEO event code with its scales and its PLOVER equivalent.

    ``plover`` is what the PLOVER CAMEO-to-PLOVER table says (None for the
    CAMEO 01 and 02 categories, which PLOVER dropped); ``plover_fallback`` is
    our own nearest type for those (REQUEST for appeals), for coders that must
    always emit a PLOVER type.
    """

    code: str
    name: str
    goldstein: float | None
    quad_class: int | None
    plover: str | None
    mode: str | None
    context: str | None = None
    plover_fallback: str | None = None


@dataclass(frozen=True)
class AgentInfo:
    """An agent noun or title ("militants", "prime minister") and its CAMEO agent code.

    ``prefix`` is true for codes written ``NGO~`` in a dictionary: they go
    before the country code instead of after it.
    """

    code: str
    sector: str
    phrase: str
    prefix: bool = False


@dataclass(frozen=True)
class ActorInfo:
    """A named actor resolved for one date."""

    code: str
    name: str
    country: str | None
    sector: str | None
    kind: str


@dataclass(frozen=True)
class CodeSpan:
    """A code valid between two ISO dates (inclusive); None means open-ended."""

    code: str
    start: str | None = None
    end: str | None = None

    def covers(self, date: str) -> bool:
        return (self.start is None or self.start <= date) and (self.end is None or date <= self.end)


@dataclass(frozen=True)
class ActorRecord:
    """A dictionary actor: its names, default code and date-restricted codes."""

    name: str
    aliases: tuple[str, ...]
    code: str | None
    spans: tuple[CodeSpan, ...] = ()
    kind: str = "org"

    def code_on(self, date: str | None) -> str | None:
        """The code for ``date`` (YYYY-MM-DD); the first matching restriction wins.

        Without a date the code in force now is used: the open-ended
        restriction that starts last, else the default code.
        """
        if date is None:
            current = [s for s in self.spans if s.end is None and s.start is not None]
            if current:
                return max(current, key=lambda span: span.start or "").code
        else:
            for span in self.spans:
                if span.covers(date[:10]):
                    return span.code
        default = [span.code for span in self.spans if span.start is None and span.end is None]
        return self.code if self.code is not None else (default[0] if default else None)

    def last_code_before(self, date: str) -> str | None:
        """The code of the restriction that ended last before ``date``: a past leader's last role."""
        ended = [s for s in self.spans if s.end is not None and s.end < date[:10]]
        return max(ended, key=lambda span: span.end or "").code if ended else None


@dataclass(frozen=True)
class VerbEntry:
    """One verb (or event noun) pattern and the CAMEO code it gives.

    ``pattern`` holds lower-case words in sentence order with ``*`` for the
    verb itself; TABARI-style slots are kept as ``$`` (source), ``+``
    (target), ``%`` (compound actor) and ``^`` (skip).  ``cameo`` is the code
    from source to target (``---`` = matches but codes no event); ``paired``
    the code of the paired event from target to source, where the
    dictionary writes ``[032:033]`` (a visit, and receiving it).  Where
    several entries share a pattern, the first listed is the preferred one.
    """

    lemma: str
    particle: str | None
    pattern: tuple[str, ...]
    cameo: str
    paired: str | None = None
