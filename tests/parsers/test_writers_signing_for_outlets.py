"""A byline that signs a writer for a paper or an agency ("Minh Anh/Báo Nam Định", "Thu Hà
(TTXVN)", "Minh Anh - Báo Nam Định"), on a line of its own or in parentheses: with no note it
cites that outlet with the writer, after a note it credits the writer; never text (the project's
own sentences)."""

from __future__ import annotations

import pytest

from tests.parsers.fixtures import cited, web_article

_TEXT = "Xã đã trả kết quả sớm cho nhiều hồ sơ."


@pytest.mark.parametrize(
    ("closing", "cited_as"),
    [
        ("\n\nMinh Anh/Báo Nam Định\n\n", ("Báo Nam Định", "", ("Minh Anh",))),
        ("\n\nMinh Anh - Báo Nam Định\n\n", ("Báo Nam Định", "", ("Minh Anh",))),
        ("\n\nThu Hà/TTXVN\n\n", ("TTXVN", "", ("Thu Hà",))),
        ("\n\nThu Hà (TTXVN)\n\n", ("TTXVN", "", ("Thu Hà",))),
        (" (Minh Anh/Báo Nam Định)", ("Báo Nam Định", "", ("Minh Anh",))),
        (" (Minh Anh - Báo Nam Định)", ("Báo Nam Định", "", ("Minh Anh",))),
        (" (Thu Hà/TTXVN)", ("TTXVN", "", ("Thu Hà",))),
    ],
)
def test_a_writer_signed_for_an_outlet_with_no_note_cites_the_outlet(
    closing: str, cited_as: tuple[str, str, tuple[str, ...]]
) -> None:
    article = web_article(f"{_TEXT}{closing}Về đầu trang")
    assert article.body == _TEXT
    assert cited(article) == cited_as


@pytest.mark.parametrize("byline", ["Thu Hà (TTXVN)", "Thu Hà/TTXVN", "Thu Hà - Báo Nam Định"])
def test_after_a_note_the_signed_writer_is_credited(byline: str) -> None:
    article = web_article(f"{_TEXT} (Báo Nam Định 05/5)\n\n{byline}\n\nVề đầu trang")
    assert article.body == _TEXT
    assert cited(article) == ("Báo Nam Định", "05/5", ("Thu Hà",))


@pytest.mark.parametrize(
    "closing",
    [
        "Phóng viên Báo Nam Định đã ghi nhận.",  # a sentence
        "Hà Nội - Báo Nam Định",  # a place, no writer
    ],
)
def test_what_signs_no_writer_stays_text(closing: str) -> None:
    article = web_article(f"{_TEXT}\n\n{closing}\n\nVề đầu trang")
    assert article.paragraphs[-1].text == closing


def test_a_dated_note_with_its_writer_first_is_a_note_no_byline() -> None:
    article = web_article(f"{_TEXT} (Minh An - TTXVN 01/01)Về đầu trang")
    assert article.body == _TEXT
    assert cited(article) == ("TTXVN", "01/01", ("Minh An",))
