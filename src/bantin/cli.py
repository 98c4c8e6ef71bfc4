"""The `bantin` command line: validate, release, sample and rules (DESIGN.md section 5)."""

# Annotations are evaluated as the module loads (no `from __future__ import annotations`):
# typer reads every command's parameters at each start, and would otherwise compile each string.
import dataclasses
import gc
import json
import os
import shlex
import signal
import sys
from collections.abc import Iterator, Mapping, Sequence
from contextlib import ExitStack, contextmanager
from enum import StrEnum
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console

from bantin import __version__
from bantin.datasets.corpus import (
    CorpusInput,
    UsageError,
    collect_inputs,
)
from bantin.datasets.engines import Engine, EngineError
from bantin.datasets.inputs import MAX_FILE_BYTES, InputOptions, parse_size
from bantin.datasets.release import (
    ReleasePlan,
    ReleaseRefused,
    quarantine_reason,
    release_files,
    validate_files,
)
from bantin.datasets.task import TaskSettings
from bantin.datasets.withholding import Granularity
from bantin.names import portable_name, undecodable_name
from bantin.outputs import PAGE_MARKER, OutputRefused, check_output, write_text_atomically
from bantin.packaging.errors import PackageError, PackageRefused
from bantin.packaging.recipe import DEFAULT_RECIPE, DatasetRecipe
from bantin.reports.json_report import render_json
from bantin.reports.locations import located
from bantin.reports.progress import file_progress
from bantin.reports.terminal import for_terminal
from bantin.reports.text import print_report
from bantin.tablestack import keep_pandera_light
from bantin.validators.finding import Severity
from bantin.validators.report import Report
from bantin.validators.waivers import WaiverError, dump_waivers
from bantin.workflow import Workflow, WorkflowError, baseline_waivers, full_catalogue, load_workflow

# Imports that only some commands need are made in those commands, so that each command (above
# all `bantin validate`) starts without loading what it does not use.
if TYPE_CHECKING:
    from rich.table import Table

    from bantin.reports.docs import DataDocs
    from bantin.reports.run_rows import PageRows

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2
#: Container objects allocated (net) between two collections of the youngest generation, in a
#: command's process and its forked workers (Python's default: 700). A release's parent loads the
#: table stack and unpickles every file's rows, a worker builds each bulletin: what they allocate
#: lives until a file is done, or to the end, and a collection every 700 objects traversed it again
#: and again (a release's parent spent 0.06 CPU-s in 230 collections of the 1,000-bulletin sample,
#: 0.015 with this). Garbage that only a collection frees (cycles) waits a little longer.
YOUNG_COLLECTION_EVERY = 10_000

app = typer.Typer(
    name="bantin",
    help="Parse, validate and publish Vietnam's administrative-reform bulletins as open data.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="markdown",
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _silence_stdout() -> None:
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())  # later writes and the final flush go nowhere
    os.close(devnull)


class _Stdout(Console):
    """rich's console, but a reader that went away (``| head -1``) only ends the output: rich
    would exit with 1, and the command's own exit status would be lost."""

    def on_broken_pipe(self) -> None:
        _silence_stdout()
        self.quiet = True


out = _Stdout(highlight=False)
err = Console(stderr=True, highlight=False)


class OutputFormat(StrEnum):
    text = "text"
    json = "json"


class ReportFormat(StrEnum):
    """What ``validate`` prints: for people, scripts, or CI tools (SARIF, JUnit, GitHub)."""

    text = "text"
    json = "json"
    sarif = "sarif"
    junit = "junit"
    github = "github"


Quiet = Annotated[
    bool,
    typer.Option(
        "--quiet",
        "-q",
        help="List only the files that have findings, and no progress bar on stderr (the bar "
        "shows on terminals only).",
    ),
]


class ReleaseFormat(StrEnum):
    """What ``release`` prints on stdout: its summary, or the findings for a CI tool."""

    text = "text"
    sarif = "sarif"
    junit = "junit"
    github = "github"


class FailOn(StrEnum):
    error = "error"
    warning = "warning"
    never = "never"


def fail(message: str | PackageError, code: int = EXIT_USAGE) -> typer.Exit:
    """Print an error (never a traceback) and return the exit to raise: one line, or a package
    error's summary and then one line per problem, each line escaped for the terminal."""
    lines = message.lines() if isinstance(message, PackageError) else [message]
    shown = "\n".join(for_terminal(line) for line in lines)
    err.print(f"bantin: error: {shown}", soft_wrap=True, markup=False)
    return typer.Exit(code)


