"""Pandera models of every published table, and their export to Frictionless Table Schema."""

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
