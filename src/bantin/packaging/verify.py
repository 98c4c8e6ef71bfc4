"""Check a downloaded Data Package against its own descriptor: files, schemas, keys (pyarrow only).

This module imports nothing heavier than pyarrow, so that ``bantin verify`` starts fast.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from bantin.packaging.digests import BYTES_KEY as BYTES_KEY
from bantin.packaging.digests import DESCRIPTOR_NAME as DESCRIPTOR_NAME
from bantin.packaging.digests import parse_hash as parse_hash
from bantin.packaging.digests import sha256_file as sha256_file

#: The descriptor entry of the package README (``bantin.packaging.datadoc.README_KEY``).
README_KEY = "bantin:readme"
_SHOWN = 3

#: Table Schema type -> predicate on the Parquet (Arrow) type that stores it.
_TYPES = {
    "string": lambda t: pa.types.is_string(t) or pa.types.is_large_string(t),
    "integer": pa.types.is_integer,
    "number": lambda t: pa.types.is_floating(t) or pa.types.is_integer(t),
    "boolean": pa.types.is_boolean,
    "date": pa.types.is_date,
    "datetime": pa.types.is_timestamp,
}


@dataclass
class Verification:
    """What ``verify`` found: one line per problem, each naming the resource; the resources
    checked and their rows."""

    problems: list[str] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems


def descriptor_path(path: Path) -> Path:
    """``path`` itself when it is a descriptor file, else ``path/datapackage.json``."""
    path = Path(path)
    return path if path.suffix == ".json" else path / DESCRIPTOR_NAME


def read_descriptor(location: Path) -> tuple[dict[str, Any] | None, list[str]]:
    """The descriptor as a dict, or None with the reason."""
    if not location.is_file():
        return None, [f"{location}: descriptor is missing"]
    try:
        descriptor = json.loads(location.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        return None, [f"{location}: descriptor is not valid JSON ({error})"]
    if not isinstance(descriptor, dict) or not isinstance(descriptor.get("resources"), list):
        return None, [f"{location}: descriptor has no list of resources"]
    names = [r.get("name") for r in descriptor["resources"] if isinstance(r, dict)]
    repeated = sorted({str(n) for n in names if names.count(n) > 1})
    if repeated:
        return descriptor, [f"{location}: resources named twice: {', '.join(repeated)}"]
    return descriptor, []


def resource_file(root: Path, resource: dict[str, Any]) -> tuple[Path | None, str | None]:
    """Where the resource's file is, or None with why its path cannot be used."""
    relative = resource.get("path")
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


def check_file(root: Path, resource: dict[str, Any]) -> tuple[pq.ParquetFile | None, list[str]]:
    """Size, sha256, row count and columns of one resource against the descriptor."""
    where = f"resource '{resource.get('name', '?')}'"
    path, problem = resource_file(root, resource)
    if path is None:
        return None, [f"{where}: {problem}"]
    relative = resource["path"]
    if not path.is_file():
        return None, [f"{where}: file {relative} is missing"]
    problems = check_digest(path, resource, where)
    try:
        parquet = pq.ParquetFile(path)
    except Exception as error:  # pyarrow raises several types for a damaged file
        return None, [*problems, f"{where}: {relative} is not a readable Parquet file ({error})"]
    rows = resource.get("rows")
    if rows is not None and rows != parquet.metadata.num_rows:
        problems.append(
            f"{where}: {relative} has {parquet.metadata.num_rows} rows, the descriptor says {rows}"
        )
    fields = [f.get("name") for f in resource.get("schema", {}).get("fields", [])]
    columns = parquet.schema_arrow.names
    if fields and fields != columns:
        problems.append(f"{where}: {relative} has columns {columns}, the schema lists {fields}")
    return parquet, problems


