"""Date ranges ("từ D/M đến D/M") are dates in every month, January included."""

from __future__ import annotations

from bantin.parsers.mentions import find_dates


def test_a_january_range_gives_two_dates() -> None:
    found = find_dates("Đợt kiểm tra diễn ra từ 5/1 đến 9/1 tại các xã.")
    assert [(m.text, m.day, m.month) for m in found] == [("5/1", 5, 1), ("9/1", 9, 1)]


def test_a_range_word_before_a_ratio_is_no_date() -> None:
    # "từ 3/0" and "đến 12/13" name no month: counts, not dates.
    assert find_dates("Tỷ lệ tăng từ 3/0 lên, đến 12/13 hồ sơ.") == []


def _days(text: str) -> list[tuple[str, int | None, int, int | None]]:
    return [(m.text, m.day, m.month, m.year) for m in find_dates(text)]


def test_the_start_of_a_range_printed_as_a_day_alone_takes_the_ends_month() -> None:
    """ "từ 13 đến 16/12", as portals and papers print a session's days: only the end was read,
    and the start, a bare "13", was no date at all."""
    assert _days("Tại phiên họp này (từ 13 đến 16/12), Ủy ban cho ý kiến về 6 dự án luật.") == [
        ("13 đến 16/12", 13, 12, None),
        ("16/12", 16, 12, None),
    ]
    assert _days("Từ ngày 2 đến ngày 6/3/2026, Sở Nội vụ tập huấn cho công chức cấp xã.") == [
        ("2 đến ngày 6/3/2026", 2, 3, 2026),
        ("6/3/2026", 6, 3, 2026),
    ]


def test_a_count_or_a_day_after_the_end_makes_no_range_start() -> None:
    # Figures stay figures; a start after its end is no range of one month.
    assert _days("Số xã đạt chuẩn tăng từ 5 đến 7/10 xã trong năm.") == []
    assert _days("Từ 20 đến 3/1, đoàn kiểm tra làm việc tại các xã.") == [("3/1", 3, 1, None)]


def test_every_day_of_a_list_whose_last_two_print_the_month_is_read() -> None:
    """ "các ngày 10, 11, 12 và 13/3": only the last two were read; the days before them are
    of the same month, read as the list is printed."""
    assert _days("Các ngày 10, 11, 12 và 13/3, đoàn công tác làm việc tại 8 xã.") == [
        ("10, 11, 12 và 13/3", 10, 3, None),
        ("10, 11, 12 và 13/3", 11, 3, None),
        ("12 và 13/3", 12, 3, None),
        ("12 và 13/3", 13, 3, None),
    ]
    # Numbers out of the month's order are no list of its days.
    assert [m.day for m in find_dates("Các ngày 20, 3 và 4/5, đoàn kiểm tra 12 xã.")] == [3, 4]
