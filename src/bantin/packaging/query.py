"""Run one SQL query on a verified package (DuckDB views) and write its result as CSV or JSON."""

from __future__ import annotations

import csv
import datetime as dt
import decimal
import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bantin.packaging.consumer import connect


class QueryError(ValueError):
    """The SQL itself failed (syntax, unknown table or column): a usage error."""


@dataclass(frozen=True)
class QueryResult:
    """The column names and rows of a query result."""

    columns: list[str]
    rows: list[tuple[Any, ...]]


def run_query(source: str | Path, sql: str) -> QueryResult:
    """Run ``sql`` on the package at ``source`` (checked first: ``PackageError`` on a mismatch)."""
    import duckdb

    connection = connect(source)
    try:
        relation = connection.sql(sql)
        if relation is None:  # a statement without a result (e.g. CREATE VIEW)
            return QueryResult([], [])
        return QueryResult(list(relation.columns), relation.fetchall())
    except duckdb.Error as error:
        raise QueryError(str(error).splitlines()[0]) from None
    finally:
        connection.close()


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return float(value) if value % 1 else int(value)
    if isinstance(value, dt.timedelta):
        return str(value)
    return value


def to_json(result: QueryResult) -> str:
    """A JSON array with one object per row; dates and times in ISO 8601."""
    records = [
        {column: _plain(value) for column, value in zip(result.columns, row, strict=True)}
        for row in result.rows
    ]
    return json.dumps(records, ensure_ascii=False, indent=1, default=str)


def to_csv(result: QueryResult) -> str:
    """RFC 4180 CSV with a header row; nulls are empty cells."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(result.columns)
    for row in result.rows:
        writer.writerow(["" if value is None else _plain(value) for value in row])
    return buffer.getvalue()
