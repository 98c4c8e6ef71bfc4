"""Two capitalised ordinals after "ngày" that number a sitting's days ("Các ngày thứ Hai và thứ
Ba (3-4/12) của kỳ họp": its second and third days), with the days printed as a range or one by
one ("(3/12 và 4/12) của kỳ họp", in any case), are no weekdays: no date.weekday error, as the
lower-case pair has none. Two weekdays whose two days are more than two weeks apart ("Thứ 2 và
thứ 3 (3/4 và 2/3)": ranks and fractions) name no days either. Real weekday pairs, a wrong one
among them or two named the wrong way round, are still checked."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.validators.helpers import messages_on

#: A Saturday: 3/12/2026 is a Thursday, 4/12 a Friday, 7/12 a Monday.
_ISSUED = dt.date(2026, 12, 5)


@pytest.mark.parametrize(
    "sentence",
    [
        "Các ngày thứ Hai và thứ Ba (3-4/12) của kỳ họp, đại biểu thảo luận 6 dự thảo.",
        "Các ngày thứ Hai và thứ Ba (3/12 và 4/12) của kỳ họp dành cho chất vấn.",
        "Hai ngày thứ Hai và thứ Ba (3-4/12) làm việc, đoàn giám sát đến 4 huyện.",
        "Ngày thứ hai và thứ ba (3/12 và 4/12) của kỳ họp, đại biểu chất vấn 3 giám đốc sở.",
        "Ngày thứ Hai và ngày thứ Ba (3/12 và 4/12) của kỳ họp dành cho chất vấn.",
    ],
)
def test_a_sittings_days_numbered_in_capitals_are_no_weekdays(sentence: str) -> None:
    assert messages_on("date.weekday", sentence, _ISSUED) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Thứ 2 và thứ 3 (3/4 và 2/3) là tỷ lệ hồ sơ đúng hạn của hai huyện.",
        "Thứ Hai và thứ Ba (3/4 và 2/3) là tỷ lệ của hai đơn vị xếp sau.",
    ],
)
def test_two_weekdays_before_days_out_of_order_name_no_days(sentence: str) -> None:
    assert messages_on("date.weekday", sentence, _ISSUED) == []


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("Sáng thứ Hai và thứ Ba (3/12 và 4/12), UBND tỉnh họp về chuyển đổi số.", 2),
        ("Trong hai ngày thứ Hai và thứ Ba (3-4/12), đoàn kiểm tra 5 xã.", 2),
        ("Các ngày thứ Hai và thứ Ba (3-4/12), đoàn kiểm tra 5 xã.", 2),
        ("Từ thứ Hai đến thứ Sáu (1/12 - 5/12), tỉnh kiểm tra 20 cơ quan.", 2),
        ("Sáng thứ Hai và thứ Ba (7/12 và 8/12), UBND tỉnh họp về chuyển đổi số.", 0),
        ("Thứ Năm và thứ Sáu (31/12 và 1/1), các bộ phận một cửa trực.", 0),
        ("Sáng thứ Hai và thứ Ba (8/12 và 7/12), UBND tỉnh họp về chuyển đổi số.", 2),
    ],
)
def test_weekday_pairs_that_name_days_are_still_checked(sentence: str, count: int) -> None:
    assert len(messages_on("date.weekday", sentence, _ISSUED)) == count
