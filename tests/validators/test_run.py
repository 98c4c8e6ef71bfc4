"""validate(): order, ids; Report: flatten, summary, thresholds; the findings table."""

from __future__ import annotations

import polars as pl

from bantin.errors import MalformedBulletin, NotABulletin, UnreadableSource
from bantin.model import ParsedSource
from bantin.validators import validate
from bantin.validators.finding import Finding, Severity
from bantin.validators.report import Report
from bantin.validators.table import FINDINGS_SCHEMA, findings_table
from tests.validators.builders import digest, feed, with_citation_date, with_paragraph


def _faulty_sources() -> list[ParsedSource]:
    bad = with_paragraph(with_citation_date(digest(), "01/0"), "Mức độ hài lòng đạt 80.09%.")
    return [
        ParsedSource("b/feed.txt", "c" * 64, feed()),
        ParsedSource("a/print.txt", "d" * 64, bad),
    ]


def test_findings_are_ordered_by_source_line_rule() -> None:
    found = validate(_faulty_sources())
    assert [(f.source, f.line, f.rule) for f in found] == [
        ("a/print.txt", 32, "pct.format"),
        ("a/print.txt", 34, "date.impossible"),
    ]
    assert validate(list(reversed(_faulty_sources()))) == found


def test_bulletin_ids_come_from_the_mapping_or_the_content() -> None:
    found = validate(_faulty_sources())
    assert {f.bulletin_id for f in found} == {"cchc-2024-02-01"}
    assert {f.article_id for f in found} == {"cchc-2024-02-01-01"}
    mapped = validate(_faulty_sources(), {"a/print.txt": "cchc-2024-02-09"})
    assert {f.article_id for f in mapped} == {"cchc-2024-02-09-01"}


def _report() -> Report:
    errors = (
        NotABulletin("c/notes.txt", "not a bulletin"),
        UnreadableSource("d/empty.txt", "empty file"),
        MalformedBulletin("e/broken.txt", "no masthead date", 3),
    )
    return Report.build(_faulty_sources(), errors)


def test_report_flattens_unparseable_sources_into_error_findings() -> None:
    flat = _report().flatten()
    sources = [
        (f.rule, f.severity, f.source, f.line, f.bulletin_id)
        for f in flat
        if f.rule.startswith("source.")
    ]
    assert sources == [
        ("source.not-bulletin", Severity.ERROR, "c/notes.txt", None, None),
        ("source.unreadable", Severity.ERROR, "d/empty.txt", None, None),
        ("source.malformed", Severity.ERROR, "e/broken.txt", 3, None),
    ]


def test_report_summary_counts_by_severity_rule_and_file() -> None:
    summary = _report().summary()
    assert summary == {
        "sources": 5,
        "unparseable": 3,
        "findings": 5,
        "waived": 0,
        "stale_waivers": 0,
        "by_severity": {"error": 4, "warning": 1},
        "by_rule": {
            "date.impossible": 1,
            "pct.format": 1,
            "source.malformed": 1,
            "source.not-bulletin": 1,
            "source.unreadable": 1,
        },
        "by_file": {
            "a/print.txt": 2,
            "b/feed.txt": 0,
            "c/notes.txt": 1,
            "d/empty.txt": 1,
            "e/broken.txt": 1,
        },
    }


def test_has_at_or_above() -> None:
    warning_only = Report((Finding("pct.format", Severity.WARNING, "m", "a.txt", 1),))
    assert warning_only.has_at_or_above(Severity.WARNING)
    assert not warning_only.has_at_or_above(Severity.ERROR)
    assert Report(errors=(NotABulletin("x", "y"),)).has_at_or_above(Severity.ERROR)
    assert not Report().has_at_or_above(Severity.WARNING)


def test_findings_table_has_the_published_columns_and_unique_ids() -> None:
    same = Finding("pct.format", Severity.WARNING, "m", "a.txt", 3, "cchc-2024-02-01")
    table = findings_table([same, same, *_report().flatten()])
    assert table.schema == pl.Schema(FINDINGS_SCHEMA)
    assert table.height == 7
    assert table["finding_id"].n_unique() == 7
    assert table["finding_id"].str.contains(r"^[0-9a-f]{16}$").all()
    assert findings_table(_report().flatten()).equals(findings_table(_report().flatten()))
    assert findings_table([]).columns == list(FINDINGS_SCHEMA)


def test_findings_table_flags_waived_findings_with_their_reason() -> None:
    """What `validate --html` and the in-memory release show: an accepted finding stays listed,
    marked waived, with the maintainer's reason; the others are not waived."""
    from bantin.validators.waivers import Waived

    accepted = Finding("article.locality", Severity.WARNING, "title names X", "a.txt", 81)
    other = Finding("pct.format", Severity.WARNING, "m", "a.txt", 3)
    table = findings_table([other], [Waived(accepted, "reviewed: the paper is the province's")])
    by_rule = {row["rule"]: row for row in table.iter_rows(named=True)}
    assert by_rule["article.locality"]["waived"] is True
    assert by_rule["article.locality"]["waiver_reason"] == "reviewed: the paper is the province's"
    assert by_rule["pct.format"]["waived"] is False
    assert by_rule["pct.format"]["waiver_reason"] is None
