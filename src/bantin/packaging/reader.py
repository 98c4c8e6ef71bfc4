"""Load a bantin Data Package back into polars, after checking its files against the descriptor."""

from __future__ import annotations

import json
from pathlib import Path, PurePosixPath
from typing import Any

import polars as pl
import pyarrow.parquet as pq

from bantin.packaging.datadoc import README_KEY
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


def resource_file(root: Path, entry: dict[str, Any]) -> tuple[Path | None, str | None]:
    """Where a resource (or the README entry) lives under ``root``; None and why if nowhere safe."""
    relative = entry.get("path")
    if not isinstance(relative, str) or not relative:
        return None, "has no path"
    posix = PurePosixPath(relative)
    if posix.is_absolute() or ".." in posix.parts or "://" in relative:
        return None, f"path {relative} is not inside the package"
    return root / posix, None


def check_digest(path: Path, entry: dict[str, Any], where: str) -> list[str]:
    """Size (``bantin:bytes``, else ``bytes``) and sha256 of ``path`` against its entry."""
    relative = entry.get("path")
    problems = []
    expected_size = entry.get(BYTES_KEY, entry.get("bytes"))
    size = path.stat().st_size
    if expected_size is not None and expected_size != size:
        problems.append(
            f"{where}: {relative} has {size} bytes, the descriptor says {expected_size}"
        )
    declared = entry.get("hash")
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
    return problems


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


def _verify_readme(root: Path, entry: object) -> list[str]:
    if not isinstance(entry, dict):
        return [f"{README_KEY}: not an object with path, hash and {BYTES_KEY}"]
    path, problem = resource_file(root, entry)
    if path is None:
        return [f"{README_KEY}: {problem}"]
    if not path.is_file():
        return [f"{README_KEY}: file {entry['path']} is missing"]
    return check_digest(path, entry, README_KEY)


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
    descriptor, problems = _read_descriptor(location)
    if descriptor is None:
        return problems
    for resource in descriptor["resources"]:
        if not isinstance(resource, dict):
            problems.append(f"{location}: a resource is not an object")
            continue
        problems.extend(verify_resource(location.parent, resource))
    if README_KEY in descriptor:
        problems.extend(_verify_readme(location.parent, descriptor[README_KEY]))
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
