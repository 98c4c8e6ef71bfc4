"""Groups of targets ("3/5 nhóm chỉ tiêu") and cards ("3.240/3.500 thẻ bảo hiểm y tế") are
things a ratio counts: a small ratio before them is a figure, and its percentage is checked."""

from __future__ import annotations

import pytest

from bantin.parsers.figures import extract_figures
from bantin.parsers.tokens import read_tokens
from tests.validators.builders import digest, with_paragraph
from tests.validators.helpers import hits


def _figures(text: str) -> list[tuple[str, str, str | None]]:
    return [(f.kind, f.ratio_text or f.text, f.unit) for f in extract_figures(text)]


@pytest.mark.parametrize(
    ("text", "ratio", "unit"),
    [
        ("Năm 2025, tỉnh hoàn thành 3/5 nhóm chỉ tiêu chủ yếu.", "3/5", "nhóm"),
        ("Có 2/3 nhóm tiêu chí được đánh giá ở mức tốt.", "2/3", "nhóm"),
        ("Huyện đã cấp 3.240/3.500 thẻ bảo hiểm y tế cho người dân.", "3.240/3.500", "thẻ"),
    ],
)
def test_a_ratio_of_groups_or_cards_is_a_figure(text: str, ratio: str, unit: str) -> None:
    assert _figures(text) == [("ratio", ratio, unit)]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Có 3/5 nhóm chỉ tiêu đạt và vượt kế hoạch (80%).", "3/5 is 60%, not 80%"),
        ("Xã đã cấp 450/500 thẻ căn cước (95%).", "450/500 is 90%, not 95%"),
    ],
)
def test_their_stated_percentage_is_checked(text: str, message: str) -> None:
    assert hits("pct.ratio", with_paragraph(digest(), text)) == [(32, message)]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Ngày 3/5 nhóm công tác làm việc tại xã.", "date"),
        ("Sáng 3/5 nhóm công tác làm việc tại xã.", "date"),
        ("Đến 15/12 nhóm công tác đã làm việc tại các xã.", "date"),
        ("Tính đến 30/11 thẻ căn cước đã được cấp cho người dân.", "date"),
        ("Tỉnh nằm trong nhóm dẫn đầu (5/63).", "rank"),
    ],
)
def test_days_and_places_before_those_words_stay_what_they_were(text: str, kind: str) -> None:
    assert [token.kind for token in read_tokens(text)] == [kind]
