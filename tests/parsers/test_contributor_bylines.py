"""A byline that marks its writer a contributor or a reporter in parentheses ("Minh Anh (CTV)",
"Thu Hà (PV)"), as provincial papers and portals sign, credits the writer alone and is no text;
after the article's note it leaves the note the article's own (the project's own sentences)."""

from __future__ import annotations

import pytest

from tests.parsers.fixtures import cited, web_article

_TEXT = "Xã đã trả kết quả sớm cho nhiều hồ sơ."


@pytest.mark.parametrize(
    ("credit", "writers"),
    [
        ("Minh Anh (CTV)", ("Minh Anh",)),
        ("Thu Hà (PV)", ("Thu Hà",)),
        ("Minh Anh - Thu Hà (CTV)", ("Minh Anh", "Thu Hà")),
        ("Minh Anh (cộng tác viên)", ("Minh Anh",)),
    ],
)
def test_a_contributors_byline_after_the_note(credit: str, writers: tuple[str, ...]) -> None:
    article = web_article(f"{_TEXT} (Baonamdinh.vn 05/5)\n\n{credit}\n\nVề đầu trang")
    assert article.body == _TEXT
    assert cited(article) == ("Baonamdinh.vn", "05/5", writers)
    assert article.item_citations == ()


def test_a_contributors_byline_before_the_source_line() -> None:
    article = web_article(f"{_TEXT}\n\nMinh Anh (CTV)\n\nNguồn: Báo Nam Định\n\nVề đầu trang")
    assert article.body == _TEXT
    assert cited(article) == ("Báo Nam Định", "", ("Minh Anh",))


def test_a_phrase_with_the_mark_names_no_writer() -> None:
    article = web_article(f"{_TEXT}\n\nHội nghị (PV)\n\nNguồn: Báo Nam Định\n\nVề đầu trang")
    assert article.body == f"{_TEXT}\n\nHội nghị (PV)"
