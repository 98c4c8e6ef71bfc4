"""The solar day printed in parentheses after a day of the lunar calendar named in words
("Mùng 1 Tết (17/2)", "Rằm tháng Giêng (3/3)") is a date, checked as any."""

from __future__ import annotations

import pytest

from bantin.parsers.mentions import find_dates


def _days(text: str) -> list[tuple[int | None, int, int | None]]:
    return [(m.day, m.month, m.year) for m in find_dates(text)]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Sáng mùng 1 Tết (17/2), lãnh đạo tỉnh thăm các đơn vị trực Tết.", [(17, 2, None)]),
        ("Chiều 30 Tết (16/2), bộ phận một cửa vẫn trực tiếp nhận hồ sơ.", [(16, 2, None)]),
        ("Rằm tháng Giêng (tức ngày 3/3), tỉnh tổ chức lễ hội đầu xuân.", [(3, 3, None)]),
        (
            "Ngày 23 tháng Chạp (10/2), lãnh đạo tỉnh thăm hỏi các gia đình chính sách.",
            [(10, 2, None)],
        ),
        ("Mùng 1 Tết (30/2), lãnh đạo tỉnh thăm các đơn vị trực Tết.", [(30, 2, None)]),
    ],
)
def test_the_solar_day_of_a_lunar_one_is_a_date(
    text: str, days: list[tuple[int, int, None]]
) -> None:
    """It was no date at all: an impossible one ("(30/2)") or a wrong weekday went unreported."""
    assert _days(text) == days


@pytest.mark.parametrize(
    "text",
    [
        # things counted in the parenthesis
        "Dịp Tết (2/3 số xã), các xã bố trí công chức trực.",
        "Trong 7 ngày Tết (5/9 huyện báo cáo), không có hồ sơ trễ hạn.",
    ],
)
def test_counts_after_a_festival_are_no_dates(text: str) -> None:
    assert _days(text) == []
