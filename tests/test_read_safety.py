"""Reading stays inside its inputs, and one bad record never stops a run or hides another.

Each test here names the defect it guards against: the reader once fetched URLs and opened
paths that an input merely contained, hung on a named pipe, let a lone surrogate or deep
JSON abort a run, replaced an article by another with the same id, and let a file name forge
a second error line.
"""

from __future__ import annotations

import json
import os
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from eventwire.api import raw_docs
from eventwire.clean import clean
from eventwire.errors import InputError
from eventwire.inputs import Counts, inputs
from eventwire.pipeline import Failure
from eventwire.read import RawDoc
from tests.test_read import PAGE, STORY, only_doc, only_failure, read_all

#: Seconds a read may take before it is taken for hung.
HUNG_AFTER_S = 20.0


class Listener:
    """A TCP listener on 127.0.0.1 that records every connection and never answers."""

    def __init__(self) -> None:
        self.server = socket.socket()
        self.server.bind(("127.0.0.1", 0))
        self.server.listen(16)
        self.server.settimeout(0.2)
        self.port = self.server.getsockname()[1]
        self.connections = 0
        self.held: list[socket.socket] = []
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self) -> None:
        while not self.stopped.is_set():
            try:
                conn, _ = self.server.accept()
            except TimeoutError:
                continue
            self.connections += 1
            self.held.append(conn)

    def close(self) -> None:
        self.stopped.set()
        self.thread.join(timeout=5)
        for conn in self.held:
            conn.close()
        self.server.close()


@pytest.fixture()
def listener() -> Iterator[Listener]:
    server = Listener()
    try:
        yield server
    finally:
        server.close()


def read_bounded(*paths: str | Path, stdin: bytes | None = None) -> list[RawDoc | Failure]:
    """read_all in a thread that must finish within HUNG_AFTER_S (a hung read fails the test)."""
    result: list[list[RawDoc | Failure]] = []
    errors: list[BaseException] = []

    def work() -> None:
        try:
            result.append(read_all(*paths, stdin=stdin))
        except BaseException as exc:  # noqa: BLE001 - handed to the test thread below
            errors.append(exc)

    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    thread.join(HUNG_AFTER_S)
    assert not thread.is_alive(), f"reading {paths} hung for {HUNG_AFTER_S} s"
    if errors:
        raise errors[0]
    return result[0]


def cleaned_texts(items: list[RawDoc | Failure]) -> str:
    """Everything the read and cleaned inputs hold, as one string to search."""
    parts = [repr(items)]
    for item in items:
        if isinstance(item, RawDoc):
            try:
                article = clean(item)
            except InputError as exc:
                parts.append(str(exc))
                continue
            parts.append(article.model_dump_json())
    return "\n".join(parts)


# --- 1. no network, no files beyond the inputs ----------------------------------------------------


def test_a_url_in_a_feed_input_is_never_fetched(tmp_path: Path, listener: Listener) -> None:
    url = f"http://127.0.0.1:{listener.port}/<rss>"
    (tmp_path / "feed").write_text(url, encoding="utf-8")
    (tmp_path / "feed.xml").write_text(url, encoding="utf-8")
    items = read_bounded(tmp_path / "feed", tmp_path / "feed.xml", "-", stdin=url.encode())
    items += list(raw_docs([url, {"html": url}]))
    assert listener.connections == 0
    assert all(isinstance(i, RawDoc | Failure) for i in items)


def test_a_feed_entity_naming_a_url_or_file_is_never_loaded(tmp_path: Path, listener: Listener) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET-ENTITY", encoding="utf-8")
    feed = (
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY s SYSTEM "file://{secret}">'
        f'<!ENTITY n SYSTEM "http://127.0.0.1:{listener.port}/x">]>'
        "<rss version='2.0'><channel><item><title>T</title>"
        "<description>Talks resumed. &s; &n;</description></item></channel></rss>"
    )
    (tmp_path / "feed.xml").write_text(feed, encoding="utf-8")
    items = read_bounded(tmp_path / "feed.xml")
    assert "TOPSECRET" not in cleaned_texts(items) and listener.connections == 0


