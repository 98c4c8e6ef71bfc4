"""A ranked index's value in points with its place in parentheses ("Chỉ số PAR INDEX của tỉnh đạt
87,61 điểm (15/63 tỉnh, thành phố)"): the place in the ranking, published as a rank, never a
ratio of 15 of 63 provinces (23,81%), as its value in percent already was."""

from __future__ import annotations

import pytest

from bantin.parsers.figures import extract_figures


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.text) for f in extract_figures(text)]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Năm 2024, Chỉ số PAR INDEX của tỉnh đạt 87,61 điểm (15/63 tỉnh, thành phố).", "15/63"),
        ("Chỉ số SIPAS của thành phố đạt 84,6 điểm (12/34 tỉnh, thành).", "12/34"),
        ("Chỉ số cải cách hành chính của Sở đạt 91,3 điểm (2/20 sở), tăng 3 bậc.", "2/20"),
        ("Chỉ số PAR INDEX của tỉnh đạt 87,61 điểm (15/63).", "15/63"),
    ],
)
def test_the_place_after_an_index_in_points_is_a_rank(text: str, place: str) -> None:
    assert [kind for kind, printed in _kinds(text) if printed == place] == ["rank"]


@pytest.mark.parametrize(
    ("text", "ratio"),
    [
        # no index named: points of something else, and things counted
        ("Bộ phận một cửa đạt 95 điểm (19/20 sở).", "19/20"),
        # a bound is a threshold the provinces reached
        ("Chỉ số PAR INDEX đạt trên 80 điểm (60/63 tỉnh, thành phố).", "60/63"),
        # things other than those an index ranks
        ("Chỉ số PAR INDEX của tỉnh đạt 87,61 điểm (45/50 xã hoàn thành).", "45/50"),
    ],
)
def test_counts_after_points_stay_ratios(text: str, ratio: str) -> None:
    assert [kind for kind, printed in _kinds(text) if printed == ratio] == ["ratio"]
