"""Pandera models of every published table, and their export to Frictionless Table Schema.

The names below load on first use (PEP 562): ``bantin.schemas.patterns``, which the parsers and
the waivers need, then comes without pandera, pandas and polars, which only tables need.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bantin.schemas.base import TableModel, foreign_keys, primary_key, table_name
    from bantin.schemas.frames import TableProblem, check_table, empty_frame, frame, polars_schema
    from bantin.schemas.frictionless import MISSING_VALUES, UnsupportedSchema, table_schema
    from bantin.schemas.integrity import check_foreign_keys
    from bantin.schemas.registry import PARSED_TABLES, TABLES, model_of
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

#: Each public name -> the submodule that defines it.
_HOMES = {
    "bantin.schemas.base": ("TableModel", "foreign_keys", "primary_key", "table_name"),
    "bantin.schemas.frames": (
        "TableProblem",
        "check_table",
        "empty_frame",
        "frame",
        "polars_schema",
    ),
    "bantin.schemas.frictionless": ("MISSING_VALUES", "UnsupportedSchema", "table_schema"),
    "bantin.schemas.integrity": ("check_foreign_keys",),
    "bantin.schemas.registry": ("PARSED_TABLES", "TABLES", "model_of"),
    "bantin.schemas.release": ("Corrections", "Findings", "Sources", "Withheld"),
    "bantin.schemas.tables": (
        "Articles",
        "Bulletins",
        "CitationAuthors",
        "Citations",
        "Figures",
        "Sections",
        "TocEntries",
    ),
}
_HOME_OF = {name: module for module, names in _HOMES.items() for name in names}


def __getattr__(name: str) -> Any:
    module = _HOME_OF.get(name)
    if module is None:
        raise AttributeError(f"module 'bantin.schemas' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


__all__ = [
    "MISSING_VALUES",
    "PARSED_TABLES",
    "TABLES",
    "Articles",
    "Bulletins",
    "CitationAuthors",
    "Citations",
    "Corrections",
    "Figures",
    "Findings",
    "Sections",
    "Sources",
    "TableModel",
    "TableProblem",
    "TocEntries",
    "UnsupportedSchema",
    "Withheld",
    "check_foreign_keys",
    "check_table",
    "empty_frame",
    "foreign_keys",
    "frame",
    "model_of",
    "polars_schema",
    "primary_key",
    "table_name",
    "table_schema",
]
