"""Decide whether an existing ``--out`` folder is a bantin package that may be replaced whole."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from bantin.packaging.digests import BYTES_KEY, DESCRIPTOR_NAME, parse_hash, sha256_file
from bantin.packaging.errors import PackageRefused

#: Descriptor keys with this prefix are bantin's; any path recorded under them is bantin's file.
BANTIN_PREFIX = "bantin:"
_SHOWN = 20


@dataclass(frozen=True)
class ExistingPackage:
    """What is at ``--out`` before a release: the files bantin owns there and its bulletin count."""

    owned: frozenset[str]
    bulletins: int


def _safe_relative(value: str) -> str | None:
    path = PurePosixPath(value)
    if not value or path.is_absolute() or ".." in path.parts or "\\" in value:
        return None
    return path.as_posix()


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, dict):
        yield from _strings(value.get("path"))


def owned_paths(descriptor: dict[str, Any]) -> frozenset[str]:
    """Every file a bantin descriptor records: itself, resource paths, ``bantin:`` file entries."""
    found = [DESCRIPTOR_NAME]
    for resource in descriptor.get("resources") or []:
        if isinstance(resource, dict):
            found.extend(_strings(resource.get("path")))
    for key, value in descriptor.items():
        if key.startswith(BANTIN_PREFIX):
            found.extend(_strings(value))
    return frozenset(p for p in (_safe_relative(f) for f in found) if p)


def is_bantin_descriptor(descriptor: Any) -> bool:
    """A descriptor bantin wrote: resources that each record their size under ``bantin:bytes``."""
    if not isinstance(descriptor, dict):
        return False
    resources = descriptor.get("resources")
    return (
        isinstance(resources, list)
        and bool(resources)
        and all(isinstance(r, dict) and BYTES_KEY in r for r in resources)
    )


def folder_entries(root: Path) -> tuple[list[str], list[str]]:
    """Relative POSIX paths of every file (symlinks included) and every sub-folder under ``root``.

    Symbolic links are never followed, so a link to a folder counts as one entry of its own.
    """
    files: list[str] = []
    folders: list[str] = []
    for current, dirnames, filenames in os.walk(root, followlinks=False, onerror=_raise):
        base = Path(current).relative_to(root)
        for name in list(dirnames):
            relative = (base / name).as_posix()
            if (Path(current) / name).is_symlink():
                files.append(relative)
                dirnames.remove(name)
            else:
                folders.append(relative)
        files.extend((base / name).as_posix() for name in filenames)
    return sorted(files), sorted(folders)


def _raise(error: OSError) -> None:
    raise error


def _listing(paths: Iterable[str]) -> list[str]:
    items = sorted(paths)
    shown = items[:_SHOWN]
    if len(items) > _SHOWN:
        shown.append(f"... and {len(items) - _SHOWN} more")
    return shown


def _read_descriptor(target: Path) -> Any:
    try:
        return json.loads((target / DESCRIPTOR_NAME).read_bytes())
    except (OSError, ValueError):
        return None


def _recorded(descriptor: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Every file entry of the descriptor that records a path: resources and ``bantin:`` entries."""
    for resource in descriptor.get("resources") or []:
        if isinstance(resource, dict):
            yield resource
    for key, value in descriptor.items():
        if key.startswith(BANTIN_PREFIX):
            for item in value if isinstance(value, list) else [value]:
                if isinstance(item, dict) and "path" in item:
                    yield item


def _changed(target: Path, descriptor: dict[str, Any], files: set[str]) -> list[str]:
    """Recorded files whose bytes no longer match the size or hash the descriptor gives them
    (edited by hand since bantin wrote them)."""
    changed = []
    for entry in _recorded(descriptor):
        path = entry.get("path")
        if not isinstance(path, str) or path not in files:
            continue
        location = target / path
        size = entry.get(BYTES_KEY)
        if location.is_symlink() or (size is not None and location.stat().st_size != size):
            changed.append(path)
            continue
        algorithm, digest = parse_hash(str(entry.get("hash", "")))
        if algorithm == "sha256" and sha256_file(location) != digest:
            changed.append(path)
    return changed


def inspect_target(target: Path) -> ExistingPackage | None:
    """None when ``target`` does not exist; what bantin owns there when it may replace it.

    Raises ``PackageRefused``, deleting nothing, when ``target`` is not a folder, is a folder
    that holds anything a bantin descriptor does not list, or holds a listed resource whose bytes
    changed since bantin wrote it.
    """
    if not os.path.lexists(target):
        return None
    if not target.is_dir():
        raise PackageRefused(f"cannot write the package: {target} exists and is not a folder")
    try:
        files, folders = folder_entries(target)
    except OSError as error:
        raise PackageRefused(
            f"cannot write the package: {target} cannot be listed ({error.strerror}), "
            "so bantin cannot tell whether replacing it would delete your files"
        ) from None
    if not files and not folders:
        return ExistingPackage(frozenset(), 0)
    descriptor = _read_descriptor(target) if DESCRIPTOR_NAME in files else None
    if not isinstance(descriptor, dict) or not is_bantin_descriptor(descriptor):
        raise PackageRefused(
            f"cannot write the package: {target} is not empty and is not a bantin package; "
            "nothing was deleted. Choose another --out folder. It holds:",
            _listing(files + [f"{folder}/" for folder in folders]),
        )
    owned = owned_paths(descriptor)
    parents = {str(parent) for path in owned for parent in PurePosixPath(path).parents} - {"."}
    foreign = [f for f in files if f not in owned]
    foreign += [f"{folder}/" for folder in folders if folder not in parents]
    if foreign:
        raise PackageRefused(
            f"cannot write the package: {target} holds files that its datapackage.json does not "
            "list, and replacing the package would delete them; nothing was deleted. Move them "
            "out or choose another --out folder:",
            _listing(foreign),
        )
    changed = _changed(target, descriptor, set(files))
    if changed:
        raise PackageRefused(
            f"cannot write the package: files in {target} changed since bantin wrote them, and "
            "replacing the package would lose the changes; nothing was deleted:",
            _listing(changed),
        )
    bulletins = [r.get("rows") for r in descriptor["resources"] if r.get("name") == "bulletins"]
    count = bulletins[0] if bulletins and isinstance(bulletins[0], int) else 0
    return ExistingPackage(owned, count)
