"""pct.ratio and pct.implied-ratio: a percentage of a plan named in short after it ("đạt 100%
KH", "đạt 100% NQ", "đạt 100% yêu cầu", "đạt 100% theo kế hoạch") is no share of the count
before it, so it states no ratio and is not checked against one."""

from __future__ import annotations

import pytest

from bantin.parsers.figures import extract_figures
from tests.validators.builders import digest, with_paragraph
from tests.validators.helpers import hits


@pytest.mark.parametrize(
    "text",
    [
        "Có 45/50 xã đạt chuẩn nông thôn mới, đạt 100% KH.",
        "Có 45/50 xã đạt chuẩn nông thôn mới, đạt 100% NQ.",
        "Có 45/50 xã hoàn thành sắp xếp trụ sở, đạt 100% yêu cầu.",
        "Có 45/50 xã đạt chuẩn nông thôn mới, đạt 100% theo kế hoạch.",
        "Có 45/50 xã đạt chuẩn nông thôn mới, đạt 100% theo NQ Đại hội.",
    ],
)
def test_a_percentage_of_a_plan_in_short_is_no_ratio_share(text: str) -> None:
    assert [f.kind for f in extract_figures(text)] == ["ratio", "percent"]
    assert hits("pct.ratio", with_paragraph(digest(), text)) == []


def test_an_implied_share_of_a_plan_in_short_is_not_checked() -> None:
    text = "Trung tâm tiếp nhận 1.250 hồ sơ, trong đó 1.000 hồ sơ trực tuyến, đạt 100% KH."
    assert hits("pct.implied-ratio", with_paragraph(digest(), text)) == []


@pytest.mark.parametrize(
    ("text", "message"),
    [
        # the ratio's own share, then a plan: still checked
        ("Có 45/50 xã đạt chuẩn, đạt 100%, hoàn thành KH năm.", "45/50 is 90%, not 100%"),
        # a document's code is no plan
        ("Có 45/50 xã đạt chuẩn (100%) theo Kế hoạch 12/KH-UBND.", "45/50 is 90%, not 100%"),
    ],
)
def test_a_share_near_a_plan_is_still_checked(text: str, message: str) -> None:
    assert hits("pct.ratio", with_paragraph(digest(), text)) == [(32, message)]
