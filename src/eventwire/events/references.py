"""Mentions that name an act told before: "Gunmen attacked a checkpoint ... Police are investigating
the attack".

News names an attack, an arrest or a protest again and again after reporting it: "condemned the
attack", "hours after the shooting", "the protests began in October".  Such a mention reports no act
of its own (the project's annotation guidelines, section 2: a noun that only refers back to an act
already reported, or only frames the time of another act, is not coded), yet whole-document sets
such as WikiEvents mark every mention of an event, and a reader following an incident through an
article wants them all.  So the coder keeps them, and says what they are: ``Event.refers_to`` is the
id of the article's earlier report of the same act.  Counting events, count those without it.

Within a sentence, one act named by several words is reported once, with its first word (the
guidelines), and WikiEvents marks each word; so the others are such mentions too:

- a noun under the verb that reports the act ("hit by drone strikes in a pre-dawn raid");
- a verb whose subject is a noun naming the act ("twin bombings struck the cathedral"): the noun
  reports it and takes the verb's target and toll;
- a later noun that names no party the report does not ("an inmate had been stabbed: 'There was an
  assault on an inmate'").

Across sentences, a mention refers back when it is a noun of an act of force, an arrest or a
protest (the types whose every mention document-level users ask for), names no party and no toll
of its own, is definite ("the attack", "these protests"), and the article reported an act of the
same type and modality before it whose date its own date words do not rule out.  It refers to the
last such report.  A mention carries no toll: the report counts it.

A noun of such an act that refers back to no report, names no party and no toll, and is not what
its sentence asserts (senses.names_only: "the bombing suspect was moved", "questioned the driver
about the attack") names an act the article does not report, told elsewhere: ``refers_to`` is
``ELSEWHERE``, and later mentions of it refer to it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from eventwire.coref.words import pronouns
from eventwire.events.anchors import evidence_span, trigger_token
from eventwire.events.arguments import act_apart
from eventwire.events.lexicon import DEFINITE, FORCE_TYPES, determined, lemma_of, match_trigger, of_time
from eventwire.events.senses import other_sense
from eventwire.model import CASUALTY_FIELDS, Article, Event, Party, Span
from eventwire.parse import Parse, Token
from eventwire.times.calendar import parse_anchor

#: the types whose every mention is kept: acts of force, arrests and protests
MENTIONED_TYPES = FORCE_TYPES
#: ``refers_to`` of a mention of an act its article names but never reports ("the Boston Marathon
#: bombing suspect" in a report of his trial): told elsewhere, no event of the article to point to
ELSEWHERE = "elsewhere"


def with_references(
    article: Article,
    parse: Parse,
    events: Sequence[Event],
    keep: Callable[[Event], bool],
    keep_reference: Callable[[Event], bool],
    names_only: Callable[[Event], bool],
) -> list[Event]:
    """The events ``keep`` keeps, and the mentions that refer back to one of them (those
    ``keep_reference`` keeps, ``refers_to`` set), in the order of ``events``.  A kept event that
    ``names_only`` names an act without reporting it, and that refers back to none, is a mention of
    an act told elsewhere (``refers_to`` ``ELSEWHERE``)."""
    chosen: dict[int, Event] = {}
    last: dict[tuple[str, str], Event] = {}  # (type, modality) -> the last report kept
    for k in sorted(range(len(events)), key=lambda k: events[k].anchor()):
        event = events[k]
        before = last.get((event.type, event.modality))
        if before is not None and refers_back(article, parse, event, before) and keep_reference(event):
            chosen[k] = event.model_copy(update={"refers_to": before.id})
        elif keep(event):  # a report, or an act told elsewhere: what a later mention names again
            chosen[k] = event.model_copy(update={"refers_to": ELSEWHERE}) if names_only(event) else event
            last[(event.type, event.modality)] = event
    return [chosen[k] for k in sorted(chosen)]


def with_subject_acts(parse: Parse, events: Sequence[Event]) -> list[Event]:
    """'Twin bombings struck the cathedral': a verb whose subject is a noun naming an act of its own
    type names that act again.  The noun's event reports it, taking the verb's target and toll where
    it has none; the verb's event becomes a mention of it (its parties kept, no toll).  Where the noun
    itself names an act told before, it stays a mention of that act, with the verb's target where it
    has none, and the verb reports the act again (the guidelines code every verb naming an act)."""
    by_token = {tok.i: k for k, e in enumerate(events) if (tok := trigger_token(parse, e)) is not None}
    out = list(events)
    for k, event in enumerate(events):
        tok = trigger_token(parse, event)
        if tok is None or tok.pos != "VERB" or event.type not in MENTIONED_TYPES or event.refers_to:
            continue
        subject = _act_subject(parse, tok, by_token, events, event.type)
        if subject is None:
            continue
        if out[subject].refers_to in (None, ELSEWHERE):  # the verb tells the act its noun names
            out[subject] = _with_target_and_toll(out[subject], event).model_copy(update={"refers_to": None})
            out[k] = _mention_of(out[subject], event, tok, event.id)
        else:  # the noun names an act told before, the verb reports it again (it is always coded)
            out[subject] = _with_target_and_toll(out[subject], event, toll=False)
    return out


def _act_subject(
    parse: Parse, verb: Token, by_token: dict[int, int], events: Sequence[Event], plover: str
) -> int | None:
    """The index of the event of ``plover``'s type whose noun is the subject of ``verb`` (or of the
    verb it is joined to: "the attacks occurred at 4:00 and struck the plant"), or None."""
    head = parse.first_conjunct(verb.i)
    for kid in parse.children(head.i):
        k = by_token.get(kid.i) if kid.dep == "nsubj" and kid.pos == "NOUN" else None
        if k is not None and events[k].type == plover:
            return k
    return None


def _with_target_and_toll(report: Event, verb: Event, toll: bool = True) -> Event:
    update: dict[str, object] = {} if report.target.named() else {"target": verb.target}
    if toll and not report.counted():
        update.update({field: getattr(verb, field) for field in CASUALTY_FIELDS})
    return report.model_copy(update=update)


def with_restatements(parse: Parse, events: Sequence[Event]) -> list[Event]:
    """``events``, each report by a verb followed by the nouns under it (at most ``RESTATE_DEPTH``
    words up) that name an act of its type again, trigger no event of their own and name no party it
    does not ("attacked a checkpoint after an assault on a convoy": two acts), as mentions of
    it: the report's act, parties, date and place (its sentence names them), no toll, ``refers_to``
    the report."""
    taken = {at for e in events if e.trigger is not None for at in range(e.trigger.start, e.trigger.end)}
    ids = {e.id for e in events}
    out: list[Event] = []
    for event in events:
        out.append(event)
        tok = trigger_token(parse, event)
        if event.refers_to is not None or event.type not in MENTIONED_TYPES or tok is None:
            continue
        for noun in _restating_nouns(parse, tok, event.type) if tok.pos == "VERB" else []:
            if noun.start not in taken and not _names_another(parse, noun, event):
                taken.add(noun.start)
                out.append(_mention_of(event, event, noun, _free_id(ids)))
    return out


#: nouns a mention of an act can modify and still name that act: its people, places and sequels
#: ("the bombing suspect", "bombing victims", "the explosion site", "the Paris attacks trial")
ACT_HEADS = frozenset(
    {"suspect", "victim", "survivor", "site", "scene", "trial", "case", "investigation", "probe"}
    | {"inquiry", "plot", "manhunt", "aftermath", "anniversary", "memorial", "defendant", "mastermind"}
    | {"ringleader", "plotter", "hearing", "verdict", "conviction", "accomplice", "perpetrator"}
)


def with_modifier_mentions(parse: Parse, events: Sequence[Event]) -> list[Event]:
    """``events``, and each noun of an act that modifies a noun of its people, places or sequels
    ("the bombing suspect", "the explosion site", ACT_HEADS), after a report of an act of its type,
    as a mention of the last such report (no party, no toll, its own sentence as evidence,
    ``refers_to`` it). Such a modifier is
    no act of its own, and is not coded where no report came before it ("a strike force" names none)."""
    reports = sorted(
        (e for e in events if e.refers_to is None and e.type in MENTIONED_TYPES), key=Event.anchor
    )
    taken = {at for e in events if e.trigger is not None for at in range(e.trigger.start, e.trigger.end)}
    ids = {e.id for e in events}
    out = list(events)
    for tok in parse.tokens:
        if tok.dep != "compound" or tok.start in taken or lemma_of(parse.tokens[tok.head]) not in ACT_HEADS:
            continue
        trig = match_trigger(parse, tok)
        if trig is None or trig.pos != "N" or trig.plover not in MENTIONED_TYPES:
            continue
        before = [e for e in reports if e.type == trig.plover and e.anchor() < tok.start]
        if before:
            mention = _mention_of(before[-1], before[-1], tok, _free_id(ids))
            at = next((n for n, e in enumerate(out) if e.anchor() > tok.start), len(out))
            own = {"source": Party(), "target": Party(), "evidence": evidence_span(parse, tok, nominal=True)}
            out.insert(at, mention.model_copy(update=own))  # its own sentence, as evidence
    return out


def _free_id(ids: set[str]) -> str:
    """The first of "e1", "e2", ... not in ``ids`` (which it joins)."""
    n = len(ids) + 1
    while f"e{n}" in ids:
        n += 1
    ids.add(f"e{n}")
    return f"e{n}"


#: how many words up from a noun the verb whose act it names again may stand ("hit by strikes in a raid")
RESTATE_DEPTH = 3
#: dependencies of a noun that modifies another: no act of its own ("a strike force")
MODIFIERS = frozenset({"compound", "amod", "npadvmod", "nmod"})


def _restating_nouns(parse: Parse, verb: Token, plover: str) -> list[Token]:
    """The nouns under ``verb`` that name an act of type ``plover`` again; not the word the verb's
    trigger needs ("took two men into custody": one phrase, one mention), nor one in another sense
    ("exchanging fire": the fire of no one's act of its own)."""
    own = match_trigger(parse, verb)
    needed = own.objects if own is not None else frozenset()
    nouns = []
    for tok in parse.sentence_tokens(verb.sent):
        if tok.pos != "NOUN" or tok.dep in MODIFIERS or lemma_of(tok) in needed:
            continue
        up = [a.i for a in list(parse.ancestors(tok.i))[:RESTATE_DEPTH]]
        under = verb.i in up and not act_apart(parse, [parse.tokens[a] for a in up[: up.index(verb.i)]], verb)
        trig = match_trigger(parse, tok) if under and not other_sense(parse, tok) else None
        if trig is not None and trig.plover == plover and trig.pos == "N":
            nouns.append(tok)
    return nouns


def _mention_of(report: Event, event: Event, word: Token, event_id: str) -> Event:
    """``event`` as a mention of ``report`` at ``word``: no toll (the report counts it)."""
    cleared = {field: None for field in CASUALTY_FIELDS}
    return event.model_copy(
        update={
            "id": event_id,
            "trigger": Span(start=word.start, end=word.end),
            "refers_to": report.id,
            **cleared,
        }
    )


def refers_back(article: Article, parse: Parse, event: Event, before: Event) -> bool:
    """``event`` only names ``before`` again: a noun of the same type with no toll, either definite
    and with no party ``before`` does not name (or only the claimant of a claim of responsibility),
    or in ``before``'s sentence with no party ``before`` does not name; and whose own date words
    (if any) agree with ``before``'s date."""
    if event.type not in MENTIONED_TYPES or event.counted():
        return False
    tok = trigger_token(parse, event)
    if tok is None or tok.pos != "NOUN":
        return False
    told = _definite(parse, tok) and (
        bare(event) or _claimed(parse, event, tok) or _no_party_of_its_own(parse, event, before, tok)
    )
    if not told and not _renames(parse, event, before, tok):
        return False
    if event.date is None or event.date == article.published:
        return True  # no date of its own
    own_time = any(of_time(parse, k) for k in parse.children(tok.i))  # "his arrest on Friday"
    return _dates_agree(event.date, before.date) or (own_time and _recent(event.date, before, article))


def _renames(parse: Parse, event: Event, before: Event, noun: Token) -> bool:
    """In the sentence of ``before``, a noun that names its act again and no party it does not
    name ("an inmate had been stabbed: 'There was an assault on an inmate'"): one act, told twice."""
    first = trigger_token(parse, before)
    if first is None or first.sent != noun.sent:
        return False
    if parse.first_conjunct(noun.i).i == parse.first_conjunct(first.i).i:
        return False  # "strikes and raids": coordinated words name different acts
    return _no_party_of_its_own(parse, event, before, noun)


def _claimed(parse: Parse, event: Event, noun: Token) -> bool:
    """'The Islamic State claimed responsibility for the attack': the claim names who says they did
    it, and the act is the one reported (the guidelines: the attack whose responsibility is claimed
    is coded where a sentence reports it); no target and no toll of its own."""
    prep = parse.tokens[noun.head]
    above = parse.tokens[prep.head]
    under = noun.dep == "pobj" and prep.lower == "for" and above.lemma.lower() in ("responsibility", "credit")
    return under and not event.target.named() and not event.counted()


def _no_party_of_its_own(parse: Parse, event: Event, before: Event, noun: Token) -> bool:
    """Every party of ``event`` is one ``before`` names: "Indonesia's security minister Wiranto
    was stabbed. Wiranto survived the attack" names the same man as the attack's target."""
    if _names_another(parse, noun, before):
        return False
    return all(_same_or_none(getattr(event, role), getattr(before, role)) for role in ("source", "target"))


#: prepositions by which a noun phrase names a party of its own ("an assault on a convoy")
PARTY_PREPOSITIONS = frozenset({"on", "against", "upon", "by", "of"})


def _names_another(parse: Parse, noun: Token, before: Event) -> bool:
    """The noun's own phrase names a party ``before`` does not ("after an assault on a convoy")."""
    named = " ".join(p.text or "" for p in (before.source, before.target)).lower()
    preps = [
        k
        for k in parse.children(noun.i)
        if k.dep == "prep" and k.lower in PARTY_PREPOSITIONS and not of_time(parse, k)  # "on Friday"
    ]
    objects = [obj for prep in preps for obj in parse.children(prep.i) if obj.dep == "pobj"]
    return any(obj.lower not in named for obj in objects)


def _same_or_none(party: Party, other: Party) -> bool:
    """``party`` names no one, or the one ``other`` names (the same actor, or the same words), or is
    a possessive pronoun ("his arrest"), whose referent the report names in its own words ("the
    accused"); a subject pronoun may be the claimant of an act that the report left without one
    ("it had carried out the attack")."""
    if not party.named() or _possessive((party.text or "").lower()):
        return True  # "after his arrest": a pronoun names whom the reader knows, the report's party
    same_actor = party.actor is not None and party.actor == other.actor
    return same_actor or _same_words(party.text or "", other.text or "")


def _possessive(word: str) -> bool:
    pronoun = pronouns().get(word)
    return pronoun is not None and pronoun.case == "possessive"


def _same_words(text: str, other: str) -> bool:
    """The same words, or ``text`` the end of ``other`` ("Wiranto", "the security minister Wiranto")."""
    words, others = text.lower().split(), other.lower().split()
    return bool(words) and others[-len(words) :] == words


def bare(event: Event) -> bool:
    """The event names no source, no target and no toll."""
    return not event.source.named() and not event.target.named() and not event.counted()


def _definite(parse: Parse, noun: Token) -> bool:
    """'the attack', 'these protests', 'Friday's shooting', 'both attacks', 'his arrest': a noun
    phrase that names something the reader already knows (a determiner of definiteness, "all" or
    "both", or a possessor: a date, or a party, whom the caller checks the report names)."""
    return determined(parse, noun, DEFINITE | TOTALS)


#: determiners that take in acts already counted ("all three attacks", "both bombings")
TOTALS = frozenset({"all", "both"})


#: how many days before the article's date a mention's own date may fall and still name an act the
#: article reports with no date of its own ("Police arrested the accused ... After his arrest on
#: Friday": a report of the past days, dated by the article)
RECENT_DAYS = 7


def _recent(date: str, before: Event, article: Article) -> bool:
    """``before`` is dated by the article alone and ``date`` (the mention's own phrase's) falls
    within the days before it; a date the mention takes from its clause may be the clause's own
    ("On Sunday, Mr. Trump echoed Mr. Putin's justification of the annexation of Crimea")."""
    published = parse_anchor(article.published)
    day = parse_anchor(date) if len(date) == 10 else None
    if before.date != article.published or published is None or day is None:
        return False
    return 0 <= (published - day).days <= RECENT_DAYS


def _dates_agree(a: str | None, b: str | None) -> bool:
    """Two ISO dates, full or partial, that can mean the same day ("2019-03" and "2019-03-15")."""
    return a is None or b is None or a.startswith(b) or b.startswith(a)
