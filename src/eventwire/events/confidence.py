"""Two numbers of an event, from the same facts: how sure the coder is, and how salient it is.

``confidence`` is the chance that the event is right: a logistic model over a
few general facts (a verb or a noun; whether it has a source and a target, or is a noun with
neither: most often a mention of an act already reported, "condemned the attack",
whether they are names, whether their actors have a country or a political
sector; whether the trigger matched the object it needs; the CAMEO dictionary
or the core lexicon; how deep in its sentence's tree it sits; a purpose or a
relative clause; inside a direct quote (rhetoric as often as report); an act of cooperation
(AGREE, CONSULT, SUPPORT, COOPERATE, AID: talk and meetings, most often misread); a definite noun
with no party of its own ("survived the attack": an act told before); and how political the
article is, by its actors).  Its
weights (``events.confidence``) were fitted by ``tools/fit_confidence.py`` on
the dev half of the project's ordinary-news set, and the bias then refitted
alone on the check rounds that no rule was read from (``--calibrate``): the
rounds the rules were written from overstate how often an event is right.  So
the number reads as the share of such events that are right on news the rules
have not seen; ``make eval`` prints precision by confidence on both halves.

``salience`` says which of a sentence's events is its main act (the governing
verb with both parties), for evaluations that score one event a sentence.  It
is a different question from whether an event is right, so it has its own,
hand-set weights (``events.salience``).
"""

from __future__ import annotations

from dataclasses import dataclass
from math import exp

from eventwire.actors.codes import in_political_sectors
from eventwire.config import active
from eventwire.events.arguments import Arguments
from eventwire.events.lexicon import DEFINITE, Trigger, match_trigger, modality_cues
from eventwire.events.parties import coded
from eventwire.memo import per_article
from eventwire.model import Article, Party
from eventwire.parse import Parse, Token

#: the facts the salience weights move (besides the verb/noun base)
SALIENT = (
    "source", "target", "constrained", "not_asserted", "dictionary", "light_verb", "per_clause",
    "purpose_clause", "relative_clause",
)  # fmt: skip
#: PLOVER's types of cooperation in word and deed: talk and meetings as often as acts
COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID"})
#: entity types that make a party a name, not a common noun ("police", "a man")
NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})


@dataclass(frozen=True)
class Candidate:
    """What the model sees of one event: its trigger, its parties in the parse and as coded, its
    modality and its article."""

    tok: Token
    trig: Trigger
    args: Arguments
    modality: str
    parties: tuple[Party, Party]
    article: Article


def confidence(facts: dict[str, float]) -> float:
    """The model's chance that the event of these ``features`` is right, rounded to 0.01."""
    w = active().events.confidence
    z = w.bias + sum(getattr(w, name) * value for name, value in facts.items())
    return round(1.0 / (1.0 + exp(-z)), 2)


def salience(facts: dict[str, float]) -> float:
    """How strongly the event of these ``features`` is its sentence's main act (``events.salience``)."""
    w = active().events.salience
    score: float = w.noun if facts["noun"] else w.verb
    score += sum(float(getattr(w, name)) * facts[name] for name in SALIENT)
    return round(max(0.05, min(0.95, score)), 2)


def features(parse: Parse, event: Candidate) -> dict[str, float]:
    """The facts both numbers weigh, by the name of their weight in ``events.confidence``."""
    article = event.article
    quoted = any(start <= event.tok.start < end for start, end in _direct_quotes(article))
    return (
        _parties(event)
        | _clause(parse, event)
        | _kind(event)
        | {"political_article": _political_share(article), "quoted": float(quoted)}
    )


#: the sentence (counted from 0) from which an act is told as far from the lead as the model weighs
LATE_SENTENCES = 18
#: the types whose own weight says how often they are misread (besides ``cooperative``)
TYPE_WEIGHTS = {
    "MOBILIZE": "mobilize", "AID": "aid", "COOPERATE": "cooperate", "COERCE": "coerce", "ASSAULT": "assault",
    "RETREAT": "retreat",
}  # fmt: skip


