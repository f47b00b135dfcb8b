#!/usr/bin/env python3
"""Re-check the built Wikinews sets (local/{dev,test}.jsonl of wikinews_timex and wikinews_places).

Independent of the build: every span must index its record's text (`text[start:end] ==
span.text`), TIMEX3 values must have a TimeML form, a weekday or month named in a timex must
agree with its value, "yesterday"/"today"/"tomorrow" must agree with the record's `dct`, and
coordinates must be in range. Prints counts; exits 1 on an error. Disagreements that are
right by the annotation (a quoted "today" said the day before publication) are listed as
notes, not errors, when the timex carries a `note`.

    python3 verify.py
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from collections import Counter
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent
VALUE = re.compile(
    r"^(?:\d{4}(?:-\d{2}(?:-\d{2}(?:T(?:\d{2}:\d{2}(?::\d{2})?|MO|AF|EV|NI))?)?)?"
    r"|\d{4}-W\d{2}(?:-WE)?|\d{4}-(?:SP|SU|FA|WI|H[12]|Q[1-4])|\d{2,3}"
    r"|PRESENT_REF|PAST_REF|FUTURE_REF"
    r"|P(?:\d+(?:\.\d+)?|X)(?:Y|M|W|D|DE|CE|WE)|PT(?:(?:\d+(?:\.\d+)?|X)[HMS])+)$"
)
DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]


def read(path: Path) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def span_errors(record: dict[str, object], key: str) -> list[str]:
    text = str(record["text"])
    return [
        f"{record['id']}: {s['text']!r} does not index the text"
        for s in record[key]  # type: ignore[attr-defined]
        if text[s["start"] : s["end"]] != s["text"]
    ]


def timex_problems(record: dict[str, object]) -> list[str]:
    dct = dt.date.fromisoformat(str(record["dct"]))
    problems = []
    for t in record["timex"]:  # type: ignore[attr-defined]
        words, value = t["text"].lower(), t["value"]
        if not VALUE.match(value):
            problems.append(f"bad value {value!r} for {t['text']!r}")
        m = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
        day = dt.date(*map(int, m.groups())) if m else None
        checks = [
            (day is not None and any(d in words for d in DAYS) and DAYS[day.weekday()] not in words, "day"),
            (m is not None and any(re.search(rf"\b{n}\b", words) for n in MONTHS)
             and not re.search(rf"\b{MONTHS[int(m.group(2)) - 1]}\b", words), "month"),
            ("yesterday" in words and day != dct - dt.timedelta(1), "yesterday"),
            ("tomorrow" in words and day != dct + dt.timedelta(1), "tomorrow"),
            ("today" in words and value != "PRESENT_REF" and day != dct, "today"),
        ]  # fmt: skip
        problems += [f"{name}: {t['text']!r} = {value}" + (" (noted)" if "note" in t else "")
                     for failed, name in checks if failed]  # fmt: skip
    return [f"{record['id']}: {p}" for p in problems]


def check_set(name: str, key: str) -> tuple[list[str], list[str]]:
    errors, notes = [], []
    for half in ("dev", "test"):
        path = DATA / name / "local" / f"{half}.jsonl"
        records = read(path)
        spans = [s for r in records for s in r[key]]  # type: ignore[attr-defined]
        for record in records:
            errors += span_errors(record, key)
            if key == "timex":
                found = timex_problems(record)
                errors += [p for p in found if not p.endswith("(noted)")]
                notes += [p for p in found if p.endswith("(noted)")]
        kinds = Counter(s["type"] if key == "timex" else s["feature"] for s in spans)
        print(f"{name}/{half}: {len(records)} articles, {len(spans)} {key}, {dict(sorted(kinds.items()))}")
        if key == "toponyms":
            errors += [
                f"{s['text']}: coordinates"
                for s in spans
                if not (-90 <= s["lat"] <= 90 and -180 <= s["lon"] <= 180)
            ]
    return errors, notes


def main() -> None:
    errors, notes = [], []
    for name, key in (("wikinews_timex", "timex"), ("wikinews_places", "toponyms")):
        e, n = check_set(name, key)
        errors += e
        notes += n
    for note in notes:
        print("note:", note)
    for error in errors:
        print("ERROR:", error)
    print("all spans index their text" if not any("index" in e for e in errors) else "span errors found")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
