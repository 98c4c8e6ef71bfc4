"""A profile of a package's tables: rows, and per column null share, distinct values, min and max."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import polars as pl


@dataclass(frozen=True)
class ColumnProfile:
    """One column: its type, share of nulls (0..1), distinct non-null values, min/max as text."""

    name: str
    dtype: str
    null_share: float
    distinct: int
    minimum: str | None = None
    maximum: str | None = None


@dataclass(frozen=True)
class TableProfile:
    name: str
    rows: int
    columns: tuple[ColumnProfile, ...]


def _ranged(dtype: pl.DataType) -> bool:
    return dtype.is_numeric() or dtype.is_temporal()


def _text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, float):
        return f"{value:,.4g}" if abs(value) < 1e6 else f"{value:,.0f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def profile_table(name: str, frame: pl.DataFrame) -> TableProfile:
    """The profile of one table; min/max only for numbers, dates and times (not booleans)."""
    columns = []
    for column in frame.columns:
        series = frame[column]
        nulls = series.null_count()
        ranged = _ranged(series.dtype) and nulls < frame.height
        columns.append(
            ColumnProfile(
                name=column,
                dtype=str(series.dtype),
                null_share=nulls / frame.height if frame.height else 0.0,
                distinct=series.drop_nulls().n_unique(),
                minimum=_text(series.min()) if ranged else None,
                maximum=_text(series.max()) if ranged else None,
            )
        )
    return TableProfile(name, frame.height, tuple(columns))


def profile_tables(tables: Mapping[str, pl.DataFrame]) -> list[TableProfile]:
    """Every table in the given (publication) order."""
    return [profile_table(name, frame) for name, frame in tables.items()]
