"""date.weekday of two days after two weekdays printed in lower case or with digits, as many
papers print weekdays ("Trong hai ngày thứ năm và thứ sáu (3-4/12)", "vào thứ 6 và thứ 7 (4 và
5/12)", "Thứ 6 và thứ 7 (4-5/12)"): the days were no dates at all, so a wrong weekday or a day
that does not exist went unseen. Two such names after a noun they number ("Đợt kiểm tra thứ hai
và thứ ba (…)", "xếp thứ 6 và thứ 7 (…)") still name no days."""

from __future__ import annotations

import datetime as dt

import pytest

from bantin.parsers.mentions import find_dates
from tests.validators.helpers import messages_on

#: A Saturday: 3/12/2026 is a Thursday, 4/12 a Friday, 5/12 a Saturday, 6/12 a Sunday.
_ISSUED = dt.date(2026, 12, 5)


def _weekday_hits(sentence: str) -> list[str]:
    return sorted(messages_on("date.weekday", sentence, _ISSUED))


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "Trong hai ngày thứ năm và thứ sáu (3-4/12), đoàn kiểm tra làm việc tại 12 xã.",
            [(3, "thứ năm"), (4, "thứ sáu")],
        ),
        (
            "Trong 2 ngày thứ 5 và thứ 6 (3 và 4/12), tỉnh tập huấn cho công chức cấp xã.",
            [(3, "thứ 5"), (4, "thứ 6")],
        ),
        (
            "Bộ phận một cửa làm việc vào thứ sáu và thứ bảy (4-5/12) để giải quyết hồ sơ tồn.",
            [(4, "thứ sáu"), (5, "thứ bảy")],
        ),
        (
            "Thứ 6 và thứ 7 (4-5/12), đoàn công tác của tỉnh làm việc tại các xã vùng cao.",
            [(4, "Thứ 6"), (5, "thứ 7")],
        ),
    ],
)
def test_each_day_takes_its_weekday_in_any_case(
    sentence: str, found: list[tuple[int, str]]
) -> None:
    assert [(m.day, m.weekday) for m in find_dates(sentence)] == found
    assert _weekday_hits(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "Trong hai ngày thứ năm và thứ sáu (4-5/12), đoàn kiểm tra làm việc tại 12 xã.",
            [
                "text says thứ năm 4/12 but 04/12/2026 is a thứ Sáu",
                "text says thứ sáu 5/12 but 05/12/2026 is a thứ Bảy",
            ],
        ),
        (
            "Thứ 6 và thứ 7 (5-6/12), đoàn công tác của tỉnh làm việc tại các xã vùng cao.",
            [
                "text says Thứ 6 5/12 but 05/12/2026 is a thứ Bảy",
                "text says thứ 7 6/12 but 06/12/2026 is a Chủ nhật",
            ],
        ),
    ],
)
def test_wrong_weekdays_in_any_case_are_found(sentence: str, found: list[str]) -> None:
    assert _weekday_hits(sentence) == found


@pytest.mark.parametrize(
    "sentence",
    [
        "Đợt kiểm tra thứ hai và thứ ba (4-5/12) có 20 xã tham gia.",
        "Lần thứ hai và thứ ba (4-5/12), tỉnh tổ chức đối thoại với doanh nghiệp.",
        "Hai xã xếp thứ 6 và thứ 7 (4-5/12) được khen thưởng.",
        "Các tổ thứ hai và thứ ba (4-5/12) hoàn thành nhiệm vụ.",
        "Thứ hai, thứ tư và thứ sáu (3-4/12), đoàn làm việc tại xã.",
        "Ngày thứ hai và thứ ba (4-5/12) của kỳ họp, đại biểu thảo luận ở tổ.",
        "Trong ngày thứ hai và thứ ba (4-5/12) của đợt tập huấn, học viên thực hành.",
    ],
)
def test_names_that_number_things_name_no_days(sentence: str) -> None:
    assert [m.weekday for m in find_dates(sentence)] in ([], [None], [None, None])
    assert _weekday_hits(sentence) == []
