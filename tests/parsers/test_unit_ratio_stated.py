"""A ratio with its noun on both sides and the percentage after it, "1.245 TTHC/1.876 TTHC
(66,4%)", "… hồ sơ/… hồ sơ, đạt Z%", is one figure that pct.ratio checks, as "1.245/1.876 TTHC
(66,4%)" is; a percentage of another whole, or a comparison, after it is not its share."""

from __future__ import annotations

import pytest

from bantin.parsers.figures import extract_figures
from tests.validators.builders import digest, with_paragraph
from tests.validators.helpers import hits


def _ratio_findings(text: str) -> list[str]:
    return [message for _, message in hits("pct.ratio", with_paragraph(digest(), text))]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "Tỉnh có 1.245 TTHC/1.876 TTHC (80%) phát sinh hồ sơ trực tuyến.",
            "1.245 TTHC/1.876 TTHC is 66,36%, not 80%",
        ),
        (
            "Đã giải quyết đúng hạn 1.198 hồ sơ/1.205 hồ sơ, đạt 90%.",
            "1.198 hồ sơ/1.205 hồ sơ is 99,42%, not 90%",
        ),
    ],
)
def test_a_misstated_share_of_a_ratio_with_both_nouns_is_found(text: str, message: str) -> None:
    assert _ratio_findings(text) == [message]


def test_the_pair_is_published_as_one_figure() -> None:
    (figure,) = extract_figures("Tỉnh có 1.245 TTHC/1.876 TTHC (66,4%) phát sinh hồ sơ.")
    assert (figure.kind, figure.value, figure.numerator, figure.denominator, figure.unit) == (
        "ratio_percent",
        66.4,
        1245.0,
        1876.0,
        "TTHC",
    )
    assert figure.stated == "66,4%"


@pytest.mark.parametrize(
    "text",
    [
        "Tỉnh có 1.245 TTHC/1.876 TTHC (66,4%) phát sinh hồ sơ trực tuyến.",
        "Tỉnh có 1.245 TTHC/1.876 TTHC, đạt 66,36%.",
        # a plan, another whole, the population, a comparison: not the ratio's share
        "Cấp mới 1.245 hộ/1.876 hộ, đạt 90% kế hoạch.",
        "Có 12 xã/15 xã, chiếm 8% tổng số xã của tỉnh.",
        "Có 12 xã/15 xã, chiếm 30% dân số.",
        "Giải quyết 1.198 hồ sơ/1.205 hồ sơ, tăng 12% so với cùng kỳ.",
        "Có 12 xã/15 xã, 30 xã/40 xã, tương ứng 90% và 75%.",
    ],
)
def test_guards_no_false_finding(text: str) -> None:
    assert _ratio_findings(text) == []


def test_a_bare_ratio_with_both_nouns_stays_a_ratio() -> None:
    (figure,) = extract_figures("Có 1.245 TTHC/1.876 TTHC phát sinh hồ sơ trực tuyến.")
    assert (figure.kind, figure.numerator, figure.denominator) == ("ratio", 1245.0, 1876.0)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Tỷ lệ trễ hạn là 5% (99 hồ sơ/12.430 hồ sơ).", "99 hồ sơ/12.430 hồ sơ is 0,8%, not 5%"),
        ("Đạt 80% (1.245 TTHC/1.876 TTHC).", "1.245 TTHC/1.876 TTHC is 66,36%, not 80%"),
    ],
)
def test_the_percentage_first_restated_by_both_nouns_is_checked(text: str, message: str) -> None:
    assert _ratio_findings(text) == [message]


@pytest.mark.parametrize(
    "text",
    [
        "Tỷ lệ trễ hạn là 0,8% (99 hồ sơ/12.430 hồ sơ).",
        # a change and the counts it reached: no pair
        "Số hồ sơ trực tuyến tăng 12% (850 hồ sơ/1.000 hồ sơ).",
    ],
)
def test_the_percentage_first_guards(text: str) -> None:
    assert _ratio_findings(text) == []
