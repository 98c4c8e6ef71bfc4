"""A photo's credit printed after an article's source note ("Ảnh: Thu Hà") credits the pictures:
the note still closes the article, and the credit is neither text nor a writer (the project's own
sentences)."""

from __future__ import annotations

import pytest

from tests.parsers.fixtures import cited, print_article, web_article

_TEXT = "Xã đã trả kết quả sớm cho nhiều hồ sơ."


@pytest.mark.parametrize(
    "credit",
    ["Ảnh: Thu Hà", "Ảnh: TTXVN", "Ảnh: T.A", "Ảnh, video: Quốc Hồng", "Đồ họa: Minh Tú"],
)
def test_a_picture_credit_on_its_own_line_after_the_note_leaves_the_note_closing(
    credit: str,
) -> None:
    article = web_article(f"{_TEXT} (Báo Nam Định 05/5)\n\n{credit}\n\nVề đầu trang")
    assert article.body == _TEXT
    assert cited(article) == ("Báo Nam Định", "05/5", ())


def test_a_picture_credit_after_a_byline_after_the_note() -> None:
    article = web_article(f"{_TEXT} (Báo Nam Định 05/5)\n\nMinh Anh\n\nẢnh: Thu Hà\n\nVề đầu trang")
    assert article.body == _TEXT
    assert cited(article) == ("Báo Nam Định", "05/5", ("Minh Anh",))


def test_a_picture_credit_after_a_source_line() -> None:
    article = web_article(f"{_TEXT}\n\nNguồn: Báo Nam Định\n\nẢnh: Thu Hà\n\nVề đầu trang")
    assert article.body == _TEXT
    assert cited(article) == ("Báo Nam Định", "", ())


def test_a_picture_credit_after_the_note_on_the_same_line() -> None:
    article = web_article(f"{_TEXT} (Báo Nam Định 05/5) Ảnh: Thu Hà Về đầu trang")
    assert article.body == _TEXT
    assert cited(article) == ("Báo Nam Định", "05/5", ())


def test_a_picture_credit_on_the_print_editions_closing_line() -> None:
    article = print_article(
        "Huyện đã số hóa hồ sơ đất đai. (Báo Lào Cai 02/01)\nẢnh: Thu Hà [Về đầu trang](#)"
    )
    assert article.paragraphs[-1].text == "Huyện đã số hóa hồ sơ đất đai."
    assert cited(article) == ("Báo Lào Cai", "02/01", ())


def test_a_picture_credit_between_short_items_is_no_text() -> None:
    article = web_article(
        "Hà Giang: Xã Minh Tân khai trương bộ phận một cửa. (Báo Hà Giang 04/5)\n\n"
        "Ảnh: Minh Anh\n\n"
        "Sơn La: Tỷ lệ hồ sơ trực tuyến đạt 85%. (Baosonla.vn 05/5)\n\nVề đầu trang"
    )
    assert article.body == (
        "Hà Giang: Xã Minh Tân khai trương bộ phận một cửa.\n\n"
        "Sơn La: Tỷ lệ hồ sơ trực tuyến đạt 85%."
    )
    assert [c.outlet for c in article.citations] == ["Báo Hà Giang", "Baosonla.vn"]


@pytest.mark.parametrize(
    "closing",
    [
        # a caption whose credit ends it is the article's text, no credit alone
        "Cán bộ hướng dẫn người dân nộp hồ sơ. Ảnh: Thu Hà",
        # a sentence about pictures
        "Ảnh hưởng của thiên tai làm chậm tiến độ.",
    ],
)
def test_text_that_holds_a_picture_word_stays_text(closing: str) -> None:
    article = web_article(f"{_TEXT} (Báo Nam Định 05/5)\n\n{closing}\n\nVề đầu trang")
    assert article.paragraphs[-1].text == closing


def test_a_credit_with_no_note_leaves_the_article_uncited_and_no_text() -> None:
    article = web_article(f"{_TEXT}\n\nẢnh: Thu Hà\n\nVề đầu trang")
    assert article.body == _TEXT
    assert article.citation is None
