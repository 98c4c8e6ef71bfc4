"""Days of the lunar new year printed as "mùng D/1" ("Ngày mùng 6/1 (thứ Hai), … sau Tết") are
days of the lunar calendar, never checked against the solar one."""

from __future__ import annotations

import datetime as dt

import pytest

from bantin.parsers.mentions import find_dates
from tests.validators.helpers import messages_on

#: An issue of February 2026: the lunar new year's first day is 17/2/2026 (a Tuesday), its seventh
#: 23/2 (a Monday); 7/1/2026 (solar) is a Wednesday.
_ISSUED = dt.date(2026, 2, 24)


def _weekday_hits(sentence: str) -> list[str]:
    return messages_on("date.weekday", sentence, _ISSUED)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ngày mùng 7/1 (thứ Hai), công chức trở lại làm việc sau kỳ nghỉ Tết.",
        "Sáng mồng 7/1 (thứ Hai), lãnh đạo tỉnh kiểm tra bộ phận một cửa sau Tết Nguyên đán.",
        # the solar day printed after it
        "Sáng mùng 7/1 (thứ Hai, 23/2), lãnh đạo tỉnh kiểm tra bộ phận một cửa.",
    ],
)
def test_a_lunar_new_year_day_gives_no_weekday_error(sentence: str) -> None:
    """ "mùng 7/1" was read as 7 January (a Wednesday in 2026): a false date.weekday error,
    which withheld the article."""
    assert _weekday_hits(sentence) == []


def test_the_solar_day_after_a_lunar_one_is_the_date() -> None:
    found = find_dates("Sáng mùng 4/1 (tức 20/2/2026), lãnh đạo tỉnh dự lễ ra quân đầu xuân.")
    assert [(m.day, m.month, m.year) for m in found] == [(20, 2, 2026)]
    found = find_dates("Sáng mùng 4/1 (20/2), lãnh đạo tỉnh dự lễ ra quân đầu xuân.")
    assert (4, 1) not in [(m.day, m.month) for m in found]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # solar days after "mùng": the National Day, a January day with no Tết near
        ("Ngày mồng 2/9 (thứ Ba), cả nước kỷ niệm Quốc khánh.", []),
        (
            "Ngày mồng 2/9 (thứ Năm), cả nước kỷ niệm Quốc khánh.",
            ["text says thứ Năm 2/9 but 02/09/2025 is a thứ Ba"],
        ),
        ("Từ mùng 5/1 (thứ Hai), Sở Nội vụ áp dụng quy trình mới.", []),
        (
            "Từ mùng 6/1 (thứ Hai), Sở Nội vụ áp dụng quy trình mới.",
            ["text says thứ Hai 6/1 but 06/01/2026 is a thứ Ba"],
        ),
        (
            "Mùng 1/1 (thứ Sáu), công chức được nghỉ Tết Dương lịch.",
            ["text says thứ Sáu 1/1 but 01/01/2026 is a thứ Năm"],
        ),
    ],
)
def test_solar_days_after_mung_are_still_checked(sentence: str, found: list[str]) -> None:
    assert _weekday_hits(sentence) == found
