"""Quotes and speakers: marks, attribution, indirect speech, light coreference."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.coref import resolve_references
from eventwire.model import Actor, Article, Quote
from eventwire.nlp import FakeBackend, SpacyBackend
from eventwire.quotes import QuotesStage, find_quotes
from eventwire.quotes.marks import find_segments

# -- helpers -----------------------------------------------------------------------------------------


def actors_from_entities(text: str, backend: SpacyBackend) -> list[Actor]:
    """Actors as a test stands them up: spaCy PERSON/ORG entities, a lone surname merged into the
    full name it ends, and every later bare surname counted as a mention of that person."""
    parse = backend.parse_many([text])[0]
    spans: dict[str, list[tuple[int, int]]] = {}
    labels: dict[str, str] = {}
    for ent in parse.ents:
        if ent.label in {"PERSON", "ORG"}:
            spans.setdefault(ent.text, []).append((ent.start_char, ent.end_char))
            labels.setdefault(ent.text, ent.label)
    for name in [n for n in spans if " " not in n]:
        full = next((n for n in spans if n.endswith(" " + name)), None)
        if full is not None:
            spans[full] += spans.pop(name)
    for name, mentions in spans.items():
        if labels[name] == "PERSON" and " " in name:
            for m in re.finditer(rf"\b{re.escape(name.split()[-1])}\b", text):
                if not any(s <= m.start() < e for s, e in mentions):
                    mentions.append(m.span())
    return [
        Actor(
            id=f"a{k}",
            name=name,
            mentions=sorted(set(ms)),
            kind="person" if labels[name] == "PERSON" else "org",
        )
        for k, (name, ms) in enumerate(spans.items())
    ]


def run(text: str, backend: SpacyBackend) -> tuple[list[Quote], dict[str, str]]:
    """Quotes as the pipeline finds them: the resolver first adds "he", "the ministry" to actors."""
    parse = backend.parse_many([text])[0]
    actors = resolve_references(parse, actors_from_entities(text, backend))
    quotes = find_quotes(text, parse, actors)
    for q in quotes:
        assert text[q.start : q.end] == q.text
        if q.speaker.start is not None and q.speaker.end is not None:
            assert text[q.speaker.start : q.speaker.end] == q.speaker.text
    return quotes, {a.id: a.name for a in actors}


def quote_with(quotes: Sequence[Quote], words: str, direct: bool | None = None) -> Quote:
    found = [q for q in quotes if words in q.text and (direct is None or q.direct == direct)]
    assert found, f"no quote holds {words!r}: {[q.text for q in quotes]}"
    return found[0]


def direct_tag(backend: SpacyBackend, text: str, words: str) -> tuple[str | None, str | None]:
    """The cue and the speaker's words of the direct quote that holds ``words``."""
    quotes, _ = run(text, backend)
    quote = quote_with(quotes, words, direct=True)
    return quote.cue, quote.speaker.text


def speaker_name(quote: Quote, names: dict[str, str]) -> str | None:
    return names.get(quote.speaker.actor or "")


# -- quote marks, no model ---------------------------------------------------------------------------


def test_marks_curly_straight_guillemets_and_scare_quotes() -> None:
    text = (
        "“We will stay until the end,” he said. "
        '"Nobody asked us about it," she added. '
        "« Rien ne sera plus comme avant », a-t-il dit. "
        "The group said its “resistance” would go on."
    )
    found = [text[s.start : s.end] for s in find_segments(text) if s.standalone]
    assert found == [
        "We will stay until the end",
        "Nobody asked us about it",
        "Rien ne sera plus comme avant",
    ]


def test_an_opening_mark_typed_where_a_closing_one_belongs_closes_the_quote() -> None:
    """'here,“ said': the quote's own opening mark after a word and before a space closes it."""
    text = "“It is unusual,“ said Larry Noble. “It is a hard thing to do.”"
    found = [text[s.start : s.end] for s in find_segments(text) if s.standalone]
    assert found == ["It is unusual", "It is a hard thing to do."]


def test_short_utterance_that_opens_a_sentence_is_a_quote() -> None:
    text = "“No,” he said."
    assert [text[s.start : s.end] for s in find_segments(text) if s.standalone] == ["No"]


def test_quote_running_over_paragraphs_shares_one_chain() -> None:
    text = "“The first part of the statement runs here.\n\n“And the second part continues,” said John Carter."
    segments = find_segments(text)
    assert [text[s.start : s.end] for s in segments] == [
        "The first part of the statement runs here.",
        "And the second part continues",
    ]
    assert segments[0].chain == segments[1].chain


