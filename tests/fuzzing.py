"""Inputs for the fuzz tests, made by a seeded generator: case k of seed s is always the same.

Good cases say how many articles they hold (a story in any supported encoding, pages, JSONL
dumps, feeds, WARCs, Python items, with harmless oddities such as a stray NUL or a lone
surrogate); bad ones (random bytes, mutated or truncated inputs, deep nesting, 300k-character
runs, tag soup, odd encodings, odd Python values) may give anything but a traceback.
"""

from __future__ import annotations

import gzip
import io
import json
import random
from collections.abc import Callable
from dataclasses import dataclass, replace
from html import escape

import zstandard
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

SENTENCES = (
    "Iraqi forces killed three militants in Mosul on Monday.",
    "The prime minister said talks with the opposition would resume next week.",
    "Protesters marched through the capital, Minsk, demanding new elections.",
    "Police arrested 12 people after clashes near the parliament building.",
    "Le président a rencontré les délégués à Genève, selon le ministère.",
    "Officials in Zürich declined to comment on the report.",
    '"We will not negotiate," a spokesman for the rebels said on Tuesday.',
    "Two soldiers were injured when a roadside bomb exploded in Kandahar.",
    "The United Nations urged both sides to respect the ceasefire.",
)
NAMES = (
    "story.txt", "story", "page.html", "page.htm", "dump.jsonl", "dump.ndjson", "dump.jsonl.gz",
    "dump.jsonl.zst", "feed.xml", "feed.rss", "feed.atom", "crawl.warc", "crawl.warc.gz", "data.bin",
    "notes.md", "x.gz", "-",
)  # fmt: skip
TAGS = (
    "<p>", "</p>", "<div>", "</div>", "<b>", "<script>", "</script>", "<!--", "-->", "<html>", "<body>",
    "<article>", "<br/>", "&amp;", "&nbsp;", "&#xD800;", "<![CDATA[", "]]>", "<", ">", "<item>", "</entry>",
)  # fmt: skip


@dataclass(frozen=True)
class Case:
    """One fuzz input: a named file (`-`: standard input) or Python items, and what it must give."""

    label: str
    name: str = "-"
    data: bytes = b""
    items: tuple[object, ...] | None = None  # Python items for eventwire.api.raw_docs
    articles: int | None = None  # cleaned articles a good case must give; None: anything


def story(rng: random.Random, sentences: int | None = None) -> str:
    count = sentences or rng.randint(2, 6)
    paragraphs = [" ".join(rng.choice(SENTENCES) for _ in range(rng.randint(1, 3))) for _ in range(count)]
    return "\n\n".join(paragraphs)


def page(rng: random.Random, body: str | None = None, charset: str = "utf-8") -> str:
    paragraphs = page_body(body or story(rng, 5))
    return (
        f"<!DOCTYPE html><html><head><meta charset='{charset}'><title>Report | Daily Example</title>"
        f"</head><body><nav>Home News</nav><article><h1>Report</h1>{paragraphs}</article></body></html>"
    )


def page_body(text: str) -> str:
    return "".join(f"<p>{escape(p)}</p>" for p in text.split("\n\n"))


# --- good cases -----------------------------------------------------------------------------------


