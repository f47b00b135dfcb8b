"""Cleaning: HTML extraction, title line, dateline, credits, boilerplate, spinner junk, whitespace."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.clean import clean
from eventwire.clean.boilerplate import boilerplate_reason
from eventwire.clean.credits import credit_line
from eventwire.clean.dateline import find_dateline
from eventwire.clean.spinner import remove_spinner_junk
from eventwire.errors import InputError
from eventwire.model import Article
from eventwire.read import RawDoc, iter_inputs

DEMO = Path(__file__).resolve().parent.parent / "src" / "eventwire" / "demo"
BODY = (
    "Officials said on Monday that the talks would resume next week in the capital.\n\n"
    "The minister declined to comment on the reports, which were first published by local media."
)


def cleaned(text: str, **fields: str) -> Article:
    return clean(RawDoc(source="test.txt", text=text, **fields))


def reasons(article: Article) -> dict[str, str]:
    return {r.text: r.reason for r in article.removed}


# --- the reference article ---------------------------------------------------------------------


def test_seed_article(gold_dir: Path) -> None:
    docs = list(iter_inputs([str(gold_dir / "seed" / "article.txt")]))
    assert len(docs) == 1 and isinstance(docs[0], RawDoc)
    article = clean(docs[0])
    for kept in (
        "Iraq said Thursday that American troops",
        "No one leader has ever been able",
        "Jiyad cautioned",
    ):
        assert kept in article.text
    for gone in ("Read More", "Related Posts", "HTML1", "contributed to this report", ".July"):
        assert gone not in article.text
    assert article.title is not None and "Iraq announces end to U.S." in article.title
    assert article.dateline is not None and article.dateline.text == "BAGHDAD"
    assert not article.text.startswith("BAGHDAD")
    assert "Mustafa Salim" in article.credits
    assert article.text.startswith("Iraq said Thursday") and article.source.endswith("article.txt")


# --- HTML ---------------------------------------------------------------------------------------


def _demo_expectations() -> dict[str, dict[str, str]]:
    with (DEMO / "articles.jsonl").open(encoding="utf-8") as lines:
        return {row["id"]: row for row in map(json.loads, lines)}


@pytest.mark.parametrize("page", sorted((DEMO / "html").glob("*.html")), ids=lambda p: p.stem[:40])
def test_demo_pages_come_out_paragraph_for_paragraph(page: Path) -> None:
    expected = _demo_expectations()[page.stem]
    article = clean(RawDoc(source=page.name, html=page.read_text(encoding="utf-8")))
    assert article.text.split("\n\n") == expected["text"].split("\n\n")
    assert article.title == expected["title"]
    assert article.published in (expected["published"], None)


def test_html_clutter_in_the_body_is_removed() -> None:
    paragraphs = [
        "The defence ministry said on Tuesday that three soldiers had been wounded in the border clash.",
        "Advertisement",
        "Story continues below advertisement",
        "Officials in the capital said that talks with the neighbouring government would continue.",
        "Read more: Border tensions rise after weeks of shelling",
        "ALSO READ: Ceasefire talks stall",
        "Image: Soldiers patrol the border region (Getty Images)",
        "Share this:",
        "The ministry gave no further details about the clash or the condition of the wounded men.",
    ]
    html = "<html><body><article>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</article></body></html>"
    article = clean(RawDoc(source="page.html", html=html))
    assert article.text.split("\n\n") == [paragraphs[0], paragraphs[3], paragraphs[8]]
    assert len(article.removed) == 6


def test_html_fallback_for_table_layouts() -> None:
    story = [
        "Protesters gathered outside parliament on Friday to demand the resignation of the cabinet.",
        "Police said the crowd numbered several thousand and that the gathering remained peaceful.",
        "Opposition leaders promised to return next week if the government did not respond.",
    ]
    html = (
        "<html><body><table><tr><td><a href='/'>Home</a> | <a href='/news'>News</a></td></tr>"
        "<tr><td class='story'>" + "<br><br>".join(story) + "</td></tr>"
        "<tr><td><a href='/a'>Other headline one</a><br><a href='/b'>Other headline two</a></td></tr>"
        "</table></body></html>"
    )
    article = clean(RawDoc(source="old.html", html=html))
    assert article.text.split("\n\n") == story


def test_html_with_no_text_is_an_input_error() -> None:
    with pytest.raises(InputError):
        clean(
            RawDoc(
                source="x.html", html="<html><body><img src='a.png'><script>var a=1;</script></body></html>"
            )
        )


# --- title line and dateline ---------------------------------------------------------------------


def test_title_line_becomes_title() -> None:
    article = cleaned("Rebels seize northern town\n\n" + BODY)
    assert article.title == "Rebels seize northern town"
    assert article.text == BODY


def test_first_line_that_is_a_sentence_stays() -> None:
    text = "Rebels seized a northern town on Sunday.\n\n" + BODY
    assert cleaned(text).text == text and cleaned(text).title is None


def test_given_title_wins_and_repeated_title_line_leaves() -> None:
    article = cleaned("Rebels seize northern town\n\n" + BODY, title="Rebels seize northern town")
    assert article.text == BODY
    other = cleaned("Short label line\n\n" + BODY, title="A different headline")
    assert other.title == "A different headline" and other.text.startswith("Short label line")


@pytest.mark.parametrize(
    ("opening", "place"),
    [
        ("BAGHDAD — ", "BAGHDAD"),
        ("WASHINGTON (Reuters) - ", "WASHINGTON"),
        ("LONDON, March 3 (AP) — ", "LONDON"),
        ("KABUL, Afghanistan — ", "KABUL, Afghanistan"),
        ("NEW YORK: ", "NEW YORK"),
        ("Kabul (AFP) - ", "Kabul"),
        ("RIO DE JANEIRO, Brazil, Jan. 5, 2021 (AFP) -- ", "RIO DE JANEIRO, Brazil"),
        ("GENEVA, 12 March (Reuters) - ", "GENEVA"),
        ("WASHINGTON, D.C. — ", "WASHINGTON, D.C."),
        ("BEIRUT/DAMASCUS (Reuters) - ", "BEIRUT/DAMASCUS"),
    ],
)
def test_datelines(opening: str, place: str) -> None:
    article = cleaned(opening + BODY)
    assert article.dateline is not None and article.dateline.text == place
    assert article.text == BODY
    assert reasons(article)[opening.strip()] == "dateline"


@pytest.mark.parametrize(
    "opening",
    [
        "Officials said - no one knew. ",
        "Meanwhile — the talks went on. ",
        "The U.S.-led coalition said ",
        # a name shared with a town, before a quote: a speaker's label ("Clinton, Iowa" is a city)
        'Clinton: "Our goal is to defeat them." ',
    ],
)
def test_no_dateline_in_ordinary_openings(opening: str) -> None:
    article = cleaned(opening + BODY)
    assert article.dateline is None and article.text.startswith(opening.strip())


def test_label_like_dateline_is_not_a_place() -> None:
    assert find_dateline("BREAKING: Troops cross the border") == ("", len("BREAKING: "))


@pytest.mark.parametrize("opening", ["(CNN) ", "(CNN)", "(AP) "])
def test_an_agency_tag_without_a_dash_leaves_the_body(opening: str) -> None:
    """'(CNN) Colombia's ELN is claiming ...': the tag is no word of the sentence (it was read as the
    attack's source)."""
    article = cleaned(opening + BODY)
    assert article.text == BODY