def test_nested_single_quotes_stay_inside_the_outer_quote() -> None:
    text = "“He told us ‘leave now or face the consequences’ and then he left,” said Omar Farouk."
    segments = find_segments(text)
    assert len(segments) == 1
    assert "‘leave now or face the consequences’" in text[segments[0].start : segments[0].end]


def test_apostrophes_are_not_single_quotes() -> None:
    text = "The country’s leaders don’t agree, and the soldiers’ families wait."
    assert find_segments(text) == []


def test_names_in_marks_mid_sentence_are_not_quotes() -> None:
    text = "The army launched “Operation Northern Shield” on Monday, the second such campaign this year."
    assert [s.standalone for s in find_segments(text)] == [False]


def test_unclosed_quote_ends_with_its_paragraph() -> None:
    text = "“We will return to our homes one day, she said.\n\nThe camp has grown since the spring."
    (segment,) = find_segments(text)
    assert text[segment.start : segment.end] == "We will return to our homes one day, she said."


def test_without_parse_the_surface_finds_the_speaker() -> None:
    text = "“We will win this war in the end,” said John Smith. Mary Jones said: “There is no other way out.”"
    quotes = find_quotes(text, None, [Actor(id="js", name="John Smith", mentions=[(42, 52)])])
    assert [(q.text, q.speaker.text, q.cue) for q in quotes] == [
        ("We will win this war in the end", "John Smith", "said"),
        ("There is no other way out.", "Mary Jones", "said"),
    ]
    assert quotes[0].speaker.actor == "js"
    assert quotes[1].speaker.actor is None


def test_no_speaker_leaves_speaker_fields_empty(fake_backend: FakeBackend) -> None:
    text = "Crowds gathered in the square.\n\n“This is a disaster for everyone involved.”"
    for parse in (None, fake_backend.parse(text)):
        (quote,) = find_quotes(text, parse, [])
        assert quote.text == "This is a disaster for everyone involved."
        assert quote.speaker.model_dump() == {"actor": None, "text": None, "start": None, "end": None}
        assert quote.cue is None and quote.direct


# -- attribution with the model ----------------------------------------------------------------------


@pytest.mark.model
def test_said_x_with_apposition(spacy_backend: SpacyBackend) -> None:
    text = "“We will not back down from these demands,” said Maria Lopez, the president of the union."
    quotes, names = run(text, spacy_backend)
    quote = quote_with(quotes, "We will not back down")
    assert quote.direct and quote.cue == "said"
    assert quote.speaker.text == "Maria Lopez"
    assert speaker_name(quote, names) == "Maria Lopez"


@pytest.mark.model
def test_x_said_after_the_quote(spacy_backend: SpacyBackend) -> None:
    text = "“The talks were productive and we expect a deal soon,” Ahmed Khan said on Monday."
    quotes, _ = run(text, spacy_backend)
    quote = quote_with(quotes, "talks were productive")
    assert quote.speaker.text == "Ahmed Khan" and quote.cue == "said"


@pytest.mark.model
def test_x_told_reuters(spacy_backend: SpacyBackend) -> None:
    text = "“We are ready to negotiate with anyone who wants peace,” Ali Hassan told Reuters by telephone."
    quotes, names = run(text, spacy_backend)
    quote = quote_with(quotes, "ready to negotiate")
    assert quote.cue == "told" and speaker_name(quote, names) == "Ali Hassan"


@pytest.mark.model
def test_x_said_colon_before_the_quote(spacy_backend: SpacyBackend) -> None:
    text = "The army spokesman, David Levy, said: “There will be no retreat from the city.”"
    quotes, _ = run(text, spacy_backend)
    quote = quote_with(quotes, "no retreat from the city", direct=True)
    assert "Levy" in (quote.speaker.text or "") and quote.cue == "said"


@pytest.mark.model
def test_according_to(spacy_backend: SpacyBackend) -> None:
    text = "According to the United Nations, more than 200,000 people have fled the fighting since March."
    quotes, _ = run(text, spacy_backend)
    quote = quote_with(quotes, "people have fled the fighting", direct=False)
    assert quote.cue == "according to"
    assert quote.speaker.text == "the United Nations"


