"""Rules of the PLOVER manual that look beyond the trigger word itself.

- The topic of a protest is no event of its own: in "thousands marched to
  demand his resignation" the demand is what the PROTEST is about.
- PROTEST presumes physical activity: a government or an international body
  that "protests" an act makes a diplomatic protest, coded ACCUSE
  ('disapprove').
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from eventwire.events.lexicon import lemma_of
from eventwire.model import Actor, Event
from eventwire.ontology import cameo_info
from eventwire.parse import Parse, Token

#: links from a protest to the clause that says what it is for
TOPIC_LINKS = ("advcl", "acl", "xcomp")
#: the code of a diplomatic protest
DISAPPROVE = "111"


def is_protest_topic(parse: Parse, tok: Token, event: Event, used: Mapping[int, str]) -> bool:
    """A REQUEST in the purpose or participle clause of a protest ("marched to demand ...")."""
    if event.type != "REQUEST" or tok.dep not in TOPIC_LINKS or tok.head == tok.i:
        return False
    head = parse.tokens[tok.head]
    protests = [head, *(k for k in parse.children(head.i) if k.dep == "dobj")]
    return any(used.get(t.i) == "PROTEST" for t in protests)


def as_diplomatic(tok: Token, event: Event, actors: Sequence[Actor]) -> Event:
    """A government's or international body's 'protest' recoded as ACCUSE; other events unchanged."""
    if event.type != "PROTEST" or lemma_of(tok) != "protest" or tok.pos != "VERB":
        return event
    source = next((a for a in actors if a.id == event.source.actor), None)
    if source is None or not _official(source):
        return event
    info = cameo_info(DISAPPROVE)
    return event.model_copy(
        update={
            "type": "ACCUSE",
            "cameo": DISAPPROVE,
            "mode": "disapprove",
            "quad_class": info.quad_class if info else None,
            "goldstein": info.goldstein if info else None,
        }
    )


def _official(actor: Actor) -> bool:
    """A state, its government or an international organisation."""
    code = actor.code or ""
    return actor.kind == "country" or actor.sector == "GOV" or code.startswith("IGO")
