"""A byline printed in capitals under an article's note ("MINH ANH"), as many papers set their
writers' names: it credits the note's writers, in the case a name is written, and is no text
(the project's own sentences)."""

from __future__ import annotations

import pytest

from tests.parsers.fixtures import cited, print_article, web_article

_TEXT = "Xã đã trả kết quả sớm cho nhiều hồ sơ."


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("MINH ANH", ("Minh Anh",)),
        ("HOÀNG THU HÀ - MINH ANH", ("Hoàng Thu Hà", "Minh Anh")),
        ("NGUYỄN VĂN HÙNG", ("Nguyễn Văn Hùng",)),
        ("BÀI, ẢNH: QUANG LÂM", ("Quang Lâm",)),
    ],
)
def test_a_byline_in_capitals_after_the_note_credits_its_writers(
    byline: str, authors: tuple[str, ...]
) -> None:
    article = web_article(f"{_TEXT} (Báo Nam Định 05/5)\n\n{byline}\n\nVề đầu trang")
    assert article.body == _TEXT
    assert cited(article) == ("Báo Nam Định", "05/5", authors)


def test_a_byline_in_capitals_on_the_print_editions_closing_line() -> None:
    article = print_article(
        "Huyện đã số hóa hồ sơ đất đai. (Báo Lào Cai 02/01)\nTHU HÀ [Về đầu trang](#)"
    )
    assert article.paragraphs[-1].text == "Huyện đã số hóa hồ sơ đất đai."
    assert cited(article) == ("Báo Lào Cai", "02/01", ("Thu Hà",))


@pytest.mark.parametrize("closing", ["HÀ NỘI", "LÀO CAI"])
def test_a_place_in_capitals_after_the_note_is_no_byline(closing: str) -> None:
    article = web_article(f"{_TEXT} (Báo Nam Định 05/5)\n\n{closing}\n\nVề đầu trang")
    assert article.paragraphs[-1].text == closing


def test_capitals_with_no_note_before_them_stay_text() -> None:
    """With no note, nothing shows the line credits a writer: a heading reads so too."""
    article = web_article(f"{_TEXT}\n\nKẾT QUẢ BƯỚC ĐẦU\n\nVề đầu trang")
    assert article.paragraphs[-1].text == "KẾT QUẢ BƯỚC ĐẦU"
    assert article.citation is None


def test_a_heading_in_capitals_between_short_items_stays_text() -> None:
    article = web_article(
        f"{_TEXT} (Báo Nam Định 05/5)\n\nTIN TRONG TỈNH\n\nNgười dân hài lòng.\n\nVề đầu trang"
    )
    assert "TIN TRONG TỈNH" in [p.text for p in article.paragraphs]
