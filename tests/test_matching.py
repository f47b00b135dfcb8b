"""TABARI-style pattern matching: word order, joined words, slots, and specificity."""

from __future__ import annotations

from eventwire.dictionaries.verbs import pattern_tokens
from eventwire.events.matching import (
    Item,
    PatternIndex,
    Word,
    forms_of,
    literal_words,
    match_pattern,
    split_pattern,
)
from eventwire.ontology.data import verb_blocks


def words(text: str, actors: dict[str, str] | None = None, start: int = 0) -> list[Word]:
    """Words of ``text`` (token indices from ``start``); ``actors`` maps a word to its actor."""
    actors = actors or {}
    return [Word(start + n, frozenset({w}), actors.get(w)) for n, w in enumerate(text.split())]


def test_pattern_tokens_keep_joins() -> None:
    assert pattern_tokens("* NEW_&TIETYPES_RELATIONS") == ("*", "new", "_", "&tietypes", "_", "relations")
    assert pattern_tokens("RECENTLY_*") == ("recently", "_", "*")
    assert pattern_tokens("* (FOR {FINANCIAL AID})") == ("*", "for", "financial", "aid")


def test_spaced_words_may_skip_joined_may_not() -> None:
    spaced = pattern_tokens("* IMPROVED ECONOMIC RELATIONS")
    joined = pattern_tokens("* NEW_ECONOMIC_RELATIONS")
    assert match_pattern(spaced, [], words("improved global economic relations")) is not None
    assert match_pattern(joined, [], words("new economic relations with gondor")) is not None
    assert match_pattern(joined, [], words("new global economic relations")) is None


def test_words_before_the_verb_are_matched_backwards() -> None:
    pattern = pattern_tokens("INDICATED WOULD *")
    upper = list(reversed(words("ethiopia indicated it would")))
    found = match_pattern(pattern, upper, [])
    assert found is not None and found.size == 2
    assert match_pattern(pattern, list(reversed(words("ethiopia would indicate"))), []) is None
    assert (
        match_pattern(pattern_tokens("RECENTLY_*"), list(reversed(words("gollum recently did"))), []) is None
    )


def test_slots_bind_actors_and_skip_noun_phrases() -> None:
    lower = words(
        "iftar in osgiliath with the leaders of gondor", {"osgiliath": "a1", "gondor": "a2"}, start=3
    )
    lower = [w if w.index != 5 else Word(w.index, w.forms, w.actor, phrase_end=2) for w in lower]
    found = match_pattern(pattern_tokens("* IFTAR IN ^ +"), [], lower)
    assert found is not None and found.target == 10  # Gondor, after the skipped "Osgiliath"
    upper = list(reversed(words("militia was", {"militia": "a3"})))
    freed = match_pattern(
        pattern_tokens("+ * FROM $"), upper, words("from barad-dur", {"barad-dur": "a4"}, 5)
    )
    assert freed is not None and (freed.target, freed.source) == (0, 6)


def test_compound_slot_needs_coordinated_actors() -> None:
    alone = [Word(0, frozenset({"france"}), "a1")]
    pair = [Word(0, frozenset({"france"}), "a1", coordinated=True)]
    assert match_pattern(("%", "*"), alone, []) is None
    found = match_pattern(("%", "*"), pair, [])
    assert found is not None and found.compound


def test_more_specific_patterns_match_more_words() -> None:
    upper = list(reversed(words("romendacil unexpectedly wo n't")))
    lower = words("over the efforts")
    general = match_pattern(("wo", "n't", "*", "over", "efforts"), upper, lower)
    specific = match_pattern(("unexpectedly", "wo", "n't", "*", "over", "efforts"), upper, lower)
    assert general is not None and specific is not None and specific.size > general.size


def _words_for(items: tuple[Item, ...], first: int) -> list[Word]:
    """Words that a pattern's items match one after the other (a slot's word stands for an actor)."""
    words = []
    for n, item in enumerate(items):
        actor = f"a{first + n}" if item.value in ("$", "+", "%") else None
        words.append(Word(first + n, frozenset({item.value}), actor, first + n - first, item.value == "%"))
    return words


def test_the_quick_rejection_never_drops_a_match() -> None:
    """With the word forms given, a pattern is ruled out only where the full matcher finds nothing."""
    patterns = sorted({pattern for block in verb_blocks() for pattern, _ in block.patterns})
    assert len(patterns) > 1000
    matched = 0
    for k, pattern in enumerate(patterns):
        before, after = split_pattern(pattern)
        upper = _words_for(before, 100)
        other = split_pattern(patterns[k - 1])[1]  # the words of another pattern: mostly no match
        for lower in (_words_for(after, 200), _words_for(other, 200)):
            forms = (forms_of(upper), forms_of(lower))
            full = match_pattern(pattern, upper, lower)
            assert match_pattern(pattern, upper, lower, forms) == full, pattern
            matched += full is not None
    assert matched > len(patterns) // 2
    assert literal_words(("+", "*", "ties", "with", "$")) == (frozenset(), frozenset({"ties", "with"}))


def test_the_pattern_index_offers_every_pattern_that_can_match() -> None:
    """The index of a verb's patterns, asked with the words around a verb, leaves out only patterns
    the full matcher finds no match for, and offers the rest in the dictionary's order (which
    decides between equally specific matches)."""
    patterns = sorted({pattern for block in verb_blocks() for pattern, _ in block.patterns})
    index = PatternIndex.of(patterns)
    offered_in_all = 0
    for k, pattern in enumerate(patterns):
        before, after = split_pattern(pattern)
        upper, lower = _words_for(before, 100), _words_for(after, 200)
        forms = (forms_of(upper), forms_of(lower))
        offered = index.candidates(forms)
        assert offered == sorted(set(offered))
        assert k in offered, pattern  # its own words: it must be offered
        dropped = set(range(len(patterns))) - set(offered)
        assert all(match_pattern(patterns[j], upper, lower) is None for j in list(dropped)[:50])
        offered_in_all += len(offered)
    assert offered_in_all < len(patterns) ** 2 // 20  # most patterns are left out at once
