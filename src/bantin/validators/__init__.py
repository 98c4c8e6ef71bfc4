"""Validation rules: ``Finding``/``Severity``, the rule registry and one module per rule family."""

from __future__ import annotations

# Importing the family modules registers their rules (RULES orders them by family, not import).
from bantin.validators import (
    articles,
    bulletins,
    dates,
    feeds,
    percentages,
    registry,
    text,
    toc,
)
from bantin.validators.finding import Finding, Severity
from bantin.validators.registry import RULES, Rule, register_rule
from bantin.validators.run import validate

__all__ = [
    "RULES",
    "Finding",
    "Rule",
    "Severity",
    "articles",
    "bulletins",
    "dates",
    "feeds",
    "percentages",
    "register_rule",
    "registry",
    "text",
    "toc",
    "validate",
]
