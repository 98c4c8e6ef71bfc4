"""What a page prints under a source line of its own ("Nguồn: Báo Nam Định" / "Minh Anh", or
"Ảnh minh họa") credits the writers or the pictures: it is never read as part of the outlet's
name, and the source is still cited (the project's own sentences)."""

from __future__ import annotations

import pytest

from tests.parsers.fixtures import cited, web_article

_TEXT = "Xã đã trả kết quả sớm cho nhiều hồ sơ."


@pytest.mark.parametrize(
    ("after", "authors"),
    [
        ("Minh Anh", ("Minh Anh",)),
        ("MINH ANH", ("Minh Anh",)),
        ("Ảnh minh họa", ()),
        ("Ảnh: Thu Hà", ()),
    ],
)
def test_a_credit_under_a_source_line_is_no_part_of_the_outlet(
    after: str, authors: tuple[str, ...]
) -> None:
    article = web_article(f"{_TEXT}\n\nNguồn: Báo Nam Định\n\n{after}\n\nVề đầu trang")
    assert article.body == _TEXT
    assert cited(article) == ("Báo Nam Định", "", authors)


def test_lines_with_no_parenthesis_are_never_joined_into_a_source() -> None:
    """A note broken over lines is joined again ("(Baocamau.vn" / "01/02)"); lines with no
    parenthesis are never joined into one source's name."""
    article = web_article(f"{_TEXT}\n\nTheo Báo Nam Định\n\nKết quả tốt\n\nVề đầu trang")
    assert article.citation is None or article.citation.outlet == "Báo Nam Định"
