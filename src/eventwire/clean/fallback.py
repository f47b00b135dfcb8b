"""Our own body extraction for pages trafilatura rejects (old table layouts, <br>-separated text).

The body is the element that owns the most running text (its own text and inline children, links
excluded, plus its <p> children); its content is split into paragraphs at blank <br><br> breaks
and at block elements.
"""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

from eventwire.clean.data_files import word_set

_DROP_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "form", "aside", "iframe", "select")
_CLUTTER = re.compile(
    r"cookie|consent|\bnav|menu|footer|header|share|social|related|comment|newsletter|promo|"
    r"\bads?\b|ad-|advert|breadcrumb|sidebar|masthead|morelinks|poll|weather|subscribe",
    re.IGNORECASE,
)
#: Containers that may carry state classes ("has-cookie-banner") but always hold the story.
_OUTER = frozenset({"html", "body", "main", "article"})
_BLOCK = frozenset(
    {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "table", "tr", "td", "th"}
    | {"section", "article", "blockquote", "pre", "dl", "dt", "dd", "figure", "body", "html", "main"}
)
#: Inline elements whose text counts as the parent's own running text (links do not: menus are links).
_INLINE = frozenset(
    {"b", "i", "em", "strong", "font", "span", "br", "small", "big", "u", "sub", "sup", "abbr", "cite"}
    | {"q", "time", "mark", "code"}
)


def fallback_body(html: str) -> str | None:
    """Paragraphs (blank-line separated) of the page's largest text block, or None when there is none."""
    try:
        root = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return None
    _prune(root)
    best = max(root.iter(), key=_owned_text_length, default=None)
    if best is None or _owned_text_length(best) == 0:
        return None
    text = _block_text(best)
    return text if text.strip() else None


def _prune(root: lxml.html.HtmlElement) -> None:
    page_chars = len(root.text_content())
    for element in list(root.iter()):
        if not isinstance(element.tag, str) or element.tag in _OUTER:
            continue
        if element.tag in _DROP_TAGS or _is_clutter(element, page_chars):
            element.drop_tree()


def _is_clutter(element: lxml.html.HtmlElement, page_chars: int) -> bool:
    marker = f"{element.get('class', '')} {element.get('id', '')}"
    is_marked = bool(_CLUTTER.search(marker)) or _is_listed_clutter(marker)
    return is_marked and not _holds_most_text(element, page_chars)


def _holds_most_text(element: lxml.html.HtmlElement, page_chars: int) -> bool:
    # A wrapper with a state class ("page has-header") holds the story; clutter is a small part.
    return len(element.text_content()) * 2 > page_chars


def _is_listed_clutter(marker: str) -> bool:
    return not word_set("page_clutter_classes.txt").isdisjoint(marker.lower().split())


def _owned_text_length(element: lxml.html.HtmlElement) -> int:
    if not isinstance(element.tag, str):
        return 0
    total = len((element.text or "").strip())
    for child in element:
        if child.tag == "p" or child.tag in _INLINE:
            total += len(child.text_content().strip())
        total += len((child.tail or "").strip())
    return total


def _block_text(element: lxml.html.HtmlElement) -> str:
    """Text with \\n for <br> and a blank line around block elements."""
    parts: list[str] = []
    _walk(element, parts)
    text = "".join(parts)
    text = re.sub(r"[ \t\r\f\v]+", " ", text)
    text = re.sub(r" ?\n ?", "\n", text)
    return re.sub(r"\n{2,}", "\n\n", text).strip()


def _walk(element: lxml.html.HtmlElement, parts: list[str]) -> None:
    if isinstance(element.tag, str):
        is_block = element.tag in _BLOCK
        if element.tag == "br":
            parts.append("\n")
        if is_block:
            parts.append("\n\n")
        parts.append((element.text or "").replace("\n", " "))
        for child in element:
            _walk(child, parts)
        if is_block:
            parts.append("\n\n")
    parts.append((element.tail or "").replace("\n", " "))
