"""The package-level metadata of datapackage.json: what catalogues and consumers read first."""

from __future__ import annotations

import dataclasses
import datetime as dt

from bantin import __version__
from bantin.packaging.descriptor import GENERATOR_KEY, PROFILE, package_descriptor
from bantin.packaging.recipe import DEFAULT_RECIPE, DatasetRecipe, DataSource, License

CREATED = dt.datetime(2025, 1, 7, tzinfo=dt.UTC)


def test_the_default_recipe_credits_its_licence_and_sources() -> None:
    recipe = dataclasses.replace(DEFAULT_RECIPE, version="2025.1.7")
    descriptor = package_descriptor(recipe, CREATED, [])
    assert list(descriptor)[:5] == ["$schema", "name", "title", "version", "created"]
    assert descriptor["version"] == "2025.1.7"
    assert descriptor["created"] == "2025-01-07T00:00:00Z"
    assert descriptor["licenses"] == [
        {
            "name": "CC-BY-4.0",
            "path": "https://creativecommons.org/licenses/by/4.0/",
            "title": "Creative Commons Attribution 4.0",
        }
    ]
    assert {
        "title": "Bản tin Cải cách hành chính (daily digest)",
        "path": "https://caicachhanhchinh.gov.vn",
    } in descriptor["sources"]
    assert descriptor["description"] == DEFAULT_RECIPE.description
    assert "cải cách hành chính" in descriptor["keywords"]
    assert list(descriptor)[-1] == "resources"


def test_a_recipe_writes_only_what_it_sets() -> None:
    recipe = DatasetRecipe(
        name="bantin-test",
        title="Thử nghiệm",
        version="2.0.1",
        licenses=(License("ODC-BY-1.0"),),
        sources=(DataSource("Bản tin nội bộ"),),
        homepage="https://example.org/bantin",
    )
    descriptor = package_descriptor(recipe, CREATED, [{"name": "bulletins"}])
    assert descriptor == {
        "$schema": PROFILE,
        "name": "bantin-test",
        "title": "Thử nghiệm",
        "version": "2.0.1",
        "created": "2025-01-07T00:00:00Z",
        GENERATOR_KEY: {"name": "bantin", "version": __version__},
        "homepage": "https://example.org/bantin",
        "licenses": [{"name": "ODC-BY-1.0"}],
        "sources": [{"title": "Bản tin nội bộ"}],
        "resources": [{"name": "bulletins"}],
    }
