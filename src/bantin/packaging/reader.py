"""Load a bantin Data Package back into polars, after checking its files against the descriptor."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import polars as pl
import pyarrow.parquet as pq

from bantin.packaging.datadoc import README_KEY
from bantin.packaging.descriptor import DESCRIPTOR_NAME
from bantin.packaging.errors import PackageError
from bantin.packaging.verify import check_digest as check_digest  # re-exported for remote.py
from bantin.packaging.verify import check_readme, read_descriptor
from bantin.packaging.verify import resource_file as resource_file


def descriptor_path(path: Path) -> Path:
    """``path`` itself when it is a descriptor file, else ``path/datapackage.json``."""
    path = Path(path)
    return path if path.suffix == ".json" else path / DESCRIPTOR_NAME


def check_parquet(path: Path, resource: dict[str, Any], where: str) -> list[str]:
    """Row count and column names of the Parquet file ``path`` against its resource."""
    relative = resource.get("path")
    try:
        metadata = pq.ParquetFile(path).metadata
    except Exception as error:  # pyarrow raises several types for a damaged file
        return [f"{where}: {relative} is not a readable Parquet file ({error})"]
    problems = []
    rows = resource.get("rows")
    if rows is not None and rows != metadata.num_rows:
        problems.append(
            f"{where}: {relative} has {metadata.num_rows} rows, the descriptor says {rows}"
        )
    fields = [field.get("name") for field in resource.get("schema", {}).get("fields", [])]
    columns = metadata.schema.to_arrow_schema().names
    if fields and fields != columns:
        problems.append(f"{where}: {relative} has columns {columns}, the schema lists {fields}")
    return problems


def verify_resource(root: Path, resource: dict[str, Any]) -> list[str]:
    """Every mismatch between one resource entry and its file under ``root``."""
    where = f"resource '{resource.get('name', '?')}'"
    path, problem = resource_file(root, resource)
    if path is None:
        return [f"{where}: {problem}"]
    if not path.is_file():
        return [f"{where}: file {resource['path']} is missing"]
    return check_digest(path, resource, where) + check_parquet(path, resource, where)


def package_files(descriptor: dict[str, Any]) -> list[str]:
    """Every file the descriptor lists, relative to the package root, itself included."""
    entries = [*descriptor.get("resources", []), descriptor.get(README_KEY)]
    paths = [entry["path"] for entry in entries if isinstance(entry, dict) and "path" in entry]
    return [DESCRIPTOR_NAME, *(path for path in paths if isinstance(path, str))]


def verify_package(path: Path) -> list[str]:
    """Every mismatch between the descriptor and the files: missing file, size, sha256, rows,
    columns, and the README's size and sha256 (``bantin:readme``). [] when the package is intact
    (frictionless does not check these for Parquet)."""
    location = descriptor_path(path)
    descriptor, problems = read_descriptor(location)
    if descriptor is None:
        return problems
    for resource in descriptor["resources"]:
        if not isinstance(resource, dict):
            problems.append(f"{location}: a resource is not an object")
            continue
        problems.extend(verify_resource(location.parent, resource))
    if README_KEY in descriptor:
        problems.extend(check_readme(location.parent, descriptor[README_KEY]))
    return problems


def load_package(path: Path, *, verify: bool = True) -> dict[str, pl.DataFrame]:
    """Every resource of the package as a polars frame, in descriptor order.

    With ``verify`` (the default) the files are first checked against the descriptor and any
    mismatch raises ``PackageError``.
    """
    location = descriptor_path(path)
    descriptor, problems = read_descriptor(location)
    if verify and descriptor is not None:
        problems = verify_package(location)
    if descriptor is None or problems:
        raise PackageError(f"cannot load the package at {location}", problems)
    tables = {}
    for resource in descriptor["resources"]:
        file, problem = resource_file(location.parent, resource)
        if file is None:
            raise PackageError(
                f"cannot load the package at {location}", [f"{resource.get('name')}: {problem}"]
            )
        try:
            tables[str(resource["name"])] = pl.read_parquet(file)
        except (OSError, pl.exceptions.PolarsError) as error:
            raise PackageError(
                f"cannot load the package at {location}",
                [f"resource '{resource.get('name')}': {resource['path']} cannot be read ({error})"],
            ) from error
    return tables
