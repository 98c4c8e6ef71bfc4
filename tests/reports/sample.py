"""A small report shared by the report tests: two files with findings, one clean, one unparseable."""

from __future__ import annotations

from bantin.errors import NotABulletin
from bantin.validators.finding import Finding, Severity
from bantin.validators.report import Report


def sample_report() -> Report:
    findings = (
        Finding(
            "date.impossible",
            Severity.ERROR,
            "citation date 01/0 does not exist",
            "corpus/000.txt",
            49,
            "cchc-2024-02-01",
            "cchc-2024-02-01-01",
        ),
        Finding(
            "pct.format",
            Severity.WARNING,
            "ambiguous decimal point in 80.09% (Vietnamese writes 80,09%)",
            "corpus/000.txt",
            117,
            "cchc-2024-02-01",
            "cchc-2024-02-01-05",
        ),
        Finding(
            "article.locality",
            Severity.WARNING,
            "title names <script>alert('Sóc Trăng')</script> & [bold]co[/bold]",
            "corpus/003.txt",
            81,
            "feed-tin-example-vn-2025-10-01",
            "feed-tin-example-vn-2025-10-01-05",
        ),
    )
    errors = (NotABulletin("corpus/notes.txt", "not a bulletin: no masthead"),)
    sources = ("corpus/000.txt", "corpus/002.txt", "corpus/003.txt")
    return Report(findings, errors, sources)
