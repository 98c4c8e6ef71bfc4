"""A department's own site named as the source ("Nguồn: Trang TTĐT Sở Nội vụ tỉnh …", "Theo
Trang thông tin điện tử …"), as a sở nội vụ's news closes, is the article's source as a portal
("Cổng TTĐT …") is, its kind spelled out or abbreviated; a page's number ("Trang 5") and a
sentence that names such a site stay what they were (the project's own sentences)."""

from __future__ import annotations

import pytest

from tests.parsers.fixtures import cited, web_article

_TEXT = "Xã đã trả kết quả sớm cho nhiều hồ sơ."


@pytest.mark.parametrize(
    ("closing", "outlet"),
    [
        ("Nguồn: Trang TTĐT Sở Nội vụ tỉnh Tuyên Quang", "Trang TTĐT Sở Nội vụ tỉnh Tuyên Quang"),
        (
            "Nguồn: Trang thông tin điện tử Sở Nội vụ tỉnh Tuyên Quang",
            "Trang thông tin điện tử Sở Nội vụ tỉnh Tuyên Quang",
        ),
        (
            "Nguồn: Cổng thông tin điện tử Sở Nội vụ tỉnh Tuyên Quang",
            "Cổng thông tin điện tử Sở Nội vụ tỉnh Tuyên Quang",
        ),
        ("Theo Trang tin điện tử xã Hòa Bình", "Trang tin điện tử xã Hòa Bình"),
        ("(Theo Trang TTĐT Sở Nội vụ)", "Trang TTĐT Sở Nội vụ"),
    ],
)
def test_a_departments_site_on_a_line_of_its_own_is_the_source(closing: str, outlet: str) -> None:
    article = web_article(f"{_TEXT}\n\n{closing}\n\nVề đầu trang")
    assert article.body == _TEXT
    assert cited(article) == (outlet, "", ())


def test_a_departments_site_in_a_dated_note() -> None:
    article = web_article(f"{_TEXT} (Trang TTĐT Sở Nội vụ 05/5, Minh Anh)Về đầu trang")
    assert article.body == _TEXT
    assert cited(article) == ("Trang TTĐT Sở Nội vụ", "05/5", ("Minh Anh",))


@pytest.mark.parametrize(
    "closing",
    [
        "Nguồn: Trang chủ",
        "Theo Trang thông tin điện tử tỉnh hồ sơ trực tuyến tăng mạnh trong năm nay",
    ],
)
def test_a_line_that_names_no_site_stays_text(closing: str) -> None:
    article = web_article(f"{_TEXT}\n\n{closing}\n\nVề đầu trang")
    assert article.body == f"{_TEXT}\n\n{closing}"
    assert article.citation is None


def test_a_sentence_naming_a_site_stays_text() -> None:
    text = f"{_TEXT} Kết quả đăng trên Trang thông tin điện tử của Sở."
    article = web_article(f"{text}\n\n(Theo Báo Nam Định)\n\nVề đầu trang")
    assert article.body == text
    assert cited(article) == ("Báo Nam Định", "", ())
