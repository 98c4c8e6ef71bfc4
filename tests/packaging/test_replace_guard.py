"""--out replaces only a bantin package: a folder with anything else of the user's is left alone."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from bantin.packaging import PackageError, writer
from bantin.packaging.recipe import DEFAULT_RECIPE
from bantin.packaging.writer import write_package
from tests.packaging.conftest import CREATED


@pytest.mark.parametrize(
    "files",
    [
        {"datapackage.json": "{}", "notes.txt": "my notes"},  # a package the user added to
        {"data/mine.csv": "a,b"},  # a data folder without any descriptor
    ],
    ids=["descriptor and notes", "data without descriptor"],
)
def test_a_folder_holding_more_than_a_package_is_never_replaced(
    tables: dict[str, pl.DataFrame], tmp_path: Path, files: dict[str, str]
) -> None:
    out = tmp_path / "release"
    for name, text in files.items():
        (out / name).parent.mkdir(parents=True, exist_ok=True)
        (out / name).write_text(text, encoding="utf-8")
    with pytest.raises(PackageError) as refused:
        write_package(tables, out, DEFAULT_RECIPE, CREATED)
    assert str(out) in str(refused.value)
    for name, text in files.items():
        assert (out / name).read_text(encoding="utf-8") == text


def test_a_previous_release_is_replaced(tables: dict[str, pl.DataFrame], tmp_path: Path) -> None:
    out = tmp_path / "release"
    write_package(tables, out, DEFAULT_RECIPE, CREATED)
    written = sorted(p.name for p in out.iterdir())
    assert {"data", "datapackage.json"} <= set(written)
    descriptor = write_package(tables, out, DEFAULT_RECIPE, CREATED)
    assert descriptor == out / "datapackage.json"
    assert sorted(p.name for p in out.iterdir()) == written


def test_while_writing_only_a_hidden_folder_named_after_the_release_appears(
    tables: dict[str, pl.DataFrame], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # What a release killed mid-way (kill -9, power cut) leaves in the user's folder.
    out = tmp_path / "release"
    seen: list[list[str]] = []
    build = writer._build

    def watching(staging: Path, *args: object) -> None:
        seen.append(sorted(p.name for p in tmp_path.iterdir()))
        build(staging, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(writer, "_build", watching)
    write_package(tables, out, DEFAULT_RECIPE, CREATED)
    (during,) = seen
    assert all(name.startswith(".release") for name in during), during
    assert any(name.startswith(".release.tmp-") for name in during), during
    assert [p.name for p in tmp_path.iterdir() if p.name != ".release.lock"] == ["release"]
