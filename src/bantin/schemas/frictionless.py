"""Generate Frictionless Table Schemas from the pandera models (never written by hand)."""

from __future__ import annotations

from typing import Any

import pandera.polars as pa
import polars as pl

from bantin.schemas.base import foreign_keys, primary_key

#: Cell texts frictionless reads as null. Parquet nulls reach frictionless through pandas, where a
#: null in an integer column becomes the float NaN ("nan"); "" is the Table Schema default.
MISSING_VALUES = ["", "nan"]


class UnsupportedSchema(ValueError):
    """A model uses a dtype or a check the Table Schema export cannot express."""


def field_type(dtype: pl.DataType) -> str:
    """The Table Schema type of a polars dtype."""
    if dtype == pl.String:
        return "string"
    if dtype == pl.Boolean:
        return "boolean"
    if dtype.is_integer():
        return "integer"
    if dtype.is_float():
        return "number"
    if dtype == pl.Date:
        return "date"
    if isinstance(dtype, pl.Datetime):
        return "datetime"
    raise UnsupportedSchema(f"no Table Schema type for polars dtype {dtype}")


def xsd_pattern(pattern: str) -> str:
    """A pandera ``str_matches`` pattern as a Table Schema pattern (implicitly anchored)."""
    if not (pattern.startswith("^") and pattern.endswith("$")):
        raise UnsupportedSchema(f"pattern {pattern!r} must be anchored with ^ and $")
    return pattern[1:-1]


def _constraints(check: pa.Check) -> dict[str, Any]:
    stats = check.statistics or {}
    name = check.name
    if name == "str_matches":
        return {"pattern": xsd_pattern(str(stats["pattern"]))}
    if name == "isin":
        return {"enum": list(stats["allowed_values"])}
    if name == "greater_than_or_equal_to":
        return {"minimum": stats["min_value"]}
    if name == "less_than_or_equal_to":
        return {"maximum": stats["max_value"]}
    if name == "greater_than":
        return {"exclusiveMinimum": stats["min_value"]}
    if name == "less_than":
        return {"exclusiveMaximum": stats["max_value"]}
    if name == "in_range" and stats.get("include_min", True) and stats.get("include_max", True):
        return {"minimum": stats["min_value"], "maximum": stats["max_value"]}
    if name == "str_length":
        bounds = {"minLength": stats.get("min_value"), "maxLength": stats.get("max_value")}
        return {key: value for key, value in bounds.items() if value is not None}
    raise UnsupportedSchema(f"check {check.error or name} has no Table Schema constraint")


def table_schema(model: type[pa.DataFrameModel]) -> dict[str, Any]:
    """The Frictionless Table Schema of ``model``: fields, primaryKey, foreignKeys, missingValues."""
    schema = model.to_schema()
    fields = []
    for name, column in schema.columns.items():
        field: dict[str, Any] = {"name": name, "type": field_type(column.dtype.type)}
        if column.title:
            field["title"] = column.title
        if column.description:
            field["description"] = column.description
        constraints: dict[str, Any] = {}
        if not column.nullable:
            constraints["required"] = True
        if column.unique:
            constraints["unique"] = True
        for check in column.checks:
            try:
                constraints.update(_constraints(check))
            except UnsupportedSchema as error:
                raise UnsupportedSchema(f"{model.__name__}.{name}: {error}") from None
        if constraints:
            field["constraints"] = constraints
        fields.append(field)
    descriptor: dict[str, Any] = {"fields": fields, "primaryKey": primary_key(model)}
    references = foreign_keys(model)
    if references:
        descriptor["foreignKeys"] = [
            {"fields": [column], "reference": {"resource": table, "fields": [target]}}
            for column, (table, target) in references.items()
        ]
    descriptor["missingValues"] = list(MISSING_VALUES)
    return descriptor
