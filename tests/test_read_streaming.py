"""Inputs of any size: the name decides the kind, and many-record inputs stream in flat memory.

A JSONL dump of saved web pages once was taken for one HTML page (its first line is longer
than the head the sniffer reads) and a dump over 25 MB was refused as one too-large file.
"""

from __future__ import annotations

import gzip
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
import zstandard
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from eventwire.clean import clean
from eventwire.pipeline import Failure
from eventwire.read import RawDoc
from tests.test_read import read_all


def saved_page(number: int, size: int) -> str:
    """A saved news page of about `size` characters: scripts and styles around one story."""
    story = "".join(
        f"<p>Paragraph {k} of story {number}: officials said on Monday that talks would resume.</p>"
        for k in range(8)
    )
    head = (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Story {number} | Daily Example</title>"
        "<style>.nav{color:red}</style></head><body><nav>Home News Sport</nav>"
        f"<article><h1>Story {number}</h1>{story}</article><script>var tracking = '"
    )
    tail = "';</script></body></html>"
    return head + "x" * max(0, size - len(head) - len(tail)) + tail


def pages_jsonl(count: int, size: int) -> bytes:
    lines = (json.dumps({"id": f"p{k}", "html": saved_page(k, size)}) for k in range(count))
    return "".join(line + "\n" for line in lines).encode("utf-8")


TEN_PAGES = b"".join(
    json.dumps({"id": f"p{k}", "text": saved_page(k, 100_000 + 20_000 * k)}).encode() + b"\n"
    for k in range(10)
)


@pytest.mark.parametrize("name", ["dump.jsonl", "dump.ndjson", "dump", "-"])
def test_ten_saved_pages_in_jsonl_are_ten_articles(tmp_path: Path, name: str) -> None:
    if name == "-":
        items = read_all("-", stdin=TEN_PAGES)
    else:
        (tmp_path / name).write_bytes(TEN_PAGES)
        items = read_all(tmp_path / name)
    docs = [i for i in items if isinstance(i, RawDoc)]
    assert len(items) == len(docs) == 10, [i for i in items if isinstance(i, Failure)]
    assert [d.id for d in docs] == [f"p{k}" for k in range(10)]
    assert all(d.html is not None and d.html.startswith("<!DOCTYPE") for d in docs)
    assert "Paragraph 3 of story 9" in clean(docs[9]).text


@pytest.mark.parametrize(
    ("name", "pack"),
    [
        ("dump.jsonl.gz", gzip.compress),
        ("dump.ndjson.gz", gzip.compress),
        ("dump.jsonl.zst", zstandard.ZstdCompressor().compress),
    ],
)
def test_compressed_jsonl_is_read(tmp_path: Path, name: str, pack: object) -> None:
    assert callable(pack)
    (tmp_path / name).write_bytes(pack(TEN_PAGES))
    items = read_all(tmp_path / name)
    assert [i.source for i in items] == [f"{tmp_path / name}:{k}" for k in range(1, 11)]
    assert all(isinstance(i, RawDoc) for i in items)


