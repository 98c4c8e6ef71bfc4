"""Assemble a release as files are processed: run-scope rules, withholding, rows streamed out.

Workers run the per-file task (``bantin.datasets.task``); here, in the parent, each file's result
arrives in input order and is decided on at once: the run-scope rules (duplicates) see its compact
keys, ``bantin.datasets.withholding`` decides what its errors hold back, and its rows go to a sink
(the Parquet files of the package being written, or frames in memory). Nothing of a file is kept
afterwards but its findings and a few counters.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import compress
from pathlib import Path
from typing import Any, Protocol

from bantin import ids
from bantin.datasets.corpus import ParseOutcome
from bantin.datasets.engines import Engine, file_results, run_files
from bantin.datasets.tables import Columns, Rows
from bantin.datasets.task import FileJob, FileResult, TaskSettings, process_bulletin
from bantin.datasets.withholding import Granularity, decide, reason
from bantin.errors import SourceError
from bantin.model import ParsedSource
from bantin.packaging.recipe import DatasetRecipe
from bantin.parsers.corrections import Correction, for_source
from bantin.validators.finding import Finding
from bantin.validators.registry import Rule
from bantin.validators.report import Report, source_finding
from bantin.validators.run import RunChecks
from bantin.validators.waivers import Waived, Waiver, apply_waivers

EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
#: Tables holding one article's rows, and the column naming the article or its citation.
_ARTICLE_COLUMNS = {
    "articles": "article_id",
    "citations": "article_id",
    "figures": "article_id",
    "citation_authors": "citation_id",
}


class RowSink(Protocol):
    """Where a release's rows go, table by table, in release order, as columns (column name ->
    values, every column as long; a column not given is null)."""

    def append_columns(self, table: str, columns: Mapping[str, Sequence[Any]]) -> None: ...


class RunObserver(RowSink, Protocol):
    """A second sink that also sees every parsed bulletin's own rows, before anything is
    withheld (what an HTML page of the run keeps: ``bantin.reports.run_rows.PageRows``)."""

    def see(self, rows: Rows) -> None: ...


@dataclass
class ReleasePlan:
    """What a release published, what it held back and why (rows went to the sink).

    ``published`` lists the sources published in whole or in part; ``rows`` counts the rows of
    each table; ``tables`` holds them only for a release assembled in memory (``plan_release``).
    """

    report: Report
    published: tuple[str, ...]
    quarantined: Mapping[str, tuple[Finding, ...]]
    unreadable: tuple[SourceError, ...]
    bulletin_ids: Mapping[str, str]
    rows: dict[str, int]
    created: dt.datetime
    n_articles: int = 0
    #: Article id -> the errors of its own that withheld it from a published bulletin.
    withheld: Mapping[str, tuple[Finding, ...]] = field(default_factory=dict)
    tables: dict[str, Any] = field(default_factory=dict)  # polars frames


def quarantine_reason(findings: Sequence[Finding]) -> str:
    """One line naming the error rules that held a bulletin back, with their first lines."""
    return reason(findings)


def release_created(sources: Iterable[ParsedSource]) -> dt.datetime:
    """The package's ``created``: SOURCE_DATE_EPOCH when set (reproducible builds), otherwise the
    newest issue date among the published bulletins, so the same input gives the same package."""
    return created_from([source.bulletin.issue_date for source in sources])


def created_from(issue_dates: Iterable[dt.date | None]) -> dt.datetime:
    """``release_created`` from the issue dates alone (what the parent keeps of a bulletin)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC)
    dates = [date for date in issue_dates if date is not None]
    if not dates:
        return EPOCH
    newest = max(dates)
    return dt.datetime(newest.year, newest.month, newest.day, tzinfo=dt.UTC)