def check_readme(root: Path, entry: object) -> list[str]:
    """The package README's size and sha256 (the descriptor's ``bantin:readme`` entry)."""
    if not isinstance(entry, dict):
        return [f"{README_KEY}: not an object with path, hash and {BYTES_KEY}"]
    path, problem = resource_file(root, entry)
    if path is None:
        return [f"{README_KEY}: {problem}"]
    if not path.is_file():
        return [f"{README_KEY}: file {entry['path']} is missing"]
    return check_digest(path, entry, README_KEY)


def _field_problems(name: str, column: pa.ChunkedArray, spec: dict[str, Any]) -> Iterator[str]:
    where = f"column '{name}'"
    kind = spec.get("type", "string")
    accepts = _TYPES.get(kind)
    if accepts is not None and not accepts(column.type):
        yield f"{where} is stored as {column.type}, the schema says {kind}"
        return
    constraints = spec.get("constraints", {})
    present = pc.drop_null(column)
    if constraints.get("required") and column.null_count:
        yield f"{where} is required but has {column.null_count} nulls"
    if constraints.get("unique"):
        repeated = _repeated(pa.table({name: column}), [name])
        if repeated:
            yield f"{where} is unique but repeats {repeated}"
    if not len(present):
        return
    # Aggregates first (cheap, and no Python value is turned into an Arrow scalar, which would
    # import pandas); the offending rows are only collected when a bound is broken.
    if "enum" in constraints:
        allowed = set(constraints["enum"])
        bad = [v for v in pc.unique(present).to_pylist() if v not in allowed]
        if bad:
            yield f"{where} breaks enum {constraints['enum']!r} with {_shown(bad)}"
    if "pattern" in constraints:
        matched = pc.match_substring_regex(present, f"^(?:{constraints['pattern']})$")
        if not pc.all(matched).as_py():
            bad = present.filter(pc.invert(matched)).to_pylist()
            yield f"{where} breaks pattern {constraints['pattern']!r} in {_shown(bad)}"
    if "minLength" in constraints and pa.types.is_string(column.type):
        shortest = pc.min(pc.utf8_length(present)).as_py()
        if shortest < constraints["minLength"]:
            yield f"{where} breaks minLength {constraints['minLength']} (a value has {shortest})"
    if "minimum" in constraints or "maximum" in constraints:
        bounds = pc.min_max(present).as_py()
        low, high = constraints.get("minimum"), constraints.get("maximum")
        if low is not None and bounds["min"] < low:
            yield f"{where} breaks minimum {low} (smallest value {bounds['min']!r})"
        if high is not None and bounds["max"] > high:
            yield f"{where} breaks maximum {high} (largest value {bounds['max']!r})"


def _shown(values: list[Any]) -> str:
    more = f" and {len(values) - _SHOWN} more" if len(values) > _SHOWN else ""
    return f"{len(values)} rows ({', '.join(repr(v) for v in values[:_SHOWN])}{more})"


def _repeated(table: pa.Table, keys: list[str]) -> str:
    """How many key values repeat, with a few of them; "" when every key is unique.

    Sorted neighbours are compared column by column: plain kernels, no Acero group-by and no
    Python value turned into an Arrow scalar (either import costs more than the check).
    """
    n = table.num_rows
    if n < 2:
        return ""
    if len(keys) == 1 and pc.count_distinct(table.column(keys[0]), mode="all").as_py() == n:
        return ""
    ordered = table.take(pc.sort_indices(table, sort_keys=[(k, "ascending") for k in keys]))
    same = None
    for key in keys:
        column = ordered.column(key)
        equal = pc.equal(column.slice(0, n - 1), column.slice(1))
        same = equal if same is None else pc.and_(same, equal)
    if same is None or not pc.any(same).as_py():
        return ""
    repeated = ordered.slice(0, n - 1).filter(same).select(keys).to_pylist()
    distinct = list(dict.fromkeys(tuple(row.values()) for row in repeated))
    shown = "; ".join(", ".join(str(v) for v in row) for row in distinct[:_SHOWN])
    return f"{len(distinct)} values ({shown})"


