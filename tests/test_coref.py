"""The one coreference resolver: pronouns, definite descriptions, appositions, and its cost."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from types import FrameType
from typing import Any

import pytest

from eventwire.coref import CorefStage, resolve_references
from eventwire.model import Actor, Article
from eventwire.nlp import FakeBackend, SpacyBackend
from eventwire.parse import Parse, Sentence, Token
from tests.helpers import analyse

# -- hand-made parses: the rules, without the model's moods -------------------------------------------

_TAGS = {"PRON": "PRP", "PROPN": "NNP", "NOUN": "NN", "NOUNS": "NNS", "VERB": "VBD", "PUNCT": "."}


def parse_of(*sentences: str) -> tuple[str, Parse]:
    """A text and its parse from sentences written as ``word/POS/dep/head`` tokens, ``head`` being
    the index of the head word in its sentence; ``said|say`` gives a lemma, POS ``NOUNS`` a plural."""
    text, tokens, sents = "", [], []
    for k, sentence in enumerate(sentences):
        first = len(tokens)
        for spec in sentence.split():
            word, pos, dep, head = spec.rsplit("/", 3)
            word, _, lemma = word.partition("|")
            start = len(text)
            text += word + " "
            tokens.append(
                Token(
                    i=len(tokens),
                    text=word,
                    start=start,
                    end=start + len(word),
                    lemma=lemma or word.lower(),
                    pos="NOUN" if pos == "NOUNS" else pos,
                    tag=_TAGS.get(pos, pos),
                    dep=dep,
                    head=first + int(head),
                    sent=k,
                )
            )
        sents.append(Sentence(first, len(tokens), tokens[first].start, tokens[-1].end))
    return text, Parse(tokens=tokens, sents=sents)


def actor(text: str, ident: str, kind: str, name: str, *words: str, sector: str | None = None) -> Actor:
    """An actor whose mentions are every whole-word occurrence of its name and of ``words``."""
    spans = [m.span() for w in (name, *words) for m in re.finditer(rf"(?<!\w){re.escape(w)}(?!\w)", text)]
    return Actor(id=ident, name=name, kind=kind, mentions=sorted(spans), sector=sector)


def owner(text: str, actors: list[Actor], word: str, nth: int = 0) -> str | None:
    """The id of the actor one of whose mentions is the nth occurrence of ``word``."""
    span = [m.span() for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text)][nth]
    return next((a.id for a in actors if span in a.mentions), None)


# -- pronouns by kind and recency ---------------------------------------------------------------------


def test_pronouns_take_the_latest_actor_of_their_kind() -> None:
    text, parse = parse_of(
        "Anna/PROPN/compound/1 Berg/PROPN/nsubj/2 met/VERB/ROOT/2 Hamas/PROPN/dobj/2 in/ADP/prep/2 "
        "Iraq/PROPN/pobj/4 ./PUNCT/punct/2",
        "She/PRON/nsubj/1 said|say/VERB/ROOT/1 it/PRON/nsubj/3 attacked/VERB/ccomp/1 "
        "Israel/PROPN/dobj/3 ./PUNCT/punct/1",
    )
    actors = [
        actor(text, "p", "person", "Anna Berg"),
        actor(text, "o", "org", "Hamas"),
        actor(text, "c", "country", "Iraq"),
        actor(text, "i", "country", "Israel"),
    ]
    out = resolve_references(parse, actors)
    assert owner(text, out, "She") == "p"
    assert owner(text, out, "it") == "o", "'it' prefers an organisation to a country named as near"


def test_a_country_is_it_when_no_organisation_is_near() -> None:
    text, parse = parse_of(
        "Iran/PROPN/nsubj/1 said|say/VERB/ROOT/1 its/PRON/poss/3 navy/NOUN/nsubj/4 "
        "seized/VERB/ccomp/1 a/DET/det/6 tanker/NOUN/dobj/4 ./PUNCT/punct/1",
    )
    out = resolve_references(parse, [actor(text, "c", "country", "Iran")])
    assert owner(text, out, "its") == "c"


def test_they_is_a_plural_role_and_him_the_latest_person() -> None:
    text, parse = parse_of(
        "Militants/NOUNS/nsubj/1 attacked/VERB/ROOT/1 Anna/PROPN/compound/3 Berg/PROPN/dobj/1 "
        "and/CCONJ/cc/1 Omar/PROPN/compound/6 Haddad/PROPN/conj/3 ./PUNCT/punct/1",
        "They/PRON/nsubj/1 took/VERB/ROOT/1 him/PRON/dobj/1 ./PUNCT/punct/1",
    )
    actors = [
        actor(text, "m", "role", "Militants"),
        actor(text, "a", "person", "Anna Berg"),
        actor(text, "h", "person", "Omar Haddad"),
    ]
    out = resolve_references(parse, actors)
    assert owner(text, out, "They") == "m"
    assert owner(text, out, "him") == "h", "an object pronoun takes the most recent person"


def test_he_skips_a_noun_that_names_a_woman() -> None:
    text, parse = parse_of(
        "Omar/PROPN/compound/1 Haddad/PROPN/nsubj/2 met/VERB/ROOT/2 a/DET/det/4 "
        "woman/NOUN/dobj/2 ./PUNCT/punct/2",
        "Police/NOUNS/nsubj/1 questioned/VERB/ROOT/1 him/PRON/dobj/1 and/CCONJ/cc/1 "
        "her/PRON/conj/2 ./PUNCT/punct/1",
    )
    actors = [actor(text, "h", "person", "Omar Haddad"), actor(text, "w", "role", "woman")]
    out = resolve_references(parse, [*actors, actor(text, "p", "role", "Police")])
    assert owner(text, out, "him") == "h"
    assert owner(text, out, "her") == "w"


def test_he_said_continues_the_last_speaker_unless_a_new_subject_came_in() -> None:
    speaker = "Reid/PROPN/nsubj/1 said|say/VERB/ROOT/1 it/PRON/nsubj/3 failed/VERB/ccomp/1 ./PUNCT/punct/1"
    object_only = "Police/NOUNS/nsubj/1 arrested/VERB/ROOT/1 Haddad/PROPN/dobj/1 ./PUNCT/punct/1"
    new_subject = "Corker/PROPN/nsubj/1 was/AUX/ROOT/1 unhappy/ADJ/acomp/1 ./PUNCT/punct/1"
    he_said = "He/PRON/nsubj/1 said|say/VERB/ROOT/1 so/ADV/advmod/1 ./PUNCT/punct/1"
    for middle, want in ((object_only, "Reid"), (new_subject, "Corker")):
        text, parse = parse_of(speaker, middle, he_said)
        actors = [actor(text, n, "person", n) for n in ("Reid", "Haddad", "Corker") if n in text]
        out = resolve_references(parse, [*actors, actor(text, "p", "role", "Police")])
        assert owner(text, out, "He") == want


def test_a_predicate_noun_is_no_new_candidate() -> None:
    text, parse = parse_of(
        "Washington/PROPN/nsubj/1 labeled/VERB/ROOT/1 Soleimani/PROPN/dobj/1 as/ADP/prep/1 "
        "a/DET/det/5 terrorist/NOUN/pobj/3 ./PUNCT/punct/1",
        "It/PRON/nsubj/1 sanctioned/VERB/ROOT/1 him/PRON/dobj/1 ./PUNCT/punct/1",
    )
    actors = [
        actor(text, "w", "country", "Washington"),
        actor(text, "s", "person", "Soleimani"),
        actor(text, "t", "role", "terrorist"),
    ]
    out = resolve_references(parse, actors)
    assert owner(text, out, "him") == "s"
    assert owner(text, out, "It") == "w"


# -- definite descriptions and appositions ------------------------------------------------------------


def test_the_group_joins_the_last_organisation_and_its_role_actor_goes() -> None:
    text, parse = parse_of(
        "Hamas/PROPN/nsubj/1 fired/VERB/ROOT/1 rockets/NOUNS/dobj/1 at/ADP/prep/1 Israel/PROPN/pobj/3 "
        "./PUNCT/punct/1",
        "The/DET/det/1 group/NOUN/nsubj/2 said|say/VERB/ROOT/2 ./PUNCT/punct/2",
    )
    actors = [
        actor(text, "o", "org", "Hamas"),
        actor(text, "c", "country", "Israel"),
        actor(text, "g", "role", "group"),
    ]
    out = resolve_references(parse, actors)
    assert owner(text, out, "group") == "o"
    assert "g" not in {a.id for a in out}, "a role actor that was only 'the group' is gone"
    assert [a.id for a in out] == ["o", "c"], "the others keep their ids and order"


def test_the_group_with_no_organisation_before_it_stays_its_own_actor() -> None:
    text, parse = parse_of("The/DET/det/1 group/NOUN/nsubj/2 said|say/VERB/ROOT/2 ./PUNCT/punct/2")
    actors = [actor(text, "g", "role", "group")]
    assert resolve_references(parse, actors) == actors


def test_the_ministry_is_the_interior_ministry_and_the_minister_the_titled_person() -> None:
    text, parse = parse_of(
        "The/DET/det/2 Interior/PROPN/compound/2 Ministry/PROPN/nsubj/3 banned/VERB/ROOT/3 "
        "protests/NOUNS/dobj/3 ./PUNCT/punct/3",
        "Finance/PROPN/compound/1 Minister/PROPN/compound/3 Peter/PROPN/compound/3 "
        "Novak/PROPN/nsubj/4 agreed/VERB/ROOT/4 ./PUNCT/punct/4",
        "The/DET/det/1 ministry/NOUN/nsubj/5 and/CCONJ/cc/1 the/DET/det/4 minister/NOUN/conj/1 "
        "said|say/VERB/ROOT/5 ./PUNCT/punct/5",
    )
    actors = [
        actor(text, "m", "org", "Interior Ministry"),
        actor(text, "n", "person", "Peter Novak"),
        actor(text, "r", "role", "minister"),
    ]
    out = resolve_references(parse, actors)
    assert owner(text, out, "ministry") == "m"
    assert owner(text, out, "minister") == "n"
    assert "r" not in {a.id for a in out}


def test_an_apposition_with_a_comma_joins_the_name() -> None:
    text, parse = parse_of(
        "Maria/PROPN/compound/1 Lopez/PROPN/nsubj/8 ,/PUNCT/punct/1 the/DET/det/4 president/NOUN/appos/1 "
        "of/ADP/prep/4 unions/NOUNS/pobj/5 ,/PUNCT/punct/1 resigned/VERB/ROOT/8 ./PUNCT/punct/8",
        "The/DET/det/1 minister/NOUN/nsubj/2 said|say/VERB/ROOT/2 ./PUNCT/punct/2",
    )
    actors = [
        actor(text, "l", "person", "Maria Lopez"),
        actor(text, "p", "role", "president"),
        actor(text, "u", "role", "unions"),
    ]
    out = resolve_references(parse, actors)
    assert owner(text, out, "president") == "l"
    assert owner(text, out, "minister") is None, "nobody was described as a minister"


def test_a_title_without_a_comma_is_no_apposition() -> None:
    text, parse = parse_of(
        "minister/NOUN/appos/1 Calimehtar/PROPN/nsubj/2 warned/VERB/ROOT/2 ./PUNCT/punct/2",
    )
    actors = [actor(text, "c", "person", "Calimehtar"), actor(text, "m", "role", "minister")]
    assert resolve_references(parse, actors) == actors


# -- one answer for quotes and events (needs the model) -----------------------------------------------


@pytest.mark.model
def test_a_quote_speaker_and_an_event_source_are_one_actor(spacy_backend: SpacyBackend) -> None:
    """Before the resolver was one, the quote finder's "He" was the commander and the event
    coder's "He" nobody (its pronoun rule took only named people)."""
    text = (
        "The army commander visited the border town on Monday. "
        "He accused the rebels of shelling civilians, saying “they want to destroy this town.”"
    )
    art = analyse(spacy_backend, text)
    (quote,) = [q for q in art.quotes if "destroy this town" in q.text]
    (accuse,) = [e for e in art.events if e.type == "ACCUSE"]
    assert quote.speaker.text == "He" and accuse.source.text == "He"
    commander = next(a.id for a in art.actors if "commander" in a.name)
    assert quote.speaker.actor == accuse.source.actor == commander