ConfigOption = Annotated[
    Path | None,
    typer.Option(
        "--config",
        help="Configuration file (default: the nearest bantin.toml, or pyproject.toml with "
        "[tool.bantin], in this folder or a parent).",
        show_default=False,
    ),
]


def _workflow(config: Path | None, waivers_needed: bool = True) -> Workflow:
    try:
        return load_workflow(config, waivers_needed=waivers_needed)
    except WorkflowError as error:
        raise fail(str(error)) from None


Include = Annotated[
    list[str] | None,
    typer.Option(
        "--include",
        help="Only read files in folders whose name (or, with a '/', path) matches this glob; "
        "repeatable.",
        show_default=False,
    ),
]
Exclude = Annotated[
    list[str] | None,
    typer.Option(
        "--exclude",
        help="Skip files and folders in folders that match this glob; repeatable.",
        show_default=False,
    ),
]
MaxFileSize = Annotated[
    str | None,
    typer.Option(
        "--max-file-size",
        help="Larger files are reported as unreadable instead of read (K, M, G: KiB, MiB, GiB; "
        "default: the configuration's max_file_size, else 16M).",
        show_default=False,
    ),
]
DEFAULT_MAX_FILE_SIZE = f"{MAX_FILE_BYTES >> 20}M"


def _input_options(
    include: list[str] | None,
    exclude: list[str] | None,
    max_file_size: str | None,
    work: Workflow,
    skip: tuple[Path, ...] = (),
) -> InputOptions:
    """The input options: --include replaces the configuration's include globs, --exclude adds
    to its exclude globs."""
    size = max_file_size or work.settings.max_file_size or DEFAULT_MAX_FILE_SIZE
    try:
        limit = parse_size(size)
    except ValueError as error:
        raise fail(f"--max-file-size: {error}") from None
    settings = work.settings
    return InputOptions(
        tuple(include or settings.include), (*settings.exclude, *(exclude or ())), limit, skip
    )


def _inputs(sources: list[Path], options: InputOptions | None = None) -> list[CorpusInput]:
    try:
        inputs = collect_inputs(sources, options)
    except UsageError as error:
        raise fail(str(error)) from None
    if not inputs:
        raise fail(f"no files found in {', '.join(str(s) for s in sources)}")
    return inputs


def _sample_inputs() -> list[CorpusInput]:
    from bantin.datasets.synthetic.sample import embedded_sample_files

    return [CorpusInput(path, f"sample/{path.name}") for path in embedded_sample_files()]


def _locations(inputs: Sequence[CorpusInput]) -> dict[str, str]:
    return {item.display: item.path.as_posix() for item in inputs}


EngineOption = Annotated[
    Engine,
    typer.Option(
        help="Where files are processed: local processes, or a Dask cluster (bantin[dask]).",
    ),
]
SchedulerOption = Annotated[
    str | None,
    typer.Option(
        help="Dask scheduler address (tcp://host:8786); default: a local cluster.",
        show_default=False,
    ),
]
WorkersOption = Annotated[
    int | None,
    typer.Option(
        "--workers", "-j", min=1, help="Worker processes (default: the CPU count, at most 8)."
    ),
]


def _command_line() -> str:
    return shlex.join(["bantin", *map(portable_name, sys.argv[1:])])


@contextmanager
def stdout_may_close() -> Iterator[None]:
    """Stop writing to stdout when its reader went away (``bantin validate | head -1``): the rest
    of the output is dropped and the command still ends with its own exit status."""
    try:
        yield
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()


def _builders() -> ModuleType:
    """The data-docs builders, imported on first use: they load altair, which only a command
    writing a page needs (a plain `bantin validate` starts faster without it)."""
    from bantin.reports import builders

    return builders


def _check_html(path: Path | None, inputs: Sequence[CorpusInput] = ()) -> None:
    """Refuse, before any work, a page path that would replace an input or a file bantin did
    not write."""
    if path is None:
        return
    try:
        check_output(path, [item.path for item in inputs], marker=PAGE_MARKER)
    except OutputRefused as refused:
        raise fail(f"--html: {refused}") from None


