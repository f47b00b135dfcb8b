"""The wikievents_train set: WikiEvents' own train split (206 news documents, KAIROS events and
their arguments, annotated by WikiEvents' authors), built locally and split once into a dev and a
test half, scored as wikievents_dev is (issue 11).

Why: ``wikievents_dev`` is a public gold set, a floor where no rule may come from, and WikiEvents'
test split is reserved; rules for that measure need a development set of the same kind. The train
split is neither: it is outside ``shared/gold`` and outside the reserved test split, and it is
annotated in exactly the scheme the measure scores, by others, blind to this engine.

    python3 eval/data/wikievents_train/build/build.py SOURCE    # -> local/{dev,test}.jsonl

SOURCE is a checkout or git directory of GitHub ``mc2259/gen-arg`` (a fork of
``raspberryice/gen-arg``, MIT, which no longer holds the train split) at ``COMMIT``; only
``data/wikievents/wiki-train-human.jsonl`` is read, and its SHA-256 is checked. That file has, per
document, its tokens and its event mentions (type, trigger tokens, arguments by role and text),
but not the entity mentions and coreference of the original release, so:

- the text is the tokens detokenized (``detokenize``: no space before closing punctuation, none
  after opening brackets and quotes, "Thailand ’ s" -> "Thailand’s", "rush - hour" -> "rush-hour");
- an argument's spans are every whole-word occurrence of its text in the document (the original
  scores every mention coreferent with the argument; a name said again is found, a pronoun is not);
- a trigger's token indices in that file are those of the first occurrence of its words in the
  document (a mention of "bombing" in the tenth sentence points at the first "bombing"), so each
  mention is placed again (``place_triggers``): among the occurrences of its words, one to one
  within mentions of the same words, the one whose sentence holds most of its argument texts
  (then the nearest after the mention before it in the file's order, which follows the text).
  Where a word occurs as often as it is annotated, the placement is exact whatever the order;
  the build prints how many mentions had more occurrences than mentions to choose from.

Halves: the document ids sorted and shuffled with ``random.Random(SEED)``; the first DEV_COUNT are
dev, the rest test. Rules are written on dev; test is scored for reporting only.
Standard library only.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
LOCAL = HERE.parent / "local"
COMMIT = "d89baa86ffb549f5018c8196e05a7cf142970f9a"
PATH = "data/wikievents/wiki-train-human.jsonl"
SHA256 = "ef4d4fb8422f675c0230c9023a4995de8ad18be1db6fe9e0f61803d92e6c3706"
SEED, DEV_COUNT = 11, 150
#: tokens written without a space before them
CLOSING = frozenset(",.;:!?)]}%”") | {"n't", "'s", "'re", "'ve", "'ll", "'d", "'m"}
#: tokens written without a space after them
OPENING = frozenset("([{“$")
#: what follows an apostrophe token inside a word ("Thailand ’ s", "haven ’ t")
CLITICS = frozenset({"s", "t", "re", "ve", "ll", "d", "m"})


def read_source(source: Path) -> bytes:
    if (source / "HEAD").is_file() and (source / "objects").is_dir():
        git = ["git", f"--git-dir={source}", "show", f"{COMMIT}:{PATH}"]
        return subprocess.run(git, check=True, capture_output=True).stdout
    return (source / PATH).read_bytes()


def detokenize(tokens: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """The text of ``tokens`` and each token's (start, end) in it."""
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    at, quote_open, glue = 0, False, True
    for i, tok in enumerate(tokens):
        prev = tokens[i - 1] if i else ""
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        space = not glue
        if tok in CLOSING or (tok == '"' and quote_open):
            space = False
        if tok in {"’", "'"} and nxt.lower() in CLITICS and prev[-1:].isalnum():
            space = False
        if prev in {"’", "'"} and tok.lower() in CLITICS and i >= 2 and tokens[i - 2][-1:].isalnum():
            space = False
        if tok == "-" and prev[-1:].isalnum() and nxt[:1].isalnum():
            space = False
        if prev == "-" and i >= 2 and tokens[i - 2][-1:].isalnum() and tok[:1].isalnum():
            space = False
        if tok == ":" and prev.isdigit() and nxt.isdigit():
            space = False
        if prev == ":" and i >= 2 and tokens[i - 2].isdigit() and tok.isdigit():
            space = False
        if space and out:
            out.append(" ")
            at += 1
        spans.append((at, at + len(tok)))
        out.append(tok)
        at += len(tok)
        glue = tok in OPENING or (tok == '"' and not quote_open)
        if tok == '"':
            quote_open = not quote_open
    return "".join(out), spans


