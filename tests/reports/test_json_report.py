"""The JSON report has exactly the shape DESIGN.md section 5 promises."""

from __future__ import annotations

import json

from bantin.reports.json_report import render_json
from tests.reports.sample import sample_report

KEYS = ["rule", "severity", "bulletin_id", "article_id", "source_path", "line", "message"]


def test_json_shape() -> None:
    data = json.loads(render_json(sample_report()))
    assert list(data) == ["findings", "waived", "stale_waivers", "summary"]
    assert all(list(f) == KEYS for f in data["findings"])
    assert data["findings"][0] == {
        "rule": "date.impossible",
        "severity": "error",
        "bulletin_id": "cchc-2024-02-01",
        "article_id": "cchc-2024-02-01-01",
        "source_path": "corpus/000.txt",
        "line": 49,
        "message": "citation date 01/0 does not exist",
    }


def test_unparseable_sources_are_error_findings_without_bulletin() -> None:
    data = json.loads(render_json(sample_report()))
    unparseable = [f for f in data["findings"] if f["source_path"] == "corpus/notes.txt"]
    assert unparseable == [
        {
            "rule": "source.not-bulletin",
            "severity": "error",
            "bulletin_id": None,
            "article_id": None,
            "source_path": "corpus/notes.txt",
            "line": None,
            "message": "not a bulletin: no masthead",
        }
    ]


def test_summary_and_utf8() -> None:
    text = render_json(sample_report())
    assert "Sóc Trăng" in text and text.endswith("\n")
    summary = json.loads(text)["summary"]
    assert summary["by_severity"] == {"error": 2, "warning": 2}
    assert summary["by_file"]["corpus/002.txt"] == 0
    assert summary["unparseable"] == 1 and summary["sources"] == 4 and summary["findings"] == 4
