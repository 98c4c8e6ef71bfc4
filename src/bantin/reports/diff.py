"""Render a ``PackageDiff`` as text, JSON or Markdown release notes."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from bantin.packaging.diff import SHOWN, PackageDiff, TableDiff


def _key(key: Sequence[Any]) -> str:
    return ", ".join(str(part) for part in key)


def _listing(keys: Sequence[Sequence[Any]], code: bool = False) -> str:
    shown = [f"`{_key(k)}`" if code else _key(k) for k in keys[:SHOWN]]
    more = f" and {len(keys) - SHOWN} more" if len(keys) > SHOWN else ""
    return "; ".join(shown) + more


def _finding(row: dict[str, Any], code: bool = False) -> str:
    where = f"{row['source_path']}:{row['line']}" if row.get("line") else row["source_path"]
    rule = f"`{row['rule']}`" if code else row["rule"]
    return f"{rule} ({row['severity']}) {where}: {row['message']}"


def diff_dict(diff: PackageDiff) -> dict[str, Any]:
    """The diff as plain data: per table the keys added, removed and changed."""
    return {
        "old": {"package": diff.old, "version": diff.old_version},
        "new": {"package": diff.new, "version": diff.new_version},
        "bulletins": {"added": diff.bulletins_added, "removed": diff.bulletins_removed},
        "findings": {
            "new": list(diff.findings_new),
            "resolved": list(diff.findings_resolved),
        },
        "tables": {
            t.name: {
                "key": list(t.key),
                "added": [list(k) for k in t.added],
                "removed": [list(k) for k in t.removed],
                "changed": [list(k) for k in t.changed],
                "changed_columns": dict(t.changed_columns),
                "columns_added": list(t.columns_added),
                "columns_removed": list(t.columns_removed),
                "table": t.table_status,
            }
            for t in diff.tables
        },
    }


def render_json(diff: PackageDiff) -> str:
    return json.dumps(diff_dict(diff), ensure_ascii=False, indent=2, default=str) + "\n"


def _table_line(t: TableDiff) -> str:
    if t.table_status:
        return f"{t.name}: table {t.table_status} ({len(t.added) + len(t.removed)} rows)"
    text = f"{t.name}: +{len(t.added)} -{len(t.removed)} ~{len(t.changed)}"
    if t.changed_columns:
        text += " (changed: " + ", ".join(f"{c} {n}" for c, n in t.changed_columns.items()) + ")"
    if t.columns_added or t.columns_removed:
        text += f" columns +{list(t.columns_added)} -{list(t.columns_removed)}"
    return text


def render_text(diff: PackageDiff) -> str:
    """A terminal summary: bulletins, findings, then one line per table."""
    lines = [f"{diff.old} ({diff.old_version}) -> {diff.new} ({diff.new_version})"]
    lines.append(
        f"bulletins: {len(diff.bulletins_added)} added, {len(diff.bulletins_removed)} removed"
    )
    for label, keys in (("added", diff.bulletins_added), ("removed", diff.bulletins_removed)):
        if keys:
            lines.append(f"  {label}: {_listing([(k,) for k in keys])}")
    lines.append(f"findings: {len(diff.findings_new)} new, {len(diff.findings_resolved)} resolved")
    lines.extend(f"  new: {_finding(row)}" for row in diff.findings_new[:SHOWN])
    lines.extend(f"  resolved: {_finding(row)}" for row in diff.findings_resolved[:SHOWN])
    lines.append("tables (+added -removed ~changed rows, by primary key):")
    lines.extend(f"  {_table_line(t)}" for t in diff.tables)
    if all(t.unchanged for t in diff.tables):
        lines.append("no differences")
    return "\n".join(lines) + "\n"


def render_markdown(diff: PackageDiff) -> str:
    """Release notes: a heading, bulletins, findings and a table of per-table counts."""
    lines = [f"## Changes from {diff.old_version} to {diff.new_version}", ""]
    added, removed = diff.bulletins_added, diff.bulletins_removed
    lines.append("### Bulletins")
    lines.append("")
    if not added and not removed:
        lines.append("No bulletin added or removed.")
    if added:
        lines.append(f"- Added ({len(added)}): {_listing([(k,) for k in added], code=True)}")
    if removed:
        lines.append(f"- Removed ({len(removed)}): {_listing([(k,) for k in removed], code=True)}")
    lines += ["", "### Findings", ""]
    if not diff.findings_new and not diff.findings_resolved:
        lines.append("No finding new or resolved.")
    for label, rows in (("New", diff.findings_new), ("Resolved", diff.findings_resolved)):
        if rows:
            lines.append(f"- {label} ({len(rows)}):")
            lines.extend(f"  - {_finding(row, code=True)}" for row in rows[:SHOWN])
            if len(rows) > SHOWN:
                lines.append(f"  - … and {len(rows) - SHOWN} more")
    lines += ["", "### Tables", "", "| table | added | removed | changed | columns changed |"]
    lines.append("|---|---:|---:|---:|---|")
    for t in diff.tables:
        columns = ", ".join(f"`{c}` ({n})" for c, n in t.changed_columns.items())
        if t.table_status:
            columns = f"table {t.table_status}"
        lines.append(
            f"| `{t.name}` | {len(t.added)} | {len(t.removed)} | {len(t.changed)} | {columns} |"
        )
    return "\n".join(lines) + "\n"
