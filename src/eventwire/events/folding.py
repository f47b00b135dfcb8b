"""One act, one event: casualty verbs that report the toll of an act coded beside them (or, as
"it killed nine", in the next sentence), relative clauses that tell an act named by a noun,
clauses that say what a protest was against, and participles that tell an act of their verb's
type again ("is supporting Sanders, giving him his endorsement").

News names an attack and its toll in one sentence: "the attack had killed twelve and injured
twelve more", "a car bombing killed five and wounded 110", "Fields killed a woman and injured
nineteen others".  Each casualty verb is a trigger of its own, but the sentence reports one act
(the project's annotation guidelines, section 2: one record per act per sentence; PLOVER codes
the act, with its casualties as attributes).  A casualty verb's event is folded into the act's
event when

- its subject is the act's trigger ("the *attack* killed", "a car *bombing* wounded"), or
- it is a relative clause on the act's noun, with the relative pronoun as its subject ("the
  bombing, which killed three"); any attack verb is folded so ("the attack, which targeted a
  military academy": the academy is the attack's target), or
- it is conjoined to the act's verb, or a participle clause of it, and has no subject of its own
  ("killed ... and injured", "attacked a checkpoint, killing two"), or
- it is a passive with no agent conjoined to the act's verb: its subject is who was hurt, not
  who acted ("five officers were killed and 12 people were wounded", "20 were killed and
  dozens injured"), or
- it is a passive with no agent whose clause of time is the act ("20 were killed when a car
  bomb exploded"), or
- it names no one who acted, or is a bare participle ("with 25 others injured"), and has no
  agent of its own, in a sentence that codes another act of violence: the toll of that act,
  wherever the parse put it ("died in last night's attack; twenty more were injured", "a bombing was
  reported to have killed a photojournalist").  The act is the sentence's first other act of
  violence that is not such a toll itself.

A casualty verb whose act is named by an attack noun after "in" or "during", or as the agent of its
passive ("three officers were killed in the attack", "was killed by a U.S. drone strike"), has that
noun as its trigger: the attack is the act, the killing its toll.

The act's event keeps its trigger, date, place and modality; it takes the folded event's counts
(added field by field), its source and target where it names none (never the act's own words:
"the attack" is not who attacked), and the higher confidence.
"""

from __future__ import annotations

from collections.abc import Sequence

from eventwire.events.anchors import trigger_token
from eventwire.events.arguments import ACT_PREPS, by_agent, in_sequence, is_passive, prep_object, step_verb
from eventwire.events.casualties import FIELDS, is_casualty_verb
from eventwire.events.lexicon import PERSONAL_PRONOUNS, lemma_of, match_trigger
from eventwire.events.parties import told_by_it
from eventwire.model import Event, Party, Span
from eventwire.parse import Parse, Token


def fold_casualty_reports(parse: Parse, events: Sequence[Event]) -> list[Event]:
    """The events with each casualty report folded into the act it reports the toll of."""
    words = [trigger_token(parse, e) if e.type == "ASSAULT" else None for e in events]
    first_at: dict[int, int] = {}  # trigger token -> the first ASSAULT event coded at it
    for n, tok in enumerate(words):
        if tok is not None:
            first_at.setdefault(tok.i, n)
    acts = {
        n: act
        for n, tok in enumerate(words)
        if tok is not None and (act := _act_of(parse, tok, first_at)) is not None
    }
    acts |= _tolls_in_sentence(parse, events, words, acts)
    out = list(events)
    gone: set[int] = set()
    for n, act in acts.items():
        if events[n].modality != "asserted":
            continue
        owner = _final(act, acts)
        if owner == n or owner in gone:
            continue
        out[owner] = _folded(out[owner], out[n], words[owner])
        gone.add(n)
    return [_named_act(parse, e, words[n]) for n, e in enumerate(out) if n not in gone]


#: links of a clause that tells what a protest was about: "marched, protesting the exit", "rallied to
#: protest the results", "demonstrations protesting the shooting"
PROTEST_CLAUSES = frozenset({"advcl", "xcomp", "acl"})


