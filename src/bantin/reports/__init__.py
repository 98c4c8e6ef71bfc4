"""Reports of a validation run: terminal text, JSON and a self-contained HTML page."""

from __future__ import annotations

from bantin.reports.html import render_html
from bantin.reports.json_report import render_json, report_dict
from bantin.reports.text import print_report, render_text

__all__ = ["print_report", "render_html", "render_json", "render_text", "report_dict"]
