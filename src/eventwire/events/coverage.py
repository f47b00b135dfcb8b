"""Whom PLOVER covers: an act needs someone to do it, and a company's act toward no political
actor is no event.

An act's source is a who.  A subject that names a thing that cannot act, neither a weapon nor a
document that stands for the people behind it, does no act: "the helicopter struck power lines"
is an accident, "warm water is attacking the ice shelves" a figure of speech.

PLOVER codes the acts of governments, officials, armed groups, IGOs, NGOs, protesters and other
political actors.  Companies are covered only when they act toward such actors (sue a ministry,
pay a fine to the European Commission, sign a deal with a government); an act between two
companies, or of a company toward its customers ("the company apologized for its website",
"Boeing accused Airbus of dumping"), is business news (the project's annotation guidelines,
section 1, drawn from the PLOVER manual).  Violence is kept whoever does it.

A target is a *who*: the actor acted on.  Where the words after a verb name a thing, not a party
("pledged funds", "outlawed the death penalty", "seized 126 skins", "recaptured the district"),
the event has no target rather than a thing as its target.  An attack keeps its target whatever
it is (a checkpoint, a convoy, a base): PLOVER codes attacks on places and property.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache

from eventwire.actors.affiliation import KIN
from eventwire.actors.codes import in_political_sectors, political
from eventwire.actors.words import words_of
from eventwire.config import active
from eventwire.events.anchors import trigger_token
from eventwire.events.arguments import (
    PERSONAL_POSSESSIVES,
    SEATS_OF_STATE,
    SITE_NOUNS,
    THING_ENTITIES,
    child,
    place_name,
)
from eventwire.events.casualties import VIOLENT
from eventwire.events.lexicon import (
    FORCE_TYPES,
    PARTY_ENTITIES,
    data_rows,
    lemma_of,
    match_trigger,
    provisions,
    proxies,
    recordings,
)
from eventwire.events.parties import actors_by_id, phrase_tokens, told_by_it
from eventwire.events.plover_rules import POLICE
from eventwire.memo import per_article
from eventwire.model import Actor, Article, Event, Party
from eventwire.ontology import agent_for, known_person, petrarch_conventions
from eventwire.parse import Parse, Token

#: sectors of companies (CAMEO's BUS and MNC)
BUSINESS = frozenset({"BUS", "MNC"})
#: sectors of the private parties a company deals with: companies, media, customers and the public
PRIVATE = BUSINESS | {"MED", "CVL"}
#: sectors of companies, whose acts toward no one or toward private parties are no political acts
COMPANIES = BUSINESS | {"MED"}
#: sectors of armed groups outside the state (rebels, insurgents, terrorists, unaligned armed
#: groups; plover_rules.ARMED adds the state's forces): one named makes an article political
#: ("Al-Shabaab claimed responsibility for the attack")
ARMED_GROUPS = frozenset({"REB", "INS", "TER", "UAF"})
#: types of act that are politics in themselves, whoever does them: a demonstration, a rally or a
#: march (PLOVER PROTEST) is coded in an article with no political actor too ("parents and
#: teachers protested the state funding system"), where apolitical drops every other type
POLITICAL_IN_ITSELF = frozenset({"PROTEST"})


def apolitical(article: Article, parse: Parse) -> bool:
    """An article long enough to judge (``events.political_sentences``) in which fewer than
    ``events.political_actors`` actors are of a political sector: sport, science, culture, a disaster
    or an obituary of an artist, where a verb of PLOVER's ("met", "collaborated", "retreated") names
    a private act.  Counted over the actors, not the mentions: one police spokesman quoted five
    times is one.  An armed group named is enough (ARMED_GROUPS); protests are coded there all the
    same (POLITICAL_IN_ITSELF)."""
    # a sentence or a short item: too little to judge by
    if not _judged(parse) or any(a.sector in ARMED_GROUPS for a in article.actors):
        return False
    return in_political_sectors(article.actors) < active().events.political_actors


def unlikely(parse: Parse, event: Event) -> bool:
    """An event the confidence model gives less than ``events.min_confidence`` chance of being right
    (``events.min_confidence_other_types`` for a type not in FORCE_TYPES: acts of force, arrests and
    protests are coded at every mention for document-level use, and down to ``events.min_confidence``
    they are mostly right, wikinews_attacks dev), in an article long enough for the model, which was
    fitted on whole articles, to judge."""
    settings = active().events
    floor = settings.min_confidence
    if event.type not in FORCE_TYPES:
        floor = max(floor, settings.min_confidence_other_types)
    return _judged(parse) and event.confidence < floor


def _judged(parse: Parse) -> bool:
    """The article is long enough (``events.political_sentences``) to be judged as a whole."""
    return len(parse.sents) >= active().events.political_sentences


def private_affair(event: Event, actors: Mapping[str, Actor]) -> bool:
    """The event is a company's or a news organisation's act toward no one, or toward private
    parties only ("the news network RTHK withdrew its reporters").  A target of unknown sector ("the
    Ministry of Health" unrecognised) may be political and is kept."""
    if event.type == "ASSAULT" or not _is_business(event.source, actors):
        return False
    if event.target.actor is None:
        return True  # no target, or words that name no actor ("its website", "the market")
    target = actors.get(event.target.actor)
    if _market_move(event, target):
        return True  # "the airline suspended flights to Beijing": a firm's market, no sanction of China
    return target is not None and target.sector in PRIVATE


#: what a firm does to a place it trades with that is business, not a state's sanction or retreat
MARKET_MOVES = frozenset({"SANCTION", "RETREAT"})


def _market_move(event: Event, target: Actor | None) -> bool:
    """A firm's SANCTION or RETREAT whose target is a country as a place (PETRARCH codes it as its
    dictionaries do)."""
    if target is None or event.type not in MARKET_MOVES or petrarch_conventions():
        return False
    return target.kind == "country" and target.sector is None


#: verbs of a deal in goods, stakes or firms: what parties agree to do in a business deal
DEALING = frozenset({"buy", "acquire", "purchase", "sell", "merge", "invest", "license", "supply", "lease"})
#: acts a business deal is told by ("agreed to buy", "agreed to merge with", "signed a deal with")
DEAL_TYPES = frozenset({"AGREE", "COOPERATE", "SUPPORT"})
#: what two firms reach, sign or announce when they make a deal
DEAL_NOUNS = frozenset({"deal", "agreement", "contract", "accord", "partnership", "pact"})


def firms_deal(parse: Parse, event: Event, actors: Mapping[str, Actor]) -> bool:
    """'Google agreed to buy Fitbit', 'Bayer agreed to merge with Monsanto', 'Apple signed a deal
    with Samsung': an agreement to buy, sell or merge, or a deal signed or reached by a firm,
    between parties neither of which is a state's or a political actor is a business deal, no PLOVER
    act (the guidelines: deals and acquisitions between firms).  "The government agreed to buy
    vaccines" and "agreed to pay a fine to the Commission" stay events."""
    tok = trigger_token(parse, event) if event.type in DEAL_TYPES else None
    kids = parse.children(tok.i) if tok is not None else []
    bought = any(k.dep == "xcomp" and lemma_of(k) in DEALING for k in kids)  # "agreed to buy"
    dealt = any(k.dep == "dobj" and lemma_of(k) in DEAL_NOUNS for k in kids)  # "signed a deal with"
    if not (bought or dealt):
        return False
    parties = [_party_actor(p, actors) for p in (event.source, event.target)]
    if any(a is not None and political(a.country, a.sector) for a in parties):
        return False
    # a deal noun alone ("27 have ratified the agreement") says nothing of firms: one must be a company
    return bought or any(a is not None and a.kind == "org" for a in parties)


def private_resignation(event: Event, actors: Mapping[str, Actor]) -> bool:
    """'Fields and other Breitbart employees resigned in protest', 'the chief executive resigned': a
    journalist, a company's officer or a private person leaving a job is employment; PLOVER's RETREAT
    (resign) is an official leaving office (the project's annotation guidelines).  A resigner whose
    sector is unknown may be an official and is kept."""
    if event.type != "RETREAT" or event.mode != "resign":
        return False
    source = _party_actor(event.source, actors)
    return source is not None and source.sector in PRIVATE


def not_questioning(article: Article, event: Event, actors: Mapping[str, Actor]) -> bool:
    """'Wikinews interviewed the candidate': an interview is questioning (ACCUSE investigate) only
    by police, prosecutors or an intelligence service ("the FBI interviewed key Clinton aides"); a
    newspaper's inquiry ("the Post assembled reporters to investigate Trump's life") is reporting."""
    if event.type != "ACCUSE" or event.trigger is None:
        return False
    sector = _source_sector(event, actors)
    if event.mode == "investigate" and sector == "MED":
        return True
    if not article.text[event.trigger.start : event.trigger.end].lower().startswith("interview"):
        return False
    return sector not in POLICE  # police, intelligence and prosecutors: who questions suspects


def _source_sector(event: Event, actors: Mapping[str, Actor]) -> str | None:
    """The sector of the event's source: its actor's, else that of the agent noun it ends with."""
    source = _party_actor(event.source, actors)
    words = (event.source.text or "").split()
    agent = agent_for(words[-1]) if words else None
    return source.sector if source is not None else agent.sector if agent is not None else None


#: acts that, with the press as a party, are an interview or working with reporters ("Lynch agreed to
#: a 30-minute interview for The Washington Post", "worked with news outlets on the story")
PRESS_DEALINGS = frozenset({"CONSULT", "AGREE", "COOPERATE"})


def press_exchange(event: Event, actors: Mapping[str, Actor]) -> bool:
    """A meeting, talk, arrangement or work with the press ("Richardson discussed his role with
    Wikinews", "the president met reporters", "agreed to an interview for The Washington Post"), a
    refusal to reporters ("refused to speak to reporters"), or
    the press asking people outside politics ("Wikinews asked three pundits for their predictions"):
    an interview or a briefing, not a consultation, agreement or request between political actors;
    what is said there is coded as what it says."""
    if event.type not in PRESS_DEALINGS and event.type not in ("REQUEST", "REJECT"):
        return False
    source, target = (actors.get(p.actor) if p.actor else None for p in (event.source, event.target))
    if event.type == "REJECT":  # "refused to speak to reporters": an interview declined, no party refused
        return target is not None and target.sector == "MED" and target.kind in ("person", "role")
    if event.type == "REQUEST":  # "Wikinews asked three pundits to give their predictions"
        return (
            source is not None
            and source.sector == "MED"
            and not (target and political(target.country, target.sector))
        )
    return any(a is not None and a.sector == "MED" for a in (source, target))


#: CAMEO's code of a visit
VISIT = "042"
#: common nouns of places a visit may go to that name no host ("visited the state", "the site")
PLACE_NOUNS = frozenset(
    {"state", "city", "town", "area", "region", "village", "site", "scene", "district", "province",
     "county", "neighbourhood", "neighborhood", "camp", "hospital", "school", "base", "facility",
     "plant", "factory", "farm", "island", "border", "front", "museum", "memorial"}
)  # fmt: skip


def domestic_visit(article: Article, parse: Parse, event: Event, actors: Mapping[str, Actor]) -> bool:
    """A visit to a place of the visitor's own country, to a place named by a common noun, to a
    city, a region or a building named as the visit's object, or by someone who is no political
    actor ("Trump visited California", "Harris visited the state", "visited Wilmington, the
    state's biggest city", "a contributor was visiting Oulu"), or between people of whom neither is
    a political actor: a tour, not a consultation with a host (PLOVER CONSULT)."""
    if event.cameo != VISIT or petrarch_conventions():
        return False  # PETRARCH codes any visit to a place (042) as its dictionary says
    source, target = _party_actor(event.source, actors), _party_actor(event.target, actors)
    if not any(a is not None and political(a.country, a.sector) for a in (source, target)):
        return True  # "the brothers visit a firing range", "Tsarnaev visits Silva": a private trip
    if not event.target.text:
        return False
    verb = trigger_token(parse, event)
    if verb is not None and _visits_a_place(parse, verb):
        return True  # "visited Wilmington, the state's biggest city", "visiting a halfway house"
    home = source.country if source is not None else None
    if _journey(parse, event) and not (source is not None and political(home, source.sector)):
        return True  # "Saadallah came to the UK", "he returned to Rhodesia": a journey, not a visit
    if target is not None and (target.country or target.sector):
        return target.kind == "country" and home is not None and target.country == home
    # no target actor, or one nothing is known of (a town the model took for an organisation)
    words = event.target.text.lower().split(" of ")[0].split()  # "the town of Pandeglang": a town
    place = next((p for p in article.places if p.text and p.text in event.target.text), None)
    if place is None:
        return bool(words) and words[-1] in PLACE_NOUNS
    return home is None or place.country == home


#: sectors of politicians who run for office: their rallies, their wins and the money given them
CANDIDATES = frozenset({"GOV", "LEG", "ELI", "PTY"})
#: words of money given, of a rally held, and of a contest won
DONATIONS = frozenset({"donate", "donation", "contribute", "contribution", "fund", "funding", "give"})
CONTESTS = frozenset(
    {"beat", "defeat", "crush", "trounce", "rout", "thrash", "edge", "best", "whip", "outpoll"}
)
#: sectors of states and their bodies, whose money to a government or a politician is aid
STATES = frozenset({"GOV", "MIL", "IGO", "COP", "LEG", "JUD"})


def campaign_affair(parse: Parse, event: Event, actors: Mapping[str, Actor]) -> bool:
    """An election campaign, not a PLOVER act: money given to a politician or a party ("donated to
    Ayotte"), a rally a politician holds ("Rubio's rally"; an opposition's rally stays a protest),
    or a politician beating another ("Trump crushing Rubio in Florida", "Clinton would beat Trump")
    with no one hurt; and a promise that is a campaign pledge or the vow of a hostile act (no AGREE)."""
    tok = trigger_token(parse, event)
    if tok is None:
        return False
    word = lemma_of(tok)
    source, target = _party_actor(event.source, actors), _party_actor(event.target, actors)
    if event.type == "AID" and word in DONATIONS:  # to a politician or a party, from no state
        given = target is not None and target.sector in CANDIDATES
        person = target is not None and (target.kind == "person" or target.sector == "PTY")
        private = source is None or (source.kind != "country" and source.sector not in STATES)
        return given and person and private
    if event.type in ("PROTEST", "THREATEN") and word == "rally":  # held, or to be held ("will hold")
        return source is not None and (source.sector in CANDIDATES or _campaigner(parse, source))
    if event.type in ("ASSAULT", "THREATEN") and word in CONTESTS and not event.fatalities:
        return all(a is not None and a.sector in CANDIDATES for a in (source, target))
    if event.type != "AGREE" or word not in PROMISES or tok.pos != "VERB":
        return False
    promised = _promised_act(parse, tok)  # read once, for both tests
    return promised in VOWED_HARMS or _campaign_promise(parse, tok, promised)


#: words of a promise, and the acts whose promise the guidelines code as AGREE: "a promise or pledge
#: of future aid, cooperation or a meeting" (and of a concession or a withdrawal)
PROMISES = frozenset({"promise", "pledge", "vow"})
PROMISED_ACTS = frozenset({"AID", "COOPERATE", "CONSULT", "AGREE", "SUPPORT", "CONCEDE", "RETREAT"})
#: the acts whose vow is no AGREE at all, anywhere: a refusal, a protest, words or measures against
#: someone ("Lawmakers vowed to block the rule", "Trump has vowed to boycott the product": the act
#: vowed is coded on its own, as intended).  A vow of force is a threat, or a policy ("vowed to fight
#: terrorism"), coded elsewhere (plover_rules)
VOWED_HARMS = frozenset({"REJECT", "PROTEST", "ACCUSE", "SANCTION", "COERCE"})
#: words of an election campaign, and how many of them make a story campaign coverage
CAMPAIGN_WORDS = frozenset(
    {"campaign", "candidate", "candidacy", "nominee", "nomination", "primary", "caucus", "election",
     "voter", "delegate", "frontrunner", "front-runner"}
)  # fmt: skip
CAMPAIGN_STORY = 3
#: what a promise gives that is aid or help, not an outcome promised to voters ("pledged funds",
#: "promised troops"); "promising lower taxes and jobs" is a campaign's
GIVEN_THINGS = frozenset(
    {"fund", "funding", "money", "aid", "assistance", "help", "support", "cooperation", "troop", "loan",
     "grant", "payout", "compensation", "relief", "investment", "donation", "weapon", "arm", "equipment",
     "billion", "million", "$"}
)  # fmt: skip


def _campaigner(parse: Parse, source: Actor) -> bool:
    """A person of no known sector in a campaign story: a candidate ("He has a rally planned ahead
    of the primary", his sector unknown to the dictionaries); an opposition's leader has one (OPP)."""
    return source.kind == "person" and source.sector is None and _campaign_story(parse)


def _campaign_story(parse: Parse) -> bool:
    """The article is election-campaign coverage: ``CAMPAIGN_STORY`` words of a campaign or more."""
    return sum(lemma_of(t) in CAMPAIGN_WORDS for t in parse.tokens) >= CAMPAIGN_STORY


def _campaign_promise(parse: Parse, promise: Token, promised: str | None) -> bool:
    """'Trump has promised to build a wall', 'Clinton vowed to repeal the Hyde Amendment', 'Trump is
    promising lower taxes and jobs': in a campaign story, a promise to no one in particular of what
    is no aid, cooperation or meeting is a campaign pledge to voters, not an AGREE (the guidelines'
    table).  A promise to someone ("promised Iran to ...", "promised each victim a payout") or of
    aid or an act ("pledged funds", "promised a meeting") stays.  ``promised``: the type of the act
    its clause names (``_promised_act``)."""
    kids = parse.children(promise.i)
    if any(k.dep == "dative" or (k.dep == "dobj" and _given(parse, k)) for k in kids):
        return False
    if promised in PROMISED_ACTS:
        return False
    return _campaign_story(parse)


def _promised_act(parse: Parse, promise: Token) -> str | None:
    """The PLOVER type of the act a promise's clause names ("vowed to block it": REJECT), if any."""
    act = next(
        (k for k in parse.children(promise.i) if k.dep in ("xcomp", "ccomp") and k.pos == "VERB"), None
    )
    promised = match_trigger(parse, act) if act is not None else None
    return promised.plover if promised is not None else None


def _given(parse: Parse, thing: Token) -> bool:
    """The object of a promise is aid, an act, or a party (not an outcome such as lower taxes)."""
    words = [thing, *(parse.tokens[k.i] for k in parse.children(thing.i) if k.dep == "conj")]
    return any(
        lemma_of(w) in GIVEN_THINGS
        or w.pos in ("PROPN", "PRON", "NUM")
        or not names_a_thing(w, [w])
        or match_trigger(parse, w) is not None
        for w in words
    )


def _party_actor(party: Party, actors: Mapping[str, Actor]) -> Actor | None:
    return actors.get(party.actor) if party.actor else None


#: words of a visit
VISITS = frozenset({"visit", "tour"})
#: nouns that say a name is a town or a region ("Wilmington, the state's biggest city")
TOWNS = frozenset({"city", "town", "village", "county", "province", "region", "district", "suburb", "state"})


def _visits_a_place(parse: Parse, tok: Token) -> bool:
    """A visit to a city, a region or a building: travel, not a meeting with a party (CONSULT needs
    one; a visit to a country or its capital meets its government)."""
    if lemma_of(tok) not in VISITS:
        return False
    where = child(parse, tok, "dobj") if tok.pos == "VERB" else None
    if where is None:
        prep = next((k for k in parse.children(tok.i) if k.dep == "prep" and k.lower in ("to", "of")), None)
        where = child(parse, prep, "pobj") if prep is not None else None
    if where is None:
        return False
    if where.pos == "PROPN":
        town = any(k.dep == "appos" and lemma_of(k) in TOWNS for k in parse.children(where.i))
        building = where.ent_type == "FAC"  # "visited the Manchester Line Firing Range"
        # "Wilmington, the state's biggest city"
        return town or building or place_name(parse, where, SEATS_OF_STATE)
    return where.pos == "NOUN" and where.ent_type == ""


#: verbs of motion that the CAMEO dictionary codes as a visit with "to" ("came to the UK")
JOURNEYS = frozenset({"come", "return", "go", "travel", "move", "fly", "arrive", "head"})


def _journey(parse: Parse, event: Event) -> bool:
    """A visit told by a verb of motion: only a known political actor's trip is a visit."""
    verb = trigger_token(parse, event)
    return verb is not None and lemma_of(verb) in JOURNEYS


def agentless(article: Article, parse: Parse, event: Event) -> bool:
    """The event's source names a thing that cannot act ("the helicopter struck power lines", "warm
    water is attacking the ice shelves", "sentencing called for twenty years"): no one's act.  A
    weapon or a document stands for the people behind it and is kept ("a car bomb killed five",
    "the statement condemned the attack").  A force of nature acts for no one, even when it has a
    name ("Typhoon Hagibis struck Japan"), and so does an "it" that kills or wounds and names no one."""
    if _it_killed(parse, event):
        return True  # "it killed nine people": a fire, a virus, a storm; a group "it" names is found by coref
    named = _party_found(article, parse, event, event.source)
    if _natural_force(named) or (named is not None and named[0].lower in party_words()["recorder"]):
        return True  # "Typhoon Hagibis struck", "CCTV captured their arrival"
    actor = actors_by_id(article).get(event.source.actor or "")
    if _a_hazard(actor):
        return True  # "Typhoon Phanfone struck ... It also blocked roads": "it" is the typhoon
    if named is not None and _a_product(*named) and not _someone(named[0], actor):
        return True  # "struck by a Volvo XC90": a make and model, not someone ("a Briton" is someone)
    if named is not None and event.type in SPOKEN and lemma_of(named[0]) in provisions():
        return True  # "the plan calls for", "the Constitution demands": what it provides, no request
    if named is not None and event.type not in SPOKEN and lemma_of(named[0]) in recordings():
        return True  # "surveillance videos show a bomb detonating, injuring 29": a video only speaks
    found = named if event.source.actor is None else None  # a known actor acts
    if found is None or _cut_at_hyphen(parse, found[1]):
        return False  # "the vice" of "the vice-president": the parse split the name, the words say nothing
    return names_a_thing(*found) and _hyphenated(parse, found[0]) not in proxies()


def _hyphenated(parse: Parse, head: Token) -> str:
    """The head's lemma, with the word it is joined to by a hyphen ("op-ed", split by the tokenizer)."""
    i = head.i
    joined = (
        i >= 2
        and parse.tokens[i - 1].text == "-"
        and not parse.tokens[i - 2].ws
        and not parse.tokens[i - 1].ws
    )
    return f"{parse.tokens[i - 2].lower}-{lemma_of(head)}" if joined else lemma_of(head)


def _it_killed(parse: Parse, event: Event) -> bool:
    """A violent verb whose subject is an "it" no party was found for ("it was an attack" names one)."""
    unresolved = event.source.actor is None
    return unresolved and event.type in VIOLENT and told_by_it(event, trigger_token(parse, event))


#: types of acts done by speaking: a law or a plan that "calls for" or "demands" makes none of them
SPOKEN = frozenset({"REQUEST", "ACCUSE", "THREATEN", "REJECT", "SUPPORT"})
#: pronouns of the speaker and the person spoken to
PERSONAL = frozenset({"i", "me", "you", "we", "us"})


def between_speakers(article: Article, event: Event) -> bool:
    """The act's only parties are "I", "you" or "we" that no one was found for, outside any
    quote: an interview's exchange ("Thank you", "to meet you"), not an act between political
    parties.  Inside a quote "I" is its speaker, named or not ('"I offered to resign"')."""
    if _quoted(article, event):
        return False
    parties = [p for p in (event.source, event.target) if p.text]
    return bool(parties) and all(p.actor is None and (p.text or "").lower() in PERSONAL for p in parties)


def _quoted(article: Article, event: Event) -> bool:
    at = event.anchor()
    return any(start <= at < end for start, end in _quote_spans(article))


@per_article
def _quote_spans(article: Article) -> list[tuple[int, int]]:
    return [(q.start, q.end) for q in article.quotes]


#: family words besides the actors' kin list, and their plurals ("my parents", "our kids")
FAMILY = KIN | {"mom", "mum", "dad", "parent", "grandmother", "grandfather", "kid"}
FAMILY_WORDS = FAMILY | {word + "s" for word in FAMILY}
#: pronouns that name a thing, not a party ("supported it with my savings")
THING_PRONOUNS = frozenset({"it", "this", "that", "anything", "something", "everything"})


def private_lives(article: Article, event: Event, actors: Mapping[str, Actor]) -> bool:
    """A non-violent act between family members, or between an unnamed "I" or "you" and a family
    member, a thing or someone no one was found for, outside quotes ("my mom encouraged me", "my
    parents supported my decision", "I supported it with my savings", an interview's "he told me
    to stay"): private life, not an act between political parties.  Violence is kept
    ("his father hit him"), and so is a quote's "I", its speaker ('"I offered to resign"')."""
    if event.type in VIOLENT or _quoted(article, event):
        return False
    parties = [p for p in (event.source, event.target) if p.text]
    found = [actors.get(p.actor) for p in parties if p.actor]
    if not parties or any(a is not None and political(a.country, a.sector) for a in found):
        return False
    if any(_personal(p.text or "") and _named(actors.get(p.actor or "")) for p in parties):
        return False  # "his wife, Jane, called for an open primary": a relative named acts in public
    return all(_private(p.text or "") for p in parties) and any(_personal(p.text or "") for p in parties)


def _named(actor: Actor | None) -> bool:
    """The actor is a person found by name."""
    return actor is not None and actor.kind == "person"


def _personal(text: str) -> bool:
    words = text.lower().split()
    family = len(words) >= 2 and words[0] in PERSONAL_POSSESSIVES and words[-1] in FAMILY_WORDS
    return family or text.lower() in PERSONAL


#: pronouns of people no one was found for, private beside an "I" or a family member ("he told me")
OTHERS = frozenset({"he", "she", "they", "him", "her", "them", "others", "someone", "somebody"})


def _private(text: str) -> bool:
    return _personal(text) or text.lower() in THING_PRONOUNS | OTHERS


def done_to_animal(article: Article, parse: Parse, event: Event) -> bool:
    """The act's target is an animal ("poachers killed three rhinos", "rescued 12 dolphins"), or its
    doer is, with no code of an actor ("was killed by his lions"; not "police dogs"): no act between
    political parties."""
    if _an_animal(_party_found(article, parse, event, event.target)):
        return True
    source = actors_by_id(article).get(event.source.actor) if event.source.actor else None
    coded = source is not None and bool(source.code)
    doer = None if coded else _party_found(article, parse, event, event.source)
    return doer is not None and _an_animal(doer) and not any(w.dep == "compound" for w in doer[1])


def _an_animal(found: Found | None) -> bool:
    return found is not None and found[0].pos == "NOUN" and lemma_of(found[0]) in party_words()["animal"]


def _natural_force(found: Found | None) -> bool:
    """A storm, a flood, an earthquake, or one named by its kind ("Hurricane Katrina")."""
    if found is None:
        return False
    head, words = found
    hazards = party_words()["hazard"]
    if head.pos == "NOUN":
        return lemma_of(head) in hazards
    titles = [t for t in words if t.head == head.i and t.dep == "compound" and t.i < head.i]
    return head.pos == "PROPN" and any(t.lower in hazards for t in titles)


def _a_hazard(actor: Actor | None) -> bool:
    """An actor named by a hazard's kind ("Typhoon Phanfone", "Hurricane Katrina"), which a pronoun
    may stand for."""
    first = actor.name.split()[0].lower() if actor is not None and actor.name else ""
    return first in party_words()["hazard"]


def _a_product(head: Token, words: list[Token]) -> bool:
    """A proper name under the indefinite article ("a Volvo XC90", "a Boeing 737"): one of a make,
    not a named person or body (who is "the" or no article: "the Taliban", "Reuters")."""
    article = next((t for t in words if t.dep == "det" and t.head == head.i), None)
    return head.pos == "PROPN" and article is not None and article.lower in ("a", "an")


#: endings of a proper noun of one person of a people ("a Frenchman", "an Englishwoman")
PEOPLE_ENDINGS = ("man", "woman", "men", "women")


def _someone(head: Token, actor: Actor | None) -> bool:
    """One of a people under the indefinite article, not a make: a proper noun (``head``, its
    ``actor``) a country's name gives, with no office or body ("a Briton", "an Iraqi"), or one
    ending in "man" ("a Frenchman")."""
    of_a_country = actor is not None and actor.country is not None and actor.sector is None
    return of_a_country or head.lower.endswith(PEOPLE_ENDINGS)


def _cut_at_hyphen(parse: Parse, words: list[Token]) -> bool:
    after = words[-1].i + 1 if words else len(parse.tokens)
    return after < len(parse.tokens) and parse.tokens[after].text == "-"


def _is_business(party: Party, actors: Mapping[str, Actor]) -> bool:
    """A company, or a news organisation (a company too: PLOVER covers neither, the guidelines)."""
    actor = actors.get(party.actor) if party.actor else None
    return actor is not None and actor.sector in COMPANIES


def without_things(article: Article, parse: Parse, event: Event) -> Event:
    """The event, with no target where its target names a thing, not a party, or is the source's own
    act ("the governor announced his resignation": no one else is its target).  An attack's target
    may be a thing (a building, a train); only one named by an occasion goes ("the Boston Marathon
    bombing": the people there, whom it does not name)."""
    if event.type == "ASSAULT":
        if _site_named_as_doer(article, parse, event):  # "the Walmart shooting": where, not who
            target = event.target if event.target.text else event.source
            event = event.model_copy(update={"source": Party(), "target": target})
        return event.model_copy(update={"target": Party()}) if _an_occasion(article, parse, event) else event
    if event.target.actor is not None and event.target.actor == event.source.actor:
        other = _someone_of_theirs(article, parse, event)  # "praised his former opponent"
        return event.model_copy(update={"target": Party(text=event.target.text) if other else Party()})
    found = _unknown_party(article, parse, event, event.target)
    if found is None or not names_a_thing(*found):
        return event
    return event.model_copy(update={"target": Party()})


#: a word in capitals, as groups' acronyms are written ("UVF", "ETA")
ACRONYM = re.compile(r"[A-Z]{2,}")


def _site_named_as_doer(article: Article, parse: Parse, event: Event) -> bool:
    """'The Walmart shooting', 'the Charlie Hebdo shooting', 'the Pulse nightclub shooting': a name
    the act's noun is named by, that no dictionary codes and that names no group ("the Taliban
    attack", "the Ansar Front attack", "the UVF attack", "the Nazi occupation"), or a site noun the
    parser made a gerund's subject, is where the act was done, not who did it."""
    tok = trigger_token(parse, event)
    found = _party_found(article, parse, event, event.source)
    if tok is None or found is None:
        return False
    head, words = found
    if tok.dep == "acl" and tok.head == head.i and tok.tag == "VBG":  # "the Pulse nightclub shooting"
        return head.i == tok.i - 1 and lemma_of(head) in SITE_NOUNS
    if head.dep != "compound" or head.head != tok.i or head.pos != "PROPN":
        return False
    actor = actors_by_id(article).get(event.source.actor) if event.source.actor else None
    # a group's word, a people ("the Nazi occupation") or an acronym ("the UVF attack") names doers
    group = head.ent_type == "NORP" or any(
        t.lower in words_of("orgword") or ACRONYM.fullmatch(t.text) for t in words
    )
    return (actor is None or actor.code is None) and not group


def _an_occasion(article: Article, parse: Parse, event: Event) -> bool:
    """The target's head noun names an occasion people attend (party_words.tsv "occasion"), whether
    or not the actors' stage found a name for it ("the Boston Marathon" is an event's name, no
    party, though its place gives it a country), unless that name has a sector (an organisation
    named like one)."""
    found = _party_found(article, parse, event, event.target)
    if found is None or found[0].lemma.lower() not in party_words()["occasion"]:
        return False
    actor = actors_by_id(article).get(event.target.actor) if event.target.actor else None
    return actor is None or actor.sector is None


def _someone_of_theirs(article: Article, parse: Parse, event: Event) -> bool:
    """The target is a person of the source's, named through the source's "his" or "her" ("Mike
    Huckabee praised his former opponent"): someone else, not the source's own act or thing."""
    found = _party_found(article, parse, event, event.target)
    if found is None:
        return False
    head, words = found
    owner = words[0] if words else head
    theirs = owner.dep == "poss" and owner.lower in ("his", "her") and owner.i < head.i
    named = child(parse, head, "appos") is not None  # "his former rival, Joe Biden": the name is found
    return theirs and not named and head.pos == "NOUN" and not names_a_thing(head, words)


def names_a_thing(head: Token, words: list[Token]) -> bool:
    """A common noun that no actor dictionary knew, naming no group and no person, in words that
    hold no name of a people, a place or an organisation ("the Saudi teenager" is someone); or the
    name of a law ("the Equal Rights Amendment", "the Affordable Care Act")."""
    if head.ent_type in THING_ENTITIES:
        return True
    if head.pos != "NOUN" or any(t.ent_type in PARTY_ENTITIES for t in words):
        return False
    if head.text[:1].isupper() and known_person(head.text):
        return False  # "Pence praised Cruz", the parser's "pennies": a name the dictionary knows
    return head.lemma.lower() not in party_words()["group"] and not names_people(head)


def names_people(head: Token) -> bool:
    """A common noun that names a person or people ("owner", "lawyer", "hostages", "nephew"), not a
    group of them ("state", "government")."""
    lemma = head.lemma.lower()
    known = party_words()
    if lemma in known["group"]:
        return False
    agent_like = (
        lemma.endswith(tuple(known["ending"])) and lemma not in known["thing"] and not _act_noun(lemma)
    )
    role = agent_for(head.text) is not None or agent_for(lemma) is not None  # "lawyer", "constable"
    return lemma in known["people"] or lemma in KIN or agent_like or role


def _act_noun(lemma: str) -> bool:
    """A noun made from a verb by "-ment" names an act or its result ("agreement", "statement",
    "impeachment"), not an agent, though it ends like "student" or "president"."""
    return lemma.endswith("ment")


@cache
def party_words() -> dict[str, frozenset[str]]:
    """data/party_words.tsv by kind: group and people nouns, agent-noun endings, agent-like things."""
    table: dict[str, set[str]] = {}
    for kind, word in data_rows("party_words.tsv"):
        table.setdefault(kind, set()).add(word)
    return {kind: frozenset(words) for kind, words in table.items()}


Found = tuple[Token, list[Token]]


def _unknown_party(article: Article, parse: Parse, event: Event, party: Party) -> Found | None:
    """The head and words of a party that the text names by words no actor was found for."""
    if party.actor is not None or party.text is None:
        return None
    return _words_of(article, parse, event, party.text)


def _party_found(article: Article, parse: Parse, event: Event, party: Party) -> Found | None:
    """The head and words of a party named in the text, whether or not an actor was found for it."""
    return _words_of(article, parse, event, party.text) if party.text else None


def _words_of(article: Article, parse: Parse, event: Event, text: str) -> Found | None:
    """The syntactic head of the party's words in the event's sentence, and the words."""
    number = parse.sentence_at_char(event.trigger.start) if event.trigger is not None else None
    inside = phrase_tokens(article, parse, number, text) if number is not None else []
    span = {t.i for t in inside}
    head = next((t for t in inside if t.head not in span or t.head == t.i), None)
    return (head, inside) if head is not None else None
