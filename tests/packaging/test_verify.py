"""`bantin verify`: file checks plus schema, primary and foreign keys, each problem naming its resource."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import polars as pl
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from bantin.cli import app
from bantin.packaging.verify import verify
from bantin.packaging.verify_command import run_verify


@pytest.fixture
def copy(package: Path, tmp_path: Path) -> Path:
    return Path(shutil.copytree(package.parent, tmp_path / "copy"))


def _rewrite(root: Path, name: str, change) -> None:
    """Rewrite a resource's rows with ``change`` (a polars frame -> frame), keeping the Parquet
    schema, and update its sha256, size and rows so that only the contents can be wrong."""
    path = root / "data" / f"{name}.parquet"
    schema = pq.read_schema(path)
    frame = change(pl.read_parquet(path))
    pq.write_table(frame.to_arrow().cast(schema), path)
    descriptor_path = root / "datapackage.json"
    descriptor = json.loads(descriptor_path.read_text("utf-8"))
    for resource in descriptor["resources"]:
        if resource["name"] == name:
            resource["hash"] = "sha256:" + hashlib.sha256(path.read_bytes()).hexdigest()
            resource["bantin:bytes"] = path.stat().st_size
            resource["rows"] = frame.height
    descriptor_path.write_text(json.dumps(descriptor), "utf-8")


def test_an_intact_package_verifies_with_row_counts(package: Path) -> None:
    result = verify(package)
    assert result.ok, result.problems
    assert result.rows["bulletins"] > 0 and "withheld" in result.rows


def test_a_repeated_primary_key_is_caught(copy: Path) -> None:
    _rewrite(copy, "citation_authors", lambda f: pl.concat([f, f.head(1)]))
    (problem,) = verify(copy).problems
    assert problem.startswith("resource 'citation_authors': primary key (citation_id, position)")


def test_a_dangling_foreign_key_is_caught(copy: Path) -> None:
    _rewrite(copy, "figures", lambda f: f.with_columns(article_id=pl.lit("cchc-2030-01-01-01")))
    problems = verify(copy).problems
    assert any(
        p.startswith("resource 'figures': article_id values missing from articles.article_id")
        and "cchc-2030-01-01-01" in p
        for p in problems
    ), problems


@pytest.mark.parametrize(
    ("table", "change", "expected"),
    [
        ("sources", {"status": pl.lit("lost")}, "column 'status' breaks enum"),
        ("articles", {"article_id": pl.lit("not-an-id")}, "column 'article_id' breaks pattern"),
        ("sections", {"position": pl.lit(0, pl.Int64)}, "column 'position' breaks minimum 1"),
        ("bulletins", {"title": pl.lit("")}, "column 'title' breaks minLength 1"),
    ],
)
def test_schema_constraints_are_checked(copy: Path, table: str, change, expected: str) -> None:
    _rewrite(copy, table, lambda f: f.with_columns(**change))
    problems = verify(copy).problems
    assert any(p.startswith(f"resource '{table}': {expected}") for p in problems), problems


def test_a_column_stored_with_another_type_is_caught(copy: Path) -> None:
    path = copy / "data" / "sections.parquet"
    table = pq.read_table(path)
    pq.write_table(table.set_column(3, "page", table.column("page").cast("string")), path)
    problems = verify(copy).problems
    assert "resource 'sections': column 'page' is stored as string, the schema says integer" in (
        problems
    )


def test_file_checks_still_come_first(copy: Path) -> None:
    with (copy / "data" / "figures.parquet").open("ab") as handle:
        handle.write(b"x")
    problems = verify(copy).problems
    assert any("figures" in p and "bytes" in p for p in problems)


def test_exit_codes_and_json(package: Path, copy: Path, tmp_path: Path) -> None:
    out, err = io.StringIO(), io.StringIO()
    assert run_verify(str(package.parent), False, out, err) == 0
    assert "OK" in out.getvalue()
    _rewrite(copy, "citation_authors", lambda f: pl.concat([f, f.head(1)]))
    out = io.StringIO()
    assert run_verify(str(copy), True, out, err) == 1
    document = json.loads(out.getvalue())
    assert document["ok"] is False and "citation_authors" in document["problems"][0]
    out = io.StringIO()
    assert run_verify(str(copy), False, out, err) == 1
    head, *listed = out.getvalue().splitlines()
    assert head.endswith(": 1 problem") and listed == [f"  {document['problems'][0]}"]
    _rewrite(copy, "articles", lambda f: pl.concat([f, f.head(1)]))
    out = io.StringIO()
    assert run_verify(str(copy), False, out, err) == 1
    head, *listed = out.getvalue().splitlines()
    assert len(listed) >= 2 and head.endswith(f": {len(listed)} problems")
    assert run_verify(str(tmp_path / "nothing"), False, out, err) == 2
    assert "no Data Package" in err.getvalue()


def test_the_cli_command_and_its_fast_path_agree(package: Path, copy: Path) -> None:
    _rewrite(copy, "citation_authors", lambda f: pl.concat([f, f.head(1)]))
    typer_run = CliRunner().invoke(app, ["verify", str(copy)])
    assert typer_run.exit_code == 1 and "primary key" in typer_run.stdout
    fast = subprocess.run(
        [sys.executable, "-m", "bantin", "verify", str(copy)], capture_output=True, text=True
    )
    assert fast.returncode == 1 and fast.stdout == typer_run.stdout
    fine = subprocess.run([sys.executable, "-m", "bantin", "verify", str(package.parent)])
    assert fine.returncode == 0


def test_the_package_readme_is_checked_too(package: Path, copy: Path) -> None:
    from bantin.packaging.datadoc import README_KEY
    from bantin.packaging.verify import README_KEY as VERIFIED_KEY

    assert VERIFIED_KEY == README_KEY
    descriptor = json.loads(package.read_text("utf-8"))
    readme = copy / descriptor[README_KEY]["path"]
    readme.write_text(readme.read_text("utf-8") + "\nedited\n", "utf-8")
    problems = verify(copy).problems
    assert problems and all(p.startswith(README_KEY) for p in problems)


def _edit_schema(root: Path, name: str, change) -> None:
    """Change resource ``name``'s Table Schema in the descriptor (``change`` edits it in place)."""
    path = root / "datapackage.json"
    descriptor = json.loads(path.read_text("utf-8"))
    (resource,) = [r for r in descriptor["resources"] if r["name"] == name]
    change(resource["schema"])
    path.write_text(json.dumps(descriptor), "utf-8")


