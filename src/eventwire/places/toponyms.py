"""Finding place mentions in text: spaCy's place entities, then gazetteer names the model missed.

Span policy (documented for the whole package): a mention's span covers the
place name only.  "northern Iraq" gives "Iraq", "Kirkuk province" gives
"Kirkuk" (the designator makes the province the preferred reading), "the Gulf
of Aden" gives "Gulf of Aden", "New York-based" gives "New York".  A place used
as an actor modifier ("U.S.-led", "Iranian-backed") is not a mention: only
suffixes that say where something is ("-based", "-born", ...) keep it.
Nationality words ("Iraqi", spaCy's NORP) are never places.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache

from eventwire.config import active
from eventwire.parse import Entity, Parse, Token
from eventwire.places.gazetteer import (
    ADMIN1,
    CITY,
    Gazetteer,
    Match,
    gazetteer,
    is_acronym,
    name_key,
    small_towns,
    words,
)

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Longest gazetteer name tried in a run of capitalised words.
MAX_NAME_WORDS = 5


@dataclass
class Toponym:
    start: int
    end: int
    text: str
    matches: list[Match] = field(default_factory=list)
    sent: int = -1
    admin_hint: bool = False  # a designator such as "province" follows
    label: str = ""  # the spaCy label it came from, "" for a gazetteer match


def find_mentions(text: str, parse: Parse | None) -> list[Toponym]:
    """Place mentions in text order, non-overlapping."""
    gaz = gazetteer()
    if parse is None:
        found = list(_bare_mentions(text, gaz, _capitalised_runs(text), sent=-1))
    else:
        found = list(_parse_mentions(text, parse, gaz))
    return _without_overlaps(found)


def _parse_mentions(text: str, parse: Parse, gaz: Gazetteer) -> Iterator[Toponym]:
    for ent in parse.ents:
        if ent.label in PLACE_LABELS and not _beside_person(parse, ent):
            yield from _entity_mentions(text, parse, ent, gaz)
        elif ent.label == "ORG" and _whole_place_name(parse, ent, gaz):
            # the model (or the fake backend) calls a bare "Iraq" an ORG now and then
            yield from _entity_mentions(text, parse, ent, gaz)
        elif ent.label == "PERSON" and _directed_place(parse, ent, gaz):
            yield from _entity_mentions(text, parse, ent, gaz)
    yield from _bare_mentions(text, gaz, _uncovered_propn_runs(parse), sent=None, parse=parse)


def _directed_place(parse: Parse, ent: Entity, gaz: Gazetteer) -> bool:
    """'in northern Mali': a place name under a direction word, which the model took for a person
    (no person is "northern")."""
    before = parse.tokens[ent.start - 1].lower if ent.start > 0 else ""
    return before in words()["directions"] and bool(gaz.lookup(ent.text.strip()))


def _whole_place_name(parse: Parse, ent: Entity, gaz: Gazetteer) -> bool:
    """An ORG entity that is a place name: a country always, a city or state only after "in", "from", ...

    Companies and products are often named for places (Toyota, Durango); "killed in Kirkuk" is a place
    however it was labelled.
    """
    name = _TRAILING_POSSESSIVE.sub("", ent.text.strip())
    matches = [m for m in gaz.lookup(name) if _bare_match_ok(name, m, gaz)]
    if any(m.candidate.feature not in (CITY, ADMIN1) for m in matches):
        return True
    before = parse.tokens[ent.start - 1].lower if ent.start > 0 else ""
    return bool(matches) and before in words()["locative_prepositions"]


def _beside_person(parse: Parse, ent: Entity) -> bool:
    """ "Michael Jordan" split by the model into PERSON + GPE: the place is part of a name."""
    before = parse.tokens[ent.start - 1] if ent.start > 0 else None
    after = parse.tokens[ent.end] if ent.end < len(parse.tokens) else None
    return any(
        tok is not None and tok.ent_type == "PERSON" and tok.sent == parse.tokens[ent.start].sent
        and (tok.end == parse.tokens[ent.start].start - 1 or tok.start == parse.tokens[ent.end - 1].end + 1)
        for tok in (before, after)
    )  # fmt: skip


_PART = re.compile(r"[^,;/()]+")


def _entity_mentions(text: str, parse: Parse, ent: Entity, gaz: Gazetteer) -> Iterator[Toponym]:
    """The entity's comma-separated parts ("Pandi, Bulacan"), each trimmed to its place words."""
    end = ent.end_char
    hyphen = _hyphen_suffix(text, ent.start_char, end)
    if hyphen is not None:
        cut, keep = hyphen
        if not keep:
            return
        end = cut
    sent = parse.tokens[ent.start].sent
    following = _word_after(text, end)
    for part in _PART.finditer(text, ent.start_char, end):
        mention = _trimmed_mention(text, part.start(), part.end(), gaz, following)
        if mention is not None:
            mention.sent, mention.label = sent, ent.label
            yield mention


