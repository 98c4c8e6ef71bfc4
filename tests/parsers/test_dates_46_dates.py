"""Dates read in running text, session 46: the day an ordinal numbers, abbreviated weekdays,
fractions after bound words."""

from __future__ import annotations

import pytest

from bantin.parsers.mentions import find_dates


def _read(sentence: str) -> list[tuple[str, int | None, int, int | None, str | None]]:
    return [(d.text, d.day, d.month, d.year, d.weekday) for d in find_dates(sentence)]


@pytest.mark.parametrize(
    ("sentence", "printed", "day", "month"),
    [
        ("Ngày thứ Hai (15/10) của kỳ họp, Quốc hội thảo luận hai dự án luật.", "15/10", 15, 10),
        ("Ngày thứ 2 (15/10) của Hội nghị, các đại biểu thảo luận ở tổ.", "15/10", 15, 10),
        ("Ngày thứ ba (16/10) làm việc tại kỳ họp, đại biểu thảo luận ở tổ.", "16/10", 16, 10),
        ("Trong ngày làm việc thứ Ba (16/10), các đại biểu thảo luận ở tổ.", "16/10", 16, 10),
        ("Phiên thứ Hai (15/10), hội nghị bàn về thủ tục đất đai.", "15/10", 15, 10),
    ],
)
def test_the_day_an_ordinal_numbers_is_a_date_without_a_weekday(
    sentence: str, printed: str, day: int, month: int
) -> None:
    """ "Ngày thứ Hai (15/10) của kỳ họp" is the sitting's second day, read as a Monday (and
    "Ngày làm việc thứ Ba (16/10)" lost its date): the day is read, with no weekday."""
    assert _read(sentence) == [(printed, day, month, None, None)]


def test_ngay_thu_hai_alone_is_still_a_monday() -> None:
    assert _read("Ngày thứ Hai (15/10), Quốc hội thảo luận hai dự án luật.") == [
        ("15/10", 15, 10, None, "thứ Hai")
    ]
