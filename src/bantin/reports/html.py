"""The HTML data-docs page: one self-contained file (inline CSS, JS and SVG), every value escaped."""

from __future__ import annotations

from importlib import resources

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from bantin.reports.docs import DataDocs

_ENV = Environment(
    loader=PackageLoader("bantin.reports", "templates"),
    autoescape=select_autoescape(["html", "j2"], default=True),
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)

#: Nothing may be loaded from anywhere: the browser enforces it (inline styles and script only).
CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"


def _asset(name: str) -> Markup:
    text = resources.files("bantin.reports").joinpath("templates", name).read_text("utf-8")
    return Markup(text)  # our own static file, not data


def _percent(share: float) -> str:
    if share == 0:
        return "0%"
    if share < 0.001:
        return "<0.1%"
    return f"{share:.1%}"


_ENV.filters["percent"] = _percent


def render_data_docs(docs: DataDocs) -> str:
    """The page for ``docs``; chart SVG comes from vl-convert and is inserted as markup."""
    template = _ENV.get_template("report.html.j2")
    charts = [
        {"chart": chart, "svg": Markup(chart.svg) if chart.svg else None} for chart in docs.charts
    ]
    return template.render(
        docs=docs,
        charts=charts,
        csp=CSP,
        style=_asset("report.css"),
        script=_asset("report.js"),
    )
