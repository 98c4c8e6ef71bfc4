"""Dates printed with a year of two digits after a date word ("ngày 20/11/25"), as notices and
short reports print them: checked as the dates they are."""

from __future__ import annotations

import datetime as dt

import pytest

from bantin.parsers.mentions import find_dates
from tests.validators.builders import digest, on_date, with_paragraph
from tests.validators.helpers import hits

#: 20/11/2025 is a Thursday.
_ISSUED = dt.date(2026, 12, 5)


def _date_hits(sentence: str) -> list[tuple[str, str]]:
    bulletin = with_paragraph(on_date(digest(), _ISSUED), sentence)
    return [
        (rule, message)
        for rule in ("date.impossible", "date.weekday")
        for _, message in hits(rule, bulletin)
    ]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "Ngày 31/11/25, Sở Nội vụ tổ chức hội nghị tổng kết cải cách hành chính.",
            [("date.impossible", "date 31/11/25 does not exist")],
        ),
        (
            "Sáng 20/11/25 (thứ Sáu), Sở Nội vụ tổ chức hội nghị tổng kết.",
            [("date.weekday", "text says thứ Sáu 20/11/25 but 20/11/2025 is a thứ Năm")],
        ),
        (
            "Thứ Sáu, ngày 20/11/25, Sở Nội vụ tổ chức hội nghị tổng kết.",
            [("date.weekday", "text says Thứ Sáu 20/11/25 but 20/11/2025 is a thứ Năm")],
        ),
    ],
)
def test_a_day_with_a_two_digit_year_is_checked(
    sentence: str, found: list[tuple[str, str]]
) -> None:
    """ "ngày 31/11/25" was no date at all (only years of four digits were read): an impossible
    day or a wrong weekday went unreported."""
    assert _date_hits(sentence) == found


def test_the_end_of_a_range_with_a_two_digit_year_is_a_date() -> None:
    found = find_dates("Từ ngày 20/11/25 đến 31/11/25, đoàn kiểm tra làm việc tại 12 xã.")
    assert [(m.day, m.month, m.year, m.exists) for m in found] == [
        (20, 11, 2025, True),
        (31, 11, 2025, False),
    ]
    found = find_dates("Các ngày 1/12/25 và 2/12/25, Sở Nội vụ tập huấn cho công chức.")
    assert [(m.day, m.month, m.year) for m in found] == [(1, 12, 2025), (2, 12, 2025)]
    # after a start without its year, "đến" alone may lead to anything: not read
    found = find_dates("Từ ngày 20/11 đến 25/11/25 hồ sơ được tiếp nhận.")
    assert [(m.day, m.month) for m in found] == [(20, 11)]


def test_a_document_number_is_no_date_and_its_date_is() -> None:
    found = find_dates("Nghị định số 118/2025/NĐ-CP ngày 9/6/25 của Chính phủ quy định.")
    assert [(m.text, m.year) for m in found] == [("9/6/25", 2025)]
    assert find_dates("Theo Quyết định số 15/12/25 của UBND tỉnh, các xã rà soát.") == []
    assert find_dates("Công văn số 25/11/25/UBND hướng dẫn các xã.") == []


def test_a_two_digit_year_is_of_this_century_and_historic_ones_of_the_last() -> None:
    (day,) = find_dates("Ngày 20/11/25 (thứ Năm), tỉnh ra mắt Trung tâm Phục vụ hành chính công.")
    assert (day.day, day.month, day.year, day.weekday) == (20, 11, 2025, "thứ Năm")
    (day,) = find_dates("Sáng 2/9/45, Chủ tịch Hồ Chí Minh đọc bản Tuyên ngôn Độc lập.")
    assert (day.day, day.month, day.year) == (2, 9, 1945)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ngày 20/11/25 (thứ Năm), tỉnh ra mắt Trung tâm Phục vụ hành chính công.",
        # no date word before: a number, a code or a share, never read as a date
        "Hồ sơ số 20/11/25 được trả kết quả đúng hạn.",
        "Xã đạt 31/11/25 tiêu chí của bộ chỉ số.",
        "Theo Công văn 31/11/UBND-KT, các xã rà soát thủ tục.",
        # a day and a short year after "từ" alone may be anything: not read
        "Tỷ lệ giảm từ 31/11/25 xuống còn 10.",
    ],
)
def test_nearby_forms_give_no_date_error(sentence: str) -> None:
    assert _date_hits(sentence) == []
