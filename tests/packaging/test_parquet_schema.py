"""Parquet files say which columns are never null (REQUIRED), as engines reading them expect."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq

from bantin.schemas import TABLES


def test_required_columns_are_required_in_the_parquet_schema(package: Path) -> None:
    for name, model in TABLES.items():
        schema = pq.read_schema(package.parent / "data" / f"{name}.parquet")
        columns = model.to_schema().columns
        for column_name, column in columns.items():
            assert schema.field(column_name).nullable == column.nullable, (name, column_name)
    bulletins = pq.read_schema(package.parent / "data" / "bulletins.parquet")
    assert not bulletins.field("bulletin_id").nullable
    assert bulletins.field("issue_date").nullable
