"""A ranked index's value with its place in parentheses ("Chỉ số PAR INDEX của tỉnh đạt 89,12%
(15/63 tỉnh, thành phố)"): the place in the ranking, never 15 of 63 provinces said to be 89,12%."""

from __future__ import annotations

import pytest

from bantin.parsers.figures import extract_figures
from tests.validators.builders import digest, with_paragraph
from tests.validators.helpers import hits


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.text) for f in extract_figures(text)]


@pytest.mark.parametrize(
    ("text", "value", "place"),
    [
        (
            "Chỉ số PAR INDEX năm 2024 của tỉnh đạt 89,12% (15/63 tỉnh, thành phố).",
            "89,12%",
            "15/63",
        ),
        ("Chỉ số SIPAS của thành phố đạt 84,6% (12/34 tỉnh, thành).", "84,6%", "12/34"),
        (
            "Năm 2025, Chỉ số hài lòng của tỉnh đạt 86,05% (7/34 địa phương), tăng 3 bậc.",
            "86,05%",
            "7/34",
        ),
        (
            "Chỉ số cải cách hành chính của Sở đạt 91,3 điểm, tương ứng 91,3% (2/20 sở).",
            "91,3%",
            "2/20",
        ),
    ],
)
def test_the_place_of_an_index_is_a_rank(text: str, value: str, place: str) -> None:
    assert _kinds(text) == [("percent", value), ("rank", place)]
    assert hits("pct.ratio", with_paragraph(digest(), text)) == []


@pytest.mark.parametrize(
    ("text", "ratio"),
    [
        # a share of things counted, no index named
        ("Tỷ lệ hồ sơ đúng hạn đạt 95% (19/20 sở).", "19/20"),
        # a rate said after the index's name: the count is of that rate
        ("Chỉ số SIPAS của tỉnh đạt 85%, tỷ lệ hồ sơ đúng hạn đạt 95% (19/20 sở).", "19/20"),
        # a bound is a threshold the provinces reached, not the index's value
        ("Chỉ số PAR INDEX đạt trên 80% (63/63 tỉnh, thành phố).", "63/63"),
        # things other than those an index ranks
        ("Chỉ số PAR INDEX của tỉnh đạt 89,12% (45/50 xã hoàn thành).", "45/50"),
    ],
)
def test_shares_near_an_index_still_pair(text: str, ratio: str) -> None:
    pairs = [f for f in extract_figures(text) if f.kind == "ratio_percent"]
    assert [f.ratio_text for f in pairs] == [ratio]
