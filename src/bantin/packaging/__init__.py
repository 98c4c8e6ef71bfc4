"""Write and read bantin Data Packages: Parquet resources, a generated descriptor, file digests."""

from bantin.packaging.errors import PackageError
from bantin.packaging.reader import load_package, verify_package
from bantin.packaging.writer import validate_tables, write_package

__all__ = ["PackageError", "load_package", "validate_tables", "verify_package", "write_package"]