class Assembler:
    """The parent's side of a run: shown each file's result in input order, it applies the
    run-scope rules and the withholding decision, and sends that file's rows to ``sink``."""

    def __init__(
        self,
        sink: RowSink | None = None,
        granularity: Granularity = Granularity.ARTICLE,
        rules: Iterable[Rule] | None = None,
        waivers: Sequence[Waiver] = (),
        corrections: Sequence[Correction] = (),
        observer: RunObserver | None = None,
    ) -> None:
        self.observer = observer
        self._sinks = tuple(s for s in (sink, observer) if s is not None)
        self.granularity = granularity
        self._run = RunChecks(rules)
        self._waivers = tuple(waivers)
        self._used: set[tuple[str, str, str]] = set()
        self._corrections = tuple(corrections)
        self._findings: list[Finding] = []
        self._waived: list[Waived] = []
        self._errors: list[SourceError] = []
        self._parsed: list[str] = []
        self._sha256: dict[str, str] = {}
        self._published: list[str] = []
        self._quarantined: dict[str, tuple[Finding, ...]] = {}
        self._withheld: dict[str, tuple[Finding, ...]] = {}
        self._bulletin_ids: dict[str, str] = {}
        self._newest: dt.date | None = None
        self._n_articles = 0

    def add(self, result: FileResult) -> None:
        """Decide about one file (the next in input order) and send out its rows."""
        if result.error is not None:
            self._errors.append(result.error)  # the report lists it with the findings
            if self._sinks:
                self._append("findings", _finding_rows([source_finding(result.error)]))
                self._append("sources", _unreadable_row(result.error))
            return
        assert result.subject is not None
        if self.observer is not None and result.rows is not None:
            self.observer.see(result.rows)
        path, bulletin_id = result.display, result.subject.bulletin_id
        found = sorted([*result.findings, *self._run.see(result.subject)], key=Finding.sort_key)
        waivers = apply_waivers(found, self._waivers, {path: result.sha256 or ""})
        stale = {waiver.key() for waiver in waivers.stale}
        self._used.update(w.key() for w in self._waivers if w.key() not in stale)
        findings = list(waivers.findings)
        self._parsed.append(path)
        self._sha256[path] = result.sha256 or ""
        self._bulletin_ids[path] = bulletin_id
        self._findings.extend(findings)
        self._waived.extend(waivers.waived)
        if self._sinks:  # a validation writes no rows: it need not build them
            self._append("findings", _finding_rows(findings, waivers.waived))
            self._append("corrections", _correction_rows(path, result.sha256, self._corrections))
        decision = decide(findings, self.granularity)
        held = decision.held.get(path)
        status, why = "published", None
        if held:
            self._quarantined[path] = held
            status, why = "quarantined", reason(held)
        else:
            self._publish(result, decision.withheld)
            if decision.withheld:
                found = [f for article in decision.withheld.values() for f in article]
                n = len(decision.withheld)
                status = "partial"
                why = f"withheld {n} of {result.n_articles} articles: {reason(found)}"
        self._append("sources", _source_row(path, result, bulletin_id, status, why))

    def _publish(self, result: FileResult, withheld: Mapping[str, tuple[Finding, ...]]) -> None:
        self._published.append(result.display)
        self._withheld.update(withheld)
        self._n_articles += result.n_articles - len(withheld)
        if result.issue_date is not None and (
            self._newest is None or result.issue_date > self._newest
        ):
            self._newest = result.issue_date
        if not self._sinks:
            return
        rows = result.rows or {}
        if withheld:
            rows = _without(rows, withheld)
            self._append("withheld", _withheld_rows(result, withheld))
        for table, columns in rows.items():
            self._append(table, columns)

    def _append(self, table: str, columns: Columns) -> None:
        if columns and any(columns.values()):
            for sink in self._sinks:
                sink.append_columns(table, columns)

    def report(self) -> Report:
        """The findings of every file so far, with the files that could not be parsed."""
        return Report(
            tuple(self._findings),
            tuple(self._errors),
            tuple(self._parsed),
            waived=tuple(self._waived),
            stale=tuple(w for w in self._waivers if w.key() not in self._used),
            source_sha256=dict(self._sha256),
        )

    def plan(self, rows: Mapping[str, int] | None = None) -> ReleasePlan:
        """What was decided, once every file has been added."""
        return ReleasePlan(
            report=self.report(),
            published=tuple(self._published),
            quarantined=dict(self._quarantined),
            unreadable=tuple(self._errors),
            bulletin_ids=dict(self._bulletin_ids),
            rows=dict(rows or {}),
            created=created_from([self._newest]),
            n_articles=self._n_articles,
            withheld=dict(self._withheld),
        )


