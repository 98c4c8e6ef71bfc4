"""The real-form table: each sentence raises exactly the findings expected of it, at its line."""

from __future__ import annotations

import pytest

from bantin.validators.run import validate_bulletins
from tests.real_forms import FORMS, Form
from tests.validators.builders import digest, with_paragraph

LINE = 32


@pytest.mark.parametrize("form", FORMS, ids=lambda f: f"{f.form}: {f.sentence[:40]}")
def test_sentence_raises_exactly_its_findings(form: Form) -> None:
    bulletin = with_paragraph(digest(), form.sentence, line=LINE)
    findings = validate_bulletins([bulletin])
    # The replaced paragraph named the article's province; its locality warning is not ours.
    found = [(f.rule, f.message) for f in findings if f.rule != "article.locality"]
    assert found == list(form.findings)
    assert all(f.line == LINE for f in findings if f.rule != "article.locality")


def test_the_table_holds_faults_of_every_percentage_and_date_rule() -> None:
    rules = {rule for form in FORMS for rule, _ in form.findings}
    assert {
        "pct.ratio",
        "pct.implied-ratio",
        "pct.range",
        "date.impossible",
        "date.weekday",
    } <= rules