def _kind(event: Candidate) -> dict[str, float]:
    """How far into the article the act is told (news tells its acts first: background, history and
    comment come later), and its type."""
    late = min(event.tok.sent, LATE_SENTENCES) / LATE_SENTENCES
    return {"late": late} | {name: float(event.trig.plover == kind) for kind, name in TYPE_WEIGHTS.items()}


def _parties(event: Candidate) -> dict[str, float]:
    source, target = event.parties
    return {
        "source": float(event.args.source is not None),
        "target": float(event.args.target is not None),
        "named_source": float(_named(event.args.source)),
        "named_target": float(_named(event.args.target)),
        "coded_source": float(coded(event.article, source)),
        "coded_target": float(coded(event.article, target)),
        "bare_noun": float(event.trig.pos == "N" and event.args.source is None and event.args.target is None),
    }


def _clause(parse: Parse, event: Candidate) -> dict[str, float]:
    tok, trig = event.tok, event.trig
    return {
        "noun": float(trig.pos == "N"),
        "constrained": float(bool(trig.objects or trig.prep)),
        "not_asserted": float(event.modality != "asserted"),
        "dictionary": float(trig.tier == 2),
        "light_verb": float(trig.pos == "N" and _under_light_verb(parse, tok)),
        "per_clause": float(min(active().events.confidence.max_clauses, _depth(parse, tok))),
        "purpose_clause": float(_in_purpose_clause(parse, tok)),
        "relative_clause": float(tok.dep == "relcl"),
        "cooperative": float(trig.plover in COOPERATIVE),
        "definite_noun": float(trig.pos == "N" and _definite(parse, tok)),
    }


#: dependents through which a noun phrase names a party of its own ("Nabil's murder", "attack on X")
OWN_PARTY = frozenset({"poss", "prep", "compound", "amod"})


def _definite(parse: Parse, noun: Token) -> bool:
    """'condemned the attack', 'survived the attack': a definite noun with no party in its own
    phrase most often refers back to an act told earlier (the guidelines code it only where its
    phrase names a party)."""
    kids = parse.children(noun.i)
    definite = any(k.dep == "det" and k.lower in DEFINITE for k in kids)
    return definite and not any(k.dep in OWN_PARTY and k.lower not in FRAMING for k in kids)


#: prepositions after a noun that frame it rather than name a party ("the attack in Kabul on Monday")
FRAMING = frozenset({"in", "at", "during", "since", "after", "before", "near", "outside"})


def _named(party: Token | None) -> bool:
    return party is not None and (party.ent_type in NAMED or party.pos == "PROPN")


@per_article
def _direct_quotes(article: Article) -> list[tuple[int, int]]:
    return [(q.start, q.end) for q in article.quotes if q.direct]


@per_article
def _political_share(article: Article) -> float:
    """How political the article is: its actors of a political sector, three or more counting as 1."""
    return min(3, in_political_sectors(article.actors)) / 3


def _in_purpose_clause(parse: Parse, tok: Token) -> bool:
    """'marched to demand reforms', 'rioted, demanding his removal': the aim of another act, not the act."""
    if tok.pos != "VERB" or tok.dep != "advcl" or tok.head == tok.i:
        return False
    head = parse.tokens[tok.head]
    if head.pos != "VERB" or head.lemma.lower() in modality_cues():
        return False  # "plans to attack": the head is a cue, the clause is the act
    return parse.infinitive_to(tok.i) is not None or tok.tag == "VBG"


def _under_light_verb(parse: Parse, noun: Token) -> bool:
    """'staged demonstrations', 'held talks': the noun carries the act of a verb that names none."""
    head = parse.tokens[noun.head]
    return noun.dep == "dobj" and head.pos == "VERB" and match_trigger(parse, head) is None


def _depth(parse: Parse, tok: Token) -> int:
    """How many clauses down from its sentence's root the trigger sits."""
    verbs = [anc for anc in parse.ancestors(tok.i) if anc.pos in ("VERB", "AUX")]
    if tok.pos == "NOUN" and verbs and _under_light_verb(parse, tok):
        verbs = verbs[1:]  # the light verb is the noun's own clause
    return len(verbs)