def _finding_rows(findings: Sequence[Finding], waived: Sequence[Waived] = ()) -> Columns:
    """The findings table's columns for one file's findings, waived ones flagged with their
    reason, in report order with ids counted within the file."""
    from bantin.validators.table import finding_records  # polars: only a release builds rows

    return _records_columns(finding_records(findings, waived))


def _records_columns(records: Sequence[Mapping[str, Any]]) -> Columns:
    """Records (dicts keyed by column) as columns."""
    if not records:
        return {}
    return {column: [record[column] for record in records] for column in records[0]}


def _correction_rows(path: str, sha256: str | None, corrections: Sequence[Correction]) -> Columns:
    """The corrections table's columns: the corrections applied to this file, by line."""
    if not corrections or sha256 is None:
        return {}
    applied = sorted(for_source(corrections, sha256), key=lambda c: (c.line, c.old))
    return _records_columns(
        [
            {
                "source_path": path,
                "source_sha256": sha256,
                "line": c.line,
                "old": c.old,
                "new": c.new or None,
                "reason": c.reason,
            }
            for c in applied
        ]
    )


def _source_row(
    path: str, result: FileResult, bulletin_id: str, status: str, why: str | None
) -> Columns:
    """The sources table's row for a file parsed into a bulletin."""
    return {
        "source_path": [path],
        "source_sha256": [result.sha256],
        "source_format": [result.source_format],
        "bulletin_id": [bulletin_id],
        "status": [status],
        "reason": [why],
    }


def _unreadable_row(error: SourceError) -> Columns:
    """The sources table's row for a file that could not be parsed."""
    why = f"{error.code}: {error.reason}" + (f" (line {error.line})" if error.line else "")
    return {"source_path": [error.source], "status": ["unreadable"], "reason": [why]}


def _without(rows: Rows, withheld: Mapping[str, tuple[Finding, ...]]) -> Rows:
    """A file's rows without those of its withheld articles (their citations, authors, figures)."""
    kept = dict(rows)
    for table, column in _ARTICLE_COLUMNS.items():
        found = rows.get(table)
        if found:
            of = ids.citation_article if column == "citation_id" else str
            keep = [of(value) not in withheld for value in found[column]]
            kept[table] = {name: list(compress(values, keep)) for name, values in found.items()}
    return kept


def _withheld_rows(result: FileResult, withheld: Mapping[str, tuple[Finding, ...]]) -> Columns:
    """One row per withheld article, from the file's article rows, in article order."""
    assert result.rows is not None and result.subject is not None
    articles = result.rows["articles"]
    records = []
    for article_id, position, title, line_start in zip(
        articles["article_id"],
        articles["position"],
        articles["title"],
        articles["line_start"],
        strict=True,
    ):
        found = withheld.get(article_id)
        if found is None:
            continue
        records.append(
            {
                "article_id": article_id,
                "bulletin_id": result.subject.bulletin_id,
                "position": position,
                "title": title or None,  # a feed item may have none
                "source_path": result.display,
                "line_start": line_start,
                "rules": ", ".join(dict.fromkeys(f.rule for f in found)),
                "reason": reason(found),
            }
        )
    return _records_columns(records)


class FrameSink:
    """Rows kept in memory and turned into frames (small releases, tests)."""

    def __init__(self) -> None:
        self._parts: dict[str, list[Mapping[str, Sequence[Any]]]] = {}

    def append_columns(self, table: str, columns: Mapping[str, Sequence[Any]]) -> None:
        self._parts.setdefault(table, []).append(columns)

    def frames(self) -> dict[str, Any]:
        from bantin.schemas import TABLES
        from bantin.schemas.frames import columns_frame

        return {
            name: columns_frame(model, self._parts.get(name, [])) for name, model in TABLES.items()
        }