def _write_html(docs: "DataDocs", path: Path) -> None:
    from bantin.reports.html import render_data_docs

    _check_html(path)  # again: the file may have appeared while the run was going
    try:
        write_text_atomically(path, render_data_docs(docs))
    except OSError as error:
        raise fail(f"cannot write {path}: {error.strerror}") from None


def _ci_report(report: Report, output_format: ReportFormat, sources: list[Path]) -> bool:
    """Write ``report`` to stdout in a CI format (SARIF, JUnit, GitHub); False for text/JSON."""
    if output_format in (ReportFormat.text, ReportFormat.json):
        return False
    from bantin.reports.ci import render_ci

    sys.stdout.write(render_ci(output_format.value, report, sources))
    return True


@app.command()
def validate(
    sources: Annotated[
        list[Path], typer.Argument(help="Bulletin files or folders.", show_default=False)
    ],
    output_format: Annotated[
        ReportFormat,
        typer.Option(
            "--format",
            "-f",
            help="Report on stdout as text, JSON, SARIF 2.1.0, JUnit XML or GitHub annotations.",
        ),
    ] = ReportFormat.text,
    fail_on: Annotated[
        FailOn, typer.Option(help="Exit 1 when a finding is at or above this severity.")
    ] = FailOn.error,
    html: Annotated[
        Path | None, typer.Option(help="Also write an HTML report to this file.")
    ] = None,
    quiet: Quiet = False,
    config: ConfigOption = None,
    include: Include = None,
    exclude: Exclude = None,
    max_file_size: MaxFileSize = None,
    engine: EngineOption = Engine.local,
    scheduler: SchedulerOption = None,
    workers: WorkersOption = None,
) -> None:
    """Check bulletins without writing anything ("-" reads standard input).

    Exit 0: nothing at or above --fail-on; 1: findings at or above it; 2: usage error or a source
    that could not be read or parsed.
    """
    work = _workflow(config)
    options = _input_options(include, exclude, max_file_size, work)
    inputs = _inputs(sources, options)
    _check_html(html, inputs)
    page = None if html is None else _page_rows()
    settings = TaskSettings(rules=work.rules, tables=page is not None, corrections=work.corrections)
    try:
        with file_progress(err, len(inputs), quiet=quiet) as advance:
            report = validate_files(
                inputs,
                settings=settings,
                waivers=work.waivers,
                engine=engine,
                workers=workers,
                scheduler=scheduler,
                progress=advance,
                observer=page,
                granularity=work.settings.withhold,
            )
    except EngineError as error:
        raise fail(str(error)) from None
    locations = _locations(inputs)
    if html is not None and page is not None:  # first: stdout may be a pipe that closes early
        docs = _builders().run_docs(
            page.tables(), page.every_bulletin(), _command_line(), "validate", locations=locations
        )
        _write_html(docs, html)
    with stdout_may_close():
        if _ci_report(located(report, locations), output_format, sources):
            pass
        elif output_format is ReportFormat.json:
            sys.stdout.write(render_json(report) + "\n")
        else:
            print_report(report, out, quiet=quiet)
    if report.errors:
        raise typer.Exit(EXIT_USAGE)
    if fail_on is not FailOn.never and report.has_at_or_above(Severity(fail_on.value)):
        raise typer.Exit(EXIT_FINDINGS)


def _table(*headers: str) -> "Table":
    """A borderless rich table (rich.table is imported only by the commands that print one)."""
    from rich.table import Table

    return Table(*headers, box=None, pad_edge=False)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _print_release(plan: ReleasePlan, descriptor: Path | None, console: Console = out) -> None:
    n = len(plan.published)
    if descriptor is not None:
        console.print(
            f"[bold green]Published[/] {_plural(n, 'bulletin')} "
            f"({_plural(plan.n_articles, 'article')}) to {descriptor}"
        )
        table = _table("resource", "rows")
        for name, rows in plan.rows.items():
            table.add_row(name, str(rows))
        console.print(table)
    if plan.withheld:
        console.print(
            f"[bold yellow]Withheld[/] {_plural(len(plan.withheld), 'article')} "
            "(their bulletins published without them):"
        )
        for article_id, findings in plan.withheld.items():
            console.print(
                for_terminal(
                    f"  {findings[0].source}: {article_id}: {quarantine_reason(findings)}"
                ),
                markup=False,
                soft_wrap=True,
            )
    if plan.quarantined:
        console.print(f"[bold yellow]Quarantined[/] {len(plan.quarantined)} (not published):")
        for path, findings in plan.quarantined.items():
            console.print(
                for_terminal(f"  {path}: {quarantine_reason(findings)}"),
                markup=False,
                soft_wrap=True,
            )
    if plan.unreadable:
        console.print(f"[bold red]Not readable[/] {len(plan.unreadable)} (not published):")
        for error in plan.unreadable:
            console.print(f"  {for_terminal(error.describe())}", markup=False, soft_wrap=True)
    for waiver in plan.report.stale:
        console.print(
            f"  stale waiver: {for_terminal(waiver.describe())}", markup=False, soft_wrap=True
        )
    summary = plan.report.summary()["by_severity"]
    waived = f", {len(plan.report.waived)} waived" if plan.report.waived else ""
    console.print(
        f"Findings: {_plural(summary['error'], 'error')}, "
        f"{_plural(summary['warning'], 'warning')}{waived} "
        "(all listed in the findings resource; `bantin validate` shows them by file).",
        soft_wrap=True,
    )


