"""pct.range: measures listed before "lần lượt" take the percentages after it in order ("Số hồ
sơ trực tuyến và tỷ lệ đúng hạn lần lượt đạt 112% và 98%": 112% is of the count, 98% the
share), so each percentage is judged by its own measure."""

from __future__ import annotations

import pytest

from tests.validators.builders import digest, with_paragraph
from tests.validators.helpers import hits


def _range(text: str) -> list[str]:
    return [message for _, message in hits("pct.range", with_paragraph(digest(), text))]


@pytest.mark.parametrize(
    "text",
    [
        "Số hồ sơ trực tuyến và tỷ lệ đúng hạn lần lượt đạt 112% và 98%.",
        "Số hồ sơ tiếp nhận, tỷ lệ trực tuyến và tỷ lệ đúng hạn lần lượt là 125%, 65% và 98%.",
        "Số hồ sơ và tỷ lệ đúng hạn năm 2025 đạt lần lượt 112% và 98%.",
        "Tỷ lệ hồ sơ đúng hạn và số thủ tục được cắt giảm lần lượt là 98% và 120%.",
    ],
)
def test_a_count_listed_first_takes_the_percentage_over_100(text: str) -> None:
    assert _range(text) == []


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # the share's own percentage is over 100%, in either place of the list
        ("Tỷ lệ hồ sơ trực tuyến và tỷ lệ đúng hạn lần lượt đạt 112% và 98%.", "112%"),
        ("Số hồ sơ trực tuyến và tỷ lệ đúng hạn lần lượt đạt 98% và 112%.", "112%"),
        # one measure of several places: it holds for each of them
        ("Tỷ lệ hồ sơ đúng hạn của các xã An, Bình và Cát lần lượt là 92%, 95% và 102%.", "102%"),
        # the lists do not match: read as before, by the words before the list
        ("Tỷ lệ hồ sơ đúng hạn và số hồ sơ lần lượt đạt 112%.", "112%"),
    ],
)
def test_a_share_listed_still_fires(text: str, figure: str) -> None:
    assert [message.split(" exceeds")[0] for message in _range(text)] == [f"share {figure}"]