@pytest.mark.parametrize("opening", ["(ELN) ", "(a) "])
def test_a_parenthesis_that_is_no_agency_tag_stays(opening: str) -> None:
    assert find_dateline(opening + "is a group that fought the army.") is None
    article = cleaned("BREAKING: " + BODY)
    assert article.dateline is None and article.text == BODY


# --- credits -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "names", "reason"),
    [
        ("By John Smith", ["John Smith"], "byline"),
        ("By John Smith and Jane Doe, Associated Press", ["John Smith", "Jane Doe"], "byline"),
        ("BY AMARA OKAFOR", ["Amara Okafor"], "byline"),
        ("By Reuters Staff", [], "byline"),
        ("Mustafa Salim contributed to this report.", ["Mustafa Salim"], "credit line"),
        (
            "Ahmed Ali and Sara Khan contributed reporting from Kabul.",
            ["Ahmed Ali", "Sara Khan"],
            "credit line",
        ),
        (
            "Reporting by Tom Brown in London; Editing by Mark Heinrich",
            ["Tom Brown", "Mark Heinrich"],
            "credit line",
        ),
        ("(Additional reporting by Jo Lee; writing by Ann Kim)", ["Jo Lee", "Ann Kim"], "credit line"),
        ("Additional reporting by Pedro de la Cruz", ["Pedro de la Cruz"], "credit line"),
        ("By Jane Doe | Dec. 9, 2021", ["Jane Doe"], "byline"),
        ("By JOHN SMITH Associated Press", ["John Smith"], "byline"),
        ("By Mary-Jane O'Neil and Ahmed al-Rashid", ["Mary-Jane O'Neil", "Ahmed al-Rashid"], "byline"),
        (
            "Reporting by Ann Lee in Washington and Bo Kim in London; Editing by Will Dunham",
            ["Ann Lee", "Bo Kim", "Will Dunham"],
            "credit line",
        ),
    ],
)
def test_credit_lines(line: str, names: list[str], reason: str) -> None:
    assert credit_line(line) == (names, reason)
    article = cleaned(BODY + "\n\n" + line)
    assert article.text == BODY and article.credits == names
    assert reasons(article)[line] == reason


