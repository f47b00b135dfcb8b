#!/usr/bin/env python3
"""The annotators' span checker: an annotation file against the numbered sentences it was read from.

    python3 check_spans.py ARTICLES.txt ANNOTATIONS.txt

ARTICLES.txt holds the texts as the annotators read them ('@ article-id', then 's1 sentence',
's2 sentence', ...); ANNOTATIONS.txt their lines (format: the header of
../../ordinary_news/build/annotations.txt). Every event line must follow an '@' line of a known
article and name a sentence that exists, one of the sixteen PLOVER types, a modality, a trigger,
and spans found in that sentence as whole words: once, or its n-th time with '#n'. It tests the
form only, not the judgement; anchor_events.py runs the same span test again when anchoring.
Prints each problem, then OK when there is none (exit status 1 otherwise). Standard library only.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

TYPES = frozenset(
    {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
     "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
)  # fmt: skip
MODALITIES = frozenset({"asserted", "negated", "uncertain"})


def read_articles(path: Path) -> dict[str, dict[int, str]]:
    """article id -> sentence number -> sentence."""
    articles: dict[str, dict[int, str]] = {}
    current: dict[int, str] | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("@ "):
            current = articles.setdefault(line[2:].strip(), {})
        elif current is not None and re.match(r"s\d+ ", line):
            sid, sentence = line.split(" ", 1)
            current[int(sid[1:])] = sentence
    return articles


def span_problem(name: str, spec: str, sentence: str) -> str | None:
    """Why a span does not index its sentence, or None."""
    if spec == "-":
        return "a trigger is required" if name == "trigger" else None
    phrase = spec.split(" => ", 1)[0]
    numbered = re.fullmatch(r"(.*)#(\d+)", phrase)
    nth = int(numbered.group(2)) if numbered else 1
    phrase = numbered.group(1) if numbered else phrase
    hits = len(re.findall(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", sentence))
    if hits < nth:
        return f"{name} {phrase!r} is not in the sentence"
    if hits > 1 and not numbered:
        return f"{name} {phrase!r} occurs {hits} times: add #n"
    return None


def line_problems(fields: list[str], sentences: dict[int, str]) -> list[str]:
    sid = fields[0].removeprefix("s")
    sentence = sentences.get(int(sid)) if sid.isdigit() else None
    if sentence is None:
        return [f"no sentence {fields[0]}"]
    problems = [f"type {fields[1]!r}"] if fields[1] not in TYPES else []
    problems += [f"modality {fields[6]!r}"] if fields[6] not in MODALITIES else []
    for name, spec in zip(("trigger", "source", "target"), fields[3:6], strict=True):
        problem = span_problem(name, spec, sentence)
        problems += [problem] if problem else []
    return problems


def check(articles: dict[str, dict[int, str]], annotation: str) -> tuple[int, list[str]]:
    """(event lines, problems) of one annotation file."""
    current: str | None = None
    events, problems = 0, []
    for number, line in enumerate(annotation.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("@ "):
            current = line[2:].strip()
            problems += [f"line {number}: unknown article {current}"] if current not in articles else []
            continue
        fields = [f.strip() for f in line.split("|")]
        if len(fields) not in (7, 8) or current not in articles:
            problems.append(f"line {number}: not 7 or 8 fields after a known '@' line")
            continue
        events += 1
        problems += [f"line {number}: {p}" for p in line_problems(fields, articles[current])]
    return events, problems


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    events, problems = check(read_articles(Path(sys.argv[1])), Path(sys.argv[2]).read_text(encoding="utf-8"))
    print("\n".join([*problems, f"{events} event lines, {len(problems)} problems"]))
    print("FIX THE ABOVE" if problems else "OK")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
