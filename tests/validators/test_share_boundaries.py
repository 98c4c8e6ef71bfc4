"""pct.range: a share of exactly 100% is whole, not "over 100%"."""

from __future__ import annotations

import pytest

from tests.validators.builders import digest, with_paragraph
from tests.validators.helpers import hits


@pytest.mark.parametrize(
    "text",
    [
        "Tỷ lệ hồ sơ đúng hạn chiếm 100% tổng số hồ sơ.",
        "Hồ sơ trực tuyến đạt tỷ lệ 100,0% trên tổng số hồ sơ tiếp nhận.",
    ],
)
def test_a_share_of_exactly_100_percent_does_not_fire(text: str) -> None:
    assert hits("pct.range", with_paragraph(digest(), text)) == []


def test_a_share_just_over_100_percent_fires() -> None:
    text = "Tỷ lệ hồ sơ đúng hạn chiếm 100,1% tổng số hồ sơ."
    assert [line for line, _ in hits("pct.range", with_paragraph(digest(), text))] == [32]
