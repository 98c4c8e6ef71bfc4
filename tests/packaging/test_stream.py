"""package_writer: rows streamed in as columns are checked one row group at a time, and a
broken row group, an unknown column or ragged columns stop the release with nothing replaced."""

from __future__ import annotations

import re
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from bantin.packaging import PackageError
from bantin.packaging import writer as writer_module
from bantin.packaging.recipe import DEFAULT_RECIPE
from bantin.packaging.writer import package_writer
from tests.packaging.conftest import CREATED


def _sources(paths: list[str], status: str = "unreadable") -> dict[str, list[object]]:
    return {
        "source_path": paths,
        "status": [status] * len(paths),
        "reason": [f"E000: {path} is not a bulletin" for path in paths],
    }


def test_columns_not_given_are_null_and_row_groups_are_cut_in_row_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(writer_module, "ROW_GROUP_ROWS", 4)
    with package_writer(tmp_path / "out", DEFAULT_RECIPE, allow_empty=True) as package:
        for start in range(0, 10, 3):  # parts of 3, 3, 3 and 1 rows
            paths = [f"f{n}.txt" for n in range(start, min(start + 3, 10))]
            package.append_columns("sources", _sources(paths))
        assert package.rows("sources") == 10
        package.created = CREATED
    written = pq.ParquetFile(tmp_path / "out" / "data" / "sources.parquet")
    sizes = [written.metadata.row_group(i).num_rows for i in range(written.metadata.num_row_groups)]
    assert sizes == [4, 4, 2]
    table = written.read()
    assert table.column("source_path").to_pylist() == [f"f{n}.txt" for n in range(10)]
    assert table.column("source_sha256").null_count == 10
    assert table.column("bulletin_id").null_count == 10


def test_a_row_group_breaking_its_model_stops_the_release(tmp_path: Path) -> None:
    out = tmp_path / "out"
    stream = package_writer(out, DEFAULT_RECIPE, allow_empty=True)
    with pytest.raises(PackageError) as refused, stream as package:
        package.append_columns("sources", _sources(["a.txt", "b.txt"], status="lost"))
        package.created = CREATED
    problems = "\n".join(refused.value.problems)
    assert "table 'sources', column 'status'" in problems and "(rows from 0)" in problems
    assert not out.exists() and list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("columns", "message"),
    [
        ({"source_path": ["a.txt"], "colour": ["red"]}, "unknown column(s) colour"),
        (
            {"source_path": ["a.txt", "b.txt"], "status": ["unreadable"]},
            "columns of different lengths",
        ),
    ],
)
def test_unknown_or_ragged_columns_are_refused(
    tmp_path: Path, columns: dict[str, list[object]], message: str
) -> None:
    expected = re.escape(f"rows of table 'sources' have {message}")
    stream = package_writer(tmp_path / "out", DEFAULT_RECIPE, allow_empty=True)
    with pytest.raises(PackageError, match=expected), stream as package:
        package.append_columns("sources", columns)
    assert list(tmp_path.iterdir()) == []


def test_a_value_of_another_type_than_its_column_is_refused(tmp_path: Path) -> None:
    rows = _sources(["a.txt", "b.txt"])
    rows["source_format"] = ["print", 7]
    stream = package_writer(tmp_path / "out", DEFAULT_RECIPE, allow_empty=True)
    expected = re.escape("rows of table 'sources' (from row 0) have")
    with pytest.raises(PackageError, match=expected) as refused, stream as package:
        package.append_columns("sources", rows)
    assert "found value of type Int64: 7" in str(refused.value)
    assert list(tmp_path.iterdir()) == []


def test_controls_are_scrubbed_only_where_a_row_group_holds_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(writer_module, "ROW_GROUP_ROWS", 2)
    rows = _sources(["a.txt", "b.txt", "c.txt", "d.txt"])
    rows["reason"][3] = "E000: a bell\x07 and an override\u202e in the reason"
    with package_writer(tmp_path / "out", DEFAULT_RECIPE, allow_empty=True) as package:
        package.append_columns("sources", rows)
        package.created = CREATED
    table = pq.read_table(tmp_path / "out" / "data" / "sources.parquet")
    assert table.column("source_path").to_pylist() == ["a.txt", "b.txt", "c.txt", "d.txt"]
    assert table.column("reason").to_pylist() == [
        *rows["reason"][:3],
        "E000: a bell and an override in the reason",
    ]
