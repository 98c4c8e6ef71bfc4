"""The labels portals print before an article's source and writers: "Nguồn tin:", "Tác giả:",
"Nguồn ảnh:", a role noted "(T/h)". The source is cited, the writers credited, the pictures'
credit dropped, and none of them is text (the project's own sentences)."""

from __future__ import annotations

import pytest

from tests.parsers.fixtures import cited, web_article

_TEXT = "Xã đã trả kết quả sớm cho nhiều hồ sơ."


@pytest.mark.parametrize(
    ("closing", "cited_as"),
    [
        ("Nguồn tin: Báo Lào Cai", ("Báo Lào Cai", "", ())),
        ("Nguồn tin: Sở Nội vụ", ("Sở Nội vụ", "", ())),
        ("(Nguồn tin: Báo Lào Cai)", ("Báo Lào Cai", "", ())),
        ("(Nguồn tin: Báo Lào Cai 02/5, Minh Anh)", ("Báo Lào Cai", "02/5", ("Minh Anh",))),
    ],
)
def test_a_source_labelled_nguon_tin_is_cited(
    closing: str, cited_as: tuple[str, str, tuple[str, ...]]
) -> None:
    article = web_article(f"{_TEXT}\n\n{closing}\n\nVề đầu trang")
    assert article.body == _TEXT
    assert cited(article) == cited_as


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("Tác giả: Minh Anh", ("Minh Anh",)),
        ("Tác giả: Hoàng Lan - Thu Hà", ("Hoàng Lan", "Thu Hà")),
        ("Minh Anh (T/h)", ("Minh Anh",)),
        ("PV (Tổng hợp)", ("PV",)),
    ],
)
def test_a_labelled_byline_after_the_note_credits_its_writers(
    byline: str, authors: tuple[str, ...]
) -> None:
    article = web_article(f"{_TEXT} (Báo Nam Định 05/5)\n\n{byline}\n\nVề đầu trang")
    assert article.body == _TEXT
    assert cited(article) == ("Báo Nam Định", "05/5", authors)


def test_a_pictures_source_after_the_note_is_no_text_and_no_writer() -> None:
    article = web_article(f"{_TEXT} (Báo Nam Định 05/5)\n\nNguồn ảnh: Minh Anh\n\nVề đầu trang")
    assert article.body == _TEXT
    assert cited(article) == ("Báo Nam Định", "05/5", ())


@pytest.mark.parametrize(
    "closing",
    [
        "Nguồn tin cho biết tỉnh đã giải quyết đúng hạn các hồ sơ.",
        "Tác giả của sáng kiến là cán bộ Bộ phận Một cửa.",
    ],
)
def test_a_sentence_that_opens_with_a_label_word_stays_text(closing: str) -> None:
    article = web_article(f"{closing}\n\nVề đầu trang")
    assert article.body == closing
    assert article.citation is None