def fold_restated_clauses(parse: Parse, events: Sequence[Event]) -> list[Event]:
    """The events with each clause that tells again the act coded at the verb it hangs on folded
    into that act: one act, one event (the guidelines: one record per act).  A protest verb that
    only says what a protest was against ("marched, protesting the exit"), and a participle with no
    subject of its own that names an act of the same type ("is supporting Sanders, giving him his
    endorsement"; "met the premier, holding talks on trade"), and the talks a meeting was for ("met
    to discuss the crisis")."""
    at: dict[tuple[int, str], int] = {}
    for n, e in enumerate(events):
        tok = trigger_token(parse, e)
        if tok is not None:
            at.setdefault((tok.i, e.type), n)
    out, gone = list(events), set()
    for n, event in enumerate(events):
        tok = trigger_token(parse, event)
        if tok is None or not _tells_again(parse, tok, event):
            continue
        owner = at.get((tok.head, event.type))
        if owner is None:
            owner = at.get((_step_act(parse, tok.head), event.type))
        if owner is None:
            continue
        if owner in gone or owner == n or _apart(parse, tok, event, events[owner]):
            continue  # a purpose is still to come when the meeting is held: one act all the same
        # "protesting the exit": what was opposed is no party unless it is an actor
        told = event if event.target.actor else event.model_copy(update={"target": Party()})
        out[owner] = _folded(out[owner], told, trigger_token(parse, events[owner]))
        gone.add(n)
    return [e for n, e in enumerate(out) if n not in gone]


#: acts of force, done to whom they are done to: one done to others is another act ("captured the
#: embassy, taking dozens of people hostage"); words restate a criticism to anyone it names
DONE_BY_FORCE = frozenset({"ASSAULT", "COERCE"})
#: words that stand for a party named before: a participle's target so is no new recipient
STAND_INS = PERSONAL_PRONOUNS | {"it", "you", "himself", "herself", "themselves"}


def _apart(parse: Parse, tok: Token, event: Event, owner: Event) -> bool:
    """The participle's act is another than the verb's: of another modality (but for a meeting's
    purpose), or an act of force done to someone else."""
    moods = event.modality != owner.modality and not _meeting_purpose(parse, tok, event)
    return moods or (event.type in DONE_BY_FORCE and _other_recipient(owner.target, event.target))


def _other_recipient(mine: Party, theirs: Party) -> bool:
    """The participle's act is done to someone else than the verb's: another act, not the same told
    again ("captured the U.S. embassy, taking dozens of people there hostage")."""
    if not (mine.named() and theirs.named()):
        return False
    if mine.actor is not None and theirs.actor is not None:
        return mine.actor != theirs.actor
    return mine.text != theirs.text and (theirs.text or "").lower() not in STAND_INS


def _step_act(parse: Parse, verb: int) -> int:
    """For "took the step of criticizing" (or "made the decision to ..."), the act the step is:
    "took the unusual step of criticizing the intelligence community, accusing spy agencies ..."
    tells that act again; else -1."""
    noun = next((k for k in parse.children(verb) if step_verb(parse, k) is not None), None)
    if noun is None:
        return -1
    acts = [k for k in parse.children(noun.i) if k.dep == "acl" and k.pos == "VERB"]
    acts += [
        g for k in parse.children(noun.i) if k.lower == "of" for g in parse.children(k.i) if g.dep == "pcomp"
    ]
    return acts[0].i if acts else -1


#: verbs of meeting, whose "to" clause of talks is the meeting's purpose, not talks of their own
#: (a visit's is: "visited the Capitol to meet with Senate Democrats" keeps the meeting)
MEETING_VERBS = frozenset(
    {"meet", "gather", "convene", "confer", "assemble", "reunite", "call", "phone", "telephone"}
)  # fmt: skip


