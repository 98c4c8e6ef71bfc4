"""Two percentages joined like a range but falling ("từ trên 30% đến 20%") are no range: the first
is read on its own, as printed and with its qualifier."""

from __future__ import annotations

import pytest

from bantin.parsers.figures import extract_figures


@pytest.mark.parametrize(
    ("sentence", "text", "value", "qualifier"),
    [
        ("Tỷ lệ hồ sơ trễ hạn giảm từ trên 30% đến 20% trong năm.", "30%", 30.0, "more_than"),
        ("Mức hài lòng của người dân khoảng 90% đến 85% tùy lĩnh vực.", "90%", 90.0, "about"),
    ],
)
def test_the_first_of_two_falling_percentages_is_read_alone(
    sentence: str, text: str, value: float, qualifier: str
) -> None:
    first = extract_figures(sentence)[0]
    assert (first.kind, first.text, first.value, first.qualifier) == (
        "percent",
        text,
        value,
        qualifier,
    )
    assert sentence[first.start : first.end] == text


@pytest.mark.parametrize(
    ("sentence", "printed"),
    [
        ("Tỷ lệ hồ sơ trễ hạn giảm từ trên 30% đến 20% trong năm.", ["30%", "20%"]),
        ("Chi phí tuân thủ giảm 45% đến 12% tùy thủ tục.", ["45%", "12%"]),
        ("Số xã chưa đạt chuẩn giảm từ 30 đến 20% trong hai năm.", ["20%"]),
    ],
)
def test_the_second_of_two_falling_percentages_is_not_lost(
    sentence: str, printed: list[str]
) -> None:
    assert [figure.text for figure in extract_figures(sentence)] == printed
