"""Several ratios and several percentages said respectively ("45/50 xã, 30/40 xã đạt chuẩn,
tương ứng 90% và 75%"): the first percentage of the list is no share of the last ratio."""

from __future__ import annotations

import pytest

from bantin.parsers.figures import extract_figures
from tests.validators.builders import digest, with_paragraph
from tests.validators.helpers import hits


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.text) for f in extract_figures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Hai huyện có 45/50 xã, 30/40 xã đạt chuẩn, tương ứng 90% và 75%.",
        "Huyện A và huyện B lần lượt có 45/50 xã và 30/40 xã đạt chuẩn, đạt 90% và 75%.",
        "Các xã, phường đã số hóa 450/500 hồ sơ, 300/400 hồ sơ, tương ứng 90%, 75%.",
        "Năm 2024 và 2025 có 36/45 xã, 45/45 xã đạt chuẩn, chiếm 80% và 100%.",
    ],
)
def test_a_list_of_percentages_is_no_share_of_the_last_ratio(text: str) -> None:
    assert [kind for kind, _ in _kinds(text)].count("ratio_percent") == 0
    assert hits("pct.ratio", with_paragraph(digest(), text)) == []


def test_each_ratio_and_percentage_is_still_published() -> None:
    text = "Hai huyện có 45/50 xã, 30/40 xã đạt chuẩn, tương ứng 90% và 75%."
    assert _kinds(text) == [
        ("ratio", "45/50"),
        ("ratio", "30/40"),
        ("percent", "90%"),
        ("percent", "75%"),
    ]


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        # one percentage, then something else said after a comma: the ratio's own share
        ("Có 30/40 xã đạt chuẩn, tương ứng 75%, tăng 5 xã so với năm trước.", "75%"),
        ("Có 30/40 xã đạt chuẩn, đạt tỷ lệ 75%, và 10 xã còn lại đạt 9/10 tiêu chí.", "75%"),
        ("Có 30/40 xã đạt chuẩn (75%) và 10/40 xã đạt 9/10 tiêu chí.", "75%"),
    ],
)
def test_a_single_stated_percentage_still_pairs(text: str, stated: str) -> None:
    pairs = [f for f in extract_figures(text) if f.kind == "ratio_percent"]
    assert [(f.ratio_text, f.stated) for f in pairs] == [("30/40", stated)]


def test_a_single_misstated_percentage_still_fires() -> None:
    text = "Có 30/40 xã đạt chuẩn, tương ứng 90%."
    assert hits("pct.ratio", with_paragraph(digest(), text)) == [(32, "30/40 is 75%, not 90%")]
