"""The descriptor's file name, its size key, and file hashes: what needs no Parquet reader.

Finding packages among the inputs (``bantin.packaging.ownership``) uses only these, so collecting
the inputs of ``bantin validate`` does not load pyarrow; ``bantin.packaging.verify`` re-exports them.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

DESCRIPTOR_NAME = "datapackage.json"
#: The file size in bytes. Not the standard ``bytes`` property: frictionless 5 cannot measure a
#: Parquet file and reports every ``bytes`` on a Parquet resource as a byte-count error.
BYTES_KEY = "bantin:bytes"
_CHUNK = 1 << 20


def sha256_file(path: Path) -> str:
    """Hex SHA-256 of the file's bytes."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def parse_hash(value: str) -> tuple[str, str]:
    """``"sha256:ab…"`` -> ``("sha256", "ab…")``; a bare hex digest is MD5 (Data Package v1)."""
    algorithm, separator, digest = value.partition(":")
    if not separator:
        return "md5", value.lower()
    return algorithm.lower(), digest.lower()
