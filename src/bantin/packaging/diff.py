"""What changed between two releases: rows added, removed and changed per table, by primary key."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

from bantin.packaging.reader import load_package
from bantin.packaging.verify import descriptor_path, read_descriptor

#: How many keys a text or markdown listing shows before "and N more".
SHOWN = 20


@dataclass(frozen=True)
class TableDiff:
    """One table's changes; keys are tuples of the primary key's values."""

    name: str
    key: tuple[str, ...]
    added: tuple[tuple[Any, ...], ...] = ()
    removed: tuple[tuple[Any, ...], ...] = ()
    changed: tuple[tuple[Any, ...], ...] = ()
    #: Column -> how many of the changed rows differ in it.
    changed_columns: Mapping[str, int] = field(default_factory=dict)
    columns_added: tuple[str, ...] = ()
    columns_removed: tuple[str, ...] = ()
    #: "added" or "removed" when the whole table exists in one release only.
    table_status: str | None = None

    @property
    def unchanged(self) -> bool:
        return not (
            self.added
            or self.removed
            or self.changed
            or self.columns_added
            or self.columns_removed
            or self.table_status
        )


@dataclass(frozen=True)
class PackageDiff:
    """Every table's changes, plus what a reader asks first: bulletins and findings."""

    old: str
    new: str
    old_version: str
    new_version: str
    tables: tuple[TableDiff, ...]
    findings_new: tuple[dict[str, Any], ...] = ()
    findings_resolved: tuple[dict[str, Any], ...] = ()

    def table(self, name: str) -> TableDiff | None:
        return next((t for t in self.tables if t.name == name), None)

    @property
    def bulletins_added(self) -> list[str]:
        found = self.table("bulletins")
        return [key[0] for key in found.added] if found else []

    @property
    def bulletins_removed(self) -> list[str]:
        found = self.table("bulletins")
        return [key[0] for key in found.removed] if found else []


def _keys(frame: pl.DataFrame, key: list[str]) -> tuple[tuple[Any, ...], ...]:
    return tuple(frame.select(key).sort(key).iter_rows())


def diff_table(name: str, key: list[str], old: pl.DataFrame, new: pl.DataFrame) -> TableDiff:
    """Rows of ``new`` whose key ``old`` lacks (added), the reverse (removed), and rows with the
    same key that differ in a column both releases have (changed)."""
    common = [c for c in old.columns if c in new.columns and c not in key]
    missing_key = [c for c in key if c not in old.columns or c not in new.columns]
    if missing_key:
        raise ValueError(f"table {name}: key column(s) {', '.join(missing_key)} missing")
    added = new.join(old.select(key), on=key, how="anti")
    removed = old.join(new.select(key), on=key, how="anti")
    both = old.select(*key, *common).join(
        new.select(*key, *common), on=key, how="inner", suffix="__new"
    )
    differs = {c: pl.col(c).ne_missing(pl.col(f"{c}__new")) for c in common}
    changed = both.filter(pl.any_horizontal(*differs.values())) if differs else both.clear()
    counts = (
        changed.select(**{c: expr.sum() for c, expr in differs.items()}).row(0, named=True)
        if changed.height
        else {}
    )
    return TableDiff(
        name=name,
        key=tuple(key),
        added=_keys(added, key),
        removed=_keys(removed, key),
        changed=_keys(changed, key),
        changed_columns={c: int(n) for c, n in counts.items() if n},
        columns_added=tuple(c for c in new.columns if c not in old.columns),
        columns_removed=tuple(c for c in old.columns if c not in new.columns),
    )


def _primary_keys(location: Path) -> tuple[dict[str, list[str]], str]:
    descriptor, _ = read_descriptor(location)
    assert descriptor is not None  # load_package succeeded on it
    keys = {}
    for resource in descriptor["resources"]:
        key = resource.get("schema", {}).get("primaryKey") or []
        keys[str(resource["name"])] = [key] if isinstance(key, str) else list(key)
    label = str(descriptor.get("version", "?"))
    if isinstance(descriptor.get("created"), str):
        label += f", created {descriptor['created'][:10]}"
    return keys, label


_FINDING_FIELDS = ("rule", "severity", "source_path", "line", "message")


def _finding_rows(frame: pl.DataFrame, ids: set[Any]) -> tuple[dict[str, Any], ...]:
    chosen = frame.filter(pl.col("finding_id").is_in(sorted(ids)))
    fields = [c for c in _FINDING_FIELDS if c in chosen.columns]
    return tuple(chosen.sort(fields[2:4] or fields).select(fields).iter_rows(named=True))


def diff_packages(old: Path, new: Path) -> PackageDiff:
    """Compare two packages (folders or descriptors); both are verified first, a damaged one
    raises ``PackageError``."""
    old_tables, new_tables = load_package(old), load_package(new)
    old_keys, old_version = _primary_keys(descriptor_path(old))
    new_keys, new_version = _primary_keys(descriptor_path(new))
    diffs = []
    for name in dict.fromkeys([*old_tables, *new_tables]):
        if name not in old_tables or name not in new_tables:
            status = "added" if name in new_tables else "removed"
            present = new_tables[name] if name in new_tables else old_tables[name]
            key = (new_keys if name in new_tables else old_keys).get(name) or present.columns
            rows = _keys(present, key)
            diffs.append(
                TableDiff(
                    name,
                    tuple(key),
                    added=rows if status == "added" else (),
                    removed=rows if status == "removed" else (),
                    table_status=status,
                )
            )
            continue
        key = new_keys.get(name) or old_keys.get(name) or new_tables[name].columns
        diffs.append(diff_table(name, key, old_tables[name], new_tables[name]))
    result = PackageDiff(str(old), str(new), old_version, new_version, tuple(diffs))
    findings = result.table("findings")
    if findings is None or "finding_id" not in findings.key:
        return result
    new_ids = {k[0] for k in findings.added}
    old_ids = {k[0] for k in findings.removed}
    return PackageDiff(
        result.old,
        result.new,
        old_version,
        new_version,
        result.tables,
        findings_new=_finding_rows(new_tables["findings"], new_ids) if new_ids else (),
        findings_resolved=_finding_rows(old_tables["findings"], old_ids) if old_ids else (),
    )
