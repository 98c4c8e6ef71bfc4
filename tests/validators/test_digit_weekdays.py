"""date.weekday of a weekday printed as a digit before ", ngày" and a day without its year
("Thứ 7, ngày 13/12"), as portals and provincial papers print a day's notice."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.validators.helpers import messages_on

#: A Saturday: 30/11/2026 is a Monday, 12/12/2026 a Saturday, 13/12/2026 a Sunday.
_ISSUED = dt.date(2026, 12, 5)


def _weekday_hits(sentence: str) -> list[str]:
    return messages_on("date.weekday", sentence, _ISSUED)


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "Thứ 7, ngày 13/12, Trung tâm Phục vụ hành chính công tỉnh vẫn tiếp nhận hồ sơ.",
            ["text says Thứ 7 13/12 but 13/12/2026 is a Chủ nhật"],
        ),
        (
            "THỨ 3, NGÀY 30/11, Sở Nội vụ họp giao ban về chuyển đổi số.",
            ["text says THỨ 3 30/11 but 30/11/2026 is a thứ Hai"],
        ),
        (
            "Từ ngày 1/12, Thứ 2, ngày 7/12 và Thứ 6, ngày 12/12 là hai ngày tiếp công dân.",
            ["text says Thứ 6 12/12 but 12/12/2026 is a thứ Bảy"],
        ),
    ],
)
def test_a_digit_weekday_before_comma_and_ngay_is_checked(sentence: str, found: list[str]) -> None:
    """ "Thứ 7, ngày 13/12" was read only with the day's year ("Thứ 7, ngày 13/12/2025"); without
    it the weekday was dropped and a wrong one went unreported."""
    assert _weekday_hits(sentence) == found


@pytest.mark.parametrize(
    "sentence",
    [
        # right weekdays
        "Thứ 7, ngày 12/12, Trung tâm Phục vụ hành chính công tỉnh vẫn tiếp nhận hồ sơ.",
        "Thứ 2, ngày 30/11, Sở Nội vụ họp giao ban về chuyển đổi số.",
        # an ordinal after the noun of a thing done in turns: no weekday
        "Hội nghị lần Thứ 2, ngày 1/12, thống nhất kế hoạch năm 2027.",
        "Đợt kiểm tra thứ 3, ngày 1/12, đoàn làm việc tại 5 xã.",
        # the points of an enumeration, its first "Thứ nhất"
        "Thứ nhất, ngày 1/12 tỉnh ban hành kế hoạch. Thứ 2, ngày 1/12 các xã rà soát thủ tục.",
        # a digit weekday and a comma without "ngày" before a share: no day
        "Thứ 2, 3/4 số xã đã hoàn thành việc số hóa hồ sơ.",
    ],
)
def test_nearby_forms_give_no_weekday_error(sentence: str) -> None:
    assert _weekday_hits(sentence) == []
