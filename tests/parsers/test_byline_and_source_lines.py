"""A closing line that names the writer and then the source ("Tác giả: Minh Anh - Nguồn: Báo Nam
Định", "Minh Anh | Nguồn: Báo Nam Định"), as a portal's article footer prints them together:
the source is cited with the writer, and the line is no text (the project's own sentences)."""

from __future__ import annotations

import pytest

from tests.parsers.fixtures import cited, web_article

_TEXT = "Xã đã trả kết quả sớm cho nhiều hồ sơ."


@pytest.mark.parametrize(
    "closing",
    [
        "Tác giả: Minh Anh - Nguồn: Báo Nam Định",
        "Minh Anh | Nguồn: Báo Nam Định",
        "Minh Anh. Nguồn: Báo Nam Định",
        "Tác giả: Minh Anh, Nguồn: Báo Nam Định",
    ],
)
def test_a_byline_then_its_source_on_one_line_is_cited(closing: str) -> None:
    article = web_article(f"{_TEXT}\n\n{closing}\n\nVề đầu trang")
    assert article.body == _TEXT
    assert cited(article) == ("Báo Nam Định", "", ("Minh Anh",))


@pytest.mark.parametrize(
    "closing",
    [
        "Người dân hài lòng - Nguồn: Báo Nam Định",  # a sentence's words, no byline
        "Hà Nội - Theo Báo Nam Định",  # a place
    ],
)
def test_what_is_no_byline_before_a_source_stays_text(closing: str) -> None:
    article = web_article(f"{_TEXT}\n\n{closing}\n\nVề đầu trang")
    assert article.paragraphs[-1].text == closing
