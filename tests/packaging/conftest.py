"""A release-shaped set of tables and one package written from it, shared by the packaging tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import polars as pl
import pytest

from bantin.datasets.tables import build_tables
from bantin.packaging import write_package
from bantin.packaging.recipe import DEFAULT_RECIPE
from tests.builders import sample_sources, with_release_tables

CREATED = dt.datetime(2025, 10, 2, 8, 30, tzinfo=dt.UTC)


@pytest.fixture(scope="session")
def tables() -> dict[str, pl.DataFrame]:
    """Every table, with null dates, null ints, UTC datetimes, findings and sources."""
    return with_release_tables(build_tables(sample_sources()))


@pytest.fixture(scope="session")
def package(tables: dict[str, pl.DataFrame], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The descriptor path of a package written once; tests must not modify it (copy it first)."""
    return write_package(
        tables, tmp_path_factory.mktemp("release") / "out", DEFAULT_RECIPE, CREATED
    )
