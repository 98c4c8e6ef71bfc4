"""The real-form table: each sentence gives exactly its figures and dates, nothing more."""

from __future__ import annotations

import pytest

from bantin.parsers.figures import FigureMention, extract_figures
from bantin.parsers.mentions import find_dates
from tests.real_forms import FORMS, Fig, Form, per_form


def _as_fig(figure: FigureMention) -> Fig:
    def r(x: float | None) -> float | None:
        return None if x is None else round(x, 6)

    return Fig(
        figure.kind,
        figure.text,
        r(figure.value),
        r(figure.value_low),
        r(figure.value_high),
        r(figure.numerator),
        r(figure.denominator),
        figure.stated_qualifier or figure.qualifier,
        figure.unit,
    )


def _rounded(fig: Fig) -> Fig:
    mention = FigureMention(
        kind=fig.kind,
        text=fig.text,
        start=0,
        end=0,
        value=fig.value,
        numerator=fig.num,
        denominator=fig.den,
        qualifier=fig.qualifier,
        value_low=fig.low,
        value_high=fig.high,
        unit=fig.unit,
    )
    return _as_fig(mention)


@pytest.mark.parametrize("form", FORMS, ids=lambda f: f"{f.form}: {f.sentence[:40]}")
def test_sentence_gives_its_figures(form: Form) -> None:
    got = [_as_fig(f) for f in extract_figures(form.sentence)]
    assert got == [_rounded(f) for f in form.figures]


@pytest.mark.parametrize("form", FORMS, ids=lambda f: f"{f.form}: {f.sentence[:40]}")
def test_sentence_gives_its_dates(form: Form) -> None:
    assert [(d.text, d.exists) for d in find_dates(form.sentence)] == list(form.dates)


@pytest.mark.parametrize("form", FORMS, ids=lambda f: f"{f.form}: {f.sentence[:40]}")
def test_a_figure_is_never_a_date(form: Form) -> None:
    """One reading: no printed number is both a figure and a date."""
    figures = [(f.start, f.end) for f in extract_figures(form.sentence)]
    for date in find_dates(form.sentence):
        assert all(date.end <= s or date.start >= e for s, e in figures), date


@pytest.mark.parametrize("form", FORMS, ids=lambda f: f"{f.form}: {f.sentence[:40]}")
def test_a_figure_is_printed_where_it_stands(form: Form) -> None:
    """A figure's text is the sentence's, between its start and end (its sign included)."""
    for figure in extract_figures(form.sentence):
        assert form.sentence[figure.start : figure.end] == figure.text, figure


def test_every_form_has_several_sentences() -> None:
    counts = per_form()
    thin = {form: n for form, n in counts.items() if n < 2}
    assert not thin, thin
    assert sum(counts.values()) == len(FORMS) >= 60
