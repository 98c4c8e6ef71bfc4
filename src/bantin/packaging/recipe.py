"""A dataset recipe: the name, title, data version, licence and sources a release is published under."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bantin import patterncache

_NAME_RE = patterncache.compile(r"^[a-z0-9][a-z0-9._-]*$")
_VERSION_RE = patterncache.compile(r"^[0-9A-Za-z][0-9A-Za-z.+_-]*$")


@dataclass(frozen=True)
class License:
    """A licence in Data Package form: an SPDX-style id and where its text lives."""

    name: str
    path: str | None = None
    title: str | None = None

    def to_descriptor(self) -> dict[str, str]:
        descriptor = {"name": self.name}
        if self.path:
            descriptor["path"] = self.path
        if self.title:
            descriptor["title"] = self.title
        return descriptor


@dataclass(frozen=True)
class DataSource:
    """Where the raw bulletins come from."""

    title: str
    path: str | None = None

    def to_descriptor(self) -> dict[str, str]:
        descriptor = {"title": self.title}
        if self.path:
            descriptor["path"] = self.path
        return descriptor


CC_BY_4 = License(
    name="CC-BY-4.0",
    path="https://creativecommons.org/licenses/by/4.0/",
    title="Creative Commons Attribution 4.0",
)


@dataclass(frozen=True)
class DatasetRecipe:
    """What a release is called and published under; ``name`` is a Data Package name.

    ``version`` is the version of the data, not of bantin: None (the default) means the CalVer of
    the newest issue date in the release (``2024.9.19``), decided when the package is written.
    """

    name: str
    title: str
    version: str | None = None
    description: str = ""
    licenses: tuple[License, ...] = (CC_BY_4,)
    sources: tuple[DataSource, ...] = ()
    homepage: str | None = None
    keywords: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        if not _NAME_RE.match(self.name):
            raise ValueError(
                f"dataset name {self.name!r} must be lower case letters, digits, '.', '_' or '-'"
            )
        if self.version is not None and not _VERSION_RE.match(self.version):
            raise ValueError(
                f"data version {self.version!r} must be letters, digits, '.', '+', '_' or '-' "
                "(e.g. 2024.9.19 or 1.2.0)"
            )

    def to_descriptor(self) -> dict[str, Any]:
        """The package-level properties of ``datapackage.json`` this recipe sets."""
        descriptor: dict[str, Any] = {"name": self.name, "title": self.title}
        if self.version is not None:
            descriptor["version"] = self.version
        if self.description:
            descriptor["description"] = self.description
        if self.homepage:
            descriptor["homepage"] = self.homepage
        if self.keywords:
            descriptor["keywords"] = list(self.keywords)
        descriptor["licenses"] = [license.to_descriptor() for license in self.licenses]
        if self.sources:
            descriptor["sources"] = [source.to_descriptor() for source in self.sources]
        return descriptor


DEFAULT_RECIPE = DatasetRecipe(
    name="bantin-cchc",
    title="Vietnamese administrative-reform bulletins (bantin open dataset)",
    description=(
        "Daily administrative-reform press digests (Bản tin Cải cách hành chính) and news feeds "
        "on administrative reform, parsed into tables of bulletins, tables of contents, articles, "
        "citations and the figures they state, validated by bantin. An article with an error of "
        "its own is withheld (listed in the withheld table); a bulletin with an error of the "
        "whole bulletin is held back (listed in the sources table); every finding is published."
    ),
    sources=(
        DataSource("Bản tin Cải cách hành chính (daily digest)", "https://caicachhanhchinh.gov.vn"),
        DataSource("Đời sống nhân dân: cải cách hành chính feed", "https://doisongnhandan.com"),
    ),
    keywords=("vietnam", "administrative reform", "cải cách hành chính", "press digest"),
)
