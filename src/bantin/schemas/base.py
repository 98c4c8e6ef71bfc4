"""The base of every table model, and where a model declares its primary and foreign keys."""

from __future__ import annotations

import pandera.polars as pa


class TableModel(pa.DataFrameModel):
    """A published table: exactly its columns, in order, with exact dtypes (no coercion).

    Keys are declared once per model, in its ``Config``:

    - ``unique``: the primary key (a list of column names); pandera enforces it and the
      Frictionless export turns it into ``primaryKey``;
    - ``metadata = {"foreign_keys": {"column": "table.column"}}``: references to other tables.
    """

    class Config:
        strict = True
        ordered = True
        coerce = False


def primary_key(model: type[pa.DataFrameModel]) -> list[str]:
    """The primary key columns of ``model`` (its ``Config.unique``)."""
    unique = model.to_schema().unique
    if unique is None:
        raise ValueError(f"table model {model.__name__} declares no primary key (Config.unique)")
    return [unique] if isinstance(unique, str) else list(unique)


def foreign_keys(model: type[pa.DataFrameModel]) -> dict[str, tuple[str, str]]:
    """``{column: (table, column)}`` for each foreign key ``model`` declares."""
    config = model.__config__
    metadata = (config.metadata if config is not None else None) or {}
    declared: dict[str, str] = metadata.get("foreign_keys", {})
    keys: dict[str, tuple[str, str]] = {}
    for column, target in declared.items():
        table, _, target_column = target.partition(".")
        if not table or not target_column:
            raise ValueError(
                f"{model.__name__}.{column}: foreign key {target!r} is not 'table.column'"
            )
        keys[column] = (table, target_column)
    return keys


def table_name(model: type[pa.DataFrameModel]) -> str:
    """The published name of the table ``model`` describes (its ``Config.name``)."""
    name = model.to_schema().name
    if not name:
        raise ValueError(f"table model {model.__name__} has no Config.name")
    return name