def _tells_again(parse: Parse, tok: Token, event: Event) -> bool:
    """The trigger is a clause that may tell again the act of the verb it hangs on: any clause of a
    protest; a meeting's purpose ("met to discuss the crisis": the talks are the meeting);
    otherwise a participle clause ("-ing") with no subject of its own."""
    if tok.pos != "VERB":
        return False
    if event.type == "PROTEST":
        return tok.dep in PROTEST_CLAUSES
    if any(k.dep in ("nsubj", "nsubjpass") for k in parse.children(tok.i)):
        return False
    return _meeting_purpose(parse, tok, event) or (tok.dep == "advcl" and tok.tag == "VBG")


def _meeting_purpose(parse: Parse, tok: Token, event: Event) -> bool:
    """Talks a meeting or a call was for ("met Macron to discuss the crisis", "called Merkel to
    discuss it")."""
    if event.type != "CONSULT" or tok.dep not in ("advcl", "xcomp") or tok.head == tok.i:
        return False
    head = parse.tokens[tok.head]
    return lemma_of(head) in MEETING_VERBS and parse.infinitive_to(tok.i) is not None


def fold_tolls_of_it(parse: Parse, events: Sequence[Event]) -> list[Event]:
    """'The Taliban attacked a base. Officials said it killed nine soldiers': a casualty verb whose
    subject is "it" gives the toll of the act of violence coded just before it (in its sentence or
    the one before), not an act of its own."""
    words = [trigger_token(parse, e) for e in events]
    out, gone = list(events), set()
    for n, (event, tok) in enumerate(zip(events, words, strict=True)):
        if not _toll_of_it(parse, event, tok):
            continue
        owner = _act_before(parse, events, words, n)
        if owner is None or owner in gone:
            continue
        out[owner] = _folded(out[owner], event.model_copy(update={"source": Party()}), words[owner])
        gone.add(n)
    return [e for n, e in enumerate(out) if n not in gone]


def _toll_of_it(parse: Parse, event: Event, tok: Token | None) -> bool:
    told = event.type == "ASSAULT" and told_by_it(event, tok)
    return told and tok is not None and is_casualty_verb(parse, tok)


def _act_before(parse: Parse, events: Sequence[Event], words: Sequence[Token | None], n: int) -> int | None:
    """The nearest act of violence before event ``n``, in its sentence or the one before."""
    here = words[n]
    if here is None:
        return None
    for m in range(n - 1, -1, -1):
        word = words[m]
        if word is None or events[m].type != "ASSAULT":
            continue
        if word.sent < here.sent - 1:
            return None
        if not is_casualty_verb(parse, word):
            return m
    return None


def _named_act(parse: Parse, event: Event, verb: Token | None) -> Event:
    """'Three officers were killed in the attack', 'was killed by a U.S. drone strike': the act is the
    attack, the killing its toll.  The noun, which is not coded beside the verb, becomes the event's
    trigger, as "the attack killed three" has it."""
    if verb is None or not is_casualty_verb(parse, verb):
        return event
    agent = by_agent(parse, verb) if is_passive(parse, verb) else None
    phrases = [
        o
        for v in _tolls_told_with(parse, verb)
        for k in parse.children(v.i)
        if k.dep == "prep" and k.lower in ACT_PREPS
        for o in parse.children(k.i)
    ]
    noun = next((n for n in (*phrases, agent) if _an_attack(parse, n)), None)
    if noun is None:
        return event
    return event.model_copy(update={"trigger": Span(start=noun.start, end=noun.end)})


def _tolls_told_with(parse: Parse, verb: Token) -> list[Token]:
    """The casualty verb and those joined to it, whose phrases name one act: "three people were
    killed and 264 injured in the bombing" (the parser hangs "in the bombing" on "injured", after
    "264" it joins to "killed")."""
    joined = [k for k in parse.children(verb.i) if k.dep == "conj"]
    joined += [g for k in joined for g in parse.children(k.i) if g.dep == "acl"]
    if verb.dep == "conj" and verb.head != verb.i:
        joined.append(parse.tokens[verb.head])
    return [verb, *(v for v in joined if v.pos == "VERB" and is_casualty_verb(parse, v))]


