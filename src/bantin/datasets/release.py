"""Assemble a release: validate parsed bulletins, quarantine those with errors, build every table."""

from __future__ import annotations

import datetime as dt
import os
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from bantin.datasets import ids
from bantin.datasets.corpus import ParseOutcome
from bantin.datasets.recipe import DatasetRecipe
from bantin.datasets.tables import build_tables
from bantin.errors import SourceError
from bantin.model import ParsedSource
from bantin.packaging.writer import write_package
from bantin.schemas import Sources, frame
from bantin.validators.finding import Finding, Severity
from bantin.validators.report import Report
from bantin.validators.table import findings_table

EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


@dataclass(frozen=True)
class ReleasePlan:
    """What a release publishes, what it holds back and why."""

    report: Report
    published: tuple[ParsedSource, ...]
    quarantined: Mapping[str, tuple[Finding, ...]]
    unreadable: tuple[SourceError, ...]
    bulletin_ids: Mapping[str, str]
    tables: dict[str, pl.DataFrame] = field(default_factory=dict)

    @property
    def n_articles(self) -> int:
        return sum(len(s.bulletin.articles) for s in self.published)


def quarantine_reason(findings: Sequence[Finding]) -> str:
    """One line naming the error rules that held a bulletin back, with their first lines."""
    first: dict[str, int | None] = {}
    for finding in findings:
        first.setdefault(finding.rule, finding.line)
    parts = [f"{rule} (line {line})" if line else rule for rule, line in first.items()]
    noun = "error" if len(findings) == 1 else "errors"
    return f"{len(findings)} {noun}: {', '.join(parts)}"


def release_created(sources: Sequence[ParsedSource]) -> dt.datetime:
    """The package's ``created``: SOURCE_DATE_EPOCH when set (reproducible builds), otherwise the
    newest issue date among the inputs, so the same input always gives the same package."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC)
    dates = [s.bulletin.issue_date for s in sources if s.bulletin.issue_date is not None]
    if not dates:
        return EPOCH
    newest = max(dates)
    return dt.datetime(newest.year, newest.month, newest.day, tzinfo=dt.UTC)


def plan_release(outcome: ParseOutcome) -> ReleasePlan:
    """Validate everything; a bulletin with any error finding is quarantined, the rest published."""
    bulletin_ids = {s.path: ids.bulletin_id(s.bulletin, s.sha256) for s in outcome.parsed}
    report = Report.build(outcome.parsed, outcome.failed, bulletin_ids)
    errors: dict[str, list[Finding]] = defaultdict(list)
    for finding in report.findings:
        if finding.severity >= Severity.ERROR:
            errors[finding.source].append(finding)
    published = tuple(s for s in outcome.parsed if s.path not in errors)
    quarantined = {path: tuple(found) for path, found in sorted(errors.items())}
    plan = ReleasePlan(report, published, quarantined, tuple(outcome.failed), bulletin_ids)
    plan.tables.update(build_tables(published))
    plan.tables["findings"] = findings_table(report.flatten())
    plan.tables["sources"] = sources_table(plan, outcome)
    return plan


def sources_table(plan: ReleasePlan, outcome: ParseOutcome) -> pl.DataFrame:
    """One row per input file: published, quarantined (with the rules) or unreadable (with why)."""
    rows: list[dict[str, str | None]] = []
    for source in outcome.parsed:
        held = plan.quarantined.get(source.path)
        rows.append(
            {
                "source_path": source.path,
                "source_sha256": source.sha256,
                "source_format": str(source.bulletin.source_format),
                "bulletin_id": plan.bulletin_ids[source.path],
                "status": "quarantined" if held else "published",
                "reason": quarantine_reason(held) if held else None,
            }
        )
    for error in outcome.failed:
        rows.append(
            {
                "source_path": error.source,
                "source_sha256": None,
                "source_format": None,
                "bulletin_id": None,
                "status": "unreadable",
                "reason": f"{error.code}: {error.reason}"
                + (f" (line {error.line})" if error.line else ""),
            }
        )
    rows.sort(key=lambda row: row["source_path"] or "")
    return frame(Sources, rows)


def write_release(plan: ReleasePlan, out_dir: Path, recipe: DatasetRecipe) -> Path:
    """Write the plan's tables as a Data Package; returns the descriptor path."""
    return write_package(plan.tables, out_dir, recipe, release_created(plan.published))
