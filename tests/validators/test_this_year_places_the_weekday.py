"""date.weekday: "năm nay" (this year) names the issue's year, so a day of its early months
told in a December issue's review of the year is checked in that year, not the next."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.validators.helpers import messages_on

#: 15/1/2026 is a Thursday; 15/1/2027, the day nearest this issue, a Friday.
_ISSUED = dt.date(2026, 12, 4)


def _weekday_hits(sentence: str) -> list[str]:
    return messages_on("date.weekday", sentence, _ISSUED)


@pytest.mark.parametrize(
    "sentence",
    [
        "Hồi đầu năm nay, sáng thứ Năm (15/1), tỉnh đã ban hành kế hoạch cải cách hành chính.",
        "Ngày 15/1 năm nay (thứ Năm), UBND tỉnh tổ chức hội nghị triển khai nhiệm vụ.",
        "Năm nay, ngày 15/1 (thứ Năm) là ngày tỉnh ra mắt cổng dịch vụ công mới.",
    ],
)
def test_this_year_said_places_the_day_in_the_issues_year(sentence: str) -> None:
    assert _weekday_hits(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # Guards: a weekday that neither 15/1/2026 nor the nearest 15/1/2027 falls on is a
        # misprint, with or without year words ("hai năm nay", for two years now, names none).
        # A weekday of either year is no error (test_turn_of_the_year_weekdays).
        "Sáng thứ Tư (15/1), tỉnh tổ chức hội nghị triển khai nhiệm vụ.",
        "Hai năm nay, sáng thứ Tư (15/1) hằng năm tỉnh tổ chức hội nghị.",
    ],
)
def test_without_this_year_the_nearest_year_stays(sentence: str) -> None:
    assert [message.split(" but ")[1] for message in _weekday_hits(sentence)] == [
        "15/01/2027 is a thứ Sáu"
    ]


def test_this_year_in_a_january_issue_still_reports_a_wrong_weekday() -> None:
    # 15/1/2027 is a Friday: "năm nay" in an issue of 2027 keeps the day in 2027.
    hits = messages_on(
        "date.weekday", "Năm nay, sáng thứ Năm (15/1), tỉnh họp.", dt.date(2027, 1, 5)
    )
    assert [message.split(" but ")[1] for message in hits] == ["15/01/2027 is a thứ Sáu"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Nhìn lại năm qua, ngày 15/1 (thứ Năm) tỉnh đã ban hành kế hoạch.",
        "Ngay từ đầu năm, ngày 15/1 (thứ Năm), tỉnh đã ban hành kế hoạch.",
    ],
)
def test_the_year_past_or_its_start_places_the_day_in_the_issues_year(sentence: str) -> None:
    assert _weekday_hits(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # Guards: "thứ Năm tuần qua" is last Thursday, "hai năm qua" two years, "đầu năm học" a
        # school year: none names the issue's year.
        "Sáng thứ Tư tuần qua (15/1), tỉnh tổ chức hội nghị.",
        "Hai năm qua, sáng thứ Tư (15/1) tỉnh họp.",
        "Đầu năm học, sáng thứ Tư (15/1), trường tổ chức hội nghị.",
    ],
)
def test_words_that_name_no_year_keep_the_nearest(sentence: str) -> None:
    assert [message.split(" but ")[1] for message in _weekday_hits(sentence)] == [
        "15/01/2027 is a thứ Sáu"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Hồi tháng 1, ngày 15/1 (thứ Năm), tỉnh ban hành kế hoạch.",
        "Tháng 1 vừa qua, sáng 15/1 (thứ Năm) tỉnh đã họp.",
    ],
)
def test_a_month_told_as_past_places_the_day_in_the_issues_year(sentence: str) -> None:
    assert _weekday_hits(sentence) == []


def test_a_month_to_come_keeps_the_nearest_year() -> None:
    hits = _weekday_hits("Tháng 1 tới, sáng 15/1 (thứ Tư) tỉnh họp.")
    assert [message.split(" but ")[1] for message in hits] == ["15/01/2027 is a thứ Sáu"]
