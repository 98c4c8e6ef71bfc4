"""A web page's own link left on a line of its own after an article's source note ("Tin liên
quan", "Xem thêm", "Chia sẻ"), as a copy of the page keeps it, is neither text of the article nor
what ends it: the note still closes the article. A portal's buttons ("Xem cỡ chữ", "Đọc bài
viết", "In trang") are no text wherever they fall (the project's own sentences)."""

from __future__ import annotations

import pytest

from tests.parsers.fixtures import cited, web_article

_TEXT = "Xã đã trả kết quả sớm cho nhiều hồ sơ."
_NOTE = "(Baonamdinh.vn 05/5, Hà Linh)"


@pytest.mark.parametrize(
    "link",
    [
        "Tin liên quan",
        "Tin liên quan:",
        "Bài viết liên quan",
        "Xem thêm",
        "Chia sẻ",
        "Tin khác",
        "Đọc bài viết",
        "Xem cỡ chữ",
    ],
)
def test_a_link_after_the_note_before_the_back_to_top_link(link: str) -> None:
    article = web_article(f"{_TEXT} {_NOTE}\n\n{link}\n\nVề đầu trang")
    assert article.body == _TEXT
    assert cited(article) == ("Baonamdinh.vn", "05/5", ("Hà Linh",))
    assert article.item_citations == ()


@pytest.mark.parametrize("link", ["Tin liên quan", "Xem thêm", "Chia sẻ"])
def test_a_link_after_the_note_where_the_back_to_top_link_is_missing(link: str) -> None:
    article = web_article(f"{_TEXT} {_NOTE}\n\n{link}")
    assert article.body == _TEXT
    assert cited(article) == ("Baonamdinh.vn", "05/5", ("Hà Linh",))


def test_a_link_after_a_note_on_its_own_line() -> None:
    article = web_article(f"{_TEXT}\n\n{_NOTE}\n\nTin liên quan\n\nVề đầu trang")
    assert article.body == _TEXT
    assert cited(article) == ("Baonamdinh.vn", "05/5", ("Hà Linh",))


@pytest.mark.parametrize(
    "paragraph",
    [
        "Xem thêm hướng dẫn tại Cổng Dịch vụ công quốc gia.",
        "Chia sẻ kinh nghiệm số hóa hồ sơ của xã.",
    ],
)
def test_a_paragraph_opening_with_the_words_of_a_link_stays_text(paragraph: str) -> None:
    article = web_article(f"{_TEXT} {_NOTE}\n\n{paragraph}\n\nVề đầu trang")
    assert paragraph in article.body


def test_a_link_with_no_note_before_it_stays_where_it_was() -> None:
    article = web_article(f"{_TEXT}\n\nTin liên quan\n\nVề đầu trang")
    assert cited(article) is None


def test_a_portals_buttons_before_the_text_are_no_text() -> None:
    article = web_article(f"Xem cỡ chữ\n\nĐọc bài viết\n\nIn trang\n\n{_TEXT} {_NOTE}Về đầu trang")
    assert article.body == _TEXT
    assert cited(article) == ("Baonamdinh.vn", "05/5", ("Hà Linh",))


@pytest.mark.parametrize("heading", ["Bình luận", "Chia sẻ", "Xem thêm"])
def test_a_link_word_heading_a_part_of_the_text_stays_text(heading: str) -> None:
    article = web_article(f"{_TEXT}\n\n{heading}\n\n{_TEXT} {_NOTE}")
    assert heading in article.body
