"""The HTML data docs: self-contained, escaped, with run metadata, verdicts, rules and excerpts."""

from __future__ import annotations

import re
from pathlib import Path

import polars as pl
import pytest

from bantin.reports.docs import RunMeta, build_docs
from bantin.reports.excerpts import SourceTexts
from bantin.reports.html import render_data_docs
from bantin.schemas import Articles, Sources, frame
from bantin.validators.registry import RULES
from bantin.validators.table import findings_table
from tests.reports.pages import FAULTY_LINE, run_page, write_run
from tests.reports.sample import sample_report


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory):
    folder = write_run(tmp_path_factory.mktemp("html") / "run")
    docs, page = run_page(folder)
    return folder, docs, page


def test_page_loads_nothing_from_anywhere(run) -> None:
    _, _, page = run
    assert page.startswith("<!DOCTYPE html>")
    assert "<link" not in page and not re.search(r"\bsrc\s*=", page)
    assert "@import" not in page and "url(" not in page
    # The only URLs are SVG namespace names, which are never fetched.
    urls = set(re.findall(r"https?://[^\s\"'<>)]+", page))
    assert urls <= {"http://www.w3.org/2000/svg", "http://www.w3.org/1999/xlink"}, urls
    assert "Content-Security-Policy" in page and "default-src &#39;none&#39;" in page


def test_run_metadata_and_every_input_with_its_sha256(run, monkeypatch) -> None:
    folder, docs, page = run
    assert docs.meta.version in page and "bantin validate run" in page
    for source in docs.verdicts:
        assert source.path in page
    faulty = folder / "faulty.txt"
    import hashlib

    assert hashlib.sha256(faulty.read_bytes()).hexdigest() in page
    notes = folder / "notes.txt"  # unreadable: its sha256 is taken from the bytes on disk
    assert hashlib.sha256(notes.read_bytes()).hexdigest() in page


def test_time_honours_source_date_epoch(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    _, page = run_page(write_run(tmp_path / "run"))
    assert "2023-11-14 22:13:20 UTC" in page


def test_a_verdict_per_bulletin_with_its_reason(run) -> None:
    _, docs, page = run
    statuses = {Path(v.path).name: v.status for v in docs.verdicts}
    assert statuses["toc.txt"] == "quarantined" and statuses["notes.txt"] == "unreadable"
    assert statuses["faulty.txt"] == "partial"  # its faulty article is withheld, the rest published
    assert sum(s == "published" for s in statuses.values()) == 4
    for name, rule in (("faulty.txt", "date.impossible"), ("toc.txt", "toc.numbering")):
        verdict = next(v for v in docs.verdicts if v.path.endswith(name))
        assert rule in verdict.reason and verdict.reason in page
    assert docs.statuses == {"published": 4, "partial": 1, "quarantined": 1, "unreadable": 1}


def test_every_rule_with_its_status_and_count(run) -> None:
    _, docs, page = run
    rules = {rule.id: rule for rule in docs.rules}
    assert set(RULES.ids()) <= set(rules)
    assert rules["date.impossible"].status == "failed" and rules["date.impossible"].errors == 1
    assert rules["pct.ratio"].status == "passed"
    assert rules["pct.ratio"].unit == "figures" and rules["pct.ratio"].checked > 0
    assert rules["toc.numbering"].checked > 0 and rules["toc.numbering"].unit == "TOC entries"
    for rule in docs.rules:
        assert f'data-rule="{rule.id}" data-status="{rule.status}"' in page


def test_findings_are_quoted_with_the_offending_text_marked(run) -> None:
    _, docs, page = run
    finding = next(f for f in docs.findings if f.rule == "date.impossible")
    assert finding.line == FAULTY_LINE and finding.where.endswith(f"faulty.txt:{FAULTY_LINE}")
    numbers = [line.number for line in finding.excerpt]
    assert numbers == list(range(FAULTY_LINE - 2, FAULTY_LINE + 3))
    (hit,) = [line for line in finding.excerpt if line.offending]
    assert hit.mark == "31/9" and hit.before == "(Baolaocai.vn "
    assert "<mark>31/9</mark>" in page
    assert '<pre class="excerpt" lang="vi">' in page


def test_vietnamese_content_is_marked_vi_and_the_ui_en(run) -> None:
    _, _, page = run
    assert page.startswith('<!DOCTYPE html>\n<html lang="en">')
    assert 'id="chart-provinces" lang="vi"' in page
    assert "Về đầu trang" in page  # as text, not escaped to entities


def test_four_charts_are_inline_svg_from_vega(run) -> None:
    _, docs, page = run
    assert [chart.id for chart in docs.charts] == [
        "chart-findings",
        "chart-timeline",
        "chart-provinces",
        "chart-figures",
    ]
    for chart in docs.charts:
        assert chart.svg is not None and chart.svg.startswith("<svg")
        assert 'class="marks"' in chart.svg  # drawn by Vega (vl-convert), not by hand
    assert page.count("<svg") == 4


def test_values_are_escaped_everywhere(tmp_path: Path) -> None:
    report = sample_report()
    tables = {
        "findings": findings_table(report.flatten()),
        "sources": frame(
            Sources,
            [
                {"source_path": path, "status": "published", "reason": "<b>why</b>"}
                for path in ("corpus/000.txt", "corpus/003.txt")
            ],
        ),
        "articles": frame(Articles, [{"locality": "<script>x</script>"}, {"locality": "Huế"}]),
    }
    docs = build_docs(tables, RunMeta("bantin <x>", "t", "validate"), SourceTexts({}, (tmp_path,)))
    page = render_data_docs(docs)
    assert "<script>alert" not in page and "<b>why</b>" not in page
    assert "&lt;script&gt;alert(&#39;Sóc Trăng&#39;)&lt;/script&gt;" in page
    assert "bantin &lt;x&gt;" in page
    provinces = next(chart for chart in docs.charts if chart.id == "chart-provinces")
    assert "Huế" in provinces.svg and "<script>x" not in provinces.svg  # not a province
    assert page.count("<script>") == 1  # the page's own filter script, nothing else


def test_unknown_statuses_are_shown_as_they_are(tmp_path: Path) -> None:
    sources = frame(
        Sources,
        [
            {"source_path": "a.txt", "bulletin_id": "cchc-2024-02-01", "status": "published"},
            {"source_path": "b.txt", "bulletin_id": "cchc-2024-02-02", "status": "published"},
        ],
    ).with_columns(pl.Series("status", ["published", "partial"]))
    docs = build_docs(
        {"sources": sources, "findings": findings_table([])},
        RunMeta("bantin", "t", "package"),
        SourceTexts({}, (tmp_path,)),
    )
    assert docs.statuses == {"published": 1, "partial": 1}
    page = render_data_docs(docs)
    assert '<span class="badge partial">partial</span>' in page
    timeline = next(chart for chart in docs.charts if chart.id == "chart-timeline")
    assert ">partial<" in timeline.svg
    assert "No findings: every rule passed." in page
