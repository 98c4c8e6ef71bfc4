"""The version of the data a package holds: given, or the CalVer of its newest issue date."""

from __future__ import annotations

import dataclasses
import datetime as dt

import polars as pl

from bantin.packaging.recipe import DatasetRecipe


def calver(day: dt.date) -> str:
    """``2024.9.19`` for 19 September 2024: year, month and day without leading zeros."""
    return f"{day.year}.{day.month}.{day.day}"


def data_version(bulletins: pl.DataFrame, created: dt.datetime) -> str:
    """The CalVer of the newest issue date among ``bulletins``; of ``created`` when none has one."""
    newest = bulletins.get_column("issue_date").max() if bulletins.height else None
    if isinstance(newest, dt.date):
        return calver(newest)
    return calver(created.astimezone(dt.UTC).date())


def with_data_version(
    recipe: DatasetRecipe, bulletins: pl.DataFrame, created: dt.datetime
) -> DatasetRecipe:
    """``recipe`` itself when it sets a version (configuration, ``--data-version``), else a copy
    versioned by :func:`data_version`."""
    if recipe.version is not None:
        return recipe
    return dataclasses.replace(recipe, version=data_version(bulletins, created))
