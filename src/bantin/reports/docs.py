"""Gather what the data-docs page shows, from a run's tables or a published package's."""

from __future__ import annotations

import datetime as dt
import os
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import polars as pl

from bantin import __version__, patterncache
from bantin.parsers.places import canonical_province
from bantin.reports.catalogue import report_rules
from bantin.reports.charts import (
    STATUS_COLOURS,
    Chart,
    figures_chart,
    findings_chart,
    provinces_chart,
    timeline_chart,
)
from bantin.reports.coverage import checked
from bantin.reports.excerpts import ExcerptLine, SourceTexts, excerpt
from bantin.reports.profile import TableProfile, profile_tables

Tables = Mapping[str, pl.DataFrame]
_DATE_IN_ID = patterncache.compile(r"(\d{4})-(\d{2})-(\d{2})$")
_SEVERITY_RANK = {"error": 0, "warning": 1}


@dataclass(frozen=True)
class RunMeta:
    """Who made the page, how and when; ``package`` describes a published package, if any."""

    command: str
    time: str
    mode: str
    version: str = __version__
    package: Mapping[str, Any] | None = None


@dataclass(frozen=True)
class InputFile:
    path: str
    sha256: str | None


@dataclass(frozen=True)
class Verdict:
    """What became of one input file: its status (published, partial, ...) and why."""

    path: str
    bulletin_id: str | None
    source_format: str | None
    status: str
    reason: str | None


@dataclass(frozen=True)
class RuleStatus:
    id: str
    severity: str
    description: str
    checked: int
    unit: str
    errors: int
    warnings: int

    @property
    def findings(self) -> int:
        return self.errors + self.warnings

    @property
    def status(self) -> str:
        return "failed" if self.findings else "passed"


@dataclass(frozen=True)
class FindingView:
    """A finding as the page lists it, with its source excerpt (empty when not available)."""

    order: int
    rule: str
    severity: str
    source: str
    line: int | None
    message: str
    bulletin_id: str | None
    article_id: str | None
    excerpt: tuple[ExcerptLine, ...] = ()

    @property
    def where(self) -> str:
        return f"{self.source}:{self.line}" if self.line else self.source


@dataclass(frozen=True)
class DataDocs:
    """Everything the HTML page shows."""

    title: str
    meta: RunMeta
    inputs: tuple[InputFile, ...]
    verdicts: tuple[Verdict, ...]
    rules: tuple[RuleStatus, ...]
    findings: tuple[FindingView, ...]
    charts: tuple[Chart, ...]
    profile: tuple[TableProfile, ...] | None = None
    checked_scope: str = ""
    statuses: Mapping[str, int] = field(default_factory=dict)

    @property
    def severities(self) -> dict[str, int]:
        counts = Counter(f.severity for f in self.findings)
        return {"error": counts.get("error", 0), "warning": counts.get("warning", 0)}

    @property
    def files_with_findings(self) -> list[str]:
        return sorted({f.source for f in self.findings})


def report_time() -> dt.datetime:
    """Now in UTC, or ``SOURCE_DATE_EPOCH`` when set (reproducible pages)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC)
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def _date_of(bulletin_id: str | None) -> dt.date | None:
    match = _DATE_IN_ID.search(bulletin_id or "")
    if not match:
        return None
    try:
        return dt.date(*(int(part) for part in match.groups()))
    except ValueError:
        return None


def _rows(tables: Tables, name: str) -> list[dict[str, Any]]:
    frame = tables.get(name)
    return [] if frame is None else frame.to_dicts()


def _findings(tables: Tables, texts: SourceTexts) -> list[FindingView]:
    views = []
    for order, row in enumerate(_rows(tables, "findings")):
        lines = texts.lines(row["source_path"]) if row["line"] else None
        shown = excerpt(lines, row["line"], row["message"]) if lines else []
        views.append(
            FindingView(
                order=order,
                rule=row["rule"],
                severity=row["severity"],
                source=row["source_path"],
                line=row["line"],
                message=row["message"],
                bulletin_id=row["bulletin_id"],
                article_id=row["article_id"],
                excerpt=tuple(shown),
            )
        )
    return views


def _rules(findings: Sequence[FindingView], checked_tables: Tables) -> list[RuleStatus]:
    counts = Counter((f.rule, f.severity) for f in findings)
    statuses = []
    for rule in report_rules(f.rule for f in findings):
        count, unit = checked(rule.id, checked_tables)
        statuses.append(
            RuleStatus(
                id=rule.id,
                severity=str(rule.severity),
                description=rule.description,
                checked=count,
                unit=unit,
                errors=counts.get((rule.id, "error"), 0),
                warnings=counts.get((rule.id, "warning"), 0),
            )
        )
    return statuses


#: The columns the province and figure charts read, by table.
CHART_COLUMNS: dict[str, tuple[str, ...]] = {"articles": ("locality",), "figures": ("kind",)}


def _provinces(tables: Tables) -> list[str]:
    articles = tables.get("articles")
    if articles is None:
        return []
    names = (canonical_province(loc) for loc in articles["locality"].drop_nulls().to_list())
    return [name for name in names if name]


def build_docs(
    tables: Tables,
    meta: RunMeta,
    texts: SourceTexts,
    *,
    checked_tables: Tables | None = None,
    chart_tables: Tables | None = None,
    checked_scope: str = "",
    with_profile: bool = False,
    title: str = "bantin data docs",
) -> DataDocs:
    """The page's content from ``tables`` (a run's or a package's, with ``findings`` and
    ``sources``); rule coverage is counted in ``checked_tables`` and the province and figure
    charts drawn from ``chart_tables`` (both default to ``tables``)."""
    charted = chart_tables if chart_tables is not None else tables
    sources = _rows(tables, "sources")
    verdicts = [
        Verdict(r["source_path"], r["bulletin_id"], r["source_format"], r["status"], r["reason"])
        for r in sources
    ]
    inputs = []
    for row in sources:
        sha = row["source_sha256"]
        if sha is None:  # unreadable: read the bytes again, if still there, for their sha256
            texts.lines(row["source_path"])
            sha = texts.sha256_read.get(row["source_path"])
        inputs.append(InputFile(row["source_path"], sha))
    findings = _findings(tables, texts)
    figures = charted.get("figures")
    charts = (
        findings_chart([(f.rule, f.severity) for f in findings]),
        timeline_chart([(_date_of(v.bulletin_id), v.status) for v in verdicts]),
        provinces_chart(_provinces(charted)),
        figures_chart([] if figures is None else figures["kind"].to_list()),
    )
    statuses = Counter(v.status for v in verdicts)
    ordered = [s for s in STATUS_COLOURS if s in statuses] + sorted(
        set(statuses) - set(STATUS_COLOURS)
    )
    return DataDocs(
        title=title,
        meta=meta,
        inputs=tuple(inputs),
        verdicts=tuple(verdicts),
        rules=tuple(_rules(findings, checked_tables if checked_tables is not None else tables)),
        findings=tuple(findings),
        charts=charts,
        profile=tuple(profile_tables(tables)) if with_profile else None,
        checked_scope=checked_scope,
        statuses={s: statuses[s] for s in ordered},
    )
