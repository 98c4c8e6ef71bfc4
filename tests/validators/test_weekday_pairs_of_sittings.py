"""Two ordinals after "ngày" and a count of days that number a sitting's days ("Trong hai ngày
thứ hai và thứ ba (3-4/12) của kỳ họp": its second and third days), not weekdays: no
date.weekday error for them, as "Ngày thứ hai và thứ ba (3-4/12) của kỳ họp" has none. The
same words with no sitting after them still name weekdays, and a wrong one is still an error."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.validators.helpers import messages_on

#: A Saturday: 3/12/2026 is a Thursday, 4/12 a Friday.
_ISSUED = dt.date(2026, 12, 5)


@pytest.mark.parametrize(
    "sentence",
    [
        "Trong hai ngày thứ hai và thứ ba (3-4/12) của kỳ họp, đại biểu thảo luận 6 dự thảo.",
        "Các ngày thứ hai và thứ ba (3-4/12) của Hội nghị dành cho thảo luận ở tổ.",
        "Trong 2 ngày thứ 2 và thứ 3 (3-4/12) làm việc, đoàn kiểm tra đã đến 5 xã.",
    ],
)
def test_the_days_of_a_sitting_are_no_weekdays(sentence: str) -> None:
    assert messages_on("date.weekday", sentence, _ISSUED) == []


def test_the_same_pair_with_no_sitting_after_is_checked() -> None:
    sentence = "Trong hai ngày thứ hai và thứ ba (3-4/12), đoàn kiểm tra làm việc tại 5 xã."
    assert len(messages_on("date.weekday", sentence, _ISSUED)) == 2