def good_text(rng: random.Random) -> Case:
    text = story(rng)
    if rng.random() < 0.2:
        text = text.replace("\n", "\r\n")
    codec = rng.choice(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252"])
    data = text.encode(codec)
    if codec == "utf-8" and rng.random() < 0.3:
        cut = rng.randrange(len(data))
        while cut and data[cut] >= 0x80:  # keep characters whole
            cut -= 1
        data = data[:cut] + b"\x00" + data[cut:]
    return Case(f"text/{codec}", rng.choice(["story.txt", "story", "-"]), data, articles=1)


def good_page(rng: random.Random) -> Case:
    if rng.random() < 0.3:
        data = page(rng, charset="iso-8859-1").encode("latin-1", "replace")
    else:
        data = page(rng).encode()
    return Case("page", rng.choice(["page.html", "page.htm", "page", "-"]), data, articles=1)


def jsonl_records(rng: random.Random, count: int) -> list[dict[str, object]]:
    records: list[dict[str, object]] = []
    for k in range(count):
        body = f"{story(rng)} Report {k}."
        record: dict[str, object] = {"html": page(rng, body)} if rng.random() < 0.3 else {"text": body}
        if rng.random() < 0.7:
            record["id"] = rng.choice([f"id-{k}", k, f"x\ud800{k}"])
        if rng.random() < 0.3:
            record["published"] = rng.choice(["2021-12-09", "yesterday", 2021, None, "2021-02-30"])
        if rng.random() < 0.1:
            record["text"] = body[:10] + "\ud800" + body[10:]
            record.pop("html", None)
        records.append(record)
    return records


def good_jsonl(rng: random.Random) -> Case:
    count = rng.randint(1, 6)
    lines = [json.dumps(r) for r in jsonl_records(rng, count)]
    if rng.random() < 0.3:
        lines.insert(rng.randrange(len(lines) + 1), "")
    data = (
        rng.choice(["", "", "\ufeff"]) + rng.choice(["\n", "\r\n"]).join(lines) + rng.choice(["\n", ""])
    ).encode()
    name = rng.choice(["dump.jsonl", "dump.ndjson", "dump", "-", "dump.jsonl.gz", "dump.jsonl.zst"])
    return Case("jsonl", name, pack(name, data), articles=count)


def pack(name: str, data: bytes) -> bytes:
    if name.endswith(".gz"):
        return gzip.compress(data)
    if name.endswith(".zst"):
        return zstandard.ZstdCompressor().compress(data)
    return data


def feed(rng: random.Random, count: int) -> bytes:
    if rng.random() < 0.5:
        items = "".join(
            f"<item><title>Item {k}</title><guid>g{k}</guid><pubDate>Tue, 07 Dec 2021 14:30:00 GMT</pubDate>"
            f"<description>{escape(page_body(story(rng)))}</description></item>"
            for k in range(count)
        )
        rss = f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>{items}</channel></rss>"
        return rss.encode()
    entries = "".join(
        f"<entry><title>E{k}</title><id>urn:{k}</id><updated>2020-01-05T09:30:00Z</updated>"
        f"<content type='html'>{escape(page(rng))}</content></entry>"
        for k in range(count)
    )
    return f"<feed xmlns='http://www.w3.org/2005/Atom'><title>W</title>{entries}</feed>".encode()


def good_feed(rng: random.Random) -> Case:
    count = rng.randint(1, 5)
    name = rng.choice(["feed.xml", "feed.rss", "feed.atom", "feed", "-"])
    return Case("feed", name, feed(rng, count), articles=count)


def warc(rng: random.Random, count: int, compress: bool) -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=compress)
    for k in range(count):
        content_type = [("Content-Type", "text/html; charset=utf-8")]
        headers = StatusAndHeaders("200 OK", content_type, protocol="HTTP/1.1")
        payload = io.BytesIO(page(rng, f"{story(rng)} Record {k}.").encode())
        url = f"https://news.example/{k}"
        record = writer.create_warc_record(url, "response", payload=payload, http_headers=headers)
        writer.write_record(record)
    return buffer.getvalue()


def good_warc(rng: random.Random) -> Case:
    count = rng.randint(1, 4)
    compress = rng.random() < 0.5
    name = rng.choice(["crawl.warc.gz" if compress else "crawl.warc", "crawl", "-"])
    return Case("warc", name, warc(rng, count, compress), articles=count)


def good_items(rng: random.Random) -> Case:
    makers: list[Callable[[], object]] = [
        lambda: story(rng),
        lambda: page(rng),
        lambda: {"text": story(rng), "id": rng.choice(["a", 1, None])},
        lambda: {"html": page(rng), "published": "2021-12-09"},
        lambda: story(rng)[:7] + "\ud800" + story(rng),
    ]
    items = tuple(rng.choice(makers)() for _ in range(rng.randint(1, 3)))
    return Case("items", items=items, articles=len(items))


# --- bad cases ------------------------------------------------------------------------------------


def random_bytes(rng: random.Random) -> Case:
    data = rng.randbytes(rng.randint(0, 3000))
    return Case("random-bytes", rng.choice(NAMES), data)


def mutated(rng: random.Random) -> Case:
    good = rng.choice(GOOD)(rng)
    if good.items is not None:
        return odd_items(rng)
    data = bytearray(good.data)
    for _ in range(rng.randint(1, 8)):
        if not data:
            break
        at = rng.randrange(len(data))
        action = rng.random()
        if action < 0.4:
            data[at] = rng.randrange(256)
        elif action < 0.7:
            del data[at : at + rng.randint(1, 50)]
        else:
            data[at:at] = rng.randbytes(rng.randint(1, 20))
    if rng.random() < 0.3:
        data = data[: rng.randrange(len(data) + 1)]
    return Case(f"mutated-{good.label}", rng.choice([good.name, *NAMES]), bytes(data))


