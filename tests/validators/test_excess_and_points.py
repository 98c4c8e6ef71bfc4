"""An excess over a plan or a period ("vượt 10% kế hoạch", "vượt 5,2% so với cùng kỳ") and a
change in percentage points ("tăng 2,5 điểm phần trăm", "giảm 3 điểm %") are differences, never
levels: however large, no pct.range, and points are no percentage of anything."""

from __future__ import annotations

import pytest

from bantin.parsers.figures import extract_figures
from tests.validators.builders import digest, with_paragraph
from tests.validators.helpers import hits

_PCT_RULES = ("pct.range", "pct.ratio", "pct.implied-ratio")


def _pct_hits(text: str) -> list[tuple[int | None, str]]:
    bulletin = with_paragraph(digest(), text)
    return [hit for rule in _PCT_RULES for hit in hits(rule, bulletin)]


@pytest.mark.parametrize(
    "text",
    [
        "Thu ngân sách vượt 10% kế hoạch.",
        "Tỷ lệ hồ sơ giải quyết trước hạn vượt 5,2% so với cùng kỳ.",
        "Tỷ lệ hồ sơ trực tuyến toàn trình vượt 120% chỉ tiêu được giao.",
        "Tỷ lệ hồ sơ trực tuyến đạt 98%, vượt 108% kế hoạch.",
        "Có 22/20 đảng viên được kết nạp, vượt 10% kế hoạch.",
    ],
)
def test_an_excess_is_no_level(text: str) -> None:
    assert _pct_hits(text) == []


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Tỷ lệ hồ sơ đúng hạn tăng 2,5 điểm phần trăm so với năm 2024.", []),
        ("Tỷ lệ hồ sơ trễ hạn giảm 3 điểm % so với quý trước.", []),
        ("Tỷ lệ hài lòng tăng 105 điểm phần trăm.", []),
        ("Tỷ lệ thanh toán trực tuyến tăng 12 điểm%.", []),
        ("Tỷ lệ hồ sơ trực tuyến đạt 75,5%, tăng 12,5 điểm % so với năm 2024.", ["75,5%"]),
        ("Chỉ số SIPAS đạt 88,5% (tăng 3,2 điểm phần trăm).", ["88,5%"]),
    ],
)
def test_percentage_points_are_no_percentage(text: str, published: list[str]) -> None:
    assert [f.text for f in extract_figures(text)] == published
    assert _pct_hits(text) == []
