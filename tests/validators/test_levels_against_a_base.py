"""pct.range: a percentage of an earlier period ("đạt 125% tháng trước", "… quý trước", "… kỳ báo
cáo trước"), of an average ("đạt 115% mức bình quân cả nước") or of a commitment or a roadmap
("đạt 125% mức đăng ký", "… lộ trình") compares, and may pass 100%."""

from __future__ import annotations

import pytest

from tests.validators.builders import digest, with_paragraph
from tests.validators.helpers import hits


def _range_lines(text: str) -> list[int | None]:
    return [line for line, _ in hits("pct.range", with_paragraph(digest(), text))]


@pytest.mark.parametrize(
    "text",
    [
        "Tỷ lệ hồ sơ trực tuyến của tỉnh đạt 125% tháng trước.",
        "Tỷ lệ hồ sơ trực tuyến của tỉnh đạt 125% so với quý trước.",
        "Tỷ lệ hồ sơ trực tuyến của tỉnh đạt 125% quý trước.",
        "Tỷ lệ hồ sơ trực tuyến của tỉnh đạt 125% kỳ báo cáo trước.",
        "Tỷ lệ hồ sơ trực tuyến của tỉnh đạt 115% mức bình quân cả nước.",
        "Tỷ lệ hồ sơ trực tuyến của tỉnh đạt 115% bình quân chung.",
        "Tỷ lệ hồ sơ trực tuyến của tỉnh đạt 125% mức đăng ký.",
        "Tỷ lệ thủ tục cung cấp trực tuyến toàn trình đạt 125% lộ trình.",
        "Tỷ lệ thủ tục cung cấp trực tuyến toàn trình đạt 125% mức cam kết.",
    ],
)
def test_a_percentage_of_a_base_may_pass_100(text: str) -> None:
    assert _range_lines(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # an average share is still a share
        "Tỷ lệ hồ sơ đúng hạn bình quân của các xã đạt 105%.",
        "Tỷ lệ hồ sơ đúng hạn trung bình đạt 105%.",
        # a month named before the figure is when, not what it is of
        "Tháng trước, tỷ lệ hồ sơ đúng hạn đạt 105%.",
        "Trong tháng, tỷ lệ hài lòng đạt 105%.",
    ],
)
def test_shares_said_with_those_words_elsewhere_still_fire(text: str) -> None:
    assert _range_lines(text) == [32]