@pytest.mark.model
def test_indirect_said_that(spacy_backend: SpacyBackend) -> None:
    text = (
        "Finance Minister Peter Novak said on Tuesday that the government would raise fuel taxes next year."
    )
    quotes, _ = run(text, spacy_backend)
    quote = quote_with(quotes, "the government would raise fuel taxes", direct=False)
    assert quote.text.startswith("the government")  # the complementiser is not reported
    assert quote.cue == "said" and "Novak" in (quote.speaker.text or "")


@pytest.mark.model
def test_split_quote_has_one_speaker_and_pronoun_resolves(spacy_backend: SpacyBackend) -> None:
    text = (
        "Anna Berg, the mayor of the town, met protesters on Friday. "
        "“We tried to warn them for months,” she said. “But nobody in the capital listened to us.”"
    )
    quotes, names = run(text, spacy_backend)
    first, second = quote_with(quotes, "We tried to warn"), quote_with(quotes, "nobody in the capital")
    assert first.speaker == second.speaker
    assert first.speaker.text == "she" and speaker_name(first, names) == "Anna Berg"


@pytest.mark.model
def test_pronoun_prefers_the_recent_subject(spacy_backend: SpacyBackend) -> None:
    text = (
        "Mark Evans met President Tom Reed in Washington on Tuesday to discuss the trade dispute. "
        "“The talks went nowhere and we are going home empty-handed,” he said."
    )
    quotes, names = run(text, spacy_backend)
    quote = quote_with(quotes, "talks went nowhere")
    assert quote.speaker.text == "he" and speaker_name(quote, names) == "Mark Evans"


@pytest.mark.model
def test_quote_over_paragraphs_takes_the_speaker_named_in_either(spacy_backend: SpacyBackend) -> None:
    text = (
        "“The first thing we saw was smoke over the market,” said John Carter, a local shopkeeper. "
        "“Then the shooting started.\n\n"
        "“People ran into the houses and the streets emptied within minutes.”"
    )
    quotes, names = run(text, spacy_backend)
    for words in ("smoke over the market", "Then the shooting started", "streets emptied"):
        assert speaker_name(quote_with(quotes, words), names) == "John Carter"


@pytest.mark.model
def test_definite_description_resolves_to_the_named_group(spacy_backend: SpacyBackend) -> None:
    text = (
        "The Interior Ministry issued new curfew rules on Sunday. "
        "“These measures are temporary and will be reviewed weekly,” the ministry said in a statement."
    )
    quotes, names = run(text, spacy_backend)
    quote = quote_with(quotes, "measures are temporary")
    assert quote.speaker.text == "the ministry"
    assert speaker_name(quote, names) == "The Interior Ministry"


@pytest.mark.model
def test_role_noun_keeps_the_body_it_speaks_for(spacy_backend: SpacyBackend) -> None:
    text = "“The convoy was hit twice before it reached the bridge,” said a spokesman for the Red Cross."
    quotes, names = run(text, spacy_backend)
    quote = quote_with(quotes, "convoy was hit twice")
    assert quote.speaker.text == "a spokesman for the Red Cross"
    assert speaker_name(quote, names) == "the Red Cross"


@pytest.mark.model
def test_beliefs_intentions_and_stances_are_attributed(spacy_backend: SpacyBackend) -> None:
    cases = [
        ("Senator Maria Lopez believes that the tax plan will fail.", "the tax plan will fail", "believes"),
        ("Governor Tom Reed plans to cut the state budget next year.", "to cut the state budget", "plans"),
        ("Donald Trump called for steep new tariffs on goods from China.", "steep new tariffs", "called"),
        ("Hillary Clinton criticized the new trade deal with Mexico.", "the new trade deal", "criticized"),
        ("Senator Ted Cruz urged Congress to pass the border bill.", "to pass the border bill", "urged"),
    ]
    for text, words, cue in cases:
        quotes, _ = run(text, spacy_backend)
        quote = quote_with(quotes, words, direct=False)
        assert quote.cue == cue, text
        assert quote.speaker.text and quote.speaker.text in text.split(cue)[0], text


@pytest.mark.model
def test_a_parenthetical_frame_reports_the_clause_around_it(spacy_backend: SpacyBackend) -> None:
    text = "Climate change, President Barack Obama often says, is the greatest threat facing the world."
    quotes, _ = run(text, spacy_backend)
    quote = quote_with(quotes, "is the greatest threat", direct=False)
    assert quote.text.startswith("Climate change") and "Obama" in (quote.speaker.text or "")


