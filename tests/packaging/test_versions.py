"""The package version is the data's version; bantin's own version and the profile sit beside it."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import frictionless
import polars as pl
import pytest
from typer.testing import CliRunner

from bantin import __version__
from bantin.cli import app
from bantin.packaging import write_package
from bantin.packaging.descriptor import PROFILE
from bantin.packaging.recipe import DEFAULT_RECIPE, DatasetRecipe
from bantin.packaging.versions import calver, data_version
from bantin.schemas import Bulletins, empty_frame

CREATED = dt.datetime(2025, 10, 2, 8, 30, tzinfo=dt.UTC)


def _bulletins(*days: dt.date | None) -> pl.DataFrame:
    frame = empty_frame(Bulletins)
    return frame.clear(len(days)).with_columns(pl.Series("issue_date", days, dtype=pl.Date))


def test_calver_has_no_leading_zeros() -> None:
    assert calver(dt.date(2024, 9, 19)) == "2024.9.19"
    assert calver(dt.date(2025, 1, 3)) == "2025.1.3"
    assert calver(dt.date(2025, 12, 31)) == "2025.12.31"


def test_default_version_is_the_newest_issue_date_ignoring_nulls() -> None:
    days = _bulletins(dt.date(2024, 2, 1), None, dt.date(2024, 9, 19), dt.date(2023, 12, 30))
    assert data_version(days, CREATED) == "2024.9.19"


def test_without_any_issue_date_the_version_is_the_creation_day() -> None:
    assert data_version(_bulletins(), CREATED) == "2025.10.2"
    assert data_version(_bulletins(None), CREATED) == "2025.10.2"


def test_descriptor_declares_profile_data_version_and_generator(
    package: Path, tables: dict[str, pl.DataFrame]
) -> None:
    descriptor = json.loads(package.read_text(encoding="utf-8"))
    assert next(iter(descriptor)) == "$schema"
    assert descriptor["$schema"] == PROFILE
    assert descriptor["version"] == calver(tables["bulletins"]["issue_date"].max())
    assert descriptor["bantin:generator"] == {"name": "bantin", "version": __version__}
    assert frictionless.validate(str(package)).valid


def test_a_recipe_version_wins_and_a_bad_one_is_refused(tmp_path: Path) -> None:
    recipe = DatasetRecipe(name="bantin-test", title="Test", version="2024.9.19-rc.1")
    descriptor = json.loads(
        write_package({}, tmp_path / "p", recipe, CREATED).read_text(encoding="utf-8")
    )
    assert descriptor["version"] == "2024.9.19-rc.1"
    with pytest.raises(ValueError, match="data version"):
        DatasetRecipe(name="bantin-test", title="Test", version="2024 9 19")
    assert DEFAULT_RECIPE.version is None


def test_release_data_version_option(tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "rel"
    result = runner.invoke(app, ["release", "--out", str(out), "--data-version", "3.1.0"])
    assert result.exit_code == 0, result.output
    descriptor = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    assert descriptor["version"] == "3.1.0"
    assert descriptor["bantin:generator"]["version"] == __version__
    refused = runner.invoke(app, ["release", "--out", str(out), "--data-version", "a b"])
    assert refused.exit_code == 2
    assert "data version 'a b'" in refused.output