def check_contents(name: str, table: pa.Table, schema: dict[str, Any]) -> list[str]:
    """Every way ``table`` breaks its Table Schema: types, required, unique, enum, pattern,
    minLength, minimum, maximum and the primary key."""
    problems: list[str] = []
    for spec in schema.get("fields", []):
        if spec.get("name") in table.column_names:
            column = table.column(spec["name"])
            problems.extend(
                f"resource '{name}': {p}" for p in _field_problems(spec["name"], column, spec)
            )
    key = schema.get("primaryKey")
    keys = [key] if isinstance(key, str) else list(key or [])
    if keys and all(k in table.column_names for k in keys):
        for k in keys:
            if table.column(k).null_count:
                problems.append(f"resource '{name}': primary key column '{k}' has nulls")
        repeated = _repeated(table.select(keys), keys)
        if repeated:
            problems.append(
                f"resource '{name}': primary key ({', '.join(keys)}) repeats {repeated}"
            )
    return problems


def check_foreign_keys(
    name: str, table: pa.Table, schema: dict[str, Any], tables: dict[str, pa.Table]
) -> list[str]:
    """Every foreign key value of ``table`` that its referenced resource does not hold."""
    problems: list[str] = []
    for reference in schema.get("foreignKeys", []):
        columns = reference.get("fields", [])
        target = reference.get("reference", {})
        other, target_columns = target.get("resource"), target.get("fields", [])
        columns = [columns] if isinstance(columns, str) else columns
        target_columns = [target_columns] if isinstance(target_columns, str) else target_columns
        if len(columns) != 1 or len(target_columns) != 1:
            problems.append(f"resource '{name}': only single-column foreign keys are checked")
            continue
        parent = tables.get(other) if other else table
        if parent is None or target_columns[0] not in parent.column_names:
            problems.append(
                f"resource '{name}': foreign key {columns[0]} refers to {other}.{target_columns[0]}, "
                "which does not exist"
            )
            continue
        values = pc.drop_null(table.column(columns[0]))
        known = pc.unique(pc.drop_null(parent.column(target_columns[0])))
        found = pc.is_in(values, value_set=known)
        if len(values) and not pc.all(found).as_py():
            dangling = values.filter(pc.invert(found)).to_pylist()
            problems.append(
                f"resource '{name}': {columns[0]} values missing from "
                f"{other}.{target_columns[0]} in {_shown(dangling)}"
            )
    return problems


def verify(path: Path, contents: bool = True) -> Verification:
    """Check the package at ``path`` (folder or descriptor) against its descriptor: every
    resource's file, size, sha256, row count and columns, and the package README's size and
    sha256; with ``contents``, also the schema's types and constraints, primary keys and foreign
    keys."""
    location = descriptor_path(path)
    result = Verification()
    descriptor, problems = read_descriptor(location)
    result.problems.extend(problems)
    if descriptor is None:
        return result
    tables: dict[str, pa.Table] = {}
    schemas: dict[str, dict[str, Any]] = {}
    for resource in descriptor["resources"]:
        if not isinstance(resource, dict):
            result.problems.append(f"{location}: a resource is not an object")
            continue
        parquet, problems = check_file(location.parent, resource)
        result.problems.extend(problems)
        name = str(resource.get("name"))
        if parquet is None:
            continue
        result.rows[name] = parquet.metadata.num_rows
        if contents:
            schema = resource.get("schema")
            if not isinstance(schema, dict):
                result.problems.append(f"resource '{name}': has no schema")
                continue
            table = parquet.read(use_threads=False)
            tables[name], schemas[name] = table, schema
            result.problems.extend(check_contents(name, table, schema))
    for name, table in tables.items():
        result.problems.extend(check_foreign_keys(name, table, schemas[name], tables))
    if README_KEY in descriptor:
        result.problems.extend(check_readme(location.parent, descriptor[README_KEY]))
    return result
