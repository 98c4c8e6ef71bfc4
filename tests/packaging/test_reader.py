"""load_package and verify_package: round trip, and every way files can disagree with the descriptor."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import polars as pl
import pytest
from polars.testing import assert_frame_equal

from bantin.packaging import PackageError, load_package, verify_package
from bantin.schemas import TABLES


@pytest.fixture
def copy(package: Path, tmp_path: Path) -> Path:
    """A private copy of the written package (its directory)."""
    return Path(shutil.copytree(package.parent, tmp_path / "copy"))


def edit_descriptor(root: Path, resource: str, **changes: object) -> None:
    path = root / "datapackage.json"
    descriptor = json.loads(path.read_text(encoding="utf-8"))
    for entry in descriptor["resources"]:
        if entry["name"] == resource:
            entry.update(changes)
    path.write_text(json.dumps(descriptor), encoding="utf-8")


def test_load_package_round_trips_every_table(
    package: Path, tables: dict[str, pl.DataFrame]
) -> None:
    for location in (package, package.parent):
        loaded = load_package(location)
        assert list(loaded) == list(TABLES)
        for name, frame in tables.items():
            assert_frame_equal(loaded[name], frame)


def test_an_intact_package_has_no_problems(package: Path) -> None:
    assert verify_package(package) == []
    assert verify_package(package.parent) == []


def test_a_tampered_file_is_caught(copy: Path) -> None:
    target = copy / "data" / "articles.parquet"
    data = bytearray(target.read_bytes())
    data[len(data) // 2] ^= 0xFF  # same size, different content
    target.write_bytes(bytes(data))
    problems = verify_package(copy)
    assert len([p for p in problems if "sha256" in p]) == 1
    assert "resource 'articles'" in problems[0]
    assert not any("bytes" in p for p in problems)
    with pytest.raises(PackageError, match="articles"):
        load_package(copy)


def test_an_unreadable_file_is_a_package_error_even_unverified(copy: Path) -> None:
    (copy / "data" / "citations.parquet").write_bytes(b"not parquet at all")
    assert any("not a readable Parquet file" in p for p in verify_package(copy))
    with pytest.raises(PackageError, match=r"citations\.parquet cannot be read"):
        load_package(copy, verify=False)


def test_a_grown_file_is_caught_by_size_and_hash(copy: Path) -> None:
    target = copy / "data" / "figures.parquet"
    size = target.stat().st_size
    target.write_bytes(target.read_bytes() + b"\0")
    problems = verify_package(copy)
    # By its own message: "bytes" alone also matches the Parquet reader's "magic bytes".
    size_problem = (
        f"resource 'figures': data/figures.parquet has {size + 1} bytes, the descriptor says {size}"
    )
    assert size_problem in problems
    assert any("resource 'figures'" in p and "sha256" in p for p in problems)


def test_a_size_only_tamper_is_caught_by_its_message(copy: Path) -> None:
    # The file is intact (hash, rows and columns agree); only the recorded size is wrong.
    size = (copy / "data" / "sections.parquet").stat().st_size
    edit_descriptor(copy, "sections", **{"bantin:bytes": size + 1})
    problem = f"resource 'sections': data/sections.parquet has {size} bytes, the descriptor says {size + 1}"
    assert verify_package(copy) == [problem]
    with pytest.raises(PackageError) as error:
        load_package(copy)
    assert error.value.problems == (problem,)


def test_a_size_recorded_as_standard_bytes_is_checked_too(copy: Path) -> None:
    # A descriptor rewritten by another Data Package tool may carry the standard `bytes` instead.
    size = (copy / "data" / "sections.parquet").stat().st_size
    path = copy / "datapackage.json"
    descriptor = json.loads(path.read_text(encoding="utf-8"))
    for entry in descriptor["resources"]:
        entry["bytes"] = entry.pop("bantin:bytes") + (1 if entry["name"] == "sections" else 0)
    path.write_text(json.dumps(descriptor), encoding="utf-8")
    assert verify_package(copy) == [
        f"resource 'sections': data/sections.parquet has {size} bytes, the descriptor says {size + 1}"
    ]


def test_a_resource_without_a_schema_is_still_verified(copy: Path) -> None:
    # Columns cannot be compared without a schema; size, hash and rows still are.
    path = copy / "datapackage.json"
    descriptor = json.loads(path.read_text(encoding="utf-8"))
    for entry in descriptor["resources"]:
        if entry["name"] == "sections":
            del entry["schema"]
            entry["rows"] += 1
    path.write_text(json.dumps(descriptor), encoding="utf-8")
    assert verify_package(copy) == [
        "resource 'sections': data/sections.parquet has 6 rows, the descriptor says 7"
    ]


def test_a_replaced_file_with_a_matching_size_but_other_rows_is_caught(copy: Path) -> None:
    edit_descriptor(copy, "sections", rows=99)
    assert verify_package(copy) == [
        "resource 'sections': data/sections.parquet has 6 rows, the descriptor says 99"
    ]


def test_a_missing_file_is_caught(copy: Path) -> None:
    (copy / "data" / "sources.parquet").unlink()
    assert verify_package(copy) == ["resource 'sources': file data/sources.parquet is missing"]
    with pytest.raises(PackageError, match=r"sources\.parquet is missing"):
        load_package(copy)


def test_a_path_outside_the_package_is_refused(copy: Path) -> None:
    edit_descriptor(copy, "findings", path="../elsewhere.parquet")
    assert verify_package(copy) == [
        "resource 'findings': path ../elsewhere.parquet is not inside the package"
    ]


def test_a_missing_or_broken_descriptor_is_reported(copy: Path, tmp_path: Path) -> None:
    assert "descriptor is missing" in verify_package(tmp_path / "nowhere")[0]
    (copy / "datapackage.json").write_text("{not json", encoding="utf-8")
    assert "not valid JSON" in verify_package(copy)[0]
    with pytest.raises(PackageError, match="not valid JSON"):
        load_package(copy)


def test_columns_that_differ_from_the_schema_are_caught(copy: Path) -> None:
    path = copy / "datapackage.json"
    descriptor = json.loads(path.read_text(encoding="utf-8"))
    fields = descriptor["resources"][0]["schema"]["fields"]
    fields[0], fields[1] = fields[1], fields[0]
    path.write_text(json.dumps(descriptor), encoding="utf-8")
    problems = verify_package(copy)
    assert len(problems) == 1 and "resource 'bulletins'" in problems[0] and "columns" in problems[0]
