"""date.weekday of a weekday in parentheses after "tới", "tới đây" or "vừa qua" that follow
the day ("Ngày 12/12 tới (thứ Bảy)"), as papers announce or recall a day."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.validators.helpers import messages_on

#: A Saturday: 30/11/2026 is a Monday, 7/12 a Monday, 12/12 a Saturday.
_ISSUED = dt.date(2026, 12, 5)


def _weekday_hits(sentence: str) -> list[str]:
    return messages_on("date.weekday", sentence, _ISSUED)


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "Ngày 13/12 tới (thứ Bảy), tỉnh tổ chức ngày hội dịch vụ công trực tuyến.",
            ["text says thứ Bảy 13/12 but 13/12/2026 is a Chủ nhật"],
        ),
        (
            "Sáng 8/12 tới đây (thứ Hai), Sở Nội vụ tập huấn cho công chức cấp xã.",
            ["text says thứ Hai 8/12 but 08/12/2026 is a thứ Ba"],
        ),
        (
            "Chiều 1/12 vừa qua (thứ Hai), Sở Nội vụ kiểm tra bộ phận một cửa.",
            ["text says thứ Hai 1/12 but 01/12/2026 is a thứ Ba"],
        ),
    ],
)
def test_a_weekday_after_the_week_word_is_checked(sentence: str, found: list[str]) -> None:
    """The weekday was read only right after the day: a wrong one there went unreported."""
    assert _weekday_hits(sentence) == found


@pytest.mark.parametrize(
    "sentence",
    [
        "Ngày 12/12 tới (thứ Bảy), tỉnh tổ chức ngày hội dịch vụ công trực tuyến.",
        "Sáng 7/12 tới đây (thứ Hai), Sở Nội vụ tập huấn cho công chức cấp xã.",
        "Chiều 30/11 vừa qua (thứ Hai), Sở Nội vụ kiểm tra bộ phận một cửa.",
        # a weekday of something else in the parenthesis: not the day's
        "Từ 7/12 tới (thứ Ba hằng tuần), bộ phận một cửa tiếp dân.",
    ],
)
def test_nearby_forms_give_no_weekday_error(sentence: str) -> None:
    assert _weekday_hits(sentence) == []
