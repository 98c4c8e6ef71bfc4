"""Build the ``datapackage.json`` descriptor and the file digests it records."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pandera.polars as pa

from bantin import __version__

# Re-exported: the names shared with the light verifier and the reader (from digests, which the
# verifier re-exports too, so that writing a package does not load the verifier's pyarrow.compute).
from bantin.packaging.digests import BYTES_KEY as BYTES_KEY
from bantin.packaging.digests import DESCRIPTOR_NAME as DESCRIPTOR_NAME
from bantin.packaging.digests import parse_hash as parse_hash
from bantin.packaging.digests import sha256_file as sha256_file
from bantin.packaging.recipe import DatasetRecipe
from bantin.schemas import table_schema

DATA_DIR = "data"
PARQUET_MEDIATYPE = "application/vnd.apache.parquet"
#: The Data Package profile the descriptor follows (frictionless 5.21 validates against it).
PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json"
#: The software that wrote the package; the package ``version`` is the version of the data.
GENERATOR_KEY = "bantin:generator"


def format_created(created: dt.datetime) -> str:
    """RFC 3339 in UTC, to the second: ``2025-10-01T05:05:25Z``."""
    if created.tzinfo is None or created.utcoffset() is None:
        raise ValueError("created must be timezone-aware (e.g. datetime.now(UTC))")
    return created.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def resource_descriptor(
    name: str, model: type[pa.DataFrameModel], path: str, sha256: str, size: int, rows: int
) -> dict[str, Any]:
    """One Parquet resource: where it is, how to check it, and its generated Table Schema."""
    schema = model.to_schema()
    descriptor: dict[str, Any] = {"name": name, "path": path}
    if schema.description:
        descriptor["description"] = " ".join(schema.description.split())
    descriptor.update(
        {
            "format": "parquet",
            "mediatype": PARQUET_MEDIATYPE,
            "hash": f"sha256:{sha256}",
            BYTES_KEY: size,
            "rows": rows,
            "schema": table_schema(model),
        }
    )
    return descriptor


def package_descriptor(
    recipe: DatasetRecipe, created: dt.datetime, resources: list[dict[str, Any]]
) -> dict[str, Any]:
    """The whole descriptor: its profile, the recipe's metadata with the data version,
    ``created``, the generator (bantin and its version), then the resources."""
    if recipe.version is None:
        raise ValueError("the recipe has no data version (see packaging.versions)")
    descriptor = recipe.to_descriptor()
    ordered: dict[str, Any] = {"$schema": PROFILE}
    for key in ("name", "title", "version"):
        ordered[key] = descriptor.pop(key)
    ordered["created"] = format_created(created)
    ordered[GENERATOR_KEY] = {"name": "bantin", "version": __version__}
    ordered.update(descriptor)
    ordered["resources"] = resources
    return ordered


def dump_descriptor(descriptor: dict[str, Any]) -> bytes:
    """Deterministic UTF-8 JSON, two-space indented, newline-terminated."""
    return (json.dumps(descriptor, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