def _recipe(data_version: str | None) -> DatasetRecipe:
    """The recipe, versioned by --data-version or the configuration's data_version (else CalVer)."""
    if data_version is None:
        return DEFAULT_RECIPE
    try:
        return dataclasses.replace(DEFAULT_RECIPE, version=data_version)
    except ValueError as error:
        raise fail(str(error)) from None


@app.command()
def release(
    sources: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Bulletin files or folders (default: the embedded sample).", show_default=False
        ),
    ] = None,
    out_dir: Annotated[
        Path, typer.Option("--out", "-o", help="Folder of the Data Package.")
    ] = Path("release"),
    strict: Annotated[
        bool, typer.Option(help="Refuse the release when any bulletin has an error.")
    ] = False,
    html: Annotated[
        Path | None, typer.Option(help="Also write an HTML report to this file.")
    ] = None,
    quiet: Quiet = False,
    data_version: Annotated[
        str | None,
        typer.Option(
            "--data-version",
            help="Version of the data (default: CalVer of the newest issue date, e.g. 2024.9.19).",
        ),
    ] = None,
    output_format: Annotated[
        ReleaseFormat,
        typer.Option(
            "--format",
            "-f",
            help="On stdout: the summary (text), or the findings as SARIF, JUnit XML or GitHub "
            "annotations (the summary then goes to stderr).",
        ),
    ] = ReleaseFormat.text,
    fail_on: Annotated[
        FailOn,
        typer.Option(help="Exit 1 (after writing) when a finding is at or above this severity."),
    ] = FailOn.never,
    withhold: Annotated[
        Granularity | None,
        typer.Option(
            help="What an error of one article holds back: the article (default) or its whole "
            "bulletin. Overrides the configuration.",
            show_default=False,
        ),
    ] = None,
    config: ConfigOption = None,
    allow_empty: Annotated[
        bool,
        typer.Option(
            help="Let a release with no bulletin to publish replace a package that has some."
        ),
    ] = False,
    include: Include = None,
    exclude: Exclude = None,
    max_file_size: MaxFileSize = None,
    engine: EngineOption = Engine.local,
    scheduler: SchedulerOption = None,
    workers: WorkersOption = None,
) -> None:
    """Parse, validate and publish a Frictionless Data Package of Parquet tables.

    An article with an error of its own is withheld (listed in the withheld resource), a bulletin
    with an error of the whole bulletin is quarantined (listed, not published); with --strict the
    release is refused instead (exit 1) and nothing is written.
    """
    work = _workflow(config)
    recipe = _recipe(data_version or work.settings.data_version)
    corrections = work.corrections
    with ExitStack() as held:
        _lock_out(held, out_dir)  # one release at a time per --out, for the whole run
        options = _input_options(include, exclude, max_file_size, work, skip=(out_dir,))
        inputs = _inputs(sources, options) if sources else _sample_inputs()
        _check_html(html, inputs)
        locations = _locations(inputs)
        settings = TaskSettings(rules=work.rules, corrections=corrections)
        page = None if html is None else _page_rows()
        try:
            with file_progress(err, len(inputs), quiet=quiet or not sources) as advance:
                plan = release_files(
                    inputs,
                    out_dir,
                    recipe,
                    settings=settings,
                    waivers=work.waivers,
                    granularity=withhold or work.settings.withhold,
                    strict=strict,
                    allow_empty=allow_empty,
                    engine=engine,
                    workers=workers,
                    scheduler=scheduler,
                    progress=advance,
                    observer=page,
                )
        except ReleaseRefused as refused:
            if html is not None and page is not None:
                title = "bantin release report: refused (--strict), nothing written"
                docs = _builders().run_docs(
                    page.tables(),
                    page.every_bulletin(),
                    _command_line(),
                    "validate",
                    title=title,
                    locations=locations,
                )
                _write_html(docs, html)
            print_report(refused.plan.report, err)
            _release_ci(located(refused.plan.report, locations), output_format, sources or [])
            raise fail(
                "release refused (--strict): some bulletins have errors", EXIT_FINDINGS
            ) from None
        except EngineError as error:
            raise fail(str(error)) from None
        except PackageRefused as error:
            raise fail(error) from None
        except PackageError as error:
            raise fail(error, EXIT_FINDINGS) from None
        except OSError as error:
            raise fail(f"cannot write the package to {out_dir}: {error.strerror}") from None
    descriptor = out_dir / "datapackage.json"
    with stdout_may_close():
        _print_release(plan, descriptor, out if output_format is ReleaseFormat.text else err)
        _release_ci(located(plan.report, locations), output_format, sources or [])
    if html is not None and page is not None:
        _release_html(page, descriptor, html, locations)
    if fail_on is not FailOn.never and plan.report.has_at_or_above(Severity(fail_on.value)):
        raise typer.Exit(EXIT_FINDINGS)


