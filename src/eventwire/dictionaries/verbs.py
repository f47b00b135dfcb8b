"""Reader of PETRARCH/TABARI verb dictionaries (``*.verbs.txt``).

The file holds synsets (``&NAME`` then ``+member`` lines) and verb blocks::

    --- ASK [020] ---            block header with the default code
    ASK  {ASKED ASKING}  [020]   a verb, its irregular forms, its own code
    +ASK_FOR {+ASKED_FOR}        a multi-word verb, ``+`` marks the verb word
    - * (FOR {FINANCIAL AID})  [0231]   a pattern: * is the verb
    ~ a (a b WILL_ATTACK) SAY = a b 138  a transformation (not carried over)

Both PETRARCH-2 patterns (``{noun phrase}``, ``(prep noun)``) and the older
TABARI ones (``$`` source, ``+`` target, ``%`` compound, ``^`` skip, ``_``
joining) are read into flat word tuples (see :class:`VerbEntry`).  Codes are
``active`` or ``active:paired`` (the paired event, target to source); ``---`` is the null code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from eventwire.dictionaries.lines import Line, LineReader, meaningful_lines, read_text, split_codes
from eventwire.ontology.verbs import Pattern, VerbBlock, VerbForm, VerbTable, regular_forms, synset_key

_VERB = re.compile(r"^(?P<verb>[^{\[]+?)\s*(?:\{(?P<forms>[^}]*)\})?\s*(?:\[(?P<code>[^\]]*)\])?$")


@dataclass(frozen=True)
class VerbDictionary:
    """What a verb file holds: blocks, synsets, and how many malformed lines were skipped."""

    blocks: tuple[VerbBlock, ...]
    synsets: dict[str, tuple[Pattern, ...]]
    skipped: int = 0

    def table(self) -> VerbTable:
        return VerbTable.of(self.blocks, self.synsets)


@dataclass
class _Block:
    code: str
    verbs: list[VerbForm] = field(default_factory=list)
    patterns: list[tuple[Pattern, str]] = field(default_factory=list)


def _verb_parts(phrase: str) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """(verb word, words before, words after) of ``WIRE_+TAP`` / ``+ASK_FOR`` / ``LASH OUT``."""
    words = [w for w in re.split(r"[_\s,]+", phrase.lower()) if w]
    if not words:
        return "", (), ()
    marked = [i for i, w in enumerate(words) if w.startswith("+")]
    at = marked[0] if marked else 0
    words = [w.lstrip("+") for w in words]
    return words[at], tuple(words[:at]), tuple(words[at + 1 :])


def parse_verb_line(text: str) -> VerbForm | None:
    """One verb line of a block, or None when it does not parse."""
    match = _VERB.match(text)
    if match is None:
        return None
    verb, before, after = _verb_parts(match["verb"])
    if not verb or not re.match(r"^[\w'-]+$", verb):
        return None
    forms = [verb, *regular_forms(verb)]
    for form in re.split(r"[\s,]+", match["forms"] or ""):
        word = _verb_parts(form)[0]
        if word:
            forms.append(word)
    code = (match["code"] or "").strip() or None
    return VerbForm(verb, " ".join(after) or None, before, tuple(dict.fromkeys(forms)), code)


def pattern_tokens(text: str) -> Pattern:
    """A pattern's words in order: brackets dropped, synsets kept as ``&name``, and a ``_`` token
    between two words the dictionary joined (they must be neighbours in the sentence)."""
    cleaned = re.sub(r"[(){}]", " ", text).replace("_", " _ ")
    tokens = [token.lower() for token in cleaned.split()]
    out = [t for n, t in enumerate(tokens) if t != "_" or (0 < n < len(tokens) - 1 and tokens[n - 1] != "_")]
    return tuple(out)


class _VerbReader(LineReader):
    def __init__(self, path: Path, strict: bool) -> None:
        super().__init__(path, strict)
        self.synsets: dict[str, list[Pattern]] = {}
        self.synset: str | None = None
        self.blocks: list[_Block] = []

    def feed(self, line: Line) -> None:
        text = line.text
        if text.startswith("---"):
            self.synset = None
            _, codes = split_codes(text)
            self.blocks.append(_Block(codes[0] if codes and codes[0] else "---"))
        elif text.startswith("&"):
            self.synset = synset_key(text.split()[0])
            self.synsets.setdefault(self.synset, [])
        elif text.startswith("+") and self.synset is not None:
            self.synsets[self.synset].append(pattern_tokens(text[1:]))
        elif text.startswith("~"):
            return  # transformations are PETRARCH-2 internals
        elif text.startswith("-"):
            self.pattern(line)
        else:
            self.verb(line)

    def pattern(self, line: Line) -> None:
        head, codes = split_codes(line.text[1:])
        if not self.blocks or not codes:
            return self.bad(line, "pattern outside a verb block or without [code]")
        self.blocks[-1].patterns.append((pattern_tokens(head), codes[0]))
        return None

    def verb(self, line: Line) -> None:
        if not self.blocks:
            return self.bad(line, "verb outside a --- VERB [code] --- block")
        form = parse_verb_line(line.text)
        if form is None:
            return self.bad(line, "unreadable verb line")
        self.blocks[-1].verbs.append(form)
        return None

    def result(self) -> VerbDictionary:
        blocks = tuple(VerbBlock(b.code, tuple(b.verbs), tuple(b.patterns)) for b in self.blocks if b.verbs)
        synsets = {name: tuple(members) for name, members in self.synsets.items()}
        return VerbDictionary(blocks, synsets, self.skipped)


def read_verbs(path: Path, *, strict: bool = True) -> VerbDictionary:
    """Every verb block and synset in ``path``."""
    reader = _VerbReader(path, strict)
    for line in meaningful_lines(read_text(path), markers="#;"):  # ";" comments survive from TABARI
        reader.feed(line)
    return reader.result()
