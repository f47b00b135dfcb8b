"""The annotator's lines (annotations.txt) -> stand-off records (../annotations.jsonl).

annotations.txt holds one line per event, as the annotator wrote it while reading the numbered
sentences (`sid | TYPE | mode | trigger | source | target | modality [| note]`, format in its
header). This resolves every span inside its sentence by exact, whole-word match and stops on
any span that is missing or ambiguous, so every offset is the annotator's own words. The records
carry the sentence spans and each text's SHA-256, never the text. Standard library only.
"""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path
from typing import Any

from texts import Span

HERE = Path(__file__).resolve().parent
AUTHORING = HERE / "annotations.txt"
MODALITIES = ("asserted", "negated", "uncertain")

Record = dict[str, Any]


def parse_span(spec: str) -> tuple[str, int, str | None]:
    """'text', 'text#2' (second occurrence in the sentence), 'he => Bruce McArthur' (antecedent)."""
    antecedent = None
    if " => " in spec:
        spec, antecedent = spec.split(" => ", 1)
    nth = 1
    hit = re.fullmatch(r"(.*)#(\d+)", spec)
    if hit:
        spec, nth = hit.group(1), int(hit.group(2))
    return spec, nth, antecedent


def locate(text: str, sent: Span, spec: str, where: str) -> Record | None:
    if spec == "-":
        return None
    phrase, nth, antecedent = parse_span(spec)
    pattern = r"(?<!\w)" + re.escape(phrase) + r"(?!\w)"
    found = [m.start() for m in re.finditer(pattern, text[sent[0] : sent[1]])]
    if len(found) < nth or (nth == 1 and len(found) > 1 and "#" not in spec):
        sys.exit(f"{where}: {phrase!r} occurs {len(found)} times in the sentence")
    start = sent[0] + found[nth - 1]
    span: Record = {"start": start, "end": start + len(phrase), "text": phrase}
    if antecedent is not None:
        span["antecedent"] = antecedent
    return span


def parse_event(line: str, text: str, sent: Span, where: str) -> Record:
    """One annotation line: sid | TYPE | mode | trigger | source | target | modality [| note]."""
    fields = [f.strip() for f in line.split("|")]
    if len(fields) not in (7, 8):
        sys.exit(f"{where}: expected 7 or 8 fields: {line!r}")
    _sid, etype, mode, trigger, source, target, modality = fields[:7]
    if modality not in MODALITIES:
        sys.exit(f"{where}: bad modality {modality!r}")
    trig = locate(text, sent, trigger, where)
    if trig is None:
        sys.exit(f"{where}: an event needs a trigger")
    src = locate(text, sent, source, where)
    tgt = locate(text, sent, target, where)
    event: Record = {
        "type": etype,
        "mode": None if mode == "-" else mode,
        "trigger": trig,
        "source": src,
        "target": tgt,
        "modality": modality,
    }
    for role, span in (("source", src), ("target", tgt)):
        if span is not None and "antecedent" in span:
            event[f"{role}_antecedent"] = span.pop("antecedent")
    if len(fields) == 8 and fields[7]:
        event["note"] = fields[7]
    return event


def read_annotations(path: Path = AUTHORING) -> dict[str, dict[int, list[str]]]:
    """'@ article-id' starts an article; 'sid | ...' lines are events; '#' lines are comments."""
    notes: dict[str, dict[int, list[str]]] = {}
    current = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@ "):
            current = line[2:].strip()
            notes.setdefault(current, {})
            continue
        if current is None:
            sys.exit(f"annotation before any '@ article': {line!r}")
        sid = int(line.split("|", 1)[0])
        notes[current].setdefault(sid, []).append(line)
    return notes


def anchor_article(head: Record, text: str, spans: list[Span], lines: dict[int, list[str]]) -> Record:
    """The stand-off record of one article: `head` (id, url, ...) plus hash and sentences."""
    aid = head["id"]
    if set(lines) - set(range(1, len(spans) + 1)):
        sys.exit(f"{aid}: annotation for a sentence number beyond {len(spans)}")
    sentences = []
    for sid, (start, end) in enumerate(spans, 1):
        where = f"{aid} sentence {sid}"
        events = [parse_event(line, text, (start, end), where) for line in lines.get(sid, [])]
        sentences.append({"sid": sid, "start": start, "end": end, "events": events})
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return {**head, "sha256": sha, "sentences": sentences}
