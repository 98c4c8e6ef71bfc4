"""date.weekday of a day printed without its year near the turn of the year: the year nearest the
issue is across it, but the issue's own year may be meant. A December issue looks back on January
("Trước đó, ngày 15/1 (thứ Năm)") as often as it looks ahead to the next one."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.validators.helpers import messages_on

#: 15/1/2026 is a Thursday, 15/1/2027 a Friday; 26/1/2026 a Monday, 26/1/2027 a Tuesday;
#: 17/12/2026 a Thursday, 17/12/2027 a Friday.
_DECEMBER = dt.date(2026, 12, 4)
_JANUARY = dt.date(2027, 1, 5)


@pytest.mark.parametrize(
    ("sentence", "issued"),
    [
        (
            "Trước đó, ngày 15/1 (thứ Năm), tỉnh đã khai trương Trung tâm phục vụ hành chính công.",
            _DECEMBER,
        ),
        (
            "Trong năm, sáng 15/1 (thứ Năm), Sở Nội vụ tổ chức hội nghị triển khai nhiệm vụ.",
            _DECEMBER,
        ),
        ("Ngày cao điểm nhất là thứ Hai (26/1), với hơn 900 hồ sơ được tiếp nhận.", _DECEMBER),
        # ahead, the nearest year as before
        ("Dự kiến sáng 15/1 (thứ Sáu), tỉnh tổng kết công tác cải cách hành chính.", _DECEMBER),
        # a January issue looking ahead to December of its own year
        ("Kế hoạch đặt mục tiêu hoàn thành trước ngày 17/12 (thứ Sáu).", _JANUARY),
        # and back to the December before, the nearest year
        ("Ngày 17/12 (thứ Năm), xã đã ra mắt mô hình một cửa số.", _JANUARY),
    ],
)
def test_a_day_that_fits_the_issues_year_or_the_nearest_is_no_error(
    sentence: str, issued: dt.date
) -> None:
    assert messages_on("date.weekday", sentence, issued) == []


@pytest.mark.parametrize(
    ("sentence", "issued", "message"),
    [
        (
            "Trước đó, sáng 15/1 (thứ Ba), tỉnh đã khai trương Trung tâm phục vụ hành chính công.",
            _DECEMBER,
            "text says thứ Ba 15/1 but 15/01/2027 is a thứ Sáu",
        ),
        (
            "Ngày 17/12 (thứ Hai), xã đã ra mắt mô hình một cửa số.",
            _JANUARY,
            "text says thứ Hai 17/12 but 17/12/2026 is a thứ Năm",
        ),
        # near the issue and in its own year, a wrong weekday is a misprint, as before
        (
            "Sáng thứ Sáu (3/12), Sở Nội vụ họp giao ban.",
            _DECEMBER,
            "text says thứ Sáu 3/12 but 03/12/2026 is a thứ Năm",
        ),
    ],
)
def test_a_day_that_fits_neither_year_is_found(
    sentence: str, issued: dt.date, message: str
) -> None:
    assert messages_on("date.weekday", sentence, issued) == [message]
