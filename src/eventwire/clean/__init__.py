"""Cleaning: from a RawDoc to an Article whose `text` is the story alone.

HTML is extracted first (trafilatura, then our fallback); then, on paragraphs of lines: boilerplate
and credit lines leave, the title line and the dateline are taken off the top, and spinner junk is
fixed in the joined text.  Everything taken out is listed in `Article.removed` with its reason.
"""

from __future__ import annotations

from eventwire.clean.boilerplate import remove_boilerplate
from eventwire.clean.credits import extract_credits
from eventwire.clean.dateline import find_dateline
from eventwire.clean.draft import Draft
from eventwire.clean.html import extract_page
from eventwire.clean.spinner import remove_spinner_junk
from eventwire.clean.text import join, paragraphs
from eventwire.clean.titles import MAX_TITLE_CHARS, MAX_TITLE_WORDS, take_title
from eventwire.errors import InputError
from eventwire.model import Article, Dateline
from eventwire.read import RawDoc, limits

__all__ = ["clean"]


def clean(raw: RawDoc) -> Article:
    """Cleaned Article: text, title, url, published, dateline, credits, removed, warnings, id, source.

    Raises InputError when nothing usable is left.
    """
    body, title, url, published, authors = _body_and_metadata(raw)
    draft = Draft(paragraphs(body), credits=authors)
    extract_credits(draft)
    remove_boilerplate(draft)
    title = take_title(draft, title)
    dateline = _take_dateline(draft)
    text, fixes = remove_spinner_junk(join(draft.paragraphs))
    draft.removed.extend(fixes)
    if not text.strip():
        raise InputError("no story text left after cleaning")
    return Article(
        id=raw.article_id,
        title=title,
        url=url,
        published=published,
        source=raw.source,
        dateline=dateline,
        credits=draft.credits,
        text=text,
        removed=draft.removed,
        warnings=list(raw.warnings),
    )


def _body_and_metadata(raw: RawDoc) -> tuple[str, str | None, str | None, str | None, list[str]]:
    """Body text, title, URL, publication date and authors; the input's own metadata wins."""
    if raw.html is not None:
        page = extract_page(raw.html)
        if page is None:
            raise InputError("no article text could be extracted from the HTML")
        if len(page.body) > limits.max_article_chars():
            raise InputError(
                f"page text is {len(page.body)} characters, "
                f"over the {limits.max_article_chars()}-character limit for one article"
            )
        published = raw.published or page.published
        return page.body, raw.title or page.title, raw.url or page.url, published, page.authors
    if raw.text is None:
        raise InputError("input has neither text nor HTML")
    return raw.text, raw.title, raw.url, raw.published, []


def _take_dateline(draft: Draft) -> Dateline | None:
    """The dateline at the start of the first paragraph (or of the second, under a headline line
    that stayed in the body); it leaves the body."""
    k = _dateline_paragraph(draft)
    if k is None:
        return None
    first = draft.paragraphs[k][0]
    found = find_dateline(first)
    if found is None:
        return None
    place, length = found
    tag = first[:length].strip()
    # A placeless tag is an agency ("(Reuters) -", still a dateline) or a label ("BREAKING:").
    draft.drop(tag, "dateline" if place or tag.startswith("(") else "label")
    rest = first[length:].lstrip()
    draft.paragraphs[k][0] = rest
    if not rest:
        draft.paragraphs[k].pop(0)
        draft.paragraphs = [lines for lines in draft.paragraphs if lines]
    return Dateline(text=place) if place else None


def _dateline_paragraph(draft: Draft) -> int | None:
    """The paragraph a dateline may open: the first; or the second when the first is one short line
    that is no title by its form (a headline ending in a full stop, "Trump, Ryan pledge to work
    together.") and a dateline opens the second ("WASHINGTON (AP) — ..."): the story starts there."""
    if not draft.paragraphs:
        return None
    if find_dateline(draft.paragraphs[0][0]) is not None or len(draft.paragraphs) < 2:
        return 0
    head = draft.paragraphs[0]
    short = len(head) == 1 and len(head[0]) <= MAX_TITLE_CHARS and len(head[0].split()) <= MAX_TITLE_WORDS
    return 1 if short and find_dateline(draft.paragraphs[1][0]) is not None else 0
