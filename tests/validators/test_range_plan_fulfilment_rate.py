"""pct.range: the rate at which a plan or a target was carried out ("tỷ lệ thực hiện kế hoạch",
"tỷ lệ thực hiện chỉ tiêu") may pass 100% as "tỷ lệ hoàn thành kế hoạch" does; a share said
after "thực hiện" of something else ("tỷ lệ thực hiện dịch vụ công trực tuyến") stays bounded."""

from __future__ import annotations

import pytest

from tests.validators.builders import digest, with_paragraph
from tests.validators.helpers import hits


def _range(text: str) -> list[str]:
    return [message for _, message in hits("pct.range", with_paragraph(digest(), text))]


@pytest.mark.parametrize(
    "text",
    [
        "Tỷ lệ thực hiện chỉ tiêu hồ sơ trực tuyến: 120%.",
        "Tỷ lệ thực hiện kế hoạch cải cách hành chính năm 2026 đạt 112%.",
        "Tỉ lệ thực hiện chỉ tiêu thanh toán trực tuyến đạt 105,5%.",
    ],
)
def test_a_plan_fulfilment_rate_may_pass_all(text: str) -> None:
    assert _range(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Tỷ lệ thực hiện dịch vụ công trực tuyến đạt 120%.",
        "Thực hiện kế hoạch, tỷ lệ hồ sơ đúng hạn đạt 120%.",
        "Tỷ lệ hồ sơ đúng hạn đạt 120%.",
    ],
)
def test_other_shares_stay_bounded(text: str) -> None:
    assert len(_range(text)) == 1
