"""Wikinews 2019-2020 articles (vanatteveldt/wikinews), cleaned, drawn and split for hand annotation.

Shared by the two hand-annotated development sets (`../wikinews_timex`, `../wikinews_places`);
`../ordinary_news` uses the source pin and `source_rows` only (it has its own cleaning).
Their annotations are stand-off: offsets into the cleaned text this module rebuilds from a local
copy of the source repository, which is not committed here. Standard library only.

Source: GitHub `vanatteveldt/wikinews` at SOURCE_COMMIT, `data/wikinews_2019.csv` and
`data/wikinews_2020.csv` (url, date, title, text; scraped from en.wikinews.org, CC BY 2.5).
`load_articles(PATH)` takes either a checkout (a folder holding `data/*.csv`) or a git
directory (a bare clone or mirror, read with `git show`); a checkout's files are checked
against the git blob ids pinned below, so a different version is refused.

Cleaning follows the demo corpus build (`shared/demo_corpus/build/build_demo_corpus.py` of the
steering repository, same project): paragraphs split on blank lines, the Wikinews date line
dropped, whitespace normalised, language-template remains, photo captions, map legends and
orphaned pull-quote credits dropped, paragraphs joined by one blank line.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import random
import re
import subprocess
import unicodedata
from dataclasses import dataclass
from pathlib import Path

SOURCE_REPO = "vanatteveldt/wikinews"
SOURCE_COMMIT = "347254178bf343f3801aac1d03c41cc09c35decb"
SOURCE_FILES = {  # path -> git blob id at SOURCE_COMMIT
    "data/wikinews_2019.csv": "aea90cd7c56a6bf77cf79476fe81f69c02d8ad11",
    "data/wikinews_2020.csv": "ee3f93268c81bb2357dba4b5ff38adf9389f9893",
}
LICENSE = "CC BY 2.5"
REPO_ROOT = Path(__file__).resolve().parents[3]
DEMO_CORPUS = REPO_ROOT / "src" / "eventwire" / "demo" / "articles.jsonl"

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
DATE_LINE = re.compile(
    r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), ("
    + "|".join(MONTHS)
    + r") (\d{1,2}), (\d{4})$"
)
LANG_TAIL = re.compile(r"\s*\(\([a-z]{2,3}\)\)[A-Z][A-Za-z ]* language: \u200d[^\n]*")


@dataclass(frozen=True)
class Article:
    id: str
    title: str
    published: str
    url: str
    text: str
    source_path: str

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


def git_blob_id(data: bytes) -> str:
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()


def read_source(source: Path, path: str) -> str:
    """One pinned CSV, from a checkout (blob id checked) or a git directory (read at SOURCE_COMMIT)."""
    as_file = source / path
    if as_file.is_file():
        data = as_file.read_bytes()
        if git_blob_id(data) != SOURCE_FILES[path]:
            raise SystemExit(
                f"{as_file}: not the version of {SOURCE_REPO}@{SOURCE_COMMIT[:10]} (blob id differs)"
            )
        return data.decode("utf-8")
    git = ["git", "--git-dir", str(source), "show", f"{SOURCE_COMMIT}:{path}"]
    return subprocess.run(git, check=True, capture_output=True).stdout.decode("utf-8")


def slug(title: str) -> str:
    s = unicodedata.normalize("NFKD", title)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")[:60].strip("-")


def https_url(url: str) -> str:
    url = url.strip().replace("http://", "https://", 1)
    return re.sub(r"(https://en\.wikinews\.org)/+wiki/", r"\1/wiki/", url)


def norm_ws(p: str) -> str:
    p = p.replace("\u00a0", " ").replace("\u200b", "").replace("\u200d", "")
    return re.sub(r"[ \t\r\f\v]+", " ", p).strip()


def clean_text(raw: str) -> str:
    """The body as plain paragraphs separated by one blank line (see the module docstring)."""
    paras = [p.strip() for p in re.split(r"\n\s*\n", raw) if p.strip()]
    out: list[str] = []
    for i, p in enumerate(paras):
        if i == 0 and DATE_LINE.match(norm_ws(p)):
            continue
        p = norm_ws(LANG_TAIL.sub("", p))
        if not p or "Image:" in p or p.startswith("██"):
            continue
        if p[0] in "—–" and len(p) < 120:
            continue
        out.append(p)
    return "\n\n".join(out)


def source_rows(source: Path, path: str) -> list[dict[str, str]]:
    """The rows (url, date, title, text) of one pinned CSV, as published (not cleaned)."""
    csv.field_size_limit(10**8)
    return list(csv.DictReader(io.StringIO(read_source(source, path))))


def load_articles(source: Path) -> list[Article]:
    """Every article of both CSVs, in file order, cleaned."""
    articles = []
    for path in SOURCE_FILES:
        for row in source_rows(source, path):
            aid = f"wn-{row['date']}-{slug(row['title'])}"
            text = clean_text(row["text"])
            articles.append(Article(aid, row["title"], row["date"], https_url(row["url"]), text, path))
    return articles


# --- selection ----------------------------------------------------------------------------
# Coarse topics by headline words, tried in this order (first match wins).
TOPIC_WORDS = (
    ("disaster", r"fire|crash|collaps|earthquake|quake|hurricane|storm|typhoon|explosion|pileup|outage"
     r"|bursts|shake|aftershock|tropical|overturn|strikes cables|seismic"),
    ("death", r"\bdies\b|\bdead\b|tributes"),
    ("crime", r"court|sentence|jail|arrest|killer|murder|shot|stab|convict|plead|theft|police|abuse|suspect"
     r"|porn|extortion|killed by"),
    ("health_science", r"scientist|study|studies|covid|coronavirus|sars|ebola|measles|researcher|astronom"
     r"|superbug|pandemic|health"),
    ("politics", r"government|president|election|primary|caucus|senator|minister|parliament|endorse"
     r"|legislat|state of emergency|decriminal|sultan|mayor|campaign"),
)  # fmt: skip
OTHER_TOPIC = "other"
TOPIC_ORDER = (*tuple(name for name, _ in TOPIC_WORDS), OTHER_TOPIC)
MIN_CHARS, MAX_CHARS = 700, 6000
EXCLUDED_TITLE = re.compile(r"Wikinews|TEST PAGE|On the campaign trail", re.IGNORECASE)


def topic(title: str) -> str:
    for name, words in TOPIC_WORDS:
        if re.search(words, title, re.IGNORECASE):
            return name
    return OTHER_TOPIC


def demo_keys(path: Path = DEMO_CORPUS) -> set[str]:
    """Titles and URLs of the demo corpus (articles there are never drawn)."""
    keys: set[str] = set()
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            keys.update((record["title"], record["url"]))
    return keys


def eligible(articles: list[Article], excluded: set[str]) -> list[Article]:
    """Not in the demo corpus, not an interview or feature, a news-sized body."""
    return [
        a
        for a in articles
        if a.title not in excluded
        and a.url not in excluded
        and not EXCLUDED_TITLE.search(a.title)
        and MIN_CHARS <= len(a.text) <= MAX_CHARS
    ]


def draw(articles: list[Article], seed: int) -> list[Article]:
    """All articles in a seeded order that takes one from each topic in turn.

    Each topic's articles are sorted by id and shuffled with its own Random(seed); the draw
    then takes them round-robin in TOPIC_ORDER. A prefix of the result is a sample spread
    across topics, and taking more articles never changes the ones taken before.
    """
    by_topic: dict[str, list[Article]] = {name: [] for name in TOPIC_ORDER}
    for a in sorted(articles, key=lambda a: a.id):
        by_topic[topic(a.title)].append(a)
    for name, members in by_topic.items():
        random.Random(f"{seed}:{name}").shuffle(members)
    order: list[Article] = []
    while any(by_topic.values()):
        for name in TOPIC_ORDER:
            if by_topic[name]:
                order.append(by_topic[name].pop(0))
    return order


DRAW_SEED = 11  # seeds of the one draw and the one split (issue 11); never change them
SPLIT_SEED = 11
N_TIMEX = 54  # the first N_TIMEX drawn articles carry time expressions
N_PLACES = 68  # the first N_PLACES drawn articles carry toponyms


def selection(source: Path) -> list[tuple[int, Article, str]]:
    """(rank, article, split) for the N_PLACES articles of the draw.

    The split is made once, by `split`, within each of two groups: the articles annotated
    for both layers (ranks below N_TIMEX) and those annotated for toponyms only, so that each
    set is halved and an article shared by both sets is in the same half of each.
    """
    order = draw(eligible(load_articles(source), demo_keys()), DRAW_SEED)[:N_PLACES]
    groups = (order[:N_TIMEX], order[N_TIMEX:])
    halves = {aid: half for group in groups for aid, half in split([a.id for a in group], SPLIT_SEED).items()}
    return [(rank, a, halves[a.id]) for rank, a in enumerate(order)]


def split(ids: list[str], seed: int) -> dict[str, str]:
    """Half the ids (rounded down) to 'test', the rest to 'dev', by a seeded shuffle of the sorted ids."""
    shuffled = sorted(ids)
    random.Random(seed).shuffle(shuffled)
    n_test = len(shuffled) // 2
    return {aid: ("test" if k < n_test else "dev") for k, aid in enumerate(shuffled)}
