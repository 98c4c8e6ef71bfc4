"""Every published table, by name, in publication order."""

from __future__ import annotations

from bantin.schemas.base import TableModel, table_name
from bantin.schemas.release import Corrections, Findings, Sources, Withheld
from bantin.schemas.tables import (
    Articles,
    Bulletins,
    CitationAuthors,
    Citations,
    Figures,
    Sections,
    TocEntries,
)

#: Table name -> model, in the order resources appear in ``datapackage.json``.
TABLES: dict[str, type[TableModel]] = {
    table_name(model): model
    for model in (
        Bulletins,
        Sections,
        TocEntries,
        Articles,
        Citations,
        CitationAuthors,
        Figures,
        Findings,
        Sources,
        Withheld,
        Corrections,
    )
}

#: The tables ``bantin.datasets.tables.build_tables`` builds from parsed bulletins.
PARSED_TABLES: tuple[str, ...] = (
    "bulletins",
    "sections",
    "toc_entries",
    "articles",
    "citations",
    "citation_authors",
    "figures",
)


def model_of(table: str) -> type[TableModel]:
    """The model of ``table``; ``KeyError`` names the known tables."""
    try:
        return TABLES[table]
    except KeyError:
        raise KeyError(f"unknown table {table!r}; known tables: {', '.join(TABLES)}") from None
