"""A range of fractions after "từ" ("từ 1/3 đến 1/2 số thủ tục") is no range of days."""

from __future__ import annotations

import pytest

from bantin.parsers.mentions import find_dates


def _days(text: str) -> list[tuple[int | None, int]]:
    return [(mention.day, mention.month) for mention in find_dates(text)]


@pytest.mark.parametrize(
    "text",
    [
        # things counted after the end
        "Từ 1/3 đến 1/2 số thủ tục được cắt giảm thời gian giải quyết.",
        "Tỉnh đã đơn giản hóa từ 1/4 đến 1/3 thành phần hồ sơ của nhóm thủ tục đất đai.",
        # a verb of change before "từ"
        "Thời gian giải quyết được rút ngắn, giảm từ 1/3 đến 1/2 so với quy định.",
        "Chi phí đi lại của người dân giảm từ 1/4 đến 1/3 nhờ dịch vụ công trực tuyến.",
        # the end a smaller part of the year than the start, as growing shares are printed
        "Từ 1/3 đến 1/2 thời gian giải quyết được cắt giảm.",
    ],
)
def test_a_range_of_fractions_is_no_range_of_days(text: str) -> None:
    """Both ends were read as days (1 March and 1 February): shares of procedures or of a
    waiting time, no dates."""
    assert _days(text) == []


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Từ 1/3 đến 1/4, đoàn kiểm tra làm việc tại 12 xã.", [(1, 3), (1, 4)]),
        ("Từ 1/12 đến 1/2, tỉnh tạm dừng tiếp nhận hồ sơ giấy.", [(1, 12), (1, 2)]),
        ("Từ 1/3 đến 5/3 các xã tổ chức ngày hội dịch vụ công.", [(1, 3), (5, 3)]),
        ("Từ ngày 1/3 đến ngày 1/2 năm sau, tỉnh thí điểm mô hình.", [(1, 3), (1, 2)]),
        ("Số hồ sơ giảm từ ngày 1/3 đến 1/4 do nghỉ lễ.", [(1, 3), (1, 4)]),
        # a share that falls would be printed so, and a fronted time is: days
        ("Từ 1/3 đến 1/4 hồ sơ được tiếp nhận trực tuyến.", [(1, 3), (1, 4)]),
    ],
)
def test_ranges_of_days_stay_days(text: str, days: list[tuple[int, int]]) -> None:
    assert _days(text) == days
