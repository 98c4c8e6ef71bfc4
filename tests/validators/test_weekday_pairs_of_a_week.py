"""date.weekday of two days after two weekdays and the week they are of ("Thứ Hai và thứ Ba tuần
tới (7 và 8/12)", "thứ Bảy và Chủ nhật tuần này (5-6/12)"), as one weekday before its day takes
the week too ("thứ Sáu tuần này (11/10)"): the week hid the pair, so the days were no dates."""

from __future__ import annotations

import datetime as dt

import pytest

from bantin.parsers.mentions import find_dates
from tests.validators.helpers import messages_on

#: A Friday: 30/11/2026 is a Monday, 5/12 a Saturday, 7/12 the Monday after.
_ISSUED = dt.date(2026, 12, 4)


def _weekday_hits(sentence: str) -> list[str]:
    return sorted(messages_on("date.weekday", sentence, _ISSUED))


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "Thứ Hai và thứ Ba tuần tới (7 và 8/12), tỉnh tổ chức hội nghị tổng kết.",
            [(7, "Thứ Hai"), (8, "thứ Ba")],
        ),
        (
            "Trung tâm mở cửa vào thứ Bảy và Chủ nhật tuần này (5-6/12) để nhận hồ sơ.",
            [(5, "thứ Bảy"), (6, "Chủ nhật")],
        ),
        (
            "Thứ Hai và thứ Ba vừa qua (30/11 và 1/12), đoàn kiểm tra làm việc tại xã.",
            [(30, "Thứ Hai"), (1, "thứ Ba")],
        ),
    ],
)
def test_each_day_takes_its_weekday_past_the_week(
    sentence: str, found: list[tuple[int, str]]
) -> None:
    assert [(m.day, m.weekday) for m in find_dates(sentence)] == found
    assert _weekday_hits(sentence) == []


def test_a_wrong_weekday_past_the_week_is_found() -> None:
    sentence = "Thứ Hai và thứ Ba tuần tới (8 và 9/12), tỉnh tổ chức hội nghị tổng kết."
    assert _weekday_hits(sentence) == [
        "text says Thứ Hai 8/12 but 08/12/2026 is a thứ Ba",
        "text says thứ Ba 9/12 but 09/12/2026 is a thứ Tư",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Kỳ họp thứ Hai và thứ Ba tuần tới (8-9/12) bàn về ngân sách.",
        "Thứ Hai, thứ Tư và thứ Sáu tuần tới (7-11/12), đoàn làm việc tại xã.",
    ],
)
def test_pairs_that_name_no_days_stay_so(sentence: str) -> None:
    assert _weekday_hits(sentence) == []
