"""A report counts every file it read, the clean ones too ("0 findings in 2 files")."""

from __future__ import annotations

from bantin.model import ParsedSource
from bantin.validators.report import Report
from tests.validators.builders import digest, feed


def test_clean_files_are_counted_and_listed_with_no_findings() -> None:
    report = Report.build(
        [
            ParsedSource("a/print.txt", "a" * 64, digest()),
            ParsedSource("b/feed.txt", "b" * 64, feed()),
        ],
        (),
    )
    assert report.flatten() == []
    assert report.files() == ["a/print.txt", "b/feed.txt"]
    summary = report.summary()
    assert (summary["sources"], summary["findings"]) == (2, 0)
    assert summary["by_file"] == {"a/print.txt": 0, "b/feed.txt": 0}
