"""The pandera models of the release's own tables: findings and the fate of every source file."""

from __future__ import annotations

from typing import Any, ClassVar

import pandera.polars as pa

from bantin.schemas import fields as f
from bantin.schemas import patterns
from bantin.schemas.base import TableModel
from bantin.schemas.tables import SOURCE_FORMATS

SEVERITIES = ["error", "warning"]
SOURCE_STATUSES = ["published", "partial", "quarantined", "unreadable"]


class Findings(TableModel):
    """Every problem the validation rules found, published or not."""

    finding_id: str = f.text(
        "First 16 hex digits of SHA-256 over rule, source, line, message and occurrence",
        str_matches=patterns.FINDING_ID,
    )
    rule: str = f.text(
        "Stable rule id, e.g. toc.numbering or date.impossible", str_matches=patterns.RULE_ID
    )
    severity: str = f.text("error or warning", isin=SEVERITIES)
    bulletin_id: str = f.text(
        "Bulletin concerned (null when the file never became a bulletin)",
        nullable=True,
        str_matches=patterns.BULLETIN_ID,
    )
    article_id: str = f.text(
        "Article concerned, when the finding is about one",
        nullable=True,
        str_matches=patterns.ARTICLE_ID,
    )
    source_path: str = f.text("Path of the source file, as given to bantin")
    line: int = f.line(
        "1-based line in the source file (null when not tied to a line)", nullable=True
    )
    message: str = f.text("What is wrong, in one sentence")
    waived: bool = pa.Field(
        description="True when a reviewed waiver accepts the finding: it neither fails the run "
        "nor withholds anything"
    )
    waiver_reason: str = f.text(
        "Why the finding was accepted (null when not waived)", nullable=True
    )

    class Config:
        name = "findings"
        unique: ClassVar[list[str]] = ["finding_id"]


class Sources(TableModel):
    """Every input file and what the release did with it: nothing is lost silently."""

    source_path: str = f.text("Path of the source file, as given to bantin")
    source_sha256: str = f.text(
        "SHA-256 of the file bytes (null when the file could not be read)",
        nullable=True,
        str_matches=patterns.SHA256,
    )
    source_format: str = f.text(
        "Detected raw format (null when not recognised)", nullable=True, isin=SOURCE_FORMATS
    )
    bulletin_id: str = f.text(
        "Bulletin the file became (null when it could not be parsed)",
        nullable=True,
        str_matches=patterns.BULLETIN_ID,
    )
    status: str = f.text(
        "published, partial (published without the articles listed in withheld), quarantined "
        "(parsed but held back whole by errors) or unreadable",
        isin=SOURCE_STATUSES,
    )
    reason: str = f.text(
        "Why the file was published in part, quarantined or unreadable (null when published)",
        nullable=True,
    )

    class Config:
        name = "sources"
        unique: ClassVar[list[str]] = ["source_path"]


class Withheld(TableModel):
    """Every article held back from a published bulletin by an error of its own, and why."""

    article_id: str = f.text(
        "Id the article would have been published under", str_matches=patterns.ARTICLE_ID
    )
    bulletin_id: str = f.text(
        "Published bulletin the article belongs to", str_matches=patterns.BULLETIN_ID
    )
    position: int = f.position("1-based order of the article in the bulletin")
    title: str = f.text(
        "Article title as printed (null for a feed item without one)", nullable=True
    )
    source_path: str = f.text("Path of the source file, as given to bantin")
    line_start: int = f.line("Source line of the article's title")
    rules: str = f.text("Error rules that withheld the article, comma-separated")
    reason: str = f.text(
        "The errors with their first lines, e.g. '1 error: date.impossible (line 49)'"
    )

    class Config:
        name = "withheld"
        unique: ClassVar[list[str]] = ["article_id"]
        metadata: ClassVar[dict[str, Any]] = {
            "foreign_keys": {"bulletin_id": "bulletins.bulletin_id"}
        }


class Corrections(TableModel):
    """Every reviewed correction applied to a source's text before parsing (the file is untouched)."""

    source_path: str = f.text("Source file the correction was applied to")
    source_sha256: str = f.text(
        "SHA-256 of the source file bytes the correction is keyed to", str_matches=patterns.SHA256
    )
    line: int = f.line("Source line corrected")
    old: str = f.text("Text as printed on that line")
    new: str = f.text("Text it was replaced with (null when deleted)", nullable=True)
    reason: str = f.text("Why the correction was made, as reviewed")

    class Config:
        name = "corrections"
        unique: ClassVar[list[str]] = ["source_path", "line", "old"]
        metadata: ClassVar[dict[str, Any]] = {
            "foreign_keys": {"source_path": "sources.source_path"}
        }
