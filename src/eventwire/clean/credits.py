"""Bylines and credit lines: the people they name become `credits`, the lines leave the body.

Recognised forms (whole lines, optionally in parentheses or italics markers):
  By John Smith | By John Smith and Jane Doe, Associated Press | BY JOHN SMITH
  Mustafa Salim contributed to this report. | X and Y contributed reporting from Kabul.
  Reporting by X in London; Editing by Y | Additional reporting by X; writing by Y
"""

from __future__ import annotations

import re

from eventwire.clean.data_files import word_set
from eventwire.clean.draft import Draft

#: A credit line longer than this is a sentence about credits, not a credit line.
MAX_CREDIT_WORDS = 40
_PARTICLE = r"(?:al|el|de|da|del|der|van|von|bin|ibn|le|la|di|du|dos|das|ben|abu)"
# A capitalised word (al-Rashid, O'Neil, Mary-Jane) or a lower-case particle (de, van, bin).
_NAME_WORD = rf"(?:(?:{_PARTICLE}-)?[A-Z][\w'’.\-]*|{_PARTICLE})"
_NAMES = rf"{_NAME_WORD}(?:[\s,&]+(?:and\s+)?{_NAME_WORD})*"
_BYLINE = re.compile(r"^by\s+(?P<names>.+?)\s*$", re.IGNORECASE)
_CONTRIBUTED = re.compile(
    r"^(?P<names>.+?)\s+(?:also\s+)?contributed\s+(?:reporting|research|to\s+(?:this|the)\s+"
    r"(?:report|story|article|reporting|coverage)|(?:to\s+)?this\s+(?:report|story))\b[^.]{0,80}\.?$",
    re.IGNORECASE,
)
_ROLE_SEGMENT = re.compile(r"^(?P<role>[\w\s-]+?)\s+by\s+(?P<names>.+)$", re.IGNORECASE)
_PLACE_SUFFIX = re.compile(r"\s+(?:in|from)\s+[A-Z][\w .'-]*$")
# "Associated Press writer Jane Doe": an outlet and a job title before the name.
_ROLE_PREFIX = re.compile(
    r"^(?:[A-Z][\w.&'’-]*\s+){1,4}(?:staff\s+)?(?:writers?|reporters?|correspondents?|journalists?|"
    r"photographers?|videographers?|producers?|researchers?)\s+"
)
# What follows the names on a byline line: "| Dec. 9, 2021", "· Updated 10:30 AM", "- Staff".
_BYLINE_TAIL = re.compile(r"\s+[|·•—–-]\s+|\s*\b(?:updated|published|posted|last updated)\b", re.IGNORECASE)
_SEPARATORS = re.compile(r"\s*(?:,|;|&|·|\||\band\b)\s*")
_SENTENCE_BREAK = re.compile(r"(?<=[.!?][\"”’]) (?=[A-Z(])|(?<=[.!?]) (?=[A-Z(])")
_WRAPPERS = "()[]*_ \t—–-"
_MAX_NAME_WORDS = 5
#: Credit lines sit above the story or below it; a line in the middle is story text whatever it says.
_HEAD_PARAGRAPHS = 3
_TAIL_PARAGRAPHS = 4


def extract_credits(draft: Draft) -> None:
    """Move byline and credit lines out of the body, keeping the people they name."""
    keep: dict[tuple[int, int], bool] = {}
    count = len(draft.paragraphs)
    for i, lines in enumerate(draft.paragraphs):
        if _HEAD_PARAGRAPHS <= i < count - _TAIL_PARAGRAPHS:
            continue
        for j, line in enumerate(lines):
            found = credit_line(line)
            if found is not None:
                names, reason = found
                draft.credits.extend(n for n in names if n not in draft.credits)
                draft.drop(line, reason)
                keep[i, j] = False
    draft.keep_lines(keep)
    _trailing_credit(draft)


def _trailing_credit(draft: Draft) -> None:
    """A credit sentence glued to the end of the last paragraph ("... he said. X contributed reporting.")."""
    if not draft.paragraphs:
        return
    lines = draft.paragraphs[-1]
    sentences = _SENTENCE_BREAK.split(lines[-1])
    if len(sentences) < 2:
        return
    found = credit_line(sentences[-1])
    if found is not None and found[1] == "credit line":
        draft.credits.extend(n for n in found[0] if n not in draft.credits)
        draft.drop(sentences[-1], found[1])
        lines[-1] = lines[-1][: len(lines[-1]) - len(sentences[-1])].rstrip()


def credit_line(line: str) -> tuple[list[str], str] | None:
    """(names, reason) when the line is a byline or credit line, else None."""
    body = line.strip().strip(_WRAPPERS).strip()
    if not body or len(body.split()) > MAX_CREDIT_WORDS:
        return None
    byline = _BYLINE.match(body)
    if byline:
        names_text = _BYLINE_TAIL.split(byline.group("names"), maxsplit=1)[0]
        # "By Reuters Staff" names nobody, but is still a byline; "By Saturday" alone is not.
        is_byline = _all_names(names_text) and (len(names_text.split()) > 1 or names_text.isupper())
        return (people(names_text), "byline") if is_byline else None
    contributed = _CONTRIBUTED.match(body)
    if contributed:
        names = people(contributed.group("names"))
        return (names, "credit line") if names else None
    return _role_credits(body)


def _role_credits(body: str) -> tuple[list[str], str] | None:
    """Wire-service credits: "Reporting by X; Editing by Y" (every segment must be a role credit)."""
    segments = [s.strip() for s in re.split(r"\s*[;|]\s*", body.rstrip(".")) if s.strip()]
    names: list[str] = []
    for segment in segments:
        match = _ROLE_SEGMENT.match(segment)
        if not match or match.group("role").strip().lower() not in word_set("credit_roles.txt"):
            return None
        names.extend(people(match.group("names")))
    return (names, "credit line") if names else None


def people(names_text: str) -> list[str]:
    """Person names in a credit list, without places ("in London"), agencies and job titles."""
    out = []
    for part in _SEPARATORS.split(names_text.strip().rstrip(".")):
        name = _without_affiliation(_PLACE_SUFFIX.sub("", _ROLE_PREFIX.sub("", part.strip())).strip(" ."))
        if _is_person(name):
            out.append(_title_case(name) if name.isupper() else name)
    return out


def _without_affiliation(name: str) -> str:
    """ "JOHN SMITH Associated Press" -> "JOHN SMITH": trailing outlet or job words dropped."""
    words = name.split()
    affiliations = word_set("affiliations.txt")
    while len(words) > 2 and words[-1].lower().strip(".,") in affiliations:
        words.pop()
    return " ".join(words)


def _is_person(name: str) -> bool:
    words = name.split()
    if not 1 < len(words) <= _MAX_NAME_WORDS or not re.fullmatch(_NAMES, name):
        return False
    affiliations = word_set("affiliations.txt")
    return not any(w.lower().strip(".,") in affiliations for w in words)


def _all_names(names_text: str) -> bool:
    # A byline is only names and affiliations; "By the time troops arrived, ..." is a sentence.
    parts = [p.strip(" .") for p in _SEPARATORS.split(names_text) if p.strip(" .")]
    return all(re.fullmatch(_NAMES, _PLACE_SUFFIX.sub("", p)) for p in parts)


def _title_case(name: str) -> str:
    return " ".join(w.capitalize() if w.isupper() else w for w in name.split())
