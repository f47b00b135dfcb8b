"""eventwire.memo: an article's facts are computed once per article, and never served for another."""

from __future__ import annotations

from eventwire.memo import per_article
from eventwire.model import Article


def test_a_fact_is_computed_once_per_article_and_again_for_the_next() -> None:
    calls: list[str] = []

    @per_article
    def length(article: Article) -> int:
        calls.append(article.id)
        return len(article.text)

    one, other = Article(id="a", text="one"), Article(id="b", text="three")
    assert [length(one), length(one), length(other), length(one)] == [3, 3, 5, 3]
    assert calls == ["a", "b", "a"]
    # an equal article that is another object is asked again: identity, not equality
    assert length(Article(id="a", text="one")) == 3 and calls == ["a", "b", "a", "a"]
