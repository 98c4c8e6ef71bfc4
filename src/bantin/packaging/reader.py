"""Load a bantin Data Package back into polars, after checking its files against the descriptor."""

from __future__ import annotations

import json
from pathlib import Path, PurePosixPath
from typing import Any

import polars as pl
import pyarrow.parquet as pq

from bantin.packaging.descriptor import BYTES_KEY, DESCRIPTOR_NAME, parse_hash, sha256_file
from bantin.packaging.errors import PackageError


def descriptor_path(path: Path) -> Path:
    """``path`` itself when it is a descriptor file, else ``path/datapackage.json``."""
    path = Path(path)
    return path if path.suffix == ".json" else path / DESCRIPTOR_NAME


def _read_descriptor(path: Path) -> tuple[dict[str, Any] | None, list[str]]:
    if not path.is_file():
        return None, [f"{path}: descriptor is missing"]
    try:
        descriptor = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        return None, [f"{path}: descriptor is not valid JSON ({error})"]
    if not isinstance(descriptor, dict) or not isinstance(descriptor.get("resources"), list):
        return None, [f"{path}: descriptor has no list of resources"]
    return descriptor, []


def _resource_file(root: Path, resource: dict[str, Any]) -> tuple[Path | None, str | None]:
    relative = resource.get("path")
    if not isinstance(relative, str) or not relative:
        return None, "has no path"
    posix = PurePosixPath(relative)
    if posix.is_absolute() or ".." in posix.parts or "://" in relative:
        return None, f"path {relative} is not inside the package"
    return root / posix, None


def _verify_resource(root: Path, resource: dict[str, Any]) -> list[str]:
    name = resource.get("name", "?")
    where = f"resource '{name}'"
    path, problem = _resource_file(root, resource)
    if path is None:
        return [f"{where}: {problem}"]
    relative = resource["path"]
    if not path.is_file():
        return [f"{where}: file {relative} is missing"]
    problems = []
    expected_size = resource.get(BYTES_KEY, resource.get("bytes"))
    size = path.stat().st_size
    if expected_size is not None and expected_size != size:
        problems.append(
            f"{where}: {relative} has {size} bytes, the descriptor says {expected_size}"
        )
    declared = resource.get("hash")
    if not isinstance(declared, str):
        problems.append(f"{where}: no hash to check {relative} against")
    else:
        algorithm, expected = parse_hash(declared)
        if algorithm != "sha256":
            problems.append(f"{where}: hash algorithm {algorithm} is not sha256")
        elif (actual := sha256_file(path)) != expected:
            problems.append(
                f"{where}: {relative} has sha256 {actual}, the descriptor says {expected}"
            )
    try:
        metadata = pq.ParquetFile(path).metadata
    except Exception as error:  # pyarrow raises several types for a damaged file
        return [*problems, f"{where}: {relative} is not a readable Parquet file ({error})"]
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


def verify_package(path: Path) -> list[str]:
    """Every mismatch between the descriptor and the files: missing file, size, sha256, rows,
    columns. [] when the package is intact (frictionless does not check these for Parquet)."""
    location = descriptor_path(path)
    descriptor, problems = _read_descriptor(location)
    if descriptor is None:
        return problems
    for resource in descriptor["resources"]:
        if not isinstance(resource, dict):
            problems.append(f"{location}: a resource is not an object")
            continue
        problems.extend(_verify_resource(location.parent, resource))
    return problems


def load_package(path: Path, *, verify: bool = True) -> dict[str, pl.DataFrame]:
    """Every resource of the package as a polars frame, in descriptor order.

    With ``verify`` (the default) the files are first checked against the descriptor and any
    mismatch raises ``PackageError``.
    """
    location = descriptor_path(path)
    descriptor, problems = _read_descriptor(location)
    if verify and descriptor is not None:
        problems = verify_package(location)
    if descriptor is None or problems:
        raise PackageError(f"cannot load the package at {location}", problems)
    tables = {}
    for resource in descriptor["resources"]:
        file, problem = _resource_file(location.parent, resource)
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
