"""The report's charts, declared with altair (Vega-Lite) and rendered to inline SVG by vl-convert."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import altair as alt
import vl_convert

#: Colours by severity and by bulletin status; other statuses take the spare colours in order.
SEVERITY_COLOURS = {"error": "#c62828", "warning": "#e69f00"}
STATUS_COLOURS = {
    "published": "#2e7d32",
    "partial": "#1f77b4",
    "quarantined": "#ef6c00",
    "unreadable": "#757575",
}
SPARE_COLOURS = ("#6d4c41", "#3949ab", "#c0ca33", "#00acc1", "#d81b60")
KIND_COLOURS = {
    "percent": "#1f77b4",
    "ratio": "#00897b",
    "ratio_percent": "#8e24aa",
    "rank": "#f9a825",
    "score": "#5d4037",
}
WIDTH = 420
#: Above this many dates, bulletins are counted per month rather than per day.
MAX_DAYS = 45
#: Chart text: vl-convert measures labels with this font; Liberation Sans, Arial and Helvetica share
#: metrics, so the labels it laid out fit wherever the page is opened.
FONT = "'Liberation Sans', Arial, Helvetica, sans-serif"


_STEP = alt.Step(26)


def _count_axis(largest: int) -> alt.Axis:
    """An axis of whole counts: every number up to 10, else whole-number ticks."""
    if largest <= 10:
        return alt.Axis(values=list(range(largest + 1)), format="d")
    return alt.Axis(tickMinStep=1, format="d")


@dataclass(frozen=True)
class Chart:
    """A chart for the page: an id, a title, the inline SVG and what to say when there is none."""

    id: str
    title: str
    svg: str | None
    empty: str
    note: str = ""
    lang: str = "en"


def _scale(domain: Sequence[str], colours: dict[str, str]) -> alt.Scale:
    spare = iter(SPARE_COLOURS * (len(domain) // len(SPARE_COLOURS) + 1))
    return alt.Scale(domain=list(domain), range=[colours.get(v) or next(spare) for v in domain])


def _ordered(values: Iterable[str], preferred: Iterable[str]) -> list[str]:
    present = set(values)
    first = [v for v in preferred if v in present]
    return first + sorted(present - set(first))


def _svg(chart: alt.TopLevelMixin) -> str:
    configured = (
        chart.properties(padding={"left": 10, "top": 6, "right": 24, "bottom": 6})
        .configure(font=FONT, background="transparent")
        .configure_axis(labelFontSize=12, titleFontSize=12, labelLimit=240, labelColor="#1d2430")
        .configure_legend(labelFontSize=12, titleFontSize=12, labelLimit=160)
        .configure_view(stroke=None)
    )
    svg: str = vl_convert.vegalite_to_svg(configured.to_dict())
    return svg


def findings_chart(findings: Sequence[tuple[str, str]]) -> Chart:
    """Findings by rule (bars, most first) and severity (colour); ``findings`` is (rule, severity)."""
    title = "Findings by rule and severity"
    if not findings:
        return Chart("chart-findings", title, None, "No findings.")
    counts = Counter(findings)
    rows = [{"rule": r, "severity": s, "findings": n} for (r, s), n in sorted(counts.items())]
    per_rule = Counter(rule for rule, _ in findings)
    severities = _ordered((s for _, s in counts), SEVERITY_COLOURS)
    chart = (
        alt.Chart(alt.Data(values=rows))
        .mark_bar()
        .encode(
            y=alt.Y("rule:N", sort="-x", title=None),
            x=alt.X("sum(findings):Q", title="findings", axis=_count_axis(max(per_rule.values()))),
            color=alt.Color(
                "severity:N", scale=_scale(severities, SEVERITY_COLOURS), title="severity"
            ),
            order=alt.Order("severity:N"),
            tooltip=["rule:N", "severity:N", "findings:Q"],
        )
        .properties(width=WIDTH, height=_STEP)
    )
    return Chart("chart-findings", title, _svg(chart), "")


def timeline_chart(bulletins: Sequence[tuple[dt.date | None, str]]) -> Chart:
    """Bulletins per issue date (per month over long spans), coloured by status."""
    title = "Bulletins over time, by status"
    dated = [(d, s) for d, s in bulletins if d is not None]
    undated = len(bulletins) - len(dated)
    note = (
        f"{undated} file{'s' * (undated != 1)} without a date (unreadable or undated)."
        if undated
        else ""
    )
    if not dated:
        return Chart("chart-timeline", title, None, "No dated bulletins.", note)
    per_day = len({d for d, _ in dated}) <= MAX_DAYS
    unit = "yearmonthdate" if per_day else "yearmonth"
    rows = [{"date": d.isoformat(), "status": s} for d, s in dated]
    per_date = Counter(d if per_day else (d.year, d.month) for d, _ in dated)
    statuses = _ordered((s for _, s in dated), STATUS_COLOURS)
    chart = (
        alt.Chart(alt.Data(values=rows))
        .mark_bar()
        .encode(
            x=alt.X(
                f"{unit}(date):O",
                title="issue date" if per_day else "issue month",
                axis=alt.Axis(labelAngle=-40, format="%d/%m/%Y" if per_day else "%m/%Y"),
            ),
            y=alt.Y("count():Q", title="bulletins", axis=_count_axis(max(per_date.values()))),
            color=alt.Color("status:N", scale=_scale(statuses, STATUS_COLOURS), title="status"),
            tooltip=[alt.Tooltip(f"{unit}(date):T", title="date"), "status:N", "count():Q"],
        )
        .properties(width=min(WIDTH, max(180, 44 * len({d for d, _ in dated}))), height=200)
    )
    return Chart("chart-timeline", title, _svg(chart), "", note)


def provinces_chart(localities: Sequence[str], top: int = 20) -> Chart:
    """Articles per province (the provinces article titles start with), the ``top`` most."""
    title = "Articles per province"
    counts = Counter(localities)
    if not counts:
        return Chart("chart-provinces", title, None, "No article names a province.", lang="vi")
    shown = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:top]
    rows = [{"province": name, "articles": n} for name, n in shown]
    note = f"The {top} provinces with most articles of {len(counts)}." if len(counts) > top else ""
    chart = (
        alt.Chart(alt.Data(values=rows))
        .mark_bar(color="#00695c")
        .encode(
            y=alt.Y("province:N", sort="-x", title=None),
            x=alt.X("articles:Q", title="articles", axis=_count_axis(shown[0][1])),
            tooltip=["province:N", "articles:Q"],
        )
        .properties(width=WIDTH, height=_STEP)
    )
    return Chart("chart-provinces", title, _svg(chart), "", note, lang="vi")


def figures_chart(kinds: Sequence[str]) -> Chart:
    """Figures (percentages and ratios) stated in article bodies, by kind."""
    title = "Figures by kind"
    counts = Counter(kinds)
    if not counts:
        return Chart("chart-figures", title, None, "No figures.")
    order = _ordered(counts, KIND_COLOURS)
    rows: list[dict[str, Any]] = [{"kind": k, "figures": counts[k]} for k in order]
    chart = (
        alt.Chart(alt.Data(values=rows))
        .mark_bar()
        .encode(
            y=alt.Y("kind:N", sort=order, title=None),
            x=alt.X("figures:Q", title="figures", axis=_count_axis(max(counts.values()))),
            color=alt.Color("kind:N", scale=_scale(order, KIND_COLOURS), legend=None),
            tooltip=["kind:N", "figures:Q"],
        )
        .properties(width=WIDTH, height=_STEP)
    )
    return Chart("chart-figures", title, _svg(chart), "")