@pytest.mark.parametrize(
    "line",
    [
        "By the time troops arrived, the town was empty.",
        "Many people contributed to this report on the floods.",
        "Reporting by state media could not be verified.",
    ],
)
def test_sentences_about_credit_are_not_credit_lines(line: str) -> None:
    assert credit_line(line) is None


def test_byline_at_the_top_is_not_a_title() -> None:
    article = cleaned("By Jane Doe, Staff Writer\n\nKABUL, Afghanistan — " + BODY)
    assert article.title is None and article.credits == ["Jane Doe"]
    assert article.dateline is not None and article.dateline.text == "KABUL, Afghanistan"
    assert article.text == BODY


# --- boilerplate --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Read More",
        "Related Posts",
        "Related: Troops withdraw from border town",
        "Share this:",
        "Subscribe now for unlimited access",
        "Sign up for our newsletter",
        "We use cookies to improve your experience. By continuing you accept our cookie policy.",
        "Advertisement",
        "Follow us on Twitter",
        "Click here to read the full report",
        "© 2021 The Example Times. All rights reserved.",
        "Copyright 2020 Example Media Group",
        "Image: Protesters in the square (AFP)",
        "Photo by Jane Doe/Example Agency",
        "A man walks past a destroyed building on March 3, 2022. (AP Photo/Felipe Dana)",
        "Protesters gather in the capital on Monday. Photograph: Example Agency",
        "(With inputs from PTI)",
        "___",
        "Article content",  # Postmedia's pages between paragraphs
    ],
)
def test_boilerplate_lines(line: str) -> None:
    assert boilerplate_reason(line) is not None
    article = cleaned(BODY + "\n\n" + line + "\n\n" + "The statement was issued late on Monday evening.")
    assert line not in article.text and "late on Monday evening" in article.text


@pytest.mark.parametrize(
    "line",
    [
        "More from the minister's speech was broadcast on Monday evening.",
        "Related charges were filed against two men on Friday.",
        "Subscribers to the service complained that prices had doubled.",
        "Copyright lawsuits against the company have multiplied since the ruling.",
        "Officials said they would follow up on the complaints.",
        "Published figures show the economy shrank by 3 percent.",
        "Officials said the photo (taken by a drone) was genuine.",
    ],
)
def test_real_sentences_with_boilerplate_words_stay(line: str) -> None:
    assert boilerplate_reason(line) is None
    assert line in cleaned(BODY + "\n\n" + line).text