def test_content_that_is_a_path_is_read_as_text_not_opened(tmp_path: Path) -> None:
    secret_feed = tmp_path / "secret<rss>.xml"
    secret_feed.write_text(
        "<rss version='2.0'><channel><item><title>TOPSECRET</title>"
        "<description>TOPSECRET words of the secret feed.</description></item></channel></rss>",
        encoding="utf-8",
    )
    secret_page = tmp_path / "secret.html"
    secret_page.write_text(PAGE.replace("Talks resume", "TOPSECRET page"), encoding="utf-8")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "feed").write_text(str(secret_feed), encoding="utf-8")
    (inbox / "feed.rss").write_text(str(secret_feed), encoding="utf-8")
    (inbox / "page.html").write_text(str(secret_page), encoding="utf-8")
    items = read_bounded(inbox, "-", stdin=str(secret_feed).encode())
    items += list(raw_docs([str(secret_feed), {"html": str(secret_page)}]))
    assert "TOPSECRET" not in cleaned_texts(items)


# --- 2. one bad record never aborts a run ---------------------------------------------------------


def test_a_lone_surrogate_in_jsonl_is_replaced_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    path.write_text('{"id": "s\\udfff", "text": "Bad \\ud800 one."}\n{"text": "Good one."}\n', "utf-8")
    first, second = read_all(path)
    assert isinstance(first, RawDoc) and first.text == "Bad \ufffd one." and first.id == "s\ufffd"
    assert any("surrogate" in w for w in first.warnings), first.warnings
    assert isinstance(second, RawDoc) and second.text == "Good one."
    article = clean(first)
    article.model_dump_json().encode("utf-8")  # writable: no surrogate is left anywhere


def test_json_nested_100000_deep_is_one_named_failure(tmp_path: Path) -> None:
    path = tmp_path / "deep.jsonl"
    deep = '{"text": "x", "a": ' + "[" * 100_000 + "]" * 100_000 + "}"
    path.write_text(deep + "\n" + json.dumps({"text": "After."}) + "\n", encoding="utf-8")
    failure, after = read_all(path)
    assert isinstance(failure, Failure) and failure.source == f"{path}:1"
    assert "nested" in failure.error and "\n" not in failure.error
    assert isinstance(after, RawDoc) and after.text == "After."


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
def test_a_named_pipe_in_a_folder_is_a_named_failure_not_a_hang(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "b.pipe")
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "c.txt").write_text(STORY + " More.", encoding="utf-8")
    items = read_bounded(tmp_path)
    assert [type(i).__name__ for i in items] == ["RawDoc", "Failure", "RawDoc"]
    assert items[1].source == str(tmp_path / "b.pipe")
    assert isinstance(items[1], Failure) and "named pipe" in items[1].error


# --- 3. no silent replacement inside one input ----------------------------------------------------


