"""date.weekday of a range of days printed with the weekdays of its ends ("Từ thứ Hai đến thứ
Sáu (30/11 - 4/12)", "Ngày 3 - 5/12 (thứ Năm đến thứ Bảy)"), as a week's schedule prints it."""

from __future__ import annotations

import datetime as dt

import pytest

from bantin.parsers.mentions import find_dates
from tests.validators.helpers import messages_on

#: A Saturday: 30/11/2026 is a Monday, 3/12 a Thursday, 4/12 a Friday, 5/12 a Saturday.
_ISSUED = dt.date(2026, 12, 5)


def _weekday_hits(sentence: str) -> list[str]:
    return sorted(messages_on("date.weekday", sentence, _ISSUED))


def test_each_end_of_a_range_takes_its_weekday() -> None:
    found = find_dates("Từ thứ Hai đến thứ Sáu (30/11 - 4/12), Sở Nội vụ tập huấn cho công chức.")
    assert [(m.day, m.month, m.weekday) for m in found] == [
        (30, 11, "thứ Hai"),
        (4, 12, "thứ Sáu"),
    ]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "Từ thứ Hai đến thứ Sáu (30/11 - 5/12), Sở Nội vụ tập huấn cho công chức cấp xã.",
            ["text says thứ Sáu 5/12 but 05/12/2026 is a thứ Bảy"],
        ),
        (
            "Từ thứ Ba đến thứ Sáu (30/11 đến 4/12), Sở Nội vụ tập huấn cho công chức cấp xã.",
            ["text says thứ Ba 30/11 but 30/11/2026 is a thứ Hai"],
        ),
        (
            "Ngày 2 - 4/12 (thứ Năm đến thứ Bảy), tỉnh tổ chức ngày hội chuyển đổi số.",
            [
                "text says thứ Bảy 4/12 but 04/12/2026 is a thứ Sáu",
                "text says thứ Năm 2/12 but 02/12/2026 is a thứ Tư",
            ],
        ),
    ],
)
def test_a_wrong_weekday_at_an_end_of_a_range_is_found(sentence: str, found: list[str]) -> None:
    """The weekdays before or after a range named neither end: wrong ones went unreported."""
    assert _weekday_hits(sentence) == found


@pytest.mark.parametrize(
    "sentence",
    [
        "Từ thứ Hai đến thứ Sáu (30/11 - 4/12), Sở Nội vụ tập huấn cho công chức cấp xã.",
        "Ngày 3 - 5/12 (thứ Năm đến thứ Bảy), tỉnh tổ chức ngày hội chuyển đổi số.",
        "Từ thứ Hai (30/11) đến thứ Sáu (4/12), Sở Nội vụ tập huấn cho công chức cấp xã.",
        # the sittings of a council, numbered
        "Kỳ họp thứ Hai đến thứ Tư (1/12 - 3/12) thông qua 20 nghị quyết.",
    ],
)
def test_nearby_range_forms_give_no_error(sentence: str) -> None:
    assert _weekday_hits(sentence) == []
