"""A title-case headline run into the top of a story: the parser reads its common words in lower
case and starts a sentence where the story starts; the article's own text is untouched."""

from __future__ import annotations

import pytest

from eventwire.headlines import reading
from eventwire.nlp import SpacyBackend

GLUED = (
    "Police Arrest Bombing Suspect in Port City HARBORTOWN — Police in Harbortown arrested a suspect "
    "on Saturday in the bombing of a market. The suspect was held at a Port City station."
)


def test_a_headline_before_a_dateline_is_read_in_lower_case_up_to_the_dateline() -> None:
    view = reading(GLUED)
    assert len(view.text) == len(GLUED)
    assert view.text.startswith("Police arrest bombing suspect in Port City HARBORTOWN")
    assert view.starts == (GLUED.index("HARBORTOWN"),)


def test_a_capitalised_article_inside_the_run_starts_the_story() -> None:
    text = "Rebels Seize Northern Border Town After Fighting The rebels said the town fell after fighting."
    view = reading(text)
    assert view.starts == (text.index("The rebels"),)
    assert view.text.startswith("Rebels Seize Northern Border town after fighting The rebels")


def test_a_word_the_story_capitalises_inside_a_sentence_is_a_name() -> None:
    text = (
        "Storm Hits Coastal Towns As Mayor Warns A storm hit the coast; Mayor Lee said the towns were safe."
    )
    view = reading(text)
    assert view.text.startswith("Storm Hits Coastal towns As Mayor Warns A storm")


def test_the_whole_first_line_as_a_headline_leaves_the_story_on_the_next() -> None:
    text = "Minister Resigns Over Budget Row\nThe minister resigned over the budget row on Monday."
    view = reading(text)
    assert view.starts == (text.index("The minister"),)
    assert view.text.startswith("Minister resigns over budget row\n")


@pytest.mark.parametrize(
    "text",
    [
        "The minister resigned on Monday after a row over the budget.",
        "Police in Harbortown arrested a suspect on Saturday.",
        "Two Killed as Storm Hits the Coast",  # too few capitalised words to tell a headline
        "",
        "   \n\n",
    ],
)
def test_text_without_a_title_case_headline_is_read_as_it_is(text: str) -> None:
    assert reading(text).text == text and reading(text).starts == ()


def test_the_parse_keeps_the_article_words_and_sentences_start_after_the_headline(
    spacy_backend: SpacyBackend,
) -> None:
    parse = spacy_backend.parse_many([GLUED])[0]
    assert "".join(t.text + t.ws for t in parse.tokens) == GLUED
    bombing = next(t for t in parse.tokens if t.text == "Bombing")
    assert bombing.pos == "NOUN" and bombing.lemma == "bombing"
    starts = {s.start_char for s in parse.sents}
    assert GLUED.index("HARBORTOWN") in starts
    assert all(e.text == GLUED[e.start_char : e.end_char] for e in parse.ents)
