"""The ``findings`` table: one row per finding, with a deterministic ``finding_id``."""

from __future__ import annotations

from collections.abc import Iterable

import polars as pl

from bantin.ids import finding_ids
from bantin.validators.finding import Finding
from bantin.validators.waivers import Waived

FINDINGS_SCHEMA: dict[str, pl.DataType] = {
    "finding_id": pl.String(),
    "rule": pl.String(),
    "severity": pl.String(),
    "bulletin_id": pl.String(),
    "article_id": pl.String(),
    "source_path": pl.String(),
    "line": pl.Int64(),
    "message": pl.String(),
    "waived": pl.Boolean(),
    "waiver_reason": pl.String(),
}


def finding_records(
    findings: Iterable[Finding], waived: Iterable[Waived] = ()
) -> list[dict[str, object]]:
    """One record per finding (and per ``waived`` one, flagged with its reason), keyed by the
    ``findings`` table's columns, in report order.

    Ids come from ``bantin.ids.finding_ids``: identical findings get distinct ids.
    """
    reasons: dict[int, str] = {}
    everything = list(findings)
    for item in waived:
        reasons[id(item.finding)] = item.reason
        everything.append(item.finding)
    ordered = sorted(everything, key=Finding.sort_key)
    keys = [(f.rule, f.source, f.line, f.message) for f in ordered]
    return [
        {
            "finding_id": fid,
            "rule": f.rule,
            "severity": str(f.severity),
            "bulletin_id": f.bulletin_id,
            "article_id": f.article_id,
            "source_path": f.source,
            "line": f.line,
            "message": f.message,
            "waived": id(f) in reasons,
            "waiver_reason": reasons.get(id(f)) or None,
        }
        for fid, f in zip(finding_ids(keys), ordered, strict=True)
    ]


def findings_table(findings: Iterable[Finding], waived: Iterable[Waived] = ()) -> pl.DataFrame:
    """The findings (and the ``waived`` ones) as a DataFrame with the ``findings`` table's
    columns, in report order (see :func:`finding_records`)."""
    return pl.DataFrame(finding_records(findings, waived), schema=FINDINGS_SCHEMA, orient="row")
