"""A credit printed in capitals is credited in the case a name is written only when each of its
words is spelled as a syllable: an office's initials ("UBND TỈNH", "HĐND HUYỆN") are no name, and
title case made them "Ubnd Tỉnh", a name no one writes, in the citation_authors table. A writer's
name in capitals ("MINH ANH", "NGUYỄN THỊ THU HƯƠNG") is still credited as names are written
(the project's own made-up credits)."""

from __future__ import annotations

import pytest

from bantin.parsers.notes import byline
from tests.parsers.fixtures import cited, web_article

_TEXT = "Xã đã trả kết quả sớm cho nhiều hồ sơ."


@pytest.mark.parametrize(
    ("credit", "written"),
    [
        ("UBND TỈNH", "UBND TỈNH"),
        ("HĐND HUYỆN", "HĐND HUYỆN"),
        ("MINH ANH", "Minh Anh"),
        ("NGUYỄN THỊ THU HƯƠNG", "Nguyễn Thị Thu Hương"),
        ("TRƯƠNG QUANG NGHĨA", "Trương Quang Nghĩa"),
    ],
)
def test_a_credit_in_a_note_in_capitals(credit: str, written: str) -> None:
    article = web_article(f"{_TEXT} (Báo Nam Định 05/5, {credit})\n\nVề đầu trang")
    assert article.body == _TEXT
    assert cited(article) == ("Báo Nam Định", "05/5", (written,))


def test_a_byline_in_capitals_keeps_an_office_s_initials() -> None:
    assert byline("UBND TỈNH", capitals=True) == (("UBND TỈNH",), ", ")
    assert byline("MINH ANH", capitals=True) == (("Minh Anh",), ", ")
