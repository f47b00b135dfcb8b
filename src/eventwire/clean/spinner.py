"""Junk left by machine-reworded ("spun") copies: stray code tokens and misplaced punctuation.

- a stray token of three or more capitals directly followed by digits ("HTML1", "XYZ123") sitting
  inside running text (before final punctuation or between lower-case words) and not a known code
  ("COP26", "FTSE100"); shorter or hyphenated codes (G7, MH17, F-16, COVID-19) are never touched;
- punctuation orphaned before a word: deleted after a function word ("in .July" -> "in July") or
  as a full stop before a lower-case word (one there would start a sentence in lower case: "last year
  .with" -> "last year with"), moved back to its word otherwise ("Saturday .The" -> "Saturday. The");
- doubled punctuation (",," ".." ". ." but not the ellipsis "..." or ". . .");
- a space before punctuation ("word ." -> "word.").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from eventwire.clean.data_files import whole_token_patterns, word_set
from eventwire.model import Removed

_JUNK_TOKEN = re.compile(
    r"(?<=[a-z0-9%)”’'\"]) (?P<token>[A-Z]{3,}[0-9]+)(?![\w\-/.@]*[\w\-/@])(?=[.!?,;:]|\s+[a-z]|\s*$)"
    r"|(?<=[a-z0-9%)”’'\"]) (?P<token2>[A-Z]{3,}[0-9]+)(?=\.(?:\s|$))"
)
_ORPHAN = re.compile(
    r"(?P<word>\b[A-Za-z]+) (?P<mark>[.,;:])(?=[A-Za-z])(?!(?:com|org|net|gov|edu|io|co|uk)\b)"
)
_DOUBLED = re.compile(r"(?P<mark>[,;:])(?: ?(?P=mark))+|(?<![.\s])\.(?: ?\.)(?![ .]*\.)(?<!\.\.\.)|,(?=\.)")
_SPACE_BEFORE = re.compile(r"(?<=[\w”’\"')\]%]) +(?=[,;:!?](?:\s|$)|\.(?! \.)(?:\s|$))")

Fix = Callable[[re.Match[str]], str]


def remove_spinner_junk(text: str) -> tuple[str, list[Removed]]:
    """The text with spinner junk fixed, and one Removed entry per fix."""
    removed: list[Removed] = []
    text = _JUNK_TOKEN.sub(_record(removed, "spinner junk", _drop_unknown_token), text)
    text = _ORPHAN.sub(_record(removed, "stray punctuation", _place_orphan), text)
    text = _DOUBLED.sub(_record(removed, "stray punctuation", _single_mark), text)
    text = _SPACE_BEFORE.sub(_record(removed, "stray punctuation", lambda m: ""), text)
    return text, removed


def _record(removed: list[Removed], reason: str, fix: Fix) -> Fix:
    def apply(match: re.Match[str]) -> str:
        replacement = fix(match)
        if replacement != match.group(0):
            removed.append(Removed(text=_shown(match), reason=reason))
        return replacement

    return apply


def _shown(match: re.Match[str]) -> str:
    # Whitespace-only fixes are shown with their neighbours, so that the entry says something.
    if "mark" in match.re.groupindex and "word" in match.re.groupindex:
        return match.group(0)
    token = match.group(0).strip()
    if token:
        return token
    text, start, end = match.string, match.start(), match.end()
    return text[max(0, start - 12) : end + 1].strip()


def _drop_unknown_token(match: re.Match[str]) -> str:
    token = match.group("token") or match.group("token2")
    return match.group(0) if is_known_code(token) else ""


def is_known_code(token: str) -> bool:
    """A real capitals-plus-digits token: listed in known_codes.txt, or an amount ("USD15", "EUR200")."""
    letters = token.rstrip("0123456789")
    if letters.lower() in word_set("currency_codes.txt"):
        return True
    return bool(whole_token_patterns("known_codes.txt").fullmatch(token))


def _place_orphan(match: re.Match[str]) -> str:
    """Delete a mark after a function word ("in .July") or before a lower-case word ("year .with");
    else move it back to its word ("Saturday .The")."""
    word, mark = match.group("word"), match.group("mark")
    following = match.string[match.end() : match.end() + 1]
    if word.lower() in word_set("function_words.txt") or (mark == "." and following.islower()):
        return word + " "
    return f"{word}{mark} "


def _single_mark(match: re.Match[str]) -> str:
    mark = match.group("mark")
    return mark if mark else "."
