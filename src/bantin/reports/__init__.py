"""Reports of a run: terminal text, JSON, CI formats (SARIF, JUnit, GitHub) and HTML data docs."""

from __future__ import annotations

from typing import Any

from bantin.reports.json_report import render_json, report_dict
from bantin.reports.text import print_report, render_text

__all__ = ["print_report", "render_data_docs", "render_json", "render_text", "report_dict"]


def __getattr__(name: str) -> Any:
    # The HTML data docs load altair and vl-convert: only when asked for, not by every command.
    if name == "render_data_docs":
        from bantin.reports.html import render_data_docs

        return render_data_docs
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
