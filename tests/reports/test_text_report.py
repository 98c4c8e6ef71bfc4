"""The terminal report: grouped by file, one line per finding, a summary, colour only on demand."""

from __future__ import annotations

import io

from rich.console import Console

from bantin.reports.text import print_report, render_text
from bantin.validators.report import Report
from tests.reports.sample import sample_report


def test_findings_are_grouped_by_file_one_line_each() -> None:
    lines = render_text(sample_report()).splitlines()
    assert lines == [
        "corpus/000.txt  2 findings",
        "   49  error    date.impossible      citation date 01/0 does not exist",
        "  117  warning  pct.format           ambiguous decimal point in 80.09% "
        "(Vietnamese writes 80,09%)",
        "corpus/002.txt  no findings",
        "corpus/003.txt  1 finding",
        "   81  warning  article.locality     title names <script>alert('Sóc Trăng')</script> "
        "& [bold]co[/bold]",
        "corpus/notes.txt  1 finding",
        "       error    source.not-bulletin  not a bulletin: no masthead",
        "2 errors, 2 warnings in 4 files (1 unparseable)",
    ]


def test_no_colour_unless_asked_or_on_a_terminal() -> None:
    assert "\x1b[" not in render_text(sample_report())
    assert "\x1b[" in render_text(sample_report(), color=True)
    buffer = io.StringIO()
    print_report(sample_report(), Console(file=buffer, width=80))
    assert "\x1b[" not in buffer.getvalue()
    assert "  117  warning  pct.format" in buffer.getvalue()  # not wrapped at 80 columns


def test_empty_report() -> None:
    assert render_text(Report(sources=("a.txt",))).splitlines() == [
        "a.txt  no findings",
        "0 errors, 0 warnings in 1 file",
    ]