@app.command()
def baseline(
    sources: Annotated[
        list[Path], typer.Argument(help="Bulletin files or folders.", show_default=False)
    ],
    out_file: Annotated[
        Path | None,
        typer.Option(
            "--out",
            "-o",
            help="Waivers file to write (TOML; default: the configuration's `waivers`, else "
            "waivers.toml).",
            show_default=False,
        ),
    ] = None,
    config: ConfigOption = None,
) -> None:
    """Record every current finding as accepted, in a waivers file whose reasons you fill in.

    Reasons already written in the file are kept. Point `waivers` in bantin.toml at the file.
    """
    work = _workflow(config, waivers_needed=False)
    out_file = out_file or work.settings.waivers or Path("waivers.toml")
    options = _input_options(None, None, DEFAULT_MAX_FILE_SIZE, work)
    settings = TaskSettings(rules=work.rules, tables=False, corrections=work.corrections)
    report = validate_files(_inputs(sources, options), settings=settings)  # no waivers applied
    try:
        waivers = baseline_waivers(report, out_file)
        write_text_atomically(out_file, dump_waivers(waivers))  # its reasons survive a crash
    except WaiverError as error:
        raise fail(str(error)) from None
    except OSError as error:
        raise fail(f"cannot write {out_file}: {error.strerror}") from None
    missing = sum(1 for waiver in waivers if not waiver.reason)
    out.print(
        f"Wrote {_plural(len(waivers), 'waiver')} to {out_file}"
        + (f"; fill in {_plural(missing, 'reason')}" if missing else ""),
        markup=False,
        soft_wrap=True,
    )


def _lock_out(stack: ExitStack, out_dir: Path) -> None:
    """Hold the lock of ``--out`` (resolved) until ``stack`` closes; exit 2 when it is taken."""
    from bantin.packaging.lock import release_lock
    from bantin.packaging.ownership import inspect_target
    from bantin.packaging.target import resolve_target  # no table stack: workers fork later

    undecodable = undecodable_name(out_dir)
    if undecodable is not None:
        raise fail(f"--out: {undecodable}")
    try:
        target = resolve_target(out_dir)
        target.parent.mkdir(parents=True, exist_ok=True)
        stack.enter_context(release_lock(target))
        # A folder bantin may not replace is refused before any file is read (the writer checks
        # again when it swaps; the lock keeps other releases out in between).
        inspect_target(target)
    except PackageRefused as error:
        raise fail(error) from None
    except OSError as error:
        raise fail(f"cannot write the package to {out_dir}: {error.strerror}") from None


def _release_ci(report: Report, output_format: ReleaseFormat, sources: list[Path]) -> None:
    if output_format is not ReleaseFormat.text:
        from bantin.reports.ci import render_ci

        sys.stdout.write(render_ci(output_format.value, report, sources))


