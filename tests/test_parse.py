"""The parse's lookups by character offset (binary searches, so stages stay near-linear)."""

from __future__ import annotations

from eventwire.nlp import FakeBackend


def test_char_lookups_agree_with_a_scan(fake_backend: FakeBackend) -> None:
    text = "Anna Berg met him.  Then she left!\n\nIt rained. "
    parse = fake_backend.parse(text)
    for pos in range(len(text) + 2):
        tok = next((t for t in parse.tokens if t.start <= pos < t.end), None)
        sent = next((k for k, s in enumerate(parse.sents) if s.start_char <= pos < s.end_char), None)
        assert parse.token_at_char(pos) == tok and parse.sentence_at_char(pos) == sent
    assert [t.text for t in parse.tokens_in(5, 17)] == ["Berg", "met", "him"]
