"""pct.range: a count done over the count planned ("kết nạp 115/100 đảng viên (115%)") and a
percentage of a plan named in the short forms of reports ("đạt 115% KH", "so năm 2024", "đạt
110% Nghị quyết") may pass 100%; shares and counts over all still may not."""

from __future__ import annotations

import pytest

from tests.validators.builders import digest, with_paragraph
from tests.validators.helpers import hits


def _range_lines(text: str) -> list[int | None]:
    return [line for line, _ in hits("pct.range", with_paragraph(digest(), text))]


@pytest.mark.parametrize(
    "text",
    [
        # new members, recruits, cards: things an act makes, counted over the number planned
        "Năm 2025, Đảng bộ xã kết nạp 115/100 đảng viên (115%).",
        "Đảng bộ huyện kết nạp được 23/20 đảng viên mới (115%), tăng 3 đảng viên so với năm trước.",
        "Trường tuyển sinh 540/500 học sinh lớp 10 (108%).",
        "Huyện đã cấp mới 3.240/3.000 giấy chứng nhận quyền sử dụng đất (108%).",
        "Năm nay tỉnh thành lập mới 36/30 hợp tác xã (120%).",
        "Trung tâm đã đào tạo 1.150/1.000 lao động nông thôn.",
    ],
)
def test_a_count_made_over_its_plan_is_no_share_over_100(text: str) -> None:
    assert _range_lines(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the same shape of things that all exist before they are counted: shares over 100%
        "Có 12/10 xã đạt chuẩn (120%).",
        "Toàn tỉnh đã giải quyết 3.240/3.000 hồ sơ (108%).",
        "Đã có 45/30 hồ sơ được trả kết quả.",
        # a verb of making far from the ratio governs something else
        "Sau khi kết nạp đảng viên mới, xã có 12/10 thôn có chi bộ (120%).",
    ],
)
def test_a_count_of_what_exists_over_all_still_fires(text: str) -> None:
    assert _range_lines(text) == [32]


@pytest.mark.parametrize(
    "text",
    [
        "Tỷ lệ hồ sơ trực tuyến đạt 115% KH năm.",
        "Tỷ lệ thu phí trực tuyến đạt 105% so KH.",
        "Tỷ lệ hồ sơ trực tuyến đạt 125% so năm 2024.",
        "Tỷ lệ thanh toán trực tuyến năm nay tăng lên, đạt 118% so cùng kỳ.",
        "Tỷ lệ hồ sơ trực tuyến toàn trình đạt 115% Nghị quyết đề ra.",
        "Tỷ lệ kết nạp đảng viên mới đạt 110% NQ.",
    ],
)
def test_a_percentage_of_a_plan_in_short_forms_may_pass_100(text: str) -> None:
    assert _range_lines(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a share with a plan's document number or a resolution only named earlier
        "Theo Kế hoạch số 12/KH-UBND, tỷ lệ hồ sơ đúng hạn đạt 102,5%.",
        "Thực hiện Nghị quyết, tỷ lệ hồ sơ đúng hạn đạt 102,5%.",
        "Tỷ lệ hồ sơ đúng hạn đạt 102,5%, cao nhất từ trước đến nay.",
        "Tỷ lệ hài lòng của khách hàng đạt 105%.",
    ],
)
def test_shares_near_those_words_still_fire(text: str) -> None:
    assert _range_lines(text) == [32]


def test_households_supported_over_all_still_fire() -> None:
    """Supporting acts on households that were there before: no plan bounds the count."""
    assert _range_lines("Xã đã hỗ trợ 1.380/1.200 hộ (115%).") == [32]


@pytest.mark.parametrize(
    "text",
    [
        "Có 23/20 xã đạt chuẩn nông thôn mới, đạt 115% KH.",
        "Có 23/20 xã đạt chuẩn nông thôn mới (115% KH).",
        "Có 23/20 xã đạt chuẩn nông thôn mới, bằng 115% yêu cầu.",
    ],
)
def test_a_count_over_a_plan_named_in_short_may_pass_100(text: str) -> None:
    assert _range_lines(text) == []


def test_meeting_requirements_is_no_plan() -> None:
    """ "đạt yêu cầu" says what the communes met, not a plan their count is of."""
    assert _range_lines("Có 23/20 xã đạt yêu cầu (115%).") == [32]