def _hyphen_suffix(text: str, start: int, end: int) -> tuple[int, bool] | None:
    """Where a hyphenated modifier starts ("New York-based"), and whether it keeps the place."""
    span = text[start:end]
    inner = span.find("-", 1)
    if (
        inner > 0
        and span[:inner].strip()
        and gazetteer().lookup(span[:inner])
        and not gazetteer().lookup(span)
    ):
        suffix = re.match(r"[A-Za-z]+", span[inner + 1 :])
        return start + inner, bool(suffix and suffix.group().lower() in words()["location_suffixes"])
    if end < len(text) and text[end] in "-‐" and not text[end - 1].isspace():
        suffix = re.match(r"[A-Za-z]+", text[end + 1 :])
        if suffix is None:
            return None
        return end, suffix.group().lower() in words()["location_suffixes"]
    return None


def _word_after(text: str, end: int) -> str:
    m = re.match(r"\s+([A-Za-z]+)", text[end : end + 40])
    return m.group(1).lower() if m else ""


_LEADING = re.compile(r"^(?:the|The|THE)\s+")
_TRAILING_POSSESSIVE = re.compile(r"['’]s?$")


def _trimmed_mention(text: str, start: int, end: int, gaz: Gazetteer, following: str) -> Toponym | None:
    start, end = _strip_space(text, start, end)
    m = _LEADING.match(text[start:end])
    if m:
        start += m.end()
    m2 = _TRAILING_POSSESSIVE.search(text[start:end])
    if m2 and end - start > len(m2.group()):
        end -= len(m2.group())
    admin_hint = following in words()["admin_designators"]
    primary_only = False
    if not gaz.lookup(text[start:end]):
        # "northern Iraq", "Kirkuk province": only when the whole phrase is no
        # known name, so "South Africa" and "Mexico City" stay whole.
        first_space = text.find(" ", start, end)
        if first_space > 0 and text[start:first_space].lower() in words()["directions"]:
            start = first_space + 1
            primary_only = True  # "Eastern Creek" is not some town also called "Creek"
        last_space = text.rfind(" ", start, end)
        if last_space > 0 and text[last_space + 1 : end].lower() in words()["designators"]:
            admin_hint = text[last_space + 1 : end].lower() in words()["admin_designators"]
            end = last_space
    start, end = _strip_space(text, start, end)
    if end <= start:
        return None
    name = text[start:end]
    if not _could_be_place(name, gaz):
        return None
    matches = gaz.lookup(name) or small_towns().get(name_key(name), [])
    if primary_only:
        matches = [m for m in matches if m.primary]
    if not matches and " " in name:
        inner = _name_inside(text, start, end, gaz)
        if inner is not None:
            return inner
    return Toponym(start, end, name, matches, admin_hint=admin_hint)


def _name_inside(text: str, start: int, end: int, gaz: Gazetteer) -> Toponym | None:
    """The longest known name inside an unknown place phrase ("Salinas Valley", "City of Santa Ana")."""
    run = [(w.start(), w.end()) for w in _WORD.finditer(text, start, end)]
    # the name heads the phrase ("Salinas Valley") or follows "of" ("City of Santa Ana")
    heads = [0] + [i + 1 for i, (a, b) in enumerate(run[:-1]) if text[a:b].lower() == "of"]
    for i in heads:
        found = _longest_name(text, gaz, run, i)
        if found is not None:
            mention = found[0]
            mention.matches = [m for m in mention.matches if m.primary]
            return mention if mention.matches else None
    return None


def _could_be_place(name: str, gaz: Gazetteer) -> bool:
    """Not a nationality, a generic word, a seat of government standing for its people, an unknown acronym."""
    key = name_key(name)
    if key in gaz.demonyms or key in words()["never_places"] or key in _metonyms():
        return False
    return not is_acronym(name) or key in gaz.acronyms


@cache
def _metonyms() -> frozenset[str]:
    return frozenset(name_key(m) for m in words()["metonyms"])


