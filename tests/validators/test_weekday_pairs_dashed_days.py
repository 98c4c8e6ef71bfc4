"""date.weekday of two days printed with a dash or a dot, as papers print a day ("ngày 3 và
4-12", "3-4.12"), with the two weekdays before them in parentheses ("Trong hai ngày thứ năm và
thứ sáu (3 và 4-12)") or after them ("Ngày 3 và 4-12 (thứ năm và thứ sáu)"): the weekdays of the
same two days printed with a slash were read, these were not, so a wrong one went unseen."""

from __future__ import annotations

import datetime as dt

import pytest

from bantin.parsers.mentions import find_dates
from tests.validators.helpers import messages_on

#: A Saturday: 3/12/2026 is a Thursday, 4/12 a Friday, 5/12 a Saturday.
_ISSUED = dt.date(2026, 12, 5)


def _weekday_hits(sentence: str) -> list[str]:
    return sorted(messages_on("date.weekday", sentence, _ISSUED))


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "Trong hai ngày thứ năm và thứ sáu (3 và 4-12), tỉnh tổ chức hội nghị.",
            [(3, "thứ năm"), (4, "thứ sáu")],
        ),
        (
            "Trong hai ngày thứ Năm và thứ Sáu (3-4.12), tỉnh tổ chức hội nghị.",
            [(3, "thứ Năm"), (4, "thứ Sáu")],
        ),
        (
            "Ngày 3 và 4-12 (thứ năm và thứ sáu), tỉnh tổ chức hội nghị.",
            [(3, "thứ năm"), (4, "thứ sáu")],
        ),
        (
            "Trong hai ngày 3-4.12 (thứ năm và thứ sáu), tỉnh tổ chức hội nghị.",
            [(3, "thứ năm"), (4, "thứ sáu")],
        ),
    ],
)
def test_each_dashed_day_takes_its_weekday(sentence: str, found: list[tuple[int, str]]) -> None:
    assert [(m.day, m.weekday) for m in find_dates(sentence)] == found
    assert _weekday_hits(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Trong hai ngày thứ năm và thứ sáu (4 và 5-12), tỉnh tổ chức hội nghị.",
        "Ngày 4 và 5-12 (thứ năm và thứ sáu), tỉnh tổ chức hội nghị.",
    ],
)
def test_wrong_weekdays_of_dashed_days_are_found(sentence: str) -> None:
    assert _weekday_hits(sentence) == [
        "text says thứ năm 4/12 but 04/12/2026 is a thứ Sáu",
        "text says thứ sáu 5/12 but 05/12/2026 is a thứ Bảy",
    ]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Trong hai ngày 3 và 4-12 (thứ sáu), tỉnh họp.", [(3, None), (4, "thứ sáu")]),
        ("Trong hai ngày 3 và 4-12, tỉnh tổ chức hội nghị.", [(3, None), (4, None)]),
        ("Kỳ họp thứ Năm và thứ Sáu (3 và 4-12) bàn về hai dự án luật.", []),
        ("Đợt kiểm tra thứ hai và thứ ba (3-4.12) có 20 xã tham gia.", []),
    ],
)
def test_other_readings_stay(sentence: str, found: list[tuple[int, str | None]]) -> None:
    assert [(m.day, m.weekday) for m in find_dates(sentence)] == found
