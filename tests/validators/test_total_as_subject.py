"""pct.range: "tổng số" names a whole a share is of when it follows the figure ("105% tổng số
hồ sơ") or a share's "trên"/"của" ("trên tổng số"); as the subject before it ("Tổng số hồ sơ
tiếp nhận đạt 112%") it names a count, whose level against a plan or a year may pass 100%."""

from __future__ import annotations

import pytest

from tests.validators.builders import digest, with_paragraph
from tests.validators.helpers import hits


def _range_lines(text: str) -> list[int | None]:
    return [line for line, _ in hits("pct.range", with_paragraph(digest(), text))]


@pytest.mark.parametrize(
    "text",
    [
        "Tổng số hồ sơ tiếp nhận trong năm đạt 112%.",
        "Tổng số thủ tục hành chính được đơn giản hóa năm nay đạt 125%.",
    ],
)
def test_a_total_as_the_subject_is_a_count_not_a_share(text: str) -> None:
    assert _range_lines(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Số hồ sơ trực tuyến đạt 105% tổng số hồ sơ.",
        "Tổng số hồ sơ trực tuyến chiếm 105%.",
        "Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ đạt 105%.",
        "Hồ sơ trực tuyến của tổng số 12 xã đạt 105%.",
    ],
)
def test_a_share_of_a_total_still_fires(text: str) -> None:
    assert _range_lines(text) == [32]
