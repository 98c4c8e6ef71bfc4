"""SARIF 2.1.0 for code-scanning dashboards: one result per finding, rules from the catalogue."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bantin import __version__
from bantin.ids import finding_ids
from bantin.reports.catalogue import report_rules
from bantin.reports.locations import InputBase, relative_to_input
from bantin.validators.finding import Finding, Severity
from bantin.validators.report import Report

SARIF_SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
SARIF_VERSION = "2.1.0"
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning"}


def base_id(index: int) -> str:
    """The ``uriBaseId`` of the ``index``-th SOURCE argument: INPUT1, INPUT2, ..."""
    return f"INPUT{index + 1}"


def _rule_record(rule_id: str, severity: Severity, description: str, example: str) -> dict:
    record: dict[str, Any] = {
        "id": rule_id,
        "name": rule_id,
        "shortDescription": {"text": description},
        "defaultConfiguration": {"level": _LEVEL[severity]},
    }
    if example:
        record["fullDescription"] = {"text": f"{description}. Example: {example}"}
    return record


def _location(finding: Finding, bases: Sequence[InputBase]) -> dict[str, Any]:
    index, uri = relative_to_input(finding.source, bases)
    artifact: dict[str, Any] = {"uri": uri}
    if index is not None:
        artifact["uriBaseId"] = base_id(index)
    physical: dict[str, Any] = {"artifactLocation": artifact}
    if finding.line is not None:
        physical["region"] = {"startLine": finding.line}
    return {"physicalLocation": physical}


def _base_uris(bases: Sequence[InputBase]) -> dict[str, Any]:
    uris = {}
    for index, base in enumerate(bases):
        folder = Path(base.folder).resolve().as_uri().rstrip("/") + "/"
        uris[base_id(index)] = {
            "uri": folder,
            "description": {"text": f"the folder of the SOURCE argument {base.argument}"},
        }
    return uris


def sarif_log(report: Report, bases: Sequence[InputBase]) -> dict[str, Any]:
    """The report as a SARIF 2.1.0 log (a dict ready for ``json.dumps``).

    Each finding is a result with ``ruleId``, ``ruleIndex``, ``level``, the message and a physical
    location whose ``uri`` is relative to the SOURCE argument the file was found through (its
    ``uriBaseId`` names that argument); the finding id is its partial fingerprint.
    """
    findings = report.flatten()
    rules = report_rules(f.rule for f in findings)
    index = {rule.id: i for i, rule in enumerate(rules)}
    keys = [(f.rule, f.source, f.line, f.message) for f in findings]
    results = []
    for finding, fid in zip(findings, finding_ids(keys), strict=True):
        result: dict[str, Any] = {
            "ruleId": finding.rule,
            "ruleIndex": index[finding.rule],
            "level": _LEVEL[finding.severity],
            "message": {"text": finding.message},
            "locations": [_location(finding, bases)],
            "partialFingerprints": {"bantinFindingId/v1": fid},
        }
        if finding.bulletin_id or finding.article_id:
            result["properties"] = {
                "bulletin_id": finding.bulletin_id,
                "article_id": finding.article_id,
            }
        results.append(result)
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "bantin",
                "version": __version__,
                "semanticVersion": __version__,
                "rules": [_rule_record(r.id, r.severity, r.description, r.example) for r in rules],
            }
        },
        "originalUriBaseIds": _base_uris(bases),
        "results": results,
        "columnKind": "unicodeCodePoints",
    }
    return {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}


def render_sarif(report: Report, bases: Sequence[InputBase]) -> str:
    """The SARIF log as JSON text (UTF-8 kept), ending with a newline."""
    return json.dumps(sarif_log(report, bases), ensure_ascii=False, indent=2) + "\n"
