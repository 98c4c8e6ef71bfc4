"""A number after a slash that is as long as a year but holds a separator ("1.000", "1,00") is
never read as a year: the reading goes on to the other kinds instead of failing on int()."""

from __future__ import annotations

import pytest

from bantin.parsers.figures import extract_figures
from bantin.parsers.tokens import tokenize


@pytest.mark.parametrize(
    "sentence",
    [
        "Cuối tháng 5/1.000 hồ sơ đã được số hóa.",  # "tháng" before it: the month/year test
        "Năm nay có 5/1,00 hồ sơ phải bổ sung.",  # four characters, like a year: the period test
        "Chỉ 5/1.00 hồ sơ bị trả lại.",
    ],
)
def test_a_year_shaped_decimal_is_read_without_failing(sentence: str) -> None:
    kinds = [token.kind for token in tokenize(sentence)]
    assert "month_year" not in kinds
    assert "period" not in kinds


def test_a_ratio_over_a_thousand_written_with_a_dot_is_a_ratio() -> None:
    (figure,) = extract_figures("Cứ 3/1.000 hồ sơ thì có một hồ sơ bị trả lại do thiếu giấy tờ.")
    assert (figure.kind, figure.numerator, figure.denominator, figure.unit) == (
        "ratio",
        3.0,
        1000.0,
        "hồ sơ",
    )