def _an_attack(parse: Parse, noun: Token | None) -> bool:
    """A noun coded as an act of violence ("the attack", "a drone strike")."""
    trig = match_trigger(parse, noun) if noun is not None and noun.pos == "NOUN" else None
    return trig is not None and trig.plover == "ASSAULT"


#: relative pronouns that stand for the act a casualty clause hangs on ("the attack, which killed")
RELATIVES = frozenset({"which", "that"})


def _act_of(parse: Parse, tok: Token, first_at: dict[int, int]) -> int | None:
    """The index of the event of the act whose toll the casualty verb ``tok`` reports, if any."""
    subject = next((k for k in parse.children(tok.i) if k.dep in ("nsubj", "nsubjpass")), None)
    if tok.dep == "relcl" and tok.head in first_at and (subject is None or subject.lower in RELATIVES):
        return first_at[tok.head]  # "the bombing, which killed three people", "the attack that targeted"
    if not is_casualty_verb(parse, tok):
        return _killing_in_act(parse, tok, first_at)
    if subject is not None and subject.dep == "nsubj" and subject.i in first_at:
        return first_at[subject.i]
    if subject is None and tok.dep in ("conj", "advcl") and tok.head in first_at:
        return first_at[tok.head]
    if subject is None and tok.dep == "advcl" and (act := _undertaken(parse, tok.head, first_at)) is not None:
        return act
    when = _act_clause(parse, tok, first_at)
    if when is not None and _agentless_passive(parse, tok):
        return first_at[when.i]
    if tok.dep == "conj" and tok.head in first_at and _agentless_passive(parse, tok):
        return first_at[tok.head]
    # "three were killed and 15 others injured": the parser reads "others" as a conjunct
    victims = parse.tokens[tok.head]
    if tok.dep == "acl" and victims.dep == "conj" and victims.head in first_at:
        return first_at[victims.head] if _agentless_passive(parse, tok) else None
    return None


def _undertaken(parse: Parse, verb: int, first_at: dict[int, int]) -> int | None:
    """'Gunmen carried out an attack on a station, killing six', 'went on a stabbing spree, killing
    four': the act named by the object of the verb (or of its preposition) that a participle clause
    of the verb gives the toll of."""
    for k in parse.children(verb):
        nouns = (
            [k]
            if k.dep == "dobj"
            else [o for o in parse.children(k.i) if o.dep == "pobj" and k.dep == "prep"]
        )
        for noun in nouns:
            words = [noun, *(m for m in parse.children(noun.i) if m.dep in ("amod", "compound"))]
            act = next((first_at[w.i] for w in words if w.i in first_at), None)
            if act is not None:
                return act
    return None


#: nouns of a killing, whose act may be named after "in" ("the killing of Soleimani in an airstrike")
KILLINGS = frozenset({"killing", "murder", "assassination", "slaying"})


def _killing_in_act(parse: Parse, tok: Token, first_at: dict[int, int]) -> int | None:
    """'The United States' killing of Soleimani in an airstrike': the airstrike is the act, the killing
    its toll (the parser may hang "in an airstrike" on the verb the killing is the object of)."""
    if tok.pos != "NOUN" or tok.lemma.lower() not in KILLINGS:
        return None
    holders = [tok, parse.tokens[tok.head]] if tok.dep == "dobj" else [tok]
    nouns = (prep_object(parse, holder, ACT_PREPS) for holder in holders)
    return next((first_at[n.i] for n in nouns if n is not None and n.i in first_at and n.i != tok.i), None)