def test_boilerplate_tail() -> None:
    article = cleaned(BODY + "\n\nMost Popular\n\nWorld\n\nPolitics | Business")
    assert article.text == BODY
    assert {r.reason for r in article.removed} <= {"boilerplate", "boilerplate tail"}


# --- spinner junk and punctuation ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("before", "after", "junk"),
    [
        (
            "It became an advisory role in .July last year HTML1.",
            "It became an advisory role in July last year.",
            "HTML1",
        ),
        ("The XYZ123 deal was signed on Friday.", "The deal was signed on Friday.", "XYZ123"),
        ("Police said ,, that it was over..", "Police said, that it was over.", None),
        ("Prices rose 5 % , officials said .", "Prices rose 5 %, officials said.", None),
    ],
)
def test_spinner_junk_is_fixed(before: str, after: str, junk: str | None) -> None:
    text, removed = remove_spinner_junk(before)
    assert text == after and removed
    if junk:
        assert any(r.text == junk and r.reason == "spinner junk" for r in removed)


@pytest.mark.parametrize(
    "text",
    [
        "Leaders met at the COP26 summit in Glasgow.",
        "The G7 and G20 met; flight MH17 was downed; F-16 jets flew; COVID-19 and H1N1 spread.",
        "He earned USD15 an hour; TVN24 reported the story.",
        "Wait... what happened next . . . nobody knew.",
        "The site example .com was down.",
    ],
)
def test_real_codes_and_ellipses_stay(text: str) -> None:
    assert remove_spinner_junk(text) == (text, [])


# --- whitespace and whole-article properties -----------------------------------------------------


def test_whitespace_is_normalised() -> None:
    raw = "Officials\u00a0said  on Monday in the capital city\r\nthat talks would resume next week.  "
    raw += " \r\n\r\n\r\n\tSecond  para."
    assert (
        cleaned(raw).text
        == "Officials said on Monday in the capital city that talks would resume next week.\n\nSecond para."
    )


def test_lines_without_blank_lines_are_paragraphs() -> None:
    article = cleaned("First paragraph of the story.\nSecond paragraph of the story.\nThird one.")
    assert article.text.split("\n\n") == [
        "First paragraph of the story.",
        "Second paragraph of the story.",
        "Third one.",
    ]


def test_metadata_and_id_carry_over() -> None:
    raw = RawDoc(
        source="dump.jsonl:3", text=BODY, id="x-1", url="https://news.example/a", published="2021-12-09"
    )
    article = clean(raw.__class__(**{**raw.__dict__, "warnings": ("no charset given",)}))
    assert (article.id, article.url, article.published, article.source) == (
        "x-1",
        "https://news.example/a",
        "2021-12-09",
        "dump.jsonl:3",
    )
    assert article.warnings == ["no charset given"]
    assert clean(RawDoc(source="a", text=BODY)).id == clean(RawDoc(source="b", text=BODY)).id


@pytest.mark.parametrize("text", ["", "   \n\n  ", "Read More\n\nRelated Posts"])
def test_nothing_left_is_an_input_error(text: str) -> None:
    with pytest.raises(InputError):
        cleaned(text)


_PIECES = [*"abcXYZ019 .,;:-—–()\"“”'\n\r\t\u00a0", "BAGHDAD", "By ", "HTML1", "Read More", "\n\n"]


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=300), st.lists(st.sampled_from(_PIECES), max_size=80).map("".join)))
def test_clean_never_raises_anything_but_input_error(text: str) -> None:
    try:
        article = cleaned(text)
    except InputError:
        return
    assert article.text.strip() == article.text and article.text


