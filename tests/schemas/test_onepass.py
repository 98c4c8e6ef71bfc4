"""The one-query check agrees with pandera: it never passes a frame pandera would reject, and a
frame with the model's columns that pandera accepts takes it (so pandera need not run)."""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

import polars as pl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from bantin.schemas import TABLES
from bantin.schemas.frames import check_table, pandera_problems, polars_schema, typed_frame
from bantin.schemas.onepass import passes


def _values(column: Any) -> st.SearchStrategy[Any]:
    """Values for one column: mostly ones its checks accept, some they refuse, and nulls."""
    dtype = column.dtype.type
    statistics = {check.name: check.statistics for check in column.checks}
    good: st.SearchStrategy[Any]
    if dtype == pl.String:
        if "isin" in statistics:
            good = st.sampled_from(statistics["isin"]["allowed_values"])
        elif "str_matches" in statistics:
            good = st.from_regex(statistics["str_matches"]["pattern"], fullmatch=True)
        else:
            good = st.text(min_size=1, max_size=4)
        bad = st.sampled_from(["", "x", "?-1"])
    elif dtype == pl.Int64:
        good, bad = st.integers(1, 4), st.integers(-2, 0)
    elif dtype == pl.Float64:
        good, bad = st.sampled_from([0.0, 2.5, 100.0]), st.sampled_from([-1.0, math.nan])
    elif dtype == pl.Boolean:
        good, bad = st.booleans(), st.nothing()
    elif dtype == pl.Date:
        good, bad = st.dates(dt.date(2000, 1, 1), dt.date(2030, 1, 1)), st.nothing()
    else:  # the UTC timestamps
        good = st.datetimes(dt.datetime(2000, 1, 1), timezones=st.just(dt.UTC))
        bad = st.nothing()
    return st.one_of(good, good, good, bad, st.none())


@st.composite
def frames(draw: st.DrawFn) -> tuple[str, pl.DataFrame]:
    """A table's name and a frame of a few rows with its exact columns and dtypes."""
    name = draw(st.sampled_from(list(TABLES)))
    columns = TABLES[name].to_schema().columns
    height = draw(st.integers(0, 4))
    data = {
        column: draw(st.lists(_values(spec), min_size=height, max_size=height))
        for column, spec in columns.items()
    }
    return name, typed_frame(polars_schema(TABLES[name]), data)


@given(frames())
def test_a_frame_of_the_models_columns_passes_exactly_when_pandera_finds_nothing(
    table: tuple[str, pl.DataFrame],
) -> None:
    name, data = table
    assert passes(TABLES[name], data) == (pandera_problems(TABLES[name], data) == [])
    assert check_table(TABLES[name], data) == pandera_problems(TABLES[name], data)


@given(frames(), st.data())
def test_other_columns_or_dtypes_never_pass_and_pandera_tells_why(
    table: tuple[str, pl.DataFrame], data: st.DataObject
) -> None:
    name, good = table
    column = data.draw(st.sampled_from(good.columns))
    changed = data.draw(
        st.sampled_from(
            [
                good.drop(good.columns[-1]),  # never a key column: pandera fails on those
                good.with_columns(pl.lit(None, pl.Int32).alias("extra")),
                good.select(reversed(good.columns)),
                good.with_columns(pl.col(column).cast(pl.String).cast(pl.Categorical)),
            ]
        )
    )
    assert not passes(TABLES[name], changed)
    assert check_table(TABLES[name], changed) == pandera_problems(TABLES[name], changed) != []


@pytest.mark.parametrize("name", list(TABLES))
def test_every_published_table_is_checked_in_one_query(name: str) -> None:
    empty = typed_frame(polars_schema(TABLES[name]), {c: [] for c in polars_schema(TABLES[name])})
    assert passes(TABLES[name], empty)
