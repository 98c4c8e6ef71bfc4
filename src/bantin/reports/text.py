"""The terminal report: findings grouped by file, one line each, then a summary."""

from __future__ import annotations

import io
from typing import IO

from rich.console import Console
from rich.text import Text

from bantin.validators.finding import Finding, Severity
from bantin.validators.report import Report

_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow"}


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _finding_line(finding: Finding, line_width: int, rule_width: int) -> Text:
    line = "" if finding.line is None else str(finding.line)
    return Text.assemble(
        f"  {line:>{line_width}}  ",
        (f"{finding.severity!s:<7}", _STYLE[finding.severity]),
        "  ",
        (f"{finding.rule:<{rule_width}}", "cyan"),
        "  ",
        finding.message,
    )


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
    return text


def print_report(report: Report, console: Console | None = None) -> None:
    """Print the report; colour only when ``console`` writes to a terminal (rich decides)."""
    console = console or Console(highlight=False)
    findings = report.flatten()
    line_width = max((len(str(f.line)) for f in findings if f.line is not None), default=1)
    rule_width = max((len(f.rule) for f in findings), default=0)
    for path in report.files():
        mine = [f for f in findings if f.source == path]
        header = Text(path, style="bold")
        header.append("  " + ("no findings" if not mine else _plural(len(mine), "finding")))
        console.print(header, soft_wrap=True)
        for finding in mine:
            console.print(_finding_line(finding, line_width, rule_width), soft_wrap=True)
    style = "bold red" if report.has_at_or_above(Severity.ERROR) else "bold green"
    console.print(Text(summary_line(report), style=style), soft_wrap=True)


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
