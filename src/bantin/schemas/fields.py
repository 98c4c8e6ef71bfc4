"""Shorthands for the column kinds every table uses, so each model reads as a list of columns."""

from __future__ import annotations

from typing import Any

import pandera.polars as pa


def text(description: str, *, nullable: bool = False, **checks: Any) -> Any:
    """A string column; values are never empty (an absent value is null, not "")."""
    return pa.Field(
        description=description, nullable=nullable, str_length={"min_value": 1}, **checks
    )


def line(description: str = "", *, nullable: bool = False) -> Any:
    """A 1-based line number in the source file as stored."""
    what = description or "1-based line number in the source file as stored"
    return pa.Field(description=what, nullable=nullable, ge=1)


def position(description: str) -> Any:
    """A 1-based order within the parent."""
    return pa.Field(description=description, ge=1)


def count(description: str) -> Any:
    """A non-negative count."""
    return pa.Field(description=description, ge=0)
