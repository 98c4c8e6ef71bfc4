"""date.weekday of days printed after a list of three weekdays ("vào thứ Hai, thứ Tư, thứ Sáu
(30/11, 2/12, 4/12)"), as a schedule of visits or a festival of three days prints them."""

from __future__ import annotations

import datetime as dt

import pytest

from bantin.parsers.mentions import find_dates
from tests.validators.helpers import messages_on

#: A Saturday: 30/11/2026 is a Monday, 2/12 a Wednesday, 4/12 a Friday, 6/12 a Sunday.
_ISSUED = dt.date(2026, 12, 5)


def _weekday_hits(sentence: str) -> list[str]:
    return messages_on("date.weekday", sentence, _ISSUED)


@pytest.mark.parametrize(
    "sentence",
    [
        "Đoàn công tác làm việc tại các xã vào thứ Hai, thứ Tư, thứ Sáu (30/11, 2/12, 4/12).",
        "Đoàn công tác làm việc tại các xã vào thứ Hai, thứ Tư và thứ Sáu (30/11, 2/12 và 4/12).",
        "Thứ Sáu, thứ Bảy và Chủ nhật (4-6/12), tỉnh tổ chức ngày hội chuyển đổi số.",
        "Thứ Sáu, thứ Bảy, Chủ nhật (4 - 6/12), tỉnh tổ chức ngày hội chuyển đổi số.",
    ],
)
def test_days_after_three_weekdays_give_no_weekday_error(sentence: str) -> None:
    """The last two of three weekdays were paired with the first two days ("thứ Tư 30/11",
    "thứ Sáu 2/12", "thứ Bảy 4/12"): false date.weekday errors, which withhold the article."""
    assert _weekday_hits(sentence) == []


def test_days_after_three_weekdays_take_none_of_them() -> None:
    found = find_dates("Đoàn làm việc vào thứ Hai, thứ Tư, thứ Sáu (30/11, 2/12, 4/12).")
    assert [m.weekday for m in found if m.weekday is not None] == []


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # two weekdays before two days are still each day's
        (
            "Đoàn làm việc vào thứ Tư và thứ Sáu (2/12 và 5/12) tại các xã.",
            ["text says thứ Sáu 5/12 but 05/12/2026 is a thứ Bảy"],
        ),
        (
            "Thứ Bảy, Chủ nhật (4-5/12), tỉnh tổ chức ngày hội chuyển đổi số.",
            [
                "text says Thứ Bảy 4/12 but 04/12/2026 is a thứ Sáu",
                "text says Chủ nhật 5/12 but 05/12/2026 is a thứ Bảy",
            ],
        ),
        ("Thứ Bảy, Chủ nhật (5-6/12), tỉnh tổ chức ngày hội chuyển đổi số.", []),
    ],
)
def test_two_weekdays_before_two_days_are_still_checked(sentence: str, found: list[str]) -> None:
    assert sorted(_weekday_hits(sentence)) == sorted(found)