def _release_html(
    page: "PageRows", descriptor: Path, html: Path, locations: Mapping[str, str]
) -> None:
    """The release page, from the package as written (so its profile is what was published)."""
    from bantin.packaging.reader import load_package  # polars and pandera: only for a page

    tables = load_package(descriptor, verify=False)
    package = _builders().package_info(descriptor)
    docs = _builders().run_docs(
        tables, page.every_bulletin(), _command_line(), "release", package, locations=locations
    )
    _write_html(docs, html)


def _page_rows() -> "PageRows":
    """What an HTML page keeps of a run as it streams (polars: imported only for a page)."""
    from bantin.reports.run_rows import PageRows

    return PageRows()


@app.command()
def report(
    package: Annotated[
        Path, typer.Argument(help="A published package: its folder or datapackage.json.")
    ],
    html: Annotated[Path, typer.Option(help="Write the package's HTML data docs to this file.")],
    sources: Annotated[
        list[Path] | None,
        typer.Option(
            "--sources",
            help="Folder the package's source paths are relative to, for excerpts "
            "(default: the current folder; repeatable).",
        ),
    ] = None,
) -> None:
    """Render the data docs of a published package (the page `release --html` writes).

    Findings are quoted from their source files when these are found under --sources with the
    sha256 the package recorded.
    """
    _check_html(html)
    try:
        docs = _builders().package_docs(package, _command_line(), tuple(sources or (Path(),)))
    except PackageError as error:
        raise fail(error, EXIT_FINDINGS) from None
    _write_html(docs, html)
    out.print(f"Wrote the data docs of {package} to {html}", markup=False, soft_wrap=True)


@app.command()
def sample(
    out_dir: Annotated[Path, typer.Option("--out", "-o", help="Folder to write the bulletins to.")],
    bulletins: Annotated[int, typer.Option("--bulletins", "-n", help="How many bulletins.")] = 8,
    seed: Annotated[int, typer.Option(help="Random seed; the same seed gives the same bytes.")] = 0,
) -> None:
    """Write synthetic bulletins, spread over the four source formats."""
    from bantin.datasets.synthetic.sample import write_sample

    try:
        paths = write_sample(out_dir, bulletins, seed)
    except (ValueError, FileExistsError) as error:
        raise fail(str(error)) from None
    except OSError as error:
        raise fail(f"cannot write to {out_dir}: {error.strerror}") from None
    out.print(f"Wrote {len(paths)} bulletins to {out_dir}")


@app.command()
def rules(
    output_format: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="The catalogue as text or JSON.")
    ] = OutputFormat.text,
) -> None:
    """List every rule (source.* included): id, severity, what it withholds, what fires it."""
    records = full_catalogue()
    if output_format is OutputFormat.json:
        with stdout_may_close():
            sys.stdout.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
        return
    table = _table("rule", "severity", "withholds", "fires when")
    for record in records:
        table.add_row(record["id"], record["severity"], record["withholds"], record["description"])
    with stdout_may_close():
        out.print(table)


@app.command()
def fetch(
    url: Annotated[
        str, typer.Argument(help="URL of a published datapackage.json (or its folder).")
    ],
    out_dir: Annotated[Path, typer.Option("--out", "-o", help="Folder to put the package in.")],
) -> None:
    """Download a published package, verify every file, and put it in place in one step.

    Exit 0: the package is in --out and verified; 1: a download or a check failed (nothing is
    changed in --out); 2: usage error.
    """
    from bantin.packaging.fetch import fetch_package
    from bantin.packaging.remote import is_url  # requests and pooch: only fetch needs them

    if not is_url(url):
        raise fail(f"{url} is not an http(s) URL (a local package needs no fetching)")
    try:
        descriptor, n_files = fetch_package(url, out_dir)
    except PackageError as error:
        raise fail(error, EXIT_FINDINGS) from None
    except OSError as error:
        raise fail(f"cannot write the package to {out_dir}: {error}", EXIT_FINDINGS) from None
    out.print(f"[bold green]Fetched[/] {n_files} files to {descriptor}; every sha256 matches.")


class QueryFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


