"""Write the package's README.md: a data dictionary rendered from the descriptor and the tables.

The descriptor is itself generated from the recipe and the pandera models (``table_schema``), so
the README and ``datapackage.json`` cannot disagree. frictionless 5 has ``Package.to_markdown``,
but its output is a raw property dump (no blank line after the title, ``|`` inside patterns breaks
its tables, column padding depends on whether ``wcwidth`` is installed), so bantin follows its
approach (a jinja2 template over the descriptor) with its own template.
"""

from __future__ import annotations

import hashlib
import os
from collections import Counter
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
from jinja2 import Environment, PackageLoader, StrictUndefined, Template

from bantin.packaging.descriptor import BYTES_KEY

README_NAME = "README.md"
#: Where the descriptor records the README: ``{"path", "hash", "bantin:bytes"}``.
README_KEY = "bantin:readme"

_ENV = Environment(
    loader=PackageLoader("bantin.packaging", "templates"),
    autoescape=False,  # Markdown, not HTML; table cells go through the ``cell`` filter
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
)


def cell(value: object) -> str:
    """Text safe inside a Markdown table cell: one line, ``|`` escaped."""
    return " ".join(str(value).split()).replace("|", "\\|")


_ENV.filters["cell"] = cell


def _constraints(field: dict[str, Any]) -> str:
    constraints = field.get("constraints", {})
    parts = []
    if "enum" in constraints:
        parts.append("one of " + ", ".join(f"`{value}`" for value in constraints["enum"]))
    for key, label in (("minimum", ">="), ("maximum", "<="), ("minLength", "length >=")):
        if key in constraints:
            parts.append(f"{label} {constraints[key]}")
    if constraints.get("unique"):
        parts.append("unique")
    if "pattern" in constraints:
        parts.append(f"pattern `{constraints['pattern']}`")
    return "; ".join(parts)


def _table(resource: dict[str, Any]) -> dict[str, Any]:
    schema = resource.get("schema", {})
    columns = [
        {
            "name": field["name"],
            "type": field["type"],
            "nullable": "no" if field.get("constraints", {}).get("required") else "yes",
            "description": field.get("description", ""),
            "constraints": _constraints(field),
        }
        for field in schema.get("fields", [])
    ]
    foreign_keys = [
        (key["fields"], key["reference"]["resource"], key["reference"]["fields"])
        for key in schema.get("foreignKeys", [])
    ]
    return {
        "name": resource["name"],
        "path": resource["path"],
        "description": resource.get("description", ""),
        "rows": resource.get("rows", 0),
        "key": schema.get("primaryKey", []),
        "foreign_keys": foreign_keys,
        "columns": columns,
    }


def _column_counts(staging: Path, resource: dict[str, Any] | None, *columns: str) -> Counter[Any]:
    """How often each value (tuple) of ``columns`` occurs in a written resource."""
    if resource is None:
        return Counter()
    # ParquetFile, not read_table: that loads pyarrow.dataset, and with it pandas (0.3 s).
    table = pq.ParquetFile(staging / resource["path"]).read(columns=list(columns))
    return Counter(zip(*(table.column(name).to_pylist() for name in columns), strict=True))


def _validation(staging: Path, resources: dict[str, dict[str, Any]]) -> dict[str, Any]:
    from bantin.validators.registry import RULES  # the rule catalogue; imported only when writing

    findings = _column_counts(staging, resources.get("findings"), "rule", "severity")
    by_rule = Counter({rule: count for (rule, _), count in findings.items()})
    rules = [
        {
            "id": rule.id,
            "severity": str(rule.severity),
            "withholds": str(getattr(rule, "withholds", "bulletin"))
            if rule.severity == "error"
            else "",
            "description": rule.description,
            "count": by_rule.pop(rule.id, 0),
        }
        for rule in RULES
    ]
    severities: Counter[str] = Counter()
    for (_, severity), count in findings.items():
        severities[severity] += count
    statuses = _column_counts(staging, resources.get("sources"), "status")
    fields = resources.get("sources", {}).get("schema", {}).get("fields", [])
    status: dict[str, Any] = next((f for f in fields if f["name"] == "status"), {})
    status_values = status.get("constraints", {}).get("enum", [])
    return {
        "rules": rules,
        "other_rules": sorted(by_rule.items()),
        "severities": sorted(severities.items()),
        "total": sum(findings.values()),
        "statuses": [(status, statuses.get((status,), 0)) for status in status_values],
        "withheld": resources.get("withheld", {}).get("rows"),
    }


def readme_template() -> Template:
    """The README's template, compiled on first use and kept (a streamed release compiles it
    while the workers parse, not at its end)."""
    return _ENV.get_template("README.md.j2")


def render_readme(descriptor: dict[str, Any], staging: Path) -> str:
    """The README text of the package whose files are in ``staging`` (its tables already written)."""
    resources = {resource["name"]: resource for resource in descriptor["resources"]}
    tables = [_table(resource) for resource in descriptor["resources"]]
    example = "articles" if "articles" in resources else tables[0]["name"]
    return readme_template().render(
        package=descriptor,
        generator=descriptor.get("bantin:generator", {}),
        tables=tables,
        example=resources[example]["path"] if tables else "",
        validation=_validation(staging, resources),
    )


def write_readme(staging: Path, descriptor: dict[str, Any]) -> dict[str, Any]:
    """Write ``staging/README.md`` (fsynced); returns the descriptor entry that records it."""
    content = render_readme(descriptor, staging).encode("utf-8")
    path = staging / README_NAME
    with path.open("wb") as handle:
        handle.write(content)
        handle.flush()
        os.fsync(handle.fileno())
    return {
        "path": README_NAME,
        "hash": f"sha256:{hashlib.sha256(content).hexdigest()}",
        BYTES_KEY: len(content),
    }
