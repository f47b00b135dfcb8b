"""Readers: every input format, encodings, sniffing, and one clear Failure per bad input."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from eventwire.pipeline import Failure
from eventwire.read import RawDoc, iter_inputs
from eventwire.read.ids import normalise_date
from eventwire.read.sniff import sniff_text

STORY = "Officials said on Monday that talks would resume.\n\nThe minister declined to comment."
PAGE = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Talks resume | Daily Example</title></head>"
    "<body><article><h1>Talks resume</h1>"
    + "".join(
        f"<p>Paragraph {i}: officials said on Monday that talks between the two sides would resume.</p>"
        for i in range(6)
    )
    + "</article></body></html>"
)


def read_all(*paths: str | Path, stdin: bytes | None = None) -> list[RawDoc | Failure]:
    return list(iter_inputs([str(p) for p in paths], io.BytesIO(stdin) if stdin is not None else None))


def only_doc(items: list[RawDoc | Failure]) -> RawDoc:
    assert len(items) == 1 and isinstance(items[0], RawDoc), items
    return items[0]


def only_failure(items: list[RawDoc | Failure]) -> Failure:
    assert len(items) == 1 and isinstance(items[0], Failure), items
    assert items[0].stage == "read" and "\n" not in items[0].error
    return items[0]


def test_plain_text_file(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    doc = only_doc(read_all(path))
    assert doc.text == STORY and doc.html is None
    assert doc.source == str(path)
    assert doc.id is not None and doc.id.startswith("ew-")


def test_same_input_same_id_and_different_input_different_id(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "b.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "c.txt").write_text(STORY + " More.", encoding="utf-8")
    a, b, c = (only_doc(read_all(tmp_path / n)) for n in ("a.txt", "b.txt", "c.txt"))
    assert a.id == b.id != c.id


def test_html_file_and_html_inside_txt(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    for name in ("page.html", "page.txt"):
        doc = only_doc(read_all(tmp_path / name))
        assert doc.html == PAGE and doc.text is None


def test_jsonl_articles_and_malformed_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a1", "text": STORY, "title": "Talks", "published": "2021-03-04T10:00:00Z"}),
        "",
        "{not json",
        json.dumps({"title": "no body"}),
        json.dumps({"html": PAGE, "url": "https://news.example/x"}),
        json.dumps([1, 2]),
    ]
    path = tmp_path / "dump.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read_all(path)
    assert [type(i).__name__ for i in items] == ["RawDoc", "Failure", "Failure", "RawDoc", "Failure"]
    first, bad_json, no_body, page, not_object = items
    assert isinstance(first, RawDoc) and first.id == "a1" and first.published == "2021-03-04"
    assert (
        isinstance(bad_json, Failure)
        and bad_json.source == f"{path}:3"
        and "not valid JSON" in bad_json.error
    )
    assert (
        isinstance(no_body, Failure) and no_body.source == f"{path}:4" and "'text' or 'html'" in no_body.error
    )
    assert isinstance(page, RawDoc) and page.html == PAGE and page.url == "https://news.example/x"
    assert isinstance(not_object, Failure) and "not an article" in not_object.error


def test_folder_is_recursive_sorted_sniffed_and_skips_hidden(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "dump").write_text(json.dumps({"text": "Second story here."}) + "\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("First story here.", encoding="utf-8")
    (tmp_path / "c.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("secret", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("secret", encoding="utf-8")
    items = read_all(tmp_path)
    assert all(isinstance(i, RawDoc) for i in items)
    docs = [i for i in items if isinstance(i, RawDoc)]
    assert [d.source for d in docs] == [
        str(tmp_path / "a.txt"),
        f"{tmp_path / 'b' / 'dump'}:1",
        str(tmp_path / "c.txt"),
    ]
    assert docs[1].text == "Second story here." and docs[2].html is not None


def _warc_bytes(compress: bool) -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=compress)
    records = [
        ("https://news.example/a", "text/html; charset=utf-8", PAGE.encode("utf-8")),
        ("https://news.example/logo.png", "image/png", b"\x89PNG\r\n\x1a\n"),
        (
            "https://news.example/b.txt",
            "text/plain; charset=iso-8859-1",
            "Caf\xe9 owners protested.".encode("latin-1"),
        ),
    ]
    for url, content_type, payload in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
        record = writer.create_warc_record(url, "response", payload=io.BytesIO(payload), http_headers=headers)
        writer.write_record(record)
    return buffer.getvalue()


@pytest.mark.parametrize(("name", "compress"), [("crawl.warc", False), ("crawl.warc.gz", True)])
def test_warc_html_and_text_records(tmp_path: Path, name: str, compress: bool) -> None:
    path = tmp_path / name
    path.write_bytes(_warc_bytes(compress))
    items = read_all(path)
    docs = [i for i in items if isinstance(i, RawDoc)]
    assert len(items) == 2 and len(docs) == 2
    assert docs[0].html == PAGE and docs[0].url == "https://news.example/a"
    assert docs[1].text == "Café owners protested." and docs[1].url == "https://news.example/b.txt"
    assert docs[0].source.startswith(f"{path}#")


RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Example wire</title>
<item><title>Ceasefire agreed</title><link>https://news.example/ceasefire</link>
<guid>item-1</guid><pubDate>Tue, 07 Dec 2021 14:30:00 GMT</pubDate>
<description>&lt;p&gt;The two sides agreed a ceasefire on Tuesday.&lt;/p&gt;</description></item>
<item><title>Empty</title><link>https://news.example/empty</link></item>
<item><title>Talks</title><link>https://news.example/talks</link>
<pubDate>Wed, 08 Dec 2021 09:00:00 +0100</pubDate>
<description>Talks resumed in Geneva.</description></item>
</channel></rss>"""


