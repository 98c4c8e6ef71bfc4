"""A change of place said with the places it moved ("tăng 5 bậc, từ 15/34 lên 10/34 tỉnh, thành
phố", "giảm 3 bậc (từ 5/34 xuống 8/34)", "từ 15/34 lên 10/34, tăng 5 bậc"), as index rankings
are reported: both "X/Y" are places, never shares of 44% and 29% of anything. Counts that rise
from one share to another ("tăng từ 15/34 lên 20/34 xã") stay ratios."""

from __future__ import annotations

import pytest

from bantin.parsers.figures import extract_figures


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.text) for f in extract_figures(text)]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Chỉ số PAR INDEX của tỉnh tăng 5 bậc, từ 15/34 lên 10/34 tỉnh, thành phố.",
            ["15/34", "10/34"],
        ),
        ("Chỉ số PAR INDEX năm 2026 tăng 5 bậc (từ 15/34 lên 10/34).", ["15/34", "10/34"]),
        ("Chỉ số SIPAS giảm 3 bậc, từ 5/34 xuống 8/34.", ["5/34", "8/34"]),
        ("Chỉ số PCI vươn từ 15/34 lên 10/34, tăng 5 bậc so với năm 2025.", ["15/34", "10/34"]),
        (
            "Chỉ số PCI đi từ 15/34 lên 10/34 tỉnh, thành phố, tăng 5 bậc so với năm trước.",
            ["15/34", "10/34"],
        ),
        ("Chỉ số PAR INDEX tăng 8 bậc so với năm 2025 (từ 20/34 lên 12/34).", ["20/34", "12/34"]),
        ("Chỉ số SIPAS giảm 2 bậc so với năm 2025, từ 6/34 xuống 8/34.", ["6/34", "8/34"]),
        ("Chỉ số PCI nhảy vọt 8 bậc, từ 20/34 lên 12/34.", ["20/34", "12/34"]),
    ],
)
def test_a_move_of_places_makes_both_ends_places(text: str, places: list[str]) -> None:
    assert _kinds(text) == [("rank", place) for place in places]


@pytest.mark.parametrize(
    "text",
    [
        "Tỷ lệ xã đạt chuẩn tăng từ 15/34 lên 20/34 xã.",
        "Số xã đạt chuẩn tăng từ 15/34 lên 20/34.",
        "Chỉ số PAR INDEX tăng 5 bậc, số xã đạt chuẩn tăng từ 15/34 lên 20/34.",
        "Chỉ số PAR INDEX tăng 5 bậc, từ 15/34 lên 20/34 xã đạt chuẩn.",
        "Chỉ số tăng 8 bậc so với năm 2025, số xã đạt chuẩn tăng từ 20/34 lên 24/34.",
    ],
)
def test_counts_rising_stay_ratios(text: str) -> None:
    assert [kind for kind, _ in _kinds(text)] == ["ratio", "ratio"]


def test_a_named_ranking_still_makes_places() -> None:
    assert _kinds("Thứ hạng của tỉnh tăng mạnh, từ 45/63 lên 30/63.") == [
        ("rank", "45/63"),
        ("rank", "30/63"),
    ]
