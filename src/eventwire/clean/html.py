"""HTML pages: body and metadata with trafilatura (no network), our fallback for pages it rejects."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import lxml.html
import trafilatura
from lxml import etree

from eventwire.clean.credits import people
from eventwire.clean.data_files import word_set
from eventwire.clean.dates import printed_date
from eventwire.clean.fallback import fallback_body
from eventwire.read.ids import normalise_date

#: Below this many characters trafilatura's body is taken as a miss and the fallback is tried.
_MIN_BODY_CHARS = 200
_TITLE_SEPARATORS = re.compile(r"\s+(?:\||::|—|–|-|»|·)\s+")


@dataclass(frozen=True)
class Page:
    body: str  # paragraphs separated by blank lines
    title: str | None
    published: str | None
    url: str | None
    authors: list[str]  # people named as the page's authors


def extract_page(html: str) -> Page | None:
    """The article in a page, or None when no text can be extracted."""
    body = _trafilatura_body(html)
    if body is None or len(body) < _MIN_BODY_CHARS:
        own = fallback_body(html)
        if own is not None and len(own) > len(body or ""):
            body = own
    if not body:
        return None
    title, published, url, author = _metadata(html)
    if published is None:
        published = printed_date(_visible_text(html))
    return Page(body=body, title=title, published=published, url=url, authors=people(author or ""))


def _trafilatura_body(html: str) -> str | None:
    try:
        doc = trafilatura.bare_extraction(
            html,
            favor_precision=True,
            include_comments=False,
            include_tables=False,
            with_metadata=False,
            prune_xpath=_clutter_xpaths(),
        )
    except Exception:  # noqa: BLE001 - trafilatura raises many kinds on broken markup; fall back instead
        return None
    text = getattr(doc, "text", None) if doc is not None else None
    if not isinstance(text, str) or not text.strip():
        return None
    # trafilatura puts one paragraph a line; eventwire separates paragraphs by a blank line.
    return "\n\n".join(line.strip() for line in text.split("\n") if line.strip())


@functools.cache
def _clutter_xpaths() -> list[str]:
    # Whole class tokens only, and never the page's outer containers: <body class="cookie-banner-open">
    # must not take the story with it.
    outer = "not(self::html) and not(self::body) and not(self::main) and not(self::article)"
    return [
        f"//*[{outer} and (contains(concat(' ', normalize-space(@class), ' '), ' {name} ') or @id='{name}')]"
        for name in sorted(word_set("page_clutter_classes.txt"))
    ]


def _metadata(html: str) -> tuple[str | None, str | None, str | None, str | None]:
    """Title, date, URL and author from the page's markup (og:, JSON-LD, <time>, <title>)."""
    try:
        meta = trafilatura.extract_metadata(html, extensive=False)
    except Exception:  # noqa: BLE001 - metadata is optional; a page without it still has a body
        return None, None, None, None
    title = _headline(getattr(meta, "title", None))
    date = normalise_date(getattr(meta, "date", None))
    return title, date, getattr(meta, "url", None) or None, getattr(meta, "author", None) or None


def _visible_text(html: str) -> str:
    try:
        return str(lxml.html.document_fromstring(html).text_content())
    except (etree.ParserError, ValueError):
        return ""


def _headline(title: str | None) -> str | None:
    """The page title without the site name ("Headline | The Post", "Site :: ASIA :: Headline")."""
    if not title or not title.strip():
        return None
    parts = [p.strip() for p in _TITLE_SEPARATORS.split(title) if p.strip()]
    return max(parts, key=len) if parts else title.strip()
