"""Assemble a release: validate parsed bulletins, quarantine those with errors, build every table."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from bantin import ids
from bantin.datasets.corpus import ParseOutcome
from bantin.datasets.tables import build_tables
from bantin.datasets.withholding import Granularity, decide, drop_withheld, reason
from bantin.errors import SourceError
from bantin.model import ParsedSource
from bantin.packaging.recipe import DatasetRecipe
from bantin.packaging.writer import write_package
from bantin.parsers.corrections import Correction, for_source
from bantin.schemas import Corrections, Sources, Withheld, frame
from bantin.validators.finding import Finding
from bantin.validators.registry import Rule
from bantin.validators.report import Report
from bantin.validators.table import findings_table
from bantin.validators.waivers import Waiver

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
    #: Article id -> the errors of its own that withheld it from a published bulletin.
    withheld: Mapping[str, tuple[Finding, ...]] = field(default_factory=dict)

    @property
    def n_articles(self) -> int:
        """Articles published (withheld ones not counted)."""
        return sum(len(s.bulletin.articles) for s in self.published) - len(self.withheld)


def quarantine_reason(findings: Sequence[Finding]) -> str:
    """One line naming the error rules that held a bulletin back, with their first lines."""
    return reason(findings)


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


def plan_release(
    outcome: ParseOutcome,
    granularity: Granularity = Granularity.ARTICLE,
    rules: Iterable[Rule] | None = None,
    waivers: Sequence[Waiver] = (),
    corrections: Sequence[Correction] = (),
) -> ReleasePlan:
    """Validate everything with ``rules`` (default: all) and hold back what errors spoil
    (``bantin.datasets.withholding``): an article with an error of its own is withheld, a
    bulletin-wide error quarantines the bulletin; with ``granularity`` ``bulletin`` any error
    quarantines the bulletin. Findings matching ``waivers`` hold nothing back; ``corrections``
    (already applied while parsing) are published in the ``corrections`` table."""
    bulletin_ids = {s.path: ids.bulletin_id(s.bulletin, s.sha256) for s in outcome.parsed}
    report = Report.build(outcome.parsed, outcome.failed, bulletin_ids, rules, waivers)
    decision = decide(report.findings, granularity)
    published = tuple(s for s in outcome.parsed if s.path not in decision.held)
    plan = ReleasePlan(
        report,
        published,
        decision.held,
        tuple(outcome.failed),
        bulletin_ids,
        withheld=decision.withheld,
    )
    plan.tables.update(drop_withheld(build_tables(published), decision.withheld))
    plan.tables["findings"] = findings_table(report.flatten(), report.waived)
    plan.tables["sources"] = sources_table(plan, outcome)
    plan.tables["withheld"] = withheld_table(plan)
    plan.tables["corrections"] = corrections_table(outcome.parsed, corrections)
    return plan


def corrections_table(
    parsed: Sequence[ParsedSource], corrections: Sequence[Correction]
) -> pl.DataFrame:
    """One row per correction applied: those keyed to the sha256 of a parsed source (one that did
    not apply made its source fail with ``correction.mismatch``)."""
    rows = [
        {
            "source_path": source.path,
            "source_sha256": source.sha256,
            "line": correction.line,
            "old": correction.old,
            "new": correction.new or None,
            "reason": correction.reason,
        }
        for source in parsed
        for correction in for_source(corrections, source.sha256)
    ]
    rows.sort(key=lambda row: (row["source_path"], row["line"], row["old"]))
    return frame(Corrections, rows)


def withheld_table(plan: ReleasePlan) -> pl.DataFrame:
    """One row per withheld article of a published bulletin, with the errors that withheld it."""
    rows = []
    for source in plan.published:
        bulletin_id = plan.bulletin_ids[source.path]
        for position, article in enumerate(source.bulletin.articles, start=1):
            article_id = ids.article_id(bulletin_id, position)
            found = plan.withheld.get(article_id)
            if found is None:
                continue
            rows.append(
                {
                    "article_id": article_id,
                    "bulletin_id": bulletin_id,
                    "position": position,
                    "title": article.title or None,  # a feed item may have none
                    "source_path": source.path,
                    "line_start": article.title_line,
                    "rules": ", ".join(dict.fromkeys(f.rule for f in found)),
                    "reason": reason(found),
                }
            )
    rows.sort(key=lambda row: (row["bulletin_id"], row["position"]))
    return frame(Withheld, rows)


def _partial_reason(source: ParsedSource, withheld: Sequence[Finding]) -> str:
    n = len({f.article_id for f in withheld})
    total = len(source.bulletin.articles)
    return f"withheld {n} of {total} articles: {reason(withheld)}"


def sources_table(plan: ReleasePlan, outcome: ParseOutcome) -> pl.DataFrame:
    """One row per input file: published, quarantined (with the rules) or unreadable (with why)."""
    rows: list[dict[str, str | None]] = []
    withheld_by_source: dict[str, list[Finding]] = {}
    for found in plan.withheld.values():
        withheld_by_source.setdefault(found[0].source, []).extend(found)
    for source in outcome.parsed:
        held = plan.quarantined.get(source.path)
        withheld = withheld_by_source.get(source.path)
        status, why = "published", None
        if held:
            status, why = "quarantined", quarantine_reason(held)
        elif withheld:
            status, why = "partial", _partial_reason(source, withheld)
        rows.append(
            {
                "source_path": source.path,
                "source_sha256": source.sha256,
                "source_format": str(source.bulletin.source_format),
                "bulletin_id": plan.bulletin_ids[source.path],
                "status": status,
                "reason": why,
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


def write_release(
    plan: ReleasePlan, out_dir: Path, recipe: DatasetRecipe, *, allow_empty: bool = False
) -> Path:
    """Write the plan's tables as a Data Package; returns the descriptor path."""
    return write_package(
        plan.tables, out_dir, recipe, release_created(plan.published), allow_empty=allow_empty
    )
