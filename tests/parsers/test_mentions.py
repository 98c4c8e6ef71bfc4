"""Date mentions in body text: real dates found, document numbers and ratios left alone."""

from __future__ import annotations

import pytest

from bantin.parsers.mentions import find_dates


def _found(text: str) -> list[tuple[str, bool]]:
    return [(m.text, m.exists) for m in find_dates(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Văn bản số 512/UBND-KSTT, ngày 13/2/2023 về", [("13/2/2023", True)]),
        ("Chiều 31/1, UBND tỉnh họp", [("31/1", True)]),
        ("từ ngày 1 đến 21/7, các xã", [("1 đến 21/7", True), ("21/7", True)]),
        ("Từ 1/7, người dân", [("1/7", True)]),
        ("hôm 29/2 và đêm 30/2", [("29/2", True), ("30/2", False)]),
        ("Trong tháng 4/2024 và tháng 13/2024", [("4/2024", True), ("13/2024", False)]),
        ("ngày 32/5/2023", [("32/5/2023", False)]),
        ("(sáng 01/0)", [("01/0", False)]),
        ("đến 31/9 mới xong", [("31/9", False)]),
    ],
)
def test_dates_are_found(text: str, expected: list[tuple[str, bool]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Thông tư số 01/2023/TT-VPCP",
        "Nghị định số 107/2021/NĐ-CP",
        "Nghị quyết số 12/2/2024/NQ-HĐND",
        "đứng thứ 30/63 tỉnh, thành phố",
        "224/224 (100%) cơ sở",
        "trụ sở số 150/2 đường Lê Lợi",
        "tăng từ 15/20 lên 18/20 điểm",
        "đạt 101 TTHC/235 TTHC",
        "quý I/2024",
    ],
)
def test_numbers_that_only_look_like_dates(text: str) -> None:
    assert find_dates(text) == []


def test_offsets_point_at_the_date_itself() -> None:
    text = "Sáng 2/5, hội nghị; ngày 13/2/2023 ban hành."
    for mention in find_dates(text):
        assert text[mention.start : mention.end] == mention.text
    assert [m.text for m in find_dates(text)] == ["2/5", "13/2/2023"]
    first = find_dates(text)[0]
    assert (first.day, first.month, first.year) == (2, 5, None)


@pytest.mark.parametrize(
    "sentence",
    [
        "Kỳ họp thứ Hai và thứ Ba (2-3/5) thông qua hai nghị quyết.",  # sittings, no weekdays
        "Lần thứ hai và thứ ba (2-3/5), đoàn kiểm tra làm việc tại xã.",
        "Vào thứ Sáu (11-12/10), Trung tâm làm việc cả ngày.",  # one weekday for two days
    ],
)
def test_only_two_weekdays_name_two_days_weekdays(sentence: str) -> None:
    assert [d.weekday for d in find_dates(sentence)] in ([], [None, None])


@pytest.mark.parametrize("text", ["Lễ hội ngày 10/3 âm lịch.", "Giỗ Tổ ngày 10/3 (ÂL)."])
def test_a_day_of_the_lunar_calendar_is_read_as_one(text: str) -> None:
    from bantin.parsers.tokens import tokenize

    assert [t.kind for t in tokenize(text)] == ["lunar_date"]
    assert find_dates(text) == []
