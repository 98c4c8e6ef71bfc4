"""A byline on a line of its own before the article's source note, itself on a line of its own
("Minh Anh" / "(Theo Báo Nam Định)"), as pages that reprint an article end it, credits the
writer of the note, as it does before a source line ("Minh Anh" / "Nguồn: Báo Nam Định"), and
is no text of the article (the project's own sentences)."""

from __future__ import annotations

import pytest

from tests.parsers.fixtures import cited, web_article

_TEXT = "Xã đã trả kết quả sớm cho nhiều hồ sơ."


@pytest.mark.parametrize(
    ("credit", "note", "cited_as"),
    [
        ("Minh Anh", "(Theo Báo Nam Định)", ("Báo Nam Định", "", ("Minh Anh",))),
        ("Minh Anh", "(Nguồn: Báo Nam Định)", ("Báo Nam Định", "", ("Minh Anh",))),
        ("Minh Anh", "(Báo Nam Định 05/5)", ("Báo Nam Định", "05/5", ("Minh Anh",))),
        ("PV", "(Baonamdinh.vn 05/5)", ("Baonamdinh.vn", "05/5", ("PV",))),
        (
            "Hà Linh - Thu Trang",
            "(Theo Báo Nam Định)",
            ("Báo Nam Định", "", ("Hà Linh", "Thu Trang")),
        ),
    ],
)
def test_a_byline_before_a_note_on_its_own_line(
    credit: str, note: str, cited_as: tuple[str, str, tuple[str, ...]]
) -> None:
    article = web_article(f"{_TEXT}\n\n{credit}\n\n{note}\n\nVề đầu trang")
    assert article.body == _TEXT
    assert cited(article) == cited_as


def test_a_byline_before_a_note_on_the_closing_line() -> None:
    article = web_article(f"{_TEXT}\n\nMinh Anh\n\n(Theo Báo Nam Định)Về đầu trang")
    assert article.body == _TEXT
    assert cited(article) == ("Báo Nam Định", "", ("Minh Anh",))


@pytest.mark.parametrize("line", ["Kết quả nổi bật", "Hà Nội", "Sở Nội vụ", "MINH ANH"])
def test_a_line_that_credits_no_writer_stays_text(line: str) -> None:
    article = web_article(f"{_TEXT}\n\n{line}\n\n(Theo Báo Nam Định)\n\nVề đầu trang")
    assert article.body == f"{_TEXT}\n\n{line}"
    assert cited(article) == ("Báo Nam Định", "", ())


def test_a_name_ending_an_unended_paragraph_stays_text() -> None:
    article = web_article("Phát biểu tại hội nghị có ông\n\nNguyễn Văn Hùng\n\n(Theo Báo Nam Định)")
    assert "Nguyễn Văn Hùng" in article.body
    assert cited(article) == ("Báo Nam Định", "", ())
