"""One catalogue of error kinds.

A user sees one line per problem, ``error: NAME: what went wrong``, never a
traceback (unless ``--debug``).  Code raises these with a message that reads
well after the input's name.
"""

from __future__ import annotations


class EventwireError(Exception):
    """Base of every error eventwire reports to a user."""

    kind = "error"


class InputError(EventwireError):
    """An input that cannot be read as news: binary, empty, bad encoding, malformed."""

    kind = "input"


class UsageError(EventwireError):
    """A command line or configuration that cannot be carried out (exit status 2).

    ``parameter`` names the option or query parameter at fault when there is one, so that the
    HTTP API can name it in its problem details as the command line names it in its message.
    """

    kind = "usage"

    def __init__(self, message: str, parameter: str | None = None) -> None:
        super().__init__(message)
        self.parameter = parameter


class StageError(EventwireError):
    """A pipeline stage failed on one article; the article goes on without it."""

    kind = "stage"


class DictionaryError(EventwireError):
    """A dictionary file that cannot be read."""

    kind = "dictionary"


def one_line(exc: BaseException) -> str:
    """A single-line description of an exception, for error lines and the failures table."""
    text = str(exc).strip() or type(exc).__name__
    if not isinstance(exc, EventwireError):
        text = f"{type(exc).__name__}: {text}"
    return " ".join(text.split())