@app.command()
def query(
    source: Annotated[
        str, typer.Argument(help="Package folder, datapackage.json, or its http(s) URL.")
    ],
    sql: Annotated[str, typer.Argument(help="SQL over one view per table, e.g. articles.")],
    output_format: Annotated[
        QueryFormat, typer.Option("--format", "-f", help="How to print the result.")
    ] = QueryFormat.table,
) -> None:
    """Run SQL (DuckDB) on a verified package: one view per table.

    Exit 0: printed; 1: the package failed its checks; 2: usage error or invalid SQL.
    """
    try:
        from bantin.packaging.query import QueryError, run_query, to_csv, to_json
    except ModuleNotFoundError as error:
        raise fail(f"{error}; install it with: pip install 'bantin[duckdb]'") from None
    try:
        result = run_query(source, sql)
    except PackageError as error:
        raise fail(error, EXIT_FINDINGS) from None
    except QueryError as error:
        raise fail(f"SQL failed: {error}") from None
    if output_format is QueryFormat.csv:
        sys.stdout.write(to_csv(result))
    elif output_format is QueryFormat.json:
        sys.stdout.write(to_json(result) + "\n")
    else:
        table = _table(*result.columns)
        for row in result.rows:
            table.add_row(*("null" if value is None else str(value) for value in row))
        out.print(table)


@app.command()
def verify(
    package: Annotated[
        Path, typer.Argument(help="Package folder or its datapackage.json.", show_default=False)
    ],
    output_format: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="Report as text or JSON.")
    ] = OutputFormat.text,
) -> None:
    """Check a downloaded package against its descriptor: every resource's sha256, size, row
    count, schema (types and constraints), primary and foreign keys.

    Exit 0: everything holds; 1: something does not (each problem names the resource); 2: no
    package there.
    """
    from bantin.packaging.verify_command import run_verify  # pyarrow: only for this command

    code = run_verify(str(package), output_format is OutputFormat.json, sys.stdout, sys.stderr)
    raise typer.Exit(code)


class DiffFormat(StrEnum):
    text = "text"
    json = "json"
    markdown = "markdown"


@app.command()
def diff(
    old: Annotated[Path, typer.Argument(help="The earlier package.", show_default=False)],
    new: Annotated[Path, typer.Argument(help="The later package.", show_default=False)],
    output_format: Annotated[
        DiffFormat,
        typer.Option("--format", "-f", help="text, json, or markdown ready for release notes."),
    ] = DiffFormat.text,
) -> None:
    """What changed between two releases: per table the rows added, removed and changed (by
    primary key), bulletins added and removed, findings new and resolved.

    Both packages are verified first. Exit 0, or 2 when one cannot be read.
    """
    # Package reading (polars, pandera) only for this command, so `bantin validate` starts fast.
    from bantin.packaging.diff import diff_packages
    from bantin.reports import diff as diff_report

    try:
        changes = diff_packages(old, new)
    except PackageError as error:
        raise fail(error) from None
    renderer = {
        DiffFormat.text: diff_report.render_text,
        DiffFormat.json: diff_report.render_json,
        DiffFormat.markdown: diff_report.render_markdown,
    }[output_format]
    sys.stdout.write(renderer(changes))


def _version(value: bool) -> None:
    if value:
        out.print(f"bantin {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    """Parse, validate and publish Vietnam's administrative-reform bulletins as open data."""


def main() -> None:
    """Console-script entry point."""
    # A command runs once and exits, and what is loaded by now (modules, classes, the rule
    # catalogue) lives until then: frozen, it is left out of every later garbage collection, in
    # this process and in the forked workers, whose collections would otherwise traverse it.
    gc.freeze()
    gc.set_threshold(YOUNG_COLLECTION_EVERY)
    keep_pandera_light()  # pandera loads without pandas or hypothesis: up to 0.8 s less CPU
    try:
        app()
    except RuntimeError as error:
        # Ctrl-C while a class is being built (pandera's, as a release loads it) comes out of
        # Python wrapped: "Error calling __set_name__". It is an interruption like any other.
        if _interrupted(error):
            raise SystemExit(128 + signal.SIGINT) from None  # as typer exits on Ctrl-C
        raise
    finally:
        # Python collects the whole heap again as it shuts down (after a release: pandas,
        # pandera, polars and pyarrow); frozen, it is freed without being traversed first.
        gc.freeze()


def _interrupted(error: BaseException) -> bool:
    """Whether ``error`` was raised by a KeyboardInterrupt (in its chain of causes)."""
    chain: list[BaseException] = []
    link: BaseException | None = error
    while link is not None and link not in chain:  # a chain set by hand may loop
        if isinstance(link, KeyboardInterrupt):
            return True
        chain.append(link)
        link = link.__cause__ or link.__context__
    return False