@pytest.mark.model
def test_the_stage_resolves_descriptions_in_the_pipeline(spacy_backend: SpacyBackend) -> None:
    text = (
        "The Interior Ministry issued new curfew rules on Sunday. "
        "The ministry said the measures were temporary. "
        "Hamas fired rockets at Israel. The group said it would fire more."
    )
    art = analyse(spacy_backend, text, until="coref")
    ministry = next(a for a in art.actors if a.name.endswith("Interior Ministry"))
    hamas = next(a for a in art.actors if a.name == "Hamas")
    assert (text.index("ministry said"), text.index("ministry said") + len("ministry")) in ministry.mentions
    assert (text.index("group said"), text.index("group said") + len("group")) in hamas.mentions
    assert (text.index("it would"), text.index("it would") + 2) in hamas.mentions
    assert CorefStage.requires == frozenset({"parse", "actors"})
    assert CorefStage.assigns == frozenset({"actors"})


@pytest.mark.model
def test_who_of_a_relative_clause_is_a_mention_of_its_antecedent(spacy_backend: SpacyBackend) -> None:
    """ "Lopez, who said ..." : the relative pronoun is a mention of Lopez's actor (as "he" would
    be); a "who" after a noun no actor is named by stays no one's, and the party "two men" of an
    event does not run on into its "who"."""
    text = (
        "Maria Lopez, who chairs the committee, said the vote would be held on Friday. "
        "The FBI is asking the public for help in locating two men who robbed a bank in Ohio."
    )
    art = analyse(spacy_backend, text)
    lopez = next(a for a in art.actors if a.name == "Maria Lopez")
    who = text.index("who chairs")
    assert (who, who + 3) in lopez.mentions
    men = text.index("who robbed")
    assert not any(s <= men < e for a in art.actors if a.name != "two men" for s, e in a.mentions)
    (request,) = [e for e in art.events if e.type == "REQUEST"]
    assert request.target.text == "two men"


