"""pct.implied-ratio: the on-time part of a total said without its noun or with its timeliness
first ("Tổng số 1.250 hồ sơ, trong đó 1.000 đúng hạn (tương ứng 96%)", "…, trong đó đúng hạn
1.000 hồ sơ, tương ứng 96%") is M of N as "trong đó 1.000 hồ sơ đúng hạn" is."""

from __future__ import annotations

import pytest

from tests.validators.builders import digest, with_paragraph
from tests.validators.helpers import hits


def _implied(text: str) -> list[tuple[int | None, str]]:
    return hits("pct.implied-ratio", with_paragraph(digest(), text))


@pytest.mark.parametrize(
    "text",
    [
        "Tổng số 1.250 hồ sơ, trong đó 1.000 đúng hạn (tương ứng 96%).",
        "Tổng số 1.250 hồ sơ, trong đó 1.000 đúng và trước hạn, đạt tỷ lệ 96%.",
        "Tổng số 1.250 hồ sơ được giải quyết, trong đó đúng hạn 1.000 hồ sơ, tương ứng 96%.",
        "Trung tâm nhận 1.250 hồ sơ; trong đó, trước hạn là 1.000 hồ sơ (chiếm 96%).",
    ],
)
def test_an_on_time_part_said_either_way_is_checked(text: str) -> None:
    assert _implied(text) == [(32, "1.000 of 1.250 hồ sơ is 80%, not 96%")]


@pytest.mark.parametrize(
    "text",
    [
        # agrees
        "Tổng số 1.250 hồ sơ, trong đó 1.200 đúng hạn (tương ứng 96%).",
        "Tổng số 1.250 hồ sơ, trong đó đúng hạn 1.200 hồ sơ, tương ứng 96%.",
        # a number of other things after "trong đó", or of another kind of part: not checked
        "Tổng số 1.250 hồ sơ, trong đó 30 ngày chờ bổ sung (tương ứng 96%).",
        "Tổng số 1.250 hồ sơ, trong đó 1.000 nộp trực tuyến (tương ứng 96%).",
        # a plan after the percentage: no share of the total
        "Tổng số 1.250 hồ sơ, trong đó 1.000 đúng hạn, đạt 96% kế hoạch.",
    ],
)
def test_agreeing_or_other_parts_are_not_reported(text: str) -> None:
    assert _implied(text) == []
