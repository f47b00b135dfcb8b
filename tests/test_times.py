"""Time expressions: recognition, normalisation against the publication date, the stage, the scorer."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.evaluate.records import demo_articles, read_jsonl
from eventwire.evaluate.tempeval import eventwire_finder, score_tempeval
from eventwire.model import Article, TimeExpr
from eventwire.nlp import FakeBackend, SpacyBackend
from eventwire.times import TimesStage, find_times
from eventwire.times.recognise import NEEDS, Candidate, find_candidates, rules

THURSDAY = "2021-12-09"  # the seed story's publication date


def values(text: str, published: str | None = THURSDAY, parse: object = None) -> dict[str, str]:
    return {t.text: t.value for t in find_times(text, published, parse)}  # type: ignore[arg-type]


def one(text: str, published: str | None = THURSDAY) -> TimeExpr:
    found = find_times(text, published)
    assert len(found) == 1, found
    return found[0]


# --- absolute dates -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        ("The deal was signed on December 31, 2021 in Paris.", "December 31, 2021", "2021-12-31"),
        ("The deal was signed on 31 December 2021 in Paris.", "31 December 2021", "2021-12-31"),
        ("The deal was signed on 2021-12-31 in Paris.", "2021-12-31", "2021-12-31"),
        ("The deal was signed on 12/31/2021 in Paris.", "12/31/2021", "2021-12-31"),
        ("The deal was signed on 31/12/2021 in Paris.", "31/12/2021", "2021-12-31"),
        ("Lawmakers voted in January 2020 to leave.", "January 2020", "2020-01"),
        ("Troops invaded in March 2003.", "March 2003", "2003-03"),
        ("The party was founded in 1994 by students.", "1994", "1994"),
        ("Prices rose sharply in the 1990s.", "the 1990s", "199"),
        ("It was the bloodiest war of the 20th century.", "the 20th century", "19"),
        ("Profits fell in the third quarter of 2020.", "the third quarter of 2020", "2020-Q3"),
        ("The budget for fiscal 2022 was cut.", "fiscal 2022", "2022"),
        ("Elections were held on Monday, Dec. 6, 2021, nationwide.", "Monday, Dec. 6, 2021", "2021-12-06"),
    ],
)
def test_absolute_dates(sentence: str, span: str, value: str) -> None:
    assert values(sentence)[span] == value


def test_ambiguous_numeric_date_prefers_reading_near_publication() -> None:
    # 03/12/2021 is 12 March (US) or 3 December (day first); a December story means December.
    assert one("Police said the raid on 03/12/2021 was planned.").value == "2021-12-03"
    assert one("Police said the raid on 03/12/2021 was planned.", "2021-03-10").value == "2021-03-12"


def test_year_range_gives_two_years() -> None:
    assert [t.value for t in find_times("The expedition of 1957-58 crossed the ice.", THURSDAY)] == [
        "1957",
        "1958",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Some 2,500 personnel remain in the country.",
        "The measure won 2011 votes in the assembly.",
        "Inflation reached 2011% under the old regime.",
        "The council passed Resolution 2254 unanimously.",
        "Call 555-2011 for details.",
        "Turnout was 45 percent, or $2015 per head.",
    ],
)
def test_numbers_that_are_not_years(sentence: str) -> None:
    assert find_times(sentence, THURSDAY) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "He may go to the talks if invited.",
        "Protesters joined a march on parliament.",
        "The editor of the Sunday Times resigned.",
        "Britain's prime minister Theresa May resigned.",
        "He finished second in the race.",
        "She told USA Today that the talks had failed.",
        "He writes for the Daily Mail in London.",
        "Winds reached 75 miles per hour (120 kilometers per hour).",
    ],
)
def test_words_that_are_not_times(sentence: str) -> None:
    assert find_times(sentence, THURSDAY) == []


def test_may_as_a_month_when_licensed() -> None:
    assert values("The report is due to be published in May.")["May"] == "2022-05"
    assert values("Talks ended in May last year.")["May"] == "2020-05"


# --- relative dates -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        ("Militants attacked a base last Friday.", "last Friday", "2021-12-03"),
        ("Two soldiers were killed on Tuesday.", "Tuesday", "2021-12-07"),
        ("Iraq said Thursday that troops had left.", "Thursday", "2021-12-09"),
        ("The ministers will meet on Monday in Geneva.", "Monday", "2021-12-13"),
        ("The ministers will meet next Monday in Geneva.", "next Monday", "2021-12-13"),
        ("Troops will be out of the country by Dec. 31.", "Dec. 31", "2021-12-31"),
        ("The ceasefire began on Feb. 28 after talks.", "Feb. 28", "2021-02-28"),
        ("Today we finished the last round of talks.", "Today", "2021-12-09"),
        ("The rebels withdrew yesterday.", "yesterday", "2021-12-08"),
        ("The vote is tomorrow.", "tomorrow", "2021-12-10"),
        ("Talks resume this week.", "this week", "2021-W49"),
        ("Talks collapsed last week.", "last week", "2021-W48"),
        ("Fighting flared earlier this month.", "earlier this month", "2021-12"),
        ("Fighting flared last month.", "last month", "2021-11"),
        ("The mission ended last year.", "last year", "2020"),
        ("Elections are due next year.", "next year", "2022"),
        ("Riots broke out last summer.", "last summer", "2021-SU"),
        ("The minister spoke this morning.", "this morning", "2021-12-09TMO"),
        ("The coup happened four years ago.", "four years ago", "2017"),
        ("He was fired in July.", "July", "2021-07"),
        ("Protesters clashed with police over the weekend.", "the weekend", "2021-W48-WE"),
        ("They will rally over the weekend.", "the weekend", "2021-W49-WE"),
        ("The events of this past weekend were grim.", "this past weekend", "2021-W48-WE"),
        ("Prices rose in mid-December.", "mid-December", "2021-12"),
        ("Students marched in January of this year.", "January of this year", "2021-01"),
        ("The biggest rally was on September 20 of last year.", "September 20 of last year", "2020-09-20"),
        ("The 2009–2010 season ended.", "2010", "2010"),
        ("The law takes effect in March.", "March", "2022-03"),
    ],
)
def test_relative_dates(sentence: str, span: str, value: str) -> None:
    assert values(sentence)[span] == value


@pytest.mark.model
def test_this_weekend_follows_the_tense(spacy_backend: SpacyBackend) -> None:
    tuesday = "2019-07-23"
    for text, value in [
        ("The storm formed over the Bahamas this weekend.", "2019-W29-WE"),
        ("They will rally this weekend.", "2019-W30-WE"),
    ]:
        parse = spacy_backend.parse_many([text])[0]
        assert values(text, tuesday, parse)["this weekend"] == value, text


def test_month_with_relative_year_is_split_so_each_part_keeps_its_value() -> None:
    assert values("The alliance became an advisory mission in July last year.") == {
        "July": "2020-07",
        "last year": "2020",
    }


@pytest.mark.model
def test_tense_from_the_parse(spacy_backend: SpacyBackend) -> None:
    text = "Officials said the ministers would meet on Saturday, after rebels attacked on Saturday."
    parse = spacy_backend.parse_many([text])[0]
    found = find_times(text, THURSDAY, parse)
    assert [t.value for t in found] == ["2021-12-11", "2021-12-04"]


@pytest.mark.model
def test_parse_sharpens_names_counts_and_modifiers(spacy_backend: SpacyBackend) -> None:
    cases = {
        "May was the wettest month on record, officials said.": [("May", "2021-05")],
        "The party fielded 2000 candidates across the country.": [],
        "Winter storms hit the region on Friday.": [("Friday", "2021-12-03")],
        "Hungarian daily newspaper Magyar Nemzet reported it.": [],
        "He said the Sunday Times had lied.": [],
    }
    for text, want in cases.items():
        parse = spacy_backend.parse_many([text])[0]
        assert [(t.text, t.value) for t in find_times(text, THURSDAY, parse)] == want, text


def test_anaphoric_dates_take_the_date_before_them() -> None:
    text = (
        "Rebels attacked on March 3, 2020. The same day, troops withdrew; the next morning they returned. "
        "That year was bloody. The following year was calm."
    )
    assert [(t.text, t.type, t.value) for t in find_times(text, None)] == [
        ("March 3, 2020", "DATE", "2020-03-03"),
        ("The same day", "DATE", "2020-03-03"),
        ("the next morning", "TIME", "2020-03-04TMO"),
        ("That year", "DATE", "2020"),
        ("The following year", "DATE", "2021"),
    ]
    assert find_times("That day was long.", THURSDAY) == []  # nothing earlier to date it by


@pytest.mark.model
def test_until_and_month_modifiers_do_not_follow_the_clause_tense(spacy_backend: SpacyBackend) -> None:
    cases = [
        ("Parliament was suspended until October 14.", "2019-09-24", "October 14", "2019-10-14"),
        ("Monday's bid for October elections failed.", "2019-09-11", "October", "2019-10"),
        ("He served as envoy until December.", "2019-10-08", "December", "2018-12"),
    ]
    for text, published, span, value in cases:
        parse = spacy_backend.parse_many([text])[0]
        assert values(text, published, parse)[span] == value, text


@pytest.mark.model
def test_prospective_verbs_passives_and_prepositional_participles(spacy_backend: SpacyBackend) -> None:
    cases = [
        # a present passive is no past: the nearest February 4
        ("Sentencing is scheduled for February 4.", "2019-02-01", "February 4", "2019-02-04"),
        # looked ahead from before publication: the nearest Wednesday, here the next one
        ("It was forecast to reach Florida possibly on Wednesday.", "2019-07-23", "Wednesday", "2019-07-24"),
        # "according to", "following": the tense is that of the clause above them
        ("According to the agency, Wednesday's quake was the strongest.", "2019-10-22", "Wednesday",
         "2019-10-16"),
        ("Officials declared a state of calamity following Wednesday's quake.", "2019-10-22", "Wednesday",
         "2019-10-16"),
        ("He agreed to sell the company in October.", "2019-12-10", "October", "2019-10"),
    ]  # fmt: skip
    for text, published, span, value in cases:
        parse = spacy_backend.parse_many([text])[0]
        assert values(text, published, parse)[span] == value, text


def test_clock_takes_the_date_beside_it() -> None:
    assert values("The vote was held on Tuesday at 3 p.m. in Kabul.")["3 p.m."] == "2021-12-07T15:00"
    assert values("They will meet at 10 a.m. on March 3.")["10 a.m."] == "2022-03-03T10:00"
    # a clock time and the day word beside it are one expression, as TIMEX3 marks them
    assert values("Fighting resumed at 22:30 yesterday.")["22:30 yesterday"] == "2021-12-08T22:30"
    assert values("The craft docked today at 1429 UTC.")["today at 1429 UTC"] == "2021-12-09T14:29"


def test_clock_takes_the_day_of_its_sentence_or_the_day_the_story_is_at() -> None:
    # a date later in the same sentence, past a bracketed gloss
    found = values("The quake struck at 7:37 p.m. local time (1137 UTC) on Wednesday.")
    assert found["7:37 p.m. local time"] == found["1137 UTC"][:10] + "T19:37"
    assert found["1137 UTC"] == "2021-12-08T11:37"
    # no date in its sentence: the last day the story named
    text = "A fire destroyed 200 homes yesterday. The blaze broke out at around 3:30 a.m. in the slum."
    assert values(text)["3:30 a.m."] == "2021-12-08T03:30"
    # none at all: the publication date
    assert values("The vote closes at 3 p.m. in the capital.")["3 p.m."] == "2021-12-09T15:00"
    # four digits are a clock time only with a universal zone
    assert "1700" not in values("About 1700 people fled.")


def test_without_publication_date_only_what_the_text_fixes() -> None:
    assert values("It ends on Dec. 31 and began in 2014, two years ago.", None) == {
        "Dec. 31": "XXXX-12-31",
        "2014": "2014",
        "two years ago": "PAST_REF",
    }
    assert find_times("Talks collapsed last week.", None) == []


# --- durations, times, sets, references -----------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "span", "type_", "value"),
    [
        ("The network broke down over the past two years.", "the past two years", "DURATION", "P2Y"),
        ("More than 18 years later, the system is corrupt.", "More than 18 years", "DURATION", "P18Y"),
        ("The past week has been violent.", "The past week", "DURATION", "P1W"),
        ("In a statement hours later, he spoke.", "hours", "DURATION", "PTXH"),
        ("The siege lasted three days.", "three days", "DURATION", "P3D"),
        ("The conflict has lasted decades.", "decades", "DURATION", "PXDE"),
        ("There have been no troops there for months.", "months", "DURATION", "PXM"),
        ("A four-week closure will begin.", "four-week", "DURATION", "P4W"),
        # ages are lengths, as TimeML marks them
        ("The 22-year-old son was arrested.", "22-year-old", "DURATION", "P22Y"),
        ("Conway was 82 years old.", "82 years", "DURATION", "P82Y"),
        (
            "His time was 1 hour 59 minutes 40.2 seconds.",
            "1 hour 59 minutes 40.2 seconds",
            "DURATION",
            "PT1H59M40.2S",
        ),
        ("He served two years and six months in jail.", "two years and six months", "DURATION", "P2Y6M"),
        ("The vote closes at 3 p.m. in the capital.", "3 p.m.", "TIME", "2021-12-09T15:00"),
        ("The match was postponed to 15:00 GMT.", "15:00 GMT", "TIME", "2021-12-09T15:00"),
        ("The ministers met at noon.", "noon", "TIME", "2021-12-09T12:00"),
        ("The summit is held every year in Davos.", "every year", "SET", "P1Y"),
        ("The agency publishes the figures annually.", "annually", "SET", "P1Y"),
        ("Inspectors visit each week.", "each week", "SET", "P1W"),
        ("Protesters gather on Fridays.", "Fridays", "SET", "XXXX-WXX-5"),
        ("The rebels are now in retreat.", "now", "DATE", "PRESENT_REF"),
        ("The group has recently regrouped.", "recently", "DATE", "PAST_REF"),
    ],
)
def test_durations_times_sets(sentence: str, span: str, type_: str, value: str) -> None:
    found = {t.text: t for t in find_times(sentence, THURSDAY)}
    assert (found[span].type, found[span].value) == (type_, value)


def test_spans_are_sorted_non_overlapping_and_exact() -> None:
    text = "On Monday, Dec. 6, the past two years ended; last year in July, at 3 p.m., 2011 and 2014."
    found = find_times(text, THURSDAY)
    assert [t.start for t in found] == sorted(t.start for t in found)
    for a, b in itertools.pairwise(found):
        assert a.end <= b.start
    assert all(text[t.start : t.end] == t.text for t in found)


# --- stage ----------------------------------------------------------------------------------


def test_stage_works_with_and_without_a_parse(fake_backend: FakeBackend) -> None:
    text = "Iraq said Thursday that troops left last year."
    bare = Article(id="a", text=text, published=THURSDAY)
    parsed = bare.with_(parse=fake_backend.parse(text))
    stage = TimesStage()
    for article in (bare, parsed):
        [out] = stage([article])
        assert [(t.text, t.value) for t in out.times] == [("Thursday", "2021-12-09"), ("last year", "2020")]
    assert TimesStage.requires == frozenset({"parse"}) and TimesStage.assigns == frozenset({"times"})


TIMEISH = [
    *"0123456789 ,.-/:'’\n",
    "May ",
    "Dec. ",
    "last ",
    "next ",
    "years",
    "week",
    "Friday",
    "the ",
    "ago",
    "p.m.",
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(TIMEISH), max_size=40).map("".join) | st.text(max_size=60),
    st.sampled_from([None, THURSDAY, "2000-02-29", "not a date"]),
)
def test_never_raises_and_spans_match(text: str, published: str | None) -> None:
    for t in find_times(text, published):
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start : t.end] == t.text


def test_scorer_strict_relaxed_and_value() -> None:
    text = "He left last Friday and came back two years later."
    gold = [
        {"start": 8, "end": 19, "text": "last Friday", "type": "DATE", "value": "2021-12-03"},
        {"start": 34, "end": 43, "text": "two years", "type": "DURATION", "value": "P2Y"},
    ]
    record = {"id": "x", "dct": THURSDAY, "text": text, "timex": gold}

    def find(text: str, dct: str) -> list[TimeExpr]:
        return [
            TimeExpr(text="Friday", start=13, end=19, type="DATE", value="2021-12-03"),
            TimeExpr(text="two years", start=34, end=43, type="DURATION", value="P3Y"),
            TimeExpr(text="back", start=29, end=33, type="DATE", value="PAST_REF"),
        ]

    scores = score_tempeval([record], find)
    assert scores["strict"] == {"precision": 0.3333, "recall": 0.5, "f1": 0.4}
    assert scores["relaxed"]["recall"] == 1.0 and scores["relaxed"]["precision"] == 0.6667
    assert scores["value"]["recall"] == 0.5
    assert len(scores["errors"][0]["errors"]) == 2  # one wrong value, one spurious


# --- gold -----------------------------------------------------------------------------------

SEED_EXPECTED = {
    "Thursday": "2021-12-09",
    "last Friday": "2021-12-03",
    "Tuesday": "2021-12-07",
    "January 2020": "2020-01",
    "March 2003": "2003-03",
    "Dec. 31": "2021-12-31",
    "2011": "2011",
    "2014": "2014",
    "last year": "2020",
    "two years": "P2Y",
    "18 years": "P18Y",
    "Today": "2021-12-09",
}


@pytest.mark.gold
@pytest.mark.model
def test_seed_article(gold_dir: Path, spacy_backend: SpacyBackend) -> None:
    expect = json.loads((gold_dir / "seed" / "expect.json").read_text(encoding="utf-8"))
    raw = (gold_dir / "seed" / "article.txt").read_text(encoding="utf-8")
    text = raw.replace(".July last year HTML1", "July last year")  # what the cleaner does
    found = find_times(text, expect["published"], spacy_backend.parse_many([text])[0])
    for phrase, value in SEED_EXPECTED.items():
        at = [k for k in range(len(text)) if text.lower().startswith(phrase.lower(), k)]
        assert at, phrase
        for k in at:
            hits = [t for t in found if t.start < k + len(phrase) and k < t.end]
            assert hits and all(t.value == value for t in hits), (phrase, k, hits)


@pytest.mark.gold
@pytest.mark.model
def test_tempeval_value_f1_floor(gold_dir: Path) -> None:
    records = read_jsonl(gold_dir / "tempeval3_test" / "records.jsonl")
    scores = score_tempeval(records, eventwire_finder("spacy"))
    assert scores["value"]["f1"] >= 0.84, scores["value"]
    assert scores["relaxed"]["f1"] >= 0.9, scores["relaxed"]


def test_a_rule_skipped_for_want_of_its_words_would_have_found_nothing() -> None:
    """find_candidates skips a rule whose rare words (recognise.NEEDS) are all absent; the full scan of
    every rule finds exactly the same candidates, on the bundled corpus and on texts with those words."""

    def every_rule(text: str) -> list[Candidate]:
        return [
            Candidate(m.start(), m.end(), kind, {k: v for k, v in m.groupdict().items() if v is not None})
            for kind, pattern in rules()
            for m in pattern.finditer(text)
            if m.end() > m.start()
        ]

    texts = [a["text"] for a in demo_articles()] + [
        "Two years ago, at 1700 UTC, a 44-year-old man came at noon, twice a week, in the 20th century.",
        "In the first quarter, three days AGO, the 12-YEAR-OLD girl left at midnight GMT.",
    ]
    found = 0
    for text in texts:
        assert list(find_candidates(text)) == every_rule(text)
        found += sum(c.kind in NEEDS for c in every_rule(text))
    assert found >= 10