def test_the_stage_leaves_an_article_without_a_parse_alone(fake_backend: FakeBackend) -> None:
    article = Article(id="t", text="He said so.", actors=[])
    assert CorefStage()([article])[0] == article


# -- cost: near-linear in the article's length --------------------------------------------------------

_BLOCK = (
    "Karim{k}/PROPN/compound/1 Nasser{k}/PROPN/nsubj/2 met/VERB/ROOT/2 the/DET/det/4 "
    "Army{k}/PROPN/dobj/2 ./PUNCT/punct/2",
    "He/PRON/nsubj/1 said|say/VERB/ROOT/1 it/PRON/nsubj/3 talked/VERB/ccomp/1 ./PUNCT/punct/1",
    "The/DET/det/1 group/NOUN/nsubj/2 attacked/VERB/ROOT/2 Iraq/PROPN/dobj/2 ./PUNCT/punct/2",
    "Its/PRON/poss/1 soldiers/NOUNS/nsubj/2 fired/VERB/ROOT/2 and/CCONJ/cc/2 they/PRON/nsubj/5 "
    "left/VERB/conj/2 ./PUNCT/punct/2",
)


def _synthetic(blocks: int) -> tuple[Parse, list[Actor]]:
    """``4 * blocks`` sentences, each block naming a new person and army and using six anaphors."""
    text, parse = parse_of(*(s.format(k=k) for k in range(blocks) for s in _BLOCK))
    actors = [actor(text, f"p{k}", "person", f"Karim{k} Nasser{k}") for k in range(blocks)]
    actors += [actor(text, f"o{k}", "org", f"Army{k}") for k in range(blocks)]
    actors += [actor(text, "c", "country", "Iraq"), actor(text, "g", "role", "group")]
    return parse, [*actors, actor(text, "s", "role", "soldiers", sector="MIL")]