def test_same_id_for_another_article_in_one_input_is_a_named_failure(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    lines = [
        {"id": "x", "text": "One story."},
        {"id": "y", "text": "Another story."},
        {"id": "x", "text": "One story."},  # a repeat: read once
        {"id": "x", "text": "A different story."},
    ]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    failed: list[Failure] = []
    counts = Counts()
    kept = list(inputs(read_all(path), None, failed.append, counts=counts))
    assert [i.raw.source for i in kept] == [f"{path}:1", f"{path}:2"] and counts.skipped == 1
    [clash] = failed
    assert clash.source == f"{path}:4"
    assert clash.error == f"id 'x' already used by {path}:1 for another article"


@pytest.mark.parametrize(
    ("value", "expected"),
    [(["a", "b"], None), ({"k": 1}, None), (True, None), (42, "42"), (7.5, "7.5"), ("", "ew-")],
)
def test_ids_must_be_strings_or_numbers(tmp_path: Path, value: object, expected: str | None) -> None:
    path = tmp_path / "dump.jsonl"
    path.write_text(json.dumps({"id": value, "text": "A story."}) + "\n", encoding="utf-8")
    (item,) = read_all(path)
    if expected is None:
        assert isinstance(item, Failure) and "id" in item.error, item
    else:
        assert isinstance(item, RawDoc) and item.id is not None and item.id.startswith(expected), item


# --- 4. names, dates and encodings said as they are -----------------------------------------------


@pytest.mark.parametrize("name", ["bad\nerror: forged.txt", "a\rb\x1b[31m.txt", "tab\u2028sep.txt"])
def test_a_file_name_with_control_characters_gives_one_error_line(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"")
    failure = only_failure(read_all(path))
    line = failure.line()
    assert len(line.splitlines()) == 1 and line.isprintable(), line
    assert line == f"error: {str(path)!r}: empty file"


def test_a_file_name_that_is_not_utf8_is_named_printably(tmp_path: Path) -> None:
    path = Path(os.fsdecode(bytes(tmp_path) + b"/caf\xe9.txt"))
    path.write_bytes(b"")
    line = only_failure(read_all(tmp_path)).line()
    line.encode("utf-8")
    assert "caf\\udce9.txt" in line


def test_an_invalid_published_value_is_dropped_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    rows = [{"text": "A.", "published": "yesterday"}, {"text": "B.", "published": [2021]}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    first, second = read_all(path)
    assert isinstance(first, RawDoc) and first.published is None
    assert any("'yesterday'" in w and "published" in w for w in first.warnings), first.warnings
    assert isinstance(second, RawDoc) and any("[2021]" in w for w in second.warnings), second.warnings


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_decoded(tmp_path: Path, codec: str) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(STORY.encode(codec))
    doc = only_doc(read_all(path))
    assert doc.text == STORY
    assert any(codec.upper() in w for w in doc.warnings), doc.warnings


def test_a_lone_nul_byte_is_dropped_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(STORY[:20].encode() + b"\x00" + STORY[20:].encode())
    doc = only_doc(read_all(path))
    assert doc.text == STORY
    assert any("NUL" in w for w in doc.warnings), doc.warnings


# --- the whole run: bad records are named, the rest is written and stored -------------------------


def test_a_run_over_bad_records_stores_the_rest(tmp_path: Path) -> None:
    import subprocess
    import sys

    import duckdb

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    story = "Police arrested two protesters in Minsk on Monday."
    lines = [
        '{"id": "a", "text": "Bad \\ud800 one. ' + story + '"}',
        '{"id": "b", "text": "x", "deep": ' + "[" * 100_000 + "]" * 100_000 + "}",
        json.dumps({"id": "c", "text": story}),
        json.dumps({"id": "c", "text": "Another story about the talks."}),
    ]
    (inbox / "dump.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (inbox / "forged\nerror: x.txt").write_text(story, encoding="utf-8")
    db = tmp_path / "out.duckdb"
    cmd = [sys.executable, "-m", "eventwire", "process", str(inbox), "--backend", "fake"]
    res = subprocess.run([*cmd, "--db", str(db), "--format", "jsonl"], capture_output=True, timeout=300)
    stderr = res.stderr.decode("utf-8")
    errors = [line for line in stderr.splitlines() if line.startswith("error:")]
    assert res.returncode == 1 and "Traceback" not in stderr, stderr
    assert [e.split(": ", 2)[1] for e in errors] == [f"{inbox / 'dump.jsonl'}:2", f"{inbox / 'dump.jsonl'}:4"]
    ids = [json.loads(line)["id"] for line in res.stdout.decode("utf-8").splitlines()]
    assert ids[:2] == ["a", "c"] and len(ids) == 3, ids
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("select count(*) from articles").fetchone() == (3,)
    con.close()


def test_same_text_without_ids_but_other_metadata_is_named(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    rows = [{"text": "A story.", "title": "One"}, {"text": "A story.", "title": "Two"}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    failed: list[Failure] = []
    [first] = inputs(read_all(path), None, failed.append)
    assert first.raw.source == f"{path}:1" and [f.source for f in failed] == [f"{path}:2"]
    assert failed[0].error == f"same text as {path}:1 with another title, URL or date"