def test_wire_credits_after_a_separator_and_glued_to_the_last_paragraph() -> None:
    text = (
        BODY
        + "\n\n___\n\nAssociated Press writers Jane Doe and John Roe in Kabul contributed to this report."
    )
    article = cleaned(text)
    assert article.text == BODY and article.credits == ["Jane Doe", "John Roe"]
    glued = cleaned(BODY + " Ahmed Ali contributed reporting from Doha.")
    assert glued.text == BODY and glued.credits == ["Ahmed Ali"]
    assert reasons(glued)["Ahmed Ali contributed reporting from Doha."] == "credit line"


def test_page_date_and_authors_from_markup_or_printed_text() -> None:
    paragraphs = "".join(
        f"<p>Paragraph {i}: the coalition said on Friday that its forces had left the base.</p>"
        for i in range(5)
    )
    marked = (
        "<html><head><meta name='author' content='Lena Park; Omar Haddad'><title>Forces leave base</title>"
        "<meta property='article:published_time' content='2022-04-01T08:00:00Z'></head>"
        f"<body><article>{paragraphs}</article></body></html>"
    )
    article = clean(RawDoc(source="a.html", html=marked))
    assert article.published == "2022-04-01" and article.credits == ["Lena Park", "Omar Haddad"]
    printed = (
        f"<html><body><div>Posted: Sep. 6, 2019 | Staff reports</div><div>{paragraphs}</div></body></html>"
    )
    assert clean(RawDoc(source="b.html", html=printed)).published == "2019-09-06"


def test_date_stamp_first_line_is_not_a_title() -> None:
    article = cleaned("Monday, August 3, 2020\n\n" + BODY)
    assert article.title is None and article.text.startswith("Monday, August 3, 2020")


@settings(max_examples=150, deadline=None)
@given(
    st.one_of(
        st.text(max_size=300),
        st.lists(st.sampled_from([*_PIECES, "<p>", "</p>", "<br>", "<div>"])).map("".join),
    )
)
def test_clean_html_never_raises_anything_but_input_error(markup: str) -> None:
    try:
        article = clean(RawDoc(source="x.html", html=markup))
    except InputError:
        return
    assert article.text


WIRE_STORIES = [
    (
        "Ukraine says it repelled attacks near the front\n\nBy Olena Kovalenko\n\n4 minute read\n\n"
        "KYIV, Feb 3 (Reuters) - Ukraine's military said on Friday its forces had repelled attacks.\n\n"
        "The fighting has raged for months.\n\nReporting by Olena Kovalenko; Editing by Mark Ellis\n\n"
        "Our Standards: The Thomson Reuters Trust Principles.",
        "Ukraine says it repelled attacks near the front",
        "KYIV",
        ["Olena Kovalenko", "Mark Ellis"],
    ),
    (
        "KABUL, Afghanistan (AP) — The Taliban on Tuesday announced new restrictions.\n\n"
        "The decree was read on state television.\n\n___\n\n"
        "Associated Press writer Rahim Noori in Islamabad contributed to this report.",
        None,
        "KABUL, Afghanistan",
        ["Rahim Noori"],
    ),
    (
        "New Delhi: The government on Monday announced a new scheme for farmers.\n\n"
        "The scheme will cost more than expected, officials said.\n\nAlso Read | Farmers protest in Delhi\n\n"
        "(With inputs from PTI)",
        None,
        "New Delhi",
        [],
    ),
    (
        "(Reuters) - The United States imposed sanctions on three officials on Thursday.\n\n"
        "Protesters gather in the capital on Monday. Photograph: Reuters\n\n"
        "The sanctions freeze any U.S. assets.\n\nImage caption, Protesters in the capital\n\nSign up here.",
        None,
        None,
        [],
    ),
]


@pytest.mark.parametrize(("raw", "title", "dateline", "credits"), WIRE_STORIES)
def test_wire_styles_end_to_end(
    raw: str, title: str | None, dateline: str | None, credits: list[str]
) -> None:
    article = cleaned(raw)
    paragraphs = article.text.split("\n\n")
    assert len(paragraphs) == 2, article.text
    assert article.title == title and article.credits == credits
    assert (article.dateline.text if article.dateline else None) == dateline
    assert not any(word in article.text for word in ("Reuters", "(AP)", "Read", "Sign up", "caption", "___"))


