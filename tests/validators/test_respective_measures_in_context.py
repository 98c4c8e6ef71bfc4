"""pct.range: measures listed before "lần lượt" take the percentages after it in order, also when
the sentence opens with a time or a source before its subject ("Năm 2025, số hồ sơ … và tỷ lệ …
lần lượt đạt 112% và 98%"), and a measure that names no noun of its own ("giải quyết trực
tuyến") shares the one listed right before it, not every one of the list."""

from __future__ import annotations

import pytest

from tests.validators.builders import digest, with_paragraph
from tests.validators.helpers import hits


def _range(text: str) -> list[str]:
    found = hits("pct.range", with_paragraph(digest(), text))
    return [message.split(" exceeds")[0] for _, message in found]


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2025, số hồ sơ trực tuyến và tỷ lệ đúng hạn lần lượt đạt 112% và 98%.",
        "Trong tháng 11, số hồ sơ tiếp nhận và tỷ lệ giải quyết đúng hạn lần lượt là 115% và 99%.",
        "Tính đến ngày 30/11, số thủ tục trực tuyến và tỷ lệ hài lòng lần lượt đạt 120% và 97%.",
        "Theo báo cáo, số hồ sơ tiếp nhận, giải quyết trực tuyến và tỷ lệ đúng hạn lần lượt đạt "
        "112%, 110% và 98%.",
        "Số hồ sơ tiếp nhận, giải quyết trực tuyến và tỷ lệ đúng hạn lần lượt đạt 112%, 110% và 98%.",
    ],
)
def test_a_count_listed_after_an_opening_phrase_may_pass_100(text: str) -> None:
    assert _range(text) == []


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # the share's own percentage is over 100%, after an opening phrase too
        ("Năm 2025, tỷ lệ hồ sơ trực tuyến và số hồ sơ đúng hạn lần lượt đạt 112% và 98%.", "112%"),
        ("Năm 2025, số hồ sơ trực tuyến và tỷ lệ đúng hạn lần lượt đạt 98% và 112%.", "112%"),
        # places listed after a share: each place's figure is that share
        ("Năm 2025, tỷ lệ hồ sơ đúng hạn của xã An và xã Bình lần lượt đạt 98% và 105%.", "105%"),
        ("Tỷ lệ hồ sơ đúng hạn của xã An, xã Bình và xã Cát lần lượt là 92%, 95% và 102%.", "102%"),
        # a measure without a noun after a share shares it
        ("Tỷ lệ hồ sơ trực tuyến, đúng hạn và số hồ sơ lần lượt đạt 98%, 104% và 120%.", "104%"),
    ],
)
def test_a_share_listed_still_fires(text: str, figure: str) -> None:
    assert _range(text) == [f"share {figure}"]
