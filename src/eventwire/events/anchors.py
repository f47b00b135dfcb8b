"""When, where, how: an event's time, place and mode, its evidence span and the word it was coded at.

A time or place belongs to the nearest clause that governs it: we climb from
the trigger through its ancestors and take the first time expression (place)
attached at that level, so "chapter opened by X last year with his decision to
order the assassination" dates the assassination to "last year", not to another
time elsewhere in the sentence.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import date, timedelta

from eventwire.events.lexicon import ADVERB_PARTICLES, lemma_of, mode_words
from eventwire.model import DATELINE_PLACE, Article, Event, Place, Span, TimeExpr
from eventwire.ontology import agent_for
from eventwire.parse import Parse, Token
from eventwire.phrases import closing_bracket
from eventwire.spans import SpanIndex, index_of
from eventwire.store.dates import date_bounds

#: which of the indexed spans count
Keep = Callable[[int], bool] | None

DATE_VALUE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?")
WEEK_VALUE = re.compile(r"^(\d{4})-W(\d{2})")


def event_date(times: Sequence[TimeExpr]) -> str | None:
    """The calendar part of the first dated time expression, as YYYY[-MM[-DD]]; a week ("this
    week", 2021-W49) as its month when it lies in one."""
    for t in times:
        if t.type in ("DATE", "TIME"):
            m = DATE_VALUE.match(t.value)
            if m:
                return _week_month(t.value) or m.group()
    return None


def _week_month(value: str) -> str | None:
    """'2021-W49' (6-12 December) -> '2021-12'; a week across two months -> None."""
    m = WEEK_VALUE.match(value)
    if m is None:
        return None
    try:
        monday = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
    except ValueError:  # no such week ("2021-W54")
        return None
    sunday = monday + timedelta(days=6)
    return monday.strftime("%Y-%m") if (monday.year, monday.month) == (sunday.year, sunday.month) else None


def spans_under(parse: Parse, tok: Token, spans: SpanIndex, keep: Keep = None) -> list[int]:
    """Positions of spans that lie in the words attached directly below tok (not in sub-clauses)."""
    hits: list[int] = []
    for k in parse.children(tok.i):
        if k.dep in ("relcl", "ccomp", "advcl", "conj", "xcomp", "acl", "parataxis"):
            continue
        words = parse.subtree(k.i)
        hits.extend(n for n in spans.inside(words[0].start, words[-1].end) if keep is None or keep(n))
    return hits


def nearest_spans(parse: Parse, trigger: Token, spans: SpanIndex, keep: Keep = None) -> list[int]:
    """Spans attached to the trigger, else to the nearest governing clause, else in the sentence."""
    tok = trigger
    for _ in range(8):
        hits = spans_under(parse, tok, spans, keep)
        if hits:
            return hits
        if tok.head == tok.i:
            break
        tok = parse.tokens[tok.head]
    sent = parse.sents[trigger.sent]
    inside = [n for n in spans.inside(sent.start_char, sent.end_char) if keep is None or keep(n)]
    return inside if len(inside) == 1 else []


def _dated(time: TimeExpr) -> bool:
    return time.type in ("DATE", "TIME") and DATE_VALUE.match(time.value) is not None


def date_for(parse: Parse, trigger: Token, times: Sequence[TimeExpr], published: str | None) -> str | None:
    index = index_of(times, lambda: SpanIndex([(t.start, t.end) for t in times]))
    hits = nearest_spans(parse, trigger, index, keep=lambda n: _dated(times[n]))
    return event_date([times[n] for n in hits]) or published


#: dependencies of a place name that modifies a noun rather than saying where: "the US army",
#: "Iraqi police", "Kabul's governor"
NAME_MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod"})
#: nouns whose modifying place name still says where ("Kabul's Shar-e-Naw district")
PLACE_NOUNS = frozenset(
    {"district", "province", "city", "town", "village", "region", "capital", "neighbourhood",
     "neighborhood", "area", "state", "county", "outskirts", "suburb", "border", "port", "airport",
     "street", "centre", "center", "camp", "base", "prison", "embassy", "square", "coast", "north",
     "south", "east", "west", "part", "side"}
)  # fmt: skip


def place_for(parse: Parse, trigger: Token, places: Sequence[Place]) -> str | None:
    """The place of the trigger's clause; never a place name that only modifies a noun (a
    nationality or an organisation's country: "a general of the US army met ... in Kabul")."""
    index = index_of(places, lambda: SpanIndex([(p.start, p.end) for p in places]))
    hits = nearest_spans(
        parse,
        trigger,
        index,
        keep=lambda n: not _modifies_a_noun(parse, places[n], trigger) and not _a_party(parse, places[n]),
    )
    return places[hits[0]].id if hits else None


#: how many days from the day a story was published an event may lie and still be its news
FILED_DAYS = 7
#: the sentences of a story's lead: at most its first paragraph
LEAD_SENTENCES = 3


def with_dateline_place(article: Article, parse: Parse, events: Sequence[Event]) -> list[Event]:
    """Events whose clause names no place, placed where the story was filed (the issue's "a place
    phrase of its clause, else the dateline"): "BAGHDAD - Gunmen killed three policemen at a
    checkpoint" happened in Baghdad.  Only the news of the lead: an event in its first paragraph
    and first LEAD_SENTENCES sentences, dated (when it is) within FILED_DAYS of publication;
    background told later or dated years before happened elsewhere as often as not.  Not when the
    places the article names lie mostly in another country than the dateline: a story filed in
    Washington about a bombing names Iraqi places."""
    where = _filed_at(article)
    if where is None:
        return list(events)
    paragraph = article.text.find("\n\n")
    lead = len(article.text) if paragraph < 0 else paragraph
    if len(parse.sents) > LEAD_SENTENCES:
        lead = min(lead, parse.sents[LEAD_SENTENCES].start_char)
    return [
        e.model_copy(update={"place": where})
        if not e.place and e.evidence.start < lead and _news(article, e)
        else e
        for e in events
    ]


def _news(article: Article, event: Event) -> bool:
    """The event is dated on or about the day the article was published (or not dated)."""
    bounds = date_bounds(event.date)
    published = date_bounds(article.published)
    if bounds is None or published is None:
        return True
    slack = timedelta(days=FILED_DAYS)
    return bounds[0] - slack <= published[0] <= bounds[1] + slack


def _filed_at(article: Article) -> str | None:
    place = article.dateline.place if article.dateline is not None else None
    if place is None or place.country is None:
        return None
    counts = Counter(p.country for p in article.places if p.country)
    if counts and counts[place.country] < max(counts.values()):
        return None
    return DATELINE_PLACE


def _a_party(parse: Parse, place: Place) -> bool:
    """'Russia and Ukraine exchanged prisoners', 'China blocked the resolution': a country that is
    a verb's subject acts, and so does one after a passive's "by" ("condemned by Russia"); it is not
    where the act happened (what is struck may be: "Israel struck Gaza")."""
    tok = parse.token_at_char(max(place.start, place.end - 1))
    if tok is None:
        return False
    first = parse.first_conjunct(tok.i)
    return first.dep == "nsubj" or (first.dep == "pobj" and parse.tokens[first.head].dep == "agent")


def _modifies_a_noun(parse: Parse, place: Place, trigger: Token) -> bool:
    """Whether the place name only modifies a noun.  Not when the noun is the act itself and the
    place lies within a country: "the Kabul attack", "the Paris attacks" happened there.  A country
    before an act may be who did it ("a US drone strike")."""
    tok = parse.token_at_char(place.start)
    if tok is None:
        return False
    while tok.dep == "compound" and tok.head != tok.i and parse.tokens[tok.head].start < place.end:
        tok = parse.tokens[tok.head]  # the last word of a name of several words ("New York")
    head = parse.tokens[tok.head]
    if tok.dep not in NAME_MODIFIER_DEPS or head.start < place.end or head.pos not in ("NOUN", "PROPN"):
        return False
    if head.i == trigger.i and place.feature != "country":
        return False
    return head.lemma.lower() not in PLACE_NOUNS and head.ent_type not in ("GPE", "LOC", "FAC")


def mode_for(parse: Parse, trigger: Token, default: str | None) -> str | None:
    """A weapon word next to the trigger ('drone strike', 'using rockets') sets the mode."""
    words = mode_words()
    near = [*parse.children(trigger.i)]
    near += [g for k in near if k.dep in ("advcl", "prep", "compound") for g in parse.subtree(k.i)]
    for tok in near:
        mode = words.get(lemma_of(tok)) or words.get(tok.lower)
        if mode is not None:
            return mode
    return default


def evidence_span(parse: Parse, tok: Token, nominal: bool) -> Span:
    """A verb's clause (its subtree); an event noun's sentence, which holds the verb that governs it."""
    sub = [t for t in parse.subtree(tok.i) if t.pos not in ("PUNCT", "SPACE")] or [tok]
    if nominal or len(sub) == 1:
        words = [t for t in parse.sentence_tokens(tok.sent) if t.pos != "SPACE"] or [tok]
        return Span(start=words[0].start, end=words[-1].end)  # the sentence, without a line break
    return Span(start=sub[0].start, end=sub[-1].end)


def with_parties(parse: Parse, span: Span, trigger: Token, parties: Sequence[Token | None]) -> Span:
    """The evidence stretched over the words of its parties in the trigger's sentence: a clause
    whose subject is its governing verb's ("the coalition came to Iraq to fight ISIS", "gunmen
    stormed the hotel, killing six") holds the act but not who did it, and every field of an event
    is traced to words inside its evidence.  A party's words are its head and what comes before it
    in its phrase ("The coalition"), not a clause after it."""
    start, end = span.start, span.end
    for head in parties:
        if head is None or head.sent != trigger.sent:
            continue
        before = [t for t in parse.subtree(head.i) if t.i <= head.i and t.pos not in ("PUNCT", "SPACE")]
        first = min(before, key=lambda t: t.i, default=head)
        last = parse.tokens[closing_bracket(parse, first.i, head.i)]  # "the European Union (EU)"
        start, end = min(start, first.start), max(end, last.end)
    return Span(start=start, end=end)


#: prepositions of a place of custody that a verb's trigger phrase runs into ("taken into custody")
INTO = frozenset({"in", "into"})


def trigger_span(parse: Parse, tok: Token, phrase: frozenset[str], custody: bool = False) -> Span:
    """The trigger's word, and for a verb of detention (``custody``) whose needed object (one of
    ``phrase``) is the object of "in" or "into" right after it, the words through that object: "taken into
    custody", "held in prison" name the act together (as KAIROS marks "custody"), where
    "arrested" alone does.  A phrase after the verb's object ("took the two men into custody")
    leaves the trigger the verb: a span names no party. A particle right after a verb is part of it
    ("went off", "blew up"), and so is a bare noun the trigger needs as its object ("opened fire")."""
    end = tok.end
    particle = parse.tokens[tok.i + 1] if tok.i + 1 < len(parse.tokens) else None
    # a particle the parser took for an adverb is one too ("the bombs went off": off, advmod)
    adverb = particle is not None and particle.dep == "advmod" and particle.lower in ADVERB_PARTICLES
    if (
        tok.pos == "VERB"
        and particle is not None
        and (particle.dep == "prt" or adverb)
        and particle.head == tok.i
    ):
        # "went off", "blew up", "set off": the phrasal verb is one word (KAIROS marks both)
        end = particle.end
    elif tok.pos == "VERB" and particle is not None and _bare_object(parse, tok, particle, phrase):
        end = particle.end  # "opened fire", "exchanged gunfire": the verb and the noun it needs
    for prep in parse.children(tok.i):
        between = parse.tokens[tok.i + 1 : prep.i]
        right_after = prep.i > tok.i and all(t.pos in ("ADV", "PART") for t in between)
        if custody and prep.dep == "prep" and prep.lower in INTO and right_after:
            place = next((o for o in parse.children(prep.i) if o.dep == "pobj"), None)
            end = place.end if place is not None and lemma_of(place) in phrase else end
    return Span(start=tok.start, end=end)


def _bare_object(parse: Parse, verb: Token, word: Token, phrase: frozenset[str]) -> bool:
    """``word``, right after ``verb``, is its object, a bare singular noun its trigger needs ("opened
    fire"), and names no one ("captured fugitive" leaves the party out of the trigger)."""
    return (
        word.dep == "dobj"
        and word.head == verb.i
        and word.tag == "NN"
        and agent_for(word.lemma) is None
        and lemma_of(word) in phrase
        and not parse.children(word.i)
    )


def trigger_token(parse: Parse, event: Event) -> Token | None:
    """The word an event was coded at."""
    return parse.token_at_char(event.trigger.start) if event.trigger is not None else None