def occurrences(text: str, phrase: str) -> list[list[int]]:
    """Every whole-word occurrence of ``phrase`` (detokenized as the text is) in ``text``."""
    words = detokenize(phrase.split())[0]
    if not words.strip():
        return []
    pattern = re.compile(r"(?<!\w)" + re.escape(words) + r"(?!\w)")
    return [[m.start(), m.end()] for m in pattern.finditer(text)]


def sentence_of(tokens: list[str]) -> list[int]:
    """Each token's sentence number (a sentence ends at '.', '!' or '?')."""
    out, number = [], 0
    for tok in tokens:
        out.append(number)
        number += tok in {".", "!", "?"}
    return out


def find_all(tokens: list[str], words: list[str]) -> list[int]:
    n = len(words)
    return [i for i in range(len(tokens) - n + 1) if n and tokens[i : i + n] == words]


def support(tokens: list[str], sents: list[int], at: int, ev: dict[str, Any]) -> int:
    """How many of the mention's argument texts stand in the sentence of token ``at``."""
    here = sents[at]
    return sum(
        any(sents[i] == here for i in find_all(tokens, arg["text"].split())) for arg in ev["arguments"]
    )


def place_triggers(tokens: list[str], mentions: list[dict[str, Any]]) -> tuple[list[tuple[int, int]], int]:
    """Each mention's (start, end) token indices, placed again as the module docstring says, and
    how many mentions had a choice to make."""
    sents = sentence_of(tokens)
    placed: list[tuple[int, int]] = []
    used: dict[tuple[str, ...], set[int]] = {}
    choices, last = 0, 0
    for ev in mentions:
        trig = ev["trigger"]
        start, end = trig["start_idx"], max(trig["end_idx"], trig["start_idx"] + 1)
        words = tokens[start:end]
        if len(words) > 4:  # a broken end index: the first word is the trigger
            end, words = start + 1, tokens[start : start + 1]
        taken = used.setdefault(tuple(words), set())
        free = [i for i in find_all(tokens, words) if i not in taken] or [start]
        group = sum(
            1
            for m in mentions
            if tokens[m["trigger"]["start_idx"] : m["trigger"]["start_idx"] + len(words)] == words
        )
        choices += len(find_all(tokens, words)) > group
        best = max(free, key=lambda i: (support(tokens, sents, i, ev), i >= last, -abs(i - last)))
        taken.add(best)
        placed.append((best, best + len(words)))
        last = best
    return placed, choices


def record(doc: dict[str, Any]) -> tuple[dict[str, Any], int, int]:
    """The document in wikievents_dev's schema, how many arguments were found nowhere, and how
    many triggers were placed by choice."""
    text, spans = detokenize(doc["tokens"])
    placed, choices = place_triggers(doc["tokens"], doc["event_mentions"])
    events, lost = [], 0
    for ev, (first, stop) in zip(doc["event_mentions"], placed, strict=True):
        start, end = spans[first][0], spans[stop - 1][1]
        args = []
        for arg in ev["arguments"]:
            found = occurrences(text, arg["text"])
            lost += not found
            args.append({"role": arg["role"], "text": arg["text"], "spans": found})
        events.append(
            {
                "type": ev["event_type"],
                "trigger": [start, end],
                "trigger_text": text[start:end],
                "arguments": args,
            }
        )
    return {"id": doc["docid"], "text": text, "events": events}, lost, choices


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    raw = read_source(Path(argv[0]))
    digest = hashlib.sha256(raw).hexdigest()
    if digest != SHA256:
        print(f"{PATH}: SHA-256 {digest}, expected {SHA256}: not the pinned file", file=sys.stderr)
        return 1
    docs = [json.loads(line) for line in raw.decode("utf-8").splitlines() if line.strip()]
    ids = sorted(doc["docid"] for doc in docs)
    random.Random(SEED).shuffle(ids)
    dev = set(ids[:DEV_COUNT])
    LOCAL.mkdir(exist_ok=True)
    lost = {"dev": 0, "test": 0}
    chosen = 0
    with (
        open(LOCAL / "dev.jsonl", "w", encoding="utf-8") as d,
        open(LOCAL / "test.jsonl", "w", encoding="utf-8") as t,
    ):
        for doc in sorted(docs, key=lambda x: x["docid"]):
            rec, missing, choices = record(doc)
            chosen += choices
            half = "dev" if doc["docid"] in dev else "test"
            lost[half] += missing
            (d if half == "dev" else t).write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(
        f"wikievents_train: {len(dev)} dev and {len(docs) - len(dev)} test documents in {LOCAL}"
        f" (arguments found nowhere in their text: dev {lost['dev']}, test {lost['test']};"
        f" triggers placed by choice among more occurrences than mentions: {chosen})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