def _field(schema: dict, name: str) -> dict:
    (field,) = [f for f in schema["fields"] if f["name"] == name]
    return field


def test_a_maximum_and_the_default_string_type_of_a_schema_are_checked(copy: Path) -> None:
    """Packages from elsewhere may declare what bantin's own schemas do not: a maximum, or a field
    with no type (a string, says Table Schema)."""
    highest = pl.read_parquet(copy / "data" / "sections.parquet")["position"].max()
    assert isinstance(highest, int) and highest > 1
    _edit_schema(copy, "sections", lambda s: _field(s, "position")["constraints"].update(maximum=1))
    _edit_schema(copy, "sections", lambda s: _field(s, "page").pop("type"))
    problems = verify(copy).problems
    assert (
        f"resource 'sections': column 'position' breaks maximum 1 (largest value {highest})"
        in problems
    )
    assert any(p.startswith("resource 'sections': column 'page' is stored as ") for p in problems)
    assert any(p.endswith("the schema says string") for p in problems), problems


def test_a_missing_file_is_named_and_a_foreign_key_without_fields_is_a_problem(
    copy: Path,
) -> None:
    (copy / "data" / "figures.parquet").unlink()
    _edit_schema(copy, "sections", lambda s: s["foreignKeys"][0]["reference"].pop("fields"))
    problems = verify(copy).problems
    assert "resource 'figures': file data/figures.parquet is missing" in problems
    assert "resource 'sections': only single-column foreign keys are checked" in problems
