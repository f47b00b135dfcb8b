"""What the finders hand over before speakers become actors: a claim and its attribution."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SpeakerMention:
    """The words that name a speaker; the head is the word that decides who it is."""

    start: int
    end: int
    head_start: int
    head_end: int


@dataclass(frozen=True)
class Attribution:
    cue: str  # the speech verb as written, or "according to"
    speaker: SpeakerMention | None
    shared: bool = False  # the speaker is borrowed from another clause ("..., adding ...")


@dataclass(frozen=True)
class Claim:
    """Quoted or reported words, with whoever the text says uttered them."""

    start: int
    end: int
    direct: bool
    attribution: Attribution | None
