"""Names and values as they appear in messages: always printable, always on one line.

A file may be called "a\\nerror: b.txt", carry bytes that are not UTF-8 (decoded with
surrogate escapes) or a terminal escape sequence; printed as it is, such a name would forge
a second error line or fail to print at all.  Such names are shown as Python writes them
(quoted, with backslash escapes); ordinary names, accents included, are shown unchanged.
"""

from __future__ import annotations

import reprlib

_SHORT = reprlib.Repr()
_SHORT.maxstring = 60
_SHORT.maxother = 60
_SHORT.maxlist = _SHORT.maxdict = _SHORT.maxtuple = 4
_SHORT.maxlevel = 3


def display_name(name: str) -> str:
    """The name itself when every character prints, else its quoted, escaped form."""
    return name if name.isprintable() else repr(name)


def printable(text: str) -> str:
    """Text with each character that does not print written as its escape (``\\x1b``, ``\\u2028``)."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def short_repr(value: object) -> str:
    """A value as Python writes it, cut short (long strings, deep or long lists) for a message."""
    return _SHORT.repr(value)
