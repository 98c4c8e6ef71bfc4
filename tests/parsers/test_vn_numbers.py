"""Numbers read the Vietnamese way: a comma followed by a dotted group is no number, not a crash."""

from __future__ import annotations

from bantin.parsers.figures import extract_figures
from bantin.parsers.text import parse_vn_number


def test_a_decimal_comma_before_a_dot_is_no_number() -> None:
    assert parse_vn_number("1,5.3") is None
    assert parse_vn_number("12,25.000") is None
    assert parse_vn_number("1.234,5") is not None


def test_a_paragraph_with_such_a_number_keeps_its_other_figures() -> None:
    figures = extract_figures("Chỉ số tăng 2,4.1% so với kỳ trước; đạt 87,5% kế hoạch năm.")
    assert [f.text for f in figures] == ["87,5%"]
