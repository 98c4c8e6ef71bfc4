"""The ``findings`` table: one row per finding, with a deterministic ``finding_id``."""

from __future__ import annotations

from collections.abc import Iterable

import polars as pl

from bantin.ids import finding_ids
from bantin.validators.finding import Finding

FINDINGS_SCHEMA: dict[str, pl.DataType] = {
    "finding_id": pl.String(),
    "rule": pl.String(),
    "severity": pl.String(),
    "bulletin_id": pl.String(),
    "article_id": pl.String(),
    "source_path": pl.String(),
    "line": pl.Int64(),
    "message": pl.String(),
}


def findings_table(findings: Iterable[Finding]) -> pl.DataFrame:
    """The findings as a DataFrame with the ``findings`` table's columns, in report order.

    Ids come from ``bantin.ids.finding_ids``: identical findings get distinct ids.
    """
    ordered = sorted(findings, key=Finding.sort_key)
    keys = [(f.rule, f.source, f.line, f.message) for f in ordered]
    rows = [
        {
            "finding_id": fid,
            "rule": f.rule,
            "severity": str(f.severity),
            "bulletin_id": f.bulletin_id,
            "article_id": f.article_id,
            "source_path": f.source,
            "line": f.line,
            "message": f.message,
        }
        for fid, f in zip(finding_ids(keys), ordered, strict=True)
    ]
    return pl.DataFrame(rows, schema=FINDINGS_SCHEMA, orient="row")
