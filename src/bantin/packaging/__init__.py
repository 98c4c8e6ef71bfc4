"""Write and read bantin Data Packages: Parquet resources, a generated descriptor, file digests."""

from __future__ import annotations

from typing import Any

__all__ = ["PackageError", "load_package", "validate_tables", "verify_package", "write_package"]

#: Imported on first use, so that ``bantin.packaging.verify`` loads without pandera (fast start).
_LAZY = {
    "PackageError": "bantin.packaging.errors",
    "load_package": "bantin.packaging.reader",
    "verify_package": "bantin.packaging.reader",
    "validate_tables": "bantin.packaging.writer",
    "write_package": "bantin.packaging.writer",
}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module 'bantin.packaging' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(_LAZY[name]), name)
