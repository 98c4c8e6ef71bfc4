"""The per-file task: read, decode, parse, scan once, check the bulletin, build its table rows.

Everything a worker does for one input file is in ``process_file``, top to bottom. It takes its
settings as plain arguments and touches nothing process-wide, so a local process pool and a Dask
cluster run the very same function. What it returns is compact: findings, the article digests the
run-scope rules need (never the texts) and, for a release, the file's table rows.
"""

from __future__ import annotations

import datetime as dt
import traceback
from dataclasses import dataclass
from pathlib import Path

from bantin import ids
from bantin.datasets.corpus import parse_input
from bantin.datasets.inputs import CorpusInput
from bantin.datasets.tables import Rows, bulletin_rows
from bantin.errors import InternalFailure, SourceError
from bantin.model import ParsedSource
from bantin.parsers.corrections import Correction
from bantin.parsers.scan import Scan
from bantin.validators import RULES
from bantin.validators.finding import Finding
from bantin.validators.registry import Rule, Subject
from bantin.validators.run import check_bulletin, subject_of

#: One input: a ``CorpusInput`` (a path and its display name, or bytes read from stdin).
FileJob = CorpusInput


@dataclass(frozen=True)
class TaskSettings:
    """What every file of a run is done with; plain data, so it crosses to any worker.

    ``rules``: the rules to run, as configured (``bantin.config.configured_rules``: selection,
    severities, parameters); None: every registered one. ``tables``: build the table rows (a
    release) or not (validation only). ``corrections``: the reviewed errata; those keyed to a
    file's sha256 are applied to its decoded text before parsing.
    """

    rules: tuple[Rule, ...] | None = None
    tables: bool = True
    corrections: tuple[Correction, ...] = ()


@dataclass(frozen=True)
class FileResult:
    """What one file gave: an error, or its bulletin's summary, findings, keys and rows."""

    display: str
    sha256: str | None = None
    error: SourceError | None = None
    subject: Subject | None = None
    source_format: str | None = None
    issue_date: dt.date | None = None
    n_articles: int = 0
    findings: tuple[Finding, ...] = ()
    rows: Rows | None = None  # each table's rows as columns (compact to send, no polars)


def process_file(job: FileJob, settings: TaskSettings) -> FileResult:
    """Do everything one file needs; a file that cannot become a bulletin gives ``error``, and
    so does a file bantin itself fails on (``InternalFailure``): one file never stops a run."""
    try:
        return _process(job, settings)
    except Exception as error:  # a bug in bantin, reported against the file that shows it
        return FileResult(job.display, error=internal_failure(job.display, error))


def internal_failure(display: str, error: Exception) -> InternalFailure:
    """``error`` raised by bantin's own code on ``display``, with where it was raised."""
    frames = traceback.extract_tb(error.__traceback__)
    where = f" at {Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else ""
    return InternalFailure(
        display,
        f"bantin failed on this file ({type(error).__name__}: {error}{where}); this is a bug in "
        "bantin, please report it with the file",
    )


def _process(job: FileJob, settings: TaskSettings) -> FileResult:
    # 1-3. Read, decode (the sha256 is of the bytes as stored), apply the corrections (errata)
    # keyed to that sha256 to the decoded text, and parse.
    parsed = parse_input(job, settings.corrections)
    if isinstance(parsed, SourceError):
        return FileResult(job.display, error=parsed)
    return process_bulletin(parsed, settings)


def process_bulletin(source: ParsedSource, settings: TaskSettings) -> FileResult:
    """Steps 4 to 6 for a bulletin already parsed (also how in-memory bulletins are released)."""
    bulletin = source.bulletin
    bulletin_id = ids.bulletin_id(bulletin, source.sha256)
    # 4. Scan once: figures, dates and places are found on first use and shared from here on.
    scan = Scan(bulletin)
    # 5. Bulletin-scope rules; run-scope rules get only the compact subject, in the parent.
    rules = RULES if settings.rules is None else settings.rules
    findings = check_bulletin(source.path, bulletin_id, bulletin, rules, scan)
    subject = subject_of(source.path, bulletin_id, bulletin, scan)
    # 6. Table rows, from the same scan.
    rows = bulletin_rows(bulletin_id, source, scan) if settings.tables else None
    return FileResult(
        source.path,
        sha256=source.sha256,
        subject=subject,
        source_format=bulletin.source_format.value,
        issue_date=bulletin.issue_date,
        n_articles=len(bulletin.articles),
        findings=tuple(findings),
        rows=rows,
    )
