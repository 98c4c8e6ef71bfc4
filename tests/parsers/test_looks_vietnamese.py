"""Which decoded text counts as Vietnamese (how windows-1258 bytes are accepted): its non-ASCII words
are syllables and MORE than 3 in 100 of its letters are Vietnamese-only."""

from __future__ import annotations

import pytest

from bantin.parsers.vietnamese import looks_vietnamese


@pytest.mark.parametrize(
    ("padding", "expected"),
    [
        (93, True),  # 3 Vietnamese-only letters of 99: above 3%
        (94, False),  # 3 of 100: exactly 3% is not enough
        (200, False),
    ],
)
def test_vietnamese_only_letters_must_be_more_than_three_in_a_hundred(
    padding: int, expected: bool
) -> None:
    text = "ăn ăn ăn " + "x" * padding  # 6 letters, 3 of them "ă"
    assert looks_vietnamese(text) is expected


def test_vietnamese_prose_is_accepted_and_portuguese_is_not() -> None:
    assert looks_vietnamese("Đề án số hóa thủ tục hành chính của tỉnh Đắk Lắk năm 2025")
    assert not looks_vietnamese("São Paulo e a administração pública")
