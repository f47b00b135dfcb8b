"""The parse: its lookups by character offset (binary searches, so stages stay near-linear), and
long texts parsed in pieces so that the model's memory stays bounded."""

from __future__ import annotations

import itertools

import pytest

from eventwire import nlp
from eventwire.nlp import FakeBackend, SpacyBackend


def test_char_lookups_agree_with_a_scan(fake_backend: FakeBackend) -> None:
    text = "Anna Berg met him.  Then she left!\n\nIt rained. "
    parse = fake_backend.parse(text)
    for pos in range(len(text) + 2):
        tok = next((t for t in parse.tokens if t.start <= pos < t.end), None)
        sent = next((k for k, s in enumerate(parse.sents) if s.start_char <= pos < s.end_char), None)
        assert parse.token_at_char(pos) == tok and parse.sentence_at_char(pos) == sent
    assert [t.text for t in parse.tokens_in(5, 17)] == ["Berg", "met", "him"]


def test_pieces_tile_the_text_and_end_at_line_ends() -> None:
    text = "".join(f"Paragraph {k} says something.\n\n" for k in range(200))
    spans = nlp.pieces(text, 500)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(spans))
    assert all(end - start <= 500 for start, end in spans)
    assert all(text[end - 1] == "\n" for _, end in spans[:-1])
    assert nlp.pieces("short", 500) == [(0, 5)]


def test_a_piece_with_no_line_break_ends_at_a_sentence_or_a_word() -> None:
    sentences = "One sentence here. " * 40
    assert all(sentences[end - 2 : end] == ". " for _, end in nlp.pieces(sentences, 100)[:-1])
    words = "word " * 100
    assert all(words[end - 1] == " " for _, end in nlp.pieces(words, 50)[:-1])
    assert nlp.pieces("x" * 120, 50) == [(0, 50), (50, 100), (100, 120)]


def test_batches_hold_at_most_so_many_texts_and_characters() -> None:
    texts = ["a" * 30, "b" * 30, "c" * 30, "d" * 100, "e"]
    assert list(nlp.batches(texts, 2, 70)) == [texts[0:2], texts[2:3], texts[3:4], texts[4:5]]
    assert list(nlp.batches(texts, 10, 1000)) == [texts]


def test_a_long_text_parsed_in_pieces_is_one_parse_of_the_whole_text(
    spacy_backend: SpacyBackend, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "".join(f"The minister of region {k} met the governor on Monday.\n\n" for k in range(30))
    whole = spacy_backend.parse_many([text])[0]
    monkeypatch.setattr(nlp, "PIECE_CHARS", 300)
    monkeypatch.setattr(nlp, "BATCH_CHARS", 600)
    cut = spacy_backend.parse_many([text, "A short one."])[0]
    assert "".join(t.text + t.ws for t in cut.tokens) == text
    assert [(t.text, t.start, t.head, t.dep, t.sent) for t in cut.tokens] == [
        (t.text, t.start, t.head, t.dep, t.sent) for t in whole.tokens
    ]
    assert [(e.start_char, e.label) for e in cut.ents] == [(e.start_char, e.label) for e in whole.ents]


def test_a_paragraph_without_a_full_stop_does_not_run_on_into_the_next(spacy_backend: SpacyBackend) -> None:
    text = (
        "The Latest on the presidential race (all times EDT):\n\n7 p.m.\n\n"
        "The senator is once again questioning the count, urging his supporters to watch the polls."
    )
    parse = spacy_backend.parse_many([text])[0]
    starts = [text[s.start_char : s.end_char] for s in parse.sents]
    assert starts[-1].startswith("The senator is once again")
    assert not any("\n\n" in s.strip() for s in starts)
    senator = next(t for t in parse.tokens if t.text == "senator")
    assert parse.tokens[senator.head].text == "questioning"


def test_the_lemmas_the_model_gets_wrong_are_mended(spacy_backend: SpacyBackend) -> None:
    parse = spacy_backend.parse_many(["Farmers staged a protest and are staging another; one stages more."])[
        0
    ]
    assert [t.lemma for t in parse.tokens if t.lower.startswith("stag")] == ["stage"] * 3


@pytest.mark.model
def test_hyphenated_nouns_of_acts_are_one_word_with_the_lexicons_lemma(spacy_backend: SpacyBackend) -> None:
    text = "Two men died in a shoot-out; later Shoot-outs and a cease-fire followed."
    parse = spacy_backend.parse_many([text])[0]
    whole = [(t.text, t.lemma) for t in parse.tokens if "-" in t.text]
    assert whole == [("shoot-out", "shootout"), ("Shoot-outs", "shootout"), ("cease-fire", "ceasefire")]


@pytest.mark.model
def test_a_toll_in_a_hyphenated_shoot_out_is_the_shoot_outs(spacy_backend: SpacyBackend) -> None:
    from tests.helpers import analyse

    art = analyse(spacy_backend, "Two men were killed in a shoot-out with police.")
    [event] = [e for e in art.events if e.type == "ASSAULT"]
    assert art.text[event.trigger.start : event.trigger.end] == "shoot-out" and event.fatalities == 2
