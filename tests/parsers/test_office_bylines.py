"""A byline that names the writer's office with no note before it ("Minh Anh - Sở Nội vụ", "(Thu
Hà - Sở Nội vụ)"), as a department's own news closes: the office is the source, the writer its
author. After a note the byline only credits the writer (the project's own sentences)."""

from __future__ import annotations

import pytest

from tests.parsers.fixtures import cited, print_article, web_article

_TEXT = "Xã đã trả kết quả sớm cho nhiều hồ sơ."


@pytest.mark.parametrize(
    "closing",
    [
        "\n\nMinh Anh - Sở Nội vụ\n\n",
        "\n\nMinh Anh (Sở Nội vụ)\n\n",
        " (Minh Anh - Sở Nội vụ)",
        " Minh Anh - Sở Nội vụ ",
    ],
)
def test_a_byline_naming_an_office_with_no_note_cites_the_office(closing: str) -> None:
    article = web_article(f"{_TEXT}{closing}Về đầu trang")
    assert article.body == _TEXT
    assert cited(article) == ("Sở Nội vụ", "", ("Minh Anh",))


def test_an_office_byline_on_the_print_editions_closing_line() -> None:
    article = print_article("Huyện đã số hóa hồ sơ đất đai.\nThu Hà - Sở Nội vụ [Về đầu trang](#)")
    assert article.paragraphs[-1].text == "Huyện đã số hóa hồ sơ đất đai."
    assert cited(article) == ("Sở Nội vụ", "", ("Thu Hà",))


def test_after_a_note_an_office_byline_credits_the_writer_only() -> None:
    article = web_article(f"{_TEXT} (Báo Nam Định 05/5)\n\nMinh Anh - Sở Nội vụ\n\nVề đầu trang")
    assert cited(article) == ("Báo Nam Định", "05/5", ("Minh Anh",))


def test_a_scholars_institution_is_no_source_and_his_degree_no_sentence() -> None:
    credit = "TS. Lê Văn Chiến - Học viện Hành chính quốc gia"
    article = web_article(f"{_TEXT}\n\n{credit}\n\nVề đầu trang")
    assert article.paragraphs[-1].text in (_TEXT, credit)
    assert article.citation is None
