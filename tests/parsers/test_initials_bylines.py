"""A writer who signs with the initials of the name ("N.H", "T.T.H"), as provincial papers
print a byline, is credited on a line of its own as a note credits them ("(Baodongthap.vn 31/01,
T.T)"): the line is no text of the article (the project's own sentences)."""

from __future__ import annotations

import pytest

from tests.parsers.fixtures import cited, web_article

_TEXT = "Xã đã trả kết quả sớm cho nhiều hồ sơ."


@pytest.mark.parametrize(
    ("tail", "cited_as"),
    [
        ("N.H\n\nNguồn: Báo Nam Định", ("Báo Nam Định", "", ("N.H",))),
        ("N.H.\n\nTheo Báo Nam Định", ("Báo Nam Định", "", ("N.H",))),
        ("T.T.H\n\n(Theo Báo Nam Định)", ("Báo Nam Định", "", ("T.T.H",))),
        ("(Baonamdinh.vn 05/5)\n\nĐ.T", ("Baonamdinh.vn", "05/5", ("Đ.T",))),
    ],
)
def test_initials_on_a_line_of_their_own_credit_the_writer(
    tail: str, cited_as: tuple[str, str, tuple[str, ...]]
) -> None:
    article = web_article(f"{_TEXT}\n\n{tail}\n\nVề đầu trang")
    assert article.body == _TEXT
    assert cited(article) == cited_as


def test_initials_in_a_note_are_credited_as_before() -> None:
    article = web_article(f"{_TEXT} (Baonamdinh.vn 05/5, N.H)Về đầu trang")
    assert cited(article) == ("Baonamdinh.vn", "05/5", ("N.H",))


@pytest.mark.parametrize("line", ["A.B.C.D", "N.H Minh", "Xã đã làm tốt. N.H", "5.H"])
def test_a_line_that_is_no_initials_alone_stays_text(line: str) -> None:
    article = web_article(f"{_TEXT}\n\n{line}\n\nNguồn: Báo Nam Định\n\nVề đầu trang")
    assert article.body == f"{_TEXT}\n\n{line}"
    assert cited(article) == ("Báo Nam Định", "", ())
