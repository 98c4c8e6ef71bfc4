"""A slash typed with a space on each side ("đạt 45 / 50 chỉ tiêu", "28 / 28 xã (100%)") is read
as the same slash without them: a ratio of things counted, a day after a day's word, a document's
or a year's number never a ratio."""

from __future__ import annotations

import pytest

from bantin.parsers.figures import extract_figures
from bantin.parsers.tokens import read_tokens
from tests.validators.builders import digest, with_paragraph
from tests.validators.helpers import hits


@pytest.mark.parametrize(
    ("text", "ratio", "unit"),
    [
        ("Năm 2025, huyện đạt 45 / 50 chỉ tiêu kinh tế - xã hội.", "45 / 50", "chỉ tiêu"),
        ("Có 3 / 5 nhóm chỉ tiêu vượt kế hoạch.", "3 / 5", "nhóm"),
        ("Đã có 1.245 / 1.300 hồ sơ được số hóa.", "1.245 / 1.300", "hồ sơ"),
    ],
)
def test_a_spaced_ratio_of_things_counted_is_a_ratio(text: str, ratio: str, unit: str) -> None:
    figures = extract_figures(text)
    assert [(f.kind, f.text, f.unit) for f in figures] == [("ratio", ratio, unit)]


def test_a_spaced_ratio_with_its_percentage_is_checked() -> None:
    text = "Có 45 / 50 xã đạt chuẩn nông thôn mới (80%)."
    assert hits("pct.ratio", with_paragraph(digest(), text)) == [(32, "45 / 50 is 90%, not 80%")]
    agreeing = "Đã có 28 / 28 xã, phường hoàn thành sắp xếp (đạt 100%)."
    assert hits("pct.ratio", with_paragraph(digest(), agreeing)) == []


def test_a_spaced_count_over_all_is_a_share_over_100() -> None:
    text = "Có 12 / 10 xã đạt chuẩn (120%)."
    assert [line for line, _ in hits("pct.range", with_paragraph(digest(), text))] == [32]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Chiều 15 / 12, đoàn công tác làm việc tại 5 xã.", ["date"]),
        ("Tháng 11 / 2025, huyện tiếp nhận 1.200 hồ sơ.", ["month_year"]),
        ("Năm học 2024 / 2025 có 45/50 trường đạt chuẩn.", ["period", "ratio"]),
        ("Bản tin số 15 / 2025 đưa tin về 3 xã.", ["label"]),
        ("Kinh phí chia theo tỷ lệ 30 / 70 giữa tỉnh và xã.", ["split"]),
        # no count noun: a bare small one is no figure, as "5/9" is not
        ("Kết quả 3 / 5 được công bố sau.", []),
    ],
)
def test_spaced_days_years_and_numbers_are_never_ratios(text: str, kinds: list[str]) -> None:
    assert [t.kind for t in read_tokens(text)] == kinds
