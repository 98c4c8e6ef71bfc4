"""date.weekday of two days a weekend names ("Cuối tuần qua (28-29/11)"): a Saturday and the
Sunday after it, or a Friday and the Saturday after it, as papers print a weekend's events
without naming the weekdays."""

from __future__ import annotations

import datetime as dt

import pytest

from bantin.parsers.mentions import find_dates
from tests.validators.helpers import messages_on

#: A Saturday: 28/11/2026 is a Saturday, 29/11 a Sunday, 30/11 a Monday.
_ISSUED = dt.date(2026, 12, 5)


def _weekday_hits(sentence: str) -> list[str]:
    return messages_on("date.weekday", sentence, _ISSUED)


def test_a_weekend_names_a_saturday_and_a_sunday() -> None:
    found = find_dates("Cuối tuần qua (28-29/11), các xã tổ chức ngày hội dịch vụ công.")
    assert [(m.day, m.month) for m in found] == [(28, 11), (29, 11)]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "Cuối tuần qua (29-30/11), các xã tổ chức ngày hội dịch vụ công trực tuyến.",
            [
                "text says cuối tuần (thứ Bảy) 29/11 but 29/11/2026 is a Chủ nhật",
                "text says cuối tuần (Chủ nhật) 30/11 but 30/11/2026 is a thứ Hai",
            ],
        ),
        (
            "Hai ngày cuối tuần (26 và 27/11), Đoàn thanh niên hỗ trợ người dân cài VNeID.",
            [
                "text says cuối tuần (thứ Bảy) 26/11 but 26/11/2026 is a thứ Năm",
                "text says cuối tuần (Chủ nhật) 27/11 but 27/11/2026 is a thứ Sáu",
            ],
        ),
    ],
)
def test_days_a_weekend_names_off_the_weekend_are_found(sentence: str, found: list[str]) -> None:
    """ "Cuối tuần qua (29-30/11)" was no date at all: a weekend printed with the wrong days went
    unreported."""
    assert sorted(_weekday_hits(sentence)) == sorted(found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Cuối tuần qua (28-29/11), các xã tổ chức ngày hội dịch vụ công trực tuyến.",
        "Dịp cuối tuần này (ngày 5 và 6/12), Trung tâm Phục vụ hành chính công vẫn làm việc.",
        # a Friday and the Saturday after it: "cuối tuần" is said loosely of a Friday too, and a
        # false error would withhold the article
        "Hai ngày cuối tuần (27 và 28/11), Đoàn thanh niên hỗ trợ người dân cài VNeID.",
        "Cuối tuần này (4-5/12), Trung tâm Phục vụ hành chính công tiếp nhận hồ sơ đến 17 giờ.",
        # three days, a weekend taken with its Friday: no pair of weekdays
        "Cuối tuần (27-29/11), tỉnh tổ chức hội chợ chuyển đổi số.",
        # the weekend of a count, no days
        "Cuối tuần qua (2-3/5 xã), việc cài đặt VNeID còn chậm.",
    ],
)
def test_nearby_weekend_forms_give_no_error(sentence: str) -> None:
    assert _weekday_hits(sentence) == []