@pytest.mark.model
def test_one_claim_for_one_stretch_of_words(spacy_backend: SpacyBackend) -> None:
    # "he plans to run" inside what the minister said is not a second claim; the quoted words are
    # the direct quote, not also reported speech
    text = (
        "Minister Peter Novak said his deputy plans to run for office. Novak said the plan was "
        '"a disaster for the whole country".'
    )
    quotes, _ = run(text, spacy_backend)
    assert [q.text for q in quotes if not q.direct] == ["his deputy plans to run for office"]
    assert [q.text for q in quotes if q.direct] == ["a disaster for the whole country"]


@pytest.mark.model
def test_signatures_and_transcript_labels_name_the_speaker(spacy_backend: SpacyBackend) -> None:
    text = (
        "Readers wrote to us after the debate.\n"
        "\u201cHe does not understand our lives at all.\u201d \u2015 Maria Gonzalez\n"
        "Partial transcript as follows:\n"
        "WALLACE: Let us start with the news on the debate story tonight.\n"
        "PENCE: Well, look, this is serious business for the whole country.\n"
        "UPDATE: The debate starts at nine tonight."
    )
    quotes, _ = run(text, spacy_backend)
    signed = quote_with(quotes, "does not understand our lives", direct=True)
    assert signed.speaker.text == "Maria Gonzalez"
    assert quote_with(quotes, "Let us start", direct=False).speaker.text == "WALLACE"
    assert quote_with(quotes, "this is serious business", direct=False).speaker.text == "PENCE"
    assert not [q for q in quotes if "nine tonight" in q.text and q.speaker.text == "UPDATE"]


@pytest.mark.model
def test_inverted_indirect_and_he_stated(spacy_backend: SpacyBackend) -> None:
    text = (
        "The ceasefire was unlikely to hold for long, the analyst Karim Nasser cautioned on Monday. "
        "He stated that “a return to open fighting in the north is probable before spring.”"
    )
    quotes, names = run(text, spacy_backend)
    reported = quote_with(quotes, "ceasefire was unlikely to hold", direct=False)
    assert reported.cue == "cautioned" and speaker_name(reported, names) == "Karim Nasser"
    quote = quote_with(quotes, "return to open fighting", direct=True)
    assert quote.speaker.text == "He" and quote.cue == "stated"
    assert speaker_name(quote, names) == "Karim Nasser"


@pytest.mark.model
def test_scare_quotes_are_part_of_reported_speech_not_quotes(spacy_backend: SpacyBackend) -> None:
    text = "The movement said its “struggle” against the government would go on for years."
    quotes, _ = run(text, spacy_backend)
    assert all(q.text != "struggle" for q in quotes)
    assert quote_with(quotes, "against the government would go on", direct=False).cue == "said"


