"""A reporter signing for a bureau of a national agency named after a space ("PV Minh Anh/VOV
Miền Trung"), as the agency's regional bureaus sign, is credited as one signing for the bureau
after a dash is ("Minh Anh/VOV-Tây Bắc"): the name alone is the writer, the bureau no part of it
(the project's own sentences)."""

from __future__ import annotations

import pytest

from tests.parsers.fixtures import cited, web_article

_TEXT = "Xã đã trả kết quả sớm cho nhiều hồ sơ."


@pytest.mark.parametrize(
    ("note", "cited_as"),
    [
        ("(VOV 03/5, PV Minh Anh/VOV Miền Trung)", ("VOV", "03/5", ("Minh Anh",))),
        ("(VOV 03/5, Minh Anh - VOV Tây Bắc)", ("VOV", "03/5", ("Minh Anh",))),
        ("(VOV 03/5, Minh Anh/VOV-Tây Bắc)", ("VOV", "03/5", ("Minh Anh",))),
    ],
)
def test_a_bureau_after_the_writer_in_a_note(
    note: str, cited_as: tuple[str, str, tuple[str, ...]]
) -> None:
    article = web_article(f"{_TEXT} {note}Về đầu trang")
    assert article.body == _TEXT
    assert cited(article) == cited_as


@pytest.mark.parametrize(
    ("credit", "cited_as"),
    [
        ("PV Minh Anh/VOV Miền Trung", ("VOV Miền Trung", "", ("Minh Anh",))),
        ("Minh Anh/VOV Tây Nguyên", ("VOV Tây Nguyên", "", ("Minh Anh",))),
        ("Minh Anh/VOV-Tây Bắc", ("VOV-Tây Bắc", "", ("Minh Anh",))),
    ],
)
def test_a_byline_signed_for_a_bureau_names_the_source(
    credit: str, cited_as: tuple[str, str, tuple[str, ...]]
) -> None:
    article = web_article(f"{_TEXT}\n\n{credit}\n\nVề đầu trang")
    assert article.body == _TEXT
    assert cited(article) == cited_as


def test_an_agency_named_inside_a_sentence_stays_text() -> None:
    text = "Chương trình được phát trên sóng VOV Giao thông."
    article = web_article(f"{text}\n\n(Theo Báo Nam Định)\n\nVề đầu trang")
    assert article.body == text
    assert cited(article) == ("Báo Nam Định", "", ())
