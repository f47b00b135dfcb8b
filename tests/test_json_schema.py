"""The JSON Schema of an article (``eventwire schema``): the contract's fields, all described."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import pytest

from eventwire.cli import main
from eventwire.model import article_json_schema
from tests.conftest import SHARED
from tests.test_store import make_article

# The article form of CONTRACT.md: each field, with the fields of the object it holds
# (for a list, of each item).
CONTRACT: dict[str, Any] = {
    "id": None,
    "title": None,
    "url": None,
    "published": None,
    "dateline": {"text": None, "place": None},
    "credits": None,
    "text": None,
    "removed": {"text": None, "reason": None},
    "actors": dict.fromkeys(["id", "name", "mentions", "country", "sector", "code"]),
    "events": {
        **dict.fromkeys(["id", "type", "mode", "cameo", "quad_class", "goldstein"]),
        "source": {"actor": None, "text": None},
        "target": {"actor": None, "text": None},
        **dict.fromkeys(["date", "place", "fatalities", "modality"]),
        "evidence": {"start": None, "end": None},
        "confidence": None,
    },
    "quotes": {
        **dict.fromkeys(["text", "start", "end"]),
        "speaker": dict.fromkeys(["actor", "text", "start", "end"]),
        **dict.fromkeys(["direct", "cue"]),
    },
    "times": dict.fromkeys(["text", "start", "end", "type", "value"]),
    "places": dict.fromkeys(["id", "text", "start", "end", "name", "country", "lat", "lon", "geonameid"]),
    "warnings": None,
}


def resolve(schema: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """The object schema a property holds: through $ref, a nullable anyOf, and list items."""
    while True:
        if "$ref" in node:
            node = schema["$defs"][node["$ref"].rsplit("/", 1)[1]]
        elif "anyOf" in node:
            node = next(n for n in node["anyOf"] if n.get("type") != "null")
        elif node.get("type") == "array" and "items" in node:
            node = node["items"]
        else:
            return node


def missing_fields(
    schema: dict[str, Any], node: dict[str, Any], wanted: dict[str, Any], at: str
) -> Iterator[str]:
    properties = resolve(schema, node).get("properties", {})
    for name, inner in wanted.items():
        if name not in properties:
            yield f"{at}{name}"
        elif inner is not None:
            yield from missing_fields(schema, properties[name], inner, f"{at}{name}.")


def test_every_contract_field_is_in_the_schema() -> None:
    schema = article_json_schema()
    assert list(missing_fields(schema, schema, CONTRACT, "")) == []


def test_every_property_in_the_schema_is_described() -> None:
    schema = article_json_schema()
    objects = {"Article": schema, **schema["$defs"]}
    undescribed = [
        f"{name}.{prop}"
        for name, obj in objects.items()
        for prop, node in obj.get("properties", {}).items()
        if not node.get("description", "").strip()
    ]
    assert undescribed == []
    assert sum(len(obj.get("properties", {})) for obj in objects.values()) > 70


def test_every_description_names_the_module_that_fills_the_field() -> None:
    schema = article_json_schema()
    objects = {"Article": schema, **schema["$defs"]}
    for name, obj in objects.items():
        for prop, node in obj["properties"].items():
            assert re.search(r"\bset by eventwire\.\w+", node["description"]), f"{name}.{prop}"


def test_the_schema_has_exactly_the_keys_the_output_has() -> None:
    """Internal fields (parse, source) stay out; every key of the output is a property, and required."""
    schema = article_json_schema()
    output = make_article().to_json_dict()
    assert "source" not in schema["properties"] and "parse" not in schema["properties"]
    for path, keys, node in _objects(schema, schema, output, "article"):
        assert set(node["properties"]) == keys, path
        assert set(node["required"]) == keys, path


def _objects(
    schema: dict[str, Any], node: dict[str, Any], value: Any, path: str
) -> Iterator[tuple[str, set[str], dict[str, Any]]]:
    """Each JSON object in ``value`` with the schema describing it."""
    node = resolve(schema, node)
    if isinstance(value, list):
        for n, item in enumerate(value):
            if isinstance(item, dict):
                yield from _objects(schema, node, item, f"{path}[{n}]")
    elif isinstance(value, dict):
        yield path, set(value), node
        for key, inner in value.items():
            yield from _objects(schema, node["properties"][key], inner, f"{path}.{key}")


def test_mentions_are_start_end_pairs() -> None:
    schema = article_json_schema()
    mentions = schema["$defs"]["Actor"]["properties"]["mentions"]
    pair = mentions["items"]
    assert (pair["type"], pair["minItems"], pair["maxItems"]) == ("array", 2, 2)
    assert [p["type"] for p in pair["prefixItems"]] == ["integer", "integer"]


def test_the_schema_command_prints_it(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out) == article_json_schema()


def test_the_contract_lists_no_field_this_test_forgets() -> None:
    """The CONTRACT table above is CONTRACT.md's article form: every key quoted there is in it."""
    contract = SHARED / "CONTRACT.md"
    if not contract.is_file():
        pytest.skip("../shared/CONTRACT.md is absent beside the checkout")
    block = contract.read_text(encoding="utf-8").split("## One article (JSON)")[1].split("```")[1]
    quoted = set(re.findall(r'"(\w+)":', block))
    assert quoted and quoted - set(_names(CONTRACT)) == set()


def _names(tree: dict[str, Any]) -> Iterator[str]:
    for name, inner in tree.items():
        yield name
        if inner is not None:
            yield from _names(inner)
