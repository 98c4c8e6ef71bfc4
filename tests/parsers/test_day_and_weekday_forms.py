"""Dates read in running text: the day an ordinal numbers, abbreviated weekdays,
fractions after bound words."""

from __future__ import annotations

import pytest

from bantin.parsers.figures import extract_figures
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


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Sáng T2 (8/12), Sở Nội vụ họp giao ban.", [("8/12", 8, 12, None, "T2")]),
        ("CN (14/12), tỉnh tổ chức ngày hội chuyển đổi số.", [("14/12", 14, 12, None, "CN")]),
        ("Ngày 8/12 (T2), Sở Nội vụ họp giao ban.", [("8/12", 8, 12, None, "T2")]),
        ("T3, ngày 9/12/2025, Sở Nội vụ họp giao ban.", [("9/12/2025", 9, 12, 2025, "T3")]),
        (
            "Lịch tuần: T2 (8/12) họp giao ban; T4 (10/12) tiếp công dân.",
            [("8/12", 8, 12, None, "T2"), ("10/12", 10, 12, None, "T4")],
        ),
    ],
)
def test_an_abbreviated_weekday_is_read_with_its_day(
    sentence: str, expected: list[tuple[str, int, int, int | None, str]]
) -> None:
    """ "T2 (8/12)" and "CN (14/12)", as schedules abbreviate weekdays, were no dates at all
    (or a date without its weekday), so a wrong weekday went unchecked."""
    assert _read(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Khu CN (14/12 ha) đã giải phóng xong mặt bằng.",
        "Tầng T2 (8/12) là nơi đặt bộ phận một cửa.",
        "Doanh nghiệp CN (1/3 số doanh nghiệp) đã chuyển đổi số.",
    ],
)
def test_t2_or_cn_elsewhere_is_no_weekday(sentence: str) -> None:
    assert _read(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Chưa đến 1/3 các thủ tục được số hóa kết quả giải quyết.",
        "Số hồ sơ nộp trực tuyến chỉ chiếm chưa đến 1/3.",
        "Kết quả giải ngân chỉ đạt chưa đến 1/2 so với cùng kỳ.",
        "Không đến 1/4 các xã bố trí đủ công chức một cửa.",
    ],
)
def test_a_fraction_after_a_bound_is_no_date(sentence: str) -> None:
    """ "chưa đến 1/3" is less than a third: "đến" there bounds a share, it introduces no day
    (it was read as 1 March)."""
    assert _read(sentence) == []


def test_a_day_after_chua_den_that_no_fraction_is_stays_a_date() -> None:
    assert _read("Chưa đến 30/6, tỉnh đã hoàn thành việc sắp xếp bộ máy.") == [
        ("30/6", 30, 6, None, None)
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ngày 4/12/2025 là thứ Năm, tỉnh họp phiên thường kỳ.", "thứ Năm"),
        ("Công chức được nghỉ bù ngày 11/4 do ngày 10/4 là chủ nhật.", "chủ nhật"),
        ("Ngày 1/1/2026 rơi vào thứ năm nên công chức được nghỉ.", "thứ năm"),
        # "là thứ hai trong …": the second of something, no weekday
        ("Ngày 4/12 là thứ hai trong chuỗi hoạt động của tuần lễ.", None),
    ],
)
def test_a_weekday_said_of_a_day_after_it_is_its_weekday(
    sentence: str, expected: str | None
) -> None:
    """Holiday notices say a day's weekday after it ("do ngày 10/4 là chủ nhật"): it went
    unchecked."""
    assert [d.weekday for d in find_dates(sentence)][-1] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Công chức được nghỉ thứ hai, ngày 29-12-2025 và đi làm bù thứ bảy, ngày 10-1-2026.",
            ["thứ hai", "thứ bảy"],
        ),
        # the clause names a thing done in turns: "thứ hai" numbers it
        ("Đợt nghỉ thứ hai, ngày 29-12-2025, công chức vẫn trực cơ quan.", [None]),
    ],
)
def test_a_weekday_after_a_verb_of_a_day_off_is_read(
    sentence: str, expected: list[str | None]
) -> None:
    """Holiday notices say "được nghỉ thứ hai, ngày …" and "làm bù thứ bảy, ngày …": the
    lower-case weekday after the verb was read as no weekday, so it went unchecked."""
    assert [d.weekday for d in find_dates(sentence)] == expected


def test_a_day_right_after_a_time_of_today_before_a_count_noun_is_no_share() -> None:
    """ "Tối qua 4/12 đoàn công tác đã đến" was a 33% ratio of delegations: after a time of day
    named from today, the number may as well be that day; neither is published."""
    sentence = "Tối qua 4/12 đoàn công tác của Bộ Nội vụ đã đến làm việc."
    assert extract_figures(sentence) == []
    assert _read(sentence) == []
