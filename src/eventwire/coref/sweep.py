"""One pass over an article in text order, resolving each pronoun and definite description.

Named mentions are remembered as they are met, in recency indexes kept per kind of referent
(person, body, country, plural) and gender, per description noun, and for the last speaker and
the last organisation named; an anaphor looks only at the latest entries of the kinds it may
stand for, so the pass is linear in the article's length.  A resolved anaphor is remembered like
a name, so "he ... he ... he" continues one chain, with the pronoun's gender ("him" is no
candidate for a later "her", though the name before it still is); but a pronoun, being a guess,
never becomes the last organisation that a bare "the group" continues.

Preferences, in order:

- a pronoun that is the subject of a speech verb ("he said") continues the last speaker, named or
  resolved within ``coref.recent_speaker_chars`` (a setting), unless a main clause since then has
  another actor of a fitting kind as its subject ("Reid said ... Senator Bob Corker was also
  unhappy. '...,' he said": Corker);
- any other pronoun prefers an actor named in its own sentence or the ``coref.window_sentences`` before
  it (the previous utterance, as centering theory has it), and among those, when it is a subject
  itself, one that was a subject; then the kind it fits best ("its" an organisation before a
  country); then the most recent;
- a common noun used as a predicate ("he was the commander", "labeled Soleimani as a
  terrorist") describes someone already named: it is not remembered as a new candidate;
- "the N" ("the minister", "the ministry") is the latest actor whose phrase holds N ("Finance
  Minister Peter Novak", "the Interior Ministry", an apposition "Lopez, the president"); a generic
  "the group" with no such actor is the last organisation or armed group named.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from eventwire.config import active
from eventwire.coref.clauses import (
    SUBJECT_DEPS,
    is_main_subject,
    is_predicate,
    is_speaker,
    is_subject,
    span_head,
)
from eventwire.coref.kinds import description_noun, gender, referent_kind, title_gender
from eventwire.coref.links import Link
from eventwire.coref.spans import MentionIndex
from eventwire.coref.words import GENDERS, Pronoun, nouns, pronouns
from eventwire.model import Actor
from eventwire.parse import Parse, Token
from eventwire.phrases import np_bounds

#: Sectors of role nouns that a bare "the group" may continue, as it continues organisations.
ARMED_SECTORS = frozenset({"REB", "INS", "UAF", "IMG"})
#: "it" only as a subject or object: "it is likely that ..." stands for nobody.
_IT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})

Slot = tuple[str, str]  # (kind, gender)


@dataclass(frozen=True, slots=True)
class Entry:
    """An actor as met at one place of the text."""

    actor: str
    kind: str  # person, body, country, plural
    gender: str  # m, f or ""
    start: int
    end: int
    sent: int
    subject: bool
    topic: bool  # the main subject of its sentence
    speaker: bool
    group: bool  # an organisation or armed group named: what a bare "the group" may continue

    @property
    def slot(self) -> Slot:
        return (self.kind, self.gender)


@dataclass(frozen=True, slots=True)
class Item:
    """Something the pass meets: a named mention, a pronoun or a definite description."""

    what: str  # named, pronoun, description
    token: Token  # its head word
    start: int
    end: int
    actor: str | None  # the actor that names it now (a description's own role actor, if any)


def items(parse: Parse, actors: Sequence[Actor]) -> list[Item]:
    """Everything the pass meets, in text order."""
    index = MentionIndex(actors)
    roles = {a.id for a in actors if a.kind == "role"}
    found: list[Item] = []
    taken: set[tuple[int, int]] = set()
    for tok in parse.tokens:
        over = index.overlapping(tok.start, tok.end)
        if not over and _is_pronoun(tok):
            found.append(Item("pronoun", tok, tok.start, tok.end, None))
        elif _is_description(parse, tok) and all(m.actor in roles for m in over):
            mention = over[0] if over else None
            start, end = (mention.start, mention.end) if mention else (tok.start, tok.end)
            found.append(Item("description", tok, start, end, mention.actor if mention else None))
            taken.add((start, end))
    for actor in actors:
        for start, end in actor.mentions:
            head = span_head(parse, start, end) if (start, end) not in taken else None
            if head is not None:
                found.append(Item("named", head, start, end, actor.id))
    return sorted(found, key=lambda it: (it.token.i, it.start, it.end))


def _slots(pronoun: Pronoun) -> list[Slot]:
    """The kinds and genders a pronoun may stand for: "he" a person of no known gender or a man."""
    genders = [g for g in GENDERS if not pronoun.gender or g in ("", pronoun.gender)]
    return [(kind, g) for kind in pronoun.kinds for g in genders]


def _is_pronoun(tok: Token) -> bool:
    if tok.pos != "PRON" or tok.lower not in pronouns():
        return False
    return tok.lower != "it" or tok.dep in _IT_DEPS


#: the links of a verb's objects, and of a preposition's object, that a pronoun may fill
OBJECT_DEPS = frozenset({"dobj", "dative", "iobj"})


def _clause_mate(parse: Parse, pronoun: Token, entry: Entry) -> bool:
    """The candidate is the subject of the verb of which the (non-reflexive) pronoun is the object,
    or the object of one of its prepositions: English would say "himself" (binding, principle B)."""
    via = pronoun
    if pronoun.dep == "pobj" and pronoun.head != pronoun.i:
        via = parse.tokens[pronoun.head]
        if via.dep != "prep":
            return False
    elif pronoun.dep not in OBJECT_DEPS:
        return False
    if via.head == via.i:
        return False
    verb = parse.tokens[via.head]
    subject = next((k for k in parse.children(verb.i) if k.dep in ("nsubj", "nsubjpass")), None)
    if verb.pos not in ("VERB", "AUX") or subject is None:
        return False
    first, last = np_bounds(parse, subject)
    return parse.tokens[first].start <= entry.start < parse.tokens[last].end


def _is_description(parse: Parse, tok: Token) -> bool:
    """A bare "the N": no other word before the noun, no phrase after it ("the head of X" is new)."""
    if tok.dep == "compound" or description_noun(tok) is None:
        return False
    kids = parse.children(tok.i)
    before = [k.lower for k in kids if k.i < tok.i]
    return before == ["the"] and not any(k.dep == "prep" for k in kids)


class Sweep:
    """The recency indexes of one article, filled as the pass goes."""

    def __init__(self, parse: Parse, actors: Mapping[str, Actor]) -> None:
        self.parse = parse
        self.actors = actors
        self.recent: dict[Slot, Entry] = {}
        self.recent_subject: dict[Slot, Entry] = {}
        self.recent_topic: dict[Slot, Entry] = {}
        self.before: dict[tuple[Slot, bool], Entry] = {}  # the last other actor of the slot (, a subject)
        self.described: dict[tuple[str, str], Entry] = {}
        self.last_group: Entry | None = None
        self.last_speaker: Entry | None = None
        self.links: list[Link] = []
        self.genders: dict[str, str] = {}  # actor -> the gender its first gendered mention gave

    def run(self, found: Sequence[Item]) -> list[Link]:
        for item in found:
            if item.what == "pronoun":
                self._pronoun(item)
            elif item.what == "description":
                self._description(item)
            else:
                self._named(item)
        return self.links

    # -- names ---------------------------------------------------------------------------------------

    def _named(self, item: Item) -> None:
        actor = self.actors[item.actor or ""]
        kind = referent_kind(actor, item.token)
        if kind is None or (actor.kind == "role" and is_predicate(self.parse, item.token)):
            return
        group = actor.kind == "org" or (actor.kind == "role" and actor.sector in ARMED_SECTORS)
        said = gender(item.token) or title_gender(self.parse, item.token)
        entry = self._entry(item, actor.id, (kind, said), group)
        self._remember(entry, self._described_by(item.token))
        if entry.gender:
            self.genders.setdefault(actor.id, entry.gender)

    def _described_by(self, head: Token) -> set[str]:
        """The listed nouns of a mention's phrase: "minister" for "Finance Minister Peter Novak"."""
        first, last = np_bounds(self.parse, head)
        words: set[str] = set()
        for tok in self.parse.tokens[first : last + 1]:
            words.update(w for w in (tok.lemma.lower(), tok.lower) if w in nouns())
        return words

    # -- pronouns ------------------------------------------------------------------------------------

    def _pronoun(self, item: Item) -> None:
        pronoun = pronouns()[item.token.lower]
        slots = _slots(pronoun)
        speaker = is_speaker(self.parse, item.token)
        found = (self._continued_speaker(item, slots) if speaker else None) or self._recent(item, slots)
        if found is not None and _clause_mate(self.parse, item.token, found):
            # "the judge sentenced him": "him" is not the judge ("himself" would be), but whom before
            found = self._recent(item, slots, besides=found.actor)
        if found is not None:
            self.links.append(Link(item.start, item.end, None, found.actor))
            if pronoun.gender:
                self.genders.setdefault(found.actor, pronoun.gender)
            slot = (found.kind, found.gender or pronoun.gender)
            self._remember(self._entry(item, found.actor, slot, False), set())

    def _continued_speaker(self, item: Item, slots: Sequence[Slot]) -> Entry | None:
        """The last speaker, or a newer subject of a main clause (see the module)."""
        last = self.last_speaker
        if (
            last is None
            or last.slot not in slots
            or self._other_gender(item, last.actor)
            or item.start - last.end > active().coref.recent_speaker_chars
        ):
            return None
        topics = [t for t in map(self.recent_topic.get, slots) if t is not None]
        newer = [t for t in topics if t.start > last.end]
        return max(newer, key=lambda t: t.start) if newer else last

    def _recent(self, item: Item, slots: Sequence[Slot], besides: str | None = None) -> Entry | None:
        """The best of the latest entries of each fitting kind (see the module's preferences);
        ``besides``: of another actor than this one (the one before it in each index)."""
        subject = item.token.dep in SUBJECT_DEPS
        oldest = item.token.sent - active().coref.window_sentences
        kinds = list(dict.fromkeys(kind for kind, _ in slots))
        best: tuple[tuple[bool, bool, int, int], Entry] | None = None
        for slot in slots:
            entries = [(self.recent_subject.get(slot), True), (self.recent.get(slot), False)]
            if besides is not None:
                entries = [
                    (self.before.get((slot, s)) if e and e.actor == besides else e, s) for e, s in entries
                ]
            for entry, _ in entries:
                if entry is None or entry.actor == besides or self._other_gender(item, entry.actor):
                    continue
                near = entry.sent >= oldest
                key = (subject and near and entry.subject, near, -kinds.index(slot[0]), entry.start)
                if best is None or key > best[0]:
                    best = (key, entry)
        return best[1] if best else None

    def _other_gender(self, item: Item, actor: str) -> bool:
        """'she called Sanders to congratulate him': "him" is not whom "she" stood for (a name's
        own slot has no gender, so the actor's first gendered mention decides)."""
        wanted = pronouns()[item.token.lower].gender
        known = self.genders.get(actor, "")
        return bool(wanted and known and wanted != known)

    # -- definite descriptions -----------------------------------------------------------------------

    def _description(self, item: Item) -> None:
        noun = description_noun(item.token) or ""
        kind = nouns()[noun].kind
        found = self.described.get((noun, "person" if kind == "person" else "body"))
        if found is None and kind == "group":
            found = self.last_group
        if found is None or found.actor == item.actor:
            if item.actor is not None:
                self._named(item)  # nobody named before fits: it stays its own role actor
            return
        self.links.append(Link(item.start, item.end, item.actor, found.actor))
        self._remember(self._entry(item, found.actor, found.slot, found.group), {noun})

    # -- memory --------------------------------------------------------------------------------------

    def _entry(self, item: Item, actor: str, slot: Slot, group: bool) -> Entry:
        tok, parse = item.token, self.parse
        return Entry(
            actor,
            *slot,
            start=item.start,
            end=item.end,
            sent=tok.sent,
            subject=is_subject(parse, tok),
            topic=is_main_subject(parse, tok),
            speaker=is_speaker(parse, tok),
            group=group,
        )

    def _remember(self, entry: Entry, words: Iterable[str]) -> None:
        for index, subject in ((self.recent, False), (self.recent_subject, True)):
            last = index.get(entry.slot)
            if last is not None and last.actor != entry.actor and (entry.subject or not subject):
                self.before[(entry.slot, subject)] = last
        self.recent[entry.slot] = entry
        if entry.subject:
            self.recent_subject[entry.slot] = entry
        if entry.topic:
            self.recent_topic[entry.slot] = entry
        if entry.speaker:
            self.last_speaker = entry
        if entry.group:
            self.last_group = entry
        for word in words:
            self.described[(word, entry.kind)] = entry