def test_truncated_gzip_gives_its_whole_lines_then_one_named_failure(tmp_path: Path) -> None:
    data = gzip.compress(b"".join(json.dumps({"text": f"Story {k}."}).encode() + b"\n" for k in range(50)))
    path = tmp_path / "dump.jsonl.gz"
    path.write_bytes(data[: len(data) * 2 // 3])
    items = read_all(path)
    docs, failures = items[:-1], items[-1]
    assert docs and all(isinstance(d, RawDoc) for d in docs)
    assert isinstance(failures, Failure) and failures.source.startswith(f"{path}:")
    assert "compressed" in failures.error or "gzip" in failures.error, failures.error


def test_the_name_decides_and_content_sniffing_never_makes_one_article_of_many(tmp_path: Path) -> None:
    (tmp_path / "one.html").write_text(saved_page(1, 5000), encoding="utf-8")
    (tmp_path / "feed.rss").write_text(
        "<rss version='2.0'><channel><item><title>A</title><description>Talks resumed.</description>"
        "</item></channel></rss>",
        encoding="utf-8",
    )
    (tmp_path / "note.txt").write_text('{"text": "a JSON-looking note"}', encoding="utf-8")
    (tmp_path / "unnamed").write_bytes(TEN_PAGES[:250_000].rsplit(b"\n", 1)[0] + b"\n")
    entry, note, one, *unnamed = read_all(tmp_path)
    assert isinstance(one, RawDoc) and one.html is not None
    assert isinstance(entry, RawDoc) and entry.source == f"{tmp_path / 'feed.rss'}#1"
    assert isinstance(note, RawDoc) and note.text == '{"text": "a JSON-looking note"}'
    assert [type(u).__name__ for u in unnamed] == ["RawDoc", "RawDoc"]


def test_an_article_over_the_size_limits_is_named_with_its_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from eventwire.read import limits

    monkeypatch.setattr(limits, "max_article_chars", lambda: 1000)
    path = tmp_path / "dump.jsonl"
    rows = [{"text": "Short."}, {"text": "word " * 1000}, {"text": "After."}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    first, big, after = read_all(path)
    assert isinstance(big, Failure) and big.source == f"{path}:2"
    assert big.error == "article is 5000 characters, over the 1000-character limit for one article"
    assert isinstance(first, RawDoc) and isinstance(after, RawDoc)


# --- flat memory ----------------------------------------------------------------------------------

# The peak resident memory of this process image (VmHWM; getrusage's maxrss would count the
# parent's memory, as it is kept across exec).
PEAK_SCRIPT = """
import re, sys
from eventwire.read import iter_inputs, RawDoc
docs = sum(isinstance(item, RawDoc) for item in iter_inputs(sys.argv[1:], sys.stdin.buffer))
status = open("/proc/self/status", encoding="ascii").read()
print(docs, int(re.search(r"VmHWM:\\s*(\\d+) kB", status).group(1)) // 1024)
"""


def read_in_child(path: Path, via_stdin: bool = False) -> tuple[int, int]:
    """Articles read and the peak resident memory (MB) of a fresh process reading `path`."""
    with path.open("rb") as stream:
        args = ["-"] if via_stdin else [str(path)]
        out = subprocess.run(
            [sys.executable, "-c", PEAK_SCRIPT, *args],
            stdin=stream if via_stdin else subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=300,
            check=True,
        ).stdout
    docs, peak = out.split()
    return int(docs), int(peak)


def rss_feed(entries: int, size: int) -> bytes:
    body = "&lt;p&gt;Officials said talks would resume.&lt;/p&gt;" * (size // 55)
    items = "".join(
        f"<item><title>Entry {k}</title><guid>e{k}</guid><description>{body}</description></item>"
        for k in range(entries)
    )
    feed = f"<?xml version='1.0'?><rss version='2.0'><channel><title>W</title>{items}</channel></rss>"
    return feed.encode()


def warc_gz(records: int, size: int) -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for k in range(records):
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        payload = io.BytesIO(saved_page(k, size).encode())
        url = f"https://news.example/{k}"
        writer.write_record(writer.create_warc_record(url, "response", payload=payload, http_headers=headers))
    return buffer.getvalue()


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux's /proc to measure memory")
@pytest.mark.parametrize(
    ("name", "make", "small", "big", "via_stdin"),
    [
        ("dump.jsonl", lambda n: pages_jsonl(n, 250_000), 40, 200, False),
        ("stdin", lambda n: pages_jsonl(n, 250_000), 40, 200, True),
        ("crawl.warc.gz", lambda n: warc_gz(n, 1_000_000), 8, 40, False),
        ("feed.xml", lambda n: rss_feed(n, 20_000), 50, 400, False),
    ],
)
def test_many_records_stream_in_flat_memory(
    tmp_path: Path, name: str, make: object, small: int, big: int, via_stdin: bool
) -> None:
    """Five times the records (a 50 MB dump, a 40-page WARC) must not raise the peak memory."""
    assert callable(make)
    peaks = []
    for count in (small, big):
        path = tmp_path / f"{count}-{name}"
        path.write_bytes(make(count))
        docs, peak = read_in_child(path, via_stdin)
        assert docs == count
        peaks.append(peak)
    assert peaks[1] - peaks[0] < 10, f"peak memory grew from {peaks[0]} MB to {peaks[1]} MB"
