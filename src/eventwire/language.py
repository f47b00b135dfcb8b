"""Which language an article is written in, so that only English text is coded.

The English model parses any text it is given: a page in Portuguese or Arabic comes out as
hundreds of "names" and a few nonsense events.  Each article's language is identified first
(py3langid, a maintained port of langid.py, BSD; its model ships inside the package, so nothing
is downloaded).  An article found to be in a language the run does not code keeps its text and
gets one warning, its ``language``, and no actors, events, quotes, places or times.

Short or mixed texts are hard to identify, so the rule leans towards coding: an article is left
out only when its identified language is sure (``languages.min_probability``) over enough letters
(``languages.min_letters``); otherwise it is coded as English.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from eventwire.config import LanguageSettings
from eventwire.model import Article

#: Characters of an article read to identify its language: enough for a sure answer, and the
#: identifier's time stays the same for a long article.
SAMPLE_CHARS = 4000


@dataclass(frozen=True)
class Identified:
    """An ISO 639-1 code (as py3langid gives it) and how sure the identifier is of it."""

    code: str
    probability: float
    letters: int


@cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def identify(text: str) -> Identified:
    """The language of the first SAMPLE_CHARS characters of ``text``."""
    sample = text[:SAMPLE_CHARS]
    letters = sum(1 for ch in sample if ch.isalpha())
    if not letters:
        return Identified("und", 0.0, 0)
    code, probability = _identifier().classify(sample)
    return Identified(str(code), float(probability), letters)


def uncoded_language(text: str, settings: LanguageSettings) -> Identified | None:
    """The identified language when the text is surely in none of the coded languages; else None."""
    if not settings.codes:
        return None
    found = identify(text)
    sure = found.letters >= settings.min_letters and found.probability >= settings.min_probability
    return found if sure and found.code not in settings.codes else None


def code_by_language(
    batch: list[Article], settings: LanguageSettings, code: Callable[[list[Article]], list[Article]]
) -> list[Article]:
    """``code`` over the articles in a coded language; the others back uncoded, with a warning.

    Input order is kept.  ``code`` may leave an article out (a time budget): it stays out.
    """
    coded_as = settings.codes[0] if settings.codes else None
    found = [uncoded_language(a.text, settings) for a in batch]
    done = iter(code([a.with_(language=coded_as) for a, f in zip(batch, found, strict=True) if f is None]))
    by_id = {a.id: a for a in done}
    out: list[Article] = []
    for article, language in zip(batch, found, strict=True):
        if language is None:
            if article.id in by_id:
                out.append(by_id[article.id])
        else:
            out.append(_uncoded(article, language))
    return out


def _uncoded(article: Article, found: Identified) -> Article:
    warning = f"not coded: written in '{found.code}' (identified with probability {found.probability:.2f})"
    return article.with_(language=found.code, warnings=[*article.warnings, warning])
