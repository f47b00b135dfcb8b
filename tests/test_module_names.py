"""No module of the package binds a top-level name twice: a second constant of the same name
silently replaces the first for every rule that reads it (a rule module holds many word lists)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import eventwire

PACKAGE = Path(eventwire.__file__).resolve().parent


def _top_level_names(tree: ast.Module) -> Counter[str]:
    names: Counter[str] = Counter()
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
    return names


def test_no_top_level_name_is_bound_twice() -> None:
    twice = [
        f"{path.relative_to(PACKAGE)}: {name}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for name, count in _top_level_names(ast.parse(path.read_text(encoding="utf-8"))).items()
        if count > 1
    ]
    assert twice == []
