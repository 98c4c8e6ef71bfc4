"""The HTML report: one self-contained, escaped page rendered from a jinja2 template."""

from __future__ import annotations

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from bantin import __version__
from bantin.reports.json_report import finding_record
from bantin.reports.text import summary_line
from bantin.validators.report import Report

_ENV = Environment(
    loader=PackageLoader("bantin.reports", "templates"),
    autoescape=select_autoescape(["html", "j2"], default=True),
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)


def render_html(report: Report, title: str = "bantin validation report") -> str:
    """The report as one HTML page (inline CSS, no scripts, every value escaped)."""
    findings = report.flatten()
    files = [
        {"path": path, "findings": [finding_record(f) for f in findings if f.source == path]}
        for path in report.files()
    ]
    template = _ENV.get_template("report.html.j2")
    return template.render(
        title=title,
        version=__version__,
        summary=report.summary(),
        summary_line=summary_line(report),
        files=files,
    )