def test_rss_feed_entries(tmp_path: Path) -> None:
    path = tmp_path / "feed.xml"
    path.write_text(RSS, encoding="utf-8")
    items = read_all(path)
    assert [type(i).__name__ for i in items] == ["RawDoc", "Failure", "RawDoc"]
    first, empty, third = items
    assert isinstance(first, RawDoc) and first.title == "Ceasefire agreed" and first.id == "item-1"
    assert first.url == "https://news.example/ceasefire" and first.published == "2021-12-07"
    assert first.source == f"{path}#1"
    assert "ceasefire" in (first.html or first.text or "")
    assert isinstance(empty, Failure) and empty.source == f"{path}#2"
    assert isinstance(third, RawDoc) and third.published == "2021-12-08"


def test_atom_feed(tmp_path: Path) -> None:
    atom = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>W</title>
    <entry><title>Vote held</title><link href="https://news.example/vote"/><id>urn:1</id>
    <updated>2020-01-05T09:30:00Z</updated>
    <content type="html">&lt;p&gt;Lawmakers voted.&lt;/p&gt;</content></entry>
    </feed>"""
    path = tmp_path / "atom.atom"
    path.write_text(atom, encoding="utf-8")
    doc = only_doc(read_all(path))
    assert (
        doc.title == "Vote held" and doc.published == "2020-01-05" and doc.url == "https://news.example/vote"
    )


def test_stdin_text_and_jsonl() -> None:
    doc = only_doc(read_all("-", stdin=STORY.encode("utf-8")))
    assert doc.source == "-" and doc.text == STORY
    items = read_all("-", stdin=b'{"text": "One."}\n{"text": "Two."}\n')
    assert [i.source for i in items] == ["-:1", "-:2"]
    with_bom = read_all("-", stdin=b'\xef\xbb\xbf\r\n{"text": "One."}\r\n{"text": "Two."}\r\n')
    assert [getattr(i, "text", i) for i in with_bom] == ["One.", "Two."]


def test_latin1_without_charset_is_decoded_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "old.txt"
    path.write_bytes("The café owner’s protest in Zürich drew 200 people.".encode("cp1252"))
    doc = only_doc(read_all(path))
    assert doc.text == "The café owner’s protest in Zürich drew 200 people."
    assert any("no charset given" in w for w in doc.warnings)


def test_declared_charset_and_bom_win(tmp_path: Path) -> None:
    html = "<html><head><meta charset='iso-8859-1'></head><body><p>Caf\xe9 de Fl\xf4re</p></body></html>"
    (tmp_path / "a.html").write_bytes(html.encode("latin-1"))
    (tmp_path / "b.txt").write_bytes("Südtirol votes.".encode("utf-16"))
    first = only_doc(read_all(tmp_path / "a.html"))
    second = only_doc(read_all(tmp_path / "b.txt"))
    assert "Café de Flôre" in (first.html or "") and first.warnings == ()
    assert second.text == "Südtirol votes."


@pytest.mark.parametrize(
    ("payload", "reason"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (PNG image), not news text"),
        (b"%PDF-1.7\n%\xe2\xe3", "binary file (PDF document), not news text"),
        (b"abc\x00\x01\x02def" * 20, "binary file (unknown format), not news text"),
        (b"", "empty file"),
        (b"  \n\t\n ", "empty file"),
    ],
)
def test_bad_files_give_one_clear_failure(tmp_path: Path, payload: bytes, reason: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(payload)
    assert only_failure(read_all(path)).error == reason


def test_missing_path_and_gzip_that_is_not_warc(tmp_path: Path) -> None:
    assert only_failure(read_all(tmp_path / "nope.txt")).error == "no such file or folder"
    path = tmp_path / "x.gz"
    path.write_bytes(gzip.compress(b"hello"))
    assert only_failure(read_all(path)).error == "binary file (gzip archive), not news text"


def test_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from eventwire.read import limits

    monkeypatch.setattr(limits, "max_article_bytes", lambda: 100)
    path = tmp_path / "big.txt"
    path.write_text("word " * 100, encoding="utf-8")
    assert only_failure(read_all(path)).error == "file is 500 bytes, over the 100 bytes limit for one article"
    items = read_all("-", stdin=b"word " * 100)
    assert only_failure(items).error == "input is over the 100 bytes limit for one article"


def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "locked.txt"
    path.write_text(STORY, encoding="utf-8")
    path.chmod(0)
    try:
        if path.stat().st_mode and _can_read(path):
            pytest.skip("running as a user that ignores file permissions")
        assert only_failure(read_all(path)).error == "permission denied"
    finally:
        path.chmod(0o644)


def _can_read(path: Path) -> bool:
    try:
        path.read_bytes()
    except PermissionError:
        return False
    return True


def test_input_order_is_kept(tmp_path: Path) -> None:
    for name in ("z.txt", "a.txt"):
        (tmp_path / name).write_text(f"Story {name}.", encoding="utf-8")
    items = read_all(tmp_path / "z.txt", tmp_path / "missing", tmp_path / "a.txt")
    assert [i.source for i in items] == [
        str(tmp_path / "z.txt"),
        str(tmp_path / "missing"),
        str(tmp_path / "a.txt"),
    ]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2021-12-09", "2021-12-09"),
        ("2021-12-09T23:10:00+03:00", "2021-12-09"),
        ("Thu, 09 Dec 2021 10:00:00 GMT", "2021-12-09"),
        ("2021-13-45", None),
        ("yesterday", None),
        (None, None),
    ],
)
def test_normalise_date(value: str | None, expected: str | None) -> None:
    assert normalise_date(value) == expected


def test_sniffing_by_content() -> None:
    assert sniff_text('{"text": "x"}\n{"text": "y"}') == "jsonl"
    assert sniff_text("<rss version='2.0'><channel></channel></rss>") == "feed"
    assert sniff_text("<div><p>One</p><p>Two</p></div>") == "html"
    assert sniff_text("Plain words about <b>nothing</b> much.") == "text"


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_on_stdin_give_docs_or_failures_never_exceptions(data: bytes) -> None:
    items = read_all("-", stdin=data)
    assert items and all(isinstance(i, RawDoc | Failure) for i in items)
    assert all("\n" not in i.error for i in items if isinstance(i, Failure))


def test_jsonl_line_over_the_limit_fails_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from eventwire.read import limits

    monkeypatch.setattr(limits, "max_article_bytes", lambda: 64)
    path = tmp_path / "dump.jsonl"
    lines = [
        json.dumps({"text": "Short one."}),
        json.dumps({"text": "x" * 500}),
        json.dumps({"text": "After."}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read_all(path)
    assert [i.source for i in items] == [f"{path}:1", f"{path}:2", f"{path}:3"]
    assert isinstance(items[1], Failure) and "limit" in items[1].error
    assert isinstance(items[2], RawDoc) and items[2].text == "After."


def test_charset_words_in_plain_text_decide_nothing(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_bytes("The page said charset=koi8-r but this is UTF-8: Zürich.".encode())
    assert only_doc(read_all(path)).text == "The page said charset=koi8-r but this is UTF-8: Zürich."


def test_html_in_a_jsonl_text_field_is_read_as_html(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    path.write_text(json.dumps({"text": PAGE}) + "\n", encoding="utf-8")
    doc = only_doc(read_all(path))
    assert doc.html == PAGE and doc.text is None


def test_warc_without_articles_says_so(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
    payload = io.BytesIO(b"\x89PNG\r\n\x1a\n")
    writer.write_record(
        writer.create_warc_record(
            "https://x.example/a.png", "response", payload=payload, http_headers=headers
        )
    )
    path = tmp_path / "images.warc"
    path.write_bytes(buffer.getvalue())
    assert "no HTML or text" in only_failure(read_all(path)).error
