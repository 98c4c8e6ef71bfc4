"""The README.md data dictionary every package carries: complete, recorded, checked, deterministic."""

from __future__ import annotations

import json
import re
import shutil
from collections import Counter
from pathlib import Path

import polars as pl
import pytest

from bantin.packaging import verify_package, write_package
from bantin.packaging.datadoc import README_KEY, cell
from bantin.packaging.descriptor import sha256_file
from bantin.packaging.reader import package_files
from bantin.packaging.recipe import DEFAULT_RECIPE
from bantin.schemas import TABLES, foreign_keys, primary_key
from bantin.validators.registry import RULES
from tests.packaging.conftest import CREATED


def _readme(package: Path) -> str:
    return (package.parent / "README.md").read_text(encoding="utf-8")


def _section(text: str, heading: str) -> str:
    """The text under a Markdown heading, up to the next heading of the same or higher level."""
    level = heading.split(" ")[0]
    start = text.index(f"\n{heading}\n")
    end = re.search(rf"\n#{{1,{len(level)}}} ", text[start + 1 :])
    return text[start : start + 1 + end.start()] if end else text[start:]


def _rows(markdown: str) -> list[list[str]]:
    """The cells of every table row (header and separator excluded), split on unescaped pipes."""
    rows = []
    for line in markdown.splitlines():
        if line.startswith("|") and not set(line) <= set("|-: "):
            rows.append([c.strip() for c in re.split(r"(?<!\\)\|", line)[1:-1]])
    return rows[1:] if rows else rows


def test_readme_is_recorded_in_the_descriptor_and_verified(package: Path, tmp_path: Path) -> None:
    descriptor = json.loads(package.read_text(encoding="utf-8"))
    readme = package.parent / "README.md"
    assert descriptor[README_KEY] == {
        "path": "README.md",
        "hash": f"sha256:{sha256_file(readme)}",
        "bantin:bytes": readme.stat().st_size,
    }
    assert "README.md" in package_files(descriptor)
    copy = tmp_path / "copy"
    shutil.copytree(package.parent, copy)
    assert verify_package(copy) == []
    (copy / "README.md").write_text(_readme(package).replace("rows", "lines"), encoding="utf-8")
    problems = verify_package(copy)
    assert problems and all(p.startswith(f"{README_KEY}: README.md has ") for p in problems)
    assert any("sha256" in problem for problem in problems)
    (copy / "README.md").unlink()
    assert verify_package(copy) == [f"{README_KEY}: file README.md is missing"]


def test_every_table_with_rows_keys_and_every_column(
    package: Path, tables: dict[str, pl.DataFrame]
) -> None:
    text = _readme(package)
    for name, model in TABLES.items():
        section = _section(text, f"### {name}")
        assert f"`data/{name}.parquet`, {tables[name].height} row" in section
        assert "- Key: " + ", ".join(f"`{c}`" for c in primary_key(model)) in section
        for column, (target, target_column) in foreign_keys(model).items():
            assert f"- Foreign key: `{column}` → `{target}.{target_column}`" in section
        if not foreign_keys(model):
            assert "Foreign key" not in section
        rows = {row[0].strip("`"): row for row in _rows(section)}
        schema = model.to_schema()
        assert list(rows) == list(schema.columns)
        for column_name, column in schema.columns.items():
            _, kind, nullable, description, _ = rows[column_name]
            assert nullable == ("yes" if column.nullable else "no"), (name, column_name)
            assert description == cell(column.description), (name, column_name)
            assert kind in {"string", "integer", "number", "boolean", "date", "datetime"}
    dates = _rows(_section(text, "### bulletins"))
    assert dates[3][:3] == ["`issue_date`", "date", "yes"]


def test_validation_counts_findings_by_rule_and_sources_by_status(
    package: Path, tables: dict[str, pl.DataFrame]
) -> None:
    section = _section(_readme(package), "## How the sources were validated")
    by_rule = Counter(tables["findings"]["rule"].to_list())
    rows = {row[0].strip("`"): row for row in _rows(section) if row[0].startswith("`")}
    for rule in RULES:
        assert rows[rule.id][1:] == [
            str(rule.severity),
            str(rule.withholds) if rule.severity == "error" else "",
            cell(rule.description),
            str(by_rule[rule.id]),
        ]
    # source.unreadable is a reading failure, not a registered rule: still counted
    assert rows["source.unreadable"][-1] == str(by_rule["source.unreadable"]) != "0"
    statuses = Counter(tables["sources"]["status"].to_list())
    for status in ("published", "partial", "quarantined", "unreadable"):
        assert f"| {status} | {statuses[status]} |" in section
    assert f"Withheld items: {tables['withheld'].height} (" in section
    total = tables["findings"].height
    assert f"Findings: {total} (" in section


def test_identity_licence_citation_version_and_loading(package: Path) -> None:
    descriptor = json.loads(package.read_text(encoding="utf-8"))
    text = _readme(package)
    assert text.startswith(f"# {DEFAULT_RECIPE.title}\n\n{DEFAULT_RECIPE.description}\n")
    assert f"| Data version | `{descriptor['version']}` |" in text
    assert "(`CC-BY-4.0`)" in text and "https://creativecommons.org/licenses/by/4.0/" in text
    cite = _section(text, "## How to cite")
    assert f"data version {descriptor['version']}" in cite and "CC-BY-4.0" in cite
    loading = _section(text, "## How to load it")
    for needle in (
        "import polars",
        "import pandas",
        "import duckdb",
        "arrow::read_parquet",
        "bantin.load(",
        "bantin.connect(",
    ):
        assert needle in loading


def test_every_markdown_table_row_has_its_header_width(package: Path) -> None:
    lines = _readme(package).splitlines()
    width = 0
    for line in lines:
        if not line.startswith("|"):
            width = 0
            continue
        cells = len(re.split(r"(?<!\\)\|", line)) - 2
        width = width or cells
        assert cells == width, line


def test_readme_is_byte_identical_across_builds(
    package: Path, tables: dict[str, pl.DataFrame], tmp_path: Path
) -> None:
    again = write_package(tables, tmp_path / "again", DEFAULT_RECIPE, CREATED)
    assert (again.parent / "README.md").read_bytes() == (package.parent / "README.md").read_bytes()


def test_a_package_with_its_readme_is_replaced_but_a_stray_file_is_refused(
    tables: dict[str, pl.DataFrame], tmp_path: Path
) -> None:
    out = tmp_path / "rel"
    write_package(tables, out, DEFAULT_RECIPE, CREATED)
    write_package(tables, out, DEFAULT_RECIPE, CREATED)
    assert verify_package(out) == []
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(Exception, match="does not list") as refused:
        write_package(tables, out, DEFAULT_RECIPE, CREATED)
    assert "notes.txt" in str(refused.value)
    assert (out / "notes.txt").exists()


def test_the_package_readme_loading_snippets_run_in_the_package_folder(
    package: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = tmp_path / "pkg"
    shutil.copytree(package.parent, copy)
    monkeypatch.chdir(copy)
    loading = _section(_readme(package), "## How to load it")
    blocks = re.findall(r"^```python\n(.*?)^```$", loading, re.MULTILINE | re.DOTALL)
    assert len(blocks) == 4
    for code in blocks:
        namespace: dict[str, object] = {}
        exec(compile(code, "README.md", "exec"), namespace)
    assert set(namespace["tables"]) == set(TABLES)  # type: ignore[call-overload]
