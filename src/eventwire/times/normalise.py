"""Turn a candidate into a TIMEX3 type and value, or reject it.

One function per kind of candidate.  Relative expressions resolve against the
publication date (the anchor) and the tense of their clause; with no anchor
they keep only what the text itself fixes ("XXXX-12-31", "P2Y"), or are
dropped when nothing is left.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from eventwire.times.anaphora import anaphor_value
from eventwire.times.calendar import (
    day_value,
    day_year,
    month_value,
    month_year,
    safe_date,
    season_year,
    shift_month,
    week_value,
    weekday_date,
)
from eventwire.times.clocks import UNDATED
from eventwire.times.context import Context
from eventwire.times.lexicon import lexicon, number_value, singular
from eventwire.times.recognise import Candidate, amount_pattern
from eventwire.times.values import (
    clock_value,
    compound_duration,
    duration_value,
    expand_year,
    pick_numeric_reading,
    relative_value,
    vague_duration,
)

#: "July last year", "May of next year": the year a bare month belongs to, said after it.
_NAMED_YEAR = re.compile(r"\s+(?:of\s+)?(last|this|next)\s+year\b", re.IGNORECASE)
_QUANTITY_LABELS = frozenset({"CARDINAL", "MONEY", "QUANTITY", "PERCENT", "ORDINAL"})
_DETERMINERS = frozenset({"the", "its", "his", "her", "their", "our", "this", "that", "a", "an"})
_CLOCK_PREPOSITIONS = frozenset(
    {"at", "by", "until", "till", "from", "before", "after", "around", "since", "to"}
)
Timex = tuple[str, str]  # (type, value)
Normaliser = Callable[[Candidate, Context], Timex | None]

_FULL_MONTHS = frozenset(
    {
        "january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december",
    }
)  # fmt: skip


def normalise(c: Candidate, ctx: Context) -> Timex | None:
    return NORMALISERS[c.kind](c, ctx)


def iso(c: Candidate, ctx: Context) -> Timex | None:
    day = safe_date(int(c.parts["year"]), int(c.parts["mon"]), int(c.parts["day"]))
    if day is None:
        return None
    if "h" in c.parts and int(c.parts["h"]) < 24:
        return "TIME", f"{day_value(day)}T{c.parts['h']}:{c.parts['m']}"
    return "DATE", day_value(day)


def numeric(c: Candidate, ctx: Context) -> Timex | None:
    year = expand_year(c.parts["y"])
    day_first = c.parts["sep"] == "."  # 31.12.2021 is European; 12/31/2021 American unless impossible
    day = pick_numeric_reading(int(c.parts["a"]), int(c.parts["b"]), year, day_first, ctx.anchor)
    return ("DATE", day_value(day)) if day is not None else None


def month_day(c: Candidate, ctx: Context) -> Timex | None:
    month = month_number(c, ctx, licensed=True)
    day = int(c.parts["day"])
    if month is None or safe_date(2000, month, day) is None:
        return None
    if "year" in c.parts:
        exact = safe_date(int(c.parts["year"]), month, day)
        return ("DATE", day_value(exact)) if exact else None
    if ctx.anchor is None:
        return "DATE", f"XXXX-{month:02d}-{day:02d}"
    year = named_year(c, ctx, ctx.anchor) or day_year(ctx.anchor, month, day, ctx.day_tense(c.start, c.end))
    if safe_date(year, month, day) is None:
        return None
    return "DATE", f"{year:04d}-{month:02d}-{day:02d}"


def month_year_(c: Candidate, ctx: Context) -> Timex | None:
    month = month_number(c, ctx, licensed=True)
    return ("DATE", month_value(int(c.parts["year"]), month)) if month else None


def bare_month(c: Candidate, ctx: Context) -> Timex | None:
    # The model's DATE entities are a recall aid here: they vouch for "May" at a sentence start.
    licensed = (
        "mod" in c.parts
        or "rel" in c.parts
        or ctx.word_before(c.start).lower() in lexicon().month_licensors
        or ctx.entity_label(c.start, c.end) == "DATE"
    )
    month = month_number(c, ctx, licensed=licensed)
    if month is None or c.parts["month"].lower() not in _FULL_MONTHS or ctx.looks_like_name(c.start, c.end):
        return None
    if ctx.anchor is None:
        return "DATE", f"XXXX-{month:02d}"
    year_ = named_year(c, ctx, ctx.anchor)
    if year_ is not None:
        return "DATE", month_value(year_, month)  # "July last year", "January of this year"
    rel = c.parts.get("rel", "").lower()
    # "October elections": a month naming a kind of thing does not share its clause's tense
    modifier = ctx.dep_at(c.end - len(c.parts["month"])) in {"compound", "nmod", "amod"}
    tense = "none" if modifier else ctx.tense(c.start, c.end)
    return "DATE", month_value(month_year(ctx.anchor, month, rel, tense), month)


def named_year(c: Candidate, ctx: Context, anchor: date) -> int | None:
    """The year said after a month: inside the expression ("January of this year") or just
    after it as one of its own ("July last year", which stays two expressions)."""
    word = c.parts.get("ofyear")
    if word is None:
        after = _NAMED_YEAR.match(ctx.text, c.end)
        word = after.group(1) if after else None
    return anchor.year + {"last": -1, "this": 0, "next": 1}[word.lower()] if word else None


def month_number(c: Candidate, ctx: Context, licensed: bool) -> int | None:
    """The month of a candidate, unless its name is a common word here ("he may go", "a march")."""
    name = c.parts["month"]
    start = c.start + ctx.text[c.start : c.end].find(name)
    if not name[:1].isupper():
        return None
    if name.lower() in lexicon().ambiguous_months and not licensed:
        return None
    if ctx.pos_at(start) in {"MD", "VB", "VBP", "VBZ", "VBD"}:
        return None
    return lexicon().months[name.lower().rstrip(".")]


def year(c: Candidate, ctx: Context) -> Timex | None:
    value = int(c.parts["year"])
    if "plural" in c.parts and not c.parts["plural"].startswith(("'", "’")):
        return None  # "1990s" is a decade
    if not plausible_year(c, ctx, value):
        return None
    return "DATE", str(value)


def plausible_year(c: Candidate, ctx: Context, value: int) -> bool:
    lex = lexicon()
    year_start = c.end - len(c.parts["year"]) - len(c.parts.get("plural", ""))
    before = ctx.word_before(year_start).lower()
    after = ctx.word_after(c.end).lower()
    if value > 2099 or (value < 1800 and before not in lex.year_prepositions):
        return False
    if before in lex.not_year_after or after in lex.count_nouns or after.upper() in lex.time_zones:
        return False
    if before not in lex.year_prepositions and ctx.entity_label(year_start, c.end) in _QUANTITY_LABELS:
        return False  # the model reads it as a count or an amount, and no preposition says otherwise
    if (
        ctx.text[max(0, year_start - 4) : year_start].rstrip().endswith(("-", "–"))
        and not ctx.text[max(0, year_start - 5) : year_start - 1].isdigit()
    ):
        return False  # a phone or serial number: "555-2011"
    return not counts_things(ctx, year_start, before, after)


def counts_things(ctx: Context, year_start: int, before: str, after: str) -> bool:
    """True when the number counts the noun after it ("2011 votes", "about 2000 people")."""
    if ctx.parse is not None:
        tok = ctx.parse.token_at_char(year_start)
        if before in _DETERMINERS:
            return False  # "the 2014 protests"
        if tok is not None and tok.dep == "nummod" and tok.head != tok.i:
            head = ctx.parse.tokens[tok.head]
            return head.tag in {"NNS", "NNPS"} and head.start > tok.start
        return False
    plural = after.endswith("s") and not after.endswith(("ss", "us", "is", "'s", "’s")) and after.islower()
    return plural and before in lexicon().count_words_before


def year_tail(c: Candidate, ctx: Context) -> Timex | None:
    first = int(ctx.text[c.start - 5 : c.start - 1])
    value = first // 100 * 100 + int(c.parts["tail"])
    return ("DATE", str(value)) if first < value <= first + 30 else None


def decade(c: Candidate, ctx: Context) -> Timex | None:
    if "d4" in c.parts:
        return "DATE", c.parts["d4"][:3]
    return "DATE", "19" + c.parts["d2"][0]


def century(c: Candidate, ctx: Context) -> Timex | None:
    n = int(c.parts["n"]) if "n" in c.parts else lexicon().ordinals.get(c.parts["nw"].lower())
    return ("DATE", f"{n - 1:02d}") if n else None


def relative(c: Candidate, ctx: Context) -> Timex | None:
    rel = " ".join(c.parts.get("rel", "").lower().split())
    unit = singular(c.parts["unit"])
    if unit == "weekend" and rel in {"the", "this"} and "mod" not in c.parts and ctx.anchor is not None:
        # "over the weekend", "this weekend": the one the clause's tense points at
        saturday = weekday_date(ctx.anchor, 6, "", ctx.tense(c.start, c.end))
        return "DATE", week_value(saturday) + "-WE"
    if rel == "that" or (not rel and "mod" not in c.parts) or (rel == "the" and "mod" not in c.parts):
        return None
    return relative_value(" ".join(singular(c.parts["unit"]).split()), rel, ctx.anchor)


def ago(c: Candidate, ctx: Context) -> Timex | None:
    if "num" not in c.parts or ctx.anchor is None:
        return "DATE", "PAST_REF"
    n = number_value(c.parts["num"])
    unit = singular(c.parts["unit"])
    if n is None:
        return None
    return "DATE", point_before(ctx.anchor, n, unit)


def point_before(anchor: date, n: int, unit: str) -> str:
    if unit == "year":
        return str(anchor.year - n)
    if unit == "decade":
        return str(anchor.year - 10 * n)
    if unit == "month":
        return month_value(*shift_month(anchor.year, anchor.month, -n))
    if unit == "week":
        return week_value(anchor - timedelta(weeks=n))
    if unit in {"day", "night"}:
        return day_value(anchor - timedelta(days=n))
    return day_value(anchor)


def duration(c: Candidate, ctx: Context) -> Timex | None:
    num = c.parts["num"].lower()
    unit = singular(c.parts["unit"])
    if unit in {"quarter", "weekend"} or (num in {"a", "an"} and unit == "second"):
        return None
    n = number_value(num) if not num[0].isdigit() else float(num)
    if n is None:
        return None
    before = ctx.text[max(0, c.start - 20) : c.start].lower()
    if num in {"a", "an"} and before.rstrip().endswith(
        ("million", "billion", "percent", "%", "times", "dollars")
    ):
        return "SET", duration_value(1, unit)  # "$5 billion a year"
    return "DURATION", duration_value(n, unit)


def duration_compound(c: Candidate, ctx: Context) -> Timex | None:
    amounts = []
    for m in amount_pattern().finditer(c.parts["amounts"]):
        n = number_value(m.group(1)) if not m.group(1)[0].isdigit() else float(m.group(1))
        if n is None:
            return None
        amounts.append((float(n), singular(m.group(2))))
    value = compound_duration(amounts)
    return ("DURATION", value) if value else None


def duration_vague_(c: Candidate, ctx: Context) -> Timex | None:
    unit = singular(c.parts["unit"])
    if unit in {"quarter", "weekend"}:
        return None
    return "DURATION", vague_duration(unit)


def weekday(c: Candidate, ctx: Context) -> Timex | None:
    name = c.parts["wd"]
    if not name[:1].isupper() or ctx.looks_like_name(c.start, c.end):
        return None
    number = lexicon().weekdays[name.lower()]
    if "plural" in c.parts:
        return "SET", f"XXXX-WXX-{number}"
    if ctx.anchor is None:
        return "DATE", f"XXXX-WXX-{number}"
    rel = c.parts.get("rel", "").lower()
    day = weekday_date(ctx.anchor, number, rel, ctx.day_tense(c.start, c.end))
    return with_part(day_value(day), c)


def with_part(day: str, c: Candidate) -> Timex:
    if "part" in c.parts:
        return "TIME", f"{day}T{lexicon().day_parts[c.parts['part'].lower()]}"
    return "DATE", day


def day_word(c: Candidate, ctx: Context) -> Timex | None:
    word = c.parts["dw"].lower()
    if c.parts["dw"][:1].isupper() and not ctx.sentence_initial(c.start):
        return None  # a capital mid-sentence makes it a title: "USA Today", "the Today programme"
    if ctx.anchor is None:
        return "DATE", {"yesterday": "PAST_REF", "tomorrow": "FUTURE_REF"}.get(word, "PRESENT_REF")
    if word == "tonight":
        return "TIME", f"{day_value(ctx.anchor)}TNI"
    return with_part(day_value(ctx.anchor + timedelta(days=lexicon().day_words[word])), c)


def part_of_day(c: Candidate, ctx: Context) -> Timex | None:
    if ctx.anchor is None:
        return None
    back = 1 if c.parts["rel"].lower() == "last" else 0
    code = lexicon().day_parts[c.parts["part"].lower()]
    return "TIME", f"{day_value(ctx.anchor - timedelta(days=back))}T{code}"


def clock(c: Candidate, ctx: Context) -> Timex | None:
    hour = int(c.parts["h"]) % 12 + (12 if c.parts.get("ampm", "").lower() == "p" else 0)
    return clock_on_day(c, ctx, hour)


def clock24(c: Candidate, ctx: Context) -> Timex | None:
    if not ({"tz", "dw"} & c.parts.keys()) and ctx.word_before(c.start).lower() not in _CLOCK_PREPOSITIONS:
        return None  # "3:16" alone may be a score or a verse; "at 22:30" is a time
    return clock_on_day(c, ctx, int(c.parts["h"]))


def clock_on_day(c: Candidate, ctx: Context, hour: int) -> Timex | None:
    """A clock time on the day the expression names ("Tuesday 3 p.m.", "1922 UTC yesterday");
    with none, an undated placeholder that :func:`eventwire.times.clocks.dated_clocks` dates
    from the text around it."""
    minute = int(c.parts.get("m", "0"))
    day = own_day(c, ctx)
    return "TIME", clock_value(day_value(day) if day else UNDATED, hour, minute)


def own_day(c: Candidate, ctx: Context) -> date | None:
    """The day a clock expression names itself: a weekday or "today"/"yesterday"/"tomorrow"."""
    if ctx.anchor is None:
        return None
    name = c.parts.get("wd") or c.parts.get("wd2")
    if name:
        return weekday_date(ctx.anchor, lexicon().weekdays[name.lower()], "", ctx.day_tense(c.start, c.end))
    word = c.parts.get("dw") or c.parts.get("dw2")
    if word:
        return ctx.anchor + timedelta(days=lexicon().day_words[word.lower()])
    return None


def noon(c: Candidate, ctx: Context) -> Timex | None:
    hour = 24 if c.parts["word"].lower() == "midnight" else 12
    return "TIME", clock_value(UNDATED, hour, 0)


def set_every(c: Candidate, ctx: Context) -> Timex | None:
    lex = lexicon()
    if c.parts["which"].lower() == "per":
        return None  # a rate ("75 miles per hour", "$15 per hour"), not a recurrence
    what = singular(c.parts["what"])
    step = 2 if "other" in c.parts else number_value(c.parts.get("num", "1")) or 1
    if what in lex.weekdays:
        return "SET", f"XXXX-WXX-{lex.weekdays[what]}"
    if what in lex.seasons:
        return "SET", f"XXXX-{lex.seasons[what]}"
    if what in lex.day_parts and what != "night":
        return "SET", f"XXXX-XX-XXT{lex.day_parts[what]}"
    return "SET", duration_value(step, "day" if what == "night" else what)


def set_times(c: Candidate, ctx: Context) -> Timex | None:
    return "SET", duration_value(1, singular(c.parts["unit"]))


def set_adverb(c: Candidate, ctx: Context) -> Timex | None:
    word = c.parts["adverb"]
    if (word[:1].isupper() and not ctx.sentence_initial(c.start)) or ctx.dep_at(c.start) == "amod":
        return None  # "Daily Mail", "a daily newspaper"
    return "SET", lexicon().set_adverbs[word.lower()]


def season(c: Candidate, ctx: Context) -> Timex | None:
    lex = lexicon()
    name = c.parts["season"].lower()
    code = lex.seasons[name]
    if "year" in c.parts:
        return "DATE", f"{c.parts['year']}-{code}"
    rel = c.parts.get("rel", "").lower()
    licensed = (
        rel not in {"", "the"}
        or "mod" in c.parts
        or ctx.word_before(c.start).lower() in lex.season_licensors
        or ctx.entity_label(c.start, c.end) == "DATE"
    )
    if not licensed or ctx.word_after(c.end).lower() == "of" or ctx.anchor is None:
        return None
    if ctx.pos_at(c.end - len(name)) in {"VB", "VBP", "VBD"} or season_is_modifier(c, ctx):
        return None
    year = season_year(ctx.anchor, lex.season_months[code], rel, ctx.tense(c.start, c.end))
    return "DATE", f"{year}-{code}"


def season_is_modifier(c: Candidate, ctx: Context) -> bool:
    """ "winter storm", "summer camp": the season names a kind of thing, not a time."""
    if ctx.parse is None:
        return False
    tok = ctx.parse.token_at_char(c.end - 1)
    return tok is not None and tok.dep in {"compound", "amod"}


def quarter(c: Candidate, ctx: Context) -> Timex | None:
    ordinal = c.parts["ord"].lower()
    number = {"1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "final": 4}.get(ordinal) or lexicon().ordinals.get(
        ordinal
    )
    if number is None or number > 4:
        return None
    return quarter_value(c, ctx, number)


def quarter_code(c: Candidate, ctx: Context) -> Timex | None:
    return quarter_value(c, ctx, int(c.parts["q"][1]))


def quarter_value(c: Candidate, ctx: Context, number: int) -> Timex | None:
    if "year" in c.parts:
        return "DATE", f"{c.parts['year']}-Q{number}"
    if ctx.anchor is None:
        return "DATE", f"XXXX-Q{number}"
    shift = {"last": -1, "this": 0, "next": 1}.get(c.parts.get("rel", "").lower(), 0)
    year_ = ctx.anchor.year + shift
    if "rel" not in c.parts and ctx.tense(c.start, c.end) == "past" and number > (ctx.anchor.month + 2) // 3:
        year_ -= 1
    return "DATE", f"{year_}-Q{number}"


def reference(c: Candidate, ctx: Context) -> Timex | None:
    phrase = " ".join(c.parts["ref"].lower().split())
    if phrase.startswith("the ") and ctx.word_after(c.end).lower() == "of":
        return None  # "the future of Iraq"
    if phrase == "now" and ctx.text[c.end : c.end + 1] == "-":
        return None  # "now-defunct"
    return "DATE", lexicon().references[phrase]


def anaphor(c: Candidate, ctx: Context) -> Timex | None:
    """A placeholder that :func:`eventwire.times.anaphora.resolve_anaphora` dates from the text before it."""
    shift = {"same": 0, "following": 1, "next": 1, "previous": -1, "preceding": -1}.get(
        c.parts.get("rel", ""), 0
    )
    unit = c.parts["unit"].lower()
    kind = "TIME" if unit in lexicon().day_parts else "DATE"
    return kind, anaphor_value(shift, unit)


NORMALISERS: dict[str, Normaliser] = {
    "iso": iso,
    "ymd": iso,
    "numeric": numeric,
    "month_day": month_day,
    "day_month": month_day,
    "month_year": month_year_,
    "month": bare_month,
    "year": year,
    "year_tail": year_tail,
    "decade": decade,
    "century": century,
    "relative": relative,
    "anaphor": anaphor,
    "anaphor_day": anaphor,
    "ago": ago,
    "duration": duration,
    "duration_compound": duration_compound,
    "age": duration,
    "duration_vague": duration_vague_,
    "duration_bare": duration_vague_,
    "weekday": weekday,
    "day_word": day_word,
    "part_of_day": part_of_day,
    "clock": clock,
    "clock24": clock24,
    "clock_utc": clock24,
    "noon": noon,
    "set_every": set_every,
    "set_times": set_times,
    "set_adverb": set_adverb,
    "season": season,
    "quarter": quarter,
    "quarter_code": quarter_code,
    "reference": reference,
}
