"""Build polars frames with a model's exact columns and dtypes, and check frames against a model."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import pandera.polars as pa
import polars as pl
from pandera.config import ValidationDepth, config_context

from bantin.schemas.base import primary_key, table_name
from bantin.schemas.onepass import passes

#: Frame-level checks whose failure case is a column name, and what their failure means.
_COLUMN_NAMED_CHECKS = {
    "column_in_dataframe": "missing",
    "column_in_schema": "not in the schema",
    "column_ordered": "out of order",
}
_EXAMPLES = 3
_LONGEST = 80


def polars_schema(model: type[pa.DataFrameModel]) -> pl.Schema:
    """Column name -> polars dtype, in the model's order."""
    columns = model.to_schema().columns
    return pl.Schema({name: column.dtype.type for name, column in columns.items()})


def empty_frame(model: type[pa.DataFrameModel]) -> pl.DataFrame:
    """A frame with no rows and exactly the model's columns and dtypes."""
    return pl.DataFrame(schema=polars_schema(model))


def frame(model: type[pa.DataFrameModel], rows: Iterable[Mapping[str, Any]]) -> pl.DataFrame:
    """A frame of ``rows`` (dicts keyed by column; a missing key is null) with the model's dtypes."""
    schema = polars_schema(model)
    columns: dict[str, list[Any]] = {name: [] for name in schema}
    for index, row in enumerate(rows):
        unknown = set(row) - set(schema)
        if unknown:
            raise ValueError(
                f"{table_name(model)} row {index}: unknown column(s) {', '.join(sorted(unknown))}"
            )
        for name, values in columns.items():
            values.append(row.get(name))
    return typed_frame(schema, columns)


def columns_frame(
    model: type[pa.DataFrameModel], parts: Sequence[Mapping[str, Sequence[Any]]]
) -> pl.DataFrame:
    """A frame of ``parts`` one after the other, each given as columns (column name -> values,
    all as long; a missing column is null), with the model's dtypes."""
    schema = polars_schema(model)
    columns: dict[str, list[Any]] = {name: [] for name in schema}
    for index, part in enumerate(parts):
        problem = part_problem(schema, part)
        if problem:
            raise ValueError(f"{table_name(model)} part {index}: {problem}")
        extend_columns(columns, part)
    return typed_frame(schema, columns)


def typed_frame(schema: Mapping[str, Any], columns: Mapping[str, Sequence[Any]]) -> pl.DataFrame:
    """``columns`` as a frame with the dtypes of ``schema``; a value of another type is an error.

    A string column may come as UTF-8 ``bytes`` (how long texts travel from the workers: see
    ``bantin.datasets.tables``); it becomes the same string column, without a Python ``str``."""
    return pl.DataFrame(
        [typed_series(name, values, schema[name]) for name, values in columns.items()]
    )


def typed_series(name: str, values: Sequence[Any], dtype: Any) -> pl.Series:
    """``values`` as a series of ``dtype`` (``typed_frame``'s column)."""
    if dtype == pl.String and isinstance(next((v for v in values if v is not None), None), bytes):
        # Every value must then be bytes (or null): strict, and the cast checks the UTF-8.
        return pl.Series(name, values, dtype=pl.Binary, strict=True).cast(pl.String)
    return pl.Series(name, values, dtype=dtype, strict=True)


def part_problem(known: Collection[str], part: Mapping[str, Sequence[Any]]) -> str | None:
    """What keeps ``part`` (column name -> values) from joining a table of the columns ``known``:
    unknown columns, or columns of different lengths; None when it fits."""
    unknown = set(part) - set(known)
    if unknown:
        return f"unknown column(s) {', '.join(sorted(unknown))}"
    if len({len(values) for values in part.values()}) > 1:
        return "columns of different lengths"
    return None


def extend_columns(columns: Mapping[str, list[Any]], part: Mapping[str, Sequence[Any]]) -> int:
    """Append the rows of ``part`` (one ``part_problem`` finds nothing in; a column it lacks is
    null) to ``columns``; the number of rows appended."""
    height = len(next(iter(part.values()), ()))
    for name, values in columns.items():
        values.extend(part.get(name) or [None] * height)
    return height


@dataclass(frozen=True)
class TableProblem:
    """One way a table breaks its model: a column (or the key columns) and the check it fails.

    ``cases`` holds a few (0-based row or None, offending value) pairs; ``count`` counts them all.
    """

    table: str
    column: str
    check: str
    count: int
    cases: tuple[tuple[int | None, str], ...] = ()

    def describe(self) -> str:
        """One line naming table, column, check and a few failure cases."""
        where = f"table '{self.table}', column '{self.column}'"
        if self.check in _COLUMN_NAMED_CHECKS:
            return f"{where}: {_COLUMN_NAMED_CHECKS[self.check]}"
        shown = ", ".join(
            value if row is None else f"row {row}: {value}" for row, value in self.cases
        )
        rows = "row" if self.count == 1 else "rows"
        detail = f" (e.g. {shown})" if shown else ""
        return f"{where}: fails {self.check} in {self.count} {rows}{detail}"


def check_table(model: type[pa.DataFrameModel], data: pl.DataFrame) -> list[TableProblem]:
    """Every way ``data`` breaks ``model`` (columns, dtypes, nulls, checks, keys); [] when valid.

    A frame that passes is told in one query (``bantin.schemas.onepass``); pandera itself runs
    only on one that may not, and says what is wrong."""
    if passes(model, data):
        return []
    return pandera_problems(model, data)


def pandera_problems(model: type[pa.DataFrameModel], data: pl.DataFrame) -> list[TableProblem]:
    """``check_table`` by pandera alone, check by check."""
    try:
        with config_context(
            validation_enabled=True, validation_depth=ValidationDepth.SCHEMA_AND_DATA
        ):
            model.validate(data, lazy=True)
    except pa.errors.SchemaErrors as errors:
        return _problems(model, errors.failure_cases)
    return []


def _problems(model: type[pa.DataFrameModel], failures: pl.DataFrame) -> list[TableProblem]:
    key = ", ".join(primary_key(model))
    grouped: dict[tuple[str, str], list[tuple[int | None, str]]] = {}
    for failure in failures.iter_rows(named=True):
        check = str(failure["check"])
        value = "null" if failure["failure_case"] is None else str(failure["failure_case"])
        if check in _COLUMN_NAMED_CHECKS:
            column = value
        elif failure["schema_context"] == "DataFrameSchema" and "unique" in check:
            column = key
        else:
            column = str(failure["column"])
        shown = value if len(value) <= _LONGEST else value[: _LONGEST - 1] + "…"
        grouped.setdefault((column, check), []).append((failure["index"], repr(shown)))
    return [
        TableProblem(table_name(model), column, check, len(cases), tuple(cases[:_EXAMPLES]))
        for (column, check), cases in grouped.items()
    ]