def truncated_packed(rng: random.Random) -> Case:
    data = "\n".join(json.dumps(r) for r in jsonl_records(rng, rng.randint(2, 6))).encode()
    name = rng.choice(["dump.jsonl.gz", "dump.jsonl.zst", "crawl.warc.gz"])
    packed = warc(rng, 3, True) if name.endswith("warc.gz") else pack(name, data)
    return Case("truncated", name, packed[: rng.randrange(len(packed))])


def deep(rng: random.Random) -> Case:
    depth = rng.choice([500, 1000, 5000, 100_000])
    opener, closer = rng.choice([("[", "]"), ('{"a":', "}")])
    nested = opener * depth + "1" + closer * depth
    good = json.dumps({"text": story(rng)})
    lines = [good, '{"text": "", "deep": ' + nested + "}", good.replace("}", ', "id": "second"}')]
    if rng.random() < 0.3:
        return Case("deep-html", rng.choice(["page.html", "-"]), ("<div>" * depth + story(rng)).encode())
    return Case("deep-json", rng.choice(["dump.jsonl", "dump", "-"]), "\n".join(lines).encode(), articles=2)


def long_runs(rng: random.Random) -> Case:
    unit = rng.choice(
        ["a", "word ", "<b>", "\n", "{", "é", ".", "<p>x</p>", "Iraqi forces killed ", "\u202e", "<item>"]
    )
    run = unit * (300_000 // len(unit))
    text = story(rng) + "\n\n" + run if rng.random() < 0.5 else run
    if rng.random() < 0.4:
        return Case(f"long-run-item/{unit!r}", items=(text,))
    name = rng.choice(["story.txt", "page.html", "dump.jsonl", "feed.xml", "-"])
    return Case(f"long-run/{unit!r}", name, text.encode())


def tag_soup(rng: random.Random) -> Case:
    count = rng.randint(1, 200)
    parts = [rng.choice(TAGS) if rng.random() < 0.6 else rng.choice(SENTENCES) for _ in range(count)]
    return Case("tag-soup", rng.choice(["page.html", "page", "feed.xml", "-"]), "".join(parts).encode())


def odd_encoding(rng: random.Random) -> Case:
    text = story(rng)
    codecs = ["utf-32", "utf-32-le", "shift_jis", "koi8-r", "utf-7", "cp037", "gb18030", "utf-16-le"]
    codec = rng.choice(codecs)
    data = text.encode(codec, "replace")
    if rng.random() < 0.3:
        data = data[: rng.randrange(len(data) + 1)]
    return Case(f"encoding-{codec}", rng.choice(["story.txt", "story", "dump.jsonl", "feed.xml", "-"]), data)


def odd_items(rng: random.Random) -> Case:
    values: list[object] = [
        None, 3, 2.5, b"bytes", ["a list"], "", "   ", "\ud800", "\x00" * 10,
        {"text": ["not", "a", "string"]}, {"id": ["x"], "text": "A story."}, {"id": {"k": 1}, "text": "A."},
        {"text": "A.", "published": {"y": 2021}}, {"text": "A.", "title": ["t"], "url": 5},
        {"html": "<div>" * 5000}, {"text": "\ud800" * 1000}, {"id": True, "text": "A."},
        {"text": "A.", "id": float("nan")},
    ]  # fmt: skip
    return Case("odd-items", items=tuple(rng.choice(values) for _ in range(rng.randint(1, 4))))


GOOD: tuple[Callable[[random.Random], Case], ...] = (
    good_text, good_page, good_jsonl, good_feed, good_warc, good_items,
)  # fmt: skip
BAD: tuple[Callable[[random.Random], Case], ...] = (
    random_bytes, mutated, truncated_packed, deep, long_runs, tag_soup, odd_encoding, odd_items,
)  # fmt: skip
#: How often a long run (slow to clean: 300k characters) is drawn, against the other makers.
LONG_RUN_SHARE = 0.01


def make_case(seed: int, number: int) -> Case:
    """Case `number` of the run seeded `seed`: good half the time."""
    rng = random.Random(f"{seed}:{number}")
    if rng.random() < LONG_RUN_SHARE:
        return long_runs(rng)
    makers = GOOD if rng.random() < 0.5 else tuple(m for m in BAD if m is not long_runs)
    case = rng.choice(makers)(rng)
    return replace(case, label=f"{case.label} (seed {seed}, case {number})")