def _tolls_in_sentence(
    parse: Parse, events: Sequence[Event], words: list[Token | None], acts: dict[int, int]
) -> dict[int, int]:
    """Tolls with no act found in the parse, each to the first other act of violence of its sentence."""
    tolls = {
        n: tok for n, tok in enumerate(words) if tok and n not in acts and _bare_toll(parse, events[n], tok)
    }
    settled = tolls.keys() | acts.keys()
    free = [m for m, tok in enumerate(words) if tok is not None and m not in settled]
    out = {}
    for n, toll in tolls.items():
        # its sentence's first act of violence that is no toll, folded nowhere, and not set apart
        # from it ("was killed days after the bombings": another act)
        owner = next((m for m in free if _owns_toll(parse, words[m], toll)), None)
        if owner is not None:
            out[n] = owner
    return out


def _owns_toll(parse: Parse, act: Token | None, toll: Token) -> bool:
    """The act is in the toll's sentence, and is not a noun that hangs under the toll's verb past a
    preposition that sets it before or after ("killed days after the bombings": another act; but
    "injured after being attacked": the toll of the attack)."""
    if act is None or act.sent != toll.sent:
        return False
    up = [a.i for a in parse.ancestors(act.i)]
    if act.pos != "NOUN" or toll.i not in up:
        return True
    return not in_sequence([parse.tokens[a] for a in up[: up.index(toll.i)]])


#: killings that are acts of their own, by a state or a captor, never the toll of another act
EXECUTIONS = frozenset({"execute"})


def _bare_toll(parse: Parse, event: Event, tok: Token) -> bool:
    """A casualty verb that names no one who acted ("twenty were injured", "five died", "reported
    to have killed a photojournalist"), or a bare participle, whose subject is who was hurt ("with
    25 others injured"); not one with an agent of its own ("injured by stones"), nor an execution,
    an act of whoever holds the condemned ("McVeigh was convicted of the bombing and executed")."""
    if not is_casualty_verb(parse, tok) or prep_object(parse, tok, ("by",)) is not None:
        return False
    if lemma_of(tok) in EXECUTIONS:
        return False
    bare_participle = tok.tag == "VBN" and not any(k.dep in ("aux", "auxpass") for k in parse.children(tok.i))
    return bare_participle or not event.source.named()


def _act_clause(parse: Parse, tok: Token, first_at: dict[int, int]) -> Token | None:
    """The act's clause of time that the casualty verb, or the coordination it heads, hangs on:
    "20 were killed (and 15 injured) when a car bomb exploded"."""
    heads = [tok, *(k for k in parse.children(tok.i) if k.dep == "conj")]
    clauses = (k for head in heads for k in parse.children(head.i) if k.dep == "advcl")
    return next((k for k in clauses if k.i in first_at), None)


def _agentless_passive(parse: Parse, verb: Token) -> bool:
    """'12 people were wounded': the subject was hurt and no "by" names who hurt them."""
    participle = verb.dep == "acl" and verb.tag == "VBN"
    return (participle or is_passive(parse, verb)) and prep_object(parse, verb, ("by",)) is None


def _final(n: int, acts: dict[int, int]) -> int:
    """Follow folds to the act that is folded into no other ("killed ... and injured ..." after
    "the attack killed"): at most as many steps as there are links."""
    for _ in range(len(acts) + 1):
        act = acts.get(n)
        if act is None or act == n:
            return n
        n = act
    return n


def _folded(act: Event, report: Event, act_word: Token | None) -> Event:
    """The act with the report's counts and the parties it lacks, as sure and salient as the surer."""
    update: dict[str, object] = {"confidence": max(act.confidence, report.confidence)}
    for field in FIELDS:
        counts = [c for c in (getattr(act, field), getattr(report, field)) if c is not None]
        update[field] = sum(counts) if counts else None
    for role in ("source", "target"):
        party = getattr(report, role)
        if not getattr(act, role).named() and party.named() and not _is_act(party, act_word):
            update[role] = party
    return act.model_copy(update=update).with_salience(max(act.salience, report.salience))


def _is_act(party: Party, act_word: Token | None) -> bool:
    """The party is the act itself ("the attack killed twelve": the attack is no one's name)."""
    return act_word is not None and party.text is not None and act_word.text in party.text.split()
