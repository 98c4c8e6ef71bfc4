"""date.weekday: "thứ Năm tới" (next Thursday) or "thứ Năm trước" (last Thursday) says no year;
only "năm tới", "năm trước" alone name the year after or before the issue's."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.validators.helpers import messages_on

#: 13/2/2024 is a Tuesday, 13/2/2025 a Thursday.
_ISSUED = dt.date(2024, 2, 1)


def _weekday_hits(sentence: str) -> list[str]:
    return messages_on("date.weekday", sentence, _ISSUED)


@pytest.mark.parametrize(
    "sentence",
    [
        "Sáng thứ Năm tới (13/2), đoàn công tác làm việc với 12 xã.",
        "Chiều thứ năm tới (13/2), Sở Nội vụ họp giao ban.",
    ],
)
def test_a_thursday_to_come_is_checked_in_the_nearest_year(sentence: str) -> None:
    """ "thứ Năm tới" was read as "năm tới" (next year), in which 13/2 is a Thursday: the wrong
    weekday went unreported."""
    assert [message.split(" but ")[1] for message in _weekday_hits(sentence)] == [
        "13/02/2024 is a thứ Ba"
    ]


def test_next_year_said_alone_still_places_the_day() -> None:
    assert _weekday_hits("Năm tới, sáng 13/2 (thứ Năm), tỉnh tổ chức hội nghị.") == []
