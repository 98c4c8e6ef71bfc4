"""date.weekday of two days after two weekdays each with its time of day ("Sáng thứ Sáu và chiều
thứ Bảy (4 và 5/12)"), as a two-day event's schedule prints them."""

from __future__ import annotations

import datetime as dt

import pytest

from bantin.parsers.mentions import find_dates
from tests.validators.helpers import messages_on

#: A Saturday: 3/12/2026 is a Thursday, 4/12 a Friday, 5/12 a Saturday.
_ISSUED = dt.date(2026, 12, 5)


def _weekday_hits(sentence: str) -> list[str]:
    return sorted(messages_on("date.weekday", sentence, _ISSUED))


def test_each_day_takes_the_weekday_of_its_time() -> None:
    found = find_dates("Sáng thứ Sáu và chiều thứ Bảy (4 và 5/12), tỉnh tổ chức ngày hội.")
    assert [(m.day, m.weekday) for m in found] == [(4, "thứ Sáu"), (5, "thứ Bảy")]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "Chiều thứ Năm, sáng thứ Sáu (4, 5/12), Sở Nội vụ tập huấn cho công chức cấp xã.",
            [
                "text says thứ Năm 4/12 but 04/12/2026 is a thứ Sáu",
                "text says thứ Sáu 5/12 but 05/12/2026 is a thứ Bảy",
            ],
        ),
        (
            "Sáng thứ Năm và chiều thứ Bảy (3-5/12), tỉnh tổ chức ngày hội chuyển đổi số.",
            [],
        ),
    ],
)
def test_wrong_weekdays_with_times_are_found(sentence: str, found: list[str]) -> None:
    """A time of day before the second weekday hid the pair: the days were no dates at all."""
    assert _weekday_hits(sentence) == found


def test_sittings_numbered_with_times_are_no_weekdays() -> None:
    assert _weekday_hits("Phiên thứ Hai và chiều thứ Ba (4 và 5/12) bàn về 6 dự án luật.") == []
