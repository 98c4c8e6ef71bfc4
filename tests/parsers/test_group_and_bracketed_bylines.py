"""A byline saying who did the article ("Nhóm PV thực hiện", "Minh Anh thực hiện"), bare or in
parentheses, after the article's text and before its source printed on a line of its own,
credits its writers and is no text; the note before such a byline stays the article's own
citation, none of an item's (the project's own sentences)."""

from __future__ import annotations

import pytest

from tests.parsers.fixtures import cited, web_article

_TEXT = "Xã đã trả kết quả sớm cho nhiều hồ sơ."
_SOURCE = "Nguồn: Báo Nam Định"


@pytest.mark.parametrize(
    ("credit", "writers"),
    [
        ("Nhóm PV thực hiện", ("Nhóm PV",)),
        ("Nhóm phóng viên thực hiện", ("Nhóm phóng viên",)),
        ("Minh Anh thực hiện", ("Minh Anh",)),
        ("Minh Anh - Thu Hà thực hiện", ("Minh Anh", "Thu Hà")),
        ("(Nhóm PV thực hiện)", ("Nhóm PV",)),
        ("(Minh Anh)", ("Minh Anh",)),
    ],
)
def test_a_byline_on_its_own_line_before_the_source_line(
    credit: str, writers: tuple[str, ...]
) -> None:
    article = web_article(f"{_TEXT}\n\n{credit}\n\n{_SOURCE}\n\nVề đầu trang")
    assert article.body == _TEXT
    assert cited(article) == ("Báo Nam Định", "", writers)


@pytest.mark.parametrize("source", [_SOURCE, "(Theo Báo Nam Định)"])
def test_a_byline_in_parentheses_ending_the_text_before_the_source(source: str) -> None:
    article = web_article(f"{_TEXT} (Nhóm PV thực hiện)\n\n{source}\n\nVề đầu trang")
    assert article.body == _TEXT
    assert cited(article) == ("Báo Nam Định", "", ("Nhóm PV",))


def test_the_note_before_a_group_byline_closes_the_article() -> None:
    article = web_article(f"{_TEXT} (Báo Nam Định 05/5)\n\nNhóm PV thực hiện\n\nVề đầu trang")
    assert article.body == _TEXT
    assert cited(article) == ("Báo Nam Định", "05/5", ("Nhóm PV",))
    assert article.item_citations == ()


@pytest.mark.parametrize(
    "line", ["Dự án đã được thực hiện", "Kế hoạch thực hiện", "(Xem thêm ở phụ lục)"]
)
def test_a_line_that_names_no_writer_stays_text(line: str) -> None:
    article = web_article(f"{_TEXT}\n\n{line}\n\n{_SOURCE}\n\nVề đầu trang")
    assert article.body == f"{_TEXT}\n\n{line}"
    assert cited(article) == ("Báo Nam Định", "", ())
