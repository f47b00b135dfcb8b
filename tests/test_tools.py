"""The maintainer's build scripts in ``tools/``: importable from their path, and their pure parts right."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

from tests.helpers import load_script

TOOLS = Path(__file__).resolve().parents[1] / "tools"


def load_tool(name: str) -> ModuleType:
    return load_script(TOOLS / f"{name}.py", f"tools_{name}")


@pytest.mark.parametrize("name", ["build_ontology", "build_places"])
def test_a_tool_run_without_its_sources_prints_its_usage(name: str) -> None:
    done = subprocess.run([sys.executable, str(TOOLS / f"{name}.py")], capture_output=True, text=True)
    assert done.returncode == 2
    assert f"python tools/{name}.py" in done.stderr


def test_build_tools_write_into_the_package_data_folders() -> None:
    src = TOOLS.parent / "src" / "eventwire"
    ontology, places = load_tool("build_ontology"), load_tool("build_places")
    assert (src / "ontology" / "data", src / "places" / "data") == (ontology.DATA, places.DATA)
    assert ontology.COUNTRY_DATA == places.COUNTRY_DATA == src / "countries" / "data"
    for folder in (ontology.DATA, places.DATA, places.COUNTRY_DATA):
        assert (folder / "README.md").is_file()


def test_build_ontology_sorts_country_phrases_by_kind() -> None:
    build = load_tool("build_ontology")
    capitals = {"baghdad": "IRQ"}
    assert build.alias_kind("iraq", "IRQ", capitals, {"iraq"}) == "country"
    assert build.alias_kind("baghdad", "IRQ", capitals, set()) == "capital"
    assert build.alias_kind("u.s.", "USA", capitals, set()) == "abbreviation"
    assert build.alias_kind("iraqi", "IRQ", capitals, set()) == "adjective"
    assert build.alias_kind("mesopotamia", "IRQ", capitals, set()) == "alias"
    assert build.iso_of("ROM") == "ROU"  # a CAMEO code that is not ISO 3166 maps to the ISO one
    assert build.quad_class("190") == 4 and build.quad_class("042") == 1


def test_build_places_takes_the_largest_polygon_unless_the_country_is_an_archipelago() -> None:
    build = load_tool("build_places")
    big = [[0.0, 0.0], [10.0, 0.0], [10.0, 10.0], [0.0, 10.0], [0.0, 0.0]]
    small = [[20.0, 20.0], [21.0, 20.0], [21.0, 21.0], [20.0, 21.0], [20.0, 20.0]]
    outline = {"features": [{"geometry": {"type": "MultiPolygon", "coordinates": [[big], [small]]}}]}
    lat, lon, share = build.mainland_centroid({"geoJSON": outline})
    assert (lat, lon) == (5.0, 5.0) and share == pytest.approx(100 / 101)
    assert build.country_point({"geoJSON": outline, "latlng": [1, 2]}) == [5.0, 5.0]
    islands = {"features": [{"geometry": {"type": "MultiPolygon", "coordinates": [[big], [big]]}}]}
    assert build.country_point({"geoJSON": islands, "latlng": [1, 2]}) == [1, 2]


def test_fit_confidence_bias_alone_is_the_log_odds_of_the_rate_right() -> None:
    tool = load_tool("fit_confidence")
    x, y = np.ones((10, 1)), np.array([1.0] * 6 + [0.0] * 4)
    [bias] = tool.fit(x, y, 0.0, np.zeros(10))
    assert bias == pytest.approx(np.log(0.6 / 0.4), abs=1e-6)
    # with a kept weight's log-odds as offset, the bias is what is left to fit
    [rest] = tool.fit(x, y, 0.0, np.full(10, 1.0))
    assert rest == pytest.approx(np.log(0.6 / 0.4) - 1.0, abs=1e-6)


def test_fit_confidence_moves_a_floor_with_the_bias() -> None:
    tool = load_tool("fit_confidence")
    assert tool.move_floor(0.5, 0.0) == pytest.approx(0.5)
    assert tool.move_floor(0.2, -0.44) == pytest.approx(0.1384, abs=1e-3)
    # an event just above the old floor stays just above the new one
    z = np.log(0.21 / 0.79)
    assert 1.0 / (1.0 + np.exp(-(z - 0.44))) > tool.move_floor(0.2, -0.44)


def test_fit_confidence_ranking_is_the_chance_a_right_event_reads_higher() -> None:
    tool = load_tool("fit_confidence")
    y = np.array([1.0, 1.0, 0.0, 0.0])
    assert tool.ranking(np.array([0.9, 0.8, 0.2, 0.1]), y) == pytest.approx(1.0)
    assert tool.ranking(np.array([0.1, 0.2, 0.8, 0.9]), y) == pytest.approx(0.0)
    # one right event below one wrong one: 3 of the 4 pairs in order; a tie counts half
    assert tool.ranking(np.array([0.9, 0.3, 0.5, 0.1]), y) == pytest.approx(0.75)
    assert tool.ranking(np.array([0.5, 0.5, 0.5, 0.5]), y) == pytest.approx(0.5)
    # a change that keeps the order (a bias, a floor) leaves the ranking as it was
    assert tool.ranking(np.array([0.95, 0.6, 0.7, 0.2]), y) == tool.ranking(np.array([0.9, 0.3, 0.5, 0.1]), y)