def test_orphan_mark_is_moved_back_unless_after_a_function_word() -> None:
    text, removed = remove_spinner_junk(
        "Crowds marched on Saturday .The rally, held in .May, ended ,and all went home last year .with songs."
    )
    assert text == (
        "Crowds marched on Saturday. The rally, held in May, ended, and all went home last year with songs."
    )
    assert len(removed) == 4


def test_embeds_and_captions_are_pruned_but_state_classes_on_outer_containers_are_not() -> None:
    story = [
        "Heavy rains have displaced more than 20,000 people across the region, officials said on Friday.",
        "The state government opened 300 relief camps and deployed army units to help with rescues.",
        "Forecasters expect more rain over the weekend, and residents near rivers were told to move.",
    ]
    html = (
        "<html><body class='cookie-banner nav-open'><div class='page has-header'><article>"
        f"<p>{story[0]}</p><figure><img src='a.jpg'><figcaption class='caption'>Residents wade through"
        f" a street.</figcaption></figure><p>{story[1]}</p><blockquote class='twitter-tweet'>"
        "<p>Rescue teams are working round the clock. Stay safe.</p></blockquote>"
        f"<p>{story[2]}</p></article></div></body></html>"
    )
    assert clean(RawDoc(source="p.html", html=html)).text.split("\n\n") == story


def test_credit_like_line_in_the_middle_of_a_long_story_stays() -> None:
    middle = [f"Paragraph {i} of the story says what happened on the ground that day." for i in range(12)]
    middle[5] = "Written by Lee Child"
    article = cleaned("\n\n".join(middle))
    assert "Written by Lee Child" in article.text and article.credits == []


@pytest.mark.parametrize(
    ("typed", "clean_text"),
    [
        ("''We will fight,'' Mrs. Clinton said.", '"We will fight," Mrs. Clinton said.'),  # archive copy
        ("He called it ``a disgrace'' on Monday.", 'He called it "a disgrace" on Monday.'),  # TeX, treebank
        # three in a row: a single mark and a double one, a quote inside a quote ending or opening
        ("'Yeah, go back,''' said Mr. Regalado.", "'Yeah, go back,'\" said Mr. Regalado."),
        ("'''Yeah' is what they say,'' he added.", "\"'Yeah' is what they say,\" he added."),
        ("a '''' b", "a '''' b"),  # four are left as they are
    ],
)  # fmt: skip
def test_a_double_mark_typed_as_two_single_ones_becomes_one(typed: str, clean_text: str) -> None:
    """Wire and archive text types a double quotation mark as two apostrophes; the quotes are then
    found as in any other text.  Three marks in a row are a single one and a double one."""
    assert cleaned(typed).text == clean_text


def test_a_dateline_under_a_headline_that_stayed_in_the_body_leaves_it() -> None:
    """A headline ending in a full stop is no title by its form and stays in the body; the dateline
    that opens the next paragraph still starts the story ("WASHINGTON (AP) —" is no speaker)."""
    text = (
        "Trump, Ryan pledge to work together; endorsement may come.\n\n"
        "WASHINGTON (AP) — Donald Trump and House Speaker Paul Ryan pledged to work together on Thursday."
    )
    article = cleaned(text)
    assert article.dateline is not None and article.dateline.text == "WASHINGTON"
    headline = "Trump, Ryan pledge to work together; endorsement may come."
    assert article.text.startswith(f"{headline}\n\nDonald Trump")
    assert reasons(article)["WASHINGTON (AP) —"] == "dateline"
    lede = " ".join(["The storm reached the coast on Monday and kept moving north."] * 3)
    long_first = cleaned(f"{lede}\n\nPARIS — Officials said the damage was light.")
    assert long_first.dateline is None and "PARIS —" in long_first.text  # a paragraph, not a headline