def _lines_run(call: Callable[[], Any]) -> int:
    """How many lines of Python a call runs: a measure of work that no machine load disturbs."""
    count = 0

    def trace(frame: FrameType, event: str, arg: object) -> Any:
        nonlocal count
        if event == "line":
            count += 1
        return trace

    sys.settrace(trace)
    try:
        call()
    finally:
        sys.settrace(None)
    return count


def test_resolution_work_grows_linearly_with_the_article() -> None:
    small, large = _synthetic(125), _synthetic(500)  # 500 and 2,000 sentences
    resolved = resolve_references(*large)
    assert owner(" ".join(t.text for t in large[0].tokens) + " ", resolved, "He", 499) == "p499"
    ratio = _lines_run(lambda: resolve_references(*large)) / _lines_run(lambda: resolve_references(*small))
    assert ratio < 6, f"4x the text took {ratio:.1f}x the work (linear is 4x, quadratic 16x)"


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # the object of a verb is not its own subject ("himself" would be): the one named before
        ("Police arrested John Smith in May. On Friday the judge sentenced him to ten years.", "John Smith"),
        ("The minister said the police had arrested him.", "minister"),  # another clause: may be
        ("The judge sentenced him to 10 years in prison.", None),  # no one before: "him", no actor
    ],
)
def test_an_object_pronoun_is_not_its_verbs_subject(
    spacy_backend: SpacyBackend, text: str, target: str | None
) -> None:
    art = analyse(spacy_backend, text)
    names = {a.id: a.name for a in art.actors}
    [event] = [e for e in art.events if (e.target.text or "").lower() == "him"]
    assert names.get(event.target.actor or "") == target
