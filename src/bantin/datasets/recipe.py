"""Compatibility alias: the recipe moved to ``bantin.packaging.recipe`` (packaging describes it)."""

from bantin.packaging.recipe import CC_BY_4, DEFAULT_RECIPE, DatasetRecipe, DataSource, License

__all__ = ["CC_BY_4", "DEFAULT_RECIPE", "DataSource", "DatasetRecipe", "License"]
