"""Write validated tables as a Data Package of Parquet files, atomically and byte-reproducibly."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pandera.polars as pa
import polars as pl
import pyarrow
import pyarrow.parquet as pq

from bantin.packaging.datadoc import README_KEY, README_NAME, write_readme
from bantin.packaging.descriptor import (
    DATA_DIR,
    DESCRIPTOR_NAME,
    dump_descriptor,
    format_created,
    package_descriptor,
    resource_descriptor,
    sha256_file,
)
from bantin.packaging.errors import PackageError
from bantin.packaging.recipe import DatasetRecipe
from bantin.packaging.swap import replace_dir
from bantin.packaging.versions import with_data_version
from bantin.schemas import TABLES, check_table, empty_frame
from bantin.schemas.integrity import check_foreign_keys

#: Parquet settings, fixed so that the same tables always give the same bytes.
PARQUET_OPTIONS: dict[str, Any] = {
    "compression": "zstd",
    "compression_level": 9,
    "version": "2.6",
    "data_page_version": "1.0",
    "use_dictionary": True,
    "write_statistics": True,
    "row_group_size": 128 * 1024,
}

_ARROW_TYPES: tuple[tuple[type[pl.DataType], pyarrow.DataType], ...] = (
    (pl.String, pyarrow.string()),
    (pl.Int64, pyarrow.int64()),
    (pl.Int32, pyarrow.int32()),
    (pl.Float64, pyarrow.float64()),
    (pl.Boolean, pyarrow.bool_()),
    (pl.Date, pyarrow.date32()),
)


def _arrow_type(dtype: pl.DataType) -> pyarrow.DataType:
    if isinstance(dtype, pl.Datetime):
        return pyarrow.timestamp(dtype.time_unit or "us", tz=dtype.time_zone)
    for polars_type, arrow_type in _ARROW_TYPES:
        if dtype == polars_type:
            return arrow_type
    raise TypeError(f"no Parquet storage type for polars dtype {dtype}")


def arrow_schema(model: type[pa.DataFrameModel]) -> pyarrow.Schema:
    """The Arrow schema a table is stored with: plain strings, non-null columns marked required."""
    fields = []
    for name, column in model.to_schema().columns.items():
        fields.append(pyarrow.field(name, _arrow_type(column.dtype.type), nullable=column.nullable))
    return pyarrow.schema(fields)


def validate_tables(tables: Mapping[str, pl.DataFrame]) -> dict[str, pl.DataFrame]:
    """Every published table (missing ones empty), checked; ``PackageError`` lists every problem."""
    unknown = sorted(set(tables) - set(TABLES))
    if unknown:
        raise PackageError(
            "cannot write the package: unknown tables",
            [f"table '{name}' has no model (known: {', '.join(TABLES)})" for name in unknown],
        )
    complete = {name: tables.get(name, empty_frame(model)) for name, model in TABLES.items()}
    problems = [
        problem.describe()
        for name, model in TABLES.items()
        for problem in check_table(model, complete[name])
    ]
    problems.extend(check_foreign_keys(complete))
    if problems:
        raise PackageError("cannot write the package: tables break their schema", problems)
    return complete


def write_package(
    tables: Mapping[str, pl.DataFrame], out_dir: Path, recipe: DatasetRecipe, created: dt.datetime
) -> Path:
    """Validate ``tables``, write ``out_dir/data/<table>.parquet`` and ``out_dir/datapackage.json``.

    Tables not given are written empty, so every package has the same resources. A recipe without
    a version gets the CalVer of the newest issue date (``packaging.versions``). The package is
    built in a temporary sibling directory and swapped into place only when complete; an existing
    package at ``out_dir`` is replaced, any other non-empty directory is refused. Returns the
    descriptor path.
    """
    out_dir = Path(out_dir)
    try:
        format_created(created)
    except ValueError as error:
        raise PackageError(f"cannot write the package: {error}") from None
    complete = validate_tables(tables)
    recipe = with_data_version(recipe, complete["bulletins"], created)
    _check_replaceable(out_dir)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.tmp-", dir=out_dir.parent))
    try:
        staging.chmod(0o755)  # mkdtemp makes it private; a published package is world-readable
        _build(staging, complete, recipe, created)
        replace_dir(staging, out_dir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return out_dir / DESCRIPTOR_NAME


def _check_replaceable(out_dir: Path) -> None:
    if not out_dir.exists():
        return
    if not out_dir.is_dir():
        raise PackageError(f"cannot write the package: {out_dir} exists and is not a directory")
    entries = {entry.name for entry in out_dir.iterdir()}
    package_entries = {DESCRIPTOR_NAME, DATA_DIR, README_NAME}
    if entries and not (DESCRIPTOR_NAME in entries and entries <= package_entries):
        raise PackageError(
            f"cannot write the package: {out_dir} is neither empty nor a bantin Data Package "
            f"(it holds {', '.join(sorted(entries)[:5])}); choose another --out directory"
        )


def _build(
    staging: Path, tables: Mapping[str, pl.DataFrame], recipe: DatasetRecipe, created: dt.datetime
) -> None:
    (staging / DATA_DIR).mkdir()
    resources = []
    for name, model in TABLES.items():
        relative = f"{DATA_DIR}/{name}.parquet"
        path = staging / relative
        data = tables[name]
        _write_parquet(data.to_arrow().cast(arrow_schema(model)), path)
        resources.append(
            resource_descriptor(
                name, model, relative, sha256_file(path), path.stat().st_size, data.height
            )
        )
    descriptor = package_descriptor(recipe, created, resources)
    descriptor[README_KEY] = write_readme(staging, descriptor)  # the data dictionary
    _write_bytes(staging / DESCRIPTOR_NAME, dump_descriptor(descriptor))
    _fsync_dir(staging / DATA_DIR)
    _fsync_dir(staging)


def _write_parquet(table: pyarrow.Table, path: Path) -> None:
    pq.write_table(table, path, **PARQUET_OPTIONS)
    with path.open("rb") as handle:
        os.fsync(handle.fileno())


def _write_bytes(path: Path, content: bytes) -> None:
    with path.open("wb") as handle:
        handle.write(content)
        handle.flush()
        os.fsync(handle.fileno())


def _fsync_dir(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