@pytest.mark.model
def test_bare_frame_verbs_and_relative_pronouns(spacy_backend: SpacyBackend) -> None:
    text = (
        "“The court has spoken and we accept its ruling without reservation,” Laura Chen continued. "
        "The lawsuit was filed by Samuel Ortiz, who told reporters that the appeal would be heard in May."
    )
    quotes, names = run(text, spacy_backend)
    quote = quote_with(quotes, "court has spoken")
    assert quote.cue == "continued" and speaker_name(quote, names) == "Laura Chen"
    reported = quote_with(quotes, "appeal would be heard", direct=False)
    assert reported.speaker.text == "Samuel Ortiz" and reported.cue == "told"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "words", "speaker", "cue"),
    [
        ("“We will get this done by June,” Amal Haddad cracked.", "get this done", "Amal Haddad", "cracked"),
        ("Tom Reyes interjected: “So the vote is off?”", "the vote is off", "Tom Reyes", "interjected"),
        ("“Who pays for it?” Nora Quist questioned.", "pays for it", "Nora Quist", "questioned"),
        ("“And nobody asked the farmers,” she went on.", "nobody asked", "she", "went"),
    ],
)
def test_a_tag_of_manner_or_turn_reports_speech_in_a_bare_frame(
    spacy_backend: SpacyBackend, text: str, words: str, speaker: str, cue: str
) -> None:
    """Verbs of manner of speaking and the tags of a line said in turn (frame_verbs.tsv) name the
    speaker of a quote they stand beside with no other words ("“...,” X cracked.")."""
    assert direct_tag(spacy_backend, text, words) == (cue, speaker)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "words", "speaker", "cue"),
    [
        # what a verb of naming calls something, in quote marks, is its subject's words
        ("Aide Kevin Phillips called the election “the beginning of a new era.”", "beginning of a new",
         "Aide Kevin Phillips", "called"),
        ("The senator described the plan as “a betrayal of our values.”", "a betrayal", "The senator",
         "described"),
        # a name and a colon before the quote, with no verb of saying
        ("Pollsters agree - Carl Bialik: “One of the biggest lessons was a simple one.”", "biggest lessons",
         "Carl Bialik", ":"),
        ("The surge does not surprise pollster Daron Shaw: “Lesser-known candidates often gain.”",
         "Lesser-known candidates", "pollster Daron Shaw", ":"),
        # a colon after someone's clause that no verb of saying heads: its subject's words
        ("“I do not care,” said Tom Loomis. Kasich resisted: “Governors do not have the power.”",
         "Governors do not", "Kasich", ":"),
        ("Perez praised Biden and contrasted the Republican with Clinton: “She is a steady hand.”",
         "steady hand", "Perez", ":"),
        # ... or ends the paragraph before the quote's, a verb of saying there included
        ("Voters were asked why.\n\nJared Potts echoed:\n\n“He speaks his mind.”", "speaks his mind",
         "Jared Potts", ":"),
        ("The Clinton Foundation describes itself so:\n\n“We keep score by the lives we save.”",
         "keep score", "The Clinton Foundation", ":"),
        # "put it" with no place or particle says something
        ("As Akhil Amar, a law professor, put it, “A compromise may be far better for them.”",
         "compromise may be", "Akhil Amar", "put"),
        # a verb of saying whose words come in the next sentence
        ("Sam Lau, the party's spokesman, said in a statement. “There are no paper ballots to recount.”",
         "no paper ballots", "Sam Lau", "said"),
        ("“Gun owners should leave their weapons at home,” opined the Plain Dealer.", "Gun owners",
         "the Plain Dealer", "opined"),
        # an object the parser took for the subject of "saying" leaves the speaker the verb's subject
        ("The governor tweeted her reasoning saying, “Today, I signed the act.”", "signed the act",
         "The governor", "tweeted"),
        ("He left, his aide saying, “We are done.”", "We are done", "his aide", "saying"),
        # a date the parser ran into the name is no part of it
        ("Sunday President Donald Trump said, “The deal is done.”", "deal is done", "President Donald Trump",
         "said"),
        # a title's "from" phrase that the parser ran into the name
        ("“We will fight,” said United States Senator from Vermont Bernie Sanders.", "We will fight",
         "United States Senator from Vermont Bernie Sanders", "said"),
    ],
)  # fmt: skip
def test_a_naming_verb_or_a_name_and_colon_give_the_speaker(
    spacy_backend: SpacyBackend, text: str, words: str, speaker: str, cue: str
) -> None:
    assert direct_tag(spacy_backend, text, words) == (cue, speaker)


@pytest.mark.model
def test_a_quoted_sentence_goes_on_in_the_reported_speakers_words(spacy_backend: SpacyBackend) -> None:
    """A whole quoted sentence with no tag, right after reported speech, is the same source's; a
    quoted title that is the subject of its own sentence is nobody's words."""
    text = "Also, Mr. Hale isn't a conservative, Ana Ruiz said. \"He's a liberal!\""
    quotes, _ = run(text, spacy_backend)
    assert quote_with(quotes, "a liberal", direct=True).speaker.text == "Ana Ruiz"
    quotes, _ = run(
        'Ana Ruiz said the plan would fail. "Make America Great Again" resonated with him.', spacy_backend
    )
    assert quote_with(quotes, "Make America Great Again").speaker.text is None


@pytest.mark.model
def test_a_place_and_colon_before_a_quote_names_no_speaker(spacy_backend: SpacyBackend) -> None:
    """'in Berlin in 1987: "..."': a place before the colon is where, no one speaking; the clause's
    subject is the speaker."""
    quotes, _ = run(
        "He made his famous demand in Berlin in 1987: “Mr. Gorbachev, tear down this wall!”", spacy_backend
    )
    assert quote_with(quotes, "tear down this wall").speaker.text == "He"
    quotes, _ = run("The protest began in Berlin in 1987: “Tear down this wall!”", spacy_backend)
    assert quote_with(quotes, "Tear down this wall").speaker.text is None


@pytest.mark.model
def test_quoted_as_saying_and_passive_agent(spacy_backend: SpacyBackend) -> None:
    text = (
        "The Guardian quoted Nadia Rahman as saying “the camps cannot take a single family more.” "
        "It was announced by the Health Ministry that the clinics would reopen on Monday."
    )
    quotes, names = run(text, spacy_backend)
    quote = quote_with(quotes, "camps cannot take", direct=True)
    assert speaker_name(quote, names) == "Nadia Rahman"
    reported = quote_with(quotes, "clinics would reopen", direct=False)
    assert reported.speaker.text == "the Health Ministry" and reported.cue == "announced"


