"""A byline that says the writers made the piece ("Minh An (thực hiện)", "Nhóm PV (thực hiện)"),
as papers print under a report or an interview, credits them and is no paragraph of the
article (the project's own sentences)."""

from __future__ import annotations

import pytest

from tests.parsers.fixtures import cited, web_article

_TEXT = "Xã đã trả kết quả sớm cho nhiều hồ sơ."
_NOTE = "(Báo Nam Định 05/5)"


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("Minh An (thực hiện)", ("Minh An",)),
        ("Đức Anh - Thanh Hà (thực hiện)", ("Đức Anh", "Thanh Hà")),
        ("Nhóm PV (thực hiện)", ("Nhóm PV",)),
        ("Ngọc Mai (tổng hợp)", ("Ngọc Mai",)),
    ],
)
def test_a_byline_of_who_made_the_piece_credits_them(byline: str, authors: tuple[str, ...]) -> None:
    article = web_article(f"{_TEXT} {_NOTE}\n\n{byline}\n\nVề đầu trang")
    assert article.body == _TEXT
    assert cited(article) == ("Báo Nam Định", "05/5", authors)


@pytest.mark.parametrize("closing", ["Hà Nội (thực hiện)", "Kết quả (thực hiện)"])
def test_a_place_or_a_phrase_before_the_same_words_stays_text(closing: str) -> None:
    article = web_article(f"{_TEXT} {_NOTE}\n\n{closing}\n\nVề đầu trang")
    assert article.body.endswith(closing)
