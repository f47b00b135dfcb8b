"""Reader of PETRARCH/TABARI agent dictionaries (``*.agents.txt``).

Lines are ``PHRASE {PLURALS} [~CODE]``: ``~CODE`` goes after an actor's
country code, ``CODE~`` before it.  Regular plurals are formed on the last
word unless ``{}`` (no plural) or ``{...}`` (the irregular plural forms) is
given.  ``!NAME! = A, B`` defines a substitution used as ``CONGRESS!PERSON!``.
"""

from __future__ import annotations

import re
from pathlib import Path

from eventwire.dictionaries.lines import Line, error, meaningful_lines, phrase_words, read_text
from eventwire.ontology.types import AgentInfo

_DEFINITION = re.compile(r"^!(\w+)!\s*=\s*(.+)$")
_MARKER = re.compile(r"!(\w+)!")
_ENTRY = re.compile(
    r"^(?P<phrase>[^{\[]+?)\s*(?:\{(?P<plural>[^}]*)\})?\s*\[(?P<code>[^\]}]*)[\]}]\s*$"
)  # "[~LEG}" occurs


def plural(word: str) -> str:
    """The regular English plural of ``word`` (any case)."""
    lower = word.lower()
    if lower.endswith("y") and lower[-2:-1] not in ("a", "e", "i", "o", "u", ""):
        return word[:-1] + ("IES" if word.isupper() else "ies")
    if lower.endswith(("s", "sh", "ch", "x", "z")):
        return word + ("ES" if word.isupper() else "es")
    return word + ("S" if word.isupper() or word[-1:].isupper() else "s")


def parse_agent_code(raw: str) -> tuple[str, bool] | None:
    """``~GOV`` -> (GOV, False); ``NGO~`` -> (NGO, True); None when empty."""
    code = raw.strip()
    prefix = code.endswith("~") and not code.startswith("~")
    code = code.strip("~").strip()
    return (code, prefix) if code else None


def _forms(phrase: str, plurals: str | None) -> list[str]:
    if "!" in phrase or phrase.endswith("_"):  # substitutions and fixed phrases take no plural
        return [phrase]
    if plurals is None:
        return [phrase, plural(phrase)]
    return [phrase, *plurals.split()]


def _expand(phrase: str, markers: dict[str, list[str]], path: Path, line: Line) -> list[str]:
    found = _MARKER.search(phrase)
    if found is None:
        return [phrase]
    if found[1] not in markers:
        raise error(path, line, f"undefined substitution !{found[1]}!")
    out: list[str] = []
    for item in markers[found[1]]:
        out.extend(_expand(phrase[: found.start()] + item + phrase[found.end() :], markers, path, line))
    return out


def read_agents(path: Path, *, strict: bool = True) -> list[AgentInfo]:
    """Every agent phrase in ``path`` (singular and plural forms), with its code.

    A malformed line raises DictionaryError, or is skipped when not ``strict``.
    """
    markers: dict[str, list[str]] = {}
    agents: list[AgentInfo] = []
    for line in meaningful_lines(read_text(path)):
        definition = _DEFINITION.match(line.text)
        if definition:
            markers[definition[1]] = [item.strip() for item in definition[2].split(",") if item.strip()]
            continue
        entry = _ENTRY.match(line.text)
        parsed = parse_agent_code(entry["code"]) if entry else None
        if entry is None or parsed is None:
            if strict:
                raise error(path, line, "expected PHRASE {PLURAL} [CODE]")
            continue
        code, prefix = parsed
        for form in _forms(entry["phrase"].strip(), entry["plural"]):
            for text in _expand(form, markers, path, line):
                agents.append(AgentInfo(code, code[:3], phrase_words(text), prefix))
    return agents
