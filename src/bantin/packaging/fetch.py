"""Download a published package into a folder: all of it, verified, or nothing (atomic swap)."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from bantin.packaging.datadoc import README_KEY
from bantin.packaging.descriptor import DESCRIPTOR_NAME
from bantin.packaging.errors import PackageError
from bantin.packaging.reader import package_files, read_descriptor, resource_file, verify_package
from bantin.packaging.remote import descriptor_url, fetch_descriptor, fetch_file
from bantin.packaging.swap import replace_dir


def _check_target(out_dir: Path) -> None:
    """``out_dir`` may be missing, empty, or a package holding only files its descriptor lists."""
    if not out_dir.exists():
        return
    if not out_dir.is_dir():
        raise PackageError(f"cannot fetch into {out_dir}: it exists and is not a directory")
    present = {p.relative_to(out_dir).as_posix() for p in out_dir.rglob("*") if not p.is_dir()}
    if not present:
        return
    descriptor, _ = read_descriptor(out_dir / DESCRIPTOR_NAME)
    stray = sorted(present - set(package_files(descriptor or {})))
    if descriptor is None or stray:
        raise PackageError(
            f"cannot fetch into {out_dir}: it is neither empty nor a bantin Data Package "
            f"(it holds {', '.join((stray or sorted(present))[:5])}); choose another --out"
        )


def _fsync_tree(root: Path) -> None:
    """Flush every file and folder under ``root`` to disk before it is swapped in."""
    for path in [*sorted(root.rglob("*"), reverse=True), root]:
        handle = os.open(path, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)


def _entries(descriptor: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    entries = [
        (f"resource '{resource.get('name', '?')}'", resource)
        for resource in descriptor["resources"]
        if isinstance(resource, dict)
    ]
    readme = descriptor.get(README_KEY)
    if isinstance(readme, dict):
        entries.append((README_KEY, readme))
    return entries


def fetch_package(url: str, out_dir: Path) -> tuple[Path, int]:
    """Download the package at ``url`` (a descriptor or a package folder URL) into ``out_dir``.

    Files come through the cache (downloaded once, sha256 and size checked), are copied into a
    sibling staging folder, the whole package is verified, and only then swapped in place of
    ``out_dir``. Returns the descriptor path and the number of files; ``PackageError`` otherwise,
    with ``out_dir`` untouched.
    """
    out_dir = Path(out_dir)
    location = descriptor_url(url)
    descriptor, content = fetch_descriptor(location)
    _check_target(out_dir)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.tmp-", dir=out_dir.parent))
    try:
        staging.chmod(0o755)
        entries = _entries(descriptor)
        for where, entry in entries:
            cached = fetch_file(location, entry, where)
            target, _ = resource_file(staging, entry)
            assert target is not None  # fetch_file refused any unsafe path
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(cached, target)
        (staging / DESCRIPTOR_NAME).write_bytes(content)
        _fsync_tree(staging)
        problems = verify_package(staging)
        if problems:
            raise PackageError(f"cannot fetch the package at {location}", problems)
        replace_dir(staging, out_dir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return out_dir / DESCRIPTOR_NAME, len(entries) + 1
