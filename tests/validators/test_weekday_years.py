"""date.weekday and date.impossible on real forms: a day of an earlier year printed
without its year, an ordinal day of a session, abbreviated weekdays, fractions after bound words."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.validators.builders import digest, on_date, with_paragraph
from tests.validators.helpers import hits

#: A Saturday of December 2026: 1/7/2026 is a Wednesday, 1/7/2025 a Tuesday; 4/12/2026 a
#: Friday, 4/12/2025 a Thursday.
_DECEMBER_2026 = dt.date(2026, 12, 5)


def _weekday_hits(sentence: str, issued: dt.date = _DECEMBER_2026) -> list[tuple[int, str]]:
    return hits("date.weekday", with_paragraph(on_date(digest(), issued), sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        # the paragraph names the year in another sentence
        "Năm 2025, xã đã sắp xếp lại bộ máy. Sáng 1-7 (thứ ba), xã mới chính thức vận hành.",
        # the sentence names it by its distance from the issue's
        "Năm ngoái, sáng 1-7 (thứ ba), xã mới chính thức vận hành.",
        "Sáng 4/12 (thứ năm) năm ngoái, tỉnh tổng kết công tác cải cách hành chính.",
        # far from the issue, a day that falls on its weekday the year before: last year's story
        "Sáng 1-7 (thứ ba), xã mới chính thức vận hành trên địa bàn tỉnh.",
    ],
)
def test_a_day_of_an_earlier_year_printed_without_it_is_no_wrong_weekday(sentence: str) -> None:
    """An issue of December 2026 that tells of 1/7/2025 (a Tuesday) without printing its year
    was checked against 1/7/2026 (a Wednesday): a false date.weekday error."""
    assert _weekday_hits(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "message"),
    [
        # near the issue the nearest year stays, even when another sentence names another year
        (
            "Năm 2025, tỉnh giải quyết 9.000 hồ sơ. Sáng 4/12 (thứ năm), tỉnh họp tổng kết.",
            "text says thứ năm 4/12 but 04/12/2026 is a thứ Sáu",
        ),
        (
            "Sáng 4/12 (thứ năm), tỉnh họp tổng kết công tác cải cách hành chính.",
            "text says thứ năm 4/12 but 04/12/2026 is a thứ Sáu",
        ),
        # far from the issue, a weekday no neighbouring year gives
        (
            "Sáng 1-7 (thứ hai), xã mới chính thức vận hành trên địa bàn tỉnh.",
            "text says thứ hai 1-7 but 01/07/2026 is a thứ Tư",
        ),
        # "hai năm trước" is two years ago, no last year: 4/12/2024 is a Wednesday
        (
            "Hai năm trước, sáng 4/12 (thứ năm), tỉnh họp tổng kết.",
            "text says thứ năm 4/12 but 04/12/2026 is a thứ Sáu",
        ),
    ],
)
def test_a_misprinted_weekday_of_the_current_year_is_still_found(
    sentence: str, message: str
) -> None:
    assert _weekday_hits(sentence) == [(32, message)]


@pytest.mark.parametrize(
    ("sentence", "message"),
    [
        # 27/4/2026 is a Monday, 1/5/2026 a Friday; 1/5/2025 (a Thursday) would fit "thứ năm"
        # alone, but 27/4/2025 is a Sunday: the range is of 2026, and 1/5 misprinted
        (
            "Công chức nghỉ từ thứ hai, ngày 27/4 đến hết thứ năm, ngày 1/5.",
            "text says thứ năm 1/5 but 01/05/2026 is a thứ Sáu",
        ),
    ],
)
def test_another_day_of_the_sentence_keeps_the_nearest_year(sentence: str, message: str) -> None:
    """Far from the issue, a day whose weekday fits the year before is that year's only if the
    other days its sentence prints with weekdays fall on theirs in that year too."""
    assert _weekday_hits(sentence, dt.date(2026, 9, 1)) == [(32, message)]


def test_a_sittings_second_day_is_no_wrong_monday() -> None:
    """15/10/2026 is a Thursday: "Ngày thứ Hai (15/10) của kỳ họp" was a false date.weekday."""
    sentence = "Ngày thứ Hai (15/10) của kỳ họp, Quốc hội thảo luận hai dự án luật."
    assert _weekday_hits(sentence) == []
    assert _weekday_hits(sentence.replace(" của kỳ họp", "")) == [
        (32, "text says thứ Hai 15/10 but 15/10/2026 is a thứ Năm")
    ]


def test_a_sitting_days_date_that_cannot_be_is_found() -> None:
    sentence = "Ngày làm việc thứ Hai (31/11), đại biểu thảo luận ở hội trường."
    found = hits("date.impossible", with_paragraph(on_date(digest(), _DECEMBER_2026), sentence))
    assert found == [(32, "date 31/11 does not exist")]


#: A Friday of December 2025: 8/12/2025 is a Monday, 14/12/2025 a Sunday.
_DECEMBER_2025 = dt.date(2025, 12, 5)


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Sáng T2 (8/12), Sở Nội vụ họp giao ban.", []),
        (
            "Sáng T3 (8/12), Sở Nội vụ họp giao ban.",
            ["text says T3 8/12 but 08/12/2025 is a thứ Hai"],
        ),
        ("CN (14/12), tỉnh tổ chức ngày hội.", []),
        ("CN (13/12), tỉnh tổ chức ngày hội.", ["text says CN 13/12 but 13/12/2025 is a thứ Bảy"]),
        (
            "Ngày 8/12 (T4), Sở Nội vụ họp giao ban.",
            ["text says T4 8/12 but 08/12/2025 is a thứ Hai"],
        ),
        ("Thứ 2, ngày 8/12/2025, Sở Nội vụ họp giao ban.", []),
        (
            "Thứ 3, ngày 8/12/2025, Sở Nội vụ họp giao ban.",
            ["text says Thứ 3 8/12/2025 but 08/12/2025 is a thứ Hai"],
        ),
    ],
)
def test_an_abbreviated_weekday_is_checked(sentence: str, found: list[str]) -> None:
    assert _weekday_hits(sentence, _DECEMBER_2025) == [(32, message) for message in found]


def test_a_weekday_said_after_its_day_is_checked() -> None:
    """1/1/2026 is a Thursday."""
    assert _weekday_hits("Ngày 1/1/2026 rơi vào thứ năm nên công chức được nghỉ.") == []
    assert _weekday_hits("Ngày 1/1/2026 rơi vào thứ sáu nên công chức được nghỉ.") == [
        (32, "text says thứ sáu 1/1/2026 but 01/01/2026 is a thứ Năm")
    ]
