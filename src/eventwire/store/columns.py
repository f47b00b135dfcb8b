"""Table columns derived from the pydantic models, so that a field is declared once: in the model.

The rules, applied to each field of a part (an Actor, an Event, ...) or of the
article row:

- a scalar is one column typed from its annotation: ``str`` and a ``Literal`` of
  strings are VARCHAR, ``int`` INTEGER, ``float`` DOUBLE, ``bool`` BOOLEAN;
- a model inside the part is flattened, its columns prefixed with the field's
  name (``source.actor`` is ``source_actor``).  An optional one reads back as
  None when all its columns are NULL, so it needs a field that is never None
  (else None and an empty model would look alike: the derivation refuses it);
- anything else (a list, a tuple, a model inside a flattened model) is one JSON
  column holding the field's JSON form;
- a column is NOT NULL when neither its field nor a model around it may be None.

The few exceptions (renamed columns, integer widths) are declared in
:mod:`eventwire.store.schema`, which also adds the computed helper columns.
"""

from __future__ import annotations

import json
import types
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel, TypeAdapter
from pydantic.fields import FieldInfo

from eventwire.model import Article

_SCALARS: dict[type, str] = {str: "VARCHAR", int: "INTEGER", float: "DOUBLE", bool: "BOOLEAN"}


@dataclass(slots=True)
class RowContext:
    """What a computed column may look at besides its row's item: the article, the run, the position."""

    article: Article
    run_id: str | None
    now: datetime
    pos: int = 0  # the item's position in its list (in the article, for a span list)
    owner: Any = None  # the part a span list belongs to (the Actor of a mention)


Compute = Callable[[Any, RowContext], Any]


@dataclass(frozen=True)
class Column:
    """One column of a table: a model field's, a key, or a computed helper."""

    name: str
    sql_type: str
    not_null: bool = False
    #: Attribute path from the row's item to the field: ("source", "actor"); () when no field is stored here.
    path: tuple[str, ...] = ()
    #: Set for a JSON column: dumps the field's value to its JSON form.
    adapter: TypeAdapter[Any] | None = None
    #: Set for keys and computed helpers: the value from the item and its context (never read back).
    compute: Compute | None = None

    def ddl(self, primary: bool = False) -> str:
        constraint = " PRIMARY KEY" if primary else " NOT NULL" if self.not_null else ""
        return f'"{self.name}" {self.sql_type}{constraint}'

    def value_of(self, item: Any, row: RowContext) -> Any:
        """This column's value for ``item`` (a part, a span, or the article itself)."""
        if self.compute is not None:
            return self.compute(item, row)
        for name in self.path:
            if item is None:  # an optional model around the field is absent
                return None
            item = getattr(item, name)
        if self.adapter is None or item is None:
            return item
        return json.dumps(self.adapter.dump_python(item, mode="json"), ensure_ascii=False)

    def read(self, value: Any) -> Any:
        """The field's value as the model takes it back (JSON parsed; the model validates it)."""
        return json.loads(value) if self.adapter is not None and value is not None else value


@dataclass(frozen=True)
class Naming:
    """The exceptions to the rules, for one table: renamed fields, integer widths."""

    table: str
    renamed: Mapping[str, str]  # "table.dotted.path" -> column name
    widths: Mapping[str, str]  # "table.column" -> integer SQL type

    def column(self, path: tuple[str, ...], sql_type: str, not_null: bool, adapter: Any = None) -> Column:
        name = self.renamed.get(f"{self.table}.{'.'.join(path)}", "_".join(path))
        if sql_type == "INTEGER":
            sql_type = self.widths.get(f"{self.table}.{name}", sql_type)
        return Column(name, sql_type, not_null, path, adapter)


def model_columns(model: type[BaseModel], naming: Naming, skip: frozenset[str] = frozenset()) -> list[Column]:
    """The columns of ``model``'s fields, in field order (``skip``: fields stored elsewhere)."""
    columns: list[Column] = []
    for name, info in model.model_fields.items():
        if name in skip or info.exclude:
            continue
        columns += _field_columns((name,), info, naming, flatten=True, parent_optional=False)
    return columns


def _field_columns(
    path: tuple[str, ...], info: FieldInfo, naming: Naming, *, flatten: bool, parent_optional: bool
) -> list[Column]:
    annotation, optional = _without_none(info.annotation)
    not_null = not (optional or parent_optional)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel) and flatten:
        if optional:
            _check_presence_readable(annotation, path)
        return [
            column
            for name, inner in annotation.model_fields.items()
            for column in _field_columns(
                (*path, name), inner, naming, flatten=False, parent_optional=optional or parent_optional
            )
        ]
    sql_type = _scalar_type(annotation)
    if sql_type is None:
        declared: Any = info.annotation
        return [naming.column(path, "JSON", not_null, TypeAdapter(declared))]
    return [naming.column(path, sql_type, not_null)]


def _without_none(annotation: Any) -> tuple[Any, bool]:
    """``X | None`` -> (X, True); anything else -> (itself, False)."""
    if get_origin(annotation) in (Union, types.UnionType):
        args = [a for a in get_args(annotation) if a is not type(None)]
        if len(args) < len(get_args(annotation)):
            return (args[0] if len(args) == 1 else annotation), True
    return annotation, False


def _scalar_type(annotation: Any) -> str | None:
    """The SQL type of a scalar annotation; None for what goes to JSON."""
    if get_origin(annotation) is Literal:
        kinds = {type(v) for v in get_args(annotation)}
        return _SCALARS.get(kinds.pop()) if len(kinds) == 1 else None
    return _SCALARS.get(annotation) if isinstance(annotation, type) else None


def _check_presence_readable(model: type[BaseModel], path: tuple[str, ...]) -> None:
    if all(_without_none(info.annotation)[1] for info in model.model_fields.values()):
        raise TypeError(
            f"{'.'.join(path)}: an optional {model.__name__} whose fields may all be None cannot be"
            " told from None once flattened; give it a required field or store it as JSON"
        )


# --- reading a row back into the model's shape ---------------------------------------------------


def nest(
    row: Mapping[str, Any], columns: Sequence[Column], optional_groups: frozenset[str]
) -> dict[str, Any]:
    """The model's fields from a row: flattened models nested again, JSON parsed.

    ``columns`` are those holding fields; a model in ``optional_groups`` whose
    columns are all NULL is None.
    """
    out: dict[str, Any] = {}
    for column in columns:
        value = column.read(row[column.name])
        if len(column.path) == 1:
            out[column.path[0]] = value
        else:
            out.setdefault(column.path[0], {})[column.path[1]] = value
    for group in optional_groups:
        if group in out and all(v is None for v in out[group].values()):
            out[group] = None
    return out


def optional_models(model: type[BaseModel]) -> frozenset[str]:
    """The fields of ``model`` that hold an optional model (flattened, so None must be inferred)."""
    found = set()
    for name, info in model.model_fields.items():
        inner, optional = _without_none(info.annotation)
        if optional and isinstance(inner, type) and issubclass(inner, BaseModel):
            found.add(name)
    return frozenset(found)
