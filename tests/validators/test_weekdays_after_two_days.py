"""date.weekday of two days of different months printed whole, their weekdays after them in
parentheses ("Trong 2 ngày 30/11 và 1/12 (thứ Hai và thứ Ba)")."""

from __future__ import annotations

import datetime as dt

import pytest

from bantin.parsers.mentions import find_dates
from tests.validators.helpers import messages_on

#: A Saturday: 30/11/2026 is a Monday, 1/12 a Tuesday.
_ISSUED = dt.date(2026, 12, 5)


def _weekday_hits(sentence: str) -> list[str]:
    return sorted(messages_on("date.weekday", sentence, _ISSUED))


def test_each_day_takes_its_weekday() -> None:
    found = find_dates("Trong 2 ngày 30/11 và 1/12 (thứ Hai và thứ Ba), tỉnh tập huấn.")
    assert [(m.day, m.month, m.weekday) for m in found] == [
        (30, 11, "thứ Hai"),
        (1, 12, "thứ Ba"),
    ]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "Trong 2 ngày 30/11 và 1/12 (thứ Bảy và Chủ nhật), tỉnh tập huấn cho công chức.",
            [
                "text says Chủ nhật 1/12 but 01/12/2026 is a thứ Ba",
                "text says thứ Bảy 30/11 but 30/11/2026 is a thứ Hai",
            ],
        ),
        (
            "Ngày 30/11 - 1/12 (thứ Hai - thứ Tư), tỉnh tập huấn cho công chức.",
            ["text says thứ Tư 1/12 but 01/12/2026 is a thứ Ba"],
        ),
    ],
)
def test_wrong_weekdays_after_two_days_are_found(sentence: str, found: list[str]) -> None:
    """The two weekdays after two days of different months named neither: wrong ones went
    unreported."""
    assert _weekday_hits(sentence) == found


@pytest.mark.parametrize(
    "sentence",
    [
        "Ngày 30/11 - 1/12 (thứ Hai và thứ Ba), tỉnh tập huấn cho công chức.",
        "Từ ngày 30/11 đến ngày 1/12 (thứ Hai đến thứ Ba), tỉnh tập huấn cho công chức.",
    ],
)
def test_nearby_forms_give_no_error(sentence: str) -> None:
    assert _weekday_hits(sentence) == []