def plan_release(
    outcome: ParseOutcome,
    granularity: Granularity = Granularity.ARTICLE,
    rules: Iterable[Rule] | None = None,
    waivers: Sequence[Waiver] = (),
    corrections: Sequence[Correction] = (),
    observer: RunObserver | None = None,
) -> ReleasePlan:
    """Release bulletins already parsed (``corrections`` already applied), in memory: the same
    steps as ``release_files`` (the task from its scan on, the same assembler), with the tables
    kept in ``plan.tables``. Findings matching ``waivers`` hold nothing back; ``observer`` sees
    the rows as ``release_files`` shows them."""
    chosen = None if rules is None else tuple(rules)
    settings = TaskSettings(rules=chosen, corrections=tuple(corrections))
    sink = FrameSink()
    assembler = Assembler(sink, granularity, chosen, waivers, corrections, observer)
    results = {s.path: process_bulletin(s, settings) for s in outcome.parsed}
    results.update({e.source: FileResult(e.source, error=e) for e in outcome.failed})
    for path in sorted(results):
        assembler.add(results[path])
    plan = assembler.plan()
    plan.tables.update(sink.frames())
    plan.rows.update({name: frame.height for name, frame in plan.tables.items()})
    return plan


def write_release(plan: ReleasePlan, out_dir: Path, recipe: DatasetRecipe) -> Path:
    """Write a plan assembled in memory as a Data Package; returns the descriptor path."""
    from bantin.packaging.writer import write_package

    return write_package(plan.tables, out_dir, recipe, plan.created)


class ReleaseRefused(Exception):
    """``--strict`` and some bulletin was held back: nothing was written."""

    def __init__(self, plan: ReleasePlan) -> None:
        self.plan = plan
        super().__init__("release refused (--strict): some bulletins have errors")


def release_files(
    jobs: Iterable[FileJob],
    out_dir: Path,
    recipe: DatasetRecipe,
    *,
    settings: TaskSettings | None = None,
    waivers: Sequence[Waiver] = (),
    granularity: Granularity = Granularity.ARTICLE,
    strict: bool = False,
    allow_empty: bool = False,
    engine: Engine = Engine.local,
    workers: int | None = None,
    scheduler: str | None = None,
    progress: Callable[[], None] | None = None,
    observer: RunObserver | None = None,
) -> ReleasePlan:
    """Process every file and stream the release into ``out_dir`` (replaced only when complete).

    With ``strict``, a run that holds anything back raises ``ReleaseRefused`` and writes nothing.
    ``observer`` sees the rows as they go (an HTML page's).
    """
    settings = settings or TaskSettings()
    with file_results(
        jobs, settings, engine=engine, workers=workers, scheduler=scheduler
    ) as results:
        # The workers have started: the table stack (pandera, polars, pyarrow) loads meanwhile.
        from bantin.packaging.writer import package_writer
        from bantin.schemas import TABLES

        with package_writer(out_dir, recipe, allow_empty=allow_empty) as package:
            assembler = Assembler(
                package, granularity, settings.rules, waivers, settings.corrections, observer
            )
            for result in results:
                assembler.add(result)
                if progress is not None:
                    progress()
            plan = assembler.plan({name: package.rows(name) for name in TABLES})
            if strict and (plan.quarantined or plan.unreadable or plan.withheld):
                raise ReleaseRefused(plan)
            package.created = plan.created
    return plan


def validate_files(
    jobs: Iterable[FileJob],
    *,
    settings: TaskSettings | None = None,
    waivers: Sequence[Waiver] = (),
    engine: Engine = Engine.local,
    workers: int | None = None,
    scheduler: str | None = None,
    progress: Callable[[], None] | None = None,
    observer: RunObserver | None = None,
    granularity: Granularity = Granularity.ARTICLE,
) -> Report:
    """Process every file; the report of the whole run. Tables are built (``settings.tables``)
    only for an ``observer`` to see, with what ``granularity`` would publish or hold back."""
    settings = settings or TaskSettings(tables=False)
    assembler = Assembler(
        None, granularity, settings.rules, waivers, settings.corrections, observer
    )
    for result in run_files(jobs, settings, engine=engine, workers=workers, scheduler=scheduler):
        assembler.add(result)
        if progress is not None:
            progress()
    return assembler.report()
