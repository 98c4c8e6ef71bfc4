"""date.weekday: two weekdays named for a range longer than two weeks ("làm thêm giờ từ thứ Hai đến
thứ Sáu (1/12 - 31/12)", "Từ 1/12 đến 31/12 (thứ Hai đến thứ Sáu)") are the days of every week
in it, not its ends: no wrong weekday is reported for 31/12. A shorter range, or each end
with its own weekday, is still checked."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.validators.helpers import messages_on

#: 1/12/2025 is a Monday, 31/12/2025 a Wednesday.
_ISSUED = dt.date(2025, 12, 5)


def _weekday_hits(sentence: str) -> list[str]:
    return messages_on("date.weekday", sentence, _ISSUED)


@pytest.mark.parametrize(
    "sentence",
    [
        "Bộ phận một cửa làm thêm giờ từ thứ Hai đến thứ Sáu (1/12 - 31/12).",
        "Từ 1/12 đến 31/12 (thứ Hai đến thứ Sáu), bộ phận một cửa làm thêm giờ.",
        "Từ ngày 1 - 31/12 (thứ Hai đến thứ Sáu), bộ phận một cửa làm thêm giờ.",
        "Trung tâm tiếp nhận hồ sơ vào thứ Bảy và Chủ nhật (6/12 - 31/12).",
        "Từ 1/12/2025 đến 31/12/2025 (thứ Hai - thứ Sáu), Trung tâm làm thêm giờ.",
    ],
)
def test_the_weekdays_of_every_week_of_a_long_range_name_no_end(sentence: str) -> None:
    assert _weekday_hits(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # a range within two weeks: its ends
        (
            "Từ thứ Hai đến thứ Sáu (2/12 - 6/12), Sở tổ chức tập huấn.",
            [
                "text says thứ Hai 2/12 but 02/12/2025 is a thứ Ba",
                "text says thứ Sáu 6/12 but 06/12/2025 is a thứ Bảy",
            ],
        ),
        # two weeks: still its ends
        (
            "Từ thứ Hai đến thứ Năm (1/12 - 12/12), Sở tổ chức tập huấn.",
            ["text says thứ Năm 12/12 but 12/12/2025 is a thứ Sáu"],
        ),
        # each end with its own weekday
        (
            "Từ thứ Hai (1/12) đến thứ Sáu (31/12), Sở tiếp nhận hồ sơ.",
            ["text says thứ Sáu 31/12 but 31/12/2025 is a thứ Tư"],
        ),
        # the end's own weekday, after it
        (
            "Từ thứ Hai, ngày 1/12 đến ngày 31/12 (thứ Sáu), Sở tiếp nhận hồ sơ.",
            ["text says thứ Sáu 31/12 but 31/12/2025 is a thứ Tư"],
        ),
        # two days listed, each named
        (
            "Ngày 1/12 và 31/12 (thứ Hai và thứ Sáu), Sở tổ chức hội nghị.",
            ["text says thứ Sáu 31/12 but 31/12/2025 is a thứ Tư"],
        ),
    ],
)
def test_the_ends_of_a_short_range_or_of_a_list_are_checked(
    sentence: str, found: list[str]
) -> None:
    assert sorted(_weekday_hits(sentence)) == sorted(found)
