"""write_package: a valid Data Package, byte-identical when repeated, atomic, never invalid."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import subprocess
import sys
from pathlib import Path

import duckdb
import frictionless
import pandas
import polars as pl
import pyarrow
import pyarrow.parquet as pq
import pytest

from bantin.packaging import PackageError, write_package
from bantin.packaging import writer as writer_module
from bantin.packaging.recipe import DEFAULT_RECIPE, DatasetRecipe
from bantin.schemas import TABLES, table_schema
from tests.packaging.conftest import CREATED


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` by relative path, with its bytes."""
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def siblings(out_dir: Path) -> list[str]:
    return sorted(path.name for path in out_dir.parent.iterdir() if path.name != out_dir.name)


def test_frictionless_cli_validates_the_package(package: Path) -> None:
    cli = Path(sys.executable).with_name("frictionless")
    result = subprocess.run(
        [str(cli), "validate", str(package)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_package_covers_nulls_utc_datetimes_and_every_table(
    package: Path, tables: dict[str, pl.DataFrame]
) -> None:
    # What the validation above ran on, so a pass is not an accident of easy data.
    assert tables["bulletins"]["issue_date"].null_count() == 1
    assert tables["toc_entries"]["page"].null_count() == 3
    assert tables["findings"]["line"].null_count() == 1
    assert tables["sources"]["source_sha256"].null_count() == 1
    assert tables["articles"]["published_at"].drop_nulls().len() == 2
    assert all(tables[name].height > 0 for name in TABLES)


def test_a_package_of_empty_tables_is_valid(tmp_path: Path) -> None:
    descriptor = write_package({}, tmp_path / "empty", DEFAULT_RECIPE, CREATED)
    report = frictionless.validate(str(descriptor))
    assert report.valid, report.flatten(["type", "note"])
    resources = json.loads(descriptor.read_text(encoding="utf-8"))["resources"]
    assert [r["name"] for r in resources] == list(TABLES)
    assert all(r["rows"] == 0 for r in resources)


def test_frictionless_enforces_the_exported_constraints(package: Path, tmp_path: Path) -> None:
    """A file that breaks the schema is caught, so a passing validation means something."""
    descriptor = json.loads(package.read_text(encoding="utf-8"))
    broken = tmp_path / "broken"
    (broken / "data").mkdir(parents=True)
    for resource in descriptor["resources"]:
        table = pq.read_table(package.parent / resource["path"])
        if resource["name"] == "sections":
            table = table.set_column(
                table.schema.get_field_index("position"),
                "position",
                pyarrow.array([0] * table.num_rows, pyarrow.int64()),
            )
        pq.write_table(table, broken / resource["path"])
        resource["hash"] = (
            "sha256:" + hashlib.sha256((broken / resource["path"]).read_bytes()).hexdigest()
        )
        resource["bantin:bytes"] = (broken / resource["path"]).stat().st_size
    (broken / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    report = frictionless.validate(str(broken / "datapackage.json"))
    errors = report.flatten(["type", "fieldName"])
    assert ["constraint-error", "position"] in errors
    assert ["primary-key", None] in errors


def test_descriptor_records_metadata_hashes_sizes_and_generated_schemas(
    package: Path, tables: dict[str, pl.DataFrame]
) -> None:
    descriptor = json.loads(package.read_text(encoding="utf-8"))
    assert descriptor["name"] == DEFAULT_RECIPE.name
    newest = tables["bulletins"]["issue_date"].max()
    assert descriptor["version"] == f"{newest.year}.{newest.month}.{newest.day}"
    assert descriptor["created"] == "2025-10-02T08:30:00Z"
    assert descriptor["licenses"][0]["name"] == "CC-BY-4.0"
    assert descriptor["sources"]
    assert [r["name"] for r in descriptor["resources"]] == list(TABLES)
    for resource in descriptor["resources"]:
        name = resource["name"]
        file = package.parent / resource["path"]
        assert resource["path"] == f"data/{name}.parquet"
        assert (resource["format"], resource["mediatype"]) == (
            "parquet",
            "application/vnd.apache.parquet",
        )
        assert resource["hash"] == "sha256:" + hashlib.sha256(file.read_bytes()).hexdigest()
        assert resource["bantin:bytes"] == file.stat().st_size
        assert resource["rows"] == tables[name].height
        assert resource["schema"] == table_schema(TABLES[name])
    assert not any(path.name.startswith(".") for path in package.parent.parent.iterdir())


def _normalise(value: object, dtype: pl.DataType) -> object:
    """One Python value per cell, whatever library read it."""
    if value is None or value is pandas.NaT:
        return None
    if isinstance(value, float) and value != value:
        return None
    if hasattr(value, "to_pydatetime"):
        value = value.to_pydatetime()
    if hasattr(value, "item") and not isinstance(value, str):
        value = value.item()
    if dtype == pl.Date and isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.datetime) and value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)  # DuckDB hands back UTC as naive (see the query)
    if isinstance(value, dt.datetime):
        value = value.astimezone(dt.UTC)
    if dtype.is_integer() and isinstance(value, float):
        value = int(value)
    return value


def test_polars_pandas_and_duckdb_read_the_same_rows(
    package: Path, tables: dict[str, pl.DataFrame]
) -> None:
    connection = duckdb.connect()
    for name, expected in tables.items():
        path = package.parent / "data" / f"{name}.parquet"
        dtypes = list(expected.schema.values())

        def rows(
            raw: list[tuple[object, ...]], dtypes: list[pl.DataType] = dtypes
        ) -> list[tuple[object, ...]]:
            return [
                tuple(_normalise(v, t) for v, t in zip(row, dtypes, strict=True)) for row in raw
            ]

        from_polars = rows(pl.read_parquet(path).rows())
        frame = pandas.read_parquet(path)
        from_pandas = rows(list(frame.itertuples(index=False, name=None)))
        utc = [
            f"timezone('UTC', {column}) AS {column}"
            for column, dtype in expected.schema.items()
            if isinstance(dtype, pl.Datetime)
        ]
        replace = f" REPLACE ({', '.join(utc)})" if utc else ""
        from_duckdb = rows(
            connection.sql(f"SELECT *{replace} FROM read_parquet('{path}')").fetchall()
        )
        assert from_polars == rows(expected.rows()), name
        assert from_pandas == from_polars, name
        assert from_duckdb == from_polars, name
        assert list(frame.columns) == expected.columns


def test_writing_twice_is_byte_identical(
    package: Path, tables: dict[str, pl.DataFrame], tmp_path: Path
) -> None:
    again = write_package(tables, tmp_path / "again", DEFAULT_RECIPE, CREATED)
    assert snapshot(again.parent) == snapshot(package.parent)
    rewritten = write_package(tables, tmp_path / "again", DEFAULT_RECIPE, CREATED)
    assert snapshot(rewritten.parent) == snapshot(package.parent)
    assert siblings(tmp_path / "again") == []


def test_created_only_changes_the_descriptor(
    package: Path, tables: dict[str, pl.DataFrame], tmp_path: Path
) -> None:
    later = write_package(
        tables, tmp_path / "later", DEFAULT_RECIPE, CREATED + dt.timedelta(days=1)
    )
    before, after = snapshot(package.parent), snapshot(later.parent)
    assert [name for name in before if before[name] != after[name]] == ["datapackage.json"]


class Boom(RuntimeError):
    pass


@pytest.mark.parametrize("failure", [Boom, KeyboardInterrupt])
def test_interrupted_write_keeps_the_previous_package(
    tables: dict[str, pl.DataFrame],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    failure: type[BaseException],
) -> None:
    out = tmp_path / "release"
    write_package(tables, out, DEFAULT_RECIPE, CREATED)
    before = snapshot(out)
    calls = []
    real_write = writer_module._write_parquet

    def failing_write(*args: object) -> None:
        calls.append(args)
        if len(calls) == 3:
            raise failure("disk full")
        real_write(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(writer_module, "_write_parquet", failing_write)
    smaller = {**tables, "findings": tables["findings"].head(1)}
    with pytest.raises(failure):
        write_package(smaller, out, DEFAULT_RECIPE, CREATED + dt.timedelta(days=1))
    assert len(calls) == 3
    assert snapshot(out) == before
    assert siblings(out) == []


def test_interrupted_first_write_leaves_nothing(
    tables: dict[str, pl.DataFrame], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing_write(*args: object) -> None:
        raise Boom("disk full")

    monkeypatch.setattr(writer_module, "_write_parquet", failing_write)
    with pytest.raises(Boom):
        write_package(tables, tmp_path / "release", DEFAULT_RECIPE, CREATED)
    assert list(tmp_path.iterdir()) == []


def test_a_directory_that_is_not_a_package_is_never_replaced(
    tables: dict[str, pl.DataFrame], tmp_path: Path
) -> None:
    out = tmp_path / "home"
    out.mkdir()
    (out / "notes.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(PackageError, match="is not empty and is not a bantin package"):
        write_package(tables, out, DEFAULT_RECIPE, CREATED)
    assert snapshot(out) == {"notes.txt": b"keep me"}
    assert siblings(out) == []


def test_an_empty_directory_is_filled(tables: dict[str, pl.DataFrame], tmp_path: Path) -> None:
    out = tmp_path / "empty"
    out.mkdir()
    assert write_package(tables, out, DEFAULT_RECIPE, CREATED).is_file()


def _rejected(tables: dict[str, pl.DataFrame], tmp_path: Path) -> str:
    out = tmp_path / "release"
    with pytest.raises(PackageError) as caught:
        write_package(tables, out, DEFAULT_RECIPE, CREATED)
    assert not out.exists() and list(tmp_path.iterdir()) == []
    return str(caught.value)


def test_invalid_values_are_rejected_naming_table_and_column(
    tables: dict[str, pl.DataFrame], tmp_path: Path
) -> None:
    bad = tables["articles"].with_columns(
        pl.when(pl.col("position") == 2).then(0).otherwise(pl.col("position")).alias("position")
    )
    message = _rejected({**tables, "articles": bad}, tmp_path)
    assert "table 'articles', column 'position'" in message
    assert "greater_than_or_equal_to(1)" in message
    assert "Traceback" not in message


def test_wrong_dtypes_are_rejected(tables: dict[str, pl.DataFrame], tmp_path: Path) -> None:
    bad = tables["sections"].with_columns(pl.col("page").cast(pl.Float64))
    assert "table 'sections', column 'page'" in _rejected({**tables, "sections": bad}, tmp_path)


def test_dangling_foreign_keys_are_rejected(
    tables: dict[str, pl.DataFrame], tmp_path: Path
) -> None:
    fewer = tables["bulletins"].filter(pl.col("kind") == "digest")
    message = _rejected({**tables, "bulletins": fewer}, tmp_path)
    assert "table 'articles', column 'bulletin_id'" in message
    assert "feed-tin-example-vn-cai-cach-dia-phuong-2025-10-01" in message


def test_unknown_tables_and_naive_created_are_rejected(
    tables: dict[str, pl.DataFrame], tmp_path: Path
) -> None:
    assert "table 'authors'" in _rejected(
        {**tables, "authors": tables["citation_authors"]}, tmp_path
    )
    with pytest.raises(PackageError, match="timezone-aware"):
        write_package(tables, tmp_path / "x", DEFAULT_RECIPE, dt.datetime(2025, 10, 2))


def test_recipe_metadata_is_written(tables: dict[str, pl.DataFrame], tmp_path: Path) -> None:
    recipe = DatasetRecipe(
        name="bantin-test",
        title="Test",
        version="2.0.0",
        homepage="https://example.org",
        sources=(),
    )
    descriptor = json.loads(
        write_package({}, tmp_path / "p", recipe, CREATED).read_text(encoding="utf-8")
    )
    assert (descriptor["name"], descriptor["version"], descriptor["homepage"]) == (
        "bantin-test",
        "2.0.0",
        "https://example.org",
    )
    assert "sources" not in descriptor
    with pytest.raises(ValueError, match="dataset name"):
        DatasetRecipe(name="Bantin Test", title="x", version="1")