@pytest.mark.model
def test_a_mid_sentence_verb_is_not_a_speech_cue_for_its_own_clause(spacy_backend: SpacyBackend) -> None:
    text = (
        "The fighting will continue “until every foreign soldier has left our country,” the commander said."
    )
    quotes, _ = run(text, spacy_backend)
    quote = quote_with(quotes, "until every foreign soldier has left", direct=True)
    assert quote.cue == "said" and quote.speaker.text == "the commander"


@pytest.mark.model
def test_a_finished_sentence_does_not_borrow_the_next_speaker(spacy_backend: SpacyBackend) -> None:
    text = (
        'Senator Ruth Alder called the plan "a complete non-starter". Governor Sam Pike said it would pass.'
    )
    quotes, _ = run(text, spacy_backend)
    # the words she called the plan are hers (a verb of naming), never the next sentence's speaker's
    assert quote_with(quotes, "complete non-starter").speaker.text == "Senator Ruth Alder"


@pytest.mark.model
def test_stage_assigns_quotes(spacy_backend: SpacyBackend) -> None:
    text = "“We will rebuild every school that was destroyed,” said Governor Helen Park."
    article = Article(id="t", text=text, parse=spacy_backend.parse_many([text])[0], actors=[])
    out = QuotesStage()([article])[0]
    assert [q.text for q in out.quotes] == ["We will rebuild every school that was destroyed"]
    assert QuotesStage.requires == frozenset({"parse", "actors"})
    assert QuotesStage.assigns == frozenset({"quotes"})


# -- the seed article --------------------------------------------------------------------------------

SEED_EXPECT = [
    ("finished the last round of dialogue", ["Araji"]),
    ("does not mark a change", ["Jiyad"]),
    ("public relations exercise", ["Jiyad"]),
    ("advise, assist, and enable", ["Brennan"]),
    ("American occupation is removed", ["head", "Nujaba"]),
    ("resumption in attacks", ["Jiyad"]),
]


@pytest.mark.model
@pytest.mark.gold
@pytest.mark.parametrize(("words", "speakers"), SEED_EXPECT)
def test_seed_article_speakers(
    gold_dir: Path, spacy_backend: SpacyBackend, words: str, speakers: list[str]
) -> None:
    text = (gold_dir / "seed" / "article.txt").read_text(encoding="utf-8")
    quotes, names = run(text, spacy_backend)
    holders = [q for q in quotes if words in q.text]
    assert holders, f"no quote holds {words!r}"
    said_by = [f"{q.speaker.text} / {speaker_name(q, names)}" for q in holders]
    assert any(s in said for s in speakers for said in said_by), said_by


# -- properties --------------------------------------------------------------------------------------

_NEWSY = st.text(alphabet=st.sampled_from(list("ab Xy said, he.:\n\n“”\"‘’'«»")), max_size=120)


def _check_spans(text: str, quotes: list[Quote]) -> None:
    for q in quotes:
        assert 0 <= q.start < q.end <= len(text) and text[q.start : q.end] == q.text
        if q.speaker.start is not None and q.speaker.end is not None:
            assert 0 <= q.speaker.start < q.speaker.end <= len(text)
            assert text[q.speaker.start : q.speaker.end] == q.speaker.text


@settings(max_examples=150, deadline=None)
@given(text=st.one_of(st.text(max_size=200), _NEWSY))
def test_never_raises_and_spans_match(text: str) -> None:
    actor = Actor(id="x", name="X", mentions=[(0, min(1, len(text)))] if text else [])
    _check_spans(text, find_quotes(text, None, [actor]))
    _check_spans(text, find_quotes(text, FakeBackend().parse(text), [actor]))


@pytest.mark.model
def test_put_it_somewhere_says_nothing(spacy_backend: SpacyBackend) -> None:
    quotes, _ = run("She put it on the table and left. “That is it.”", spacy_backend)
    assert quote_with(quotes, "That is it").speaker.text is None


@pytest.mark.model
def test_a_speakers_age_adjective_is_whole_in_the_mention(spacy_backend: SpacyBackend) -> None:
    quotes, _ = run("“We are done,” said 81-year-old Parker Eaton.", spacy_backend)
    assert quote_with(quotes, "We are done").speaker.text == "81-year-old Parker Eaton"
