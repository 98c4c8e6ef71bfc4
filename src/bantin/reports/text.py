"""The terminal report: findings grouped by file, one line each, then a summary."""

from __future__ import annotations

import io
from typing import IO

from rich.console import Console
from rich.text import Text

from bantin.reports.terminal import for_terminal
from bantin.validators.finding import Finding, Severity
from bantin.validators.report import Report

_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow"}
WAIVED = "waived"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _finding_line(
    finding: Finding, line_width: int, rule_width: int, waived: str | None = None
) -> Text:
    line = "" if finding.line is None else str(finding.line)
    label, style = (WAIVED, "dim") if waived is not None else (str(finding.severity), None)
    text = Text.assemble(
        f"  {line:>{line_width}}  ",
        (f"{label:<7}", style or _STYLE[finding.severity]),
        "  ",
        (f"{finding.rule:<{rule_width}}", "cyan"),
        "  ",
        for_terminal(finding.message),
    )
    if waived is not None:
        text.append(f"  (waived: {waived or 'no reason given'})", style="dim")
    return text


def summary_line(report: Report) -> str:
    """ "2 errors, 1 warning in 3 files (1 unparseable)"."""
    summary = report.summary()
    counts = summary["by_severity"]
    text = (
        f"{_plural(counts['error'], 'error')}, {_plural(counts['warning'], 'warning')} "
        f"in {_plural(summary['sources'], 'file')}"
    )
    if summary["unparseable"]:
        text += f" ({summary['unparseable']} unparseable)"
    if summary["waived"]:
        text += f"; {summary['waived']} waived"
    if summary["stale_waivers"]:
        text += f"; {_plural(summary['stale_waivers'], 'stale waiver')}"
    return text


def print_report(report: Report, console: Console | None = None, quiet: bool = False) -> None:
    """Print the report; colour only when ``console`` writes to a terminal (rich decides).

    With ``quiet`` only the files with findings (waived ones included) are listed.
    """
    console = console or Console(highlight=False)
    findings = report.flatten()
    waived = {id(w.finding): w.reason for w in report.waived}
    listed = sorted([*findings, *(w.finding for w in report.waived)], key=Finding.sort_key)
    line_width = max((len(str(f.line)) for f in listed if f.line is not None), default=1)
    rule_width = max((len(f.rule) for f in listed), default=0)
    by_file: dict[str, list[Finding]] = {}
    for finding in listed:
        by_file.setdefault(finding.source, []).append(finding)
    # One text for the whole report, printed once: rich renders a thousand lines in one call
    # ten times faster than in a thousand calls, at the end of a run where nothing else is left.
    out = Text()
    for path in report.files():
        mine = by_file.get(path, [])
        if quiet and not mine:
            continue
        n_open = sum(1 for f in mine if id(f) not in waived)
        header = (
            for_terminal(path)
            + "  "
            + ("no findings" if not n_open else _plural(n_open, "finding"))
        )
        if len(mine) > n_open:
            header += f", {len(mine) - n_open} waived"
        out.append(header + "\n", style="bold")
        for finding in mine:
            out.append_text(_finding_line(finding, line_width, rule_width, waived.get(id(finding))))
            out.append("\n")
    for waiver in report.stale:
        out.append_text(
            Text.assemble(("stale waiver", "yellow"), f"  {for_terminal(waiver.describe())}\n")
        )
    style = "bold red" if report.has_at_or_above(Severity.ERROR) else "bold green"
    out.append(summary_line(report), style=style)
    console.print(out, soft_wrap=True)


def render_text(report: Report, color: bool = False, file: IO[str] | None = None) -> str:
    """The report as text (ANSI colours only when ``color``); also written to ``file`` if given."""
    console = Console(
        record=True,
        force_terminal=color,
        no_color=not color,
        highlight=False,
        width=200,
        file=file if file is not None else io.StringIO(),
    )
    print_report(report, console)
    return console.export_text(styles=color)
