"""The HTML report: one self-contained page with every value escaped."""

from __future__ import annotations

from bantin.reports.html import render_html
from tests.reports.sample import sample_report


def test_values_are_escaped() -> None:
    page = render_html(sample_report(), title="<Báo cáo>")
    assert "<script>" not in page
    assert "&lt;script&gt;alert(&#39;Sóc Trăng&#39;)&lt;/script&gt; &amp; [bold]co[/bold]" in page
    assert "<title>&lt;Báo cáo&gt;</title>" in page


def test_page_is_self_contained_and_lists_every_file() -> None:
    page = render_html(sample_report())
    assert page.startswith("<!DOCTYPE html>")
    assert "<link" not in page and "src=" not in page and "http" not in page
    for path in ("corpus/000.txt", "corpus/002.txt", "corpus/003.txt", "corpus/notes.txt"):
        assert f"<h2>{path}</h2>" in page
    assert "source.not-bulletin" in page and "cchc-2024-02-01-01" in page
    assert "2 errors, 2 warnings in 4 files (1 unparseable)" in page
