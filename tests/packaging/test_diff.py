"""`bantin diff`: rows added, removed and changed by primary key; bulletins; findings."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import polars as pl
import pytest
from typer.testing import CliRunner

from bantin.cli import app
from bantin.datasets.synthetic.sample import embedded_sample_files
from bantin.packaging.diff import diff_table
from tests.parsers.fixtures import PRINT_DIGEST

runner = CliRunner()


def test_diff_table_keys_rows_by_primary_key() -> None:
    old = pl.DataFrame({"id": ["a", "b", "c"], "n": [1, 2, None], "s": ["x", "y", "z"]})
    new = pl.DataFrame({"id": ["b", "c", "d"], "n": [2, 3, 4], "s": ["y", "z", "w"]})
    diff = diff_table("t", ["id"], old, new)
    assert diff.added == (("d",),) and diff.removed == (("a",),)
    assert diff.changed == (("c",),)  # null -> 3 is a change
    assert diff.changed_columns == {"n": 1}


def test_diff_table_with_a_composite_key_and_a_new_column() -> None:
    old = pl.DataFrame({"b": ["x", "x"], "pos": [1, 2], "name": ["A", "B"]})
    new = pl.DataFrame({"b": ["x", "x"], "pos": [1, 2], "name": ["A", "C"], "extra": [1, 2]})
    diff = diff_table("t", ["b", "pos"], old, new)
    assert diff.changed == (("x", 2),) and diff.columns_added == ("extra",)


@pytest.fixture
def releases(tmp_path: Path) -> tuple[Path, Path]:
    """Two releases: the second drops one sample bulletin and adds a digest with a bad date."""
    first, second = tmp_path / "in1", tmp_path / "in2"
    first.mkdir()
    second.mkdir()
    files = embedded_sample_files()[2:5]  # none of them of the digest's day (03/01)
    for path in files:
        shutil.copy(path, first / path.name)
    for path in files[1:]:
        shutil.copy(path, second / path.name)
    bad = PRINT_DIGEST.replace("(Baolaocai.vn 02/01", "(Baolaocai.vn 31/9")
    (second / "new.txt").write_text(bad, encoding="utf-8")
    old, new = tmp_path / "old", tmp_path / "new"
    for source, out in ((first, old), (second, new)):
        result = runner.invoke(app, ["release", str(source), "--out", str(out)])
        assert result.exit_code == 0, result.output
    return old, new


def test_diff_of_two_releases_names_bulletins_findings_and_tables(releases) -> None:
    old, new = releases
    result = runner.invoke(app, ["diff", str(old), str(new), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["bulletins"]["added"] == ["cchc-2025-01-03"]
    assert len(data["bulletins"]["removed"]) == 1
    new_findings = data["findings"]["new"]
    assert "date.impossible" in [f["rule"] for f in new_findings]
    assert {f["source_path"] for f in new_findings} == {"new.txt"}  # relative to its SOURCE
    assert data["findings"]["resolved"] == []
    withheld = data["tables"]["withheld"]
    assert len(withheld["added"]) == 1 and withheld["added"][0][0].startswith("cchc-2025-01-03-")
    articles = data["tables"]["articles"]
    assert articles["key"] == ["article_id"] and articles["added"] and articles["removed"]


def test_markdown_is_release_notes(releases) -> None:
    old, new = releases
    result = runner.invoke(app, ["diff", str(old), str(new), "--format", "markdown"])
    assert result.exit_code == 0
    text = result.stdout
    assert text.startswith("## Changes from ")
    assert "- Added (1): `cchc-2025-01-03`" in text
    assert "| `articles` |" in text and "`date.impossible` (error)" in text


def test_the_same_release_has_no_differences(releases) -> None:
    old, _ = releases
    result = runner.invoke(app, ["diff", str(old), str(old)])
    assert result.exit_code == 0 and "no differences" in result.stdout


def test_a_damaged_package_exits_2(releases) -> None:
    old, new = releases
    with (new / "data" / "articles.parquet").open("ab") as handle:
        handle.write(b"\0")
    result = runner.invoke(app, ["diff", str(old), str(new)])
    assert result.exit_code == 2 and "articles" in result.stderr


def _without_resource(package: Path, name: str) -> None:
    """Make ``package`` look written by a bantin that had no ``name`` table yet."""
    path = package / "datapackage.json"
    descriptor = json.loads(path.read_text(encoding="utf-8"))
    (resource,) = [r for r in descriptor["resources"] if r["name"] == name]
    descriptor["resources"].remove(resource)
    path.write_text(json.dumps(descriptor, ensure_ascii=False, indent=2), encoding="utf-8")
    (package / resource["path"]).unlink()


def test_a_table_only_one_release_has_is_reported_added_or_removed_with_all_its_rows(
    releases,
) -> None:
    old, new = releases
    _without_resource(old, "figures")
    figures = pl.read_parquet(new / "data" / "figures.parquet").height
    assert figures > 0
    result = runner.invoke(app, ["diff", str(old), str(new), "--format", "json"])
    assert result.exit_code == 0, result.output
    table = json.loads(result.stdout)["tables"]["figures"]
    assert len(table["added"]) == figures and table["removed"] == []
    result = runner.invoke(app, ["diff", str(new), str(old), "--format", "json"])
    assert result.exit_code == 0, result.output
    table = json.loads(result.stdout)["tables"]["figures"]
    assert len(table["removed"]) == figures and table["added"] == []
