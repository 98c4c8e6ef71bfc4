"""A short item whose note is followed on its line by the writer's name ("… (Báo Hà Giang 04/5)
Minh Anh"), in an article of "Tin vắn": the item's note is cited with its writer, and neither is
text (the project's own sentences)."""

from __future__ import annotations

from tests.parsers.fixtures import web_article


def test_an_items_note_with_its_byline_on_the_line_is_cited() -> None:
    article = web_article(
        "Hà Giang: Xã Minh Tân khai trương bộ phận một cửa. (Báo Hà Giang 04/5) Minh Anh\n\n"
        "Sơn La: Tỷ lệ hồ sơ trực tuyến đạt 85%. (Baosonla.vn 05/5)\n\nVề đầu trang"
    )
    assert article.body == (
        "Hà Giang: Xã Minh Tân khai trương bộ phận một cửa.\n\n"
        "Sơn La: Tỷ lệ hồ sơ trực tuyến đạt 85%."
    )
    assert [(c.outlet, c.date_text, c.authors) for c in article.citations] == [
        ("Báo Hà Giang", "04/5", ("Minh Anh",)),
        ("Baosonla.vn", "05/5", ()),
    ]


def test_a_name_after_a_sentences_parenthesis_stays_text() -> None:
    """No note before the name: "(TTHC)" is the sentence's, and so is the rest."""
    text = "Xã rà soát các thủ tục hành chính (TTHC) Minh Anh"
    article = web_article(
        f"{text}\n\nSơn La: Tỷ lệ hồ sơ trực tuyến đạt 85%. (Baosonla.vn 05/5)\n\nVề đầu trang"
    )
    assert article.paragraphs[0].text == text