def _strip_space(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:"):
        if text[end - 1] == "." and _keeps_final_dot(text[start:end]):
            break
        end -= 1
    return start, end


def _keeps_final_dot(name: str) -> bool:
    """Abbreviations such as "U.S." keep their last dot."""
    return bool(re.search(r"(?:^|[ .])[A-Z]\.$", name))


# ---- gazetteer names the model did not mark --------------------------------------------

Word = tuple[int, int]  # character span of one word


def _uncovered_propn_runs(parse: Parse) -> Iterator[tuple[list[Word], int]]:
    """Runs of proper-noun tokens outside every entity, with their sentence."""
    run: list[Token] = []
    for tok in [*parse.tokens, None]:
        if tok is not None and _bare_candidate(parse, tok) and (not run or run[-1].sent == tok.sent):
            run.append(tok)
            continue
        if run:
            yield [(t.start, t.end) for t in run], run[0].sent
        run = [tok] if tok is not None and _bare_candidate(parse, tok) else []


def _bare_candidate(parse: Parse, tok: Token) -> bool:
    return tok.pos == "PROPN" and parse.entity_at(tok.i) is None and tok.text[:1].isupper()


_CAPITALISED = re.compile(r"[A-Z][\w'’.]*(?:-[\w]+)*(?:\s+(?:of\s+)?[A-Z][\w'’.]*(?:-[\w]+)*)*")
_WORD = re.compile(r"[\w'’.]+(?:-[\w]+)*")


def _capitalised_runs(text: str) -> Iterator[tuple[list[Word], int]]:
    for run in _CAPITALISED.finditer(text):
        yield [(w.start(), w.end()) for w in _WORD.finditer(text, run.start(), run.end())], -1


def _bare_mentions(
    text: str,
    gaz: Gazetteer,
    runs: Iterator[tuple[list[Word], int]],
    sent: int | None,
    parse: Parse | None = None,
) -> Iterator[Toponym]:
    """Longest gazetteer names inside each run of capitalised words (held to more with a parse)."""
    for run, run_sent in runs:
        i = 0
        while i < len(run):
            found = _longest_name(text, gaz, run, i)
            if found is None:
                i += 1
                continue
            mention, used = found
            mention.sent = run_sent if sent is None else sent
            if parse is None or _plausible_unlabelled(text, mention):
                yield mention
            i += used


def _plausible_unlabelled(text: str, mention: Toponym) -> bool:
    """A name the model did not call a place: a country or region, or a city after "in", "from", ...

    Cities share their names with people and products (Regina, Henderson,
    Durango); where the model saw no place, the words before must say one.
    """
    if any(m.candidate.feature != CITY for m in mention.matches):
        return True
    before = re.search(r"([A-Za-z]+)\W*$", text[max(0, mention.start - 20) : mention.start])
    return before is not None and before.group(1).lower() in words()["locative_prepositions"]


def _longest_name(text: str, gaz: Gazetteer, run: list[Word], i: int) -> tuple[Toponym, int] | None:
    for n in range(min(MAX_NAME_WORDS, len(run) - i), 0, -1):
        start, end = run[i][0], run[i + n - 1][1]
        hyphen = _hyphen_suffix(text, start, end)
        if hyphen is not None:
            if not hyphen[1]:
                return None
            end = hyphen[0]
        start, end = _strip_space(text, start, end)
        name = text[start:end]
        matches = [m for m in gaz.lookup(name) if _bare_match_ok(name, m, gaz)]
        if matches:
            return Toponym(start, end, name, matches), n
    return None


def _bare_match_ok(name: str, match: Match, gaz: Gazetteer) -> bool:
    key = name.lower()
    if key in gaz.common_words or not _could_be_place(name, gaz):
        return False
    if not match.primary and (len(name) < 5 or match.candidate.feature == CITY):
        return False  # "Google" was once an alternate name of Topeka
    cand = match.candidate
    if cand.feature == CITY:  # alone, a small town's name is too often a surname
        return cand.population >= active().places.min_bare_city_population or cand.capital
    return cand.feature != ADMIN1 or match.primary


def _without_overlaps(mentions: list[Toponym]) -> list[Toponym]:
    """Keep the earliest, then longest, of overlapping mentions."""
    out: list[Toponym] = []
    for mention in sorted(mentions, key=lambda m: (m.start, -(m.end - m.start))):
        if out and mention.start < out[-1].end:
            continue
        out.append(mention)
    return out
