"""Open a published package (folder, descriptor or URL), verified, as DataFrames or DuckDB views."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import polars as pl
import pyarrow
import pyarrow.parquet as pq

from bantin.packaging.errors import PackageError
from bantin.packaging.reader import (
    check_parquet,
    descriptor_path,
    read_descriptor,
    verify_resource,
)
from bantin.packaging.remote import descriptor_url, fetch_descriptor, fetch_file, is_url

if TYPE_CHECKING:
    import duckdb

Engine = Literal["polars", "pandas", "arrow"]
ENGINES: tuple[str, ...] = ("polars", "pandas", "arrow")


@dataclass(frozen=True)
class OpenedPackage:
    """A package whose selected resources are verified local Parquet files, in descriptor order."""

    location: str
    descriptor: dict[str, Any]
    files: dict[str, Path]


def _select(
    descriptor: dict[str, Any], tables: Sequence[str] | str | None, location: str
) -> list[dict[str, Any]]:
    resources = [r for r in descriptor["resources"] if isinstance(r, dict)]
    if tables is None:
        return resources
    wanted = [tables] if isinstance(tables, str) else list(tables)
    names = [str(r.get("name")) for r in resources]
    unknown = [name for name in wanted if name not in names]
    if unknown:
        raise PackageError(
            f"cannot load the package at {location}",
            [f"no resource '{name}' (the package has {', '.join(names)})" for name in unknown],
        )
    return [r for r in resources if r.get("name") in wanted]


def open_package(source: str | Path, tables: Sequence[str] | str | None = None) -> OpenedPackage:
    """Check the selected resources of ``source`` (a package folder, a ``datapackage.json`` path
    or an http(s) URL of either) against its descriptor; remote files are downloaded into the
    cache first. Any problem raises ``PackageError`` naming the resource."""
    if is_url(source):
        return _open_remote(str(source), tables)
    location = descriptor_path(Path(source))
    descriptor, problems = read_descriptor(location)
    if descriptor is None:
        raise PackageError(f"cannot load the package at {location}", problems)
    selected = _select(descriptor, tables, str(location))
    for resource in selected:
        problems.extend(verify_resource(location.parent, resource))
    if problems:
        raise PackageError(f"cannot load the package at {location}", problems)
    files = {str(r["name"]): location.parent / str(r["path"]) for r in selected}
    return OpenedPackage(str(location), descriptor, files)


def _open_remote(url: str, tables: Sequence[str] | str | None) -> OpenedPackage:
    location = descriptor_url(url)
    descriptor, _ = fetch_descriptor(location)
    files = {}
    for resource in _select(descriptor, tables, location):
        where = f"resource '{resource.get('name', '?')}'"
        path = fetch_file(location, resource, where)
        problems = check_parquet(path, resource, where)
        if problems:
            raise PackageError(f"cannot load the package at {location}", problems)
        files[str(resource["name"])] = path
    return OpenedPackage(location, descriptor, files)


def _pandas_type(arrow_type: pyarrow.DataType) -> Any:
    """Nullable pandas dtypes for Parquet columns; dates stay dates (not timestamps)."""
    import pandas as pd

    if pyarrow.types.is_integer(arrow_type):
        sign = "" if pyarrow.types.is_signed_integer(arrow_type) else "U"
        return pd.api.types.pandas_dtype(f"{sign}Int{arrow_type.bit_width}")
    if pyarrow.types.is_floating(arrow_type):
        return pd.api.types.pandas_dtype(f"Float{arrow_type.bit_width}")
    if pyarrow.types.is_boolean(arrow_type):
        return pd.BooleanDtype()
    if pyarrow.types.is_string(arrow_type) or pyarrow.types.is_large_string(arrow_type):
        return pd.StringDtype()
    if pyarrow.types.is_date(arrow_type):
        return pd.ArrowDtype(arrow_type)
    return None  # timestamps: pandas' own datetime64 with the time zone


def read_table(path: Path, engine: str) -> Any:
    """One Parquet file as a polars DataFrame, a pandas DataFrame or a pyarrow Table."""
    if engine == "polars":
        return pl.read_parquet(path)
    table = pq.read_table(path)
    if engine == "arrow":
        return table
    return table.to_pandas(types_mapper=_pandas_type)


def load(
    source: str | Path, tables: Sequence[str] | str | None = None, engine: Engine = "polars"
) -> dict[str, Any]:
    """The package's tables (all, or those named in ``tables``) as ``{name: DataFrame}``.

    ``source`` is a package folder, its ``datapackage.json``, or an http(s) URL of either; remote
    files are cached by sha256 (``$BANTIN_CACHE``, default the user cache). Every file is checked
    against the descriptor's sha256 and size first; any problem raises ``PackageError``.
    ``engine`` is ``polars`` (default), ``pandas`` (nullable dtypes, dates as dates) or ``arrow``.
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r} (choose from {', '.join(ENGINES)})")
    opened = open_package(source, tables)
    loaded = {}
    for name, path in opened.files.items():
        try:
            loaded[name] = read_table(path, engine)
        except (OSError, pyarrow.ArrowException, pl.exceptions.PolarsError) as error:
            raise PackageError(
                f"cannot load the package at {opened.location}",
                [f"resource '{name}': {path.name} cannot be read ({error})"],
            ) from error
    return loaded


def _quote_identifier(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _quote_literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def connect(
    source: str | Path, tables: Sequence[str] | str | None = None
) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB connection with one view per resource (named like it), after the
    same checks as :func:`load`. Needs duckdb (``pip install "bantin[duckdb]"``)."""
    try:
        import duckdb
    except ModuleNotFoundError:
        raise ModuleNotFoundError(
            'bantin.connect needs duckdb: pip install "bantin[duckdb]"'
        ) from None
    opened = open_package(source, tables)
    connection = duckdb.connect()
    for name, path in opened.files.items():
        connection.execute(
            f"CREATE VIEW {_quote_identifier(name)} AS "
            f"SELECT * FROM read_parquet({_quote_literal(str(path))})"
        )
    return connection
