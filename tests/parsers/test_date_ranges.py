"""Date ranges ("từ D/M đến D/M") are dates in every month, January included."""

from __future__ import annotations

from bantin.parsers.mentions import find_dates


def test_a_january_range_gives_two_dates() -> None:
    found = find_dates("Đợt kiểm tra diễn ra từ 5/1 đến 9/1 tại các xã.")
    assert [(m.text, m.day, m.month) for m in found] == [("5/1", 5, 1), ("9/1", 9, 1)]


def test_a_range_word_before_a_ratio_is_no_date() -> None:
    # "từ 3/0" and "đến 12/13" name no month: counts, not dates.
    assert find_dates("Tỷ lệ tăng từ 3/0 lên, đến 12/13 hồ sơ.") == []
