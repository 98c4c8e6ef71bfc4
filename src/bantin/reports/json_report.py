"""The JSON report of ``bantin validate --format json`` (DESIGN.md section 5)."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from bantin.validators.finding import Finding
from bantin.validators.report import Report


def finding_record(finding: Finding) -> dict[str, Any]:
    """One finding as the JSON report prints it (keys in the documented order)."""
    return {
        "rule": finding.rule,
        "severity": str(finding.severity),
        "bulletin_id": finding.bulletin_id,
        "article_id": finding.article_id,
        "source_path": finding.source,
        "line": finding.line,
        "message": finding.message,
    }


def report_dict(report: Report) -> dict[str, Any]:
    """``{"findings": [...], "waived": [...], "stale_waivers": [...], "summary": {...}}``;
    unparseable sources are error findings, waived ones carry the waiver's reason."""
    return {
        "findings": [finding_record(f) for f in report.flatten()],
        "waived": [finding_record(w.finding) | {"reason": w.reason} for w in report.waived],
        "stale_waivers": [
            {key: value for key, value in asdict(w).items() if value is not None}
            for w in report.stale
        ],
        "summary": report.summary(),
    }


def render_json(report: Report, indent: int | None = 2) -> str:
    """The report as JSON text (UTF-8 characters kept, not escaped), ending with a newline."""
    return json.dumps(report_dict(report), ensure_ascii=False, indent=indent) + "\n"
